// The demonstration generator. Each case gets a planned history (a list of
// steps with dates); every step goes through procedure::check_step exactly as
// a command would, so the register only ever holds what the rules allow, and
// the plan stops at today.

#include "plaint/casework/demo.hpp"

#include "plaint/core/error.hpp"
#include "plaint/procedure/machine.hpp"
#include "plaint/procedure/parse.hpp"
#include "plaint/report/categories.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <random>
#include <set>

namespace plaint::casework {
namespace {

constexpr std::array owners{"alice", "bilal", "carys", "dmitri", "efua", "fergus", "grace", "harpreet", "ioana", "jack"};
constexpr std::array providers{"Northgate Hospitals NHS Trust", "Riverside Community Health", "Lakeside Mental Health",
                               "City Ambulance Service", "Hillview GP Practice", "Meadow Dental Care",
                               "Westbrook Care Homes", "Eastfield Pharmacy"};
constexpr std::array subjects{"Access to treatment or drugs", "Appointments", "Clinical treatment", "Communications",
                              "Commissioning", "Continuing healthcare", "Values and behaviours", "Waiting times",
                              "Admissions and discharges", "Prescribing", "Patient care", "Facilities"};
constexpr std::array services{"Acute", "Community", "Mental health", "Primary care", "Ambulance", "Continuing healthcare"};
constexpr std::array first_names{"Amira", "Ben", "Chloe", "Dev", "Ellen", "Femi", "Gwen", "Hamza", "Isla", "Joe", "Kofi", "Lena"};
constexpr std::array last_names{"Ahmed", "Brown", "Clarke", "Davies", "Evans", "Fraser", "Green", "Hughes", "Iqbal", "Jones"};
constexpr std::array channels{"letter", "email", "email", "letter", "phone", "in-person", "web", "mp", "advocate"};

// KO41 subject ids for the demonstration's own subject labels, in order.
constexpr std::array subject_ids{"access", "appointments", "clinical-treatment", "communications", "commissioning",
                                 "integrated-care", "values-behaviours", "waiting-times", "admissions", "prescribing",
                                 "patient-care", "facilities"};
// KO41 service ids for the demonstration's own service labels, in order.
constexpr std::array<std::array<const char*, 3>, 6> service_ids{{{"inpatient", "outpatient", "a-and-e"},
                                                                 {"community", "community-hospital", "community"},
                                                                 {"mental-health", "mental-health", "learning-disabilities"},
                                                                 {"other", "other", "outpatient"},
                                                                 {"ambulance", "ambulance", "a-and-e"},
                                                                 {"community", "other", "inpatient"}}};
constexpr std::array professions{"medical", "medical", "nursing", "nursing", "allied-health", "administration",
                                 "scientific", "ambulance", "pharmacy", "dental", "other"};
constexpr std::array age_bands{"0-17", "18-64", "18-64", "18-64", "65-74", "65-74", "75-84", "75-84", "85+", "unknown"};
constexpr std::array statuses{"patient", "patient", "patient", "representative", "representative", "other"};
constexpr std::array lessons{"Discharge letters are now sent on the day of discharge",
                             "Staff explain delays to patients at the time they happen",
                             "Appointment letters give a direct number for the booking team",
                             "Responses are checked for plain English before they are sent",
                             "Referrals are tracked at the weekly team meeting",
                             "Medication changes are recorded in the care plan the same day",
                             "Call-back times are agreed with the caller and kept",
                             "Ward information for visitors was updated and put on the website"};
constexpr std::array actions{"Review the discharge checklist with ward managers", "Add delay messages to the booking system",
                             "Run a communication skills session for the team", "Audit referral letters for a month",
                             "Update the patient information leaflet", "Agree a call-back standard with the provider"};

class Rng {
public:
    explicit Rng(std::uint64_t seed) : engine_(seed) {}
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(engine_); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(engine_) < p; }
    template <typename T, std::size_t N>
    const char* pick(const std::array<T, N>& items) { return items[static_cast<std::size_t>(between(0, N - 1))]; }

private:
    std::mt19937_64 engine_;
};

struct Step {
    std::string event;
    Date on;
    std::map<std::string, std::string> fields;
};

// One case being written: its plan is run through the rules step by step.
class Walk {
public:
    // `texts_given`: the definitions whose text an earlier case of this demo carried.
    Walk(const procedure::Procedure& p, const calendar::Calendar& cal, Date today, reg::NewCase c,
         std::set<std::string>& texts_given)
        : p_(p), cal_(cal), today_(today) {
        imported_.new_case = std::move(c);
        auto& nc = imported_.new_case;
        nc.initial_state = p.initial;
        nc.definition_hash = p.hash;
        // The text goes with the first case of each procedure only: import_cases
        // stores a definition once, and a copy per case cost more than the rest.
        if (texts_given.insert(p.hash).second) {
            nc.definition_text = p.text;
            nc.definition_source = p.source;
        }
        nlohmann::json parties = nlohmann::json::array();
        for (const auto& party : nc.parties) parties.push_back({{"role", party.role}});
        record_.ref = "demo";
        record_.kind = nc.kind;
        record_.state = p.initial;
        record_.received = nc.received;
        events_.push_back({0, "demo", procedure::logged_event, nc.received, {}, {},
                           {{"kind", nc.kind}, {"channel", nc.channel ? nlohmann::json(*nc.channel) : nlohmann::json()},
                            {"parties", parties}}, {}, {}, {}});
    }

