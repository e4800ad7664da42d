#include "plaint/casework/risk.hpp"

#include "plaint/core/error.hpp"
#include "plaint/core/text.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace plaint::casework {
namespace {

[[noreturn]] void fail(const std::string& origin, const toml::node& node, const std::string& why) {
    throw DataError(fmt::format("{}:{}:{}: {}", origin, node.source().begin.line, node.source().begin.column, why));
}

std::string text(const toml::node& node, const std::string& key, const std::string& origin) {
    if (auto s = node.value<std::string>(); s && !s->empty()) return *s;
    fail(origin, node, fmt::format("{} must be a non-empty string", key));
}

int number(const toml::node& node, const std::string& key, const std::string& origin, int low, int high) {
    if (auto n = node.value<std::int64_t>(); n && *n >= low && *n <= high) return static_cast<int>(*n);
    fail(origin, node, fmt::format("{} must be a whole number from {} to {}", key, low, high));
}

const toml::table& entry_table(const toml::node& item, const std::string& key, const std::string& origin,
                               std::initializer_list<std::string_view> allowed) {
    const auto* entry = item.as_table();
    if (!entry) fail(origin, item, fmt::format("each entry of {} must be a table", key));
    for (const auto& [k, v] : *entry)
        if (std::find(allowed.begin(), allowed.end(), k.str()) == allowed.end())
            fail(origin, v, fmt::format("unknown key '{}' in {} ({})", k.str(), key, fmt::join(allowed, ", ")));
    return *entry;
}

const toml::node& required(const toml::table& t, const toml::node& at, std::string_view k, const std::string& key,
                           const std::string& origin) {
    if (const auto* v = t.get(k)) return *v;
    fail(origin, at, fmt::format("each entry of {} needs {}", key, k));
}

// consequence or likelihood: five entries scored 1 to 5, in order.
std::vector<RiskScale> read_scale(const toml::node& node, const std::string& key, const std::string& origin) {
    const auto* array = node.as_array();
    if (!array || array->size() != 5)
        fail(origin, node, fmt::format("{} must be an array of 5 {{ score, title, description }} entries", key));
    std::vector<RiskScale> scale;
    for (const auto& item : *array) {
        const auto& t = entry_table(item, key, origin, {"score", "title", "description"});
        RiskScale s{number(required(t, item, "score", key, origin), key + ".score", origin, 1, 5),
                    text(required(t, item, "title", key, origin), key + ".title", origin), {}};
        if (const auto* d = t.get("description")) s.description = text(*d, key + ".description", origin);
        if (s.score != static_cast<int>(scale.size()) + 1)
            fail(origin, item, fmt::format("{} scores must be 1, 2, 3, 4, 5 in order", key));
        scale.push_back(std::move(s));
    }
    return scale;
}

std::vector<RiskLevel> read_levels(const toml::node& node, const std::string& origin) {
    const auto* array = node.as_array();
    if (!array || array->empty()) fail(origin, node, "levels must be an array of { id, title, from, to } bands");
    std::vector<RiskLevel> levels;
    for (const auto& item : *array) {
        const auto& t = entry_table(item, "levels", origin, {"id", "title", "from", "to", "serious"});
        RiskLevel l{text(required(t, item, "id", "levels", origin), "levels.id", origin),
                    text(required(t, item, "title", "levels", origin), "levels.title", origin),
                    number(required(t, item, "from", "levels", origin), "levels.from", origin, 1, 25),
                    number(required(t, item, "to", "levels", origin), "levels.to", origin, 1, 25), false};
        if (const auto* s = t.get("serious")) {
            if (!s->is_boolean()) fail(origin, *s, "levels.serious must be true or false");
            l.serious = s->value_or(false);
        }
        if (l.to < l.from) fail(origin, item, fmt::format("level {} ends ({}) before it starts ({})", l.id, l.to, l.from));
        if (!levels.empty() && l.from <= levels.back().to)
            fail(origin, item, fmt::format("level {} overlaps {}: bands go lowest first", l.id, levels.back().id));
        for (const auto& o : levels)
            if (o.id == l.id) fail(origin, item, fmt::format("level {} is given twice", l.id));
        levels.push_back(std::move(l));
    }
    return levels;
}

const RiskLevel* band_of(const std::vector<RiskLevel>& levels, int score) {
    for (const auto& l : levels)
        if (l.from <= score && score <= l.to) return &l;
    return nullptr;
}

std::string read_file(const std::string& path) {
    return text::read_file(path, text::max_file, "risk matrix");
}

} // namespace

const RiskLevel& RiskMatrix::level_of(int score) const {
    if (const auto* l = band_of(levels, score)) return *l;
    throw UsageError(fmt::format("risk matrix {} has no level for score {}", id, score));
}

const RiskLevel* RiskMatrix::find_level(std::string_view wanted) const {
    for (const auto& l : levels)
        if (l.id == wanted) return &l;
    return nullptr;
}

