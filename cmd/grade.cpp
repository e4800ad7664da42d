// plaint grade REF --consequence N --likelihood N: a case's risk grade
// against a versioned 5x5 matrix; `plaint grade REF` shows it and
// `plaint grade matrix [ID]` prints a matrix.

#include "commands.hpp"
#include "grades.hpp"

#include <fmt/format.h>

namespace plaint::cmd {
namespace {

using output::Format;

struct GradeOptions {
    std::string ref;
    std::optional<int> consequence, likelihood;
    std::string on = "today";
    std::string matrix; // "": the matrix in force
};

std::string scale_title(const std::vector<casework::RiskScale>& scale, int score) {
    return score >= 1 && score <= static_cast<int>(scale.size()) ? scale[static_cast<std::size_t>(score - 1)].title : "?";
}

// "high, score 12 (consequence 4 Major x likelihood 3 Possible)"
std::string grade_text(const reg::RiskGrade& g, const casework::RiskMatrix* m) {
    if (!m) return fmt::format("{}, score {} (consequence {} x likelihood {})", g.level, g.score, g.consequence, g.likelihood);
    return fmt::format("{}, score {} (consequence {} {} x likelihood {} {})", g.level, g.score, g.consequence,
                       scale_title(m->consequence, g.consequence), g.likelihood, scale_title(m->likelihood, g.likelihood));
}

int show_grade(const GradeOptions& o, Context& ctx, const casework::RiskMatrices& matrices) {
    auto reg = ctx.open_register(store::Access::read_only);
    const auto c = reg.case_or_throw(ctx.case_ref(reg, o.ref));
    const auto& in_force = matrices.current();
    const bool superseded = c.risk && c.risk->matrix != in_force.id;
    if (ctx.json_asked()) {
        nlohmann::ordered_json doc = {{"reference", c.ref},
                                      {"risk", c.risk ? reg::risk_json(*c.risk) : nlohmann::ordered_json()},
                                      {"matrix_in_force", in_force.id},
                                      {"superseded", superseded}};
        ctx.out() << doc.dump(2) << '\n';
        return 0;
    }
    if (!c.risk) {
        ctx.out() << fmt::format("{}: not graded\n", c.ref);
        return 0;
    }
    const auto& g = *c.risk;
    ctx.out() << fmt::format("{}: {}, graded on {} against {}\n", c.ref, grade_text(g, matrices.find(g.matrix)),
                             g.graded_on.iso(), g.matrix);
    if (superseded)
        ctx.out() << fmt::format("{}: the matrix in force is {}; the grade keeps the score and level it was given\n",
                                 c.ref, in_force.id);
    return 0;
}

int run_grade(const GradeOptions& o, Context& ctx) {
    const auto matrices = risk_matrices(ctx);
    if (o.ref.empty())
        throw UsageError("give a case reference, or 'matrix'", "plaint grade REF --consequence N --likelihood N");
    if (!o.consequence && !o.likelihood) {
        if (!o.matrix.empty() || o.on != "today")
            throw UsageError("--matrix and --on describe a new grade", "give --consequence N --likelihood N with them");
        return show_grade(o, ctx, matrices);
    }
    if (!o.consequence || !o.likelihood)
        throw UsageError("a grade needs both --consequence and --likelihood", "each is a score from 1 to 5");
    const auto& matrix = o.matrix.empty() ? matrices.current() : matrices.get(o.matrix);
    const Date on = ctx.parse_date(o.on, "--on date");
    ctx.json_asked(); // a --format not offered is refused before anything is written
    auto session = ctx.session(store::Access::read_write);
    const std::string ref = ctx.case_ref(session.reg(), o.ref);
    const auto event = casework::grade_case(session.reg(), matrix, ref, *o.consequence, *o.likelihood, on, ctx.stamp());
    if (ctx.json_asked()) {
        ctx.out() << reg::event_json(event).dump(2) << '\n';
        return 0;
    }
    const auto grade = matrix.grade(*o.consequence, *o.likelihood, on);
    ctx.out() << fmt::format("{}: graded {} on {} against {}\n", ref, grade_text(grade, &matrix), on.iso(), matrix.id);
    return 0;
}

struct MatrixOptions {
    std::string id; // "": the matrix in force
    bool all = false;
};

void list_matrices(Context& ctx, const casework::RiskMatrices& matrices) {
    output::Records records{{"id", "title", "in_force", "origin"}, {}};
    for (const auto& m : matrices.all())
        records.add({m.id, m.title, &m == &matrices.current(), m.origin});
    ctx.write(records, ctx.format(Format::table, {Format::table, Format::json, Format::ndjson, Format::csv, Format::tsv}));
}

nlohmann::ordered_json matrix_json(const casework::RiskMatrix& m, bool in_force) {
    auto scale = [](const std::vector<casework::RiskScale>& s) {
        auto list = nlohmann::ordered_json::array();
        for (const auto& x : s) list.push_back({{"score", x.score}, {"title", x.title}, {"description", x.description}});
        return list;
    };
    auto levels = nlohmann::ordered_json::array();
    for (const auto& l : m.levels)
        levels.push_back({{"id", l.id}, {"title", l.title}, {"from", l.from}, {"to", l.to}, {"serious", l.serious}});
    return {{"id", m.id},          {"title", m.title},        {"source", m.source},
            {"in_force", in_force}, {"consequence", scale(m.consequence)}, {"likelihood", scale(m.likelihood)},
            {"levels", levels}};
}

// Likelihood down the side (5 at the top), consequence across; each cell
// its score and level.
output::Records matrix_grid(const casework::RiskMatrix& m) {
    output::Records grid{{"likelihood"}, {}};
    for (const auto& c : m.consequence) grid.columns.push_back(fmt::format("{} {}", c.score, c.title));
    for (int l = 5; l >= 1; --l) {
        std::vector<output::Value> row{fmt::format("{} {}", l, scale_title(m.likelihood, l))};
        for (int c = 1; c <= 5; ++c) row.push_back(fmt::format("{} {}", c * l, m.level_of(c * l).id));
        grid.add(std::move(row));
    }
    return grid;
}

int run_matrix(const MatrixOptions& o, Context& ctx) {
    const auto matrices = risk_matrices(ctx);
    if (o.all) {
        if (!o.id.empty()) throw UsageError("give a matrix id or --all, not both");
        list_matrices(ctx, matrices);
        return 0;
    }
    const auto& m = o.id.empty() ? matrices.current() : matrices.get(o.id);
    const bool in_force = &m == &matrices.current();
    const Format format = ctx.format(Format::table, {Format::table, Format::json, Format::csv, Format::tsv});
    if (format == Format::json) {
        ctx.out() << matrix_json(m, in_force).dump(2) << '\n';
        return 0;
    }
    if (format != Format::table) {
        ctx.write(matrix_grid(m), format);
        return 0;
    }
    ctx.out() << fmt::format("{}: {}{}\n", m.id, m.title, in_force ? " (in force)" : "");
    ctx.write(matrix_grid(m), format);
    std::vector<std::string> bands;
    for (const auto& l : m.levels)
        bands.push_back(fmt::format("{} {}-{}{}", l.id, l.from, l.to, l.serious ? " (serious)" : ""));
    ctx.out() << fmt::format("levels: {}\n", fmt::join(bands, ", "));
    if (!m.source.empty()) ctx.out() << fmt::format("source: {}\n", m.source);
    return 0;
}

} // namespace

casework::RiskMatrices risk_matrices(const Context& ctx) {
    return casework::RiskMatrices::load(ctx.settings().risk.matrices, ctx.settings().risk.matrix);
}

void setup_grade(CLI::App& command, Action& action) {
    auto* matrix = command.add_subcommand("matrix", "Print the risk matrix in force, another by id, or --all");
    auto m = bind(*matrix, action, run_matrix);
    matrix->add_option("ID", m->id, "A matrix id (default: the one in force)");
    matrix->add_flag("--all", m->all, "List every matrix known: built in and [risk] matrices");

    // Grading or showing, unless `matrix` was chosen.
    auto o = std::make_shared<GradeOptions>();
    command.callback([o, &action, matrix] {
        if (!matrix->parsed()) action = [o](Context& ctx) { return run_grade(*o, ctx); };
    });
    command.add_option("REF", o->ref, "Case reference");
    command.add_option_function<int>("--consequence", [o](int v) { o->consequence = v; },
                                     "Consequence, 1 negligible to 5 catastrophic")
        ->option_text("N");
    command.add_option_function<int>("--likelihood", [o](int v) { o->likelihood = v; },
                                     "Likelihood, 1 rare to 5 almost certain")
        ->option_text("N");
    command.add_option("--on", o->on, "The day it was graded (default today)")->option_text("DATE");
    command.add_option("--matrix", o->matrix, "Grade against this matrix (default: the one in force)")->option_text("ID");
    command.footer("Without --consequence and --likelihood, shows the case's grade. The grade records the matrix's "
                   "id with its score and level: a changed matrix never rescores it. See plaint-grade(1).");
}

} // namespace plaint::cmd
