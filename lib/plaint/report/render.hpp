#pragma once
// Renders a report Document. Every format carries the same numbers:
//   table     sections, figures and tables for a terminal
//   csv       one table per block, each preceded by a "# section/table"
//             comment line and its header; cells safe against formula injection
//   json      the Document as one object (schemas/report.schema.json)
//   markdown  headings, figure lists and pipe tables, for wikis and papers
//   html      one self-contained file: inline CSS, inline SVG charts, no
//             scripts, no network, fit to paste into a committee paper

#include "plaint/report/document.hpp"

#include <optional>
#include <ostream>
#include <string_view>

namespace plaint::report {

enum class Format { table, csv, json, markdown, html };

std::optional<Format> parse_format(std::string_view id);
std::string_view format_id(Format format);

struct RenderOptions {
    bool color = false; // terminal table only
};

void render(std::ostream& out, const Document& doc, Format format, const RenderOptions& options = {});

// One chart as a standalone <svg> element (used by the HTML renderer;
// exposed for tests).
std::string svg_chart(const Chart& chart);

} // namespace plaint::report
