#!/usr/bin/env bash
# kornews next to textsearch_ko, the MeCab-based Korean text search extension users pick today,
# in one private throwaway PostgreSQL 15, on the same rows, in one run:
#  1. to_tsvector per row for `simple` (the anchor), `kornews.korean` and textsearch_ko's
#     `public.korean`, REPS alternating repetitions of a full scan, median;
#  2. GIN index build time and index size for kornews.korean and textsearch_ko, BUILDS
#     alternating builds, median time.
# textsearch_ko is built from ../shared/vendor/textsearch_ko-*.tar.gz (BSD-3-Clause) with PGXS and
# installed into the PostgreSQL that pg_config names (so run with PATH/PG_CONFIG pointing at a
# private one); it reads the same mecab-ko-dic that kornews compiles (.cache/mecab-ko-dic)
# through a mecabrc given to the server by MECABRC. kornews must be installed (scripts/setup.sh).
# Targets (issue 15): kornews.korean <= 0.5x textsearch_ko's time per row; its GIN index <= 1.5x
# textsearch_ko's size.
#   bench/sql/textsearch_ko.sh [SENTENCES_FILE]  (default ../shared/corpora/news/news-sentences.txt)
# env REPS (default 5), BUILDS (default 3).
set -euo pipefail
cd "$(dirname "$0")/../.."

source bench/sql/lib/corpus.sh
bench_corpus "textsearch_ko bench" "${1:-}"
REPS=${REPS:-5} BUILDS=${BUILDS:-3}
tarball=$(ls ../shared/vendor/textsearch_ko-*.tar.gz 2>/dev/null | head -1 || true)
[[ -n $tarball ]] || { echo "textsearch_ko bench: no ../shared/vendor/textsearch_ko-*.tar.gz" >&2; exit 2; }
dicdir=$(pwd)/.cache/mecab-ko-dic
[[ -f $dicdir/sys.dic ]] || scripts/fetch-dict.sh
command -v mecab-config >/dev/null || { echo "textsearch_ko bench: needs libmecab-dev" >&2; exit 2; }

# ---- build and install textsearch_ko -----------------------------------------------------------------
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [[ -f $tarball.sha256 ]]; then
  (cd "$(dirname "$tarball")" && sha256sum -c --quiet "$(basename "$tarball").sha256")
fi
tar xzf "$tarball" -C "$work"
src=$(ls -d "$work"/textsearch_ko-*/)
PG_CONFIG=${PG_CONFIG:-pg_config}
make -C "$src" USE_PGXS=1 PG_CONFIG="$PG_CONFIG" >"$work/build.log" 2>&1 ||
  { tail -20 "$work/build.log" >&2; exit 1; }
make -C "$src" USE_PGXS=1 PG_CONFIG="$PG_CONFIG" install >>"$work/build.log" 2>&1 ||
  { tail -20 "$work/build.log" >&2; exit 1; }
echo "textsearch_ko: built from $(basename "$tarball") and installed into $("$PG_CONFIG" --pkglibdir)"

# The server (and so textsearch_ko's MeCab) reads this rc file: the mecab-ko-dic kornews compiles.
printf 'dicdir = %s\n' "$dicdir" >"$work/mecabrc"
chmod a+rx "$work"
chmod a+r "$work/mecabrc"
export MECABRC=$work/mecabrc

# The trap above would be replaced by pg-temp's: keep both.
source scripts/pg-temp.sh
trap 'pg_temp_stop; rm -rf "$work"' EXIT
pg_temp_start

# Both in one database: kornews' configuration is kornews.korean, textsearch_ko's public.korean.
q -c 'CREATE EXTENSION kornews' -c 'CREATE EXTENSION textsearch_ko' \
  -c 'CREATE TABLE news (id serial PRIMARY KEY, s text NOT NULL)'
bench_load_news
echo "textsearch_ko check: $(q -Atc "SELECT to_tsvector('public.korean', '화웨이의 새 반도체가 나왔다')")"

echo
echo "== to_tsvector over $rows sentences ($mb MB), $REPS repetitions each, alternating"
q <<SQL
SET max_parallel_workers_per_gather = 0;
SET jit = off;
CREATE TEMP TABLE t (cfg text, rep int, ms float8);
CREATE FUNCTION pg_temp.scan(cfg regconfig) RETURNS float8 LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp AS \$\$
DECLARE t0 timestamptz; n bigint;
BEGIN
  t0 := pg_catalog.clock_timestamp();
  SELECT pg_catalog.count(*) INTO n FROM public.news WHERE pg_catalog.to_tsvector(cfg, s) IS NOT NULL;
  RETURN pg_catalog.date_part('epoch', pg_catalog.clock_timestamp() - t0) * 1000;
