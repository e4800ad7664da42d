// plaint/casework: property tests of recording steps through the register.
// For each built-in procedure, random sequences of steps (a fixed seed, so
// every run is the same) are recorded on cases in a temporary register:
//  - a refused step changes nothing: the case's events, its row and the
//    journal are as they were;
//  - an accepted step adds exactly one event, of the type asked for;
//  - every state a case reaches is final or has a way out for its kind;
//  - rebuilding the register from its journal gives the same cases, and the
//    same clocks.

#include "plaint/casework/casework.hpp"
#include "plaint/core/error.hpp"
#include "plaint/procedure/parse.hpp"
#include "support/dates.hpp"
#include "support/temp_dir.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <set>
#include <string>

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

store::Stamp stamp(Date today) { return {"tester", "2026-01-01T09:00:00Z", today}; }

class Random {
public:
    explicit Random(std::uint32_t seed) : engine_(seed) {}
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(engine_); }
    bool chance(int percent) { return between(1, 100) <= percent; }
    template <typename T>
    const T& pick(const std::vector<T>& items) { return items[static_cast<std::size_t>(between(0, static_cast<int>(items.size()) - 1))]; }

private:
    std::mt19937 engine_;
};

const std::vector<std::string> people{"ann", "bob", "cat"};

// Field values: mostly right, sometimes wrong.
std::map<std::string, std::string> random_fields(Random& rng, const procedure::EventDef& e, Date on) {
    std::map<std::string, std::string> fields;
    for (const auto& f : e.fields) {
        if (!f.required && rng.chance(50)) continue;
        if (f.required && rng.chance(4)) continue; // a missing field
        std::string value;
        switch (f.type) {
        case procedure::Field::Type::choice: value = rng.chance(5) ? "bogus" : rng.pick(f.choices); break;
        case procedure::Field::Type::flag: value = rng.chance(5) ? "maybe" : rng.chance(75) ? "yes" : "no"; break;
        case procedure::Field::Type::date: value = rng.chance(3) ? "2024-02-30" : (on + rng.between(-3, 40)).iso(); break;
        case procedure::Field::Type::text: value = rng.pick(people); break;
        }
        fields[f.name] = value;
    }
    if (rng.chance(3)) fields["zzz"] = "1"; // a field the event does not take
    return fields;
}

std::vector<std::string> clock_texts(const procedure::Procedure& p, const std::vector<reg::Event>& events, Date today) {
    std::vector<std::string> texts;
    for (const auto& s : procedure::evaluate_clocks(p, cal(), events, today)) {
        auto doc = procedure::clock_json(s);
        doc["explanation"] = s.explanation;
        texts.push_back(doc.dump());
    }
    for (const auto& s : procedure::evaluate_checks(p, events)) texts.push_back(procedure::check_json(s).dump());
    return texts;
}

// Does the state have a step leading out of it, for a case of this kind?
bool has_way_out(const procedure::Procedure& p, const std::string& state, const std::string& kind) {
    for (const auto* e : procedure::allowed_events(p, state, kind))
        if (!e->to.empty() && e->to != state) return true;
    return false;
}

} // namespace

TEST_CASE("every state a case of any kind can reach is final or has a way out") {
    for (const auto& p : catalog().all()) {
        // Walk (state, kind) pairs: kinds change with set_kind, steps follow kinds.
        std::set<std::pair<std::string, std::string>> seen;
        std::vector<std::pair<std::string, std::string>> todo;
        for (const char* kind : reg::kinds) todo.emplace_back(p.initial, kind);
        while (!todo.empty()) {
            const auto at = todo.back();
            todo.pop_back();
            if (!seen.insert(at).second) continue;
            for (const auto* e : procedure::allowed_events(p, at.first, at.second))
                todo.emplace_back(e->to.empty() ? at.first : e->to, e->set_kind.empty() ? at.second : e->set_kind);
        }
        std::set<std::string> states;
        for (const auto& [state, kind] : seen) {
            states.insert(state);
            INFO(p.id << ": a " << kind << " in " << state);
            CHECK((p.state(state)->final || has_way_out(p, state, kind)));
        }
        // And every state is reachable by some kind of case.
        for (const auto& s : p.states) {
            INFO(p.id << ": state " << s.id);
            CHECK(states.count(s.id) == 1);
        }
    }
}

