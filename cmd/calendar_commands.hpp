#pragma once
// The calendar subcommands split over calendar.cpp, calendar_explain.cpp and
// calendar_holidays.cpp.

#include "context.hpp"

#include <CLI/CLI.hpp>

#include <vector>

namespace plaint::cmd {

void setup_calendar_explain(CLI::App& calendar, Action& action);
void setup_calendar_holidays(CLI::App& calendar, Action& action);
void setup_calendar_import(CLI::App& calendar, Action& action);

// Prints a working-day walk: a title line, one line per day, a result line;
// or, with --format json, {"title", "steps": [...], "result"}.
void write_walk(Context& ctx, const std::string& title, const std::vector<calendar::WalkStep>& steps,
                const std::string& result);

} // namespace plaint::cmd
