// plaint_bench_calendar: times Calendar::build and Calendar::add_working_days.
//
// Draws PAIRS random (start, n) pairs from a fixed seed (starts uniform over
// 1995-01-01..2095-12-31, n uniform in 1..60), adds n working days to each
// with the england-and-wales calendar (day-zero convention) and prints the
// timings as one JSON object on stdout. With --out DIR it also writes, as raw
// little-endian int32 day numbers (days since 1970-01-01, numpy's
// datetime64[D]), the inputs, the results and the calendar's non-working
// weekdays, for calendar_vs_numpy.py to check against numpy.busday_offset.

#include "plaint/calendar/calendar.hpp"
#include "plaint/core/date.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace {

using plaint::Date;
using plaint::calendar::Calendar;
using plaint::calendar::CalendarSpec;
using Clock = std::chrono::steady_clock;

struct Options {
    std::size_t pairs = 10'000'000;
    std::uint64_t seed = 20240330;
    int builds = 500;    // Calendar::build timings to take the median of
    int add_runs = 7;    // passes over all pairs to take the median of
    std::string out_dir; // empty: write nothing
};

struct Pairs {
    std::vector<std::int32_t> starts;
    std::vector<std::int32_t> counts;
};

// splitmix64: a fixed, platform-independent sequence (unlike std:: distributions).
struct SplitMix64 {
    std::uint64_t state;
    std::uint64_t next() {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound) by Lemire's multiply-shift (bias below 2^-32 here).
    std::int32_t below(std::uint32_t bound) {
        return static_cast<std::int32_t>(((next() >> 32) * bound) >> 32);
    }
};

Pairs random_pairs(std::size_t count, std::uint64_t seed) {
    const Date first = Date::from_ymd(1995, 1, 1);
    const auto span = static_cast<std::uint32_t>(Date::from_ymd(2095, 12, 31) - first + 1);
    SplitMix64 rng{seed};
    Pairs pairs;
    pairs.starts.resize(count);
    pairs.counts.resize(count);
    for (std::size_t i = 0; i < count; ++i) {
        pairs.starts[i] = first.days() + rng.below(span);
        pairs.counts[i] = 1 + rng.below(60);
    }
    return pairs;
}

double elapsed_seconds(Clock::time_point since) {
    return std::chrono::duration<double>(Clock::now() - since).count();
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

std::vector<double> time_builds(int builds) {
    std::vector<double> seconds;
    std::size_t sink = 0; // keeps each build observable
    for (int i = 0; i < builds; ++i) {
        const auto start = Clock::now();
        const Calendar cal = Calendar::build(CalendarSpec{});
        seconds.push_back(elapsed_seconds(start));
        sink += static_cast<std::size_t>(cal.last_day() - cal.first_day());
    }
    if (sink == 0) throw std::logic_error("empty calendar");
    return seconds;
}

void add_all(const Calendar& cal, const Pairs& pairs, std::vector<std::int32_t>& results) {
    const std::size_t count = pairs.starts.size();
    for (std::size_t i = 0; i < count; ++i)
        results[i] = cal.add_working_days(Date::from_days(pairs.starts[i]), pairs.counts[i]).days();
}

std::vector<double> time_adds(const Calendar& cal, const Pairs& pairs, int runs,
                              std::vector<std::int32_t>& results) {
    std::vector<double> seconds;
    for (int run = 0; run < runs; ++run) {
        const auto start = Clock::now();
        add_all(cal, pairs, results);
        seconds.push_back(elapsed_seconds(start));
    }
    return seconds;
}

// The non-working weekdays (bank holidays) of the calendar's whole range.
std::vector<std::int32_t> weekday_holidays(const Calendar& cal) {
    std::vector<std::int32_t> days;
    for (Date d = cal.first_day(); d <= cal.last_day(); ++d)
        if (!d.is_weekend() && !cal.is_working_day(d)) days.push_back(d.days());
    return days;
}

void write_int32s(const std::filesystem::path& path, const std::vector<std::int32_t>& values) {
    std::ofstream out(path, std::ios::binary);
    out.write(reinterpret_cast<const char*>(values.data()),
              static_cast<std::streamsize>(values.size() * sizeof(std::int32_t)));
    if (!out) throw std::runtime_error("cannot write " + path.string());
}

std::uint64_t parse_number(std::string_view flag, const char* text) {
    char* end = nullptr;
    const unsigned long long value = std::strtoull(text, &end, 10);
    if (end == text || *end != '\0') throw std::invalid_argument(fmt::format("{}: not a number: {}", flag, text));
    return value;
}

Options parse_options(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        const std::string_view flag = argv[i];
        if (flag == "--help") {
            fmt::print("usage: plaint_bench_calendar [--pairs N] [--seed S] [--builds K] "
                       "[--add-runs R] [--out DIR]\n");
            std::exit(0);
        }
        if (i + 1 >= argc) throw std::invalid_argument(fmt::format("{} needs a value", flag));
        const char* value = argv[++i];
        if (flag == "--pairs") o.pairs = parse_number(flag, value);
        else if (flag == "--seed") o.seed = parse_number(flag, value);
        else if (flag == "--builds") o.builds = static_cast<int>(parse_number(flag, value));
        else if (flag == "--add-runs") o.add_runs = static_cast<int>(parse_number(flag, value));
        else if (flag == "--out") o.out_dir = value;
        else throw std::invalid_argument(fmt::format("unknown option {}", flag));
    }
    if (o.pairs == 0 || o.builds < 1 || o.add_runs < 1) throw std::invalid_argument("counts must be positive");
    return o;
}

void write_outputs(const std::filesystem::path& dir, const Pairs& pairs,
                   const std::vector<std::int32_t>& results, const Calendar& cal) {
    std::filesystem::create_directories(dir);
    write_int32s(dir / "starts.i32", pairs.starts);
    write_int32s(dir / "counts.i32", pairs.counts);
    write_int32s(dir / "plaint.i32", results);
    write_int32s(dir / "holidays.i32", weekday_holidays(cal));
}

int run(const Options& o) {
    const Pairs pairs = random_pairs(o.pairs, o.seed);
    const std::vector<double> builds = time_builds(o.builds);
    const Calendar cal = Calendar::build(CalendarSpec{});
    std::vector<std::int32_t> results(o.pairs);
    add_all(cal, pairs, results); // warm-up: page in the arrays
    const std::vector<double> adds = time_adds(cal, pairs, o.add_runs, results);
    if (!o.out_dir.empty()) write_outputs(o.out_dir, pairs, results, cal);

    const double add_median = median(adds);
    fmt::print("{{\"pairs\": {}, \"seed\": {}, \"builds\": {}, \"build_ms_median\": {:.4f}, "
               "\"build_ms_min\": {:.4f}, \"add_runs\": {}, \"add_s_median\": {:.6f}, "
               "\"add_s_min\": {:.6f}, \"pairs_per_s\": {:.0f}}}\n",
               o.pairs, o.seed, o.builds, median(builds) * 1e3,
               *std::min_element(builds.begin(), builds.end()) * 1e3, o.add_runs, add_median,
               *std::min_element(adds.begin(), adds.end()), static_cast<double>(o.pairs) / add_median);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    try {
        return run(parse_options(argc, argv));
    } catch (const std::exception& e) {
        fmt::print(stderr, "plaint_bench_calendar: error: {}\n", e.what());
        return 2;
    }
}
