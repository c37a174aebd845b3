#!/usr/bin/env bash
# SQL-side benchmarks on a private throwaway PostgreSQL 15 (the extension must be installed:
# scripts/setup.sh). Prints tables, each against an anchor measured in the same run:
#  1. to_tsvector('kornews.korean', s) vs to_tsvector('simple', s) over every news sentence,
#     REPS alternating repetitions, best and median;
#  2. a new backend's first kornews.ko_tokenize call (target <= 20 ms) and the private memory
#     it adds (target <= 10 MB), next to a new backend's first to_tsvector('simple', ...); once
#     alone, once as the first backend after an install (it verifies the dictionary's checksum)
#     and once while another backend keeps the dictionary mapped;
#  3. every bench/sql/*.sh (peak memory against input size, and the other SQL benchmarks).
#   scripts/bench-sql.sh [SENTENCES_FILE]     (default: ../shared/corpora/news/news-sentences.txt)
# env REPS (default 5), FRESH (new backends per first-call row, default 5), PARTS (default all:
# the bench/sql/*.sh to run in part 3, e.g. PARTS="memory stories"; PARTS=none skips part 3).
set -euo pipefail
cd "$(dirname "$0")/.."

source bench/sql/lib/corpus.sh
bench_corpus bench-sql "${1:-}"
REPS=${REPS:-5} FRESH=${FRESH:-5}

source scripts/pg-temp.sh
pg_temp_start

q -c 'CREATE EXTENSION kornews' -c 'CREATE TABLE news (s text NOT NULL)'
bench_load_news

# ---- 1. to_tsvector throughput ------------------------------------------------------------------
# Server-side timing (clock_timestamp) of one full scan; no parallel workers and no JIT so that
# both configurations run the same plan and the ratio is the per-row cost of the parser.
echo "== to_tsvector over $rows sentences ($mb MB), $REPS repetitions each, alternating"
q <<SQL
SET max_parallel_workers_per_gather = 0;
SET jit = off;
CREATE TEMP TABLE t (cfg text, rep int, ms float8);
CREATE FUNCTION pg_temp.scan(cfg regconfig) RETURNS float8 LANGUAGE plpgsql AS \$\$
DECLARE t0 timestamptz; n bigint;
BEGIN
  t0 := clock_timestamp();
  SELECT count(*) INTO n FROM news WHERE to_tsvector(cfg, s) IS NOT NULL;
  RETURN extract(epoch FROM clock_timestamp() - t0) * 1000;
END \$\$;
SELECT pg_temp.scan('simple') + pg_temp.scan('kornews.korean') AS warm_up \gset
INSERT INTO t SELECT c, r, pg_temp.scan(c::regconfig)
  FROM generate_series(1, $REPS) r, unnest(ARRAY['simple', 'kornews.korean']) c;
WITH s AS (
  SELECT cfg, min(ms) AS best, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS med
  FROM t GROUP BY cfg)
SELECT format('to_tsvector(%L, s)', s.cfg) AS query,
       round(s.best::numeric, 1) AS best_ms, round(s.med::numeric, 1) AS median_ms,
       round($rows / (s.med / 1000))::bigint AS rows_per_s,
       round(($mb / (s.med / 1000))::numeric, 2) AS mb_per_s,
       round((s.med / a.med)::numeric, 2) || 'x' || CASE WHEN s.cfg = 'simple' THEN ' (anchor)' ELSE '' END
         AS time_vs_simple
FROM s, s a WHERE a.cfg = 'simple'
ORDER BY s.cfg = 'simple' DESC;
-- The machine's speed drifts (a shared VM): the ratio of each repetition's two scans, run one
-- right after the other, is steadier than the ratio of the medians.
SELECT round((percentile_cont(0.5) WITHIN GROUP (ORDER BY k.ms / s.ms))::numeric, 2) || 'x'
         AS korean_vs_simple_paired_median,
       round(min(k.ms / s.ms)::numeric, 2) || 'x - ' || round(max(k.ms / s.ms)::numeric, 2) || 'x'
         AS paired_range
FROM t k JOIN t s USING (rep) WHERE k.cfg = 'kornews.korean' AND s.cfg = 'simple';
SQL
echo "(simple is the anchor; the speed target is set against textsearch_ko: bench/sql/textsearch_ko.sh)"

