#pragma once
// GOV.UK's bank-holidays.json feed (https://www.gov.uk/bank-holidays.json):
// {"england-and-wales": {"division": ..., "events": [{title, date, notes, bunting}]}, ...}

#include "plaint/calendar/holidays.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace plaint::calendar {

struct FeedDivision {
    std::vector<Holiday> events; // sorted by date; substitute from notes
    int first_year = 0;          // the years the feed covers for this division
    int last_year = 0;
};

using Feed = std::map<Division, FeedDivision>;

// Parses the feed's text; `source` names it in errors and in each holiday's
// source. Throws DataError on malformed JSON, unknown divisions or bad dates.
Feed parse_govuk_feed(std::string_view json_text, const std::string& source);

// How a feed differs from the calendar's rules for the years it covers.
struct FeedDifference {
    Division division;
    std::vector<Holiday> missing_from_rules; // in the feed, not in the rules
    std::vector<Holiday> missing_from_feed;  // in the rules, not in the feed
};
std::vector<FeedDifference> compare_with_rules(const Feed& feed);

} // namespace plaint::calendar
