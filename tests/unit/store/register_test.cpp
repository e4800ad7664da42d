// The register facade: creating and opening files, logging and reading
// cases, listing with filters, verifying, rebuilding and backing up.

#include "store/register_helpers.hpp"

#include "plaint/store/migrations.hpp"

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <csignal>
#include <set>

using namespace plaint;
using namespace plaint::test;
namespace fs = std::filesystem;

namespace {

// Sets the process umask for one test.
class UmaskGuard {
public:
    explicit UmaskGuard(mode_t mask) : old_(::umask(mask)) {}
    ~UmaskGuard() { ::umask(old_); }
    UmaskGuard(const UmaskGuard&) = delete;
    UmaskGuard& operator=(const UmaskGuard&) = delete;

private:
    mode_t old_;
};

// Stops this process growing any file beyond `bytes`: a full disk, in effect.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        ::getrlimit(RLIMIT_FSIZE, &old_);
        old_handler_ = std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{bytes, old_.rlim_max};
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() {
        ::setrlimit(RLIMIT_FSIZE, &old_);
        std::signal(SIGXFSZ, old_handler_);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit old_{};
    void (*old_handler_)(int) = nullptr;
};

std::vector<std::string> refs_of(const store::Register& r, const store::CaseFilter& filter) {
    std::vector<std::string> refs;
    r.for_each_case(filter, [&](const reg::CaseRecord& c) { refs.push_back(c.ref); });
    return refs;
}

std::vector<std::string> all_files(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

using Strings = std::vector<std::string>;

} // namespace

TEST_CASE("create makes a register file readable and writable by its owner only", "[store][register]") {
    TempDir dir;
    const UmaskGuard permissive(0);
    const auto file = dir / "reg.db";
    auto r = store::Register::create(file, sample_info(), stamp_on());
    CHECK(file_mode(file) == 0600);
    r.log_case(sample_case(), stamp_on());
    for (const char* suffix : {"-wal", "-shm"}) {
        const fs::path companion = file.string() + suffix;
        if (fs::exists(companion)) CHECK(file_mode(companion) == 0600);
    }
    CHECK(r.warnings().empty());
    CHECK(r.path() == file);

    const auto info = r.info();
    CHECK(info.organisation == "Test ICB");
    CHECK(info.default_procedure == "nhs-complaint");
    CHECK(info.calendar == "england-and-wales");
    CHECK(info.reference_prefix == "T");
    CHECK(info.created_at == "2026-11-20T09:00:00Z");
    CHECK(info.schema_version == store::latest_schema_version());
    CHECK(info.journal_events == 1);
    CHECK(info.journal_head.size() == 64);
}

TEST_CASE("a register readable by others carries a warning", "[store][register]") {
    TempDir dir;
    const auto file = dir / "reg.db";
    register_with(file, 0);
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read |
                              fs::perms::others_read);
    const auto r = store::Register::open(file, store::Access::read_only);
    REQUIRE(r.warnings().size() == 1);
    CHECK(r.warnings()[0] == file.string() + " is readable by others (mode 0644); it holds personal data: chmod 600 " +
                                 file.string());
}

TEST_CASE("a register its group shares: 0660, the group's, no warning; opened to others, warned", "[store][register]") {
    // The process's own group: every account may give files to it.
    TempDir dir;
    const auto team = dir / "team";
    fs::create_directory(team);
    REQUIRE(::chown(team.c_str(), static_cast<uid_t>(-1), ::getegid()) == 0);
    const auto file = team / "reg.db";
    SECTION("refused where the directory has no set-group-ID bit, nothing made") {
        REQUIRE(::chmod(team.c_str(), 0770) == 0);
        const auto e = error_from<StoreError>(
            [&] { store::Register::create(file, sample_info(), stamp_on(), {}, ::getegid()); });
        CHECK(std::string(e.what()).find("is not a directory the group") != std::string::npos);
        CHECK(e.hint().find("chmod 2770") != std::string::npos);
        CHECK(all_files(team).empty());
    }
    SECTION("made in the group's set-group-ID directory") {
        REQUIRE(::chmod(team.c_str(), 02770) == 0);
        {
            auto r = store::Register::create(file, sample_info(), stamp_on(), {}, ::getegid());
            CHECK(r.shared_group().has_value());
            CHECK(r.warnings().empty());
            r.log_case(sample_case(), stamp_on());
        }
        struct stat st {};
        REQUIRE(::stat(file.c_str(), &st) == 0);
        CHECK((st.st_mode & 07777) == 0660);
        CHECK(st.st_gid == ::getegid());
        CHECK(store::Register::open(file, store::Access::read_only).warnings().empty());
        REQUIRE(::chmod(file.c_str(), 0664) == 0);
        const auto r = store::Register::open(file, store::Access::read_only);
        CHECK_FALSE(r.shared_group().has_value());
        REQUIRE(r.warnings().size() == 1);
        CHECK(r.warnings()[0].find("is readable by others (mode 0664)") != std::string::npos);
    }
    SECTION("a private register is not shared") {
        REQUIRE(::chmod(team.c_str(), 02770) == 0);
        CHECK_FALSE(register_with(file, 0).shared_group().has_value());
    }
}

