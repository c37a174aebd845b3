#!/bin/bash
# The hourly import recipe of docs/headlines.md, end to end with Debian's postgresql-15-cron:
# a throwaway server of its own (pg_cron must be preloaded) listening on a unix socket only,
# with cron.database_name and a socket cron.host as the page says; the page's blocks marked
# `docs-run: pg_cron` run as written; then a job scheduled every minute imports a capture of
# this test's own list. Checked: the job runs and succeeds, a rerun adds nothing, a new capture
# of the same list counts each headline again without duplicates, rejected lines are kept once,
# the counts are right, and relative times resolve in Asia/Seoul whatever the server TimeZone.
# Then the staging path: `kornews import` twice (the second adds nothing) and the page's merge.
# Then the pg_cron blocks of analytics.md and stories.md, after their pages' other blocks, with
# each scheduled command run once. Takes about a minute (pg_cron's smallest interval). Exit
# status 0 = pass.
set -euo pipefail
cd "$(dirname "$0")/../.."

PG_CONFIG=${PG_CONFIG:-pg_config}
bindir=$("$PG_CONFIG" --bindir)
pkglibdir=$("$PG_CONFIG" --pkglibdir)
sharedir=$("$PG_CONFIG" --sharedir)
CLI=${KORNEWS_CLI:-build/kornews}

# pg_cron comes from Debian's postgresql-15-cron (scripts/setup.sh installs it). A private
# PostgreSQL build (another pkglibdir, as in the development setup) gets a copy of its files.
if [[ ! -f $pkglibdir/pg_cron.so ]]; then
  if [[ -f /usr/lib/postgresql/15/lib/pg_cron.so && -w $pkglibdir ]]; then
    cp /usr/lib/postgresql/15/lib/pg_cron.so "$pkglibdir/"
    cp /usr/share/postgresql/15/extension/pg_cron* "$sharedir/extension/"
  else
    echo "FAIL  pg_cron is not installed (apt-get install postgresql-15-cron)"; exit 1
  fi
fi

