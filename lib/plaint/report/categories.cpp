#include "plaint/report/categories.hpp"

#include "plaint/core/error.hpp"
#include "plaint/core/text.hpp"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace plaint::report {
namespace {

std::string where(const std::string& origin, const toml::node& node) {
    return fmt::format("{}:{}:{}", origin, node.source().begin.line, node.source().begin.column);
}

[[noreturn]] void fail(const std::string& origin, const toml::node& node, const std::string& why) {
    throw DataError(fmt::format("{}: {}", where(origin, node), why));
}

std::string text(const toml::node& node, const std::string& key, const std::string& origin) {
    if (auto s = node.value<std::string>(); s && !s->empty()) return *s;
    fail(origin, node, fmt::format("{} must be a non-empty string", key));
}

Date date(const toml::node& node, const std::string& key, const std::string& origin) {
    if (auto d = node.value<toml::date>())
        if (auto parsed = parse_iso_date(fmt::format("{:04}-{:02}-{:02}", d->year, d->month, d->day))) return *parsed;
    if (auto s = node.value<std::string>())
        if (auto parsed = parse_iso_date(*s)) return *parsed;
    fail(origin, node, fmt::format("{} must be a date such as 2025-04-01", key));
}

void read_entries(std::vector<Category>& into, const toml::node& node, const std::string& key, const std::string& origin) {
    const auto* array = node.as_array();
    if (!array) fail(origin, node, fmt::format("{} must be an array of {{ id = \"...\", title = \"...\" }}", key));
    for (const auto& item : *array) {
        const auto* entry = item.as_table();
        if (!entry || !entry->contains("id") || !entry->contains("title"))
            fail(origin, item, fmt::format("each entry of {} needs an id and a title", key));
        for (const auto& [k, v] : *entry)
            if (k != "id" && k != "title") fail(origin, v, fmt::format("unknown key '{}' in {} (id, title)", k.str(), key));
        Category c{text(*entry->get("id"), key + ".id", origin), text(*entry->get("title"), key + ".title", origin)};
        if (c.id.find('/') != std::string::npos) fail(origin, item, fmt::format("the id '{}' must not contain '/'", c.id));
        auto same = std::find_if(into.begin(), into.end(), [&](const Category& o) { return o.id == c.id; });
        if (same != into.end()) same->title = c.title;
        else into.push_back(std::move(c));
    }
}

std::string read_file(const std::string& path) {
    return text::read_file(path, text::max_file, "category list");
}

std::string ids(const std::vector<Category>& categories) {
    std::vector<std::string> all;
    for (const auto& c : categories) all.push_back(c.id);
    return fmt::format("{}", fmt::join(all, ", "));
}

void check_value(const CategoryList& list, Dimension d, const std::string& value) {
    if (list.find(d, value)) return;
    throw UsageError(fmt::format("unknown {} '{}' in category list {}", dimension_name(d), value, list.id),
                     fmt::format("{}s are: {}", dimension_name(d), ids(list.of(d))));
}

} // namespace

std::string_view dimension_name(Dimension d) {
    switch (d) {
    case Dimension::age_band: return "age band";
    case Dimension::complainant_status: return "complainant status";
    case Dimension::subject: return "subject area";
    case Dimension::service: return "service area";
    case Dimension::profession: return "profession";
    }
    return "category";
}

std::string_view dimension_key(Dimension d) {
    switch (d) {
    case Dimension::age_band: return "age_bands";
    case Dimension::complainant_status: return "complainant_statuses";
    case Dimension::subject: return "subjects";
    case Dimension::service: return "services";
    case Dimension::profession: return "professions";
    }
    return "";
}

const std::vector<Category>& CategoryList::of(Dimension d) const {
    switch (d) {
    case Dimension::age_band: return age_bands;
    case Dimension::complainant_status: return complainant_statuses;
    case Dimension::subject: return subjects;
    case Dimension::service: return services;
    case Dimension::profession: return professions;
    }
    return subjects;
}

std::vector<Category>& CategoryList::of(Dimension d) {
    return const_cast<std::vector<Category>&>(static_cast<const CategoryList&>(*this).of(d));
}

const Category* CategoryList::find(Dimension d, std::string_view wanted) const {
    for (const auto& c : of(d))
        if (c.id == wanted) return &c;
    return nullptr;
}

std::string CategoryList::title_of(Dimension d, const std::string& wanted) const {
    const Category* c = find(d, wanted);
    return c ? c->title : wanted;
}

