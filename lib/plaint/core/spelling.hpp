#pragma once
// "Did you mean ...": the candidates nearest a misspelt name.

#include <string>
#include <vector>

namespace plaint {

// Levenshtein distance, by bytes.
std::size_t edit_distance(const std::string& a, const std::string& b);
// The candidates at the smallest distance from `name` (at most three, in the
// order given), if that distance is small for the name's length; else none.
std::vector<std::string> nearest_names(const std::string& name, const std::vector<std::string>& candidates);

} // namespace plaint
