#pragma once
// Classifying a case and recording what was learned from it: journal events
// that are not steps of the case's procedure, so they are allowed in any
// state, closed cases included (lessons and actions often come after the
// response). Each call is one transaction; nothing is written on error.

#include "plaint/report/categories.hpp"
#include "plaint/store/register.hpp"

#include <optional>
#include <string>

namespace plaint::casework {

// Checks a new case's classification against the category list in force on
// its date of receipt and records that list's id with it. Throws UsageError.
void classify_new_case(const report::Categories& categories, reg::NewCase& c);

// Replaces the parts of a case's classification that `c` names (aspects
// replace all the case's aspects), checked against the list in force on the
// case's date of receipt. Throws UsageError when `c` is empty or invalid.
reg::Event classify(store::Register& reg, const report::Categories& categories, const std::string& ref,
                    const report::Classification& c, Date on, const store::Stamp& stamp);

// Records a lesson learned (no names: it is reported as written).
reg::Event learn(store::Register& reg, const std::string& ref, const std::string& lesson, Date on,
                 const store::Stamp& stamp);

struct NewAction {
    std::string text;
    std::optional<std::string> owner;
    std::optional<Date> due;
};
// Records an improvement action; its number is the case's next.
reg::Event add_action(store::Register& reg, const std::string& ref, const NewAction& action, Date on,
                      const store::Stamp& stamp);
// Records action `number` done on `on`. Throws UsageError when there is no
// such action, it is already done, or `on` is before it was added.
reg::Event complete_action(store::Register& reg, const std::string& ref, int number, Date on,
                           const store::Stamp& stamp);

} // namespace plaint::casework
