#include "plaint/casework/learning.hpp"

#include "plaint/core/error.hpp"

#include <fmt/format.h>

namespace plaint::casework {
namespace {

std::string required_text(const std::string& text, const char* what) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) throw UsageError(fmt::format("the {} is empty", what));
    if (text.find_first_of("\r\n") != std::string::npos) throw UsageError(fmt::format("the {} must be one line", what));
    return text.substr(first);
}

} // namespace

void classify_new_case(const report::Categories& categories, reg::NewCase& c) {
    const report::Classification given{c.aspects, c.age_band, c.complainant_status};
    if (given.empty()) return;
    const auto& list = categories.in_force(c.received);
    report::check_classification(list, given);
    c.categories = list.id;
}

reg::Event classify(store::Register& reg, const report::Categories& categories, const std::string& ref,
                    const report::Classification& c, Date on, const store::Stamp& stamp) {
    if (c.empty())
        throw UsageError("nothing to classify", "give --aspect, --age-band or --complainant-status");
    return reg.append_step(ref, reg::classified_event, on,
                           [&](const reg::CaseRecord& record, const std::vector<reg::Event>&) {
                               const auto& list = categories.in_force(record.received);
                               report::check_classification(list, c);
                               return reg::classification_details(c.aspects, c.age_band, c.complainant_status, list.id);
                           },
                           stamp);
}

reg::Event learn(store::Register& reg, const std::string& ref, const std::string& lesson, Date on,
                 const store::Stamp& stamp) {
    const std::string text = required_text(lesson, "lesson");
    return reg.append_step(ref, reg::lesson_event, on,
                           [&](const reg::CaseRecord&, const std::vector<reg::Event>&) {
                               return nlohmann::json{{"lesson", text}};
                           },
                           stamp);
}

reg::Event add_action(store::Register& reg, const std::string& ref, const NewAction& action, Date on,
                      const store::Stamp& stamp) {
    const std::string text = required_text(action.text, "action");
    if (action.due && *action.due < on)
        throw UsageError(fmt::format("the action is due ({}) before it is added ({})", action.due->iso(), on.iso()));
    return reg.append_step(ref, reg::action_added_event, on,
                           [&](const reg::CaseRecord&, const std::vector<reg::Event>&) {
                               nlohmann::json d = {{"action", text}};
                               if (action.owner) d["owner"] = *action.owner;
                               if (action.due) d["due"] = action.due->iso();
                               return d;
                           },
                           stamp);
}

reg::Event complete_action(store::Register& reg, const std::string& ref, int number, Date on,
                           const store::Stamp& stamp) {
    return reg.append_step(ref, reg::action_done_event, on,
                           [&](const reg::CaseRecord& record, const std::vector<reg::Event>&) {
                               if (number < 1 || number > static_cast<int>(record.actions.size()))
                                   throw UsageError(fmt::format("{} has no action {}", ref, number),
                                                    record.actions.empty()
                                                        ? "add one with 'plaint action REF --add TEXT'"
                                                        : fmt::format("its actions are 1 to {}", record.actions.size()));
                               const auto& a = record.actions[static_cast<std::size_t>(number - 1)];
                               if (a.done_on)
                                   throw UsageError(fmt::format("action {} of {} was done on {}", number, ref, a.done_on->iso()));
                               if (on < a.added_on)
                                   throw UsageError(fmt::format("action {} of {} was added on {}, after {}", number, ref,
                                                                a.added_on.iso(), on.iso()));
                               return nlohmann::json{{"number", number}};
                           },
                           stamp);
}

} // namespace plaint::casework
