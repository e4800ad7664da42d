// plaint/letters/template: parsing letter templates (unknown fields and bad
// tags named with file and line), sections and defaults, escaping for
// Markdown and HTML, and long dates.
//
//      January 2027
// Mo Tu We Th Fr Sa Su
//              1  2  3
//  4  5  6  7  8  9 10     4 is a Monday
#include "plaint/core/error.hpp"
#include "plaint/letters/letters.hpp"
#include "plaint/letters/template.hpp"
#include "support/dates.hpp"

#include <catch2/catch.hpp>

using namespace plaint;
using plaint::test::d;

namespace {

const std::set<std::string> known = {"case.reference", "complainant.name", "complainant.contact", "agreed.date",
                                     "today"};

letters::Template parse(const std::string& text) { return letters::parse_template("t", "t.txt", text, known); }

std::string data_error(const std::string& text) {
    try {
        parse(text);
    } catch (const DataError& e) {
        return e.what();
    }
    return "(no error)";
}

std::string hint_of(const std::string& text) {
    try {
        parse(text);
    } catch (const DataError& e) {
        return e.hint();
    }
    return "(no error)";
}

} // namespace

TEST_CASE("letters: a field not known is an error naming the file and line", "[letters]") {
    CHECK(data_error("Dear {{complainant.name}},\n\nYour ref {{case.refrence}}\n") ==
          "t.txt:3: unknown field 'case.refrence'");
    CHECK(hint_of("{{case.refrence}}") == "did you mean case.reference? ('plaint letter --fields' lists them)");
    CHECK(data_error("a\n{{#agreed.dat}}x{{/agreed.dat}}\n") == "t.txt:2: unknown field 'agreed.dat'");
    CHECK(data_error("x {{Case Reference}}") == "t.txt:1: 'Case Reference' is not a field name");
}

TEST_CASE("letters: malformed tags and sections", "[letters]") {
    CHECK(data_error("one\ntwo {{case.reference\n") == "t.txt:2: '{{' is not closed by '}}' on the same line");
    CHECK(data_error("{{#agreed.date}}\nagreed\n") == "t.txt:1: section 'agreed.date' is not closed");
    CHECK(data_error("{{#agreed.date}}\n{{/today}}\n") ==
          "t.txt:2: '{{/today}}' closes the section 'agreed.date' opened on line 1");
    CHECK(data_error("\n\n{{/today}}") == "t.txt:3: '{{/today}}' closes no section");
    CHECK(data_error("{{}}") == "t.txt:1: empty '{{}}'");
}

TEST_CASE("letters: the first comment describes the template and is left out", "[letters]") {
    const auto t = parse("{{! An acknowledgement }}\nRef {{case.reference}}\n{{! another }}\n");
    CHECK(t.description == "An acknowledgement");
    CHECK(letters::render(t, {{"case.reference", "C-2027-0001"}}, letters::Format::text) == "Ref C-2027-0001\n");
}

TEST_CASE("letters: sections, inverted sections and defaults; standalone tags take their line", "[letters]") {
    const auto t = parse("Dear {{complainant.name|Sir or Madam}},\n"
                         "{{#complainant.contact}}\n"
                         "{{complainant.contact}}\n"
                         "{{/complainant.contact}}\n"
                         "{{#agreed.date}}We agreed {{agreed.date}}.{{/agreed.date}}{{^agreed.date}}No date agreed.{{/agreed.date}}\n"
                         "End\n");
    CHECK(letters::render(t, {}, letters::Format::text) == "Dear Sir or Madam,\nNo date agreed.\nEnd\n");
    const letters::Values full = {{"complainant.name", "Ann Smith"},
                                  {"complainant.contact", "1 High Street\nTown"},
                                  {"agreed.date", "Monday 4 January 2027"}};
    CHECK(letters::render(t, full, letters::Format::text) ==
          "Dear Ann Smith,\n1 High Street\nTown\nWe agreed Monday 4 January 2027.\nEnd\n");
}

TEST_CASE("letters: a field with no value and no default is refused without its value", "[letters]") {
    const auto t = parse("To {{complainant.name}}\n\nAt {{complainant.contact}}\n");
    const auto missing = letters::missing_fields(t, {{"complainant.name", "Ann"}, {"complainant.contact", std::nullopt}});
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].field == "complainant.contact");
    CHECK(missing[0].line == 3);
    try {
        letters::render(t, {{"complainant.name", "Ann"}}, letters::Format::text);
        FAIL("rendered");
    } catch (const UsageError& e) {
        CHECK(std::string(e.what()) == "the case has no value for complainant.contact (line 3) used by t.txt");
        CHECK(std::string(e.what()).find("Ann") == std::string::npos);
    }
}

TEST_CASE("letters: HTML escapes values and literals; Markdown escapes values", "[letters]") {
    const auto t = parse("# Re: <your> complaint\n\nDear {{complainant.name}},\n{{complainant.contact}}\n");
    const letters::Values v = {{"complainant.name", "<script>alert('x')</script> & *Bob*"}, {"complainant.contact", "1 A St\nB"}};
    const auto html = letters::render(t, v, letters::Format::html, "C-1 <ack>");
    CHECK(html.find("<title>C-1 &lt;ack&gt;</title>") != std::string::npos);
    CHECK(html.find("<h1>Re: &lt;your&gt; complaint</h1>") != std::string::npos);
    CHECK(html.find("<p>Dear &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; *Bob*,<br>\n1 A St<br>\nB</p>") !=
          std::string::npos);
    CHECK(html.find("<script>") == std::string::npos);
    CHECK(html.find("@page { size: A4;") != std::string::npos);
    CHECK(letters::render(t, v, letters::Format::markdown) ==
          "# Re: <your> complaint\n\nDear \\<script\\>alert('x')\\</script\\> & \\*Bob\\*,\\\n1 A St\\\nB\n");
}

TEST_CASE("letters: long dates and formats", "[letters]") {
    CHECK(letters::long_date(d("2027-01-04")) == "Monday 4 January 2027");
    CHECK(letters::long_date(d("2026-12-25")) == "Friday 25 December 2026");
    CHECK(letters::format_of_file("out/letter.html") == letters::Format::html);
    CHECK(letters::format_of_file("letter.md") == letters::Format::markdown);
    CHECK(letters::format_of_file("letter.txt") == letters::Format::text);
    CHECK_FALSE(letters::format_of_file("letter.pdf"));
    CHECK_FALSE(letters::format_of_file("dir.v2/letter"));
}

TEST_CASE("letters: the built-in templates parse against the known fields", "[letters]") {
    const auto fields = letters::known_fields({"acknowledgement", "response", "long-stop"});
    const auto sources = letters::template_sources("");
    REQUIRE(sources.size() == 3);
    for (const auto& s : sources) {
        INFO(s.name);
        const auto t = letters::parse_template(s.name, s.origin, s.text, fields);
        CHECK_FALSE(t.description.empty());
    }
    const auto ombudsmen = letters::ombudsmen("");
    REQUIRE(ombudsmen.size() == 2);
    CHECK(ombudsmen[0].id == "lgsco"); // by id
    CHECK(ombudsmen[0].procedures == std::vector<std::string>{"two-stage"});
    CHECK(ombudsmen[1].name == "Parliamentary and Health Service Ombudsman");
    CHECK(ombudsmen[1].procedures == std::vector<std::string>{"nhs-complaint"});
}