TEST_CASE("create refuses a file that already exists and leaves it alone", "[store][register]") {
    TempDir dir;
    const std::string content = GENERATE(std::string("precious notes\n"), std::string());
    const auto file = dir.write("reg.db", content);
    const auto e = error_from<StoreError>([&] { store::Register::create(file, sample_info(), stamp_on()); });
    CHECK(std::string(e.what()) == file.string() + " already exists");
    CHECK(e.hint() == "choose another file name, or remove the old file first");
    CHECK(e.code() == ExitCode::store);
    CHECK(read_text(file) == content);
    CHECK(all_files(dir.path()) == Strings{"reg.db"});
}

TEST_CASE("create refuses to start over the journal files of an old register", "[store][register]") {
    // reg.db-wal may hold an old register's newest commits: SQLite would
    // replay them into the new file, and cleaning up would delete them.
    TempDir dir;
    const std::string suffix = GENERATE(std::string("-wal"), std::string("-journal"));
    const auto leftover = dir.write("reg.db" + suffix, "an old register's uncommitted pages");
    const auto e = error_from<StoreError>(
        [&] { store::Register::create(dir / "reg.db", sample_info(), stamp_on()); });
    CHECK(std::string(e.what()) == leftover.string() + " already exists (left by an earlier register)");
    CHECK(read_text(leftover) == "an old register's uncommitted pages");
    CHECK_FALSE(fs::exists(dir / "reg.db"));
}

TEST_CASE("create leaves no half-made file behind when it fails", "[store][register]") {
    TempDir dir;
    SECTION("the directory does not exist") {
        const auto file = dir / "missing" / "reg.db";
        const auto e = error_from<StoreError>([&] { store::Register::create(file, sample_info(), stamp_on()); });
        CHECK(std::string(e.what()) == "cannot create " + file.string() + ": No such file or directory");
        CHECK(all_files(dir.path()).empty());
    }
    SECTION("the disk fills while the schema is written") {
        const auto file = dir / "reg.db";
        {
            const FileSizeLimit full(4096);
            CHECK_THROWS_AS(store::Register::create(file, sample_info(), stamp_on()), StoreError);
        }
        CHECK(all_files(dir.path()).empty());
    }
}

TEST_CASE("open explains what is wrong with a file that is not a register", "[store][register]") {
    TempDir dir;
    const auto access = GENERATE(store::Access::read_only, store::Access::read_write);
    auto open = [&](const fs::path& file) { return error_from<StoreError>([&] { store::Register::open(file, access); }); };

    SECTION("missing") {
        const auto file = dir / "reg.db";
        const auto e = open(file);
        CHECK(std::string(e.what()) == "no register at " + file.string());
        CHECK(e.hint() == "create one with 'plaint init " + file.string() + "'");
        CHECK(e.code() == ExitCode::store);
        CHECK(all_files(dir.path()).empty());
    }
    SECTION("a directory") {
        fs::create_directory(dir / "reg.db");
        CHECK(std::string(open(dir / "reg.db").what()) == (dir / "reg.db").string() + " is a directory, not a register file");
    }
    SECTION("a text file, a short file or an empty file") {
        const std::string content = GENERATE(std::string("organisation,ref\nTest ICB,1\n"), std::string("SQLite"),
                                             std::string());
        const auto file = dir.write("reg.db", content);
        CHECK(std::string(open(file).what()) == file.string() + " is not a plaint register (not an SQLite database)");
        CHECK(read_text(file) == content);
        CHECK(all_files(dir.path()) == Strings{"reg.db"});
    }
    SECTION("another program's SQLite database") {
        const auto file = dir / "other.db";
        const int user_version = GENERATE(0, 1, 2);
        {
            SQLite::Database db(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            db.exec("CREATE TABLE cases (id INTEGER PRIMARY KEY, title TEXT); INSERT INTO cases VALUES (1, 'x')");
            db.exec("PRAGMA user_version = " + std::to_string(user_version));
        }
        const auto before = read_text(file);
        CHECK(std::string(open(file).what()) == file.string() + " is an SQLite database but not a plaint register");
        CHECK(read_text(file) == before);
    }
}

TEST_CASE("open refuses a register written by a newer plaint", "[store][register]") {
    TempDir dir;
    const auto file = dir / "reg.db";
    register_with(file, 1);
    const int newer = store::latest_schema_version() + 1;
    exec_sql(file, "PRAGMA user_version = " + std::to_string(newer));
    const auto access = GENERATE(store::Access::read_only, store::Access::read_write);
    const auto e = error_from<StoreError>([&] { store::Register::open(file, access); });
    CHECK(std::string(e.what()) ==
          fmt::format("{} was written by a newer plaint (register schema version {}; this plaint knows versions up to {})",
                      file.string(), newer, store::latest_schema_version()));
    CHECK(e.hint() == "upgrade plaint to use this register");
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == newer);
}

