#!/usr/bin/env bash
# `plaint search`, first page (20 cases), on a demonstration register with
# notes on a tenth of its cases, against the sqlite3 command line running the
# same FTS5 query (same words, same ranking, same join, same page).
#
#   bash tests/bench/search_bench.sh [PLAINT] [CASES] [REGISTER]
#
# Defaults: build/cmd/plaint, 1000000 cases, a register under /tmp kept for
# reuse. Needs python3 and sqlite3. Target (issue #12): under 50 ms.
#
# Fixture shortcut: plaint has no bulk way to add notes yet, so the notes
# (12 words each from a vocabulary of 400, and "zeppelin" in 1 in 10,000)
# are put in with the sqlite3 shell, as rows of `notes` only (no journal
# events: `plaint verify` on this register would report them). The search
# index is kept in step by its triggers as they go in.
set -euo pipefail
plaint="${1:-build/cmd/plaint}"
cases="${2:-1000000}"
register="${3:-/tmp/plaint-bench-search-$cases.plaint}"
export PLAINT_TODAY=2026-11-20 HOME="${TMPDIR:-/tmp}"
if [ ! -e "$register" ]; then
  /usr/bin/time -f "demo: %e s, %M KiB" "$plaint" demo "$register" --cases "$cases" --seed 1
fi
if [ "$(sqlite3 "$register" "SELECT count(*) FROM notes")" = 0 ]; then
  start=$(date +%s%N)
  python3 - "$register" <<'PY' | sqlite3 "$register"
import random, sqlite3, sys
random.seed(12)
vocabulary = [f"w{i:03d}" for i in range(400)]
common = ["called", "ward", "daughter", "son", "letter", "meeting", "discharge", "medication", "nurse", "doctor",
          "appointment", "pain", "waiting", "transport", "records", "complaint", "apology", "manager"]
refs = [r for (r,) in sqlite3.connect(sys.argv[1]).execute("SELECT ref FROM cases WHERE number % 10 = 0")]
print("BEGIN;")
for i, ref in enumerate(refs):
    words = random.choices(common, k=4) + random.choices(vocabulary, k=8)
    if i % 1000 == 0:
        words.append("zeppelin")
    random.shuffle(words)
    print(f"INSERT INTO notes (case_ref, noted_on, author, text) VALUES ('{ref}', '2026-11-19', 'bench', '{' '.join(words)}');")
print("COMMIT;")
PY
  end=$(date +%s%N)
  echo "notes: $(sqlite3 "$register" "SELECT count(*) FROM notes") in $(( (end - start) / 1000000 )) ms"
fi
echo "cases: $(sqlite3 "$register" "SELECT count(*) FROM cases"), file $(du -m "$register" | cut -f1) MB," \
     "index $(sqlite3 "$register" "SELECT sum(pgsize) / 1048576 FROM dbstat WHERE name LIKE 'case_search%' OR name LIKE 'party_names%'") MB"
# The statements plaint runs (register_search.cpp), for the reference: for
# words, the newest 5,000 matches found in rowid order, then those ranked
# (fts); the same without the window ranks every match (fts_all). For a
# name alone, the parties found newest first (plaint reads rows until it has
# 21 distinct cases).
fts_all() {
  printf '%s' "SELECT s.ref, snippet(case_search, 1, char(2), char(3), '...', 10),
    snippet(case_search, 2, char(2), char(3), '...', 10), snippet(case_search, 3, char(2), char(3), '...', 10),
    snippet(case_search, 4, char(2), char(3), '...', 10) FROM case_search s JOIN cases c ON c.ref = s.ref
    WHERE case_search MATCH '$1' AND c.voided_on IS NULL ${2:-} ORDER BY s.rank LIMIT 21 OFFSET 0"
}
fts() {
  fts_all "$1" "AND s.rowid >= coalesce((SELECT rowid FROM case_search WHERE case_search MATCH '$1'
    ORDER BY rowid DESC LIMIT 1 OFFSET 4999), 0)"
}
party="SELECT c.ref FROM party_names n JOIN parties p ON p.id = n.rowid JOIN cases c ON c.ref = p.case_ref
  WHERE party_names MATCH '\"amira\"* \"jones\"*' AND p.role IN ('complainant', 'on-behalf-of')
  AND c.voided_on IS NULL ORDER BY n.rowid DESC LIMIT 21"
for words in care zeppelin "clinical community" "daughter discharge"; do
  echo "matches for '$words': $(sqlite3 "$register" "SELECT count(*) FROM case_search WHERE case_search MATCH '$(printf '"%s" ' $words)'")"
done
# Each command run 3 times to warm up, then 20 times; wall time of the
# process, measured from Python (hyperfine -N when installed does the same).
python3 - "$plaint" "$register" "$party" "$(fts '"care"')" "$(fts_all '"care"')" "$(fts '"zeppelin"')" \
  "$(fts_all '"zeppelin"')" "$(fts '"clinical" "community"')" "$(fts_all '"clinical" "community"')" \
  "$(fts '"daughter" "discharge"')" "$(fts_all '"daughter" "discharge"')" <<'PY'
import statistics, subprocess, sys, time
plaint, register, party, *words = sys.argv[1:]
def timed(argv):
    for _ in range(3):
        subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)
    runs = []
    for _ in range(20):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, check=True)
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs), statistics.mean(runs)
cases = [("common word: care", ["search", "care"], words[0], words[1]),
         ("rare word: zeppelin", ["search", "zeppelin"], words[2], words[3]),
         ("two words: clinical community", ["search", "clinical", "community"], words[4], words[5]),
         ("two words in notes: daughter discharge", ["search", "daughter", "discharge"], words[6], words[7]),
         ("--party 'amira jones'", ["search", "--party", "amira jones"], party, None),
         ("--party jones", ["search", "--party", "jones"], None, None)]
print(f"{'query':40} {'plaint':>9} {'sqlite3, same':>14} {'ratio':>6} {'sqlite3, every match ranked':>28}")
for name, args, sql, sql_all in cases:
    p = timed([plaint, "--register", register, *args])[0]
    q = timed(["sqlite3", register, sql])[0] if sql else None
    a = timed(["sqlite3", register, sql_all])[0] if sql_all else None
    same = f"{q:11.1f} ms {p / q:6.2f}" if q else " " * 21
    every = f"{a:25.1f} ms" if a else ""
    print(f"{name:40} {p:6.1f} ms {same} {every}")
PY
