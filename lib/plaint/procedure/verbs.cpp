#include "plaint/procedure/verbs.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace plaint::procedure {
namespace {

const VerbOption note{"--note", "note", "A note for the record (no personal details)"};
const VerbOption reason{"--reason", "reason", "Why"};
const VerbOption until{"--until", "until", "The date (YYYY-MM-DD)"};

} // namespace

const std::vector<Verb>& step_verbs() {
    static const std::vector<Verb> table = {
        {"ack", "Record the acknowledgement",
         {{"--method", "method", "letter, email, phone or in-person"},
          {"--offered-discussion", "offered_discussion", "The offer to discuss the handling and the response period was made", true},
          {"--handled-by", "handled_by", "organisation or provider (who handles this stage)"}, note}},
        {"consent", "Record consent (or, with --summary-approved, the approved summary)",
         {{"--summary-approved", "", "Record the complainant's approval of the written summary instead", true}, note}},
        {"assign", "Assign a case to a handler (or allocate a case manager)",
         {{"--owner", "owner", "The handler"},
          {"--handled-by", "handled_by", "organisation or provider (who handles this stage)"},
          {"--reason", "reason", "Why the case changes hands"}}},
        {"investigate", "Record that the investigation started (or the decision to investigate)",
         {{"--investigator", "investigator", "Investigating manager"}, reason}},
        {"extend", "Record a response date agreed with the complainant", {until, reason}},
        {"determine", "Record the response period the organisation determined (the complainant declined to discuss it)",
         {until, reason}},
        {"hold", "Put a case on hold (legal action, police or disciplinary investigation)", {reason}},
        {"resume", "Resume a case after a hold", {note}},
        {"respond", "Record the response and its outcome",
         {{"--outcome", "outcome", "upheld, partially-upheld or not-upheld"}, {"--signed-by", "signed_by", "Who signed it"},
          {"--signposted", "signposted", "yes if the response signposts the Ombudsman"}, note}},
        {"withdraw", "Record that the complainant withdrew",
         {{"--continue-for", "continue_for", "learning or safeguarding: the investigation goes on after the withdrawal"}, note}},
        {"decline", "Decline a complaint outside the procedure (or decide not to investigate)", {reason, note}},
        {"close", "Close a case (or record a concern resolved or a compliment)", {note}},
        {"refer", "Pass a complaint to the commissioned provider",
         {{"--provider", "provider", "The provider"}, {"--consent", "consent", "yes when the complainant consented"}}},
        {"delay-letter", "Record the letter explaining a delay past the statutory long-stop", {reason}},
        {"triage", "Record the triage (and the proforma sent to the complainant)", {note}},
        {"receive", "Record information received (a completed proforma, checklist items)",
         {{"--consent-to-contact-icb", "consent_to_contact_icb", "yes when the provider consents to contact with the ICB"}, note}},
        {"request", "Ask the complainant for more information (information insufficient)", {note}},
        {"meet", "Record a meeting held (with the provider, or for further local resolution)", {note}},
        {"discuss", "Record the discussion held with the organisation complained about (the ICB)", {note}},
        {"update", "Record the summary of outcomes and next steps sent to the parties", {note}},
        {"summarise", "Send the complaint summary with recommendations for a decision",
         {{"--recommendations", "recommendations", "The recommendations"}}},
        {"dismiss", "Record the decision to dismiss the complaint",
         {{"--sro", "sro", "Senior responsible officer"}, reason}},
        {"appeal", "Record an appeal against a dismissal",
         {{"--grounds", "grounds", "The grounds of the appeal"}, note}},
        {"panel", "Record the panel meeting and its outcomes", {{"--outcome", "outcome", "What the panel agreed"}}},
        {"defer", "Defer a case to a later panel meeting",
         {{"--panel-date", "panel_date", "The date of that panel meeting"}, reason}},
        {"communicate", "Record the outcome communicated to the parties", {note}},
        {"timetable", "Publish or revise a milestone of the indicative timetable",
         {{"--milestone", "milestone", "The milestone"}, {"--date", "date", "Its indicative date (YYYY-MM-DD)"},
          {"--reason", "reason", "Why the timescale changed (needed for a revision)"}}},
        {"milestone", "Record a milestone of the timetable reached", {{"--milestone", "milestone", "The milestone"}, note}},
        {"advise", "Record informal advice given", {note}},
        {"conclude", "Record the outcome of an investigation and any enforcement",
         {{"--finding", "finding", "The finding"}, {"--enforcement", "enforcement", "The enforcement action"}, note}},
    };
    return table;
}

const Verb* find_verb(std::string_view name) {
    const auto& table = step_verbs();
    auto it = std::find_if(table.begin(), table.end(), [&](const Verb& v) { return v.name == name; });
    return it == table.end() ? nullptr : &*it;
}

std::string verb_names() {
    std::vector<std::string_view> names;
    for (const auto& v : step_verbs()) names.push_back(v.name);
    return fmt::format("{}", fmt::join(names, ", "));
}

} // namespace plaint::procedure
