// References, party entries and logged details (logging.hpp).

#include "plaint/store/logging.hpp"

#include "plaint/store/journal.hpp"

#include <fmt/format.h>

namespace plaint::store {

std::string case_reference(const std::string& prefix, int year, int number) {
    return fmt::format("{}-{}-{:04}", prefix, year, number);
}

ReferenceNumbers::Assigned ReferenceNumbers::next(int year) {
    auto [at, fresh] = numbers_.try_emplace(year, 0);
    if (fresh) at->second = highest_(year);
    const int number = ++at->second;
    return {year, number, case_reference(prefix_, year, number)};
}

namespace {

nlohmann::json nullable(const std::optional<std::string>& v) { return v ? nlohmann::json(*v) : nlohmann::json(); }

} // namespace

nlohmann::json party_entry(const std::string& salt, const reg::Party& p) {
    return {{"id", p.id}, {"role", p.role}, {"digest", party_digest(salt, p)}};
}

nlohmann::json logged_details(const reg::NewCase& c, int year, int number, const nlohmann::json& parties) {
    nlohmann::json details = {{"year", year},
            {"number", number},
            {"kind", c.kind},
            {"procedure", c.procedure},
            {"state", c.initial_state},
            {"channel", nullable(c.channel)},
            {"incident_date", c.incident_date ? nlohmann::json(c.incident_date->iso()) : nlohmann::json()},
            {"summary", c.summary},
            {"subject", nullable(c.subject)},
            {"service", nullable(c.service)},
            {"provider", nullable(c.provider)},
            {"owner", nullable(c.owner)},
            {"parties", parties}};
    if (!c.definition_hash.empty()) details["procedure_hash"] = c.definition_hash;
    if (c.learned_date) details["learned_date"] = c.learned_date->iso();
    if (c.initial_final) details["closed"] = true;
    details.update(reg::classification_details(c.aspects, c.age_band, c.complainant_status, c.categories));
    return details;
}

} // namespace plaint::store
