#pragma once
// Reading and validating procedure definitions.

#include "plaint/procedure/definition.hpp"

#include <string>

namespace plaint::procedure {

// The pseudo-event recorded by `plaint log`; every procedure may refer to it.
inline constexpr const char* logged_event = "logged";

// Parses and validates a definition. `origin` names it in errors, which are
// DataErrors worded "origin:line: what is wrong".
Procedure parse(const std::string& text, const std::string& origin);

// Parses "25 working days", "1 working day", "28 calendar days", "6 months",
// "6 months beginning on". Throws DataError naming `where`.
Duration parse_duration(const std::string& text, const std::string& where);

} // namespace plaint::procedure
