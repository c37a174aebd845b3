#!/usr/bin/env bash
# The main job on an embedded default: set everything up, start a private throwaway PostgreSQL 15,
# CREATE EXTENSION kornews, load the project's own sample news (scripts/sample-news.txt, written
# for this project), show morphemes, a tsvector and a search hit, then stop and remove the server.
#   scripts/demo.sh [--no-setup] [FILE]     FILE: other news text, one sentence per line
set -euo pipefail
cd "$(dirname "$0")/.."

setup=1
[[ ${1:-} == --no-setup ]] && { setup=0; shift; }
sample=${1:-scripts/sample-news.txt}
((setup)) && scripts/setup.sh

source scripts/pg-temp.sh
pg_temp_start

q() { psql -X -v ON_ERROR_STOP=1 -P pager=off "$@"; }

q -q -c 'CREATE EXTENSION kornews' \
     -c 'CREATE TABLE news (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, body text NOT NULL)'
q -q -c 'COPY news (body) FROM STDIN' <"$sample"
q -q -c "CREATE INDEX news_fts ON news USING gin (to_tsvector('kornews.korean', body))" -c 'ANALYZE news'

echo
echo "== $(q -Atc 'SELECT count(*) FROM news') sentences loaded from $sample"
q -c 'SELECT id, body FROM news ORDER BY id LIMIT 3'

echo "== morphemes of sentence 1: kornews.ko_morphs(body)"
q -c 'SELECT m.* FROM news, kornews.ko_morphs(body) AS m WHERE id = 1'

echo "== tokens and nouns of sentence 2"
q -c 'SELECT kornews.ko_tokenize(body) AS tokens, kornews.ko_nouns(body) AS nouns FROM news WHERE id = 2' -x

echo "== tsvector of sentence 2: korean vs simple"
q -x -c "SELECT to_tsvector('kornews.korean', body) AS korean, to_tsvector('simple', body) AS simple
         FROM news WHERE id = 2"

echo "== search: to_tsvector('kornews.korean', body) @@ to_tsquery('kornews.korean', '화웨이')"
q -c "SELECT id, body FROM news
      WHERE to_tsvector('kornews.korean', body) @@ to_tsquery('kornews.korean', '화웨이')
      ORDER BY id"
hits=$(q -Atc "SELECT count(*) FROM news WHERE to_tsvector('kornews.korean', body) @@ to_tsquery('kornews.korean', '화웨이')")
simple=$(q -Atc "SELECT count(*) FROM news WHERE to_tsvector('simple', body) @@ to_tsquery('simple', '화웨이')")
echo "korean configuration: $hits hit(s); 'simple' (particles stay attached): $simple hit(s)"
[[ $hits -gt 0 || $sample != scripts/sample-news.txt ]] || { echo "demo: expected a search hit for 화웨이" >&2; exit 1; }
echo "demo: done; the throwaway server is stopped and removed on exit"
