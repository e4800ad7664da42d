// plaint/report: the KO41 return for a register built by hand, checked
// against counts worked out by hand below. The year is 2025/26 (1 April
// 2025 - 31 March 2026); "finished" is the date of the response that
// recorded an outcome, or of closure without one.
//
//   case  received    kind/procedure          what happens             in 2025/26
//   A     2025-02-10  complaint               upheld 2025-05-01        b/f, resolved upheld
//   B     2025-03-20  complaint               still open              b/f, c/f
//   C     2024-12-01  complaint               not upheld 2025-03-15    nothing
//   D     2025-06-03  complaint, 3 aspects    partially 2025-07-01     new, resolved partially
//   E     2025-09-10  complaint               withdrawn 2025-10-01     new, closed without outcome
//   F     2026-03-25  complaint, no age band  still open              new, c/f
//   G     2026-04-02  complaint               -                        nothing (next year)
//   H     2025-05-05  concern                 -                        nothing (not a complaint)
//   I     2026-03-02  complaint               upheld 2026-03-31        new, resolved upheld
//   J     2025-05-01  choice-qualification    -                        nothing (not KO41)
//   K     2025-08-01  complaint, no aspects   upheld 2026-04-10        new, c/f
//
// brought forward 2 (A, B); new 5 (D, E, F, I, K); resolved upheld 2 (A, I),
// partially 1 (D), not upheld 0; closed without outcome 1 (E); carried
// forward 3 (B, F, K): 2 + 5 - 3 - 1 = 3.

#include "plaint/casework/casework.hpp"
#include "plaint/casework/learning.hpp"
#include "plaint/report/reports.hpp"
#include "support/dates.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <map>

using namespace plaint;
using plaint::test::d;

namespace {

const procedure::Catalog& catalog() {
    static const procedure::Catalog c = procedure::Catalog::load({});
    return c;
}

const calendar::Calendar& cal() {
    static const calendar::Calendar c = calendar::Calendar::build({});
    return c;
}

store::Stamp stamp() { return {"tester", "2026-06-01T09:00:00Z", d("2026-06-01")}; }

struct Given {
    const char* received;
    std::vector<reg::Aspect> aspects;
    std::optional<std::string> age, status;
    std::string kind = "complaint";
    std::string procedure = "nhs-complaint";
};

class Ko41Register {
public:
    Ko41Register()
        : session_(store::Register::create(dir_ / "reg.db", info(), stamp()),
                   [] () -> const procedure::Catalog& { return catalog(); }) {
        ref_["A"] = log({"2025-02-10", {{"communications", "inpatient", "medical"}}, "65-74", "patient"});
        ref_["B"] = log({"2025-03-20", {{"appointments", "outpatient", "administration"}}, "18-64", "patient"});
        ref_["C"] = log({"2024-12-01", {{"prescribing", "community", "pharmacy"}}, "75-84", "other"});
        ref_["D"] = log({"2025-06-03",
                         {{"communications", "inpatient", "medical"}, {"values-behaviours", "inpatient", "nursing"},
                          {"communications", "outpatient", "medical"}},
                         "65-74", "patient"});
        ref_["E"] = log({"2025-09-10", {{"clinical-treatment", "a-and-e", "medical"}}, "18-64", "representative"});
        ref_["F"] = log({"2026-03-25", {{"waiting-times", "outpatient", ""}}, std::nullopt, "patient"});
        ref_["G"] = log({"2026-04-02", {{"communications", "inpatient", "medical"}}, "18-64", "patient"});
        ref_["H"] = log({"2025-05-05", {{"communications", "inpatient", "medical"}}, "18-64", "patient", "concern"});
        ref_["I"] = log({"2026-03-02", {{"appointments", "community", "administration"}}, "85+", "other"});
        ref_["J"] = log({"2025-05-01", {{"commissioning", "other", "other"}}, "18-64", "other", "complaint",
                         "choice-qualification"});
        ref_["K"] = log({"2025-08-01", {}, "0-17", std::nullopt});
        respond("A", "2025-05-01", "upheld");
        respond("C", "2025-03-15", "not-upheld");
        respond("D", "2025-07-01", "partially-upheld");
        step("E", "withdraw", "2025-10-01", {});
        respond("I", "2026-03-31", "upheld");
        respond("K", "2026-04-10", "upheld");
    }

    store::Register& reg() { return session_.reg(); }
    const std::string& ref(const char* letter) { return ref_.at(letter); }
    std::vector<std::string> refs(std::initializer_list<const char*> letters) {
        std::vector<std::string> all;
        for (const char* l : letters) all.push_back(ref(l));
        return all;
    }

