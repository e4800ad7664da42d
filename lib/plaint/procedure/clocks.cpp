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

// A date agreed or determined for the clock (an extension event).
struct Agreement {
    Date on;
    Date until;
    const Extension* extension;
    std::string label;
};

// Where the clock stands while walking the journal.
struct Trace {
    const Clock& clock;
    std::optional<Date> start_event;   // the start event's date
    std::string start_label;
    std::optional<Date> reset_on;      // reset and not started again
    std::string reset_label;
    std::vector<Pause> pauses;
    std::optional<Date> stopped_on;
    std::string stop_label;
    std::string stop_event;            // the event that stopped it
    std::vector<Agreement> agreements;
    std::optional<Date> agreed_due;    // due_from: the latest recorded
    std::vector<std::pair<Date, std::string>> handlers; // breach handlers recorded
};

// The step that moved the case into a final state (machine.cpp records it).
bool closes_case(const reg::Event& e) {
    const auto it = e.details.find("closed");
    return it != e.details.end() && it->is_boolean() && it->get<bool>();
}

// For a `per` clock followed for one key: whether the event concerns it (it
// names that key, or no key at all: a withdrawal stops every milestone).
bool concerns(const Clock& c, const std::string& key, const reg::Event& e) {
    if (key.empty() || c.per.empty()) return true;
    const auto it = e.details.find(c.per);
    return it == e.details.end() || !it->is_string() || it->get<std::string>() == key;
}

void note_due_from(const Clock& c, const reg::Event& e, Trace& t) {
    for (const auto& ref : c.due_from) {
        const auto dot = ref.find('.');
        if (e.type != ref.substr(0, dot)) continue;
        const auto it = e.details.find(ref.substr(dot + 1));
        if (it != e.details.end() && it->is_string())
            if (auto d = parse_iso_date(it->get<std::string>())) t.agreed_due = *d;
    }
}

// What a clock has counted since it started, forgotten when it starts again
// or is set back.
void forget_progress(Trace& t) {
    t.pauses.clear();
    t.agreements.clear();
    t.handlers.clear();
}

void start_at(Trace& t, const reg::Event& e) {
    t.start_event = e.effective_date;
    t.start_label = e.type;
    t.reset_on.reset();
    t.stopped_on.reset();
    forget_progress(t);
}

void note_stop(Trace& t, const Clock& c, const reg::Event& e) {
    if (std::find(c.stop.begin(), c.stop.end(), e.type) != c.stop.end()) {
        t.stopped_on = e.effective_date;
        t.stop_label = e.type;
        t.stop_event = e.type;
    } else if (closes_case(e)) {
        // Nothing is due on a closed case: its clocks stop with it.
        t.stopped_on = e.effective_date;
        t.stop_label = e.type + ", which closed the case";
        t.stop_event = e.type;
    }
}

// One running clock's response to an event after its start.
void follow_event(Trace& t, const Clock& c, const reg::Event& e) {
    if (contains(c.pause, e.type) && (t.pauses.empty() || t.pauses.back().resumed))
        t.pauses.push_back({e.effective_date, std::nullopt});
    else if (contains(c.resume, e.type) && !t.pauses.empty() && !t.pauses.back().resumed)
        t.pauses.back().resumed = std::max(e.effective_date, t.pauses.back().paused);
    for (const auto& x : c.extensions)
        if (e.type == x.event && e.details.contains("until") && e.details["until"].is_string())
            if (auto until = parse_iso_date(e.details["until"].get<std::string>()))
                t.agreements.push_back({e.effective_date, *until, &x,
                                        fmt::format("{} recorded on {}", e.type, e.effective_date.iso())});
    note_due_from(c, e, t);
    if (contains(c.breach_handled_by, e.type)) t.handlers.emplace_back(e.effective_date, e.type);
    note_stop(t, c, e);
    // Stopped while paused: the pause ends there, so the days it held
    // back still stand and the stop is not late because of it.
    if (t.stopped_on && !t.pauses.empty() && !t.pauses.back().resumed) t.pauses.back().resumed = t.stopped_on;
}

