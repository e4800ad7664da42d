#include "plaint/casework/find.hpp"

#include "plaint/core/error.hpp"
#include "plaint/core/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <optional>

namespace plaint::casework {
namespace {

bool all_digits(std::string_view text) {
    return !text.empty() && std::all_of(text.begin(), text.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
}

std::optional<std::int64_t> number_of(std::string_view digits) {
    std::int64_t n = 0;
    if (!all_digits(digits) || digits.size() > 12) return std::nullopt;
    std::from_chars(digits.data(), digits.data() + digits.size(), n);
    return n;
}

std::string upper(std::string_view text) {
    std::string up(text);
    for (auto& ch : up) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    return up;
}

// PREFIX-YYYY-N, YYYY-N or N split into their parts; nullopt for anything else.
struct RefParts {
    std::string prefix; // "" when not given
    std::optional<int> year;
    std::int64_t number = 0;
};

std::optional<RefParts> parts_of(const std::string& ref) {
    std::vector<std::string_view> parts;
    std::string_view rest = ref;
    for (auto dash = rest.find('-'); dash != std::string_view::npos; dash = rest.find('-')) {
        parts.push_back(rest.substr(0, dash));
        rest.remove_prefix(dash + 1);
    }
    parts.push_back(rest);
    if (parts.size() > 3) return std::nullopt;
    RefParts p;
    const auto number = number_of(parts.back());
    if (!number) return std::nullopt;
    p.number = *number;
    if (parts.size() >= 2) {
        const auto year = number_of(parts[parts.size() - 2]);
        if (!year || parts[parts.size() - 2].size() != 4) return std::nullopt;
        p.year = static_cast<int>(*year);
    }
    if (parts.size() == 3) p.prefix = std::string(parts[0]);
    return p;
}

} // namespace

std::string resolve_ref(const store::Register& reg, std::string_view given, Date today) {
    const std::string ref = upper(given);
    const auto parts = parts_of(ref);
    if (!parts) return ref;
    const int year = parts->year.value_or(today.year());
    const auto found = reg.ref_numbered(year, parts->number);
    if (found && (parts->prefix.empty() || found->starts_with(parts->prefix + "-"))) return *found;
    if (!parts->prefix.empty()) return ref; // the register says it has no such case
    throw NotFoundError(fmt::format("no case numbered {} in {}", parts->number, year),
                        "'plaint list' shows the references; a short one (0042) means this year's");
}

std::string known_value(std::string_view what, const std::string& given, const std::vector<std::string>& known) {
    if (std::find(known.begin(), known.end(), given) != known.end()) return given;
    const std::string folded = fold_case(given);
    for (const auto& value : known)
        if (fold_case(value) == folded) return value;
    const auto near = nearest(given, known);
    std::string hint = "a filter on a value nothing holds would find nothing";
    if (known.empty()) hint = fmt::format("no case has any {} yet", what);
    else if (known.size() <= 12) hint = fmt::format("known: {}", fmt::join(known, ", "));
    if (near) throw UsageError(fmt::format("no {} '{}': did you mean '{}'?", what, given, *near), hint);
    throw UsageError(fmt::format("no {} '{}'", what, given), hint);
}

std::string register_value(const store::Register& reg, std::string_view field, const std::string& given,
                           const std::vector<std::string>& also) {
    if (std::find(also.begin(), also.end(), given) != also.end() || reg.has_case_value(field, given)) return given;
    auto known = reg.case_values(field);
    for (const auto& value : also)
        if (std::find(known.begin(), known.end(), value) == known.end()) known.push_back(value);
    std::sort(known.begin(), known.end());
    return known_value(field, given, known);
}

} // namespace plaint::casework
