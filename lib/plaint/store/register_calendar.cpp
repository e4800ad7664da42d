// The register's own calendar: its division and the days it adds to the
// rules (table calendar_days, schemas/008), each change one register-level
// journal event (case_ref ""); and the replay of those events for verify
// and rebuild.

#include "plaint/core/error.hpp"
#include "plaint/store/register_impl.hpp"

#include <SQLiteCpp/Transaction.h>
#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace plaint::store {

std::string_view day_kind_id(DayKind kind) {
    switch (kind) {
    case DayKind::closure: return "closure";
    case DayKind::holiday: return "holiday";
    case DayKind::cancelled: return "cancelled";
    }
    return "closure";
}

namespace detail {
namespace {

using DayKey = std::pair<std::string, std::string>;

DayKey key_of(const CalendarDay& day) { return {day.date.iso(), std::string(day_kind_id(day.kind))}; }

std::optional<DayKind> parse_day_kind(std::string_view id) {
    for (auto kind : {DayKind::closure, DayKind::holiday, DayKind::cancelled})
        if (day_kind_id(kind) == id) return kind;
    return std::nullopt;
}

// A day as an event's details carry it. Throws DataError when it is not one.
CalendarDay day_from_json(const nlohmann::json& j) {
    const auto date = parse_iso_date(j.at("date").get<std::string>());
    const auto kind = parse_day_kind(j.at("kind").get<std::string>());
    if (!date || !kind) throw DataError(fmt::format("not a calendar day: {}", j.dump()));
    return {*date, *kind, j.at("name").get<std::string>(), j.at("substitute").get<bool>(),
            j.at("source").get<std::string>()};
}

std::string describe(const std::string& date, const std::string& kind) {
    return fmt::format("calendar day {} ({})", date, kind);
}

reg::Event register_event(const std::string& type, const Stamp& stamp, nlohmann::json details) {
    return reg::Event{0, "", type, stamp.today, stamp.now, stamp.actor, std::move(details), {}, {}, {}};
}

std::optional<CalendarDay> stored_day(SQLite::Database& db, Date date, DayKind kind) {
    SQLite::Statement q(db, "SELECT name, substitute, source FROM calendar_days WHERE date = ? AND kind = ?");
    q.bind(1, date.iso());
    q.bind(2, std::string(day_kind_id(kind)));
    if (!q.executeStep()) return std::nullopt;
    return CalendarDay{date, kind, q.getColumn(0).getString(), q.getColumn(1).getInt() != 0, q.getColumn(2).getString()};
}

void delete_day(SQLite::Database& db, const CalendarDay& day) {
    SQLite::Statement s(db, "DELETE FROM calendar_days WHERE date = ? AND kind = ?");
    s.bind(1, day.date.iso());
    s.bind(2, std::string(day_kind_id(day.kind)));
    s.exec();
}

// A day of another kind that may not share the date: an added holiday and a
// cancellation of the rules' holiday contradict each other.
std::optional<DayKind> rival_kind(DayKind kind) {
    if (kind == DayKind::holiday) return DayKind::cancelled;
    if (kind == DayKind::cancelled) return DayKind::holiday;
    return std::nullopt;
}

// The day already in the way of `day`, if any.
std::optional<CalendarDay> blocking_day(SQLite::Database& db, const CalendarDay& day) {
    if (auto same = stored_day(db, day.date, day.kind)) return same;
    if (auto rival = rival_kind(day.kind)) return stored_day(db, day.date, *rival);
    return std::nullopt;
}

// How messages name a kind of day.
std::string_view day_noun(DayKind kind) {
    switch (kind) {
    case DayKind::closure: return "closure";
    case DayKind::holiday: return "added bank holiday";
    case DayKind::cancelled: return "cancelled bank holiday";
    }
    return "closure";
}

std::string remove_command(DayKind kind) { return kind == DayKind::closure ? "closure remove" : "holiday remove"; }

void check_can_add(SQLite::Database& db, const CalendarDay& day) {
    const auto existing = blocking_day(db, day);
    if (!existing) return;
    throw UsageError(fmt::format("the register already has a {} on {}{}", day_noun(existing->kind), day.date.iso(),
                                 existing->name.empty() ? "" : fmt::format(" ({})", existing->name)),
                     fmt::format("'plaint calendar {} {}' removes it first", remove_command(existing->kind),
                                 day.date.iso()));
}

std::string kinds_text(const std::vector<DayKind>& kinds) {
    std::vector<std::string_view> names;
    for (auto k : kinds) names.push_back(day_noun(k));
    return fmt::format("{}", fmt::join(names, " or "));
}

} // namespace

nlohmann::json calendar_day_json(const CalendarDay& day) {
    return {{"date", day.date.iso()}, {"kind", day_kind_id(day.kind)}, {"name", day.name},
            {"substitute", day.substitute}, {"source", day.source}};
}

void insert_calendar_day(SQLite::Database& db, const CalendarDay& day) {
    SQLite::Statement s(db, "INSERT INTO calendar_days (date, kind, name, substitute, source) VALUES (?, ?, ?, ?, ?)");
    s.bind(1, day.date.iso());
    s.bind(2, std::string(day_kind_id(day.kind)));
    s.bind(3, day.name);
    s.bind(4, day.substitute ? 1 : 0);
    s.bind(5, day.source);
    s.exec();
}

std::vector<CalendarDay> record_calendar_days(SQLite::Database& db, const std::vector<CalendarDay>& days,
                                              const std::string& from, const Stamp& stamp) {
    std::vector<CalendarDay> added;
    nlohmann::json entries = nlohmann::json::array();
    for (const auto& day : days) {
        if (blocking_day(db, day)) continue;
        insert_calendar_day(db, day);
        entries.push_back(calendar_day_json(day));
        added.push_back(day);
    }
    if (added.empty()) return added;
    auto event = register_event("calendar-imported", stamp, {{"from", from}, {"days", entries}});
    append_event(db, event);
    return added;
}

void replay_calendar_event(const reg::Event& e, CalendarReplay& replay) {
    try {
        if (e.type == "calendar-day-added") {
            const auto day = day_from_json(e.details.at("day"));
            replay.days[key_of(day)] = day;
        } else if (e.type == "calendar-day-removed") {
            replay.days.erase(key_of(day_from_json(e.details.at("day"))));
        } else if (e.type == "calendar-imported") {
            for (const auto& item : e.details.at("days")) {
                const auto day = day_from_json(item);
                replay.days[key_of(day)] = day;
            }
        } else if (e.type == "division-set") {
            replay.division = e.details.at("division").get<std::string>();
        } else {
            replay.problems.push_back({e.seq, fmt::format("event {} is a register-level event of unknown type '{}'",
                                                          e.seq, e.type)});
        }
    } catch (const nlohmann::json::exception& bad) {
        replay.problems.push_back({e.seq, fmt::format("event {} ({}) cannot be replayed: {}", e.seq, e.type, bad.what())});
    } catch (const DataError& bad) {
        replay.problems.push_back({e.seq, fmt::format("event {} ({}) cannot be replayed: {}", e.seq, e.type, bad.what())});
    }
}

namespace {

std::vector<std::string> day_differences(SQLite::Database& db, const CalendarReplay& replay) {
    std::vector<std::string> found;
    std::set<DayKey> seen;
    SQLite::Statement q(db, "SELECT date, kind, name, substitute, source FROM calendar_days ORDER BY date, kind");
    while (q.executeStep()) {
        const DayKey key{q.getColumn(0).getString(), q.getColumn(1).getString()};
        const auto it = replay.days.find(key);
        if (it == replay.days.end()) {
            found.push_back(describe(key.first, key.second) + " was added outside plaint");
            continue;
        }
        seen.insert(key);
        const auto& day = it->second;
        if (q.getColumn(2).getString() != day.name || (q.getColumn(3).getInt() != 0) != day.substitute ||
            q.getColumn(4).getString() != day.source)
            found.push_back(describe(key.first, key.second) + " was changed outside plaint");
    }
    for (const auto& [key, day] : replay.days)
        if (!seen.count(key)) found.push_back(describe(key.first, key.second) + " was deleted outside plaint");
    return found;
}

} // namespace

std::vector<std::string> calendar_differences(SQLite::Database& db, const CalendarReplay& replay) {
    auto found = day_differences(db, replay);
    const std::string division = db.execAndGet("SELECT calendar FROM register WHERE id = 1").getString();
    if (replay.division && division != *replay.division)
        found.push_back(fmt::format("the register's calendar is {} but its journal set it to {}: it was changed "
                                    "outside plaint", division, *replay.division));
    return found;
}

void check_calendar(SQLite::Database& db, const CalendarReplay& replay, VerifyReport& report) {
    report.problems.insert(report.problems.end(), replay.problems.begin(), replay.problems.end());
    for (auto& message : calendar_differences(db, replay))
        report.problems.push_back({0, message});
}

} // namespace detail