    Date last() const { return events_.back().effective_date; }
    Date wd(Date from, int n) const { return cal_.add_working_days(from, n); }

    // Records the step if the day has come and the rules allow it; once a
    // step's day is after today, the case's history stops there.
    bool step(const std::string& event, Date on, std::map<std::string, std::string> fields = {}) {
        if (stopped_ || on > today_) {
            stopped_ = true;
            return false;
        }
        on = std::max(on, last());
        procedure::StepRequest request{event, on, std::move(fields)};
        nlohmann::json details;
        try {
            details = procedure::check_step(p_, cal_, record_, events_, request, today_);
        } catch (const Error&) {
            return false; // not allowed now (an extension too late, say): skipped
        }
        reg::Event e{0, "demo", event, on, {}, {}, details, {}, {}, {}};
        reg::apply_event(record_, e);
        events_.push_back(std::move(e));
        imported_.steps.push_back({event, on, std::move(details)});
        return true;
    }

    bool open() const { return !record_.closed_on; }
    const reg::NewCase& new_case() const { return imported_.new_case; }
    store::ImportedCase take() { return std::move(imported_); }
    const reg::CaseRecord& record() const { return record_; }

private:
    const procedure::Procedure& p_;
    const calendar::Calendar& cal_;
    Date today_;
    reg::CaseRecord record_;
    std::vector<reg::Event> events_;
    store::ImportedCase imported_;
    bool stopped_ = false;
};

void nhs_complaint_path(Walk& w, Rng& r, Date from, bool verbal, bool needs_consent) {
    const Date ack = w.wd(from, r.chance(0.85) ? r.between(1, 3) : r.between(4, 7));
    if (!w.step("acknowledge", ack, {{"method", r.chance(0.7) ? "letter" : "email"}, {"offered_discussion", "yes"}})) return;
    Date start = from;
    if (verbal) w.step("summary-approved", start = std::max(start, w.wd(ack, r.between(1, 6))));
    if (needs_consent) w.step("consent-received", start = std::max(start, w.wd(ack, r.between(1, 10))));
    if (r.chance(0.03)) return void(w.step("withdraw", w.wd(w.last(), r.between(2, 10))));
    if (r.chance(0.04)) return void(w.step("decline", w.wd(w.last(), r.between(1, 5)), {{"reason", r.chance(0.5) ? "already-investigated" : "individual-funding"}}));
    if (!w.step("investigate", w.wd(w.last(), r.between(1, 3)), {{"investigator", r.pick(owners)}})) return;
    if (r.chance(0.06)) {
        w.step("hold", w.wd(w.last(), r.between(2, 5)), {{"reason", r.chance(0.5) ? "legal-action" : "police"}});
        w.step("resume", w.wd(w.last(), r.between(5, 40)));
    }
    w.step("investigation-report", w.wd(w.last(), r.between(5, 13)));
    Date respond = w.wd(start, r.chance(0.8) ? r.between(12, 25) : r.between(26, 40));
    // A backlog: about one complaint in eight waits months (up to two and a
    // half years) for its response, long overdue: about 2% of the register
    // is open on any day.
    if (r.chance(0.13)) respond = w.wd(start, r.between(60, 650));
    if (r.chance(0.1)) {
        w.step("agree-response-date", std::min(w.wd(start, 22), std::max(w.last(), w.wd(start, 18))),
               {{"until", w.wd(start, 35).iso()}, {"reason", "complex investigation"}});
        respond = w.wd(start, r.between(26, 35));
    }
    const char* outcomes[] = {"upheld", "partially-upheld", "not-upheld"};
    if (!w.step("respond", respond, {{"outcome", outcomes[r.between(0, 2)]}, {"signed_by", "Director of Quality"}})) return;
    if (!w.step("close", w.wd(w.last(), r.between(1, 10)))) return;
    if (r.chance(0.03) && w.step("ombudsman-referral", w.wd(w.last(), r.between(20, 120))) && r.chance(0.6))
        w.step("ombudsman-outcome", w.wd(w.last(), r.between(40, 200)), {{"outcome", r.chance(0.3) ? "upheld" : "not-upheld"}});
}

void nhs_case(Walk& w, Rng& r, const reg::NewCase& c) {
    const bool verbal = c.channel && (*c.channel == "phone" || *c.channel == "in-person");
    const bool needs_consent = c.parties.size() > 1 && (!c.channel || *c.channel != "mp");
    if (c.kind == "compliment") return void(w.step("resolve-concern", c.received));
    if (c.kind == "concern") {
        if (r.chance(0.75)) return void(w.step("resolve-concern", w.wd(c.received, r.between(0, 2))));
        if (!w.step("escalate", w.wd(c.received, r.between(1, 3)), {{"reason", "not resolved informally"}})) return;
        return nhs_complaint_path(w, r, w.last(), verbal, needs_consent);
    }
    nhs_complaint_path(w, r, c.received, verbal, needs_consent);
}

void two_stage_case(Walk& w, Rng& r, const reg::NewCase& c) {
    const char* outcomes[] = {"upheld", "partially-upheld", "not-upheld"};
    if (!w.step("acknowledge", w.wd(c.received, r.between(1, 7)), {{"method", "email"}, {"handled_by", r.chance(0.4) ? "provider" : "organisation"}})) return;
    const Date ack = w.last();
    if (r.chance(0.1)) w.step("extend-stage1", w.wd(ack, r.between(5, 9)), {{"until", w.wd(ack, r.between(12, 20)).iso()}, {"reason", "awaiting the provider"}});
    if (!w.step("respond", w.wd(ack, r.between(4, 16)), {{"outcome", outcomes[r.between(0, 2)]}})) return;
    if (!r.chance(0.2)) return void(w.step("close", w.wd(w.last(), r.between(2, 10))));
    if (!w.step("escalate", w.wd(w.last(), r.between(1, 20)), {{"reason", "dissatisfied with the stage 1 response"}})) return;
    std::string other = r.pick(owners);
    if (c.owner && other == *c.owner) other = "stage2-reviewer";
    w.step("assign-stage2", w.last(), {{"owner", other}});
    if (!w.step("acknowledge-stage2", w.wd(w.last(), r.between(1, 6)), {{"method", "letter"}})) return;
    w.step("respond-stage2", w.wd(w.last(), r.between(10, 25)), {{"outcome", outcomes[r.between(0, 2)]}, {"signposted", "yes"}});
}

Date next_panel(const calendar::Calendar& cal, Date after) {
    // Panels meet monthly, on the second Wednesday (or the next working day).
    auto [y, m, d] = (after + 1).ymd();
    for (int i = 0; i < 3; ++i, m = m == 12 ? (y++, 1) : m + 1) {
        Date first = Date::from_ymd(y, m, 1);
        const int shift = (static_cast<int>(Weekday::wednesday) - static_cast<int>(first.weekday()) + 7) % 7;
        const Date panel = cal.roll_forward(first + shift + 7);
        if (panel > after) return panel;
    }
    return cal.add_working_days(after, 20);
}

void choice_case(Walk& w, Rng& r, const calendar::Calendar& cal, const reg::NewCase& c) {
    if (!w.step("send-proforma", w.wd(c.received, r.between(0, 2)))) return;
    if (!w.step("proforma-received", w.wd(w.last(), r.between(3, 15)), {{"consent_to_contact_icb", "yes"}})) return;
    const Date proforma = w.last();
    if (r.chance(0.15)) {
        w.step("insufficient-information", w.wd(w.last(), r.between(1, 3)), {{"note", "evidence missing"}});
        w.step("proforma-received", w.wd(w.last(), r.between(5, 15)), {{"consent_to_contact_icb", "yes"}});
    }
    if (!w.step("sufficient-information", w.wd(w.last(), r.between(1, 3)), {{"owner", r.pick(owners)}})) return;
    const Date sufficient = w.last();
    w.step("provider-meeting", w.wd(sufficient, r.between(4, 11)));
    w.step("icb-discussion", w.wd(sufficient, r.between(5, 16)));
    if (r.chance(0.55)) return void(w.step("resolve", w.wd(proforma, r.between(15, 30))));
    if (!w.step("complaint-summary", w.wd(proforma, r.between(24, 28)), {{"recommendations", "review the qualification decision"}})) return;
    if (r.chance(0.1)) return void(w.step("dismiss", w.wd(w.last(), r.between(2, 8)), {{"sro", "National Director"}, {"reason", "no breach of the rules"}}));
    const Date panel = next_panel(cal, w.wd(w.last(), 2));
    if (!w.step("escalate-to-panel", w.wd(w.last(), r.between(2, 5)), {{"sro", "National Director"}, {"panel_date", panel.iso()}})) return;
    if (!w.step("panel-meeting", std::max(panel, w.last()), {{"outcome", "ICB to review its decision"}})) return;
    w.step("communicate-outcome", w.wd(w.last(), r.between(2, 7)));
}

void licence_case(Walk& w, Rng& r, const reg::NewCase& c) {
    if (c.kind == "concern") return void(w.step("give-advice", w.wd(c.received, r.between(1, 5))));
    if (!w.step("acknowledge", w.wd(c.received, r.between(1, 4)), {{"method", "email"}})) return;
    std::map<std::string, std::string> checklist;
    for (const char* f : {"complainant_details", "representative", "complained_about", "breach_statement", "impact",
                          "services", "relationship", "timeline"})
        checklist[f] = "yes";
    if (!w.step("information", w.wd(w.last(), r.between(5, 20)), checklist)) return;
    if (r.chance(0.2)) return void(w.step("decline-to-investigate", w.wd(w.last(), r.between(5, 15)), {{"reason", "no evidence of a breach"}}));
    if (!w.step("decide-to-investigate", w.wd(w.last(), r.between(5, 15)))) return;
    const Date milestone = w.wd(w.last(), r.between(40, 80));
    if (!w.step("timetable", w.wd(w.last(), r.between(1, 5)), {{"milestone", "provisional findings"}, {"date", milestone.iso()}})) return;
    const bool breach = r.chance(0.4);
    w.step("outcome", w.wd(milestone, r.between(-5, 10)),
           {{"finding", breach ? "breach" : "no-breach"}, {"enforcement", breach ? "undertakings" : "none"}});
}

reg::NewCase new_case(Rng& r, Date received, const std::string& procedure) {
    reg::NewCase c;
    c.procedure = procedure;
    c.received = received;
    const int k = r.between(0, 99);
    c.kind = procedure == "nhs-complaint" ? (k < 70 ? "complaint" : k < 94 ? "concern" : "compliment")
             : procedure == "integrated-care-licence" ? (k < 40 ? "concern" : "complaint")
                                                     : "complaint";
    c.channel = r.pick(channels);
    c.subject = r.pick(subjects);
    c.service = r.pick(services);
    if (r.chance(0.6)) c.provider = r.pick(providers);
    c.owner = r.pick(owners);
    c.summary = fmt::format("{} ({})", *c.subject, *c.service);
    if (r.chance(0.5)) c.incident_date = received - r.between(1, 200);
    const std::string name = fmt::format("{} {}", r.pick(first_names), r.pick(last_names));
    c.parties.push_back({0, {}, "complainant", name, fmt::format("{}@example.org", r.between(1000, 99999))});
    if (r.chance(0.2)) c.parties.push_back({0, {}, "on-behalf-of", fmt::format("{} {}", r.pick(first_names), r.pick(last_names)), {}});
    return c;
}

template <std::size_t N>
std::size_t index_of(const std::array<const char*, N>& items, const std::string& value) {
    for (std::size_t i = 0; i < N; ++i)
        if (value == items[i]) return i;
    return 0;
}

// KO41 aspects, age band and status, drawn from a generator of their own so
// that the rest of the register is the same as without them.
void classify_case(Rng& r, reg::NewCase& c, const report::Categories& lists) {
    const auto* list = lists.find_in_force(c.received);
    if (!list || c.kind == "compliment") return;
    const std::size_t subject = index_of(subjects, c.subject.value_or(""));
    const std::size_t service = index_of(services, c.service.value_or(""));
    const int k = r.between(0, 99);
    const int count = k < 70 ? 1 : k < 92 ? 2 : 3;
    for (int i = 0; i < count; ++i) {
        reg::Aspect a{i == 0 ? subject_ids[subject] : r.pick(subject_ids), service_ids[service][static_cast<std::size_t>(r.between(0, 2))],
                      r.pick(professions)};
        if (r.chance(0.01)) a.profession.clear(); // data to put right before a KO41 return
        c.aspects.push_back(std::move(a));
    }
    if (!r.chance(0.015)) c.age_band = r.pick(age_bands);
    c.complainant_status = c.parties.size() > 1 ? "representative" : r.pick(statuses);
    c.categories = list->id;
}

// Lessons and actions after a complaint upheld in full or in part.
void learn_from(Rng& r, store::ImportedCase& imported, const reg::CaseRecord& record, Date today) {
    if (!record.outcome || *record.outcome == "not-upheld" || !record.resolved_on) return;
    Date on = std::max(*record.resolved_on, imported.steps.empty() ? record.received : imported.steps.back().on);
    if (r.chance(0.5)) {
        on = on + r.between(0, 10);
        if (on > today) return;
        imported.steps.push_back({reg::lesson_event, on, {{"lesson", r.pick(lessons)}}});
    }
    if (!r.chance(0.35)) return;
    on = on + r.between(0, 5);
    if (on > today) return;
    const Date due = on + r.between(20, 90);
    imported.steps.push_back({reg::action_added_event, on, {{"action", r.pick(actions)}, {"owner", r.pick(owners)}, {"due", due.iso()}}});
    const Date done = on + r.between(10, 110);
    if (done <= today && r.chance(0.8)) imported.steps.push_back({reg::action_done_event, done, {{"number", 1}}});
}

std::string procedure_for(Rng& r) {
    const int k = r.between(0, 99);
    return k < 84 ? "nhs-complaint" : k < 93 ? "two-stage" : k < 97 ? "choice-qualification" : "integrated-care-licence";
}

} // namespace

