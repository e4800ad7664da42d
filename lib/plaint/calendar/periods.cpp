#include "plaint/calendar/periods.hpp"

namespace plaint::calendar {

Date period_end_beginning_on(Date start, int months) {
    const Date corresponding = add_months_clamped(start, months);
    // Clamped means the month had no corresponding day: the period runs to its end.
    if (corresponding.ymd().day != start.ymd().day) return corresponding;
    return corresponding - 1;
}

Date months_after(Date start, int months) { return add_months_clamped(start, months); }

} // namespace plaint::calendar
