// Procedure TOML -> Procedure. Every key is checked against what the format
// knows so that a typo is an error with its line, not a silently ignored rule.

#include "plaint/procedure/parse.hpp"

#include "plaint/core/error.hpp"
#include "plaint/core/sha256.hpp"
#include "plaint/procedure/validate.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <cctype>
#include <string_view>
#include <map>
#include <set>
#include <vector>

namespace plaint::procedure {
namespace {

class Reader {
public:
    explicit Reader(std::string origin) : origin_(std::move(origin)) {}

    [[noreturn]] void fail(const toml::node& node, const std::string& why) const {
        throw DataError(fmt::format("{}:{}: {}", origin_, node.source().begin.line, why));
    }

    void only_keys(const toml::table& table, std::initializer_list<const char*> known, const std::string& what) const {
        for (const auto& [key, node] : table)
            if (std::none_of(known.begin(), known.end(), [&key = key](const char* k) { return key == k; }))
                fail(node, fmt::format("unknown key \"{}\" in {}", key.str(), what));
    }

    std::string text(const toml::node& node, const std::string& what) const {
        if (auto s = node.value<std::string>()) return *s;
        fail(node, what + " must be a string");
    }

    std::string text(const toml::table& table, const char* key, const std::string& what, bool required = false) const {
        const toml::node* node = table.get(key);
        if (!node) {
            if (required) fail(table, fmt::format("{} needs \"{}\"", what, key));
            return {};
        }
        return text(*node, fmt::format("{}.{}", what, key));
    }

    std::vector<std::string> list(const toml::table& table, const char* key, const std::string& what) const {
        std::vector<std::string> items;
        const toml::node* node = table.get(key);
        if (!node) return items;
        if (node->is_string()) return {text(*node, what)};
        const auto* array = node->as_array();
        if (!array) fail(*node, fmt::format("{}.{} must be a list of strings", what, key));
        for (const auto& item : *array) items.push_back(text(item, fmt::format("{}.{}", what, key)));
        return items;
    }

    bool flag(const toml::table& table, const char* key, const std::string& what) const {
        const toml::node* node = table.get(key);
        if (!node) return false;
        if (auto b = node->value<bool>()) return *b;
        fail(*node, fmt::format("{}.{} must be true or false", what, key));
    }

    const toml::table& table(const toml::node& node, const std::string& what) const {
        if (const auto* t = node.as_table()) return *t;
        fail(node, what + " must be a table");
    }

    std::optional<Duration> duration(const toml::table& table, const char* key, const std::string& what) const {
        const toml::node* node = table.get(key);
        if (!node) return std::nullopt;
        const std::string text_of = text(*node, fmt::format("{}.{}", what, key));
        try {
            return parse_duration(text_of, "");
        } catch (const DataError& e) {
            fail(*node, fmt::format("{}.{}: {}", what, key, e.what()));
        }
    }

