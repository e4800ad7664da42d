#!/usr/bin/env bash
# `plaint report ko41 --format json` against the sqlite3 command line running
# the equivalent queries (the same counts: the summary, the five breakdowns
# and the validation rules' cases) on a demonstration register, and plaint's
# peak memory.
#
#   bash tests/bench/report_bench.sh [PLAINT] [CASES] [REGISTER] [PERIOD]
#
# Defaults: build/cmd/plaint, 1000000 cases, a register under /tmp kept for
# reuse (creating a million-case register takes a while), 2025/26. Needs
# hyperfine.
set -euo pipefail
plaint="${1:-build/cmd/plaint}"
cases="${2:-1000000}"
register="${3:-/tmp/plaint-bench-report-$cases.plaint}"
period="${4:-2025/26}"
export PLAINT_TODAY=2026-11-20 HOME="${TMPDIR:-/tmp}"
if [ ! -e "$register" ]; then
  /usr/bin/time -f "demo: %e s, %M KiB" "$plaint" demo "$register" --cases "$cases" --seed 1
fi
from=2025-04-01 to=2026-03-31
if [ "$period" != 2025/26 ]; then
  range="$("$plaint" --register "$register" report ko41 --period "$period" --format json | jq -r '.period | "\(.from) \(.to)"')"
  from="${range% *}" to="${range#* }"
fi
scope="c.kind = 'complaint' AND c.procedure IN ('nhs-complaint', 'two-stage')"
finished="COALESCE(c.resolved_on, c.closed_on)"
new="$scope AND c.received BETWEEN '$from' AND '$to'"
queries="
SELECT count(*) FROM cases c WHERE $scope AND c.received < '$from' AND ($finished IS NULL OR $finished >= '$from');
SELECT count(*) FROM cases c WHERE $new;
SELECT COALESCE(outcome, ''), count(*) FROM cases c WHERE $scope AND c.resolved_on BETWEEN '$from' AND '$to' GROUP BY 1 ORDER BY 1;
SELECT count(*) FROM cases c WHERE $scope AND c.outcome IS NULL AND c.closed_on BETWEEN '$from' AND '$to';
SELECT count(*) FROM cases c WHERE $scope AND c.received <= '$to' AND ($finished IS NULL OR $finished > '$to');"
for column in age_band complainant_status; do
  queries+="
SELECT COALESCE(c.$column, ''), count(*) FROM cases c WHERE $new GROUP BY 1 ORDER BY 1;
SELECT c.ref FROM cases c WHERE $new AND c.$column IS NULL ORDER BY c.year, c.number;"
done
for column in subject service profession; do
  queries+="
SELECT COALESCE(a.$column, ''), count(DISTINCT c.ref) FROM cases c LEFT JOIN case_aspects a ON a.case_ref = c.ref
  WHERE $new GROUP BY 1 ORDER BY 1;
SELECT c.ref FROM cases c WHERE $new AND NOT EXISTS (SELECT 1 FROM case_aspects a WHERE a.case_ref = c.ref
  AND a.$column IS NOT NULL) ORDER BY c.year, c.number;"
done
echo "$queries" > /tmp/plaint-report-bench.sql
echo "cases: $(sqlite3 "$register" "SELECT count(*) FROM cases"), new complaints in $period:" \
     "$(sqlite3 "$register" "SELECT count(*) FROM cases c WHERE $new")"
hyperfine -N -w 2 -r 10 \
  "$plaint --register $register report ko41 --period $period --format json --output /dev/null" \
  "sqlite3 -json $register -init /tmp/plaint-report-bench.sql .quit"
/usr/bin/time -f "plaint report ko41: %e s, peak %M KiB" \
  "$plaint" --register "$register" report ko41 --period "$period" --format json --output /tmp/plaint-report-bench.json
for r in annual timeliness providers trends; do
  /usr/bin/time -f "plaint report $r: %e s, peak %M KiB" \
    "$plaint" --register "$register" report "$r" --period "$period" --format html --output /tmp/plaint-report-bench-$r.html
done
