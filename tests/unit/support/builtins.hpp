#pragma once
// The built-in procedures and the default calendar, loaded once per test run.

#include "plaint/calendar/calendar.hpp"
#include "plaint/procedure/catalog.hpp"

namespace plaint::test {

inline const procedure::Catalog& builtin_catalog() {
    static const procedure::Catalog catalog = procedure::Catalog::load({});
    return catalog;
}

// England and Wales, no closures.
inline const calendar::Calendar& england_calendar() {
    static const calendar::Calendar cal = calendar::Calendar::build({});
    return cal;
}

} // namespace plaint::test
