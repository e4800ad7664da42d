#include "plaint/core/spelling.hpp"

#include <algorithm>

namespace plaint {

std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
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
