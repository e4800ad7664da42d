#include "plaint/letters/template.hpp"

#include "plaint/core/error.hpp"
#include "plaint/core/suggest.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace plaint::letters {
namespace {

struct Token {
    bool tag = false;
    std::string text; // literal text, or the tag's inside, trimmed
    int line = 0;
};

std::string trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return std::string(s.substr(first, s.find_last_not_of(" \t") - first + 1));
}

[[noreturn]] void fail(const std::string& origin, int line, const std::string& why, const std::string& hint = {}) {
    throw DataError(fmt::format("{}:{}: {}", origin, line, why), hint);
}

std::vector<Token> tokenize(const std::string& text, const std::string& origin) {
    std::vector<Token> tokens;
    int line = 1;
    std::size_t at = 0;
    while (at < text.size()) {
        const auto open = text.find("{{", at);
        const auto literal_end = open == std::string::npos ? text.size() : open;
        if (literal_end > at) tokens.push_back({false, text.substr(at, literal_end - at), line});
        line += static_cast<int>(std::count(text.begin() + static_cast<std::ptrdiff_t>(at),
                                            text.begin() + static_cast<std::ptrdiff_t>(literal_end), '\n'));
        if (open == std::string::npos) break;
        const auto close = text.find("}}", open + 2);
        const auto newline = text.find('\n', open);
        if (close == std::string::npos || (newline != std::string::npos && newline < close))
            fail(origin, line, "'{{' is not closed by '}}' on the same line", "write a literal '{{' as {{!}}{{");
        tokens.push_back({true, trim(std::string_view(text).substr(open + 2, close - open - 2)), line});
        at = close + 2;
    }
    return tokens;
}

bool is_block_tag(const Token& t) {
    return t.tag && !t.text.empty() && (t.text[0] == '#' || t.text[0] == '^' || t.text[0] == '/' || t.text[0] == '!');
}

// Whether the text before a tag (the literal at `i - 1`, if any) leaves it
// at the start of a line, and the text after (at `i + 1`) at its end.
bool starts_line(const std::vector<Token>& tokens, std::size_t i) {
    if (i == 0) return true;
    const Token& before = tokens[i - 1];
    if (before.tag) return false;
    const auto newline = before.text.find_last_of('\n');
    if (newline == std::string::npos && i > 1) return false;
    return before.text.find_first_not_of(" \t", newline == std::string::npos ? 0 : newline + 1) == std::string::npos;
}

bool ends_line(const std::vector<Token>& tokens, std::size_t i) {
    if (i + 1 == tokens.size()) return true;
    const Token& after = tokens[i + 1];
    if (after.tag) return false;
    const auto newline = after.text.find('\n');
    if (newline == std::string::npos && i + 2 < tokens.size()) return false;
    const auto first = after.text.find_first_not_of(" \t");
    return first == std::string::npos || first == newline;
}

// A section or comment tag alone on its line takes the line with it: the
// spaces before it and the spaces and newline after it go.
void strip_standalone(std::vector<Token>& tokens) {
    std::vector<bool> alone(tokens.size(), false);
    for (std::size_t i = 0; i < tokens.size(); ++i)
        alone[i] = is_block_tag(tokens[i]) && starts_line(tokens, i) && ends_line(tokens, i);
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (!alone[i]) continue;
        if (i > 0) {
            auto& before = tokens[i - 1].text;
            const auto newline = before.find_last_of('\n');
            before.erase(newline == std::string::npos ? 0 : newline + 1);
        }
        if (i + 1 < tokens.size()) {
            auto& after = tokens[i + 1].text;
            const auto newline = after.find('\n');
            after.erase(0, newline == std::string::npos ? after.size() : newline + 1);
        }
    }
}

bool valid_name(const std::string& name) {
    return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    });
}

void check_name(const std::string& name, const std::string& origin, int line, const std::set<std::string>& known) {
    if (!valid_name(name)) fail(origin, line, fmt::format("'{}' is not a field name", name), "names are like case.reference");
    if (known.count(name)) return;
    const auto near = nearest_names(name, std::vector<std::string>(known.begin(), known.end()));
    fail(origin, line, fmt::format("unknown field '{}'", name),
         near.empty() ? "'plaint letter --fields' lists the fields"
                      : fmt::format("did you mean {}? ('plaint letter --fields' lists them)", fmt::join(near, " or ")));
}

struct Parser {
    const std::string& origin;
    const std::set<std::string>& known;
    std::string description;