TEST_CASE("a read-only register can be read but not written", "[store][register]") {
    TempDir dir;
    const auto file = dir / "reg.db";
    register_with(file, 2);
    const auto before = dump_table(file, "events", "seq");
    fs::permissions(file, fs::perms::owner_read);

    const auto e = error_from<StoreError>([&] { store::Register::open(file, store::Access::read_write); });
    CHECK(std::string(e.what()) == file.string() + " is read-only");
    CHECK(e.hint() == "check the file's permissions and owner");

    auto r = store::Register::open(file, store::Access::read_only);
    CHECK(r.case_or_throw("T-2026-0002").summary == "case 2");
    CHECK(r.verify().ok());
    CHECK_THROWS_AS(r.log_case(sample_case(), stamp_on()), StoreError);
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write);
    CHECK(dump_table(file, "events", "seq") == before);
}

TEST_CASE("log_case numbers references PREFIX-YYYY-NNNN in sequence within each year", "[store][register]") {
    TempDir dir;
    auto r = store::Register::create(dir / "reg.db", sample_info(), stamp_on());
    CHECK(r.log_case(sample_case(), stamp_on("2026-01-02")).ref == "T-2026-0001");
    CHECK(r.log_case(sample_case(), stamp_on("2026-06-30")).ref == "T-2026-0002");
    CHECK(r.log_case(sample_case(), stamp_on("2026-12-31")).ref == "T-2026-0003");
    // The year is the year of logging, whatever the date of receipt.
    auto late = sample_case("received last year", "2026-12-30");
    CHECK(r.log_case(late, stamp_on("2027-01-04")).ref == "T-2027-0001");
    CHECK(r.log_case(sample_case(), stamp_on("2027-01-04")).ref == "T-2027-0002");
    // A case logged with a back-dated "today" continues its own year.
    CHECK(r.log_case(sample_case(), stamp_on("2026-12-31")).ref == "T-2026-0004");
}

TEST_CASE("log_case records the case as given", "[store][register]") {
    TempDir dir;
    auto r = store::Register::create(dir / "reg.db", sample_info(), stamp_on());
    auto c = sample_case("Rude receptionist", "2026-11-16");
    c.kind = "concern";
    c.incident_date = d("2026-11-02");
    c.service = "GP";
    c.provider = "Riverside Surgery";
    c.owner = "sam";
    c.procedure = "two-stage";
    c.initial_state = "stage-1";
    const auto record = r.log_case(c, stamp_on("2026-11-20", "2026-11-20T09:30:00Z", "jo"));

    CHECK(record.ref == "T-2026-0001");
    CHECK(record.year == 2026);
    CHECK(record.number == 1);
    CHECK(record.kind == "concern");
    CHECK(record.procedure == "two-stage");
    CHECK(record.state == "stage-1");
    CHECK(record.channel == std::optional<std::string>("email"));
    CHECK(record.received == d("2026-11-16"));
    CHECK(record.incident_date == d("2026-11-02"));
    CHECK(record.summary == "Rude receptionist");
    CHECK(record.subject == std::optional<std::string>("Access"));
    CHECK(record.service == std::optional<std::string>("GP"));
    CHECK(record.provider == std::optional<std::string>("Riverside Surgery"));
    CHECK(record.owner == std::optional<std::string>("sam"));
    CHECK(record.is_open());
    CHECK(record.logged_at == "2026-11-20T09:30:00Z");
    CHECK(record.updated_at == "2026-11-20T09:30:00Z");
    CHECK(record.last_seq == 1);
    CHECK(r.find_case("T-2026-0001") == record);

    SECTION("the register's default procedure when none is given") {
        auto plain = sample_case();
        plain.channel.reset();
        plain.subject.reset();
        const auto second = r.log_case(plain, stamp_on());
        CHECK(second.procedure == "nhs-complaint");
        CHECK(second.kind == "complaint");
        CHECK(second.state == "received");
        CHECK_FALSE(second.channel);
        CHECK_FALSE(second.subject);
        CHECK_FALSE(second.incident_date);
        CHECK(second.last_seq == 2);
    }
}

