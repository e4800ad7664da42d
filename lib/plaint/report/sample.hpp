#pragma once
// A reproducible random sample of a provider's closed cases, for the
// periodic review of its responses (Ombudsman guidance on commissioned
// services). Each case's place in the draw is SHA-256 of the seed and its
// reference, so the same seed always draws the same cases on any machine,
// and cases added later never change which of the earlier ones are drawn
// unless they outrank them.

#include "plaint/report/period.hpp"
#include "plaint/store/register.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace plaint::report {

struct SampleRequest {
    std::string provider;
    std::int64_t size = 10;
    std::uint64_t seed = 1;
    std::optional<Period> period; // closed within it; any time when absent
};

struct SampleResult {
    std::int64_t population = 0;         // closed cases of the provider (in the period)
    std::vector<reg::CaseRecord> cases;  // the sample, in reference order
};

// Throws UsageError when size is not positive.
SampleResult draw_sample(const store::Register& reg, const SampleRequest& request);

} // namespace plaint::report
