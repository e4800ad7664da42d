#pragma once
// Risk grading (seed 004 15.3): a case's consequence and likelihood, each
// scored 1 to 5, against a versioned 5x5 matrix held as data. The matrices
// shipped with plaint are compiled in from lib/plaint/casework/risk/*.toml;
// an organisation adds its own files ([risk] matrices) and names the one new
// grades use ([risk] matrix). A grade records the matrix's id with its
// score and level, so that a changed matrix never rescores it: a matrix that
// changes takes a new id.
//
// File format (TOML):
//   id = "nhs-5x5-2008"          unique; a file with a built-in id replaces it
//   title = "..."
//   source = "..."               where the scales and bands come from
//   consequence = [{ score = 1, title = "Negligible", description = "..." }, ... 5]
//   likelihood = [{ score = 1, title = "Rare", description = "..." }, ... 5]
//   levels = [{ id = "low", title = "Low risk", from = 1, to = 3, serious = false }, ...]
//     bands of the score (consequence x likelihood), lowest first; every
//     score the matrix can give falls in exactly one. Serious levels are
//     those the committee reports list as serious concerns.

#include "plaint/register/case.hpp"
#include "plaint/store/register.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace plaint::casework {

struct RiskScale {
    int score = 0;
    std::string title;
    std::string description;
};

struct RiskLevel {
    std::string id;
    std::string title;
    int from = 0, to = 0; // inclusive
    bool serious = false;
};

struct RiskMatrix {
    std::string id;
    std::string title;
    std::string source;
    std::string origin; // builtin:<file> or the file it was read from
    bool organisation = false;
    std::vector<RiskScale> consequence, likelihood; // scores 1 to 5, in order
    std::vector<RiskLevel> levels;                  // lowest first

    // The level whose band holds `score` (1-25).
    const RiskLevel& level_of(int score) const;
    const RiskLevel* find_level(std::string_view id) const;
    // The grade for these scores on `on`. Throws UsageError (exit 2) when a
    // score is not 1 to 5.
    reg::RiskGrade grade(int consequence, int likelihood, Date on) const;
};

struct BuiltinMatrix {
    const char* name; // file name, e.g. "nhs-5x5-2008.toml"
    const char* text;
};
std::span<const BuiltinMatrix> builtin_matrix_texts();
inline constexpr const char* default_matrix = "nhs-5x5-2008";

// Parses one matrix. Throws DataError as "origin:line:column: why".
RiskMatrix parse_risk_matrix(const std::string& text, const std::string& origin);

class RiskMatrices {
public:
    // The built-in matrices, then the organisation's files in order (a file
    // whose id is already known replaces it). `current` names the matrix new
    // grades use; "" takes the last organisation file's, else the built-in
    // default. Throws DataError when `current` is unknown.
    static RiskMatrices load(const std::vector<std::string>& organisation_files, const std::string& current);
    const std::vector<RiskMatrix>& all() const { return matrices_; }
    const RiskMatrix& current() const;
    const RiskMatrix* find(std::string_view id) const;
    // The matrix `id`, or UsageError naming the known ones.
    const RiskMatrix& get(std::string_view id) const;
    // The ids of the serious levels of every matrix known (the committee
    // reports' serious concerns), without repeats.
    std::vector<std::string> serious_levels() const;

private:
    std::vector<RiskMatrix> matrices_;
    std::size_t current_ = 0;
};

// Records a grade of case `ref` against `matrix` (a "graded" event; the
// latest grade stands). Any state but voided; nothing written on error.
reg::Event grade_case(store::Register& reg, const RiskMatrix& matrix, const std::string& ref, int consequence,
                      int likelihood, Date on, const store::Stamp& stamp);

} // namespace plaint::casework