TEST_CASE("log_case refuses bad input and writes nothing", "[store][register]") {
    TempDir dir;
    const auto file = dir / "reg.db";
    auto r = register_with(file, 1);
    auto c = sample_case();
    std::string message;
    SECTION("kind") {
        c.kind = "grumble";
        message = "unknown kind 'grumble'";
    }
    SECTION("channel") {
        c.channel = "fax";
        message = "unknown channel 'fax'";
    }
    SECTION("party role") {
        c.parties[0].role = "witness";
        message = "unknown party role 'witness'";
    }
    SECTION("party without a name") {
        c.parties[0].name = "";
        message = "the complainant needs a name";
    }
    SECTION("incident after receipt") {
        c.incident_date = d("2026-11-19");
        message = "the incident date 2026-11-19 is after the date of receipt 2026-11-18";
    }
    const auto e = error_from<UsageError>([&] { r.log_case(c, stamp_on()); });
    CHECK(std::string(e.what()) == message);
    CHECK(count_rows(file, "events") == 1);
    CHECK(count_rows(file, "cases") == 1);
    CHECK(count_rows(file, "parties") == 1);
    CHECK(r.verify().ok());
}

TEST_CASE("log_cases logs a batch in one transaction", "[store][register]") {
    TempDir dir;
    const auto file = dir / "reg.db";
    auto r = register_with(file, 1);
    std::vector<reg::NewCase> batch;
    for (int i = 0; i < 5; ++i) batch.push_back(sample_case("batch " + std::to_string(i)));

    SECTION("all of it") {
        const auto records = r.log_cases(batch, stamp_on());
        REQUIRE(records.size() == 5);
        for (std::size_t i = 0; i < records.size(); ++i) {
            CHECK(records[i].ref == fmt::format("T-2026-{:04}", i + 2));
            CHECK(records[i].summary == "batch " + std::to_string(i));
            CHECK(records[i].last_seq == static_cast<std::int64_t>(i + 2));
            CHECK(r.find_case(records[i].ref) == records[i]);
        }
        CHECK(count_rows(file, "parties") == 6);
        CHECK(r.verify().ok());
    }
    SECTION("or, when one case is bad, none of it") {
        batch[3].kind = "grumble";
        CHECK_THROWS_AS(r.log_cases(batch, stamp_on()), UsageError);
        CHECK(count_rows(file, "events") == 1);
        CHECK(count_rows(file, "cases") == 1);
        CHECK(count_rows(file, "parties") == 1);
    }
    SECTION("an empty batch") {
        CHECK(r.log_cases({}, stamp_on()).empty());
        CHECK(count_rows(file, "events") == 1);
    }
}

TEST_CASE("references stay unique when several connections log in turn", "[store][register]") {
    TempDir dir;
    const auto file = dir / "reg.db";
    auto first = register_with(file, 0);
    auto second = store::Register::open(file, store::Access::read_write);
    std::set<std::string> refs;
    for (int i = 0; i < 20; ++i) {
        refs.insert((i % 3 ? first : second).log_case(sample_case(), stamp_on()).ref);
    }
    CHECK(refs.size() == 20);
    CHECK(*refs.begin() == "T-2026-0001");
    CHECK(*refs.rbegin() == "T-2026-0020");
    CHECK(first.verify().ok());
}

TEST_CASE("a write that fails part-way records nothing", "[store][register]") {
    TempDir dir;
    const auto file = dir / "reg.db";
    register_with(file, 3);
    const auto before = dump_table(file, "events", "seq") + dump_table(file, "cases", "ref") +
                        dump_table(file, "parties", "id");
    {
        auto r = store::Register::open(file, store::Access::read_write);
        const auto wal = fs::path(file.string() + "-wal");
        const FileSizeLimit full(fs::exists(wal) ? static_cast<rlim_t>(fs::file_size(wal)) : 0);
        const auto e = error_from<StoreError>([&] { r.log_case(sample_case(), stamp_on()); });
        CHECK_THAT(e.what(), Catch::Matchers::StartsWith("logging the case: "));
    }
    CHECK(dump_table(file, "events", "seq") + dump_table(file, "cases", "ref") + dump_table(file, "parties", "id") ==
          before);
    auto r = store::Register::open(file, store::Access::read_write);
    CHECK(r.verify().ok());
    CHECK(r.log_case(sample_case(), stamp_on()).ref == "T-2026-0004");
}

