// libFuzzer target: a letter template as `plaint letter` reads one, checked
// against the field names it knows, then rendered in every format with
// values for half the fields. The known fields are those the built-in
// templates use (letters::known_fields lives beside the case code, which
// the fuzz build does not compile).
#include "fuzz_support.hpp"
#include "plaint/letters/template.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::set<std::string> known = {
        "agreed.date",         "case.procedure",   "case.received", "case.reference", "case.subject",
        "clock.response.due",  "complainant.contact", "complainant.name", "ombudsman.address", "ombudsman.name",
        "ombudsman.phone",     "ombudsman.web",    "organisation.name", "owner.name", "today"};
    static const plaint::letters::Values values = [] {
        plaint::letters::Values v;
        bool with_value = true;
        for (const auto& field : known) {
            v[field] = with_value ? std::optional<std::string>("<b>&value\nline 2</b> *x* {{y}}") : std::nullopt;
            with_value = !with_value;
        }
        return v;
    }();
    const std::string text = plaint::fuzz::text_of(data, size);
    plaint::fuzz::refusals_allowed([&] {
        const auto parsed = plaint::letters::parse_template("fuzz", "fuzz.txt", text, known);
        const bool complete = plaint::letters::missing_fields(parsed, values).empty();
        for (const auto format :
             {plaint::letters::Format::text, plaint::letters::Format::markdown, plaint::letters::Format::html}) {
            try {
                const std::string letter = plaint::letters::render(parsed, values, format, "Fuzz");
                plaint::fuzz::check(complete, "a letter renders only when no field is missing");
                if (format == plaint::letters::Format::html)
                    plaint::fuzz::check(letter.find("<b>&value") == std::string::npos, "HTML escapes every value");
            } catch (const plaint::UsageError&) {
                plaint::fuzz::check(!complete, "a letter is refused only when a field is missing");
            }
        }
    });
    return 0;
}
