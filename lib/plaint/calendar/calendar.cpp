#include "plaint/calendar/calendar.hpp"

#include "plaint/core/error.hpp"
#include "plaint/core/sha256.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace plaint::calendar {
namespace {

constexpr std::uint16_t working = 0, saturday = 1, sunday = 2, first_day_off = 3;

std::string range_hint() {
    return fmt::format("plaint's calendar covers {}-01-01 to {}-12-31", first_supported_year,
                       last_supported_year);
}

} // namespace

std::string_view receipt_id(Receipt receipt) {
    return receipt == Receipt::day_zero ? "day-zero" : "next-working-day";
}

Receipt receipt_or_throw(std::string_view id) {
    if (id == "day-zero") return Receipt::day_zero;
    if (id == "next-working-day") return Receipt::next_working_day;
    throw UsageError(fmt::format("unknown receipt convention '{}'", id),
                     "use day-zero or next-working-day");
}

Calendar Calendar::build(const CalendarSpec& spec) {
    Calendar cal;
    cal.division_ = spec.division;
    cal.first_ = Date::from_ymd(first_supported_year, 1, 1);
    const Date last = Date::from_ymd(last_supported_year, 12, 31);
    const int size = last - cal.first_ + 1;

    for (int year = first_supported_year; year <= last_supported_year; ++year)
        for (auto& h : statutory_holidays(spec.division, year))
            if (std::find(spec.cancelled.begin(), spec.cancelled.end(), h.date) == spec.cancelled.end())
                cal.days_off_.push_back(std::move(h));
    for (const auto& h : spec.added) cal.days_off_.push_back(h);
    for (const auto& h : spec.closures) cal.days_off_.push_back(h);
    // Stable: a rule's name wins over an imported copy of the same day. The
    // rules give each year's days in order, so without additions there is
    // nothing to sort.
    const auto by_date = [](const Holiday& a, const Holiday& b) { return a.date < b.date; };
    if (!std::is_sorted(cal.days_off_.begin(), cal.days_off_.end(), by_date))
        std::stable_sort(cal.days_off_.begin(), cal.days_off_.end(), by_date);

    cal.reason_.assign(size, working);
    // The weekday steps along with the day (Date::weekday() per day was a
    // fifth of the build, and the build is a fifth of a `plaint show`).
    int weekday = static_cast<int>(cal.first_.weekday());
    for (int i = 0; i < size; ++i) {
        if (weekday == static_cast<int>(Weekday::saturday)) cal.reason_[i] = saturday;
        if (weekday == static_cast<int>(Weekday::sunday)) cal.reason_[i] = sunday;
        weekday = weekday == 6 ? 0 : weekday + 1;
    }
    for (std::size_t k = 0; k < cal.days_off_.size(); ++k) {
        const int i = cal.days_off_[k].date - cal.first_;
        if (i < 0 || i >= size) continue;
        if (cal.reason_[i] == working) cal.reason_[i] = static_cast<std::uint16_t>(first_day_off + k);
    }

    std::string days;
    days.reserve(cal.days_off_.size() * 6 + 24);
    days += division_id(spec.division);
    for (const auto& h : cal.days_off_) {
        char number[16] = {' '};
        days.append(number, std::to_chars(number + 1, number + sizeof number, h.date.days()).ptr);
    }
    cal.fingerprint_ = sha256_hex(days);

    cal.cumulative_.resize(size);
    cal.working_.reserve(size * 5 / 7 + 1);
    std::int32_t count = 0;
    for (int i = 0; i < size; ++i) {
        if (cal.reason_[i] == working) {
            cal.working_.push_back(i);
            ++count;
        }
        cal.cumulative_[i] = count;
    }
    return cal;
}

std::int32_t Calendar::offset(Date date) const {
    const int i = date - first_;
    if (i < 0 || i >= static_cast<int>(cumulative_.size()))
        throw RangeError(fmt::format("{} is outside the calendar", date.iso()), range_hint());
    return i;
}

bool Calendar::is_working_day(Date date) const { return reason_[offset(date)] == working; }