TEST_CASE("find_case, events_of and parties_of read a case back", "[store][register]") {
    TempDir dir;
    const auto file = dir / "reg.db";
    auto r = register_with(file, 1);
    auto c = sample_case("For her father");
    c.parties.push_back({0, {}, "on-behalf-of", "Bob Example", ""});
    const auto logged = r.log_case(c, stamp_on("2026-11-20", "2026-11-20T10:00:00Z", "jo"));

    CHECK(r.find_case(logged.ref) == logged);
    CHECK(r.case_or_throw(logged.ref) == logged);
    CHECK_FALSE(r.find_case("T-2026-0099"));
    CHECK_FALSE(r.find_case("' OR 1 = 1 --"));
    const auto e = error_from<NotFoundError>([&] { r.case_or_throw("T-2026-0099"); });
    CHECK(std::string(e.what()) == "no case T-2026-0099 in " + file.string());
    CHECK(e.hint() == "'plaint list' shows the references");
    CHECK(e.code() == ExitCode::usage);

    const auto parties = r.parties_of(logged.ref);
    REQUIRE(parties.size() == 2);
    CHECK(parties[0].case_ref == logged.ref);
    CHECK(parties[0].role == "complainant");
    CHECK(parties[0].name == "Ann Example");
    CHECK(parties[0].contact == "ann@example.org");
    CHECK(parties[1].role == "on-behalf-of");
    CHECK(parties[1].name == "Bob Example");
    CHECK(parties[1].contact.empty());
    CHECK(parties[0].id < parties[1].id);
    CHECK(r.parties_of("T-2026-0099").empty());

    const auto events = r.events_of(logged.ref);
    REQUIRE(events.size() == 1);
    const auto& e1 = events[0];
    CHECK(e1.seq == 2);
    CHECK(e1.case_ref == logged.ref);
    CHECK(e1.type == "logged");
    CHECK(e1.effective_date == d("2026-11-18"));
    CHECK(e1.recorded_at == "2026-11-20T10:00:00Z");
    CHECK(e1.actor == "jo");
    CHECK(e1.hash.size() == 64);
    CHECK(e1.prev_hash == r.events_of("T-2026-0001").at(0).hash);
    CHECK(e1.hash == r.info().journal_head);
    // The journal carries the parties' ids and digests, never their details.
    const std::string details = e1.details.dump();
    for (const char* personal : {"Ann", "Example", "ann@example.org", "Bob"}) CHECK(details.find(personal) == std::string::npos);
    REQUIRE(e1.details.at("parties").size() == 2);
    CHECK(e1.details["parties"][0].at("id") == parties[0].id);
    CHECK(e1.details["parties"][0].at("role") == "complainant");
    CHECK(e1.details["parties"][0].at("digest").get<std::string>().size() == 64);
    CHECK(r.events_of("T-2026-0099").empty());
}

TEST_CASE("for_each_case applies every filter and orders by year and number", "[store][register]") {
    TempDir dir;
    const auto file = dir / "reg.db";
    auto r = store::Register::create(file, sample_info(), stamp_on());
    auto make = [](const char* kind, const char* received, const char* owner, const char* provider,
                   const char* subject, const char* procedure, const char* state) {
        auto c = sample_case(std::string(kind) + " " + received, received);
        c.kind = kind;
        if (*owner) c.owner = owner;
        if (*provider) c.provider = provider;
        if (*subject) c.subject = subject;
        else c.subject.reset();
        c.procedure = procedure;
        c.initial_state = state;
        return c;
    };
    // Logged in 2027 first, then 2026: listed 2026 first.
    r.log_case(make("complaint", "2027-01-02", "sam", "Acme", "Access", "nhs-complaint", "received"), stamp_on("2027-01-04"));
    r.log_case(make("concern", "2026-03-01", "jo", "", "Staff", "nhs-complaint", "received"), stamp_on("2026-03-02"));
    r.log_case(make("compliment", "2026-03-31", "", "Acme", "", "two-stage", "stage-1"), stamp_on("2026-04-01"));
    r.log_case(make("complaint", "2026-04-01", "sam", "Riverside", "Access", "two-stage", "stage-1"), stamp_on("2026-04-01"));
    // Closed in the projection only: enough to exercise the filter.
    exec_sql(file, "UPDATE cases SET closed_on = '2026-05-01' WHERE ref = 'T-2026-0002'");

    using Status = store::CaseFilter::Status;
    store::CaseFilter f;
    CHECK(refs_of(r, f) == Strings{"T-2026-0001", "T-2026-0002", "T-2026-0003", "T-2027-0001"});
    SECTION("state") {
        f.state = "stage-1";
        CHECK(refs_of(r, f) == Strings{"T-2026-0002", "T-2026-0003"});
    }
    SECTION("kind") {
        f.kind = "complaint";
        CHECK(refs_of(r, f) == Strings{"T-2026-0003", "T-2027-0001"});
    }
    SECTION("owner") {
        f.owner = "sam";
        CHECK(refs_of(r, f) == Strings{"T-2026-0003", "T-2027-0001"});
    }
    SECTION("provider") {
        f.provider = "Acme";
        CHECK(refs_of(r, f) == Strings{"T-2026-0002", "T-2027-0001"});
    }
    SECTION("subject") {
        f.subject = "Staff";
        CHECK(refs_of(r, f) == Strings{"T-2026-0001"});
    }
    SECTION("procedure") {
        f.procedure = "two-stage";
        CHECK(refs_of(r, f) == Strings{"T-2026-0002", "T-2026-0003"});
    }
    SECTION("received from and to, both inclusive") {
        f.received_from = d("2026-03-31");
        CHECK(refs_of(r, f) == Strings{"T-2026-0002", "T-2026-0003", "T-2027-0001"});
        f.received_to = d("2026-04-01");
        CHECK(refs_of(r, f) == Strings{"T-2026-0002", "T-2026-0003"});
        f.received_from = d("2026-04-02");
        f.received_to = d("2026-04-01");
        CHECK(refs_of(r, f).empty());
    }
    SECTION("open and closed") {
        f.status = Status::open;
        CHECK(refs_of(r, f) == Strings{"T-2026-0001", "T-2026-0003", "T-2027-0001"});
        f.status = Status::closed;
        CHECK(refs_of(r, f) == Strings{"T-2026-0002"});
        CHECK(r.find_case("T-2026-0002")->closed_on == d("2026-05-01"));
    }
    SECTION("several at once") {
        f.kind = "complaint";
        f.owner = "sam";
        f.received_to = d("2026-12-31");
        f.status = Status::open;
        CHECK(refs_of(r, f) == Strings{"T-2026-0003"});
    }
    SECTION("values are data, never SQL") {
        f.owner = "sam' OR '1' = '1";
        CHECK(refs_of(r, f).empty());
        f.owner.reset();
        f.subject = "%";
        CHECK(refs_of(r, f).empty());
    }
}

