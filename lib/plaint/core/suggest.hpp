#pragma once
// "Did you mean ...": the nearest of some known values to what was typed.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plaint {

// Levenshtein distance: insertions, deletions and substitutions of bytes,
// each costing 1.
std::size_t edit_distance(std::string_view a, std::string_view b);

// ASCII lower case, for comparing values case-insensitively.
std::string fold_case(std::string_view text);

// The known value nearest to `given` (compared case-insensitively), if one
// is near enough to be a slip: within a third of the longer length, at
// least 2; or one that `given` begins (a prefix of 3 letters or more).
// Ties go to the first in `known`.
std::optional<std::string> nearest(std::string_view given, const std::vector<std::string>& known);

// Up to three candidates nearest to `name` (exactly as typed), all at the
// smallest edit distance within a third of the name (at least two): for
// "did you mean" lists of names such as template fields and owners.
std::vector<std::string> nearest_names(const std::string& name, const std::vector<std::string>& candidates);

} // namespace plaint