    // Parses tokens from `i` until the close of `section` ("" for the top).
    std::vector<Node> nodes(const std::vector<Token>& tokens, std::size_t& i, const Node* section) {
        std::vector<Node> out;
        for (; i < tokens.size(); ++i) {
            const Token& t = tokens[i];
            if (!t.tag) {
                if (!t.text.empty()) out.push_back({Node::Kind::text, t.text, {}, t.line, {}});
                continue;
            }
            if (t.text.empty()) fail(origin, t.line, "empty '{{}}'", "write a field name between the braces");
            const char sigil = t.text[0];
            if (sigil == '!') {
                if (description.empty()) description = trim(t.text.substr(1));
                continue;
            }
            if (sigil == '/') {
                const std::string name = trim(t.text.substr(1));
                if (!section) fail(origin, t.line, fmt::format("'{{{{/{}}}}}' closes no section", name));
                if (name != section->text)
                    fail(origin, t.line, fmt::format("'{{{{/{}}}}}' closes the section '{}' opened on line {}", name,
                                                     section->text, section->line));
                return out;
            }
            if (sigil == '#' || sigil == '^') {
                Node node{sigil == '#' ? Node::Kind::section : Node::Kind::inverted, trim(t.text.substr(1)), {}, t.line, {}};
                check_name(node.text, origin, t.line, known);
                node.children = nodes(tokens, ++i, &node);
                if (i >= tokens.size()) fail(origin, t.line, fmt::format("section '{}' is not closed", node.text),
                                             fmt::format("end it with {{{{/{}}}}}", node.text));
                out.push_back(std::move(node));
                continue;
            }
            Node field{Node::Kind::field, t.text, {}, t.line, {}};
            if (const auto bar = t.text.find('|'); bar != std::string::npos) {
                field.text = trim(t.text.substr(0, bar));
                field.fallback = t.text.substr(bar + 1);
            }
            check_name(field.text, origin, t.line, known);
            out.push_back(std::move(field));
        }
        return out;
    }
};

bool has_value(const Values& values, const std::string& name) {
    const auto it = values.find(name);
    return it != values.end() && it->second && !it->second->empty();
}

void collect_missing(const std::vector<Node>& nodes, const Values& values, std::vector<MissingField>& out) {
    for (const auto& n : nodes) {
        if (n.kind == Node::Kind::field && !n.fallback && !has_value(values, n.text)) out.push_back({n.text, n.line});
        if (n.kind == Node::Kind::section && has_value(values, n.text)) collect_missing(n.children, values, out);
        if (n.kind == Node::Kind::inverted && !has_value(values, n.text)) collect_missing(n.children, values, out);
    }
}

// A run of text from the template (literal) or from the case (a value).
struct Piece {
    std::string text;
    bool value = false;
};
using Line = std::vector<Piece>;

void expand(const std::vector<Node>& nodes, const Values& values, std::vector<Piece>& out) {
    for (const auto& n : nodes) {
        switch (n.kind) {
        case Node::Kind::text: out.push_back({n.text, false}); break;
        case Node::Kind::field:
            if (has_value(values, n.text)) out.push_back({*values.at(n.text), true});
            else out.push_back({n.fallback.value_or(""), false});
            break;
        case Node::Kind::section:
            if (has_value(values, n.text)) expand(n.children, values, out);
            break;
        case Node::Kind::inverted:
            if (!has_value(values, n.text)) expand(n.children, values, out);
            break;
        }
    }
}

std::vector<Line> split_lines(const std::vector<Piece>& pieces) {
    std::vector<Line> lines(1);
    for (const auto& p : pieces) {
        std::size_t from = 0;
        for (auto nl = p.text.find('\n'); nl != std::string::npos; nl = p.text.find('\n', from)) {
            if (nl > from) lines.back().push_back({p.text.substr(from, nl - from), p.value});
            lines.emplace_back();
            from = nl + 1;
        }
        if (from < p.text.size()) lines.back().push_back({p.text.substr(from), p.value});
    }
    if (lines.back().empty()) lines.pop_back(); // the final newline
    return lines;
}

std::string plain(const Line& line) {
    std::string s;
    for (const auto& p : line) s += p.text;
    return s;
}

bool is_blank(const Line& line) { return trim(plain(line)).empty(); }
bool is_heading(const Line& line) { return !line.empty() && !line.front().value && line.front().text.starts_with("# "); }

std::string line_as(const Line& line, Format format, bool heading) {
    std::string s;
    for (std::size_t i = 0; i < line.size(); ++i) {
        std::string_view text = line[i].text;
        if (i == 0 && heading) text.remove_prefix(2);
        if (format == Format::html) s += html_escape(text);
        else if (format == Format::markdown && line[i].value) s += markdown_escape(text);
        else s += text;
    }
    return s;
}