TEST_CASE("verify passes a register plaint wrote", "[store][register]") {
    TempDir dir;
    const auto file = dir / "reg.db";
    auto r = register_with(file, 0);
    auto empty = r.verify();
    CHECK(empty.ok());
    CHECK(empty.events == 0);
    CHECK(empty.cases == 0);
    CHECK(empty.head == r.info().journal_head);

    for (int i = 0; i < 3; ++i) r.log_case(sample_case(), stamp_on());
    const auto report = r.verify();
    CHECK(report.ok());
    CHECK(report.problems.empty());
    CHECK(report.events == 3);
    CHECK(report.cases == 3);
    CHECK(report.head == r.info().journal_head);
    CHECK(report.head == r.events_of("T-2026-0003").back().hash);
}

TEST_CASE("verify detects changes made outside plaint", "[store][register][tamper]") {
    TempDir dir;
    const auto file = dir / "reg.db";
    register_with(file, 3);
    std::int64_t seq = 0;
    std::string message;
    std::size_t problems = 1;

    SECTION("an edited event") {
        const std::string column = GENERATE(std::string("details = replace(details, 'case 2', 'case two')"),
                                            std::string("actor = 'someone else'"),
                                            std::string("recorded_at = '2026-11-21T09:00:00Z'"),
                                            std::string("effective_date = '2026-11-17'"),
                                            std::string("type = 'withdrawn'"),
                                            std::string("case_ref = 'T-2026-0009'"));
        exec_sql(file, "UPDATE events SET " + column + " WHERE seq = 2");
        seq = 2;
        // The details against their content hash, the rest against the hash.
        message = column.starts_with("details") ? "has been altered: its details do not match their hash"
                                                : "has been altered: its hash does not match its contents";
    }
    SECTION("an event given an impossible date") {
        exec_sql(file, "UPDATE events SET effective_date = '2026-13-01' WHERE seq = 2");
        seq = 2;
        message = "event 2 has been altered: its date is not a valid date";
    }
    SECTION("a deleted event in the middle") {
        exec_sql(file, "DELETE FROM events WHERE seq = 2");
        seq = 2;
        message = "event 2 is missing: the journal jumps from 1 to 3";
    }
    SECTION("a deleted first event") {
        exec_sql(file, "DELETE FROM events WHERE seq = 1");
        seq = 1;
        message = "event 1 is missing: the journal jumps from 0 to 2";
    }
    SECTION("the newest event deleted") {
        exec_sql(file, "DELETE FROM events WHERE seq = 3");
        seq = 3;
        message = "the journal ends at event 2 but the register recorded event 3 as its newest: events were deleted";
    }
    SECTION("two events swapped") {
        exec_sql(file, "UPDATE events SET seq = -3 WHERE seq = 3; UPDATE events SET seq = 3 WHERE seq = 2;"
                       "UPDATE events SET seq = 2 WHERE seq = -3");
        seq = 2;
        message = "event 2 (T-2026-0003 logged) does not follow event 1: events were deleted, inserted or reordered";
    }
    SECTION("two events' contents swapped, sequence numbers kept") {
        exec_sql(file, "CREATE TEMP TABLE e AS SELECT * FROM events;"
                       "UPDATE events SET (case_ref, details, content_hash, prev_hash, hash) = (SELECT case_ref, details,"
                       " content_hash, prev_hash, hash || 'x' FROM e WHERE seq = 3) WHERE seq = 2;"
                       "UPDATE events SET (case_ref, details, content_hash, prev_hash, hash) = (SELECT case_ref, details,"
                       " content_hash, prev_hash, hash FROM e WHERE seq = 2) WHERE seq = 3;"
                       "UPDATE events SET hash = substr(hash, 1, 64) WHERE seq = 2");
        seq = 2;
        message = "event 2 (T-2026-0003 logged) does not follow event 1: events were deleted, inserted or reordered";
    }
    SECTION("an event added without its hash") {
        exec_sql(file, "INSERT INTO events SELECT 4, 'T-2026-0001', 'closed', '2026-11-20', recorded_at, actor, '{}',"
                       " hash, 'forged', content_hash FROM events WHERE seq = 3");
        seq = 4;
        message = "event 4 (T-2026-0001 closed) has been altered: its details do not match their hash";
    }
    // verify checks the links between events in journal order and each
    // case's events on their own, on other threads: whichever finds it,
    // the first break in journal order is the one reported.
    SECTION("a link broken after an edited event") {
        exec_sql(file, "UPDATE events SET details = replace(details, 'case 2', 'case two') WHERE seq = 2;"
                       "UPDATE events SET prev_hash = hash WHERE seq = 3");
        seq = 2;
        message = "event 2 (T-2026-0002 logged) has been altered: its details do not match their hash";
    }
    SECTION("an event edited after a broken link") {
        exec_sql(file, "UPDATE events SET prev_hash = hash WHERE seq = 2;"
                       "UPDATE events SET details = replace(details, 'case 3', 'case three') WHERE seq = 3");
        seq = 2;
        message = "event 2 (T-2026-0002 logged) does not follow event 1: events were deleted, inserted or reordered";
    }
    SECTION("an event edited, its link broken too") {
        exec_sql(file, "UPDATE events SET details = replace(details, 'case 3', 'case three'), prev_hash = hash"
                       " WHERE seq = 3");
        seq = 3;
        message = "event 3 (T-2026-0003 logged) has been altered: its details do not match their hash";
    }
    SECTION("the register's record of the newest event replaced") {
        exec_sql(file, "UPDATE register SET journal_head_hash = (SELECT hash FROM events WHERE seq = 2)");
        seq = 3;
        message = "event 3 is not the event the register recorded as its newest: events were deleted or replaced";
    }
    SECTION("an edited party") {
        const std::string column = GENERATE(std::string("name = 'Anne Example'"), std::string("contact = ''"),
                                            std::string("role = 'on-behalf-of'"),
                                            std::string("case_ref = 'T-2026-0003'"));
        exec_sql(file, "UPDATE parties SET " + column + " WHERE id = 1");
        message = "party 1 of case T-2026-000";
        // Moved to another case: added there, and missing from its own.
        if (column.starts_with("case_ref")) {
            problems = 2;
            message = "1 party record(s) of case T-2026-0001 were deleted outside plaint";
        }
    }
    SECTION("a deleted party") {
        exec_sql(file, "DELETE FROM parties WHERE id = 2");
        message = "1 party record(s) of case T-2026-000";
    }
    SECTION("an added party") {
        exec_sql(file, "INSERT INTO parties (case_ref, role, name) VALUES ('T-2026-0001', 'complainant', 'Eve')");
        message = "party 4 of case T-2026-0001 was added outside plaint";
    }
    SECTION("an edited case row") {
        const std::string column = GENERATE(std::string("summary = 'nothing to see'"), std::string("state = 'closed'"),
                                            std::string("closed_on = '2026-11-20'"), std::string("owner = 'eve'"),
                                            std::string("received = '2026-11-19'"));
        exec_sql(file, "UPDATE cases SET " + column + " WHERE ref = 'T-2026-0002'");
        seq = 2;
        message = "case T-2026-0002 differs from its journal";
    }
    SECTION("a case row with an impossible date") {
        exec_sql(file, "UPDATE cases SET received = 'someday' WHERE ref = 'T-2026-0002'");
        message = "case T-2026-0002 differs from its journal";
    }
    SECTION("a deleted case row") {
        exec_sql(file, "DELETE FROM cases WHERE ref = 'T-2026-0002'");
        message = "case T-2026-0002 is in the journal but missing from the case table";
    }
    SECTION("an added case row") {
        exec_sql(file, "INSERT INTO cases (ref, year, number, kind, procedure, state, received, logged_at, updated_at,"
                       " last_seq) VALUES ('T-2026-0009', 2026, 9, 'complaint', 'nhs-complaint', 'received',"
                       " '2026-11-20', 'x', 'x', 9)");
        message = "case T-2026-0009 has no events in the journal";
    }

    const auto report = store::Register::open(file, store::Access::read_only).verify();
    REQUIRE_FALSE(report.ok());
    CHECK(report.problems.size() == problems);
    CHECK(report.problems.front().seq == seq);
    CHECK_THAT(report.problems.front().message, Catch::Matchers::Contains(message));
}

