// plaint/casework/caseload: how a case's clocks stand on Wednesday 18
// November 2026, the worst clock deciding.
//
//       November 2026
// Mo Tu We Th Fr Sa Su
// 16 17 18 19 20 21 22    18 today
#include "plaint/casework/caseload.hpp"
#include "support/dates.hpp"

#include <catch2/catch.hpp>

using namespace plaint;
using plaint::test::d;

namespace {

reg::ClockRow clock(const char* status, std::optional<Date> due = std::nullopt, std::optional<Date> warning = std::nullopt) {
    reg::ClockRow k;
    k.status = status;
    k.due = due;
    k.warning = warning;
    return k;
}

} // namespace

TEST_CASE("caseload: a case stands as its worst clock", "[caseload]") {
    using casework::Standing;
    const Date today = d("2026-11-18");
    CHECK(casework::standing_of({}, today) == Standing::on_track);
    CHECK(casework::standing_of({clock("open", d("2026-11-20"))}, today) == Standing::on_track);
    CHECK(casework::standing_of({clock("open", d("2026-11-20"), d("2026-11-18"))}, today) == Standing::at_risk);
    CHECK(casework::standing_of({clock("open", d("2026-11-18"))}, today) == Standing::at_risk);
    CHECK(casework::standing_of({clock("open", d("2026-11-17"))}, today) == Standing::overdue);
    CHECK(casework::standing_of({clock("paused"), clock("open", d("2026-11-30"))}, today) == Standing::paused);
    CHECK(casework::standing_of({clock("waiting"), clock("paused")}, today) == Standing::paused);
    CHECK(casework::standing_of({clock("waiting"), clock("open", d("2026-11-17"))}, today) == Standing::overdue);
    CHECK(casework::standing_id(Standing::at_risk) == "at-risk");
}
