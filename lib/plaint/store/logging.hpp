#pragma once
// What logging a case means, whatever the register is kept in: its
// reference (one numbering rule for `plaint log` and for imports), the
// journal's entry for a party, and the details of its `logged` event. No
// database here; each backend stores what these produce.

#include "plaint/register/case.hpp"

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <string>

namespace plaint::store {

// PREFIX-YYYY-NNNN: at least four digits, more once a year passes 9999.
std::string case_reference(const std::string& prefix, int year, int number);

// The references of a register: numbered from 1 in each reference year,
// across procedures, one more than the highest number the year holds (so a
// number is never reused while its case exists, and a case logged in error
// is voided, never deleted). The highest number of a year not seen yet is
// asked of `highest` once (an indexed lookup for `plaint log`; an import
// that reads them all first answers from its map).
class ReferenceNumbers {
public:
    using Highest = std::function<int(int year)>;
    ReferenceNumbers(std::string prefix, Highest highest) : prefix_(std::move(prefix)), highest_(std::move(highest)) {}
    // Every year's highest number, known in advance.
    ReferenceNumbers(std::string prefix, std::map<int, int> known)
        : prefix_(std::move(prefix)), numbers_(std::move(known)), highest_([](int) { return 0; }) {}

    struct Assigned {
        int year = 0, number = 0;
        std::string ref;
    };
    // The next reference of `year`.
    Assigned next(int year);

private:
    std::string prefix_;
    std::map<int, int> numbers_;
    Highest highest_;
};

// The journal's entry for a party: its id, its role and a salted digest of
// its personal details (never the details themselves).
nlohmann::json party_entry(const std::string& salt, const reg::Party& party);
// The details of a case's `logged` event.
nlohmann::json logged_details(const reg::NewCase& c, int year, int number, const nlohmann::json& parties);

} // namespace plaint::store
