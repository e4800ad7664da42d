// libFuzzer target: a procedure definition (TOML) through the parser and the
// structural validator, as `plaint procedures check FILE` reads it.
#include "fuzz_support.hpp"
#include "plaint/procedure/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text = plaint::fuzz::text_of(data, size);
    plaint::fuzz::refusals_allowed([&] {
        const auto p = plaint::procedure::parse(text, "fuzz.toml");
        plaint::fuzz::check(!p.id.empty() && p.state(p.initial) != nullptr,
                            "a parsed procedure has an id and a known initial state");
        // Parsing is a function of the text: the same text gives the same hash.
        plaint::fuzz::check(plaint::procedure::parse(text, "fuzz.toml").hash == p.hash, "parse is deterministic");
    });
    return 0;
}