# ---- 2. first call in a new backend -----------------------------------------------------------------
# One psql session per measurement: it learns its backend's pid, reads that process's
# /proc/PID/{smaps_rollup,status}, times the first call (\timing), and reads /proc again.
# RssAnon = private anonymous memory (heap, caches); Private_Clean+Private_Dirty also counts
# file pages only this process maps (e.g. dictionary pages no other backend touched yet), which
# the page cache shares as soon as a second backend maps them.
first_call() {
  q -At <<SQL
SELECT pg_backend_pid() AS pid \gset
\setenv KPID :pid
\! awk '/^Private_(Clean|Dirty):/{p+=\$2} END{printf "before %d ", p}' /proc/\$KPID/smaps_rollup; awk '/^RssAnon:/{print \$2}' /proc/\$KPID/status
\timing on
$1;
\timing off
\! awk '/^Private_(Clean|Dirty):/{p+=\$2} END{printf "after %d ", p}' /proc/\$KPID/smaps_rollup; awk '/^RssAnon:/{print \$2}' /proc/\$KPID/status
SQL
}
sentence='화웨이가 새 인공지능 반도체를 다음 달 중국 시장에 내놓는다고 밝혔다.'
measure() {  # $1 = label, $2 = SQL, $3 = "unverified" to drop the checksum stamps first;
             # prints "label ms_median private_kb anon_kb" (medians)
  local i out ms=() priv=() anon=()
  for ((i = 0; i < FRESH; i++)); do
    # The first backend to use a dictionary file verifies its checksum and leaves a stamp in
    # pg_stat_tmp (src/pg/mapped_files.h); without the stamps, each call pays that check.
    [[ ${3:-} == unverified ]] && rm -f "$PG_TEMP_DIR"/data/pg_stat_tmp/kornews-verified-*
    out=$(first_call "$2" | grep -E '^(before|after|Time:)')
    ms+=("$(awk '/^Time:/{print $2}' <<<"$out")")
    priv+=("$(awk '/^before/{b=$2} /^after/{a=$2} END{print a-b}' <<<"$out")")
    anon+=("$(awk '/^before/{b=$3} /^after/{a=$3} END{print a-b}' <<<"$out")")
  done
  med() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END{print (NR%2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
  echo "$1|$(med "${ms[@]}")|$(med "${priv[@]}")|$(med "${anon[@]}")"
}
a=$(measure "to_tsvector('simple', …) (anchor)" "SELECT to_tsvector('simple', '$sentence')")
k0=$(measure "kornews.ko_tokenize(…), first backend after an install" "SELECT kornews.ko_tokenize('$sentence')" unverified)
k=$(measure "kornews.ko_tokenize(…)" "SELECT kornews.ko_tokenize('$sentence')")
# The same while another backend has already used the dictionary (a server in service): the
# pages both map are then counted as shared, and what remains private is the backend's own.
q -c "SELECT kornews.ko_tokenize('$sentence')" -c 'SELECT pg_sleep(3600)' >/dev/null 2>&1 &
holder=$!
for _ in $(seq 100); do
  [[ $(q -Atc "SELECT count(*) FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(3600)'") == 1 ]] && break
  sleep 0.1
done
k2=$(measure "kornews.ko_tokenize(…), dictionary in use" "SELECT kornews.ko_tokenize('$sentence')")
q -Atc "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(3600)'" >/dev/null
wait "$holder" 2>/dev/null || true
echo
echo "== first call in a new backend (median of $FRESH new backends)"
{
  echo "call|first call ms|added Private_Clean+Dirty kB|added RssAnon kB"
  echo "$a"; echo "$k0"; echo "$k"; echo "$k2"
} | column -t -s '|'
awk -F'|' '{printf "kornews vs anchor: first call %.1fx the time, %+d kB private, %+d kB anonymous\n", $2/'"$(cut -d'|' -f2 <<<"$a")"', $3-'"$(cut -d'|' -f3 <<<"$a")"', $4-'"$(cut -d'|' -f4 <<<"$a")"'}' <<<"$k"
echo "targets: first call <= 20 ms; private memory added <= 10240 kB"

# ---- 3. the other SQL benchmarks, each a script in bench/sql/ with its own anchor -------------------
# (memory against input size, analytics, stories, textsearch_ko, Citus): on this server, whose
# PG* variables they inherit. `bench/sql/NAME.sh` also runs alone.
PARTS=${PARTS:-all}
for b in bench/sql/*.sh; do
  name=$(basename "$b" .sh)
  [[ $PARTS == all || " $PARTS " == *" $name "* ]] || continue
  echo
  echo "== $b"
  bash "$b"
done
