#!/usr/bin/env bash
# All tests: unit tests (ctest over build/), pg_regress (`make installcheck`) on a private
# throwaway PostgreSQL 15, and every shell test tests/sql/*.sh against that same server (they get
# PGHOST/PGPORT/PGUSER in the environment and pass by exiting 0). Needs nothing from ../shared
# but the Citus source in ../shared/vendor, which tests/sql/citus_cluster.sh builds (scripts/citus.sh,
# cached in .cache/) to run its own coordinator and workers.
# Prints each suite's summary and ends with one line "N passed, N failed" over all suites;
# exits non-zero if anything failed or a suite could not run.
#   scripts/test.sh [--no-setup]
set -euo pipefail
cd "$(dirname "$0")/.."

[[ ${1:-} == --no-setup ]] || scripts/setup.sh
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
[[ -x $PG_CONFIG ]] || PG_CONFIG=$(command -v pg_config)

log=$(mktemp -d /tmp/kornews-test.XXXXXX)
passed=0 failed=0 broken=0

# --- unit tests ------------------------------------------------------------------------------
echo "== unit tests (ctest)"
set +e
ctest --test-dir build --output-on-failure -j"$(nproc)" >"$log/ctest.out" 2>&1
rc=$?
set -e
# Show failures in full, otherwise only the summary (the per-test lines are in the log).
if ((rc)); then cat "$log/ctest.out"; else grep -E 'tests passed|No tests were found|Total Test time' "$log/ctest.out" || true; fi
if line=$(grep -E '[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log/ctest.out"); then
  f=$(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<<"$line")
  n=$(sed -E 's/.* failed out of ([0-9]+).*/\1/' <<<"$line")
  passed=$((passed + n - f)); failed=$((failed + f))
elif grep -q 'No tests were found' "$log/ctest.out"; then
  echo "ctest: no unit tests registered yet"
else
  echo "ctest did not run (exit $rc)"; broken=1
fi
((rc == 0)) || broken=1

# --- CLI smoke test ----------------------------------------------------------------------------------
# The command-line contract the eval scripts rely on: one output line per input line, form/TAG.
echo "== CLI (build/kornews analyze on scripts/sample-news.txt)"
if out=$(build/kornews analyze <scripts/sample-news.txt 2>&1) &&
   [[ $(wc -l <<<"$out") -eq $(wc -l <scripts/sample-news.txt) ]] &&
   grep -q '^화웨이/NNP 가/JKS ' <<<"$out"; then
  echo "ok     cli-analyze"; passed=$((passed + 1))
else
  echo "FAILED cli-analyze"; head -3 <<<"$out" | sed 's/^/    /'; failed=$((failed + 1))
fi

# --- pg_regress and shell tests on a throwaway server ---------------------------------------------
source scripts/pg-temp.sh
pg_temp_start
cleanup() { pg_temp_stop; rm -rf "$log"; }
trap cleanup EXIT

echo "== pg_regress (make installcheck on port $PGPORT)"
if compgen -G 'sql/*.sql' >/dev/null; then
  set +e
  make installcheck PG_CONFIG="$PG_CONFIG" </dev/null >"$log/regress.out" 2>&1
  rc=$?
  set -e
  # pg_regress's per-test lines and its summary box.
  grep -E '\.\.\. |tests passed|tests failed|^=+$' "$log/regress.out" || true
  if line=$(grep -E 'All [0-9]+ tests passed' "$log/regress.out"); then
    passed=$((passed + $(sed -E 's/.*All ([0-9]+) tests passed.*/\1/' <<<"$line")))
  elif line=$(grep -E '[0-9]+ of [0-9]+ tests failed' "$log/regress.out"); then
    f=$(sed -E 's/ *([0-9]+) of ([0-9]+) tests failed.*/\1/' <<<"$line")
    n=$(sed -E 's/ *([0-9]+) of ([0-9]+) tests failed.*/\2/' <<<"$line")
    passed=$((passed + n - f)); failed=$((failed + f))
    [[ -f regression.diffs ]] && head -200 regression.diffs
  else
    cat "$log/regress.out"; echo "pg_regress did not run (exit $rc)"; broken=1
  fi
  ((rc == 0)) || broken=1
else
  echo "pg_regress: no cases in sql/ yet"
fi

echo "== shell tests (tests/sql/*.sh)"
shopt -s nullglob
for t in tests/sql/*.sh; do
  if bash "$t" >"$log/sh.out" 2>&1; then
    echo "ok     $t"; passed=$((passed + 1))
  else
    echo "FAILED $t"; sed 's/^/    /' "$log/sh.out"; failed=$((failed + 1))
  fi
done

echo
((broken && failed == 0)) && failed=1   # a suite that could not run counts as a failure
echo "$passed passed, $failed failed"
((failed == 0 && broken == 0))
