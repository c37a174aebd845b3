#!/bin/bash
# kornews import against the test server: rows with their source file and capture time, a rerun
# adds nothing, a table without a key loads with a warning, a missing schema is an error with a
# hint, --opt=value works. Lists written for this test. Needs a running server reachable through
# the usual PG* variables, as a superuser, with kornews installed. Exit status 0 = pass.
set -euo pipefail
cd "$(dirname "$0")/../.."
CLI=${KORNEWS_CLI:-build/kornews}
DB=kornews_cli_import
PSQL="psql -X -q -v ON_ERROR_STOP=1 -A -t"
work=$(mktemp -d /tmp/kornews-import.XXXXXX)
cleanup() { psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
$PSQL -d postgres -c "DROP DATABASE IF EXISTS $DB"
$PSQL -d postgres -c "CREATE DATABASE $DB ENCODING 'UTF8' TEMPLATE template0"
dsn="host=${PGHOST:-/tmp} port=${PGPORT:-5432} dbname=$DB user=${PGUSER:-postgres}"

fail=0
check() {
  if [[ $2 == "$3" ]]; then echo "ok    $1"; else
    echo "FAIL  $1"; echo "      expected: $2"; echo "      actual:   $3"; fail=1; fi
}
list=$work/list.txt
printf '%s\n' '반도체 수출 두 달 연속 늘어 한국경제 3분 전' '겨울 가뭄에 저수율 뚝 연합뉴스 TV 1시간 전' \
  '구독 안내' >"$list"
touch -d '2025-02-07 10:40 +0900' "$list"

check "loads, with the counts" "$list: 3 rows loaded, 1 lines not parsed, 0 rows already there" \
  "$(TZ=Asia/Seoul "$CLI" import --dsn="$dsn" --table=rows --create "$list")"
check "a rerun adds nothing" "$list: 0 rows loaded, 1 lines not parsed, 3 rows already there" \
  "$(TZ=Asia/Seoul "$CLI" import --dsn "$dsn" --table rows --create "$list")"
check "source file, capture time, exact relative time in the local zone" \
  "3|$list|2025-02-07 01:40:00+00|2025-02-07 10:37:00" \
  "$($PSQL -d $DB -c "SET TimeZone = UTC; SELECT count(*), min(source_file), min(captured_at), min(published) FILTER (WHERE author = '한국경제') FROM rows")"
check "a new capture of the same path adds its rows" \
  "$list: 3 rows loaded, 1 lines not parsed, 0 rows already there" \
  "$(touch -d '2025-02-07 11:40 +0900' "$list"; TZ=Asia/Seoul "$CLI" import --dsn "$dsn" --table rows "$list")"

out=$("$CLI" import --dsn "$dsn" --table nosuch.rows --create "$list" 2>&1 || true)
check "a missing schema: the hint says so" "1" \
  "$(grep -c 'hint: --create makes the table, not its schema' <<<"$out")"

$PSQL -d $DB -c "CREATE TABLE nokey (LIKE rows)"
out=$("$CLI" import --dsn "$dsn" --table nokey "$list" 2>&1)
check "a table without a key: loaded, with a warning" "1 1" \
  "$(grep -c '3 rows loaded' <<<"$out") $(grep -c 'has no unique key' <<<"$out")"
exit $fail