TEST_CASE("rebuild reproduces the case table from the journal exactly", "[store][register]") {
    TempDir dir;
    const auto file = dir / "reg.db";
    auto r = register_with(file, 4);
    auto c = sample_case();
    c.channel.reset();
    c.incident_date = d("2026-10-01");
    c.owner = "sam";
    r.log_case(c, stamp_on("2027-01-05", "2027-01-05T08:00:00Z"));
    const auto original = dump_table(file, "cases", "ref");

    SECTION("unchanged") {
        const auto result = r.rebuild();
        CHECK(result.events == 5);
        CHECK(result.cases == 5);
        CHECK(result.changed == 0);
    }
    SECTION("after the case table was edited, emptied or added to") {
        exec_sql(file, "UPDATE cases SET summary = 'edited' WHERE ref = 'T-2026-0001';"
                       "UPDATE cases SET received = 'someday' WHERE ref = 'T-2026-0002';"
                       "DELETE FROM cases WHERE ref = 'T-2027-0001';"
                       "INSERT INTO cases (ref, year, number, kind, procedure, state, received, logged_at, updated_at,"
                       " last_seq) VALUES ('T-2026-0009', 2026, 9, 'complaint', 'nhs-complaint', 'received',"
                       " '2026-11-20', 'x', 'x', 9)");
        CHECK_FALSE(r.verify().ok());
        const auto result = r.rebuild();
        CHECK(result.events == 5);
        CHECK(result.cases == 5);
        CHECK(result.changed == 4);
    }
    CHECK(dump_table(file, "cases", "ref") == original);
    CHECK(r.verify().ok());
}

