#include "plaint/core/suggest.hpp"

#include <algorithm>
#include <numeric>

namespace plaint {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // One row of the dynamic programme at a time: row[j] is the distance
    // between a's first i bytes and b's first j.
    std::vector<std::size_t> row(b.size() + 1);
    std::iota(row.begin(), row.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::string fold_case(std::string_view text) {
    std::string folded(text);
    for (auto& ch : folded)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return folded;
}

std::optional<std::string> nearest(std::string_view given, const std::vector<std::string>& known) {
    const std::string typed = fold_case(given);
    std::optional<std::string> best;
    std::size_t best_distance = 0;
    for (const auto& value : known) {
        const std::string candidate = fold_case(value);
        const bool prefix = typed.size() >= 3 && candidate.starts_with(typed);
        const std::size_t distance = prefix ? 1 : edit_distance(typed, candidate);
        const std::size_t allowed = std::max<std::size_t>(2, std::max(typed.size(), candidate.size()) / 3);
        if (distance > allowed || (best && distance >= best_distance)) continue;
        best = value;
        best_distance = distance;
    }
    return best;
}


std::vector<std::string> nearest_names(const std::string& name, const std::vector<std::string>& candidates) {
    // A third of the name may be wrong, at least two characters.
    const std::size_t limit = std::max<std::size_t>(2, name.size() / 3);
    std::size_t best = limit + 1;
    std::vector<std::string> near;
    for (const auto& c : candidates) {
        const auto d = edit_distance(name, c);
        if (d > limit) continue;
        if (d < best) {
            best = d;
            near.clear();
        }
        if (d == best && near.size() < 3) near.push_back(c);
    }
    return near;
}

} // namespace plaint