reg::RiskGrade RiskMatrix::grade(int c, int l, Date on) const {
    auto check = [&](int value, const char* what, const std::vector<RiskScale>& scale) {
        if (value >= 1 && value <= 5) return;
        std::vector<std::string> names;
        for (const auto& s : scale) names.push_back(fmt::format("{} {}", s.score, s.title));
        throw UsageError(fmt::format("{} must be 1 to 5, not {}", what, value),
                         fmt::format("{} in {}: {}", what, id, fmt::join(names, ", ")));
    };
    check(c, "--consequence", consequence);
    check(l, "--likelihood", likelihood);
    const int score = c * l;
    return {c, l, score, level_of(score).id, id, on};
}

RiskMatrix parse_risk_matrix(const std::string& source_text, const std::string& origin) {
    toml::table root;
    try {
        root = toml::parse(source_text, origin);
    } catch (const toml::parse_error& e) {
        throw DataError(fmt::format("{}:{}:{}: {}", origin, e.source().begin.line, e.source().begin.column, e.description()));
    }
    RiskMatrix m;
    m.origin = origin;
    for (const auto& [k, node] : root) {
        if (k == "id") m.id = text(node, "id", origin);
        else if (k == "title") m.title = text(node, "title", origin);
        else if (k == "source") m.source = text(node, "source", origin);
        else if (k == "consequence") m.consequence = read_scale(node, "consequence", origin);
        else if (k == "likelihood") m.likelihood = read_scale(node, "likelihood", origin);
        else if (k == "levels") m.levels = read_levels(node, origin);
        else fail(origin, node, fmt::format("unknown key '{}' (id, title, source, consequence, likelihood, levels)", k.str()));
    }
    if (m.id.empty()) throw DataError(fmt::format("{}: a risk matrix needs an id", origin));
    for (const char* part : {"consequence", "likelihood", "levels"})
        if (!root.contains(part)) throw DataError(fmt::format("{}: risk matrix {} has no {}", origin, m.id, part));
    if (m.title.empty()) m.title = m.id;
    for (int c = 1; c <= 5; ++c)
        for (int l = 1; l <= 5; ++l)
            if (!band_of(m.levels, c * l))
                throw DataError(fmt::format("{}: risk matrix {} has no level for score {} ({} x {})", origin, m.id,
                                            c * l, c, l));
    return m;
}

RiskMatrices RiskMatrices::load(const std::vector<std::string>& organisation_files, const std::string& current) {
    RiskMatrices all;
    auto add = [&](RiskMatrix m) {
        auto same = std::find_if(all.matrices_.begin(), all.matrices_.end(), [&](const RiskMatrix& o) { return o.id == m.id; });
        if (same != all.matrices_.end()) *same = std::move(m);
        else all.matrices_.push_back(std::move(m));
    };
    for (const auto& b : builtin_matrix_texts()) add(parse_risk_matrix(b.text, fmt::format("builtin:{}", b.name)));
    std::string chosen = current.empty() ? default_matrix : current;
    for (const auto& file : organisation_files) {
        auto m = parse_risk_matrix(read_file(file), file);
        m.organisation = true;
        if (current.empty()) chosen = m.id;
        add(std::move(m));
    }
    const auto* found = all.find(chosen);
    if (!found)
        throw DataError(fmt::format("[risk] matrix names an unknown risk matrix '{}'", chosen),
                        "'plaint grade matrix --all' lists the matrices known");
    all.current_ = static_cast<std::size_t>(found - all.matrices_.data());
    return all;
}

const RiskMatrix& RiskMatrices::current() const { return matrices_.at(current_); }

const RiskMatrix* RiskMatrices::find(std::string_view id) const {
    for (const auto& m : matrices_)
        if (m.id == id) return &m;
    return nullptr;
}

const RiskMatrix& RiskMatrices::get(std::string_view id) const {
    if (const auto* m = find(id)) return *m;
    std::vector<std::string> ids;
    for (const auto& m : matrices_) ids.push_back(m.id);
    throw UsageError(fmt::format("unknown risk matrix '{}'", id), fmt::format("the matrices known: {}", fmt::join(ids, ", ")));
}

std::vector<std::string> RiskMatrices::serious_levels() const {
    std::vector<std::string> ids;
    for (const auto& m : matrices_)
        for (const auto& l : m.levels)
            if (l.serious && std::find(ids.begin(), ids.end(), l.id) == ids.end()) ids.push_back(l.id);
    return ids;
}

reg::Event grade_case(store::Register& reg, const RiskMatrix& matrix, const std::string& ref, int consequence,
                      int likelihood, Date on, const store::Stamp& stamp) {
    const auto grade = matrix.grade(consequence, likelihood, on);
    return reg.append_step(ref, reg::graded_event, on,
                           [&](const reg::CaseRecord& c, const std::vector<reg::Event>&) {
                               if (c.is_voided())
                                   throw RefusedError(fmt::format("{} was voided on {}: it was logged in error", ref,
                                                                  c.voided_on->iso()));
                               if (on < c.received)
                                   throw UsageError(fmt::format("{} was received on {}, after {}", ref, c.received.iso(),
                                                                on.iso()));
                               return nlohmann::json{{"consequence", grade.consequence},
                                                     {"likelihood", grade.likelihood},
                                                     {"score", grade.score},
                                                     {"level", grade.level},
                                                     {"matrix", grade.matrix}};
                           },
                           stamp);
}

} // namespace plaint::casework
