// The classification options (see classification.hpp) and `plaint classify`.

#include "classification.hpp"

#include "commands.hpp"
#include "plaint/casework/learning.hpp"

#include <fmt/format.h>

namespace plaint::cmd {

void add_classification_options(CLI::App& command, ClassificationOptions& o) {
    command.add_option("--aspect", o.aspects,
                       "An aspect: SUBJECT[/SERVICE[/PROFESSION]] as KO41 category ids (repeat for several)")
        ->option_text("ASPECT")
        ->allow_extra_args(false);
    command.add_option("--age-band", o.age_band, "The patient's age band (KO41 category id)")->option_text("ID");
    command.add_option("--complainant-status", o.complainant_status,
                       "The complainant's status: patient, representative, other (KO41 category id)")
        ->option_text("ID");
}

report::Classification classification(const ClassificationOptions& o) {
    report::Classification c;
    for (const auto& a : o.aspects) c.aspects.push_back(report::parse_aspect(a));
    if (!o.age_band.empty()) c.age_band = o.age_band;
    if (!o.complainant_status.empty()) c.complainant_status = o.complainant_status;
    return c;
}

report::Categories categories(const Context& ctx) { return report::Categories::load(ctx.settings().report.categories); }

namespace {

struct ClassifyOptions {
    std::string ref;
    std::string on = "today";
    ClassificationOptions classification;
};

int run_classify(const ClassifyOptions& o, Context& ctx) {
    const auto c = classification(o.classification);
    const auto lists = categories(ctx);
    const Date on = ctx.parse_date(o.on, "--on date");
    ctx.json_asked(); // a --format not offered is refused before anything is written
    auto session = ctx.session(store::Access::read_write);
    const auto ref = ctx.case_ref(session.reg(), o.ref);
    const auto event = casework::classify(session.reg(), lists, ref, c, on, ctx.stamp());
    if (ctx.json_asked()) {
        ctx.out() << reg::event_json(event).dump(2) << '\n';
        return 0;
    }
    const auto record = session.reg().case_or_throw(ref);
    std::vector<std::string> aspects;
    for (const auto& a : record.aspects)
        aspects.push_back(fmt::format("{}/{}/{}", a.subject, a.service.empty() ? "-" : a.service,
                                      a.profession.empty() ? "-" : a.profession));
    ctx.out() << fmt::format("{}: classified under {}: aspects {}; age band {}; complainant status {}\n", ref,
                             record.categories.value_or("-"), aspects.empty() ? "-" : fmt::format("{}", fmt::join(aspects, ", ")),
                             record.age_band.value_or("-"), record.complainant_status.value_or("-"));
    return 0;
}

} // namespace

void setup_classify(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_classify);
    command.add_option("REF", o->ref, "Case reference")->required();
    add_classification_options(command, o->classification);
    command.add_option("--on", o->on, "The day it was classified (default today)")->option_text("DATE");
    command.footer("--aspect replaces all the case's aspects; the other options replace only what they name.\n"
                   "'plaint categories' lists the valid ids.");
}

} // namespace plaint::cmd

namespace plaint::cmd {
namespace {

struct CategoriesOptions {
    std::string on;
    bool all = false;
};

// plaint categories: the category list in force on a day (or every list).
int run_categories(const CategoriesOptions& o, Context& ctx) {
    const auto lists = categories(ctx);
    const auto format = ctx.format(output::Format::table, {output::Format::table, output::Format::json, output::Format::ndjson,
                                                            output::Format::csv, output::Format::tsv});
    std::vector<const report::CategoryList*> shown;
    if (o.all)
        for (const auto& l : lists.lists()) shown.push_back(&l);
    else
        shown.push_back(&lists.in_force(o.on.empty() ? ctx.today() : ctx.parse_date(o.on, "--on date")));
    output::Records records{{"list", "valid_from", "valid_to", "dimension", "id", "title"}, {}};
    for (const auto* l : shown)
        for (report::Dimension d : report::all_dimensions)
            for (const auto& c : l->of(d))
                records.add({l->id, l->valid_from.iso(), l->valid_to ? output::Value(l->valid_to->iso()) : output::Value(),
                             std::string(report::dimension_key(d)), c.id, c.title});
    ctx.write(records, format);
    return 0;
}

} // namespace

void setup_categories(CLI::App& command, Action& action) {
    auto o = bind(command, action, run_categories);
    command.add_option("--on", o->on, "The list in force on DATE (default today)")->option_text("DATE");
    command.add_flag("--all", o->all, "Every list version, built-in and the organisation's");
}

} // namespace plaint::cmd