using namespace detail;

RegisterCalendar Register::calendar() const {
    RegisterCalendar own;
    translate_sqlite("reading the register's calendar", [&] {
        own.division = impl_->db.execAndGet("SELECT calendar FROM register WHERE id = 1").getString();
        SQLite::Statement q(impl_->db, "SELECT date, kind, name, substitute, source FROM calendar_days ORDER BY date, kind");
        while (q.executeStep()) {
            const auto date = parse_iso_date(q.getColumn(0).getString());
            const auto kind = parse_day_kind(q.getColumn(1).getString());
            if (!date || !kind)
                throw StoreError(fmt::format("the register holds an invalid calendar day '{}'", q.getColumn(0).getString()),
                                 "run 'plaint verify'");
            own.days.push_back({*date, *kind, q.getColumn(2).getString(), q.getColumn(3).getInt() != 0,
                                q.getColumn(4).getString()});
        }
    });
    return own;
}

void Register::set_calendar_rebuild(CalendarRebuild rebuild) { impl_->calendar_rebuild = std::move(rebuild); }

std::int64_t Register::calendar_changed() {
    if (!impl_->calendar_rebuild) return 0;
    impl_->calendar_fingerprint = impl_->calendar_rebuild(calendar());
    return recompute_open_clocks();
}

