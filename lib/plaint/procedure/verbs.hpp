#pragma once
// The step verbs: the commands (`plaint ack`, `plaint meet` ...) that record
// a procedure's events. A procedure file names the verbs of its events
// (`verb = "ack"`); this table says what each verb is called, what it is for
// and which options it takes, each filling one field of the event. It drives
// the command table, `--help` and the validation of procedure files.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plaint::procedure {

struct VerbOption {
    std::string_view flag;  // "--method"
    std::string_view field; // "method"
    std::string_view help;
    // A flag without a value: records "yes" in the field, or with no field
    // selects the event whose verb_option it names.
    bool is_switch = false;
};

struct Verb {
    std::string_view name;
    std::string_view summary; // one line for the command list
    std::vector<VerbOption> options;
};

const std::vector<Verb>& step_verbs();
const Verb* find_verb(std::string_view name);
std::string verb_names(); // "ack, consent, ..."

} // namespace plaint::procedure
