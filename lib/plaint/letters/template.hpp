#pragma once
// Letter templates: plain text with placeholders, parsed once and rendered
// as text, Markdown or printable HTML (man/plaint-letter.1 documents the
// syntax for the people who write them):
//   {{case.reference}}          a field; an error when the case has no value
//   {{agreed.date|not agreed}}  a field, or the text after '|' when it has none
//   {{#field}} ... {{/field}}   kept only when the field has a value
//   {{^field}} ... {{/field}}   kept only when it has none
//   {{! a comment }}            left out (the first one describes the template)
//   # Heading                   a heading line; blank lines separate paragraphs
// A tag alone on its line takes the line with it. Parsing checks the syntax
// and every field name against the known ones, naming FILE:LINE; messages
// never carry a field's value (letters hold personal data).

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace plaint::letters {

enum class Format { text, markdown, html };
std::string_view format_id(Format format); // "text", "markdown", "html"
std::optional<Format> parse_format(std::string_view id);
// From a file name's extension: .txt, .md (.markdown), .html (.htm).
std::optional<Format> format_of_file(std::string_view file);

struct Node {
    enum class Kind { text, field, section, inverted } kind = Kind::text;
    std::string text;                    // text: the literal; else the field name
    std::optional<std::string> fallback; // field: the text after '|'
    int line = 0;                        // where it starts in the file
    std::vector<Node> children;          // sections
};

struct Template {
    std::string name;        // "acknowledgement"
    std::string origin;      // the file it came from, "builtin:acknowledgement.txt" for a built-in
    std::string description; // its first comment, "" when none
    std::vector<Node> nodes;
};

// Parses `text`; throws DataError "ORIGIN:LINE: why" for a malformed tag, an
// unclosed or mismatched section, or a field not in `known`.
Template parse_template(const std::string& name, const std::string& origin, const std::string& text,
                        const std::set<std::string>& known);

// A field's value; nullopt when the case has none. Values may hold newlines
// (an address), which become line breaks.
using Values = std::map<std::string, std::optional<std::string>>;

struct MissingField {
    std::string field;
    int line = 0;
};
// The fields used outside sections and without a fallback that `values`
// has no value for, in the order they appear (what rendering would refuse).
std::vector<MissingField> missing_fields(const Template& t, const Values& values);

// Renders the letter; throws UsageError for a missing value (see
// missing_fields), naming the field and FILE:LINE, never a value. HTML is a
// whole printable A4 document with inline styles, every value and every
// literal escaped; `title` names it (<title>).
std::string render(const Template& t, const Values& values, Format format, const std::string& title = "Letter");

// Escapes for HTML text and attribute values (& < > " ').
std::string html_escape(std::string_view text);
// Backslash-escapes the characters Markdown would read as markup.
std::string markdown_escape(std::string_view text);

} // namespace plaint::letters