    int line(const toml::node& node) const { return static_cast<int>(node.source().begin.line); }

private:
    std::string origin_;
};

template <typename T>
void sort_by_line(std::vector<T>& items) {
    std::stable_sort(items.begin(), items.end(), [](const T& a, const T& b) { return a.line < b.line; });
}

void read_states(const Reader& r, const toml::table& root, Procedure& p) {
    const toml::node* node = root.get("states");
    if (!node) r.fail(root, "a procedure needs [states]");
    for (const auto& [key, value] : r.table(*node, "states")) {
        State s{std::string(key.str()), {}, false, r.line(value)};
        if (value.is_string()) {
            s.title = r.text(value, "state title");
        } else {
            const auto& t = r.table(value, fmt::format("state \"{}\"", s.id));
            r.only_keys(t, {"title", "final"}, fmt::format("state \"{}\"", s.id));
            s.title = r.text(t, "title", fmt::format("state \"{}\"", s.id));
            s.final = r.flag(t, "final", fmt::format("state \"{}\"", s.id));
        }
        if (s.title.empty()) s.title = s.id;
        p.states.push_back(std::move(s));
    }
    sort_by_line(p.states);
}

Field read_field(const Reader& r, const std::string& name, const toml::node& node, const std::string& where) {
    Field f{name, name, Field::Type::text, false, {}, {}, r.line(node)};
    const auto& t = r.table(node, where);
    r.only_keys(t, {"title", "type", "required", "choices", "differs_from"}, where);
    if (auto title = r.text(t, "title", where); !title.empty()) f.title = title;
    f.required = r.flag(t, "required", where);
    f.choices = r.list(t, "choices", where);
    f.differs_from = r.list(t, "differs_from", where);
    const std::string type = r.text(t, "type", where);
    if (type == "date") f.type = Field::Type::date;
    else if (type == "flag") f.type = Field::Type::flag;
    else if (type == "choice" || !f.choices.empty()) f.type = Field::Type::choice;
    else if (!type.empty() && type != "text")
        r.fail(*t.get("type"), fmt::format("{}: type must be text, date, choice or flag, not \"{}\"", where, type));
    if (f.type == Field::Type::choice && f.choices.empty()) r.fail(node, where + ": a choice field needs choices");
    return f;
}

void read_events(const Reader& r, const toml::table& root, Procedure& p) {
    const toml::node* node = root.get("events");
    if (!node) r.fail(root, "a procedure needs [events]");
    for (const auto& [key, value] : r.table(*node, "events")) {
        const std::string where = fmt::format("event \"{}\"", key.str());
        const auto& t = r.table(value, where);
        r.only_keys(t, {"title", "from", "to", "fields", "set_kind", "escalation", "kinds", "requires_checks",
                        "requires_flags", "requires_gates", "verb", "verb_option", "means", "once", "sets", "clears",
                        "revision_needs"}, where);
        EventDef e;
        e.id = std::string(key.str());
        e.line = r.line(value);
        if (e.id == logged_event) r.fail(value, "\"logged\" is recorded by 'plaint log' and cannot be defined");
        e.title = r.text(t, "title", where);
        if (e.title.empty()) e.title = e.id;
        e.from = r.list(t, "from", where);
        if (e.from.empty()) r.fail(value, where + " needs \"from\": the states it is allowed in");
        e.to = r.text(t, "to", where);
        e.set_kind = r.text(t, "set_kind", where);
        e.escalation = r.text(t, "escalation", where);
        e.kinds = r.list(t, "kinds", where);
        e.requires_checks = r.list(t, "requires_checks", where);
        e.requires_flags = r.list(t, "requires_flags", where);
        e.requires_gates = r.list(t, "requires_gates", where);
        e.verbs = r.list(t, "verb", where);
        e.verb_option = r.text(t, "verb_option", where);
        e.means = r.list(t, "means", where);
        e.once = r.flag(t, "once", where);
        e.sets = r.text(t, "sets", where);
        e.clears = r.text(t, "clears", where);
        e.revision_needs = r.text(t, "revision_needs", where);
        if (const auto* fields = t.get("fields"))
            for (const auto& [name, spec] : r.table(*fields, where + ".fields"))
                e.fields.push_back(read_field(r, std::string(name.str()), spec,
                                              fmt::format("{} field \"{}\"", where, name.str())));
        sort_by_line(e.fields);
        p.events.push_back(std::move(e));
    }
    sort_by_line(p.events);
}

Condition read_condition(const Reader& r, const toml::node& node, const std::string& where) {
    const auto& t = r.table(node, where);
    r.only_keys(t, {"channels", "not_channels", "has_party", "kinds"}, where);
    return {r.list(t, "channels", where), r.list(t, "not_channels", where), r.text(t, "has_party", where),
            r.list(t, "kinds", where)};
}

void read_gates(const Reader& r, const toml::table& root, Procedure& p) {
    const toml::node* node = root.get("gates");
    if (!node) return;
    for (const auto& [key, value] : r.table(*node, "gates")) {
        const std::string where = fmt::format("gate \"{}\"", key.str());
        const auto& t = r.table(value, where);
        r.only_keys(t, {"title", "required_if", "cleared_by", "cleared_by_flags"}, where);
        Gate g;
        g.id = std::string(key.str());
        g.title = r.text(t, "title", where);
        g.cleared_by = r.list(t, "cleared_by", where);
        g.cleared_by_flags = r.list(t, "cleared_by_flags", where);
        if (g.cleared_by.empty() && g.cleared_by_flags.empty())
            r.fail(value, where + " needs \"cleared_by\": the events that clear it");
        g.line = r.line(value);
        if (const auto* cond = t.get("required_if")) g.required_if = read_condition(r, *cond, where + ".required_if");
        p.gates.push_back(std::move(g));
    }
    sort_by_line(p.gates);
}

Extension read_one_extension(const Reader& r, const toml::node& node, const std::string& where) {
    const auto& e = r.table(node, where);
    r.only_keys(e, {"event", "cap", "before_expiry", "mode"}, where);
    Extension x{r.text(e, "event", where, true), r.duration(e, "cap", where), r.flag(e, "before_expiry", where)};
    if (const std::string mode = r.text(e, "mode", where); mode == "longer") x.mode = Extension::Mode::longer;
    else if (mode == "set") x.mode = Extension::Mode::set;
    else if (!mode.empty() && mode != "extend")
        r.fail(*e.get("mode"), where + ".mode must be extend, longer or set");
    return x;
}

// `extension` is one table or a list of them.
std::vector<Extension> read_extensions(const Reader& r, const toml::table& t, const std::string& where) {
    std::vector<Extension> list;
    const toml::node* node = t.get("extension");
    if (!node) return list;
    if (const auto* array = node->as_array()) {
        for (const auto& item : *array) list.push_back(read_one_extension(r, item, where + ".extension"));
        return list;
    }
    list.push_back(read_one_extension(r, *node, where + ".extension"));
    return list;
}

void read_clocks(const Reader& r, const toml::table& root, Procedure& p) {
    const toml::node* node = root.get("clocks");
    if (!node) return;
    for (const auto& [key, value] : r.table(*node, "clocks")) {
        const std::string where = fmt::format("clock \"{}\"", key.str());
        const auto& t = r.table(value, where);
        r.only_keys(t, {"title", "kind", "start_on", "restart_on", "reset_on", "gates", "kinds", "receipt", "target",
                        "due_from", "per", "not_before", "warn", "pause", "resume", "stop", "next", "extension", "on_breach",
                        "breach_handled_by"}, where);
        Clock c;
        c.id = std::string(key.str());
        c.line = r.line(value);
        c.title = r.text(t, "title", where);
        if (c.title.empty()) c.title = c.id;
        c.kind = r.text(t, "kind", where);
        c.start_on = r.list(t, "start_on", where);
        c.restart_on = r.list(t, "restart_on", where);
        c.reset_on = r.list(t, "reset_on", where);
        c.gates = r.list(t, "gates", where);
        c.kinds = r.list(t, "kinds", where);
        if (const std::string receipt = r.text(t, "receipt", where); !receipt.empty()) {
            if (receipt != "day-zero" && receipt != "next-working-day")
                r.fail(*t.get("receipt"), where + ": receipt must be day-zero or next-working-day");
            c.receipt = calendar::receipt_or_throw(receipt);
        }
        c.target = r.duration(t, "target", where);
        c.due_from = r.list(t, "due_from", where);
        c.per = r.text(t, "per", where);
        c.not_before = r.duration(t, "not_before", where);
        c.warn = r.duration(t, "warn", where);
        c.pause = r.list(t, "pause", where);
        c.resume = r.list(t, "resume", where);
        c.stop = r.list(t, "stop", where);
        c.next = r.list(t, "next", where);
        if (c.next.empty() && !c.stop.empty()) c.next.push_back(c.stop.front());
        c.extensions = read_extensions(r, t, where);
        c.on_breach = r.text(t, "on_breach", where);
        c.breach_handled_by = r.list(t, "breach_handled_by", where);
        p.clocks.push_back(std::move(c));
    }
    sort_by_line(p.clocks);
}

void read_checks(const Reader& r, const toml::table& root, Procedure& p) {
    const toml::node* node = root.get("checks");
    if (!node) return;
    for (const auto& [key, value] : r.table(*node, "checks")) {
        const std::string where = fmt::format("check \"{}\"", key.str());
        const auto& t = r.table(value, where);
        r.only_keys(t, {"title", "months", "decided_by"}, where);
        Check c{std::string(key.str()), r.text(t, "title", where), 12, r.text(t, "decided_by", where, true), r.line(value)};
        if (const auto* months = t.get("months")) {
            auto m = months->value<int64_t>();
            if (!m || *m < 1 || *m > 120) r.fail(*months, where + ".months must be a whole number of months, 1-120");
            c.months = static_cast<int>(*m);
        }
        p.checks.push_back(std::move(c));
    }
    sort_by_line(p.checks);
}

bool declares_verbs_or_meanings(const Procedure& p) {
    return std::any_of(p.events.begin(), p.events.end(), [](const EventDef& e) { return !e.verbs.empty() || !e.means.empty(); }) ||
           std::any_of(p.clocks.begin(), p.clocks.end(), [](const Clock& c) { return !c.kind.empty(); });
}

// Definitions written before procedure files named their verbs, meanings and
// clock kinds (the built-in files of earlier releases, stored with the cases
// logged under them, and organisations' files of that time) keep working:
// they get the verbs plaint then chose by event id, the response and
// Ombudsman meanings it then read from the details, and clock kinds from the
// clock ids. A file that declares any of these gets none of this.
void apply_legacy_defaults(Procedure& p) {
    static const std::map<std::string, std::vector<std::string>> legacy_verbs = {
        {"acknowledge", {"ack"}}, {"acknowledge-stage2", {"ack"}}, {"consent-received", {"consent"}},
        {"assign", {"assign"}}, {"assign-stage2", {"assign"}}, {"sufficient-information", {"assign"}},
        {"investigate", {"investigate"}}, {"decide-to-investigate", {"investigate"}},
        {"agree-response-date", {"extend"}}, {"extend-stage1", {"extend"}}, {"extend-stage2", {"extend"}},
        {"hold", {"hold"}}, {"resume", {"resume"}}, {"respond", {"respond"}}, {"respond-stage2", {"respond"}},
        {"withdraw", {"withdraw"}}, {"decline", {"decline"}}, {"decline-to-investigate", {"decline"}},
        {"close", {"close"}}, {"resolve-concern", {"close"}}, {"refer-to-provider", {"refer"}}};
    static const std::vector<std::string> ko41_outcomes = {"upheld", "partially-upheld", "not-upheld"};
    for (auto& e : p.events) {
        if (auto it = legacy_verbs.find(e.id); it != legacy_verbs.end()) e.verbs = it->second;
        if (e.id == "summary-approved") {
            e.verbs = {"consent"};
            e.verb_option = "summary-approved";
        }
        if (e.id == "ombudsman-referral") e.means.push_back("ombudsman-referral");
        const Field* outcome = e.field("outcome");
        if (outcome && !e.id.starts_with("ombudsman-") && !outcome->choices.empty() &&
            std::all_of(outcome->choices.begin(), outcome->choices.end(), [](const std::string& c) {
                return std::find(ko41_outcomes.begin(), ko41_outcomes.end(), c) != ko41_outcomes.end();
            }))
            e.means.push_back("response");
    }
    for (auto& c : p.clocks) {
        if (c.id.ends_with("acknowledgement")) c.kind = "acknowledgement";
        else if (c.id.ends_with("response")) c.kind = "response";
        else if (c.id == "long-stop") c.kind = "long-stop";
    }
    p.ko41 = p.id == "nhs-complaint" || p.id == "two-stage";
}

} // namespace

namespace {

// Splits `text` at runs of white space.
std::vector<std::string_view> words_of(std::string_view text) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
        const std::size_t start = i;
        while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
        if (i > start) words.push_back(text.substr(start, i - start));
    }
    return words;
}