TEST_CASE("rebuild refuses a journal that is not intact", "[store][register]") {
    TempDir dir;
    const auto file = dir / "reg.db";
    auto r = register_with(file, 3);
    exec_sql(file, "DELETE FROM events WHERE seq = 2; UPDATE cases SET summary = 'edited'");
    const auto before = dump_table(file, "cases", "ref");
    const auto e = error_from<StoreError>([&] { r.rebuild(); });
    CHECK(std::string(e.what()) == "the journal is not intact, so the cases cannot be rebuilt from it: "
                                   "event 2 is missing: the journal jumps from 1 to 3");
    CHECK(e.hint() == "run 'plaint verify' for details");
    CHECK(dump_table(file, "cases", "ref") == before);
}

TEST_CASE("backup_to makes a private, verifiable copy and never overwrites", "[store][register]") {
    TempDir dir;
    const UmaskGuard permissive(0);
    const auto file = dir / "reg.db";
    const auto r = register_with(file, 3);
    const auto copy = dir / "copy.db";
    r.backup_to(copy);
    CHECK(file_mode(copy) == 0600);
    {
        auto b = store::Register::open(copy, store::Access::read_only);
        CHECK(b.verify().ok());
        CHECK(b.info().journal_head == r.info().journal_head);
    }
    for (const char* table : {"cases", "events", "parties", "register"})
        CHECK(dump_table(copy, table, "1") == dump_table(file, table, "1"));

    SECTION("never over an existing file") {
        const auto precious = dir.write("precious.db", "not to be overwritten");
        const auto e = error_from<StoreError>([&] { r.backup_to(precious); });
        CHECK(std::string(e.what()) == precious.string() + " already exists");
        CHECK(e.hint() == "backups never overwrite: choose a new file name");
        CHECK(read_text(precious) == "not to be overwritten");
        CHECK_THROWS_AS(r.backup_to(copy), StoreError);
        CHECK(store::Register::open(copy, store::Access::read_only).verify().ok());
    }
    SECTION("nothing left when it cannot be made") {
        const auto e = error_from<StoreError>([&] { r.backup_to(dir / "missing" / "copy.db"); });
        CHECK(std::string(e.what()) == "cannot create " + (dir / "missing" / "copy.db").string() +
                                           ": No such file or directory");
        CHECK_FALSE(fs::exists(dir / "missing"));
    }
    SECTION("while another connection is writing") {
        SQLite::Database writer(file.string(), SQLite::OPEN_READWRITE);
        writer.exec("BEGIN IMMEDIATE; DELETE FROM parties");
        const auto during = dir / "during.db";
        r.backup_to(during);
        writer.exec("ROLLBACK");
        CHECK(store::Register::open(during, store::Access::read_only).verify().ok());
        CHECK(count_rows(during, "parties") == 3);
    }
}
