#include "plaint/calendar/holidays.hpp"

#include "plaint/core/error.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <map>

namespace plaint::calendar {
namespace {

constexpr std::array<std::pair<Division, std::string_view>, 4> division_ids{{
    {Division::england_and_wales, "england-and-wales"},
    {Division::scotland, "scotland"},
    {Division::northern_ireland, "northern-ireland"},
    {Division::united_kingdom, "united-kingdom"},
}};

// A one-off proclamation: an extra day, or a rule day moved to another date.
struct OneOff {
    const char* date;
    const char* name;
    bool scotland_only = false;
};

// Extra days proclaimed by royal proclamation (Banking and Financial Dealings
// Act 1971 s.1(3)). Moved rule days are handled in the rules below.
constexpr OneOff extra_days[] = {
    {"1999-12-31", "Millennium Celebrations"},
    {"2002-06-03", "Golden Jubilee bank holiday"},
    {"2011-04-29", "Wedding of Prince William and Catherine Middleton"},
    {"2012-06-05", "Queen’s Diamond Jubilee"},
    {"2022-06-03", "Platinum Jubilee bank holiday"},
    {"2022-09-19", "Bank Holiday for the State Funeral of Queen Elizabeth II"},
    {"2023-05-08", "Bank holiday for the coronation of King Charles III"},
    {"2026-06-15", "Extra bank holiday", true},
};

Date nth_weekday(int year, int month, Weekday day, int n) {
    Date first = Date::from_ymd(year, month, 1);
    const int shift = (static_cast<int>(day) - static_cast<int>(first.weekday()) + 7) % 7;
    return first + shift + 7 * (n - 1);
}

Date last_weekday(int year, int month, Weekday day) {
    Date last = Date::from_ymd(year, month, days_in_month(year, month));
    const int shift = (static_cast<int>(last.weekday()) - static_cast<int>(day) + 7) % 7;
    return last - shift;
}

Date iso(const char* text) { return *parse_iso_date(text); }

struct Builder {
    std::vector<Holiday> days;

