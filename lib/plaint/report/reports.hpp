#pragma once
// The reports: queries over a register that build a Document (document.hpp)
// for render.hpp to print. None of them reads personal data: they count
// cases from the projection and quote only lessons and actions, which are
// written for reporting.
//   ko41        the KO41 return: brought forward, new, resolved by outcome,
//               carried forward; new complaints by age band, complainant
//               status, service area, subject area and profession; the
//               return's validation rules as findings with the cases behind
//   annual      the annual report (reg 18): received, well-founded, referred
//               to the Ombudsman, subjects, lessons and actions
//   timeliness  acknowledged and responded in time, working days taken, by
//               month, owner and procedure
//   providers   per provider: numbers, outcomes, timeliness, learning
//   trends      received by month and by subject, with charts

#include "plaint/calendar/calendar.hpp"
#include "plaint/report/categories.hpp"
#include "plaint/report/document.hpp"
#include "plaint/store/register.hpp"

#include <span>
#include <string>
#include <vector>

namespace plaint::report {

struct ReportInput {
    const store::Register& reg;
    const Categories& categories;
    const calendar::Calendar& calendar; // for working days taken
    Period period;
    Date today;
    std::vector<std::string> ko41_procedures; // the procedures KO41 covers
    // The risk levels counted as serious concerns (the matrices' serious
    // levels), and the matrix version in force: grades made against another
    // are flagged, never rescored.
    std::vector<std::string> serious_levels = {"high", "extreme"};
    std::string risk_matrix = ""; // "": no flagging
};

Document ko41_report(const ReportInput& in);
Document annual_report(const ReportInput& in);
Document timeliness_report(const ReportInput& in);
Document providers_report(const ReportInput& in);
Document trends_report(const ReportInput& in);

struct ReportDef {
    const char* name;
    const char* summary;
    Document (*build)(const ReportInput&);
};
std::span<const ReportDef> reports();

namespace detail {
// Shared by the report files.
Document start(const ReportInput& in, const char* report, const std::string& title);
std::int64_t total(const std::vector<store::Register::Tally>& tallies);
std::int64_t count_of(const std::vector<store::Register::Tally>& tallies, const std::string& key);
// The scope of complaints the reports count: kind complaint, any procedure.
store::Register::ReportScope complaints(const ReportInput& in);
double share(std::int64_t part, std::int64_t whole); // 0 when whole is 0
} // namespace detail

} // namespace plaint::report
