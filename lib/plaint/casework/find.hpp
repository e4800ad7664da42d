#pragma once
// Finding cases the forgiving way: short and lower-case references, and
// filter values checked against what the register holds ("did you mean").

#include "plaint/core/date.hpp"
#include "plaint/store/register.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace plaint::casework {

// The reference a user means: C-2026-0042 in any case; 2025-0042 the case
// numbered 42 in 2025; 0042 or 42 the case numbered 42 in `today`'s year,
// whatever its prefix (numbers are unique in a year). Anything else is
// taken as a reference as given, upper-cased. Throws NotFoundError (exit 2)
// when there is no such case.
std::string resolve_ref(const store::Register& reg, std::string_view given, Date today);

// The one of `known` that `given` names, case ignored (an exact spelling
// first). Throws UsageError saying "did you mean" the nearest when none.
std::string known_value(std::string_view what, const std::string& given, const std::vector<std::string>& known);

// The same against the values the register's cases hold for `field`
// (Register::case_values) and `also` (a procedure's states, say): an exact
// spelling costs one look-up, a miss reads the distinct values. A value
// known but held by no case is accepted (an empty result is then true).
std::string register_value(const store::Register& reg, std::string_view field, const std::string& given,
                           const std::vector<std::string>& also = {});

} // namespace plaint::casework