END \$\$;
SELECT pg_temp.scan('simple') + pg_temp.scan('kornews.korean') + pg_temp.scan('public.korean')
  AS warm_up \gset
INSERT INTO t SELECT c, r, pg_temp.scan(c::regconfig)
  FROM generate_series(1, $REPS) r,
       unnest(ARRAY['simple', 'kornews.korean', 'public.korean']) WITH ORDINALITY AS u(c, o)
  ORDER BY r, o;
WITH s AS (
  SELECT cfg, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS med FROM t GROUP BY cfg)
SELECT CASE s.cfg WHEN 'public.korean' THEN 'textsearch_ko (public.korean)'
                  WHEN 'simple' THEN 'simple (anchor)' ELSE s.cfg END AS configuration,
       round(s.med::numeric, 1) AS median_ms,
       round((1000 * s.med / $rows)::numeric, 1) AS us_per_row,
       round((s.med / a.med)::numeric, 2) || 'x' AS vs_simple,
       round((s.med / p.med)::numeric, 2) || 'x' AS vs_textsearch_ko
FROM s, s a, s p WHERE a.cfg = 'simple' AND p.cfg = 'public.korean'
ORDER BY s.med;
-- Each repetition's kornews and textsearch_ko scans ran back to back: their ratio drifts less
-- with the shared machine's speed than the ratio of the medians.
SELECT round((percentile_cont(0.5) WITHIN GROUP (ORDER BY k.ms / p.ms))::numeric, 2) || 'x'
         AS kornews_vs_textsearch_ko_paired_median,
       round(min(k.ms / p.ms)::numeric, 2) || 'x - ' || round(max(k.ms / p.ms)::numeric, 2) || 'x'
         AS paired_range
FROM t k JOIN t p USING (rep) WHERE k.cfg = 'kornews.korean' AND p.cfg = 'public.korean';
SQL
echo "target: kornews.korean <= 0.5x textsearch_ko per row"

echo
echo "== GIN index on to_tsvector(cfg, s): $BUILDS builds each, alternating, median time"
q <<SQL
SET max_parallel_maintenance_workers = 0;
SET client_min_messages = warning;
SET maintenance_work_mem = '64MB';
CREATE TEMP TABLE g (cfg text, rep int, ms float8, bytes bigint);
CREATE FUNCTION pg_temp.build(cfg text) RETURNS float8 LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp AS \$\$
DECLARE t0 timestamptz;
BEGIN
  EXECUTE 'DROP INDEX IF EXISTS public.news_gin';
  t0 := pg_catalog.clock_timestamp();
  EXECUTE pg_catalog.format(
    'CREATE INDEX news_gin ON public.news USING gin (pg_catalog.to_tsvector(%L::regconfig, s))', cfg);
  RETURN pg_catalog.date_part('epoch', pg_catalog.clock_timestamp() - t0) * 1000;
END \$\$;
DO \$\$
DECLARE r int; c text; ms float8;
BEGIN
  FOR r IN 1..$BUILDS LOOP
    FOREACH c IN ARRAY ARRAY['kornews.korean', 'public.korean'] LOOP
      ms := pg_temp.build(c);
      INSERT INTO g VALUES (c, r, ms,
        pg_catalog.pg_relation_size(pg_catalog.to_regclass('public.news_gin')));
    END LOOP;
  END LOOP;
END \$\$;
WITH s AS (
  SELECT cfg, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS med, max(bytes) AS bytes
  FROM g GROUP BY cfg)
SELECT CASE s.cfg WHEN 'public.korean' THEN 'textsearch_ko (public.korean)' ELSE s.cfg END
         AS configuration,
       round(s.med::numeric, 1) AS build_ms,
       round((s.med / p.med)::numeric, 2) || 'x' AS time_vs_textsearch_ko,
       pg_size_pretty(s.bytes) AS index_size,
       round((s.bytes::numeric / p.bytes), 2) || 'x' AS size_vs_textsearch_ko
FROM s, s p WHERE p.cfg = 'public.korean'
ORDER BY s.cfg = 'public.korean';
SELECT count(DISTINCT lexeme) AS distinct_lexemes_kornews,
       sum(array_length(positions, 1)) AS positions_kornews
FROM news, unnest(to_tsvector('kornews.korean', s));
SELECT count(DISTINCT lexeme) AS distinct_lexemes_textsearch_ko,
       sum(array_length(positions, 1)) AS positions_textsearch_ko
FROM news, unnest(to_tsvector('public.korean', s));
SQL
echo "target: kornews.korean GIN <= 1.5x textsearch_ko's size"
