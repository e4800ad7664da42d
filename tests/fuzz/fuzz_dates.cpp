// libFuzzer target: the date and period parsers, each given the whole
// input: ISO dates, dates as users type them (--today, --on), reporting
// periods (--period), procedure durations ("25 working days") and file
// sizes ([attachments] max_size). Whatever one accepts must read back the
// same from its canonical form.
#include "fuzz_support.hpp"
#include "plaint/core/date.hpp"
#include "plaint/core/size.hpp"
#include "plaint/procedure/parse.hpp"
#include "plaint/report/period.hpp"

using plaint::fuzz::check;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text = plaint::fuzz::text_of(data, size);
    const plaint::Date today = plaint::Date::from_ymd(2026, 11, 20);

    plaint::fuzz::refusals_allowed([&] {
        if (const auto date = plaint::parse_iso_date(text)) {
            check(date->iso() == text, "an ISO date reads back as its text");
            const auto ymd = date->ymd();
            check(plaint::Date::from_ymd(ymd) == *date, "a date's year, month and day give it back");
        }
    });
    plaint::fuzz::refusals_allowed([&] {
        const auto date = plaint::parse_user_date(text, today, "--on");
        check(plaint::parse_user_date(date.iso(), today, "--on") == date, "a typed date reads back from its ISO form");
    });
    plaint::fuzz::refusals_allowed([&] {
        const auto period = plaint::report::parse_period(text);
        check(period.from <= period.to, "a period starts before it ends");
        const auto again = plaint::report::parse_period(period.label);
        check(again.from == period.from && again.to == period.to && again.label == period.label,
              "a period reads back from its label");
        const auto months = plaint::report::months_of(period);
        check(!months.empty() && months.front().from == period.from && months.back().to == period.to,
              "a period's months cover it");
    });
    plaint::fuzz::refusals_allowed([&] {
        const auto duration = plaint::procedure::parse_duration(text, "fuzz");
        const auto again = plaint::procedure::parse_duration(duration.describe(), "fuzz");
        check(again.unit == duration.unit && again.amount == duration.amount &&
                  again.beginning_on == duration.beginning_on,
              "a duration reads back from its description");
    });
    plaint::fuzz::refusals_allowed([&] {
        if (const auto bytes = plaint::parse_size(text)) {
            check(*bytes >= 0 && *bytes <= (std::int64_t{1} << 40), "a size is between 0 and 1 TiB");
            check(plaint::parse_size(std::to_string(*bytes)) == bytes, "a size reads back in bytes");
        }
    });
    return 0;
}
