#pragma once
// What is due: open clocks that are overdue, due today, or due within a
// window of working days, as `plaint due` and `plaint remind` list them.

#include "plaint/calendar/calendar.hpp"
#include "plaint/store/register.hpp"

#include <nlohmann/json.hpp>

#include <functional>
#include <string_view>
#include <vector>

namespace plaint::casework {

enum class DueStatus { overdue, due_today, due_soon, waiting, paused };
// "overdue", "due-today", "due-soon", "waiting", "paused"
std::string_view due_status_id(DueStatus status);

struct DueItem {
    reg::DueRow row;
    DueStatus status = DueStatus::due_soon;
    int working_days_left = 0; // negative: working days late
    bool at_risk = false;      // at or past the clock's warning date
    int waited = 0;            // waiting: working days since it began to wait
    // Overdue and not dealt with: what `due --exit-code` reports (a breach
    // dealt with, the delay letter sent, is listed but not counted).
    bool unhandled_breach() const { return status == DueStatus::overdue && !row.clock.breach_handled_on; }
};

struct DueQuery {
    int within = 5;            // working days after today
    bool overdue_only = false;
    bool at_risk_only = false;
    bool include_paused = false;
    bool include_waiting = true; // clocks waiting for consent, a summary, information: to chase
    store::DueFilter filter;
};

// Sorted by due date, then reference (paused clocks last). The caller
// refreshes stale clocks first (Register::refresh_stale_clocks).
std::vector<DueItem> due_items(const store::Register& reg, const calendar::Calendar& cal, Date today, const DueQuery& query);
// The same items one by one, in the same order, none of them kept: for
// outputs written as they come.
void for_each_due_item(const store::Register& reg, const calendar::Calendar& cal, Date today, const DueQuery& query,
                       const std::function<void(DueItem&&)>& each);

struct DueCounts {
    int overdue = 0, due_today = 0, due_soon = 0, paused = 0;
    int waiting = 0; // waiting for consent, a summary, information
    int handled = 0; // of the overdue: breaches dealt with (a delay letter)
};
DueCounts count(const std::vector<DueItem>& items);
// "3 overdue (1 dealt with), 1 due today, 5 due within 5 working days, 2 waiting"
std::string summary(const DueCounts& counts, int within);

// The stable JSON shape of a due item (schemas/due.schema.json); the
// complainant's name only when `personal`.
nlohmann::ordered_json due_json(const DueItem& item, bool personal);
// The same object written straight into `out` as one line of compact JSON
// (no trailing newline): the fast path for large outputs.
void append_due_json(std::string& out, const DueItem& item, bool personal);

} // namespace plaint::casework