std::optional<std::string> Calendar::day_off_reason(Date date) const {
    const auto code = reason_[offset(date)];
    if (code == working) return std::nullopt;
    if (code == saturday) return std::string("Saturday");
    if (code == sunday) return std::string("Sunday");
    const Holiday& h = days_off_[code - first_day_off];
    return h.kind == DayOffKind::closure ? "closure: " + h.label() : h.label();
}

Date Calendar::working_day_at(std::int64_t index, Date start, int n) const {
    if (index < 0 || index >= static_cast<std::int64_t>(working_.size()))
        throw RangeError(fmt::format("{} {:+} working day{} is outside the calendar", start.iso(), n,
                                     n == 1 || n == -1 ? "" : "s"),
                         range_hint());
    return first_ + working_[index];
}

Date Calendar::add_working_days(Date start, int n, Receipt receipt) const {
    if (receipt == Receipt::next_working_day) start = roll_forward(start);
    const std::int32_t i = offset(start);
    if (n == 0) return start;
    const std::int64_t before = cumulative_[i] - (reason_[i] == working ? 1 : 0);
    // Working days strictly before start are indices [0, before); after it,
    // indices from cumulative_[i] onwards.
    if (n > 0) return working_day_at(static_cast<std::int64_t>(cumulative_[i]) + n - 1, start, n);
    return working_day_at(before + n, start, n);
}

int Calendar::count_working_days(Date from, Date to) const {
    return cumulative_[offset(to)] - cumulative_[offset(from)];
}

Date Calendar::next_working_day(Date date) const { return add_working_days(date, 1); }
Date Calendar::previous_working_day(Date date) const { return add_working_days(date, -1); }
Date Calendar::roll_forward(Date date) const {
    return is_working_day(date) ? date : next_working_day(date);
}

std::vector<Holiday> Calendar::days_off(int year) const {
    if (year < first_supported_year || year > last_supported_year)
        throw RangeError(fmt::format("no calendar for {}", year), range_hint());
    std::vector<Holiday> result;
    for (const auto& h : days_off_)
        if (h.date.year() == year) result.push_back(h);
    return result;
}

std::vector<WalkStep> Calendar::explain_add(Date start, int n, Receipt receipt) const {
    std::vector<WalkStep> steps;
    if (receipt == Receipt::next_working_day && !is_working_day(start)) {
        steps.push_back({start, std::nullopt, *day_off_reason(start) + "; received on a non-working day"});
        const Date received = roll_forward(start);
        for (Date d = start + 1; d < received; d = d + 1) steps.push_back({d, std::nullopt, *day_off_reason(d)});
        start = received;
        steps.push_back({start, 0, "treated as the day of receipt"});
    } else {
        const auto why = day_off_reason(start);
        steps.push_back({start, 0, why ? *why + "; still day 0" : std::string()});
    }
    const Date target = add_working_days(start, n);
    const int step = n >= 0 ? 1 : -1;
    int counted = 0;
    for (Date d = start; d != target;) {
        d = d + step;
        if (auto why = day_off_reason(d))
            steps.push_back({d, std::nullopt, *why});
        else
            steps.push_back({d, ++counted * step, {}});
    }
    return steps;
}

std::vector<WalkStep> Calendar::explain_count(Date from, Date to) const {
    auto day = [&](Date d, int& counted, int step) -> WalkStep {
        if (auto why = day_off_reason(d)) return {d, std::nullopt, *why};
        counted += step;
        return {d, counted, {}};
    };
    std::vector<WalkStep> steps;
    int counted = 0;
    if (to >= from) {
        steps.push_back({from, 0, day_off_reason(from).value_or("")});
        for (Date d = from + 1; d <= to; d = d + 1) steps.push_back(day(d, counted, 1));
        return steps;
    }
    // Backwards, (to, from] counts negatively: from itself is in the interval.
    for (Date d = from; d > to; d = d - 1) steps.push_back(day(d, counted, -1));
    steps.push_back({to, 0, day_off_reason(to).value_or("")});
    return steps;
}

} // namespace plaint::calendar
