#!/usr/bin/env bash
# Analytics benchmarks on a private throwaway PostgreSQL 15 (the extension must be installed:
# scripts/setup.sh). Two tables, each with an anchor measured in the same run:
#  1. per row over every news sentence: kornews.ko_keywords(s, 10) next to
#     to_tsvector('kornews.korean', s) (anchor), REPS alternating repetitions
#     (target: ko_keywords <= 1.5x to_tsvector);
#  2. ROWS (default 1,000,000) rows built from the sentences with random timestamps over 30
#     days: ko_top_terms(body, 20) over all rows, the same per day, and ko_trending (last day
#     against the 7 before), next to a to_tsvector scan of the same rows (anchor); time and the
#     backend's peak resident memory (VmHWM, one fresh backend per row of the table).
#   bench/sql/analytics.sh [SENTENCES_FILE]   (default: ../shared/corpora/news/news-sentences.txt)
# env REPS (default 3), ROWS (default 1000000).
set -euo pipefail
cd "$(dirname "$0")/../.."

source bench/sql/lib/corpus.sh
bench_corpus bench/sql/analytics "${1:-}"
REPS=${REPS:-3} ROWS=${ROWS:-1000000}

source scripts/pg-temp.sh
pg_temp_start

q -c 'CREATE EXTENSION kornews' -c 'CREATE TABLE news (s text NOT NULL)'
bench_load_news

# ---- 1. per-row cost ------------------------------------------------------------------------
echo "== per row over $rows sentences ($mb MB), $REPS repetitions each, alternating"
q <<SQL
SET max_parallel_workers_per_gather = 0;
SET jit = off;
CREATE TEMP TABLE t (what text, rep int, ms float8);
CREATE FUNCTION pg_temp.scan(what text) RETURNS float8 LANGUAGE plpgsql AS \$\$
DECLARE t0 timestamptz; n bigint;
BEGIN
  t0 := clock_timestamp();
  IF what = 'to_tsvector' THEN
    SELECT count(*) INTO n FROM news WHERE to_tsvector('kornews.korean', s) IS NOT NULL;
  ELSE
    SELECT sum((SELECT count(*) FROM kornews.ko_keywords(s, 10))) INTO n FROM news;
  END IF;
  RETURN extract(epoch FROM clock_timestamp() - t0) * 1000;
END \$\$;
SELECT pg_temp.scan('to_tsvector') + pg_temp.scan('ko_keywords') AS warm_up \gset
INSERT INTO t SELECT w, r, pg_temp.scan(w)
  FROM generate_series(1, $REPS) r, unnest(ARRAY['to_tsvector', 'ko_keywords']) w;
WITH s AS (
  SELECT what, min(ms) AS best, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS med
  FROM t GROUP BY what)
SELECT CASE s.what WHEN 'to_tsvector' THEN 'to_tsvector(''kornews.korean'', s)'
                   ELSE 'kornews.ko_keywords(s, 10)' END AS per_row,
       round(s.best::numeric, 1) AS best_ms, round(s.med::numeric, 1) AS median_ms,
       round($rows / (s.med / 1000))::bigint AS rows_per_s,
       round((s.med / a.med)::numeric, 2) || 'x' ||
         CASE WHEN s.what = 'to_tsvector' THEN ' (anchor)' ELSE '' END AS time_vs_anchor
FROM s, s a WHERE a.what = 'to_tsvector'
ORDER BY s.what = 'to_tsvector' DESC;
SELECT round((percentile_cont(0.5) WITHIN GROUP (ORDER BY k.ms / a.ms))::numeric, 2) || 'x'
         AS keywords_vs_tsvector_paired_median
FROM t k JOIN t a USING (rep) WHERE k.what = 'ko_keywords' AND a.what = 'to_tsvector';
SQL
echo "target: ko_keywords <= 1.5x to_tsvector (median)"

# ---- 2. a million rows ----------------------------------------------------------------------
echo
echo "== $ROWS rows from the sentences, random timestamps over 30 days"
q <<SQL
SELECT setseed(0.12);
CREATE TABLE big AS
SELECT timestamptz '2026-03-01 00:00+00' + random() * interval '30 days' AS published, n.s AS body
FROM generate_series(1, ceil($ROWS::numeric / $rows)::int) AS g, news AS n
LIMIT $ROWS;
VACUUM ANALYZE big;
SQL
at="2026-03-31 00:00+00"
# One fresh backend per measurement: VmHWM is the process's peak resident set since it started.
measure() {  # label, sql
  q -At <<SQL
SET max_parallel_workers_per_gather = 0;
SET jit = off;
SELECT pg_backend_pid() AS pid \gset
\setenv KPID :pid
SELECT clock_timestamp() AS t0 \gset
$2
SELECT round(extract(epoch FROM clock_timestamp() - :'t0'::timestamptz)::numeric, 1) AS secs \gset
\setenv SECS :secs
\! printf '%s\t%s\t%s\t%s\n' "$1" "\$SECS" "\$(awk '/^VmHWM:/{print \$2}' /proc/\$KPID/status)" "\$(awk '/^VmRSS:/{print \$2}' /proc/\$KPID/status)"
SQL
}
{
  measure "to_tsvector('kornews.korean', body) over all rows (anchor)" \
    "SELECT count(*) FROM big WHERE to_tsvector('kornews.korean', body) IS NOT NULL \\g /dev/null"
  measure "ko_top_terms(body, 20) over all rows" \
    "SELECT kornews.ko_top_terms(body, 20) FROM big \\g /tmp/kornews-bench-top.\$\$"
  measure "ko_top_terms(body, 20) GROUP BY day (30 groups)" \
    "SELECT published::date, kornews.ko_top_terms(body, 20) FROM big GROUP BY 1 \\g /dev/null"
  measure "ko_trending (1 day vs 7 days before, k 20)" \
    "SELECT * FROM kornews.ko_trending('SELECT published, body FROM big', '$at') \\g /dev/null"
} > /tmp/kornews-bench-analytics.$$
awk -F'\t' 'BEGIN {printf "%-58s %10s %14s %10s\n", "query", "seconds", "peak RSS MB", "vs anchor"}
  NR == 1 {a = $2}
  {printf "%-58s %10s %14.1f %10s\n", $1, $2, $3 / 1024, (a > 0 ? sprintf("%.2fx", $2 / a) : "-")}' \
  /tmp/kornews-bench-analytics.$$
rm -f /tmp/kornews-bench-analytics.$$ /tmp/kornews-bench-top.*
echo
echo "Approximate counts? (error > 0 on an element of ko_top_terms, approximate on ko_trending)"
q <<SQL
SET max_parallel_workers_per_gather = 0;
SELECT t.term, t.count, t.error FROM (SELECT kornews.ko_top_terms(body, 20) AS a FROM big) x,
  unnest(x.a) AS t LIMIT 5;
SELECT rank, term, kind, recent_count, baseline_count, round(score::numeric, 1) AS score, approximate
FROM kornews.ko_trending('SELECT published, body FROM big', '$at') LIMIT 5;
SQL
