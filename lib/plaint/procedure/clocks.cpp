#include "plaint/procedure/clocks.hpp"

#include "plaint/calendar/periods.hpp"
#include "plaint/procedure/parse.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace plaint::procedure {
namespace {

using calendar::Calendar;

bool contains(const std::vector<std::string>& list, const std::string& item) {
    return std::find(list.begin(), list.end(), item) != list.end();
}

std::string date_text(Date d) { return fmt::format("{} {}", weekday_short(d.weekday()), d.iso()); }

// A stretch during which the clock stood still: (paused, resumed].
struct Pause {
    Date paused;
    std::optional<Date> resumed;
};

// Where the clock stands while walking the journal.
struct Trace {
    const Clock& clock;
    std::optional<Date> start_event;   // the start event's date
    std::string start_label;
    std::optional<std::size_t> start_index;
    std::vector<Pause> pauses;
    std::optional<Date> stopped_on;
    std::string stop_label;
    std::optional<Date> extended_to;
    std::string extension_label;
    std::optional<Date> agreed_due;    // due_from
};

// The step that moved the case into a final state (machine.cpp records it).
bool closes_case(const reg::Event& e) {
    const auto it = e.details.find("closed");
    return it != e.details.end() && it->is_boolean() && it->get<bool>();
}

Trace trace_events(const Procedure& p, const Clock& c, const std::vector<reg::Event>& events) {
    Trace t{c, {}, {}, {}, {}, {}, {}, {}, {}, {}};
    std::string kind;
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto& e = events[i];
        if (e.type == logged_event) kind = e.details.value("kind", std::string());
        if (const EventDef* def = p.event(e.type); def && !def->set_kind.empty()) kind = def->set_kind;
        const bool counts = c.kinds.empty() || contains(c.kinds, kind);
        if (!t.start_event) {
            if (contains(c.start_on, e.type) && counts) {
                t.start_event = e.effective_date;
                t.start_label = e.type;
                t.start_index = i;
            }
            continue;
        }
        if (t.stopped_on) continue;
        if (contains(c.pause, e.type) && (t.pauses.empty() || t.pauses.back().resumed))
            t.pauses.push_back({e.effective_date, std::nullopt});
        else if (contains(c.resume, e.type) && !t.pauses.empty() && !t.pauses.back().resumed)
            t.pauses.back().resumed = std::max(e.effective_date, t.pauses.back().paused);
        if (c.extension && e.type == c.extension->event && e.details.contains("until"))
            if (auto until = parse_iso_date(e.details["until"].get<std::string>())) {
                t.extended_to = *until;
                t.extension_label = fmt::format("{} recorded on {}", e.type, e.effective_date.iso());
            }
        if (!c.due_from.empty()) {
            const auto dot = c.due_from.find('.');
            const std::string field = c.due_from.substr(dot + 1);
            if (e.type == c.due_from.substr(0, dot) && e.details.contains(field))
                t.agreed_due = parse_iso_date(e.details[field].get<std::string>());
        }
        if (contains(c.stop, e.type)) {
            t.stopped_on = e.effective_date;
            t.stop_label = e.type;
        } else if (closes_case(e)) {
            // Nothing is due on a closed case: its clocks stop with it.
            t.stopped_on = e.effective_date;
            t.stop_label = e.type + ", which closed the case";
        }
        // Stopped while paused: the pause ends there, so the days it held
        // back still stand and the stop is not late because of it.
        if (t.stopped_on && !t.pauses.empty() && !t.pauses.back().resumed) t.pauses.back().resumed = t.stopped_on;
    }
    // The start event itself may carry the agreed due date (a timetable).
    if (t.start_index && !c.due_from.empty() && !t.agreed_due) {
        const auto& e = events[*t.start_index];
        const auto dot = c.due_from.find('.');
        if (e.type == c.due_from.substr(0, dot) && e.details.contains(c.due_from.substr(dot + 1)))
            t.agreed_due = parse_iso_date(e.details[c.due_from.substr(dot + 1)].get<std::string>());
    }
    return t;
}