as_owner() { if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
work=$(mktemp -d /tmp/kornews-cron.XXXXXX)
chmod 755 "$work"
[[ $EUID -eq 0 ]] && chown postgres: "$work"
cleanup() {
  [[ -f $work/data/postmaster.pid ]] &&
    as_owner "$bindir/pg_ctl" -D "$work/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

as_owner "$bindir/initdb" -D "$work/data" -U postgres -A trust --encoding=UTF8 \
  --locale=C.UTF-8 >"$work/initdb.log" 2>&1 || { cat "$work/initdb.log"; exit 1; }
port=5591
while [[ -e /tmp/.s.PGSQL.$port || -e $work/.s.PGSQL.$port ]]; do port=$((port + 1)); done
# The server's TimeZone is UTC on purpose: the recipe must not depend on it.
cat >>"$work/data/postgresql.conf" <<CONF
listen_addresses = ''
unix_socket_directories = '$work'
port = $port
fsync = off
timezone = 'UTC'
shared_preload_libraries = 'pg_cron'
cron.database_name = 'news'
cron.host = '$work'
CONF
as_owner "$bindir/pg_ctl" -D "$work/data" -w -t 60 -l "$work/server.log" start >/dev/null ||
  { cat "$work/server.log"; exit 1; }
export PGHOST=$work PGPORT=$port PGUSER=postgres
PSQL="psql -X -q -v ON_ERROR_STOP=1 -d news"
psql -X -q -d postgres -c "CREATE DATABASE news"

fail=0
check() {  # name, expected, actual
  if [[ $2 == "$3" ]]; then echo "ok    $1"; else
    echo "FAIL  $1"; echo "      expected: $2"; echo "      actual:   $3"; fail=1; fi
}

# 1. The page's pg_cron blocks, as written, in order.
python3 - docs/headlines.md >"$work/recipe.sql" <<'PY'
import re, sys
text = open(sys.argv[1], encoding='utf-8').read()
for block in re.findall(r'^```sql\n(.*?)^```', text, re.M | re.S):
    if re.search(r'^\s*--\s*docs-run:\s*pg_cron', block, re.M):
        print(block)
PY
if out=$($PSQL -f "$work/recipe.sql" 2>&1); then echo "ok    docs/headlines.md pg_cron blocks run"; else
  echo "FAIL  docs/headlines.md pg_cron blocks"; echo "$out" | sed 's/^/      /'; fail=1; fi
check "the page's two jobs are scheduled" "import-board merge-staging" \
  "$($PSQL -At -c "SELECT string_agg(jobname, ' ' ORDER BY jobname) FROM cron.job")"
# They would run at minute 5 on /srv/ingest; this test runs its own job on its own file.
$PSQL -c "SELECT cron.unschedule(jobname) FROM cron.job" >/dev/null

# 2. A capture of a portal list (written for this test), 10:40 Seoul time; two lines reject.
board=$work/board.txt
cat >"$board" <<'LIST'
반도체 수출 두 달 연속 늘어 한국경제 3분 전
항만 자동화 첫 시험 운영 매일경제 12분 전
겨울 가뭄에 저수율 뚝 연합뉴스 TV 1시간 전
반도체 수출 두 달 연속 늘어 한국경제 5분 전
광고 문의는 아래 주소로
광고 문의는 아래 주소로
전체 기사 보기
LIST
chmod 644 "$board"
touch -d '2025-02-07 10:40 +0900' "$board"

$PSQL -c "SELECT cron.schedule('import-now', '* * * * *', \$\$SELECT news.import_board('$board')\$\$)" >/dev/null
echo "      waiting for pg_cron's next minute ..."
status=
for _ in $(seq 1 150); do
  status=$($PSQL -At -c "SELECT status FROM cron.job_run_details WHERE status IN ('succeeded', 'failed') ORDER BY runid LIMIT 1")
  [[ -n $status ]] && break
  sleep 1
done
$PSQL -c "SELECT cron.unschedule('import-now')" >/dev/null
check "the job ran and succeeded" "succeeded" "$status"
[[ $status == succeeded ]] || $PSQL -c "SELECT status, return_message FROM cron.job_run_details" || true

check "headlines: 3 distinct, each seen once" "3 3" \
  "$($PSQL -At -F' ' -c "SELECT count(*), sum(seen) FROM news.headlines")"
check "rejects kept once: 2 distinct lines of 3" "2" \
  "$($PSQL -At -c "SELECT count(*) FROM news.rejects")"
check "the import's counts" "3 2" \
  "$($PSQL -At -F' ' -c "SELECT added, rejected FROM news.imports")"
check "times in Seoul while the server's TimeZone is UTC: 5분 전 at 10:40 KST" \
  "2025-02-07 10:35:00 UTC" \
  "$($PSQL -At -F' ' -c "SELECT published, current_setting('TimeZone') FROM news.headlines WHERE author = '한국경제'")"
check "1시간 전 at 10:40 KST" "2025-02-07 09:40:00" \
  "$($PSQL -At -c "SELECT published FROM news.headlines WHERE author = '연합뉴스 TV'")"

# 3. A rerun on the same capture adds nothing; a new capture counts each headline again.
check "rerun on the same capture returns 0" "0" \
  "$($PSQL -At -c "SELECT news.import_board('$board')")"
check "rerun: no new rows anywhere" "3 3 2 1" \
  "$($PSQL -At -F' ' -c "SELECT (SELECT count(*) FROM news.headlines), (SELECT sum(seen) FROM news.headlines), (SELECT count(*) FROM news.rejects), (SELECT count(*) FROM news.imports)")"
touch -d '2025-02-07 11:40 +0900' "$board"
check "a new capture of the same list adds no headline" "0" \
  "$($PSQL -At -c "SELECT news.import_board('$board')")"
check "new capture: seen twice, rejects still once" "3 6 2 2" \
  "$($PSQL -At -F' ' -c "SELECT (SELECT count(*) FROM news.headlines), (SELECT sum(seen) FROM news.headlines), (SELECT count(*) FROM news.rejects), (SELECT count(*) FROM news.imports)")"

# 4. The staging path: kornews import twice, then the page's merge statement.
staged=$work/board-11.txt
cat >"$staged" <<'LIST'
새 학기 급식비 인상 논란 뉴스1 2시간 전
항만 자동화 첫 시험 운영 매일경제 12분 전
전체 기사 보기
구독 안내
LIST
touch -d '2025-02-07 11:40 +0900' "$staged"
dsn="host=$work port=$port dbname=news user=postgres"
check "kornews import loads the file" \
  "$staged: 4 rows loaded, 2 lines not parsed, 0 rows already there" \
  "$(TZ=Asia/Seoul "$CLI" import --dsn "$dsn" --table news.staging "$staged")"
check "kornews import again adds nothing" \
  "$staged: 0 rows loaded, 2 lines not parsed, 4 rows already there" \
  "$(TZ=Asia/Seoul "$CLI" import --dsn="$dsn" --table=news.staging "$staged")"
check "staging rows record their file and capture time" "4 2025-02-07 02:40:00+00" \
  "$($PSQL -At -F' ' -c "SELECT count(*), min(captured_at) FROM news.staging WHERE source_file = '$staged'")"
merge=$(python3 - docs/headlines.md <<'PY'
import re, sys
text = open(sys.argv[1], encoding='utf-8').read()
m = re.search(r"cron\.schedule\('merge-staging', '[^']*', \$\$(.*?)\$\$\);", text, re.S)
print(m.group(1))
PY
)
$PSQL -c "$merge" >/dev/null
check "merge: one new headline, one seen again; one new reject" "4 8 3" \
  "$($PSQL -At -F' ' -c "SELECT (SELECT count(*) FROM news.headlines), (SELECT sum(seen) FROM news.headlines), (SELECT count(*) FROM news.rejects)")"
$PSQL -c "$merge" >/dev/null
check "merge again: nothing moves twice" "4 8 3 0" \
  "$($PSQL -At -F' ' -c "SELECT (SELECT count(*) FROM news.headlines), (SELECT sum(seen) FROM news.headlines), (SELECT count(*) FROM news.rejects), (SELECT count(*) FROM news.staging WHERE NOT merged)")"

# 5. The pg_cron blocks of analytics.md and stories.md. Each page's other blocks first, as
#    tests/sql/docs_run.sh runs them (its tables, views, procedure; both pages create a table
#    public.news, dropped before each page), then its pg_cron blocks as written; each job they
#    schedule is then run once by hand -- the command pg_cron would run -- and must succeed.
#    (Their schedules are hourly and nightly: waiting for pg_cron would take too long.)
page_sql() {  # page, "cron" or "other": that page's blocks, shown results left out
  python3 - "$1" "$2" <<'PY'
import re, sys
sys.path.insert(0, 'tests/sql')
import docs_run
page, which = sys.argv[1], sys.argv[2]
for _, text in docs_run.blocks(page):
    marks = {m.group(1) for m in map(docs_run.MARK.match, text.splitlines()) if m}
    if marks & {'skip', 'error'} or ('pg_cron' in marks) != (which == 'cron'):
        continue
    print('\n'.join(docs_run.without_shown_tables(text.splitlines())[0]) + '\n;')
PY
}
for page in docs/analytics.md:kornews-dashboard,kornews-term-stats docs/stories.md:news-stories; do
  jobs=${page#*:} page=${page%%:*}
  $PSQL -c "DROP TABLE IF EXISTS public.news CASCADE" >/dev/null 2>&1  # and the views on it
  page_sql "$page" other >"$work/page.sql"
  page_sql "$page" cron >"$work/cron.sql"
  if out=$($PSQL -f "$work/page.sql" 2>&1 && $PSQL -f "$work/cron.sql" 2>&1); then
    echo "ok    $page pg_cron blocks run (after the page's other blocks)"; else
    echo "FAIL  $page pg_cron blocks"; echo "$out" | sed 's/^/      /'; fail=1; continue; fi
  check "$page: its jobs are scheduled" "$jobs" \
    "$($PSQL -At -c "SELECT string_agg(jobname, ',' ORDER BY jobname) FROM cron.job")"
  for job in ${jobs//,/ }; do
    command=$($PSQL -At -c "SELECT command FROM cron.job WHERE jobname = '$job'")
    if out=$($PSQL -c "$command" 2>&1); then echo "ok    $page: job $job's command runs"; else
      echo "FAIL  $page: job $job's command"; echo "$out" | sed 's/^/      /'; fail=1; fi
  done
  $PSQL -c "SELECT cron.unschedule(jobname) FROM cron.job" >/dev/null
done
exit $fail
