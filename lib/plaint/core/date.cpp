#include "plaint/core/date.hpp"

#include "plaint/core/text.hpp"
#include "plaint/core/error.hpp"

#include <fmt/format.h>

namespace plaint {
namespace {

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar, using
// 400-year eras so that the arithmetic stays in integers without tables.
std::int32_t days_from_civil(int y, int m, int d) {
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int year_of_era = y - era * 400;
    const int day_of_year = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

bool all_digits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return !s.empty();
}

int to_int(std::string_view s) {
    int value = 0;
    for (char c : s) value = value * 10 + (c - '0');
    return value;
}

} // namespace

bool is_leap_year(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
    static constexpr int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2 && is_leap_year(year)) return 29;
    return lengths[month - 1];
}

Date Date::from_ymd(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month))
        throw UsageError(fmt::format("{:04}-{:02}-{:02} is not a day of the calendar", year, month, day));
    return Date(days_from_civil(year, month, day));
}

YearMonthDay Date::ymd() const {
    const int z = days_ + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int day_of_era = z - era * 146097;
    const int year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const int day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const int mp = (5 * day_of_year + 2) / 153;
    const int day = day_of_year - (153 * mp + 2) / 5 + 1;
    const int month = mp < 10 ? mp + 3 : mp - 9;
    const int year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);
    return {year, month, day};
}

Weekday Date::weekday() const {
    // 1970-01-01 was a Thursday (index 3 from Monday).
    const int index = ((days_ % 7) + 7 + 3) % 7;
    return static_cast<Weekday>(index);
}

std::string Date::iso() const {
    const auto [y, m, d] = ymd();
    if (y < 0 || y > 9999) return fmt::format("{:04}-{:02}-{:02}", y, m, d);
    // By hand: dates are written for every event, clock and row of output,
    // and fmt's format-string parsing was most of the cost.
    std::string text(10, '-');
    const auto digit = [](int v) { return static_cast<char>('0' + v); };
    text[0] = digit(y / 1000);
    text[1] = digit(y / 100 % 10);
    text[2] = digit(y / 10 % 10);
    text[3] = digit(y % 10);
    text[5] = digit(m / 10);
    text[6] = digit(m % 10);
    text[8] = digit(d / 10);
    text[9] = digit(d % 10);
    return text;
}

const char* weekday_name(Weekday day) {
    static constexpr const char* names[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                            "Friday", "Saturday", "Sunday"};
    return names[static_cast<int>(day)];
}

const char* weekday_short(Weekday day) {
    static constexpr const char* names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    return names[static_cast<int>(day)];
}

std::optional<Date> parse_iso_date(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    const auto y = text.substr(0, 4), m = text.substr(5, 2), d = text.substr(8, 2);
    if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return std::nullopt;
    const int year = to_int(y), month = to_int(m), day = to_int(d);
    if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) return std::nullopt;
    return Date::from_ymd(year, month, day);
}

Date parse_user_date(std::string_view text, Date today, std::string_view what) {
    if (text == "today") return today;
    if (text == "tomorrow") return today + 1;
    if (text == "yesterday") return today - 1;
    if (auto date = parse_iso_date(text)) return *date;
    throw UsageError(fmt::format("invalid {} {}", what, text::quoted(text)),
                     "dates are YYYY-MM-DD (ISO 8601), or today, tomorrow, yesterday");
}

Date add_months_clamped(Date start, int months) {
    const auto [y, m, d] = start.ymd();
    const int index = y * 12 + (m - 1) + months;
    const int year = index >= 0 ? index / 12 : (index - 11) / 12;
    const int month = index - year * 12 + 1;
    const int day = std::min(d, days_in_month(year, month));
    return Date::from_ymd(year, month, day);
}

} // namespace plaint