// Working-day due date with paused stretches not counting: each resumption
// is a fresh day 0 for the working days still to run.
Date working_due(const Calendar& cal, Date base, int amount, const std::vector<Pause>& pauses,
                 std::vector<std::string>* why, int& left_when_paused, bool& paused_now) {
    int remaining = amount;
    Date from = base;
    for (const auto& pause : pauses) {
        if (pause.resumed && *pause.resumed <= from) continue; // before the clock started
        const int run = std::max(0, cal.count_working_days(from, pause.paused));
        if (run >= remaining) return cal.add_working_days(from, remaining);
        remaining -= run;
        if (!pause.resumed) {
            paused_now = true;
            left_when_paused = remaining;
            if (why) why->push_back(fmt::format("paused on {} with {} working days to run", date_text(pause.paused), remaining));
            return pause.paused;
        }
        if (why)
            why->push_back(fmt::format("paused on {}, resumed on {}: {} working days did not count", date_text(pause.paused),
                                       date_text(*pause.resumed), cal.count_working_days(pause.paused, *pause.resumed)));
        from = std::max(from, *pause.resumed);
    }
    return cal.add_working_days(from, remaining);
}

int paused_calendar_days(const std::vector<Pause>& pauses, Date today, bool& paused_now) {
    int days = 0;
    for (const auto& p : pauses) {
        if (!p.resumed) paused_now = true;
        days += (p.resumed ? *p.resumed : today) - p.paused;
    }
    return days;
}

std::string skipped_days(const Calendar& cal, Date from, Date to) {
    std::vector<std::string> named;
    int weekend = 0;
    for (Date d = from + 1; d <= to; d = d + 1) {
        const auto why = cal.day_off_reason(d);
        if (!why) continue;
        if (*why == "Saturday" || *why == "Sunday") ++weekend;
        else named.push_back(fmt::format("{} {}", d.iso(), *why));
    }
    std::string text = fmt::format("{} weekend day{}", weekend, weekend == 1 ? "" : "s");
    if (!named.empty()) text += fmt::format("; {}", fmt::join(named, "; "));
    return text;
}

std::optional<Date> start_date(const Procedure& p, const Clock& c, const Trace& t, const std::vector<reg::Event>& events,
                               ClockStatus& status, bool explain) {
    Date start = *t.start_event;
    if (explain) status.explanation.push_back(fmt::format("starts on {} ({})", date_text(start), t.start_label));
    const reg::Event& logged = events.front();
    for (const auto& gate_id : c.gates) {
        const Gate& g = *p.gate(gate_id);
        if (!gate_required(g, logged)) continue;
        auto cleared = std::find_if(events.begin(), events.end(), [&](const reg::Event& e) { return e.type == g.cleared_by; });
        if (cleared == events.end()) {
            status.waiting_for.push_back(g.id);
            if (explain)
                status.explanation.push_back(fmt::format("waiting for {} (recorded by {})", g.title.empty() ? g.id : g.title,
                                                     g.cleared_by));
            continue;
        }
        if (cleared->effective_date > start) {
            start = cleared->effective_date;
            if (explain)
                status.explanation.push_back(fmt::format("held back to {} until {} ({})", date_text(start),
                                                     g.title.empty() ? g.id : g.title, g.cleared_by));
        }
    }
    if (!status.waiting_for.empty()) return std::nullopt;
    return start;
}

Date target_due(const Calendar& cal, const Clock& c, Date base, const Trace& t, Date today, ClockStatus& s,
                bool& paused_now, int& left_when_paused, bool explain) {
    if (!c.target) {
        if (explain)
            s.explanation.push_back(fmt::format("due on the agreed date {}", t.agreed_due ? date_text(*t.agreed_due) : "-"));
        return t.agreed_due.value_or(base);
    }
    const Duration& d = *c.target;
    if (d.unit == Duration::Unit::working_days) {
        const std::size_t before = s.explanation.size();
        const Date due =
            working_due(cal, base, d.amount, t.pauses, explain ? &s.explanation : nullptr, left_when_paused, paused_now);
        if (explain && !paused_now)
            s.explanation.push_back(fmt::format("{} after day 0{} is {} (skipping {})", d.describe(),
                                                s.explanation.size() > before ? ", not counting the days paused," : "",
                                                date_text(due), skipped_days(cal, base, due)));
        return due;
    }
    const int paused = paused_calendar_days(t.pauses, today, paused_now);
    Date due = d.unit == Duration::Unit::calendar_days ? base + d.amount
               : d.beginning_on                       ? calendar::period_end_beginning_on(base, d.amount)
                                                      : calendar::months_after(base, d.amount);
    if (explain)
        s.explanation.push_back(d.unit == Duration::Unit::months && d.beginning_on
                                ? fmt::format("{} months beginning on {} end on {}", d.amount, base.iso(), date_text(due))
                                : fmt::format("{} from {} is {}", d.describe(), base.iso(), date_text(due)));
    if (paused > 0) {
        due = due + paused;
        if (explain) s.explanation.push_back(fmt::format("plus {} calendar days paused: {}", paused, date_text(due)));
    }
    return due;
}