constexpr const char* html_head = R"(<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{}</title>
<style>
@page {{ size: A4; margin: 25mm 22mm; }}
body {{ font-family: "DejaVu Serif", Georgia, serif; font-size: 11pt; line-height: 1.45; color: #000; max-width: 166mm; margin: 2em auto; }}
h1 {{ font-size: 13pt; margin: 1.2em 0 0.6em; }}
p {{ margin: 0 0 0.9em; }}
@media print {{ body {{ margin: 0; max-width: none; }} }}
</style>
</head>
<body>
)";

std::string render_html(const std::vector<Line>& lines, const std::string& title) {
    std::string out = fmt::format(html_head, html_escape(title));
    bool open = false;
    for (const auto& line : lines) {
        if (is_blank(line) || is_heading(line)) {
            if (open) out += "</p>\n";
            open = false;
            if (is_heading(line)) out += "<h1>" + line_as(line, Format::html, true) + "</h1>\n";
            continue;
        }
        out += open ? "<br>\n" : "<p>";
        out += line_as(line, Format::html, false);
        open = true;
    }
    if (open) out += "</p>\n";
    return out + "</body>\n</html>\n";
}

// Markdown: a line followed by another of the same paragraph ends in a
// backslash (a hard line break), so that an address keeps its lines.
std::string render_markdown(const std::vector<Line>& lines) {
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const bool heading = is_heading(lines[i]);
        out += heading ? "# " + line_as(lines[i], Format::markdown, true) : line_as(lines[i], Format::markdown, false);
        const bool continues = !heading && !is_blank(lines[i]) && i + 1 < lines.size() && !is_blank(lines[i + 1]) &&
                               !is_heading(lines[i + 1]);
        out += continues ? "\\\n" : "\n";
    }
    return out;
}

std::string render_text(const std::vector<Line>& lines) {
    std::string out;
    for (const auto& line : lines) out += line_as(line, Format::text, is_heading(line)) + "\n";
    return out;
}

} // namespace

std::string_view format_id(Format format) {
    switch (format) {
    case Format::text: return "text";
    case Format::markdown: return "markdown";
    case Format::html: return "html";
    }
    return "text";
}

std::optional<Format> parse_format(std::string_view id) {
    if (id == "text" || id == "txt") return Format::text;
    if (id == "markdown" || id == "md") return Format::markdown;
    if (id == "html") return Format::html;
    return std::nullopt;
}

std::optional<Format> format_of_file(std::string_view file) {
    const auto dot = file.rfind('.');
    const auto slash = file.rfind('/');
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return std::nullopt;
    const auto ext = file.substr(dot + 1);
    if (ext == "txt") return Format::text;
    if (ext == "md" || ext == "markdown") return Format::markdown;
    if (ext == "html" || ext == "htm") return Format::html;
    return std::nullopt;
}

Template parse_template(const std::string& name, const std::string& origin, const std::string& text,
                        const std::set<std::string>& known) {
    auto tokens = tokenize(text, origin);
    strip_standalone(tokens);
    Parser parser{origin, known, {}};
    std::size_t i = 0;
    auto nodes = parser.nodes(tokens, i, nullptr);
    return {name, origin, parser.description, std::move(nodes)};
}

std::vector<MissingField> missing_fields(const Template& t, const Values& values) {
    std::vector<MissingField> out;
    collect_missing(t.nodes, values, out);
    return out;
}

std::string render(const Template& t, const Values& values, Format format, const std::string& title) {
    if (const auto missing = missing_fields(t, values); !missing.empty()) {
        std::vector<std::string> names;
        for (const auto& m : missing) names.push_back(fmt::format("{} (line {})", m.field, m.line));
        throw UsageError(fmt::format("the case has no value for {} used by {}", fmt::join(names, ", "), t.origin),
                         "record it, or give the template a default ({{field|text}}) or a {{#field}} ... {{/field}} "
                         "section");
    }
    std::vector<Piece> pieces;
    expand(t.nodes, values, pieces);
    const auto lines = split_lines(pieces);
    switch (format) {
    case Format::html: return render_html(lines, title);
    case Format::markdown: return render_markdown(lines);
    case Format::text: break;
    }
    return render_text(lines);
}

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

std::string markdown_escape(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (std::string_view("\\`*_{}[]<>#+-!|~").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

} // namespace plaint::letters