DemoSummary make_demo(Session& session, const procedure::Catalog& catalog, const DemoOptions& options,
                      const store::Stamp& stamp) {
    const calendar::Calendar& cal = session.calendar();
    Rng r(options.seed);
    Rng extra(options.seed ^ 0x6b6f3431u); // classification and learning: see classify_case()
    const auto lists = report::Categories::load({});
    const Date first = add_months_clamped(stamp.today, -12 * options.years) + 1;
    const int span = stamp.today - first + 1;
    // Receipt dates in order, so that references run in date order each year.
    std::vector<int> offsets(static_cast<std::size_t>(options.cases));
    for (auto& o : offsets) o = r.between(0, span - 1);
    std::sort(offsets.begin(), offsets.end());
    // The procedures, parsed here: the cases are made, and their clocks
    // computed, on import_cases's worker threads, which must not need the
    // register to find a definition.
    std::map<std::string, const procedure::Procedure*> procedures;
    for (const char* id : {"nhs-complaint", "two-stage", "choice-qualification", "integrated-care-licence"}) {
        auto p = catalog.shared(id);
        procedures[id] = p.get();
        session.definitions().remember(std::move(p));
    }
    DemoSummary summary;
    std::set<std::string> texts_given;
    std::size_t next_offset = 0;
    const auto next_case = [&](store::ImportedCase& out) {
        if (next_offset == offsets.size()) return false;
        Date received = first + offsets[next_offset++];
        if (received.is_weekend() && r.chance(0.7)) received = cal.roll_forward(received); // fewer weekend arrivals
        if (received > stamp.today) received = stamp.today;
        const std::string procedure = procedure_for(r);
        const auto& p = *procedures.at(procedure);
        reg::NewCase made = new_case(r, received, procedure);
        classify_case(extra, made, lists);
        Walk w(p, cal, stamp.today, std::move(made), texts_given);
        const reg::NewCase& c = w.new_case();
        if (procedure == "nhs-complaint") nhs_case(w, r, c);
        else if (procedure == "two-stage") two_stage_case(w, r, c);
        else if (procedure == "choice-qualification") choice_case(w, r, cal, c);
        else licence_case(w, r, c);
        summary.open += w.open() ? 1 : 0;
        const reg::CaseRecord& record = w.record(); // take() leaves it
        out = w.take();
        learn_from(extra, out, record, stamp.today);
        summary.events += 1 + static_cast<std::int64_t>(out.steps.size());
        return true;
    };
    session.reg().load_without_indexes([&] { session.reg().import_cases(next_case, stamp, 20'000); });
    summary.cases = options.cases;
    return summary;
}

} // namespace plaint::casework
