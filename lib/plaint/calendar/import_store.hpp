#pragma once
// The file in which `plaint calendar import` records what a GOV.UK feed adds
// to (or, with --replace, removes from) the rules. It is read as a
// configuration layer (see plaint/config/config.hpp).

#include "plaint/calendar/govuk.hpp"

#include <filesystem>

namespace plaint::calendar {

// Rewrites `file` atomically: entries for the (division, year) pairs the new
// feed covers are replaced, others kept. Throws DataError on I/O failure.
void record_import(const std::filesystem::path& file, const Feed& feed,
                   const std::vector<FeedDifference>& differences, bool replace, Date today);

} // namespace plaint::calendar