    report::Document ko41(const report::Categories& lists, const char* period = "2025/26") {
        return report::ko41_report({reg(), lists, cal(), report::parse_period(period), d("2026-06-01"),
                                    {"nhs-complaint", "two-stage"}});
    }

    void step(const char* letter, const char* event, const char* on, std::map<std::string, std::string> fields) {
        casework::record_step(reg(), session_.definitions(), cal(), ref(letter), {event, d(on), std::move(fields)}, stamp());
    }

private:
    static store::RegisterInfo info() {
        store::RegisterInfo i;
        i.organisation = std::string("Hand ICB");
        i.reference_prefix = std::string("K");
        return i;
    }

    std::string log(const Given& g) {
        reg::NewCase c;
        c.received = d(g.received);
        c.kind = g.kind;
        c.procedure = g.procedure;
        c.channel = "email";
        c.aspects = g.aspects;
        c.age_band = g.age;
        c.complainant_status = g.status;
        return casework::log_case(reg(), catalog(), c, stamp()).ref;
    }

    void respond(const char* letter, const char* on, const char* outcome) {
        step(letter, "acknowledge", on, {{"method", "letter"}});
        step(letter, "respond", on, {{"outcome", outcome}});
    }

    test::TempDir dir_;
    casework::Session session_;
    std::map<std::string, std::string> ref_;
};

std::int64_t figure(const report::Document& doc, const std::string& key) {
    for (const auto& s : doc.sections)
        for (const auto& f : s.figures)
            if (f.key == key) return std::get<std::int64_t>(f.value);
    FAIL("no figure " << key);
    return -1;
}

// id -> count, from a breakdown table ("" for "Not recorded"; "total").
std::map<std::string, std::int64_t> breakdown(const report::Document& doc, const std::string& key) {
    std::map<std::string, std::int64_t> counts;
    for (const auto& s : doc.sections)
        for (const auto& t : s.tables) {
            if (t.key != key) continue;
            for (const auto& row : t.rows) {
                const std::int64_t n = std::get<std::int64_t>(row[2]);
                if (std::holds_alternative<std::string>(row[0])) {
                    if (n) counts[std::get<std::string>(row[0])] = n;
                } else {
                    counts[std::get<std::string>(row[1]) == "Total" ? "total" : ""] = n;
                }
            }
        }
    return counts;
}

std::map<std::string, std::vector<std::string>> findings(const report::Document& doc) {
    std::map<std::string, std::vector<std::string>> found;
    for (const auto& f : doc.findings) {
        auto& refs = found[f.rule];
        refs.insert(refs.end(), f.refs.begin(), f.refs.end());
    }
    return found;
}

} // namespace

TEST_CASE("KO41 totals count each complaint once, across year ends", "[report][ko41]") {
    Ko41Register r;
    const auto lists = report::Categories::load({});
    const auto doc = r.ko41(lists);
    CHECK(doc.report == "ko41");
    CHECK(doc.organisation == "Hand ICB");
    CHECK(figure(doc, "brought_forward") == 2);
    CHECK(figure(doc, "new") == 5);
    CHECK(figure(doc, "resolved_upheld") == 2);
    CHECK(figure(doc, "resolved_partially_upheld") == 1);
    CHECK(figure(doc, "resolved_not_upheld") == 0);
    CHECK(figure(doc, "resolved") == 3);
    CHECK(figure(doc, "closed_without_outcome") == 1);
    CHECK(figure(doc, "carried_forward") == 3);
    CHECK(findings(doc).count("ko41.balance") == 0);

    // The year before: A, B and C were new; C was resolved; A and B carried.
    const auto before = r.ko41(lists, "2024/25");
    CHECK(figure(before, "brought_forward") == 0);
    CHECK(figure(before, "new") == 3);
    CHECK(figure(before, "resolved_not_upheld") == 1);
    CHECK(figure(before, "carried_forward") == 2);
    // The year after brings forward what 2025/26 carried: B, F and K.
    const auto after = r.ko41(lists, "2026/27");
    CHECK(figure(after, "brought_forward") == 3);
    CHECK(figure(after, "new") == 1);
    CHECK(figure(after, "resolved_upheld") == 1);
}

