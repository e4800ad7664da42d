#pragma once
// Letters to complainants from templates kept as data: the built-in ones
// (lib/plaint/letters/templates/*.txt, compiled in) and the organisation's
// own directory ([letters] templates in the configuration), where a file of
// the same name replaces the built-in. The fields a template may name, and
// their values for one case, are worked out here from the case as casework
// sees it today (its clocks evaluated), its parties and the Ombudsman the
// case's procedure leads to (ombudsmen.toml, also replaceable).

#include "plaint/casework/casework.hpp"
#include "plaint/letters/template.hpp"

#include <filesystem>
#include <set>
#include <span>
#include <string>
#include <vector>

namespace plaint::letters {

struct BuiltinText {
    const char* name; // file name: "acknowledgement.txt", "ombudsmen.toml"
    const char* text;
};
std::span<const BuiltinText> builtin_texts(); // generated from templates/

struct TemplateSource {
    std::string name;   // "acknowledgement"
    std::string origin; // "builtin:acknowledgement.txt" or the file's path
    std::string text;
};

// The templates available: built-in ones, replaced or added to by the
// `*.txt` files of `directory` ("" for none); sorted by name. Throws
// DataError when the directory is named but cannot be read.
std::vector<TemplateSource> template_sources(const std::string& directory);
// The one named; UsageError (with the names there are) when none.
TemplateSource find_template(const std::string& name, const std::string& directory);

// Who a complainant may take the complaint to once local resolution has
// ended, by procedure id.
struct Ombudsman {
    std::string id;      // "phso"
    std::string name;    // "Parliamentary and Health Service Ombudsman"
    std::string address; // lines separated by newlines
    std::string phone, web;
    std::vector<std::string> procedures;
};
// ombudsmen.toml from `directory` when it has one, else the built-in.
std::vector<Ombudsman> ombudsmen(const std::string& directory);
std::vector<Ombudsman> parse_ombudsmen(const std::string& text, const std::string& origin);

// Every field name a template may use; `clock_kinds` are the kinds of clock
// the procedures know (acknowledgement, response, long-stop ...), each
// giving clock.KIND.due and clock.KIND.start.
std::set<std::string> known_fields(const std::vector<std::string>& clock_kinds);
// The field names with a line describing each, for `plaint letter --fields`.
std::vector<std::pair<std::string, std::string>> field_descriptions(const std::vector<std::string>& clock_kinds);

// "Monday 4 January 2027"
std::string long_date(Date date);

// What a letter is filled in from.
struct LetterInput {
    const casework::CaseView& view;
    const std::vector<reg::Party>& parties;
    std::string organisation;
    std::string owner_name; // the owner's display name ([people.NAME] name); "" for the owner id
    Date dated;             // the letter's date
    const Ombudsman* ombudsman = nullptr; // for the case's procedure, if any
};
Values letter_values(const LetterInput& input);

} // namespace plaint::letters
