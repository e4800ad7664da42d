#pragma once
// Bank holidays of the UK divisions, from the rules and the one-off
// proclamations listed in the brief. Pure functions of (division, year).

#include "plaint/core/date.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plaint::calendar {

enum class Division { england_and_wales, scotland, northern_ireland, united_kingdom };

// The identifiers GOV.UK uses ("england-and-wales", ...) plus "united-kingdom"
// for a day that is a bank holiday anywhere in the UK.
std::string_view division_id(Division division);
std::optional<Division> parse_division(std::string_view id);
// Throws UsageError listing the known divisions.
Division division_or_throw(std::string_view id);

enum class DayOffKind { bank_holiday, closure };

struct Holiday {
    Date date;
    std::string name;         // GOV.UK's title where it has one: "Christmas Day"
    bool substitute = false;  // a weekday standing in for a weekend holiday
    DayOffKind kind = DayOffKind::bank_holiday;
    std::string source = "rules"; // rules | one-off | config | import:<file>

    std::string label() const; // "Christmas Day (substitute day)"
    bool operator==(const Holiday&) const = default;
};

// The years for which the rules are known to hold. Outside them plaint refuses
// to compute rather than risk a wrong date.
inline constexpr int first_supported_year = 1990;
inline constexpr int last_supported_year = 2100;

// Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm).
Date easter_sunday(int year);

// The bank holidays of one year in date order. For united_kingdom, the union
// of the three divisions, each name followed by the divisions it applies to
// when that is not all three. Throws RangeError outside the supported years.
std::vector<Holiday> statutory_holidays(Division division, int year);

} // namespace plaint::calendar
