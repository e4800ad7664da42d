#pragma once
// Dates written as the tests read them: d("2024-03-30").

#include "plaint/core/date.hpp"

#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

namespace plaint::test {

inline Date d(const char* iso) {
    if (auto date = parse_iso_date(iso)) return *date;
    throw std::invalid_argument(std::string("bad test date ") + iso);
}

} // namespace plaint::test

namespace Catch {
// Catch prints dates as ISO text in failure messages.
template <>
struct StringMaker<plaint::Date> {
    static std::string convert(const plaint::Date& date) { return date.iso(); }
};
template <>
struct StringMaker<plaint::Weekday> {
    static std::string convert(plaint::Weekday day) { return plaint::weekday_name(day); }
};
} // namespace Catch