bool is_procedure_id(std::string_view id) {
    if (id.empty() || id.size() > 64 || id[0] < 'a' || id[0] > 'z') return false;
    return std::all_of(id.begin(), id.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

} // namespace

// "N working day(s)", "N calendar day(s)", "N month(s)" or "N months beginning
// on", N of one to four digits, words separated by any white space. Parsed
// by hand: a std::regex costs more to compile than a whole definition to read.
Duration parse_duration(const std::string& text, const std::string& where) {
    const std::string prefix = where.empty() ? "" : where + ": ";
    const auto bad = [&] {
        return DataError(fmt::format("{}\"{}\" is not a duration (say \"3 working days\", \"28 calendar days\", "
                                     "\"6 months\" or \"6 months beginning on\")", prefix, text));
    };
    const auto w = words_of(text);
    if (w.size() < 2 || w[0].size() > 4 ||
        !std::all_of(w[0].begin(), w[0].end(), [](char c) { return c >= '0' && c <= '9'; }))
        throw bad();
    Duration d;
    d.amount = std::stoi(std::string(w[0]));
    std::size_t next = 2;
    const auto day_or_days = [](std::string_view word) { return word == "day" || word == "days"; };
    if ((w[1] == "working" || w[1] == "calendar") && w.size() >= 3 && day_or_days(w[2])) {
        d.unit = w[1] == "working" ? Duration::Unit::working_days : Duration::Unit::calendar_days;
        next = 3;
    } else if (w[1] == "month" || w[1] == "months") {
        d.unit = Duration::Unit::months;
    } else {
        throw bad();
    }
    if (w.size() == next + 2 && w[next] == "beginning" && w[next + 1] == "on") d.beginning_on = true;
    else if (w.size() != next) throw bad();
    if (d.beginning_on && d.unit != Duration::Unit::months)
        throw DataError(fmt::format("{}\"beginning on\" applies to months only", prefix));
    return d;
}

Procedure parse(const std::string& text, const std::string& origin) {
    toml::table root;
    try {
        root = toml::parse(text, origin);
    } catch (const toml::parse_error& e) {
        throw DataError(fmt::format("{}:{}:{}: {}", origin, e.source().begin.line, e.source().begin.column,
                                    e.description()));
    }
    const Reader r(origin);
    r.only_keys(root, {"id", "title", "description", "initial", "initial_by_kind", "ko41", "states", "events", "gates",
                       "clocks", "checks"}, "the procedure");
    Procedure p;
    p.id = r.text(root, "id", "the procedure", true);
    if (!is_procedure_id(p.id))
        r.fail(*root.get("id"), fmt::format("procedure id \"{}\" must be lower-case letters, digits and hyphens", p.id));
    p.title = r.text(root, "title", "the procedure", true);
    p.description = r.text(root, "description", "the procedure");
    p.initial = r.text(root, "initial", "the procedure", true);
    p.ko41 = r.flag(root, "ko41", "the procedure");
    if (const auto* by_kind = root.get("initial_by_kind"))
        for (const auto& [kind, state] : r.table(*by_kind, "initial_by_kind"))
            p.initial_by_kind[std::string(kind.str())] = r.text(state, fmt::format("initial_by_kind.{}", kind.str()));
    read_states(r, root, p);
    read_events(r, root, p);
    read_gates(r, root, p);
    read_clocks(r, root, p);
    read_checks(r, root, p);
    if (!root.get("ko41") && !declares_verbs_or_meanings(p)) apply_legacy_defaults(p);
    p.source = origin;
    p.text = text;
    p.hash = sha256_hex(text);
    validate(p, [&](int line, const std::string& why) {
        throw DataError(line > 0 ? fmt::format("{}:{}: {}", origin, line, why) : fmt::format("{}: {}", origin, why));
    });
    return p;
}

} // namespace plaint::procedure
