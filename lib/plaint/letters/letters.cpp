#include "plaint/letters/letters.hpp"

#include "plaint/core/error.hpp"
#include "plaint/core/text.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

namespace plaint::letters {
namespace {

namespace fs = std::filesystem;

constexpr const char* template_suffix = ".txt";
constexpr const char* ombudsmen_file = "ombudsmen.toml";

std::string read_text(const fs::path& file) {
    return text::read_file(file, text::max_file, "letter template");
}

std::string stem_of(const std::string& file_name) {
    return file_name.substr(0, file_name.size() - std::string_view(template_suffix).size());
}

// The fixed fields, with what each holds; the clock fields follow the kinds.
const std::vector<std::pair<std::string, std::string>>& fixed_fields() {
    static const std::vector<std::pair<std::string, std::string>> fields = {
        {"organisation.name", "the register's organisation"},
        {"today", "the letter's date (--on, default today)"},
        {"case.reference", "the case reference"},
        {"case.received", "the date of receipt"},
        {"case.kind", "concern, complaint or compliment"},
        {"case.summary", "the case summary"},
        {"case.subject", "the subject"},
        {"case.service", "the service"},
        {"case.provider", "the provider"},
        {"case.owner", "the case owner (as recorded)"},
        {"case.procedure", "the procedure's title"},
        {"case.state", "the case's state"},
        {"owner.name", "the owner's display name ([people.NAME] name), else the owner"},
        {"complainant.name", "the complainant's name"},
        {"complainant.contact", "the complainant's address or contact details"},
        {"on_behalf_of.name", "the person the complaint is made for"},
        {"on_behalf_of.contact", "their contact details"},
        {"agreed.date", "the response date agreed with the complainant (plaint extend), the latest one"},
        {"ombudsman.name", "the Ombudsman of the case's procedure (ombudsmen.toml)"},
        {"ombudsman.address", "the Ombudsman's address"},
        {"ombudsman.phone", "the Ombudsman's telephone number"},
        {"ombudsman.web", "the Ombudsman's website"},
    };
    return fields;
}

std::optional<std::string> text_of(const std::optional<std::string>& v) {
    if (v && !v->empty()) return v;
    return std::nullopt;
}

std::optional<std::string> date_text(const std::optional<Date>& d) {
    if (!d) return std::nullopt;
    return long_date(*d);
}

// The clock of this kind the letter speaks of: the open one, else the one
// started last.
const procedure::ClockStatus* clock_of_kind(const std::vector<procedure::ClockStatus>& clocks, const std::string& kind) {
    const procedure::ClockStatus* latest = nullptr;
    for (const auto& c : clocks) {
        if (c.clock->kind != kind || !c.start) continue;
        if (c.is_open()) return &c;
        if (!latest || *c.start >= *latest->start) latest = &c;
    }
    return latest;
}

// The newest `until` of a step recorded by the verb `extend` (a response
// date agreed with the complainant), in the order the steps happened.
std::optional<Date> agreed_date(const casework::CaseView& view) {
    std::optional<Date> agreed;
    std::optional<Date> on;
    for (const auto& e : view.events) {
        const auto* def = view.procedure->event(e.type);
        if (!def || std::find(def->verbs.begin(), def->verbs.end(), "extend") == def->verbs.end()) continue;
        const auto until = e.details.find("until");
        if (until == e.details.end() || !until->is_string()) continue;
        if (on && e.effective_date < *on) continue;
        on = e.effective_date;
        agreed = parse_iso_date(until->get<std::string>());
    }
    return agreed;
}

void add_party(Values& v, const std::vector<reg::Party>& parties, const std::string& role, const std::string& prefix) {
    v[prefix + ".name"] = std::nullopt;
    v[prefix + ".contact"] = std::nullopt;
    for (const auto& p : parties) {
        if (p.role != role) continue;
        v[prefix + ".name"] = text_of(p.name);
        v[prefix + ".contact"] = text_of(p.contact);
        return;
    }
}

} // namespace

std::vector<TemplateSource> template_sources(const std::string& directory) {
    std::map<std::string, TemplateSource> by_name;
    for (const auto& b : builtin_texts()) {
        const std::string file = b.name;
        if (file.ends_with(template_suffix)) by_name[stem_of(file)] = {stem_of(file), "builtin:" + file, b.text};
    }
    if (!directory.empty()) {
        std::error_code ec;
        fs::directory_iterator it(directory, ec);
        if (ec) throw DataError(fmt::format("cannot read the letters directory {}: {}", directory, ec.message()),
                                "check [letters] templates in the configuration ('plaint config show')");
        for (const auto& entry : it) {
            const std::string file = entry.path().filename().string();
            if (!file.ends_with(template_suffix) || !entry.is_regular_file()) continue;
            by_name[stem_of(file)] = {stem_of(file), entry.path().string(), read_text(entry.path())};
        }
    }
    std::vector<TemplateSource> all;
    for (auto& [name, source] : by_name) all.push_back(std::move(source));
    return all;
}

TemplateSource find_template(const std::string& name, const std::string& directory) {
    auto all = template_sources(directory);
    std::vector<std::string> names;
    for (auto& s : all) {
        if (s.name == name) return std::move(s);
        names.push_back(s.name);
    }
    throw UsageError(fmt::format("no letter template '{}'", name),
                     fmt::format("templates are {} ('plaint letter --list')", fmt::join(names, ", ")));
}

std::vector<Ombudsman> parse_ombudsmen(const std::string& text, const std::string& origin) {
    toml::table root;
    try {
        root = toml::parse(text, origin);
    } catch (const toml::parse_error& e) {
        throw DataError(fmt::format("{}:{}: {}", origin, e.source().begin.line, e.description()));
    }
    std::vector<Ombudsman> all;
    for (const auto& [id, node] : root) {
        const auto* table = node.as_table();
        if (!table) throw DataError(fmt::format("{}:{}: {} must be a table", origin, node.source().begin.line, id.str()));
        Ombudsman o{std::string(id.str()), (*table)["name"].value_or(std::string()),
                    (*table)["address"].value_or(std::string()), (*table)["phone"].value_or(std::string()),
                    (*table)["web"].value_or(std::string()), {}};
        if (o.name.empty()) throw DataError(fmt::format("{}:{}: {} has no name", origin, node.source().begin.line, o.id));
        if (const auto* list = (*table)["procedures"].as_array())
            for (const auto& p : *list) o.procedures.push_back(p.value_or(std::string()));
        all.push_back(std::move(o));
    }
    return all;
}

std::vector<Ombudsman> ombudsmen(const std::string& directory) {
    std::error_code ec;
    if (!directory.empty() && fs::exists(fs::path(directory) / ombudsmen_file, ec)) {
        const auto file = fs::path(directory) / ombudsmen_file;
        return parse_ombudsmen(read_text(file), file.string());
    }
    for (const auto& b : builtin_texts())
        if (std::string_view(b.name) == ombudsmen_file) return parse_ombudsmen(b.text, std::string("builtin:") + b.name);
    return {};
}

std::vector<std::pair<std::string, std::string>> field_descriptions(const std::vector<std::string>& clock_kinds) {
    auto fields = fixed_fields();
    for (const auto& kind : clock_kinds) {
        fields.emplace_back(fmt::format("clock.{}.due", kind), fmt::format("the due date of the {} clock", kind));
        fields.emplace_back(fmt::format("clock.{}.start", kind), fmt::format("the day the {} clock started (day 0)", kind));
    }
    return fields;
}

std::set<std::string> known_fields(const std::vector<std::string>& clock_kinds) {
    std::set<std::string> names;
    for (const auto& [name, what] : field_descriptions(clock_kinds)) names.insert(name);
    return names;
}

std::string long_date(Date date) {
    static constexpr const char* months[] = {"January", "February", "March",     "April",   "May",      "June",
                                             "July",    "August",   "September", "October", "November", "December"};
    const auto ymd = date.ymd();
    return fmt::format("{} {} {} {}", weekday_name(date.weekday()), ymd.day, months[ymd.month - 1], ymd.year);
}

Values letter_values(const LetterInput& in) {
    const auto& c = in.view.record;
    Values v;
    v["organisation.name"] = text_of(in.organisation);
    v["today"] = long_date(in.dated);
    v["case.reference"] = c.ref;
    v["case.received"] = long_date(c.received);
    v["case.kind"] = c.kind;
    v["case.summary"] = text_of(c.summary);
    v["case.subject"] = text_of(c.subject);
    v["case.service"] = text_of(c.service);
    v["case.provider"] = text_of(c.provider);
    v["case.owner"] = text_of(c.owner);
    v["case.procedure"] = in.view.procedure->title;
    v["case.state"] = c.state;
    v["owner.name"] = in.owner_name.empty() ? text_of(c.owner) : text_of(in.owner_name);
    add_party(v, in.parties, "complainant", "complainant");
    add_party(v, in.parties, "on-behalf-of", "on_behalf_of");
    v["agreed.date"] = date_text(agreed_date(in.view));
    const Ombudsman* o = in.ombudsman;
    v["ombudsman.name"] = o ? text_of(o->name) : std::nullopt;
    v["ombudsman.address"] = o ? text_of(o->address) : std::nullopt;
    v["ombudsman.phone"] = o ? text_of(o->phone) : std::nullopt;
    v["ombudsman.web"] = o ? text_of(o->web) : std::nullopt;
    for (const auto& clock : in.view.procedure->clocks) {
        const auto* status = clock_of_kind(in.view.clocks, clock.kind);
        v[fmt::format("clock.{}.due", clock.kind)] = status ? date_text(status->due) : std::nullopt;
        v[fmt::format("clock.{}.start", clock.kind)] = status ? date_text(status->start) : std::nullopt;
    }
    return v;
}

} // namespace plaint::letters
