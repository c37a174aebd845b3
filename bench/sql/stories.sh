#!/usr/bin/env bash
# ko_stories at scale: 100,000 and 1,000,000 headlines built from the team's news and KorSTS
# sentences (random timestamps over 30 days, and one row in four a near-copy of an earlier one:
# a [속보] prefix, a (종합) suffix or the last word dropped), on a throwaway server. Prints per size
# the time and the backend's peak resident memory of ko_stories, beside an anchor run over the
# same rows (to_tsvector of every title: the analysis alone), and ko_similarity pairs per second.
#   bench/sql/stories.sh [SIZES]     (default "100000 1000000"; needs the installed extension)
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZES=${1:-"100000 1000000"}
S=
for d in ../shared /work/shared; do [[ -d $d/corpora ]] && { S=$d; break; }; done
[[ -n $S ]] || { echo "stories.sh: no shared/corpora found" >&2; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
# Sentences only, one a line (never committed; read here to build the benchmark table).
{ cat "$S/corpora/news/news-sentences.txt"; cut -f6,7 "$S/corpora/korsts/sts-train.tsv" | tail -n +2 | tr '\t' '\n'; } |
  tr -d '\\' | awk 'length($0) > 0' >"$T/sentences.txt"

source scripts/pg-temp.sh
export PGOPTIONS="-c client_min_messages=warning"
pg_temp_start 2>/dev/null
psql -X -q -v ON_ERROR_STOP=1 <<SQL >/dev/null
CREATE EXTENSION kornews;
CREATE TABLE sentences (n serial, s text);
\copy sentences (s) FROM '$T/sentences.txt' WITH (FORMAT text)
SQL

peak() {  # psql script lines that run $1 and print "seconds<TAB>peak kB" of that backend
  cat <<SQL
SELECT pg_backend_pid() AS bpid \gset
\setenv BPID :bpid
SELECT extract(epoch FROM clock_timestamp()) AS t0 \gset
$1;
SELECT round((extract(epoch FROM clock_timestamp()) - :t0)::numeric, 1) AS secs \gset
\setenv SECS :secs
\! printf '%s\t%s\n' "\$SECS" "\$(awk '/VmHWM/ {print \$2}' /proc/\$BPID/status)"
SQL
}

printf '%-10s %-34s %10s %12s %12s\n' rows run seconds rows/s "peak RSS MB"
for n in $SIZES; do
  psql -X -q -v ON_ERROR_STOP=1 >/dev/null <<SQL
DROP TABLE IF EXISTS headlines;
SELECT setseed(0.13);
CREATE TABLE headlines AS
WITH base AS (
  SELECT g AS id, (SELECT count(*) FROM sentences) AS m,
         timestamptz '2025-01-01 00:00+09' + random() * interval '30 days' AS published
  FROM generate_series(1, $n) g)
SELECT b.id, b.published,
       CASE b.id % 4
         WHEN 1 THEN '[속보] ' || s.s
         WHEN 2 THEN s.s || ' (종합)'
         WHEN 3 THEN regexp_replace(s.s, '\s+\S+$', '')
         ELSE s.s END AS title
FROM base b JOIN sentences s
  -- three rows in four take one of a few thousand sentences, so near-copies meet in time
  ON s.n = 1 + CASE WHEN b.id % 4 = 0 THEN (hashint4(b.id) & 2147483647) % b.m
                    ELSE (hashint4(b.id / 4) & 2147483647) % least(b.m, 5000) END;
ANALYZE headlines;
SQL
  for run in anchor stories; do
    if [[ $run == anchor ]]; then
      sql="SELECT count(to_tsvector('kornews.korean', title)) FROM headlines"
      label="anchor: to_tsvector of each title"
    else
      sql="CREATE TABLE grouped AS SELECT * FROM kornews.ko_stories('SELECT id, published, title FROM headlines')"
      label="ko_stories (48 hours, 0.40)"
      psql -X -q -c "DROP TABLE IF EXISTS grouped" >/dev/null
    fi
    # A fresh backend per run, so the peak is this run's.
    out=$(peak "$sql" | psql -X -q -v ON_ERROR_STOP=1 2>&1) || { echo "$out" >&2; exit 1; }
    read -r secs kb <<<"$(tail -1 <<<"$out")"
    printf '%-10s %-34s %10s %12.0f %12.0f\n' "$n" "$label" "$secs" "$(bc -l <<<"$n / $secs")" "$(bc -l <<<"$kb / 1024")"
  done
  psql -X -q -At -c "SELECT '           stories: ' || count(DISTINCT story_id) || ' of ' || count(*) || ' headlines, largest ' || (SELECT max(c) FROM (SELECT count(*) c FROM grouped GROUP BY story_id) x) FROM grouped"
done

# ko_similarity pairs per second: 20,000 pairs of neighbouring sentences.
out=$(peak "SELECT sum(kornews.ko_similarity(a.s, b.s)) FROM sentences a JOIN sentences b ON b.n = a.n + 1 WHERE a.n <= 20000" |
  psql -X -q -v ON_ERROR_STOP=1 2>&1) || { echo "$out" >&2; exit 1; }
read -r secs kb <<<"$(tail -1 <<<"$out")"
printf '%-10s %-34s %10s %12.0f %12.0f\n' 20000 "ko_similarity pairs" "$secs" "$(bc -l <<<"20000 / $secs")" "$(bc -l <<<"$kb / 1024")"
pg_temp_stop