Date back_from(const Calendar& cal, Date due, const Duration& d) {
    if (d.unit == Duration::Unit::working_days) return cal.add_working_days(due, -d.amount);
    if (d.unit == Duration::Unit::calendar_days) return due - d.amount;
    return add_months_clamped(due, -d.amount);
}

Date forward_from(const Calendar& cal, Date base, const Duration& d) {
    if (d.unit == Duration::Unit::working_days) return cal.add_working_days(base, d.amount);
    if (d.unit == Duration::Unit::calendar_days) return base + d.amount;
    return add_months_clamped(base, d.amount);
}

void settle(const Calendar& cal, const Clock& c, const Trace& t, Date today, ClockStatus& s, bool explain) {
    const Date due = *s.due;
    if (c.warn) s.warning = back_from(cal, due, *c.warn);
    if (t.stopped_on) {
        s.stopped_on = t.stopped_on;
        const bool late = *t.stopped_on > due;
        s.state = late ? ClockState::breached : ClockState::met;
        s.working_days_late = late ? cal.count_working_days(due, *t.stopped_on) : 0;
        s.early = s.window_opens && *t.stopped_on < *s.window_opens;
        if (explain)
            s.explanation.push_back(fmt::format("stopped on {} ({}): {}", date_text(*t.stopped_on), t.stop_label,
                                            late ? fmt::format("late by {} working days", s.working_days_late)
                                                 : s.early ? "met, but before the window opened" : "met"));
        return;
    }
    if (today > due) {
        s.state = ClockState::breached;
        s.working_days_late = cal.count_working_days(due, today);
        s.working_days_left = -s.working_days_late;
        if (explain && !c.on_breach.empty()) s.explanation.push_back("breached: " + c.on_breach);
        return;
    }
    s.state = ClockState::running;
    s.working_days_left = cal.count_working_days(today, due);
    s.at_risk = s.warning && today >= *s.warning;
}

ClockStatus evaluate_clock(const Procedure& p, const Calendar& cal, const Clock& c,
                           const std::vector<reg::Event>& events, Date today, bool explain) {
    ClockStatus s;
    s.clock = &c;
    const Trace t = trace_events(p, c, events);
    if (!t.start_event) return s;
    const auto start = start_date(p, c, t, events, s, explain);
    if (t.stopped_on && (!start || *start > *t.stopped_on)) {
        // Stopped (withdrawn, declined, closed) while still waiting: it never ran.
        s.waiting_for.clear();
        s.stopped_on = t.stopped_on;
        if (explain)
            s.explanation.push_back(fmt::format("stopped on {} ({}) before it could start", date_text(*t.stopped_on),
                                            t.stop_label));
        return s;
    }
    if (!start) {
        s.state = ClockState::waiting;
        return s;
    }
    Date base = *start;
    if (c.receipt == calendar::Receipt::next_working_day && !cal.is_working_day(base)) {
        base = cal.roll_forward(base);
        if (explain)
            s.explanation.push_back(fmt::format("not a working day: day 0 is {} (next-working-day rule)", date_text(base)));
    }
    s.start = base;
    if (c.not_before) s.window_opens = forward_from(cal, base, *c.not_before);
    bool paused_now = false;
    int left_when_paused = 0;
    const Date due = target_due(cal, c, base, t, today, s, paused_now, left_when_paused, explain);
    if (paused_now && !t.stopped_on) {
        // No due date while paused: it depends on when the clock resumes.
        s.state = ClockState::paused;
        s.working_days_left = left_when_paused;
        return s;
    }
    s.original_due = due;
    s.due = due;
    if (t.extended_to) {
        s.due = t.extended_to;
        if (explain)
            s.explanation.push_back(fmt::format("extended to {} ({})", date_text(*t.extended_to), t.extension_label));
    }
    settle(cal, c, t, today, s, explain);
    return s;
}

} // namespace

std::string_view clock_state_id(ClockState state) {
    switch (state) {
    case ClockState::not_started: return "not-started";
    case ClockState::waiting: return "waiting";
    case ClockState::running: return "running";
    case ClockState::paused: return "paused";
    case ClockState::met: return "met";
    case ClockState::breached: return "breached";
    }
    return "unknown";
}

