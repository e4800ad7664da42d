// plaint sample --provider X --size N --seed S: a reproducible random sample
// of a provider's closed cases, for reviewing its responses. References and
// non-personal fields only.

#include "commands.hpp"
#include "plaint/report/sample.hpp"

#include <fmt/format.h>

namespace plaint::cmd {
namespace {

using output::Format;

struct SampleOptions {
    std::string provider;
    std::int64_t size = 10;
    std::uint64_t seed = 1;
    std::string period;
};

output::Value text(const std::optional<std::string>& v) { return v ? output::Value(*v) : output::Value(); }
output::Value date(const std::optional<Date>& v) { return v ? output::Value(v->iso()) : output::Value(); }

std::string subjects(const reg::CaseRecord& c) {
    std::vector<std::string> ids;
    for (const auto& a : c.aspects)
        if (std::find(ids.begin(), ids.end(), a.subject) == ids.end()) ids.push_back(a.subject);
    return fmt::format("{}", fmt::join(ids, " "));
}

int run_sample(const SampleOptions& o, Context& ctx) {
    const auto format = ctx.format(Format::table, {Format::table, Format::json, Format::ndjson, Format::csv, Format::tsv});
    report::SampleRequest request{o.provider, o.size, o.seed, std::nullopt};
    if (!o.period.empty()) request.period = report::parse_period(o.period);
    auto reg = ctx.open_register(store::Access::read_only);
    const auto result = report::draw_sample(reg, request);
    output::Records records{{"reference", "kind", "procedure", "received", "closed_on", "outcome", "resolved_on",
                             "subjects", "owner", "lessons", "actions"},
                            {}};
    for (const auto& c : result.cases)
        records.add({c.ref, c.kind, c.procedure, c.received.iso(), date(c.closed_on), text(c.outcome), date(c.resolved_on),
                     subjects(c), text(c.owner), static_cast<std::int64_t>(c.lessons.size()),
                     static_cast<std::int64_t>(c.actions.size())});
    ctx.write(records, format);
    if (format == Format::table)
        std::cerr << fmt::format("plaint: {} of {} closed case(s) of {}{}, seed {}\n", result.cases.size(), result.population,
                                 o.provider, request.period ? " closed in " + request.period->label : "", o.seed);
    return 0;
}

} // namespace

void setup_sample(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_sample);
    command.add_option("--provider", o->provider, "The provider whose closed cases to draw from")->required();
    command.add_option("--size", o->size, "How many cases (default 10)")->check(CLI::Range(std::int64_t{1}, std::int64_t{100'000}));
    command.add_option("--seed", o->seed, "Random seed: the same seed draws the same cases (default 1)");
    command.add_option("--period", o->period, "Only cases closed in PERIOD (2025/26, 2026-Q3, 2026-03, FROM..TO)")
        ->option_text("PERIOD");
}

} // namespace plaint::cmd
