#pragma once
// Reporting periods: financial years ("2025/26": 1 April 2025 to 31 March
// 2026), calendar quarters ("2026-Q3": July to September 2026), financial
// quarters ("2025/26-Q1": April to June 2025), months ("2026-03"), calendar
// years ("2026") and explicit ranges ("2025-04-01..2025-09-30"), all
// inclusive of both ends.

#include "plaint/core/date.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace plaint::report {

struct Period {
    Date from; // first day, inclusive
    Date to;   // last day, inclusive
    std::string label; // as written canonically: "2025/26", "2026-Q3", "2026-03", ...

    bool contains(Date d) const { return from <= d && d <= to; }
};

// Throws UsageError naming the text when it is none of the forms above,
// when a financial year's second half is not the next year ("2025/27"),
// or when a range ends before it starts. Labels are canonical: "2025/2026"
// is labelled "2025/26", "2026-q3" "2026-Q3".
Period parse_period(std::string_view text);

// The financial year (1 April - 31 March) that holds `d`.
Period financial_year_of(Date d);

// The calendar months that make up `p` ("2025-04" ... "2026-03"), for
// monthly series; a partial first or last month is included, cut to `p`
// (2025-04-15..2025-06-10 gives 2025-04 from the 15th, 2025-05, and 2025-06
// to the 10th) so monthly counts add up to the period's.
std::vector<Period> months_of(const Period& p);

} // namespace plaint::report