Trace trace_events(const Procedure& p, const Clock& c, const std::vector<reg::Event>& events, const std::string& key) {
    Trace t{c, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}};
    std::string kind;
    for (const auto& e : events) {
        if (e.type == logged_event) kind = e.details.value("kind", std::string());
        if (const EventDef* def = p.event(e.type); def && !def->set_kind.empty()) kind = def->set_kind;
        if (!concerns(c, key, e)) continue;
        const bool counts = c.kinds.empty() || contains(c.kinds, kind);
        const bool restarts = counts && contains(c.restart_on, e.type);
        if ((!t.start_event && !t.stopped_on && counts && contains(c.start_on, e.type)) || restarts) {
            start_at(t, e);
            note_due_from(c, e, t); // the start event may carry the agreed date (a timetable)
            continue;
        }
        if (!t.start_event) {
            // Reset (information insufficient) and not started again: a
            // withdrawal still ends it.
            if (t.reset_on && !t.stopped_on) note_stop(t, c, e);
            continue;
        }
        if (t.stopped_on) continue;
        if (contains(c.reset_on, e.type)) {
            t.start_event.reset();
            t.reset_on = e.effective_date;
            t.reset_label = e.type;
            forget_progress(t);
            t.agreed_due.reset();
            continue;
        }
        follow_event(t, c, e);
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
        const reg::Event* cleared = gate_cleared_by(g, events);
        if (!cleared) {
            status.waiting_for.push_back(g.id);
            if (explain)
                status.explanation.push_back(fmt::format("waiting for {} (recorded by {})", g.title.empty() ? g.id : g.title,
                                                     fmt::join(g.cleared_by, " or ")));
            continue;
        }
        if (cleared->effective_date > start) {
            start = cleared->effective_date;
            if (explain)
                status.explanation.push_back(fmt::format("held back to {} until {} ({})", date_text(start),
                                                     g.title.empty() ? g.id : g.title, cleared->type));
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

// The first breach handler (a delay letter) recorded once the clock was at
// risk or due: it deals with the breach, which stays on record.
void note_handled(const Trace& t, ClockStatus& s, bool explain) {
    const Date from = s.warning ? *s.warning : s.due ? *s.due : *s.start;
    for (const auto& [on, type] : t.handlers)
        if (on >= from) {
            s.breach_handled_on = on;
            s.breach_handled_by = type;
            if (explain) s.explanation.push_back(fmt::format("breach dealt with on {} ({})", date_text(on), type));
            return;
        }
}

void settle(const Calendar& cal, const Clock& c, const Trace& t, Date today, ClockStatus& s, bool explain) {
    const Date due = *s.due;
    if (c.warn) s.warning = back_from(cal, due, *c.warn);
    if (t.stopped_on) {
        s.stopped_on = t.stopped_on;
        s.stopped_by = t.stop_event;
        const bool late = *t.stopped_on > due;
        s.state = late ? ClockState::breached : ClockState::met;
        s.working_days_late = late ? cal.count_working_days(due, *t.stopped_on) : 0;
        s.early = s.window_opens && *t.stopped_on < *s.window_opens;
        if (late) note_handled(t, s, false);
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
        note_handled(t, s, explain);
        return;
    }
    s.state = ClockState::running;
    s.working_days_left = cal.count_working_days(today, due);
    s.at_risk = s.warning && today >= *s.warning;
    // A delay letter sent once at risk deals with the breach to come.
    if (s.at_risk) note_handled(t, s, explain);
}

// Applies the dates agreed or determined for the clock, in the order they
// were recorded; returns the day the governing one was recorded, if any.
std::optional<Date> apply_agreements(const Trace& t, std::optional<Date>& due, ClockStatus& s, bool explain) {
    std::optional<Date> governing;
    for (const auto& a : t.agreements) {
        const Extension& x = *a.extension;
        // Agreed after the period expired: it stays breached. A longer
        // period moves it only when longer; an agreed or determined date
        // replaces it, even when the clock later counts from another day.
        const bool expired = x.before_expiry && due && a.on > *due;
        const bool shorter = x.mode == Extension::Mode::longer && due && a.until <= *due;
        if (expired || shorter) {
            if (explain)
                s.explanation.push_back(fmt::format("{} to {} does not move it: {}", a.label, date_text(a.until),
                                                    expired ? "agreed after it expired" : "not a longer period"));
            continue;
        }
        due = a.until;
        governing = a.on;
        if (explain)
            s.explanation.push_back(fmt::format("{} {} ({})", x.mode == Extension::Mode::set ? "set to" : "extended to",
                                                date_text(a.until), a.label));
    }
    return governing;
}

// After an agreed date, a hold still stops the clock: the agreed date moves
// out by the working days held. Returns true while held.
bool hold_after_agreement(const Calendar& cal, const Trace& t, Date agreed_on, Date& due, int& left, bool explain,
                          ClockStatus& s) {
    for (const auto& pause : t.pauses) {
        if (pause.paused < agreed_on) continue;
        if (!pause.resumed) {
            left = std::max(0, cal.count_working_days(pause.paused, due));
            return true;
        }
        const int held = cal.count_working_days(pause.paused, *pause.resumed);
        if (held <= 0) continue;
        due = cal.add_working_days(due, held);
        if (explain)
            s.explanation.push_back(fmt::format("paused on {}, resumed on {}: {} working days added", date_text(pause.paused),
                                                date_text(*pause.resumed), held));
    }
    return false;
}

ClockStatus stopped_before_start(ClockStatus s, const Trace& t, bool explain) {
    // Stopped (withdrawn, declined, closed) while still waiting: it never ran.
    s.state = ClockState::not_started;
    s.waiting_for.clear();
    s.waiting_since.reset();
    s.stopped_on = t.stopped_on;
    if (explain)
        s.explanation.push_back(fmt::format("stopped on {} ({}) before it could start", date_text(*t.stopped_on),
                                            t.stop_label));
    return s;
}

ClockStatus waiting_after_reset(ClockStatus s, const Clock& c, const Trace& t, bool explain) {
    if (t.stopped_on) return stopped_before_start(std::move(s), t, explain);
    s.state = ClockState::waiting;
    s.waiting_for = c.start_on;
    s.waiting_since = t.reset_on;
    if (explain)
        s.explanation.push_back(fmt::format("set back on {} ({}): starts again on {}", date_text(*t.reset_on), t.reset_label,
                                            fmt::join(c.start_on, " or ")));
    return s;
}

ClockStatus evaluate_clock(const Procedure& p, const Calendar& cal, const Clock& c, const std::vector<reg::Event>& events,
                           Date today, bool explain, const std::string& key) {
    ClockStatus s;
    s.clock = &c;
    s.key = key;
    const Trace t = trace_events(p, c, events, key);
    if (!t.start_event) return t.reset_on ? waiting_after_reset(std::move(s), c, t, explain) : s;
    const auto start = start_date(p, c, t, events, s, explain);
    const bool agreed = std::any_of(t.agreements.begin(), t.agreements.end(),
                                    [](const Agreement& a) { return a.extension->mode != Extension::Mode::longer; });
    if (t.stopped_on && (!start || *start > *t.stopped_on) && !agreed) return stopped_before_start(std::move(s), t, explain);
    if (!start && !agreed) {
        s.state = ClockState::waiting;
        s.waiting_since = t.start_event;
        return s;
    }
    Date base = start.value_or(*t.start_event);
    if (c.receipt == calendar::Receipt::next_working_day && !cal.is_working_day(base)) {
        base = cal.roll_forward(base);
        if (explain)
            s.explanation.push_back(fmt::format("not a working day: day 0 is {} (next-working-day rule)", date_text(base)));
    }
    s.start = base;
    if (c.not_before) s.window_opens = date_after(cal, base, *c.not_before);
    bool paused_now = false;
    int left_when_paused = 0;
    std::optional<Date> due;
    if (start) {
        due = target_due(cal, c, base, t, today, s, paused_now, left_when_paused, explain);
        if (paused_now) due.reset();
        else s.original_due = due;
    } else if (explain) {
        s.explanation.push_back("waiting for its gates, so the agreed date governs");
    }
    if (const auto agreed_on = apply_agreements(t, due, s, explain)) {
        Date moved = *due;
        paused_now = hold_after_agreement(cal, t, *agreed_on, moved, left_when_paused, explain, s);
        due = moved;
    }
    if ((paused_now || !due) && !t.stopped_on) {
        // No due date while paused: it depends on when the clock resumes.
        s.state = ClockState::paused;
        s.working_days_left = left_when_paused;
        s.due.reset();
        return s;
    }
    s.due = due ? due : s.original_due;
    if (!s.due) return s;
    settle(cal, c, t, today, s, explain);
    return s;
}

// The milestones of a `per` clock, in the order they were first set.
std::vector<std::string> clock_keys(const Clock& c, const std::vector<reg::Event>& events) {
    std::vector<std::string> keys;
    for (const auto& e : events) {
        const bool sets_date = std::any_of(c.due_from.begin(), c.due_from.end(),
                                           [&](const std::string& ref) { return e.type == ref.substr(0, ref.find('.')); });
        if (!sets_date) continue;
        const auto it = e.details.find(c.per);
        if (it == e.details.end() || !it->is_string()) continue;
        if (!contains(keys, it->get<std::string>())) keys.push_back(it->get<std::string>());
    }
    return keys;
}

} // namespace

Date date_after(const Calendar& cal, Date base, const Duration& d) {
    if (d.unit == Duration::Unit::working_days) return cal.add_working_days(base, d.amount);
    if (d.unit == Duration::Unit::calendar_days) return base + d.amount;
    return add_months_clamped(base, d.amount);
}

bool ClockStatus::met_by_its_step() const {
    return stopped_on && std::find(clock->next.begin(), clock->next.end(), stopped_by) != clock->next.end();
}

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
    return {{"clock", s.id()},
            {"title", s.title()},
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
            {"waiting_for", s.waiting_for},
            {"kind", s.clock->kind.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(s.clock->kind)},
            {"milestone", s.key.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(s.key)},
            {"early", s.early},
            {"waiting_since", date_or_null(s.waiting_since)},
            {"breach_handled_on", date_or_null(s.breach_handled_on)},
            {"breach_handled_by", s.breach_handled_by.empty() ? nlohmann::ordered_json() : nlohmann::ordered_json(s.breach_handled_by)}};
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
        if (s.stopped_on) return fmt::format("met {} late", s.working_days_late);
        return s.breach_handled_on ? fmt::format("{} late, dealt with {} ({})", s.working_days_late,
                                                 s.breach_handled_on->iso(), s.breach_handled_by)
                                   : fmt::format("{} late", s.working_days_late);
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

const std::vector<reg::Event>& in_date_order(const std::vector<reg::Event>& events, std::vector<reg::Event>& storage) {
    const auto by_date = [](const reg::Event& a, const reg::Event& b) { return a.effective_date < b.effective_date; };
    if (std::is_sorted(events.begin(), events.end(), by_date)) return events;
    storage = events;
    std::stable_sort(storage.begin(), storage.end(), by_date);
    return storage;
}

const reg::Event* gate_cleared_by(const Gate& g, const std::vector<reg::Event>& events) {
    for (const auto& e : events) {
        if (contains(g.cleared_by, e.type)) return &e;
        for (const auto& ref : g.cleared_by_flags) {
            const auto dot = ref.find('.');
            if (e.type != ref.substr(0, dot)) continue;
            const auto it = e.details.find(ref.substr(dot + 1));
            if (it != e.details.end() && it->is_boolean() && it->get<bool>()) return &e;
        }
    }
    return nullptr;
}

std::vector<ClockStatus> evaluate_clocks(const Procedure& p, const Calendar& cal, const std::vector<reg::Event>& journal,
                                         Date today, Explain explain) {
    std::vector<ClockStatus> result;
    if (journal.empty()) return result;
    std::vector<reg::Event> sorted;
    const auto& events = in_date_order(journal, sorted);
    const bool why = explain == Explain::yes;
    for (const auto& c : p.clocks) {
        if (c.per.empty()) {
            result.push_back(evaluate_clock(p, cal, c, events, today, why, {}));
            continue;
        }
        const auto keys = clock_keys(c, events);
        if (keys.empty()) result.push_back(evaluate_clock(p, cal, c, events, today, why, {}));
        for (const auto& key : keys) result.push_back(evaluate_clock(p, cal, c, events, today, why, key));
    }
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
