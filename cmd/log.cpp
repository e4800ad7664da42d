// plaint log: record a new concern, complaint or compliment. Prints the new
// case reference alone on stdout (or the case as JSON with --format json).

#include "classification.hpp"
#include "commands.hpp"
#include "plaint/casework/casework.hpp"
#include "plaint/casework/learning.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <iostream>
#include <unistd.h>

namespace plaint::cmd {
namespace {

using output::Format;

struct LogOptions {
    std::string received = "today";
    std::string summary;
    std::string kind = "complaint";
    std::string channel;
    std::string complainant;
    std::string complainant_contact;
    std::string on_behalf_of;
    std::string incident_date;
    std::string learned_date;
    std::string subject;
    std::string service;
    std::string provider;
    std::string owner;
    std::string procedure;
    ClassificationOptions classification;
};

std::optional<std::string> given(const std::string& value) {
    if (value.empty()) return std::nullopt;
    return value;
}

// The summary: --summary, else asked for on a terminal; a case without one
// cannot be found or reported on, so none is refused.
std::string summary_of(const LogOptions& o) {
    std::string summary = o.summary;
    if (summary.empty() && isatty(STDIN_FILENO) == 1 && isatty(STDERR_FILENO) == 1) {
        std::cerr << "Summary (no personal details): " << std::flush;
        std::getline(std::cin, summary);
    }
    if (summary.find_first_not_of(" \t") == std::string::npos)
        throw UsageError("a case needs a summary", "give --summary TEXT: what the case is about, without personal details");
    return summary;
}

reg::NewCase new_case(const LogOptions& o, const Context& ctx) {
    reg::NewCase c;
    c.kind = o.kind;
    c.received = ctx.parse_date(o.received, "--received date");
    if (c.received > ctx.today())
        throw UsageError(fmt::format("the date of receipt {} is in the future", c.received.iso()),
                         "a case is logged on or after the day it was received");
    if (!o.incident_date.empty()) c.incident_date = ctx.parse_date(o.incident_date, "--incident-date");
    if (!o.learned_date.empty()) c.learned_date = ctx.parse_date(o.learned_date, "--learned-date");
    c.summary = o.summary;
    c.channel = given(o.channel);
    c.subject = given(o.subject);
    c.service = given(o.service);
    c.provider = given(o.provider);
    c.owner = given(o.owner);
    c.procedure = o.procedure;
    if (o.complainant.empty() && !o.complainant_contact.empty())
        throw UsageError("--complainant-contact needs --complainant", "give the complainant's name as well");
    if (!o.complainant.empty()) c.parties.push_back({0, {}, "complainant", o.complainant, o.complainant_contact});
    if (!o.on_behalf_of.empty()) c.parties.push_back({0, {}, "on-behalf-of", o.on_behalf_of, {}});
    auto given_classification = classification(o.classification);
    c.aspects = std::move(given_classification.aspects);
    c.age_band = std::move(given_classification.age_band);
    c.complainant_status = std::move(given_classification.complainant_status);
    return c;
}

int run_log(const LogOptions& o, Context& ctx) {
    auto c = new_case(o, ctx);
    reg::validate(c); // before opening, so bad input never touches the register
    casework::classify_new_case(categories(ctx), c);
    if (!c.procedure.empty()) ctx.procedures().get(c.procedure);
    c.summary = summary_of(o);
    const bool as_json = ctx.json_asked();
    auto session = ctx.session(store::Access::read_write);
    const auto record = casework::log_case(session, ctx.procedures(), c, ctx.stamp());
    if (as_json)
        ctx.out() << reg::case_json(record).dump(2) << '\n';
    else
        ctx.out() << record.ref << '\n';
    return 0;
}

} // namespace

void setup_log(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_log);
    command.add_option("--received", o->received, "Date of receipt (default today)")->option_text("DATE");
    command.add_option("--summary", o->summary, "What the case is about (no names: use --complainant)");
    command.add_option("--kind", o->kind, "concern, complaint (default) or compliment")
        ->check(CLI::IsMember({"concern", "complaint", "compliment"}));
    command.add_option("--channel", o->channel, "letter, email, phone, in-person, web, mp or advocate")
        ->check(CLI::IsMember({"letter", "email", "phone", "in-person", "web", "mp", "advocate"}));
    command.add_option("--complainant", o->complainant, "The complainant's name (kept apart as personal data)");
    command.add_option("--complainant-contact", o->complainant_contact, "The complainant's address, email or phone");
    command.add_option("--on-behalf-of", o->on_behalf_of, "The person the complaint is made for, when not the complainant");
    command.add_option("--incident-date", o->incident_date, "When the matter complained of happened")->option_text("DATE");
    command.add_option("--learned-date", o->learned_date,
                       "When the complainant learned of the matter (the 12-month limit runs from the later date)")
        ->option_text("DATE");
    command.add_option("--subject", o->subject, "Subject area");
    command.add_option("--service", o->service, "Service area");
    command.add_option("--provider", o->provider, "The provider complained about");
    command.add_option("--owner", o->owner, "The case handler who owns the case");
    command.add_option("--procedure", o->procedure, "Procedure to follow (default: the register's)");
    add_classification_options(command, o->classification);
}

} // namespace plaint::cmd
