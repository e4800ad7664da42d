#pragma once
// Calendar-month periods as the complaints regulations word them.

#include "plaint/core/date.hpp"

namespace plaint::calendar {

// The last day of a period of `months` months "beginning on" start: the day
// before the corresponding date (6 months beginning 15 January ends 14 July).
// Where the month has no corresponding date (beginning 31 August, 6 months),
// the period ends on the last day of that month.
Date period_end_beginning_on(Date start, int months);

// "Not later than `months` months after" start: the corresponding date, or the
// last day of the month where there is none (29 Feb 2024 + 12 = 28 Feb 2025).
Date months_after(Date start, int months);

} // namespace plaint::calendar
