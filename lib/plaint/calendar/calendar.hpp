#pragma once
// A working-day calendar: Monday to Friday less the bank holidays of one
// division and the organisation's own closure days. Built once (under a
// millisecond for 1990-2100), then every operation is O(1) through a
// precomputed working-day index.

#include "plaint/calendar/holidays.hpp"
#include "plaint/core/date.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace plaint::calendar {

// How a start date that is not a working day is treated.
enum class Receipt {
    day_zero,         // the day itself is day 0, whatever day it is (the default)
    next_working_day, // treated as received on the next working day
};
std::string_view receipt_id(Receipt receipt); // "day-zero", "next-working-day"
Receipt receipt_or_throw(std::string_view id);

// What a calendar is built from, beyond the rules.
struct CalendarSpec {
    Division division = Division::england_and_wales;
    std::vector<Holiday> added;       // one-off bank holidays from config or an import
    std::vector<Date> cancelled;      // rule days that are not holidays after all
    std::vector<Holiday> closures;    // organisation closure days (kind closure)
};

// One day of a walk through the calendar, for explanations.
struct WalkStep {
    Date date;
    // 0 for the start, k for the k-th working day after it (-k before it);
    // empty for a day passed over.
    std::optional<int> working_day;
    std::string reason; // why passed over, or why the start moved
};

class Calendar {
public:
    static Calendar build(const CalendarSpec& spec);

    Division division() const { return division_; }
    Date first_day() const { return first_; }
    Date last_day() const { return first_ + static_cast<int>(cumulative_.size()) - 1; }

    bool is_working_day(Date date) const;
    // Why a date is not a working day ("Saturday", "Christmas Day"), or nullopt.
    std::optional<std::string> day_off_reason(Date date) const;

    // The n-th working day after start (n > 0) or before it (n < 0); start
    // itself for n == 0 (after rolling forward under next_working_day).
    Date add_working_days(Date start, int n, Receipt receipt = Receipt::day_zero) const;
    // Working days in (from, to]; negative when to < from.
    int count_working_days(Date from, Date to) const;
    Date next_working_day(Date date) const;     // strictly after
    Date previous_working_day(Date date) const; // strictly before
    Date roll_forward(Date date) const;         // date itself if working

    // A digest of every day off: two calendars with the same fingerprint give
    // the same answers, so deadlines computed under one hold under the other.
    const std::string& fingerprint() const { return fingerprint_; }

    // The holidays and closures of a year, in date order.
    std::vector<Holiday> days_off(int year) const;

    // The day-by-day walk behind add_working_days (for `calendar explain`):
    // the start, every day passed over with its reason (under
    // next_working_day, those between receipt and the day treated as day 0
    // too), and each working day numbered up to the result.
    std::vector<WalkStep> explain_add(Date start, int n, Receipt receipt = Receipt::day_zero) const;
    // The days in (from, to] with each working day numbered, `from` first as
    // 0. When to < from, the days in (to, from] from `from` down, numbered
    // -1, -2, ... so that the last number is the count, then `to` as 0.
    std::vector<WalkStep> explain_count(Date from, Date to) const;

private:
    std::int32_t offset(Date date) const; // throws RangeError
    Date working_day_at(std::int64_t index, Date start, int n) const;

    Division division_ = Division::england_and_wales;
    Date first_;
    // cumulative_[i]: working days in [first_, first_ + i].
    std::vector<std::int32_t> cumulative_;
    // working_[k]: offset of the k-th working day from first_.
    std::vector<std::int32_t> working_;
    // reason_[i]: 0 working, 1 Saturday, 2 Sunday, 3 + index into days_off_.
    std::vector<std::uint16_t> reason_;
    std::vector<Holiday> days_off_;
    std::string fingerprint_;
};

} // namespace plaint::calendar
