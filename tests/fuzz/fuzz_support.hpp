#pragma once
// Shared by the libFuzzer targets (README.md, "Fuzzing and sanitizers"):
// what counts as a finding. A parser may refuse any input with one of
// plaint's errors (what the CLI prints with its documented exit code);
// anything else escaping it (std::out_of_range, a toml++ or JSON exception,
// a bare std::exception) would reach the CLI as "internal error" (exit 70),
// so the target aborts and libFuzzer keeps the input. ASan and UBSan catch
// the rest.

#include "plaint/core/error.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <typeinfo>

namespace plaint::fuzz {

inline std::string text_of(const std::uint8_t* data, std::size_t size) {
    return std::string(reinterpret_cast<const char*>(data), size);
}

[[noreturn]] inline void finding(const char* what) {
    std::fprintf(stderr, "plaint fuzz: %s\n", what);
    std::abort();
}

// Runs `body`; plaint's own errors are accepted refusals.
template <typename Body>
void refusals_allowed(Body&& body) {
    try {
        body();
    } catch (const plaint::Error&) {
        // a clear refusal: fine
    } catch (const std::exception& e) {
        std::fprintf(stderr, "plaint fuzz: %s escaped: %s\n", typeid(e).name(), e.what());
        std::abort();
    }
}

// A property the parser promises; `what` names it when broken.
inline void check(bool ok, const char* what) {
    if (!ok) finding(what);
}

} // namespace plaint::fuzz