    void add(Date date, std::string name, std::string source = "rules") {
        days.push_back({date, std::move(name), false, DayOffKind::bank_holiday, std::move(source)});
    }
    bool taken(Date date) const {
        return std::any_of(days.begin(), days.end(), [&](const Holiday& h) { return h.date == date; });
    }
    // Fixed-date holidays: a weekend date is replaced by the next weekday that
    // is not already a holiday, in date order (Christmas on a Saturday gives
    // Monday 27th, Boxing Day then Tuesday 28th). A weekday date keeps its
    // place (Christmas on a Sunday: Boxing Day Monday 26th, Christmas 27th).
    void add_fixed(const std::vector<std::pair<Date, std::string>>& fixed) {
        for (const auto& [date, name] : fixed)
            if (!date.is_weekend()) add(date, name);
        for (const auto& [date, name] : fixed) {
            if (!date.is_weekend()) continue;
            Date sub = date + 1;
            while (sub.is_weekend() || taken(sub)) sub = sub + 1;
            days.push_back({sub, name, true, DayOffKind::bank_holiday, "rules"});
        }
    }
    // Consecutive holidays that move together, in date order: a date that is
    // a weekend or already taken moves to the next free weekday. Scotland's
    // New Year on a Sunday gives Monday 2nd and Tuesday 3rd, as GOV.UK lists.
    void add_in_date_order(const std::vector<std::pair<Date, std::string>>& run) {
        for (const auto& [date, name] : run) {
            Date day = date;
            while (day.is_weekend() || taken(day)) day = day + 1;
            days.push_back({day, name, day != date, DayOffKind::bank_holiday, "rules"});
        }
    }
};

std::vector<Holiday> one_division(Division division, int year) {
    const bool scotland = division == Division::scotland;
    const bool ni = division == Division::northern_ireland;
    Builder b;
    const Date easter = easter_sunday(year);
    b.add(easter - 2, "Good Friday");
    if (!scotland) b.add(easter + 1, "Easter Monday");

    // Early May: first Monday, moved to 8 May for VE day anniversaries.
    if (year == 1995 || year == 2020)
        b.add(Date::from_ymd(year, 5, 8), "Early May bank holiday (VE day)", "one-off");
    else
        b.add(nth_weekday(year, 5, Weekday::monday, 1), "Early May bank holiday");

    // Spring: last Monday of May, moved for the jubilees.
    if (year == 2002 || year == 2012)
        b.add(Date::from_ymd(year, 6, 4), "Spring bank holiday", "one-off");
    else if (year == 2022)
        b.add(Date::from_ymd(year, 6, 2), "Spring bank holiday", "one-off");
    else
        b.add(last_weekday(year, 5, Weekday::monday), "Spring bank holiday");

    if (scotland)
        b.add(nth_weekday(year, 8, Weekday::monday, 1), "Summer bank holiday");
    else
        b.add(last_weekday(year, 8, Weekday::monday), "Summer bank holiday");

    for (const auto& extra : extra_days)
        if (iso(extra.date).year() == year && (!extra.scotland_only || scotland))
            b.add(iso(extra.date), extra.name, "one-off");

    std::vector<std::pair<Date, std::string>> new_year{{Date::from_ymd(year, 1, 1), "New Year’s Day"}};
    if (scotland) new_year.emplace_back(Date::from_ymd(year, 1, 2), "2nd January");
    b.add_in_date_order(new_year);

    std::vector<std::pair<Date, std::string>> fixed;
    if (ni) fixed.emplace_back(Date::from_ymd(year, 3, 17), "St Patrick’s Day");
    if (ni) fixed.emplace_back(Date::from_ymd(year, 7, 12), "Battle of the Boyne (Orangemen’s Day)");
    // St Andrew's Day Bank Holiday (Scotland) Act 2007.
    if (scotland && year >= 2007) fixed.emplace_back(Date::from_ymd(year, 11, 30), "St Andrew’s Day");
    fixed.emplace_back(Date::from_ymd(year, 12, 25), "Christmas Day");
    fixed.emplace_back(Date::from_ymd(year, 12, 26), "Boxing Day");
    b.add_fixed(fixed);

    std::sort(b.days.begin(), b.days.end(),
              [](const Holiday& x, const Holiday& y) { return x.date < y.date; });
    return b.days;
}

std::vector<Holiday> union_of_divisions(int year) {
    constexpr Division parts[] = {Division::england_and_wales, Division::scotland,
                                  Division::northern_ireland};
    // Keyed by (date, label) so that one name shared by all three appears once.
    std::map<std::pair<Date, std::string>, std::pair<Holiday, std::vector<std::string_view>>> merged;
    for (Division part : parts)
        for (auto& h : one_division(part, year)) {
            auto& entry = merged[{h.date, h.label()}];
            entry.first = h;
            entry.second.push_back(division_id(part));
        }
    std::vector<Holiday> result;
    for (auto& [key, entry] : merged) {
        Holiday h = entry.first;
        if (entry.second.size() < 3) h.name += fmt::format(" ({})", fmt::join(entry.second, ", "));
        if (!result.empty() && result.back().date == h.date) {
            result.back().name += "; " + h.label();
            continue;
        }
        result.push_back(std::move(h));
    }
    return result;
}

} // namespace

std::string Holiday::label() const {
    return substitute ? name + " (substitute day)" : name;
}

std::string_view division_id(Division division) {
    for (const auto& [d, id] : division_ids)
        if (d == division) return id;
    return "england-and-wales";
}

std::optional<Division> parse_division(std::string_view id) {
    for (const auto& [d, name] : division_ids)
        if (name == id) return d;
    return std::nullopt;
}

Division division_or_throw(std::string_view id) {
    if (auto d = parse_division(id)) return *d;
    throw UsageError(fmt::format("unknown calendar '{}'", id),
                     "calendars are england-and-wales, scotland, northern-ireland, united-kingdom");
}

Date easter_sunday(int year) {
    const int a = year % 19, b = year / 100, c = year % 100;
    const int d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return Date::from_ymd(year, month, day);
}

std::vector<Holiday> statutory_holidays(Division division, int year) {
    if (year < first_supported_year || year > last_supported_year)
        throw RangeError(fmt::format("no bank-holiday rules for {}: plaint's calendar covers {} to {}",
                                     year, first_supported_year, last_supported_year));
    if (division == Division::united_kingdom) return union_of_divisions(year);
    return one_division(division, year);
}

} // namespace plaint::calendar
