#!/usr/bin/env bash
# kornews on a Citus cluster against one server, on the same rows (docs/many-machines.md):
#  * a full-table scan computing to_tsvector('kornews.korean', s) for every row;
#  * a GIN index build on to_tsvector('kornews.korean', s);
# each on a local table of the coordinator (the anchor) and on a distributed table (coordinator
# + WORKERS workers on this machine, citus.shard_count SHARDS), REPS alternating repetitions,
# best and median, and the distributed time as a multiple of the local one. Workers on one
# machine share its cores: this measures Citus' overhead and its parallelism across shards,
# not what more machines would give.
#   bench/sql/citus.sh [SENTENCES_FILE]     (default: ../shared/corpora/news/news-sentences.txt)
# env REPS (default 5), WORKERS (default 2), SHARDS (default 4). Builds/installs Citus first
# (scripts/citus.sh, cached); the extension must be installed (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
[[ -x $PG_CONFIG ]] || PG_CONFIG=$(command -v pg_config)

source bench/sql/lib/corpus.sh
bench_corpus "bench citus" "${1:-}"
REPS=${REPS:-5} WORKERS=${WORKERS:-2} SHARDS=${SHARDS:-4}
scripts/citus.sh >/dev/null

source scripts/citus-cluster.sh
citus_cluster_init
citus_node_start coordinator
for i in $(seq 1 "$WORKERS"); do citus_node_start "worker$i"; done
citus_cluster_join
q() { on coordinator -P pager=off "$@"; }

q -c 'CREATE EXTENSION kornews' -c 'CREATE TABLE news_local (id bigserial PRIMARY KEY, s text NOT NULL)'
grep -v '^$' "$corpus" | q -c 'COPY news_local (s) FROM STDIN'
q -c "SET citus.shard_count = $SHARDS" \
  -c 'CREATE TABLE news_dist (LIKE news_local INCLUDING ALL)' \
  -c "SELECT create_distributed_table('news_dist', 'id')" \
  -c 'INSERT INTO news_dist SELECT * FROM news_local' \
  -c 'VACUUM ANALYZE news_local' -c 'VACUUM ANALYZE news_dist' >/dev/null
rows=$(q -c 'SELECT count(*) FROM news_local')
mb=$(q -c 'SELECT round(sum(octet_length(s)) / 1e6, 2) FROM news_local')
check=$(q -c "SELECT (SELECT sum(length(to_tsvector('kornews.korean', s))) FROM news_local) =
                     (SELECT sum(length(to_tsvector('kornews.korean', s))) FROM news_dist)")
[[ $check == t ]] || { echo "bench citus: the distributed table's lexemes differ from the local one's" >&2; exit 1; }

echo "== kornews on Citus: $rows sentences ($mb MB), coordinator + $WORKERS workers, $SHARDS shards, $REPS repetitions, alternating"
# Timed by psql (\timing) on the coordinator, round trips included; no parallel query and no JIT,
# so the local anchor is one backend and the distributed table's parallelism is Citus' own (one
# task per shard). One warm-up scan of each first (maps the dictionary in every backend).
SETUP="SET max_parallel_workers_per_gather = 0; SET jit = off;"
for tbl in news_local news_dist; do
  q -c "$SETUP SELECT count(*) FROM $tbl WHERE to_tsvector('kornews.korean', s) IS NOT NULL" >/dev/null
done
timed() {  # what tbl rep sql
  q -c "$SETUP" -c '\timing on' -c "$4" | sed -nE "s/^Time: ([0-9.]+) ms.*/$1 $2 $3 \1/p" >>"$CITUS_DIR/times"
}
for r in $(seq 1 "$REPS"); do
  for tbl in news_local news_dist; do
    timed scan $tbl "$r" "SELECT count(*) FROM $tbl WHERE to_tsvector('kornews.korean', s) IS NOT NULL"
    timed gin $tbl "$r" "CREATE INDEX ${tbl}_gin ON $tbl USING gin (to_tsvector('kornews.korean', s))"
    q -c "DROP INDEX ${tbl}_gin"
  done
done
q -c "CREATE TABLE bench_times (what text, tbl text, rep int, ms float8)" \
  -c "COPY bench_times FROM STDIN (DELIMITER ' ')" <"$CITUS_DIR/times"
q -A -F ' | ' -t -c "SELECT 'what | table | best ms | median ms | rows/s | vs local'" -c "
WITH s AS (
  SELECT what, tbl, min(ms) AS best, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS med
  FROM bench_times GROUP BY what, tbl)
SELECT CASE s.what WHEN 'scan' THEN 'to_tsvector(''kornews.korean'', s) full scan'
                   ELSE 'CREATE INDEX … gin (to_tsvector(''kornews.korean'', s))' END,
       CASE s.tbl WHEN 'news_local' THEN 'local (anchor)' ELSE 'distributed, $SHARDS shards on $WORKERS workers' END,
       round(s.best::numeric, 1), round(s.med::numeric, 1), round($rows / (s.med / 1000)),
       round((s.med / a.med)::numeric, 2) || 'x'
FROM s JOIN s a ON a.what = s.what AND a.tbl = 'news_local'
ORDER BY s.what DESC, s.tbl DESC"
