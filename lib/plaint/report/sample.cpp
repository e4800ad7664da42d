#include "plaint/report/sample.hpp"

#include "plaint/core/error.hpp"
#include "plaint/core/sha256.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <queue>

namespace plaint::report {

SampleResult draw_sample(const store::Register& reg, const SampleRequest& r) {
    if (r.size < 1) throw UsageError(fmt::format("the sample size must be at least 1, not {}", r.size));
    store::CaseFilter filter;
    filter.provider = r.provider;
    filter.status = store::CaseFilter::Status::closed;
    // The `size` lowest keys so far, highest on top, so memory stays at `size`.
    using Ranked = std::pair<std::string, reg::CaseRecord>;
    auto higher = [](const Ranked& a, const Ranked& b) { return a.first < b.first; };
    std::priority_queue<Ranked, std::vector<Ranked>, decltype(higher)> kept(higher);
    SampleResult result;
    reg.for_each_case(filter, [&](const reg::CaseRecord& c) {
        if (r.period && !(c.closed_on && r.period->contains(*c.closed_on))) return;
        ++result.population;
        std::string key = sha256_hex(fmt::format("plaint sample\n{}\n{}", r.seed, c.ref));
        if (static_cast<std::int64_t>(kept.size()) < r.size) kept.emplace(std::move(key), c);
        else if (key < kept.top().first) {
            kept.pop();
            kept.emplace(std::move(key), c);
        }
    });
    while (!kept.empty()) {
        result.cases.push_back(kept.top().second);
        kept.pop();
    }
    std::sort(result.cases.begin(), result.cases.end(), [](const reg::CaseRecord& a, const reg::CaseRecord& b) {
        return std::tie(a.year, a.number) < std::tie(b.year, b.number);
    });
    return result;
}

} // namespace plaint::report
