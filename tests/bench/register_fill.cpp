// plaint_bench_fill FILE [CASES] [BATCH]: creates a register holding CASES
// cases (default 1,000,000) spread evenly over the ten years 2016-2025, as a
// decade of national volume would be, through Register::log_cases in batches
// of BATCH (default 50,000), one transaction each. Each case has one
// complainant (personal data), a procedure stored with it as `plaint log`
// stores it, and varied kinds, channels, subjects, providers and owners.
// Deterministic: the same arguments give the same cases (the register's salt,
// and so its hashes, are random as always).

#include "plaint/procedure/catalog.hpp"
#include "plaint/store/register.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

using namespace plaint;

constexpr int first_year = 2016;
constexpr int years = 10;

// splitmix64: a small, fixed, portable pseudo-random sequence.
class Random {
public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }

private:
    std::uint64_t state_;
};

template <std::size_t N>
const char* pick(Random& random, const char* const (&choices)[N]) {
    return choices[random.below(static_cast<int>(N))];
}

const char* const kinds[] = {"complaint", "complaint", "complaint", "concern", "concern", "compliment"};
const char* const channels[] = {"letter", "email", "email", "phone", "in-person", "web", "web", "mp", "advocate"};
const char* const subjects[] = {"Access", "Clinical treatment", "Communication", "Staff attitude", "Waiting times",
                                "Appointments", "Prescribing", "Facilities", "Discharge", "Consent"};
const char* const services[] = {"GP", "Acute", "Mental health", "Community", "Dental", "Pharmacy", "Ambulance"};

reg::NewCase make_case(Random& random, Date year_start, int days_in_year, const procedure::Procedure& p) {
    reg::NewCase c;
    c.kind = pick(random, kinds);
    c.procedure = p.id;
    c.initial_state = p.initial;
    c.definition_hash = p.hash; // its text is stored with the first case (see fill)
    c.channel = pick(random, channels);
    c.received = year_start + random.below(days_in_year);
    if (random.below(3) == 0) c.incident_date = c.received - random.below(90);
    c.summary = fmt::format("{} about {} services", c.kind, pick(random, services));
    c.subject = pick(random, subjects);
    c.service = pick(random, services);
    c.provider = fmt::format("Provider {:03}", random.below(400));
    c.owner = fmt::format("handler{:02}", random.below(60));
    c.parties.push_back({0, {}, "complainant", fmt::format("Person {}", random.next() % 10'000'000),
                         fmt::format("person{}@example.org", random.below(1'000'000))});
    return c;
}

int fill(const std::string& file, long cases, long batch) {
    const auto catalog = procedure::Catalog::load({});
    const auto& nhs = catalog.get("nhs-complaint");
    store::RegisterInfo info;
    info.organisation = "Benchmark ICB";
    const store::Stamp created{"bench", "2016-01-01T08:00:00Z", Date::from_ymd(first_year, 1, 1)};
    auto reg = store::Register::create(file, info, created);
    // Filling only: no fsync per batch, and room for a batch's pages in memory.
    // The registers `plaint` opens keep synchronous = FULL.
    reg.begin_bulk_load();
    Random random(20240330);
    const auto started = std::chrono::steady_clock::now();
    long done = 0;
    for (int y = 0; y < years; ++y) {
        const int year = first_year + y;
        const Date start = Date::from_ymd(year, 1, 1);
        const int days = Date::from_ymd(year + 1, 1, 1) - start;
        const long in_year = cases / years + (y < cases % years ? 1 : 0);
        const store::Stamp stamp{"bench", fmt::format("{}-12-31T17:00:00Z", year), Date::from_ymd(year, 12, 31)};
        for (long logged = 0; logged < in_year;) {
            std::vector<reg::NewCase> chunk;
            const long n = std::min(batch, in_year - logged);
            chunk.reserve(static_cast<std::size_t>(n));
            for (long i = 0; i < n; ++i) chunk.push_back(make_case(random, start, days, nhs));
            if (done == 0) { // the definition's text, once: later cases refer to it by hash
                chunk.front().definition_text = nhs.text;
                chunk.front().definition_source = nhs.source;
            }
            reg.log_cases(std::move(chunk), stamp);
            logged += n;
            done += n;
        }
        const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - started;
        std::cerr << fmt::format("{}: {} cases logged, {:.1f} s\n", year, done, elapsed.count());
    }
    reg.end_bulk_load();
    std::cout << fmt::format("{}: {} cases in {} years ({} to {})\n", file, done, years,
                             fmt::format("{}-{}-0001", info.reference_prefix, first_year),
                             fmt::format("{}-{}-{:04}", info.reference_prefix, first_year + years - 1,
                                         cases / years));
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2 || argc > 4) {
        std::cerr << "usage: plaint_bench_fill FILE [CASES] [BATCH]\n";
        return 2;
    }
    try {
        const long cases = argc > 2 ? std::atol(argv[2]) : 1'000'000;
        const long batch = argc > 3 ? std::atol(argv[3]) : 50'000;
        if (cases < 1 || batch < 1) throw std::invalid_argument("CASES and BATCH must be positive");
        return fill(argv[1], cases, batch);
    } catch (const std::exception& e) {
        std::cerr << "plaint_bench_fill: " << e.what() << '\n';
        return 1;
    }
}
