// libFuzzer target: a GOV.UK bank-holidays.json feed as `plaint calendar
// import` reads it, then compared with the calendar's rules.
#include "fuzz_support.hpp"
#include "plaint/calendar/govuk.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text = plaint::fuzz::text_of(data, size);
    plaint::fuzz::refusals_allowed([&] {
        const auto feed = plaint::calendar::parse_govuk_feed(text, "fuzz.json");
        for (const auto& [division, events] : feed) {
            plaint::fuzz::check(events.first_year <= events.last_year, "a division's years are in order");
            for (std::size_t i = 1; i < events.events.size(); ++i)
                plaint::fuzz::check(!(events.events[i].date < events.events[i - 1].date), "events are sorted by date");
        }
        (void)plaint::calendar::compare_with_rules(feed);
    });
    return 0;
}