TEST_CASE("random steps: refusals change nothing, the journal rebuilds the same cases and clocks") {
    const std::string id = GENERATE(as<std::string>{}, "nhs-complaint", "choice-qualification", "integrated-care-licence",
                                    "two-stage");
    const procedure::Procedure& p = catalog().get(id);
    INFO("procedure " << id);
    test::TempDir dir;
    store::RegisterInfo info;
    info.organisation = "Property";
    info.default_procedure = id;
    info.reference_prefix = "P";
    auto r = store::Register::create(dir / "register.db", info, stamp(d("2024-01-02")));
    casework::Definitions definitions(r, catalog());

    Random rng(20240102u + static_cast<std::uint32_t>(id.size()));
    std::vector<std::string> refs;
    int accepted = 0, refused = 0;
    std::set<std::string> states_seen;
    const std::vector<std::string> kinds{"concern", "complaint", "complaint", "compliment"};
    const std::vector<std::string> channels(std::begin(reg::channels), std::end(reg::channels));

    for (int n = 0; n < 16; ++n) {
        reg::NewCase c;
        c.kind = rng.pick(kinds);
        c.received = d("2024-01-02") + rng.between(0, 90);
        c.channel = rng.pick(channels);
        c.summary = "case " + std::to_string(n);
        if (rng.chance(50)) c.owner = rng.pick(people);
        if (rng.chance(40)) c.incident_date = c.received - rng.between(0, 500);
        c.parties.push_back({0, {}, "complainant", "Person " + std::to_string(n), {}});
        if (rng.chance(40)) c.parties.push_back({0, {}, "on-behalf-of", "Other " + std::to_string(n), {}});
        const auto logged = casework::log_case(r, catalog(), c, stamp(c.received));
        refs.push_back(logged.ref);

        Date last = c.received;
        for (int attempt = 0; attempt < 50; ++attempt) {
            const auto before = r.case_or_throw(logged.ref);
            const auto events_before = r.events_of(logged.ref);
            const auto journal_before = r.info().journal_events;
            states_seen.insert(before.state);
            {
                INFO(p.id << ": a " << before.kind << " in " << before.state);
                CHECK((p.state(before.state)->final || has_way_out(p, before.state, before.kind)));
            }

            // Mostly a step allowed now (one that does not close the case,
            // so that walks go deep), sometimes any step, or none at all.
            const auto allowed = casework::next_steps(p, before);
            std::vector<const procedure::EventDef*> staying;
            for (const auto* e : allowed)
                if (e->to.empty() || !p.state(e->to)->final) staying.push_back(e);
            std::string event;
            if (!staying.empty() && rng.chance(70)) event = rng.pick(staying)->id;
            else if (!allowed.empty() && rng.chance(60)) event = rng.pick(allowed)->id;
            else if (rng.chance(95)) event = rng.pick(p.events).id;
            else event = "no-such-step";
            Date on = last + rng.between(0, 6);
            if (rng.chance(5)) on = last - rng.between(1, 5); // out of order
            Date today = on + rng.between(0, 2);
            if (rng.chance(5)) today = on - 1; // in the future
            procedure::StepRequest request{event, on, {}};
            if (const auto* def = p.event(event)) request.fields = random_fields(rng, *def, on);

            try {
                const auto e = casework::record_step(r, definitions, cal(), logged.ref, request, stamp(today));
                ++accepted;
                const bool in_order = on >= last;
                last = std::max(last, on);
                CHECK(e.type == event);
                CHECK(e.effective_date == on);
                CHECK(r.events_of(logged.ref).size() == events_before.size() + 1);
                CHECK(r.info().journal_events == journal_before + 1);
                const auto after = r.case_or_throw(logged.ref);
                // A step recorded late records the state it led to then;
                // the case is its history replayed in date order.
                if (in_order) CHECK(after.state == e.details["state"].get<std::string>());
                CHECK(after.state == reg::project(r.events_of(logged.ref)).state);
                CHECK(after.last_seq == e.seq);
            } catch (const Error& e) {
                ++refused;
                INFO(event << " refused: " << e.what());
                CHECK((e.code() == ExitCode::refused || e.code() == ExitCode::usage));
                CHECK(r.case_or_throw(logged.ref) == before);
                CHECK(r.events_of(logged.ref).size() == events_before.size());
                CHECK(r.info().journal_events == journal_before);
            }
        }
    }
    // The walk did something of both.
    INFO(accepted << " accepted, " << refused << " refused, " << states_seen.size() << " states seen");
    CHECK(accepted > 100);
    CHECK(refused > 100);
    CHECK(states_seen.size() * 4 >= p.states.size() * 3);

    // Rebuilding the projection from the journal changes nothing.
    const Date today = d("2024-09-30");
    std::map<std::string, reg::CaseRecord> cases;
    std::map<std::string, std::vector<std::string>> clocks;
    for (const auto& ref : refs) {
        cases[ref] = r.case_or_throw(ref);
        clocks[ref] = clock_texts(p, r.events_of(ref), today);
    }
    const auto report = r.rebuild();
    CHECK(report.changed == 0);
    CHECK(report.cases == static_cast<std::int64_t>(refs.size()));
    CHECK(r.verify().ok());
    auto reopened = store::Register::open(dir / "register.db", store::Access::read_only);
    casework::Definitions stored(reopened, catalog());
    for (const auto& ref : refs) {
        INFO(ref);
        const auto record = reopened.case_or_throw(ref);
        CHECK(record == cases[ref]);
        // The definition stored with the case is the one it was logged under.
        CHECK(stored.of(record).hash == p.hash);
        CHECK(clock_texts(stored.of(record), reopened.events_of(ref), today) == clocks[ref]);
    }
}
