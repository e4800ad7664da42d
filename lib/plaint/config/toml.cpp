// toml++'s implementation, compiled once into plaint_core: every other
// file includes <toml++/toml.h> with TOML_HEADER_ONLY=0 (set by
// lib/CMakeLists.txt) and sees declarations only.
#define TOML_IMPLEMENTATION
#include <toml++/toml.h>