CalendarChange Register::add_calendar_day(const CalendarDay& day, const Stamp& stamp) {
    CalendarChange change;
    translate_sqlite(fmt::format("adding the {} on {}", day_kind_id(day.kind), day.date.iso()), [&] {
        SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
        check_can_add(impl_->db, day);
        insert_calendar_day(impl_->db, day);
        auto event = register_event("calendar-day-added", stamp, {{"day", calendar_day_json(day)}});
        append_event(impl_->db, event);
        change.days.push_back(day);
        change.cases_recomputed = calendar_changed();
        tx.commit();
    });
    return change;
}

CalendarChange Register::remove_calendar_day(Date date, const std::vector<DayKind>& kinds, const Stamp& stamp) {
    CalendarChange change;
    translate_sqlite(fmt::format("removing the {} on {}", kinds_text(kinds), date.iso()), [&] {
        SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
        std::optional<CalendarDay> day;
        for (auto kind : kinds)
            if (!day) day = stored_day(impl_->db, date, kind);
        if (!day)
            throw UsageError(fmt::format("the register has no {} on {}", kinds_text(kinds), date.iso()),
                             fmt::format("'plaint calendar holidays {}' lists the register's days", date.year()));
        delete_day(impl_->db, *day);
        auto event = register_event("calendar-day-removed", stamp, {{"day", calendar_day_json(*day)}});
        append_event(impl_->db, event);
        change.days.push_back(*day);
        change.cases_recomputed = calendar_changed();
        tx.commit();
    });
    return change;
}

CalendarChange Register::import_calendar_days(const std::vector<CalendarDay>& days, const std::string& from,
                                              const Stamp& stamp) {
    CalendarChange change;
    translate_sqlite("recording the imported days", [&] {
        SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
        change.days = record_calendar_days(impl_->db, days, from, stamp);
        if (change.days.empty()) return;
        change.cases_recomputed = calendar_changed();
        tx.commit();
    });
    return change;
}

CalendarChange Register::set_division(const std::string& division, bool force, const Stamp& stamp) {
    CalendarChange change;
    translate_sqlite("changing the register's calendar", [&] {
        SQLite::Transaction tx(impl_->db, SQLite::TransactionBehavior::IMMEDIATE);
        const std::string previous = impl_->db.execAndGet("SELECT calendar FROM register WHERE id = 1").getString();
        if (previous == division) throw UsageError(fmt::format("the register's calendar is already {}", division));
        SQLite::Statement counts(impl_->db, "SELECT count(*), coalesce(sum(closed_on IS NULL), 0) FROM cases");
        counts.executeStep();
        const auto cases = counts.getColumn(0).getInt64(), open = counts.getColumn(1).getInt64();
        if (cases > 0 && !force)
            throw RefusedError(fmt::format("the register holds {} case{} ({} open): changing its calendar from {} to {} "
                                           "moves the open cases' due dates and the working days counted for every case",
                                           cases, cases == 1 ? "" : "s", open, previous, division),
                               "add --force to change it all the same; the journal records the change");
        SQLite::Statement set(impl_->db, "UPDATE register SET calendar = ? WHERE id = 1");
        set.bind(1, division);
        set.exec();
        auto event = register_event("division-set", stamp, {{"division", division}, {"previous", previous}});
        append_event(impl_->db, event);
        change.cases_recomputed = calendar_changed();
        tx.commit();
    });
    return change;
}

std::int64_t Register::restore_calendar(const CalendarReplay& replay) {
    const auto differences = static_cast<std::int64_t>(calendar_differences(impl_->db, replay).size());
    if (differences == 0) return 0;
    impl_->db.exec("DELETE FROM calendar_days");
    for (const auto& [key, day] : replay.days) insert_calendar_day(impl_->db, day);
    if (replay.division) {
        SQLite::Statement set(impl_->db, "UPDATE register SET calendar = ? WHERE id = 1");
        set.bind(1, *replay.division);
        set.exec();
    }
    if (impl_->calendar_rebuild) impl_->calendar_fingerprint = impl_->calendar_rebuild(calendar());
    return differences;
}

} // namespace plaint::store
