#pragma once
// The calendar subcommands split over calendar.cpp, calendar_explain.cpp and
// calendar_holidays.cpp.

#include "context.hpp"
#include "plaint/calendar/govuk.hpp"

#include <CLI/CLI.hpp>

#include <vector>

namespace plaint::cmd {

void setup_calendar_explain(CLI::App& calendar, Action& action);
void setup_calendar_holidays(CLI::App& calendar, Action& action);
void setup_calendar_import(CLI::App& calendar, Action& action);
// closure add|remove, holiday add|remove|cancel, division (calendar_register.cpp).
void setup_calendar_register(CLI::App& calendar, Action& action);

// A GOV.UK feed to import, compared with the rules.
struct ImportRequest {
    std::string file;
    calendar::Feed feed;
    std::vector<calendar::FeedDifference> differences;
    bool replace = false;
    bool dry_run = false;
};
// Prints how the feed differs from one division's rules.
void report_difference(Context& ctx, const calendar::Feed& feed, const calendar::FeedDifference& d, bool replace);
// Records the feed's days for the register's division in the register.
void import_into_register(Context& ctx, const ImportRequest& request);

// Prints a working-day walk: a title line, one line per day, a result line;
// or, with --format json, {"title", "steps": [...], "result"}.
void write_walk(Context& ctx, const std::string& title, const std::vector<calendar::WalkStep>& steps,
                const std::string& result);

} // namespace plaint::cmd
