// plaint contribution request|received|list: statements asked of a service
// or a provider by a date, each a clock of its own (`due`, `remind`).

#include "commands.hpp"
#include "plaint/casework/contributions.hpp"

#include <fmt/format.h>

namespace plaint::cmd {
namespace {

using output::Format;

struct RequestOptions {
    std::string ref;
    std::string from;
    std::string by;
    int days = 0; // 0: not given
    std::string on = "today";
    bool force = false;
};

int run_request(const RequestOptions& o, Context& ctx) {
    if (!o.by.empty() && o.days > 0) throw UsageError("give --by or --days, not both");
    const Date on = ctx.parse_date(o.on, "--on date");
    ctx.json_asked(); // a --format not offered is refused before anything is written
    auto session = ctx.session(store::Access::read_write);
    const int days = o.days > 0 ? o.days : casework::contribution_default_days;
    const Date due = o.by.empty() ? session.calendar().add_working_days(on, days) : ctx.parse_date(o.by, "--by date");
    const std::string ref = ctx.case_ref(session.reg(), o.ref);
    const auto event = casework::request_contribution(session.reg(), ref, {o.from, due, on, o.force}, ctx.stamp());
    if (ctx.json_asked()) {
        ctx.out() << reg::event_json(event).dump(2) << '\n';
        return 0;
    }
    const auto c = session.reg().case_or_throw(ref);
    const auto& k = c.contributions.back();
    ctx.out() << fmt::format("{}: statement {} asked of {} on {}, due {}\n", ref, k.number, k.requested_of,
                             k.requested_on.iso(), k.due.iso());
    return 0;
}

struct ReceivedOptions {
    std::string ref;
    int number = 0;
    std::string on = "today";
};

int run_received(const ReceivedOptions& o, Context& ctx) {
    const Date on = ctx.parse_date(o.on, "--on date");
    ctx.json_asked(); // a --format not offered is refused before anything is written
    auto session = ctx.session(store::Access::read_write);
    const std::string ref = ctx.case_ref(session.reg(), o.ref);
    const auto event = casework::receive_contribution(session.reg(), ref, o.number, on, ctx.stamp());
    if (ctx.json_asked()) {
        ctx.out() << reg::event_json(event).dump(2) << '\n';
        return 0;
    }
    const auto c = session.reg().case_or_throw(ref);
    const auto& k = c.contributions.at(static_cast<std::size_t>(o.number - 1));
    const int late = on > k.due ? session.calendar().count_working_days(k.due, on) : 0;
    ctx.out() << fmt::format("{}: statement {} from {} received on {}, {}\n", ref, k.number, k.requested_of, on.iso(),
                             late > 0 ? fmt::format("{} working day{} late", late, late == 1 ? "" : "s") : "in time");
    return 0;
}

struct ListOptions {
    std::string ref; // "": every case
    bool open = false;
};

int run_list(const ListOptions& o, Context& ctx) {
    const Format format = ctx.format(Format::table, {Format::table, Format::json, Format::ndjson, Format::csv, Format::tsv});
    auto reg = ctx.open_register(store::Access::read_only);
    const std::string ref = o.ref.empty() ? std::string() : ctx.case_ref(reg, o.ref);
    if (!ref.empty()) reg.case_or_throw(ref);
    const auto& cal = ctx.calendar_for(reg);
    const Date today = ctx.today();
    output::Records records{{"reference", "number", "requested_of", "requested_on", "due", "received_on", "status",
                             "working_days_late", "state", "owner"},
                            {}};
    auto text = [](const std::optional<std::string>& v) { return v ? output::Value(*v) : output::Value(); };
    reg.for_each_contribution(ref, o.open, [&](const store::Register::ContributionRow& r) {
        const auto& k = r.contribution;
        const Date until = k.received_on.value_or(today);
        const int late = until > k.due ? cal.count_working_days(k.due, until) : 0;
        const char* status = k.received_on ? (late > 0 ? "late" : "received") : (late > 0 ? "overdue" : "open");
        records.add({r.ref, std::int64_t{k.number}, k.requested_of, k.requested_on.iso(), k.due.iso(),
                     k.received_on ? output::Value(k.received_on->iso()) : output::Value(), std::string(status),
                     std::int64_t{late}, r.state, text(r.owner)});
    });
    ctx.write(records, format);
    return 0;
}

} // namespace

void setup_contribution(CLI::App& command, Action& action) {
    command.require_subcommand(1);
    auto* request = command.add_subcommand("request", "Ask a service or provider for a statement by a date");
    auto r = bind(*request, action, run_request);
    request->add_option("REF", r->ref, "Case reference")->required();
    request->add_option("--from", r->from, "The service or provider asked (a ward, a practice; never a person's name)")
        ->required()
        ->option_text("SERVICE");
    request->add_option("--by", r->by, "The statement is due on DATE")->option_text("DATE");
    request->add_option("--days", r->days, "The statement is due N working days after it is asked for (default 10)")
        ->option_text("N")
        ->check(CLI::Range(1, 260));
    request->add_option("--on", r->on, "The day it was asked for (default today)")->option_text("DATE");
    request->add_flag("--force", r->force, "Ask on a closed case too (for the Ombudsman, say)");

    auto* received = command.add_subcommand("received", "Record statement N of a case received");
    auto d = bind(*received, action, run_received);
    received->add_option("REF", d->ref, "Case reference")->required();
    received->add_option("N", d->number, "The request's number (plaint contribution list REF)")
        ->required()
        ->check(CLI::PositiveNumber);
    received->add_option("--on", d->on, "The day it was received (default today)")->option_text("DATE");

    auto* list = command.add_subcommand("list", "List the requests of a case, or of every case by due date");
    auto l = bind(*list, action, run_list);
    list->add_option("REF", l->ref, "Only this case's requests");
    list->add_flag("--open", l->open, "Only the requests not yet received");
}

} // namespace plaint::cmd
