// plaint/output: the same records as a table, CSV, TSV, JSON and NDJSON,
// CSV safe against spreadsheet formulas, and the streaming RowWriter giving
// byte for byte what the whole-records writers give.

#include "plaint/output/records.hpp"
#include "plaint/output/row_writer.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace plaint::output;

namespace {

Records cases() {
    Records r;
    r.columns = {"ref", "days", "open", "summary"};
    r.add({std::string("C-2024-0001"), std::int64_t{3}, true, std::string("Discharge, \"late\"")});
    r.add({std::string("C-2024-0002"), std::int64_t{-12}, false, std::monostate{}});
    return r;
}

std::string render(const Records& records, Format format, TableStyle style = {}) {
    std::ostringstream out;
    write(out, records, format, style);
    return out.str();
}

std::string streamed(const Records& records, Format format, TableStyle style = {}) {
    std::ostringstream out;
    RowWriter writer(out, format, records.columns, style);
    for (const auto& row : records.rows) writer.row(row);
    writer.finish();
    writer.finish(); // a second finish writes nothing more
    return out.str();
}

} // namespace

TEST_CASE("format names", "[output]") {
    for (auto f : {Format::table, Format::json, Format::ndjson, Format::csv, Format::tsv})
        CHECK(parse_format(format_id(f)) == f);
    CHECK(format_id(Format::ndjson) == "ndjson");
    CHECK_FALSE(parse_format("xml"));
    CHECK_FALSE(parse_format("CSV"));
}

TEST_CASE("table: padded columns, numbers to the right, no trailing blanks", "[output][table]") {
    CHECK(render(cases(), Format::table) == "ref          days  open   summary\n"
                                            "C-2024-0001     3  true   Discharge, \"late\"\n"
                                            "C-2024-0002   -12  false\n");
    CHECK(render(cases(), Format::table, {false, false}) == "C-2024-0001    3  true   Discharge, \"late\"\n"
                                                            "C-2024-0002  -12  false\n");
}

TEST_CASE("table: widths count characters, not UTF-8 bytes", "[output][table][utf8]") {
    Records r;
    r.columns = {"name", "n"};
    r.add({std::string("Zoë Brontë"), std::int64_t{1}});
    r.add({std::string("Al"), std::int64_t{22}});
    CHECK(render(r, Format::table) == "name        n\n"
                                      "Zoë Brontë   1\n"
                                      "Al          22\n");
    CHECK(display_width("") == 0);
    CHECK(display_width("abc") == 3);
    CHECK(display_width("Zoë") == 3);
    CHECK(display_width("€100") == 4);     // a three-byte character
    CHECK(display_width("\xF0\x9F\x93\x85") == 1); // a four-byte one
}

TEST_CASE("CSV: RFC 4180 with CRLF, quoting where needed", "[output][csv]") {
    CHECK(render(cases(), Format::csv) == "ref,days,open,summary\r\n"
                                          "C-2024-0001,3,true,\"Discharge, \"\"late\"\"\"\r\n"
                                          "C-2024-0002,-12,false,\r\n");
    CHECK(csv_cell(std::string("two\nlines")) == "\"two\nlines\"");
    CHECK(csv_cell(std::string("plain")) == "plain");
    CHECK(csv_cell(std::monostate{}) == "");
}

