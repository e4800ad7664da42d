Every report in every format, from a demonstration register: they run, they
write what they are asked to, and none carries personal data.

  $ cat > env.sh <<'END'
  > export PLAINT_NOW=2026-06-01T09:00:00Z PLAINT_TODAY=2026-06-01 PLAINT_USER=tester PLAINT_REGISTER=demo.db
  > END
  $ . ./env.sh && plaint demo --cases 3000 --seed 7 >/dev/null
  $ . ./env.sh && for r in ko41 annual timeliness providers trends; do for f in table csv json markdown html; do
  >   plaint report $r --period 2025/26 --format $f --output $r.$f || echo "failed: $r $f"; done; done
  $ . ./env.sh && ls *.html | wc -l
  5
  $ . ./env.sh && for f in ko41.json annual.json timeliness.json providers.json trends.json; do jq -r .report $f; done
  ko41
  annual
  timeliness
  providers
  trends
  $ . ./env.sh && sqlite3 demo.db "select name from parties" | sort -u > names.txt && wc -l < names.txt | tr -d ' ' | sed 's/^[1-9][0-9]*$/some names/'
  some names
  $ . ./env.sh && cat ko41.* annual.* timeliness.* providers.* trends.* | grep -c -F -f names.txt
  0
  [1]
  $ . ./env.sh && sqlite3 demo.db "select contact from parties where contact != ''" | grep -c -F -f - ko41.csv annual.csv providers.csv
  ko41.csv:0
  annual.csv:0
  providers.csv:0
  [1]
  $ . ./env.sh && grep -c '<svg' trends.html annual.html
  trends.html:2
  annual.html:1
  $ . ./env.sh && jq '.sections[0].figures.new > 100' ko41.json
  true
  $ . ./env.sh && plaint report ko41 --period 2025/26 --check >/dev/null; echo "exit $?"
  exit 1
