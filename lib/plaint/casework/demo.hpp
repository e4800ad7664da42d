#pragma once
// A demonstration register: ten years of realistic cases across the built-in
// procedures, with lifecycles that follow the procedures' rules (some
// acknowledged late, some on hold, some extended, some overdue today). The
// same seed gives the same register. Names are invented.

#include "plaint/calendar/calendar.hpp"
#include "plaint/casework/casework.hpp"
#include "plaint/procedure/catalog.hpp"
#include "plaint/store/register.hpp"

#include <cstdint>

namespace plaint::casework {

struct DemoOptions {
    std::int64_t cases = 2000;
    std::uint64_t seed = 1;
    int years = 10;
};

struct DemoSummary {
    std::int64_t cases = 0;
    std::int64_t events = 0;
    std::int64_t open = 0;
};

// Adds the cases to the session's register in batches of 20,000, each its
// own transaction, under the session's calendar. Steps never go beyond
// `stamp.today`.
DemoSummary make_demo(Session& session, const procedure::Catalog& catalog, const DemoOptions& options,
                      const store::Stamp& stamp);

} // namespace plaint::casework
