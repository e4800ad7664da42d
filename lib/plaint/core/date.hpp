#pragma once
// Dates as values: a proleptic Gregorian day number (days since 1970-01-01).
// All functions are pure; nothing here reads the clock.

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace plaint {

enum class Weekday : int { monday = 0, tuesday, wednesday, thursday, friday, saturday, sunday };

struct YearMonthDay {
    int year = 1970;
    int month = 1; // 1..12
    int day = 1;   // 1..31
};

class Date {
public:
    constexpr Date() = default;
    static constexpr Date from_days(std::int32_t days) { return Date(days); }
    // Throws UsageError when the day does not exist (2025-02-29).
    static Date from_ymd(int year, int month, int day);
    static Date from_ymd(const YearMonthDay& ymd) { return from_ymd(ymd.year, ymd.month, ymd.day); }

    constexpr std::int32_t days() const { return days_; }
    YearMonthDay ymd() const;
    int year() const { return ymd().year; }
    Weekday weekday() const;
    bool is_weekend() const { return weekday() >= Weekday::saturday; }

    // ISO 8601 calendar date, YYYY-MM-DD.
    std::string iso() const;

    constexpr Date operator+(int n) const { return Date(days_ + n); }
    constexpr Date operator-(int n) const { return Date(days_ - n); }
    constexpr int operator-(Date other) const { return days_ - other.days_; }
    Date& operator++() { ++days_; return *this; }
    constexpr auto operator<=>(const Date&) const = default;

private:
    constexpr explicit Date(std::int32_t days) : days_(days) {}
    std::int32_t days_ = 0;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);
const char* weekday_name(Weekday day);      // "Monday"
const char* weekday_short(Weekday day);     // "Mon"

// Strict ISO 8601 YYYY-MM-DD; nullopt when malformed or not a real day.
std::optional<Date> parse_iso_date(std::string_view text);

// A date as a user may type it: YYYY-MM-DD, or today / tomorrow / yesterday
// relative to `today`. Throws UsageError naming `what` and the bad value.
Date parse_user_date(std::string_view text, Date today, std::string_view what = "date");

// The same day `months` calendar months later (or earlier when negative);
// where that month is too short, its last day (29 Feb 2024 + 12 = 28 Feb 2025).
Date add_months_clamped(Date start, int months);

} // namespace plaint