TEST_CASE("CSV: cells a spreadsheet would run as formulas are neutralised", "[output][csv][injection]") {
    CHECK(csv_cell(std::string("=1+1")) == "'=1+1");
    CHECK(csv_cell(std::string("+44 20 7946 0000")) == "'+44 20 7946 0000");
    CHECK(csv_cell(std::string("-2+3")) == "'-2+3");
    CHECK(csv_cell(std::string("@SUM(A1:A9)")) == "'@SUM(A1:A9)");
    CHECK(csv_cell(std::string("\t=cmd")) == "'\t=cmd");
    CHECK(csv_cell(std::string("\r=cmd")) == "\"'\r=cmd\""); // neutralised, then quoted for the CR
    CHECK(csv_cell(std::string("=HYPERLINK(\"x\",\"y\")")) == "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    CHECK(csv_cell(std::string("a=b")) == "a=b"); // only the first character matters
    // Integers are numbers, not text a user typed: -12 stays -12.
    CHECK(csv_cell(std::int64_t{-12}) == "-12");
    Records r;
    r.columns = {"=col"};
    r.add({std::string("@x")});
    CHECK(render(r, Format::csv) == "'=col\r\n'@x\r\n");
}

TEST_CASE("TSV: tabs and line breaks inside cells become spaces", "[output][tsv]") {
    Records r;
    r.columns = {"a", "b"};
    r.add({std::string("x\ty"), std::string("line\r\nbreak")});
    r.add({std::int64_t{7}, std::monostate{}});
    CHECK(render(r, Format::tsv) == "a\tb\nx y\tline  break\n7\t\n");
}

TEST_CASE("JSON and NDJSON: typed values, columns in order, null for empty", "[output][json]") {
    CHECK(render(cases(), Format::json) == "[\n"
                                           "  {\n"
                                           "    \"ref\": \"C-2024-0001\",\n"
                                           "    \"days\": 3,\n"
                                           "    \"open\": true,\n"
                                           "    \"summary\": \"Discharge, \\\"late\\\"\"\n"
                                           "  },\n"
                                           "  {\n"
                                           "    \"ref\": \"C-2024-0002\",\n"
                                           "    \"days\": -12,\n"
                                           "    \"open\": false,\n"
                                           "    \"summary\": null\n"
                                           "  }\n"
                                           "]\n");
    CHECK(render(cases(), Format::ndjson) ==
          "{\"ref\":\"C-2024-0001\",\"days\":3,\"open\":true,\"summary\":\"Discharge, \\\"late\\\"\"}\n"
          "{\"ref\":\"C-2024-0002\",\"days\":-12,\"open\":false,\"summary\":null}\n");
    CHECK(render(Records{{"a"}, {}}, Format::json) == "[]\n");
    CHECK(render(Records{{"a"}, {}}, Format::ndjson) == "");
    CHECK(render(Records{{"a"}, {{std::string("€ and \"quotes\"")}}}, Format::ndjson) ==
          "{\"a\":\"€ and \\\"quotes\\\"\"}\n");
}

TEST_CASE("RowWriter streams what the whole-records writers write", "[output][rowwriter]") {
    const Records r = cases();
    CHECK(streamed(r, Format::csv) == render(r, Format::csv));
    CHECK(streamed(r, Format::tsv) == render(r, Format::tsv));
    CHECK(streamed(r, Format::ndjson) == render(r, Format::ndjson));
    CHECK(streamed(r, Format::table) == render(r, Format::table));
    CHECK(streamed(r, Format::table, {false, false}) == render(r, Format::table, {false, false}));
    // JSON streams one compact object a line; the same values parse back.
    const std::string json = streamed(r, Format::json);
    CHECK(json == "[\n"
                  "  {\"ref\":\"C-2024-0001\",\"days\":3,\"open\":true,\"summary\":\"Discharge, \\\"late\\\"\"},\n"
                  "  {\"ref\":\"C-2024-0002\",\"days\":-12,\"open\":false,\"summary\":null}\n"
                  "]\n");
    CHECK(nlohmann::json::parse(json) == nlohmann::json::parse(render(r, Format::json)));
}

TEST_CASE("RowWriter with no rows: a header, an empty array, nothing", "[output][rowwriter]") {
    const Records empty{{"ref", "due"}, {}};
    CHECK(streamed(empty, Format::csv) == "ref,due\r\n");
    CHECK(streamed(empty, Format::tsv) == "ref\tdue\n");
    CHECK(streamed(empty, Format::json) == "[]\n");
    CHECK(streamed(empty, Format::ndjson) == "");
    CHECK(streamed(empty, Format::table) == "ref  due\n");
}

TEST_CASE("RowWriter writes rows as they come, before finish", "[output][rowwriter]") {
    std::ostringstream out;
    RowWriter writer(out, Format::ndjson, {"ref"});
    writer.row({std::string("C-1")});
    CHECK(out.str() == "{\"ref\":\"C-1\"}\n");
    writer.object(nlohmann::ordered_json{{"ref", "C-2"}, {"extra", 1}});
    CHECK(out.str() == "{\"ref\":\"C-1\"}\n{\"ref\":\"C-2\",\"extra\":1}\n");
    std::ostringstream csv;
    RowWriter csv_writer(csv, Format::csv, {"summary"});
    csv_writer.row({std::string("=danger")});
    CHECK(csv.str() == "summary\r\n'=danger\r\n");
}