TEST_CASE("KO41 breakdowns count each aspect once per complaint", "[report][ko41]") {
    Ko41Register r;
    const auto doc = r.ko41(report::Categories::load({}));
    using Counts = std::map<std::string, std::int64_t>;
    // Each complaint once: F has no age band, K no status.
    CHECK(breakdown(doc, "age_band") == Counts{{"65-74", 1}, {"18-64", 1}, {"85+", 1}, {"0-17", 1}, {"", 1}, {"total", 5}});
    CHECK(breakdown(doc, "complainant_status") ==
          Counts{{"patient", 2}, {"representative", 1}, {"other", 1}, {"", 1}, {"total", 5}});
    // D's two communications aspects count once; K has no aspects.
    CHECK(breakdown(doc, "subject") == Counts{{"communications", 1}, {"values-behaviours", 1}, {"clinical-treatment", 1},
                                              {"waiting-times", 1}, {"appointments", 1}, {"", 1}, {"total", 6}});
    // D counts under inpatient once and outpatient once.
    CHECK(breakdown(doc, "service") ==
          Counts{{"inpatient", 1}, {"outpatient", 2}, {"a-and-e", 1}, {"community", 1}, {"", 1}, {"total", 6}});
    // F's one aspect has no profession; D counts under medical once.
    CHECK(breakdown(doc, "profession") ==
          Counts{{"medical", 2}, {"nursing", 1}, {"administration", 1}, {"", 2}, {"total", 6}});
}

TEST_CASE("KO41 validation lists the cases behind each failure", "[report][ko41]") {
    Ko41Register r;
    const auto found = findings(r.ko41(report::Categories::load({})));
    using Found = std::map<std::string, std::vector<std::string>>;
    CHECK(found == Found{{"ko41.age-band-missing", r.refs({"F"})},
                         {"ko41.status-missing", r.refs({"K"})},
                         {"ko41.subject-missing", r.refs({"K"})},
                         {"ko41.service-missing", r.refs({"K"})},
                         {"ko41.profession-missing", r.refs({"F", "K"})}});

    // Fixing the data clears the findings: classify F and K.
    casework::classify(r.reg(), report::Categories::load({}), r.ref("F"), {{{"waiting-times", "outpatient", "medical"}}, "75-84", std::nullopt},
                       d("2026-04-01"), stamp());
    casework::classify(r.reg(), report::Categories::load({}), r.ref("K"),
                       {{{"access", "community", "nursing"}}, std::nullopt, "patient"}, d("2026-04-01"), stamp());
    const auto lists = report::Categories::load({});
    const auto fixed = r.ko41(lists);
    CHECK(fixed.findings.empty());
    CHECK(figure(fixed, "new") == 5);
    CHECK(r.reg().verify().ok());
    CHECK(r.reg().rebuild().changed == 0);
}

TEST_CASE("KO41 checks values against the list in force on receipt", "[report][ko41]") {
    Ko41Register r;
    test::TempDir dir;
    const auto file = dir / "local.toml";
    {
        // From 2026-03-01 a local list without waiting-times: F (received
        // 2026-03-25) was classified under the old one.
        std::ofstream out(file);
        out << "id = \"local-2026\"\nextends = \"ko41a-2015\"\nvalid_from = 2026-03-01\n"
               "subjects = [{ id = \"digital\", title = \"Digital access\" }]\n";
    }
    auto lists = report::Categories::load({file.string()});
    CHECK(lists.in_force(d("2026-03-01")).id == "local-2026");
    CHECK(lists.in_force(d("2026-02-28")).id == "ko41a-2015");
    CHECK(lists.in_force(d("2026-03-01")).find(report::Dimension::subject, "digital"));
    CHECK(r.ko41(lists).findings.size() == 5); // extends keeps every old value: nothing unknown

    const auto strict = dir / "strict.toml";
    {
        std::ofstream out(strict);
        out << "id = \"strict-2026\"\nvalid_from = 2026-03-01\n"
               "age_bands = [{ id = \"adult\", title = \"Adult\" }]\n"
               "complainant_statuses = [{ id = \"patient\", title = \"Patient\" }]\n"
               "subjects = [{ id = \"appointments\", title = \"Appointments\" }]\n"
               "services = [{ id = \"outpatient\", title = \"Outpatient\" }, { id = \"community\", title = \"Community\" }]\n"
               "professions = [{ id = \"administration\", title = \"Administration\" }]\n";
    }
    const auto found = findings(r.ko41(report::Categories::load({strict.string()})));
    // F (waiting-times, received in March) and I (85+, other) fall under strict-2026.
    REQUIRE(found.count("ko41.unknown-category"));
    CHECK(found.at("ko41.unknown-category") == r.refs({"I", "I", "F"}));
}