namespace {

nlohmann::ordered_json date_or_null(const std::optional<Date>& d) {
    return d ? nlohmann::ordered_json(d->iso()) : nlohmann::ordered_json();
}

} // namespace

nlohmann::ordered_json clock_json(const ClockStatus& s) {
    return {{"clock", s.clock->id},
            {"title", s.clock->title},
            {"status", clock_state_id(s.state)},
            {"start", date_or_null(s.start)},
            {"due", date_or_null(s.due)},
            {"original_due", date_or_null(s.original_due)},
            {"warning", date_or_null(s.warning)},
            {"window_opens", date_or_null(s.window_opens)},
            {"stopped_on", date_or_null(s.stopped_on)},
            {"working_days_left", s.working_days_left},
            {"working_days_late", s.working_days_late},
            {"at_risk", s.at_risk},
            {"waiting_for", s.waiting_for}};
}

nlohmann::ordered_json check_json(const CheckStatus& s) {
    return {{"check", s.check->id}, {"title", s.check->title}, {"applies", s.applies},
            {"limit", date_or_null(s.limit)}, {"decided", s.decided}, {"explanation", s.explanation}};
}

std::string clock_summary(const ClockStatus& s) {
    switch (s.state) {
    case ClockState::not_started: return "not started";
    case ClockState::waiting: return "waiting";
    case ClockState::paused: return fmt::format("paused ({} left)", s.working_days_left);
    case ClockState::met: return s.early ? "met (early)" : "met";
    case ClockState::breached:
        return s.stopped_on ? fmt::format("met {} late", s.working_days_late) : fmt::format("{} late", s.working_days_late);
    case ClockState::running:
        if (s.working_days_left == 0) return "due today";
        return fmt::format("{} left{}", s.working_days_left, s.at_risk ? ", at risk" : "");
    }
    return {};
}

bool gate_required(const Gate& gate, const reg::Event& logged) {
    const Condition& c = gate.required_if;
    const std::string channel = logged.details.value("channel", nlohmann::json()).is_string()
                                    ? logged.details["channel"].get<std::string>() : std::string();
    if (!c.channels.empty() && !contains(c.channels, channel)) return false;
    if (contains(c.not_channels, channel)) return false;
    if (!c.kinds.empty() && !contains(c.kinds, logged.details.value("kind", std::string()))) return false;
    if (!c.has_party.empty()) {
        const auto& parties = logged.details.value("parties", nlohmann::json::array());
        if (std::none_of(parties.begin(), parties.end(),
                         [&](const nlohmann::json& party) { return party.value("role", "") == c.has_party; }))
            return false;
    }
    return true;
}

std::vector<ClockStatus> evaluate_clocks(const Procedure& p, const Calendar& cal,
                                         const std::vector<reg::Event>& events, Date today, Explain explain) {
    std::vector<ClockStatus> result;
    if (events.empty()) return result;
    for (const auto& c : p.clocks)
        result.push_back(evaluate_clock(p, cal, c, events, today, explain == Explain::yes));
    return result;
}

std::vector<CheckStatus> evaluate_checks(const Procedure& p, const std::vector<reg::Event>& events) {
    std::vector<CheckStatus> result;
    if (events.empty()) return result;
    const reg::Event& logged = events.front();
    for (const auto& k : p.checks) {
        CheckStatus s{&k, false, std::nullopt, false, {}};
        std::optional<Date> from;
        for (const char* key : {"incident_date", "learned_date"})
            if (logged.details.contains(key) && logged.details[key].is_string())
                if (auto d = parse_iso_date(logged.details[key].get<std::string>())) from = from ? std::max(*from, *d) : *d;
        if (from) {
            s.limit = calendar::months_after(*from, k.months);
            s.applies = logged.effective_date > *s.limit;
            s.decided = std::any_of(events.begin(), events.end(), [&](const reg::Event& e) { return e.type == k.decided_by; });
            s.explanation = fmt::format("{} months after {} is {}; received {}: {}", k.months, from->iso(), s.limit->iso(),
                                        logged.effective_date.iso(),
                                        !s.applies ? "in time" : s.decided ? "late, decision recorded" : "late, needs a decision (" + k.decided_by + ")");
        }
        result.push_back(std::move(s));
    }
    return result;
}

} // namespace plaint::procedure
