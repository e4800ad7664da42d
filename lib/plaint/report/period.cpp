#include "plaint/report/period.hpp"

#include "plaint/calendar/holidays.hpp"
#include "plaint/core/text.hpp"
#include "plaint/core/error.hpp"

#include <fmt/format.h>

#include <optional>

namespace plaint::report {
namespace {

constexpr const char* period_forms =
    "periods are 2025/26 (financial year), 2026-Q3 (calendar quarter), 2025/26-Q1 (financial quarter), "
    "2026-03 (month), 2026 (year) or 2025-04-01..2025-09-30 (range)";

[[noreturn]] void bad_period(std::string_view text, std::string_view why = {}) {
    const std::string message = why.empty() ? fmt::format("invalid period {}", text::quoted(text))
                                            : fmt::format("invalid period {}: {}", text::quoted(text), why);
    throw UsageError(message, period_forms);
}

// A run of exactly `digits` decimal digits, or nullopt.
std::optional<int> number(std::string_view s, std::size_t digits) {
    if (s.size() != digits) return std::nullopt;
    int value = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

Date month_end(int year, int month) { return Date::from_ymd(year, month, days_in_month(year, month)); }

Period months(int year, int first_month, int count, std::string label) {
    const Date from = Date::from_ymd(year, first_month, 1);
    const Date last = add_months_clamped(from, count - 1);
    return {from, month_end(last.ymd().year, last.ymd().month), std::move(label)};
}

Period financial_year(int start_year) {
    return months(start_year, 4, 12, fmt::format("{}/{:02}", start_year, (start_year + 1) % 100));
}

// "2025/26" or "2025/2026": the year the financial year starts in.
std::optional<int> financial_year_start(std::string_view whole, std::string_view text) {
    if (text.size() < 7 || text[4] != '/') return std::nullopt;
    const auto start = number(text.substr(0, 4), 4);
    if (!start) return std::nullopt;
    const auto rest = text.substr(5);
    const auto end = rest.size() == 2 ? number(rest, 2) : number(rest, 4);
    if (!end) return std::nullopt;
    const int expected = rest.size() == 2 ? (*start + 1) % 100 : *start + 1;
    if (*end != expected)
        bad_period(whole, fmt::format("a financial year runs from April {} to March {}, written {}/{:02}", *start,
                                      *start + 1, *start, (*start + 1) % 100));
    return start;
}

// "Q1".."Q4" (either case).
std::optional<int> quarter(std::string_view text) {
    if (text.size() != 2 || (text[0] != 'Q' && text[0] != 'q')) return std::nullopt;
    const auto q = number(text.substr(1), 1);
    if (!q || *q < 1 || *q > 4) return std::nullopt;
    return q;
}

std::optional<Period> parse_range(std::string_view text) {
    const auto dots = text.find("..");
    if (dots == std::string_view::npos) return std::nullopt;
    const auto from = parse_iso_date(text.substr(0, dots));
    const auto to = parse_iso_date(text.substr(dots + 2));
    if (!from || !to) bad_period(text, "a range is two dates, YYYY-MM-DD..YYYY-MM-DD");
    if (*to < *from) bad_period(text, "the range ends before it starts");
    return Period{*from, *to, fmt::format("{}..{}", from->iso(), to->iso())};
}

std::optional<Period> parse_financial(std::string_view text) {
    const auto dash = text.find('-');
    const auto year_part = text.substr(0, dash);
    const auto start = financial_year_start(text, year_part);
    if (!start) return std::nullopt;
    if (dash == std::string_view::npos) return financial_year(*start);
    const auto q = quarter(text.substr(dash + 1));
    if (!q) bad_period(text, "a financial quarter is written 2025/26-Q1 (April to June) .. 2025/26-Q4");
    const Period year = financial_year(*start);
    const Date from = add_months_clamped(year.from, 3 * (*q - 1));
    return months(from.year(), from.ymd().month, 3, fmt::format("{}-Q{}", year.label, *q));
}

std::optional<Period> parse_calendar(std::string_view text) {
    const auto year = number(text.substr(0, 4), 4);
    if (!year) return std::nullopt;
    if (text.size() == 4) return months(*year, 1, 12, fmt::format("{:04}", *year));
    if (text[4] != '-') return std::nullopt;
    const auto rest = text.substr(5);
    if (const auto q = quarter(rest)) return months(*year, 3 * *q - 2, 3, fmt::format("{:04}-Q{}", *year, *q));
    const auto month = number(rest, 2);
    if (!month || *month < 1 || *month > 12) return std::nullopt;
    return months(*year, *month, 1, fmt::format("{:04}-{:02}", *year, *month));
}

} // namespace

// A period is within the years the calendar covers: 1066 is a typing slip.
Period within_calendar(std::string_view text, Period p) {
    if (p.from.year() < calendar::first_supported_year || p.to.year() > calendar::last_supported_year)
        bad_period(text, fmt::format("periods fall within {}-{}, the years the calendar covers",
                                     calendar::first_supported_year, calendar::last_supported_year));
    return p;
}

Period parse_period(std::string_view text) {
    if (auto range = parse_range(text)) return within_calendar(text, *range);
    if (auto financial = parse_financial(text)) return within_calendar(text, *financial);
    if (auto calendar = parse_calendar(text)) return within_calendar(text, *calendar);
    bad_period(text);
}

Period financial_year_of(Date d) {
    const auto [year, month, day] = d.ymd();
    return financial_year(month >= 4 ? year : year - 1);
}

std::vector<Period> months_of(const Period& p) {
    std::vector<Period> result;
    if (p.to < p.from) return result;
    auto [year, month, day] = p.from.ymd();
    for (;;) {
        Period m = months(year, month, 1, fmt::format("{:04}-{:02}", year, month));
        if (p.to < m.from) break;
        if (m.from < p.from) m.from = p.from;
        if (p.to < m.to) m.to = p.to;
        result.push_back(std::move(m));
        if (++month > 12) {
            month = 1;
            ++year;
        }
    }
    return result;
}

} // namespace plaint::report