CategoryList parse_category_list(const std::string& source_text, const std::string& origin,
                                 const std::vector<CategoryList>& known) {
    toml::table root;
    try {
        root = toml::parse(source_text, origin);
    } catch (const toml::parse_error& e) {
        throw DataError(fmt::format("{}:{}:{}: {}", origin, e.source().begin.line, e.source().begin.column, e.description()));
    }
    CategoryList list;
    list.source = origin;
    if (const auto* base = root.get("extends")) {
        const std::string id = text(*base, "extends", origin);
        auto it = std::find_if(known.begin(), known.end(), [&](const CategoryList& k) { return k.id == id; });
        if (it == known.end()) fail(origin, *base, fmt::format("extends an unknown category list '{}'", id));
        list = *it;
        list.source = origin;
        list.valid_to.reset();
    }
    bool has_from = false;
    for (const auto& [k, node] : root) {
        if (k == "id") list.id = text(node, "id", origin);
        else if (k == "title") list.title = text(node, "title", origin);
        else if (k == "valid_from") list.valid_from = date(node, "valid_from", origin), has_from = true;
        else if (k == "valid_to") list.valid_to = date(node, "valid_to", origin);
        else if (k == "extends") continue;
        else {
            auto d = std::find_if(std::begin(all_dimensions), std::end(all_dimensions),
                                  [&](Dimension x) { return dimension_key(x) == k.str(); });
            if (d == std::end(all_dimensions))
                fail(origin, node, fmt::format("unknown key '{}' (id, title, valid_from, valid_to, extends, age_bands, "
                                               "complainant_statuses, subjects, services, professions)", k.str()));
            read_entries(list.of(*d), node, std::string(k.str()), origin);
        }
    }
    if (list.id.empty()) throw DataError(fmt::format("{}: a category list needs an id", origin));
    if (!has_from) throw DataError(fmt::format("{}: category list {} needs valid_from", origin, list.id));
    if (list.valid_to && *list.valid_to < list.valid_from)
        throw DataError(fmt::format("{}: category list {} ends ({}) before it starts ({})", origin, list.id,
                                    list.valid_to->iso(), list.valid_from.iso()));
    for (Dimension d : all_dimensions)
        if (list.of(d).empty())
            throw DataError(fmt::format("{}: category list {} has no {}", origin, list.id, dimension_key(d)));
    return list;
}

void Categories::add(CategoryList list) {
    auto same = std::find_if(lists_.begin(), lists_.end(), [&](const CategoryList& l) { return l.id == list.id; });
    if (same != lists_.end()) *same = std::move(list);
    else lists_.push_back(std::move(list));
}

Categories Categories::load(const std::vector<std::string>& organisation_files) {
    Categories all;
    for (const auto& b : builtin_category_texts())
        all.add(parse_category_list(b.text, fmt::format("builtin:{}", b.name), all.lists_));
    for (const auto& file : organisation_files) {
        auto list = parse_category_list(read_file(file), file, all.lists_);
        list.organisation = true;
        all.add(std::move(list));
    }
    return all;
}

const CategoryList& Categories::in_force(Date day) const {
    if (const auto* found = find_in_force(day)) return *found;
    throw UsageError(fmt::format("no KO41 category list is in force on {}", day.iso()),
                     "add one with valid_from on or before that date ([report] categories, see plaint-config(5))");
}

const CategoryList* Categories::find_in_force(Date day) const {
    const CategoryList* best = nullptr;
    for (const auto& l : lists_) {
        if (!l.in_force(day)) continue;
        if (!best || (l.organisation && !best->organisation) ||
            (l.organisation == best->organisation && l.valid_from > best->valid_from))
            best = &l;
    }
    return best;
}

const CategoryList* Categories::find(std::string_view id) const {
    for (const auto& l : lists_)
        if (l.id == id) return &l;
    return nullptr;
}

reg::Aspect parse_aspect(std::string_view value) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t slash; (slash = value.find('/', start)) != std::string_view::npos; start = slash + 1)
        parts.emplace_back(value.substr(start, slash - start));
    parts.emplace_back(value.substr(start));
    if (parts.size() > 3 || parts[0].empty())
        throw UsageError(fmt::format("'{}' is not an aspect", value),
                         "write SUBJECT, SUBJECT/SERVICE or SUBJECT/SERVICE/PROFESSION (category ids)");
    parts.resize(3);
    return {parts[0], parts[1], parts[2]};
}

void check_classification(const CategoryList& list, const Classification& c) {
    if (c.age_band) check_value(list, Dimension::age_band, *c.age_band);
    if (c.complainant_status) check_value(list, Dimension::complainant_status, *c.complainant_status);
    for (const auto& a : c.aspects) {
        check_value(list, Dimension::subject, a.subject);
        if (!a.service.empty()) check_value(list, Dimension::service, a.service);
        if (!a.profession.empty()) check_value(list, Dimension::profession, a.profession);
    }
}

} // namespace plaint::report
