#pragma once
// The KO41 category lists as versioned data: age bands, complainant
// statuses, subject areas, service areas and professions, each list version
// with the dates it is in force. The versions shipped with plaint are
// compiled in from lib/plaint/report/ko41/*.toml; an organisation adds or
// replaces versions with its own files ([report] categories). A case is
// classified against the version in force on its date of receipt, and keeps
// the id of that version, so that a later revision never reclassifies it.
//
// File format (TOML):
//   id = "ko41a-2015"             unique; a file with a built-in id replaces it
//   title = "..."
//   valid_from = 2015-04-01       first day of receipt it applies to
//   valid_to = 2026-03-31         optional: last day
//   extends = "ko41a-2015"        optional: start from that version's lists
//   age_bands = [{ id = "0-17", title = "0 to 17" }, ...]
//   complainant_statuses, subjects, services, professions: the same shape;
//   with `extends`, entries are added (or retitled, when the id exists).

#include "plaint/core/date.hpp"
#include "plaint/register/case.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace plaint::report {

enum class Dimension { age_band, complainant_status, subject, service, profession };
inline constexpr Dimension all_dimensions[] = {Dimension::age_band, Dimension::complainant_status, Dimension::subject,
                                               Dimension::service, Dimension::profession};
// "age band", "complainant status", "subject area", "service area", "profession"
std::string_view dimension_name(Dimension d);
// The TOML key: "age_bands", "complainant_statuses", "subjects", "services", "professions"
std::string_view dimension_key(Dimension d);

struct Category {
    std::string id;
    std::string title;
};

struct CategoryList {
    std::string id;
    std::string title;
    std::string source; // builtin:<file> or the file it was read from
    bool organisation = false;
    Date valid_from;
    std::optional<Date> valid_to;
    std::vector<Category> age_bands, complainant_statuses, subjects, services, professions;

    const std::vector<Category>& of(Dimension d) const;
    std::vector<Category>& of(Dimension d);
    const Category* find(Dimension d, std::string_view wanted) const;
    // The category's title, or the id itself when the list does not hold it.
    std::string title_of(Dimension d, const std::string& wanted) const;
    bool in_force(Date day) const { return valid_from <= day && (!valid_to || day <= *valid_to); }
};

struct BuiltinList {
    const char* name; // file name, e.g. "ko41a-2015.toml"
    const char* text;
};
std::span<const BuiltinList> builtin_category_texts();

// Parses one list version; `extends` is looked up in `known`. Throws
// DataError as "origin:line:column: why".
CategoryList parse_category_list(const std::string& text, const std::string& origin,
                                 const std::vector<CategoryList>& known);

class Categories {
public:
    // The built-in versions, then the organisation's files in order (a file
    // whose id is already known replaces that version).
    static Categories load(const std::vector<std::string>& organisation_files);
    const std::vector<CategoryList>& lists() const { return lists_; }
    // The version in force on `day`: an organisation's before a built-in
    // one, then the latest valid_from. Throws UsageError when there is none.
    const CategoryList& in_force(Date day) const;
    // The same, or nullptr when no version is in force.
    const CategoryList* find_in_force(Date day) const;
    const CategoryList* find(std::string_view id) const;

private:
    void add(CategoryList list);
    std::vector<CategoryList> lists_;
};

// A case's classification as given on the command line.
struct Classification {
    std::vector<reg::Aspect> aspects;
    std::optional<std::string> age_band;
    std::optional<std::string> complainant_status;
    bool empty() const { return aspects.empty() && !age_band && !complainant_status; }
};

// "SUBJECT[/SERVICE[/PROFESSION]]" (category ids; a part may be left empty,
// "communications//medical"). Throws UsageError.
reg::Aspect parse_aspect(std::string_view text);

// Throws UsageError naming the first value the list does not hold, with the
// list's id and its valid values as the hint.
void check_classification(const CategoryList& list, const Classification& c);

} // namespace plaint::report
