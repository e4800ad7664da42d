// The projection of aspects, lessons, actions and outcomes (schema 6): kept
// with every event, reproduced exactly by rebuild, checked by verify, and
// available on registers upgraded from every older schema version.

#include "store/register_helpers.hpp"

#include "plaint/store/journal.hpp"
#include "plaint/store/migrations.hpp"

#include <fmt/format.h>

using namespace plaint;
using namespace plaint::test;

namespace {

reg::NewCase classified_case() {
    auto c = sample_case("Two aspects", "2026-11-02");
    c.aspects = {{"communications", "inpatient", "nursing"}, {"waiting-times", "", "medical"}};
    c.age_band = "75-84";
    c.complainant_status = "representative";
    c.categories = "ko41a-2015";
    return c;
}

reg::Event append(store::Register& r, const std::string& ref, const char* type, const char* on, nlohmann::json details) {
    return r.append_step(ref, type, d(on), [&](const reg::CaseRecord&, const std::vector<reg::Event>&) { return details; },
                         stamp_on());
}

} // namespace

TEST_CASE("aspects, lessons and actions are projected from the journal", "[store][classification]") {
    TempDir dir;
    const auto file = dir / "reg.db";
    auto r = store::Register::create(file, sample_info(), stamp_on());
    const auto ref = r.log_case(classified_case(), stamp_on()).ref;
    CHECK(dump_table(file, "case_aspects", "position") ==
          fmt::format("'{0}'|'1'|'communications'|'inpatient'|'nursing'\n'{0}'|'2'|'waiting-times'|NULL|'medical'\n", ref));

    append(r, ref, "classified", "2026-11-03", {{"aspects", {{{"subject", "access"}}}}, {"age_band", nullptr}});
    append(r, ref, "lesson-learned", "2026-11-04", {{"lesson", "Call back when promised"}});
    append(r, ref, "action-added", "2026-11-04", {{"action", "Add call-back times"}, {"owner", "sam"}, {"due", "2026-12-01"}});
    append(r, ref, "action-added", "2026-11-05", {{"action", "Audit call-backs"}});
    append(r, ref, "action-done", "2026-11-20", {{"number", 1}});
    append(r, ref, "respond", "2026-11-19", {{"state", "responded"}, {"outcome", "partially-upheld"}});
    append(r, ref, "ombudsman-referral", "2026-11-20", {{"state", "responded"}});
    append(r, ref, "ombudsman-outcome", "2026-11-20", {{"state", "responded"}, {"outcome", "upheld"}});

    const auto c = r.case_or_throw(ref);
    CHECK(c.aspects == std::vector<reg::Aspect>{{"access", "", ""}});
    CHECK_FALSE(c.age_band);
    CHECK(c.complainant_status == std::optional<std::string>("representative"));
    CHECK(c.categories == std::optional<std::string>("ko41a-2015"));
    REQUIRE(c.lessons.size() == 1);
    CHECK(c.lessons[0].text == "Call back when promised");
    REQUIRE(c.actions.size() == 2);
    CHECK(c.actions[0].done_on == std::optional<Date>(d("2026-11-20")));
    CHECK(c.actions[0].due == std::optional<Date>(d("2026-12-01")));
    CHECK_FALSE(c.actions[1].done_on);
    // The Ombudsman's own outcome is not the case's.
    CHECK(c.outcome == std::optional<std::string>("partially-upheld"));
    CHECK(c.resolved_on == std::optional<Date>(d("2026-11-19")));
    CHECK(c.ombudsman_on == std::optional<Date>(d("2026-11-20")));

    const auto before = dump_table(file, "case_aspects", "case_ref, position") + dump_table(file, "case_lessons", "number") +
                        dump_table(file, "case_actions", "number") + dump_table(file, "cases", "ref");
    CHECK(r.verify().ok());
    CHECK(r.rebuild().changed == 0);
    CHECK(dump_table(file, "case_aspects", "case_ref, position") + dump_table(file, "case_lessons", "number") +
              dump_table(file, "case_actions", "number") + dump_table(file, "cases", "ref") == before);
}

TEST_CASE("verify finds altered aspects, lessons and actions; rebuild restores them", "[store][classification]") {
    TempDir dir;
    const auto file = dir / "reg.db";
    const char* tampering = GENERATE("UPDATE case_aspects SET subject = 'facilities' WHERE position = 2",
                                     "DELETE FROM case_lessons",
                                     "UPDATE case_actions SET done_on = '2026-11-30'",
                                     "INSERT INTO case_aspects VALUES ('T-2026-9999', 1, 'access', NULL, NULL)",
                                     "UPDATE cases SET outcome = 'upheld'");
    INFO(tampering);
    std::string ref;
    {
        auto r = store::Register::create(file, sample_info(), stamp_on());
        ref = r.log_case(classified_case(), stamp_on()).ref;
        append(r, ref, "lesson-learned", "2026-11-04", {{"lesson", "Call back when promised"}});
        append(r, ref, "action-added", "2026-11-04", {{"action", "Add call-back times"}});
    }
    const auto intact = dump_table(file, "case_aspects", "case_ref, position") + dump_table(file, "case_lessons", "number") +
                        dump_table(file, "case_actions", "number");
    exec_sql(file, tampering);
    auto r = store::Register::open(file, store::Access::read_write);
    const auto report = r.verify();
    REQUIRE_FALSE(report.ok());
    CHECK(r.rebuild().changed >= 1);
    CHECK(r.verify().ok());
    CHECK(dump_table(file, "case_aspects", "case_ref, position") + dump_table(file, "case_lessons", "number") +
              dump_table(file, "case_actions", "number") == intact);
}

TEST_CASE("a register of every older schema version can be classified after upgrading", "[store][migrations]") {
    const int version = GENERATE_COPY(range(1, store::latest_schema_version()));
    INFO("from schema version " << version);
    TempDir dir;
    const auto file = dir / "old.db";
    // An old register: the first `version` migrations and its register row.
    SQLite::Database db(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    const auto all = store::migrations();
    for (int v = 0; v < version; ++v) db.exec(all[static_cast<std::size_t>(v)].sql);
    db.exec(fmt::format("PRAGMA user_version = {}", version));
    db.exec(fmt::format("INSERT INTO register (id, organisation, default_procedure, calendar, reference_prefix, created_at,"
                        " salt, journal_head_seq, journal_head_hash) VALUES (1, 'Old', 'nhs-complaint', 'england-and-wales',"
                        " 'O', '2020-01-01T00:00:00Z', 'ab', 0, '{}')",
                        version >= 12 ? store::genesis_hash({"ab", "Old", "O", "nhs-complaint", "2020-01-01T00:00:00Z"})
                                      : store::v1::genesis_hash("ab")));
    auto r = store::Register::open(file, store::Access::read_write);
    CHECK(r.info().schema_version == store::latest_schema_version());
    const auto ref = r.log_case(classified_case(), stamp_on()).ref;
    append(r, ref, "lesson-learned", "2026-11-04", {{"lesson", "Call back when promised"}});
    CHECK(r.case_or_throw(ref).aspects.size() == 2);
    CHECK(count_rows(file, "case_lessons") == 1);
    CHECK(r.verify().ok());
    CHECK(r.rebuild().changed == 0);
}
