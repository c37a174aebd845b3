#!/usr/bin/env bash
# Peak private memory of every kornews function that takes a text, against its input size:
# bounded by a chunk means the peak above an idle backend stays flat as the input grows from 4 to
# 50 MB (the input itself excepted: PostgreSQL holds the detoasted argument, and an array or a
# tsvector result, whole). Samples RssAnon of the backend every 10 ms while the call runs; the
# anchor row is the same input through PostgreSQL's own length(), which holds the input too.
#   bench/sql/memory.sh                  (starts a throwaway server; needs the extension installed)
# env SIZES_MB (default "4 16 50").
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZES_MB=${SIZES_MB:-4 16 50}

if [[ -z ${PGHOST:-} ]]; then
  source scripts/pg-temp.sh
  pg_temp_start
fi
q() { psql -X -q -v ON_ERROR_STOP=1 -P pager=off "$@"; }
q -c 'CREATE EXTENSION IF NOT EXISTS kornews' -c 'DROP TABLE IF EXISTS mem_input' \
  -c 'CREATE TABLE mem_input (mb int PRIMARY KEY, t text NOT NULL)'
# A news-like line of our own, 100 bytes with its line break, repeated to the size.
line='반도체 수출이 3개월 연속 늘었다고 산업통상자원부가 2월 7일 밝혔다. 삼성전자 주가는 3.1% 올랐다.'
for mb in $SIZES_MB; do
  q -c "INSERT INTO mem_input SELECT $mb, repeat('$line' || E'\n', ($mb * 1000000 / octet_length('$line' || E'\n'))::int)"
done

# name|SQL over the input X
calls=(
  "length (anchor)|SELECT length(X)"
  "ko_morphs|SELECT count(*) FROM kornews.ko_morphs(X)"
  "ko_tokenize|SELECT cardinality(kornews.ko_tokenize(X))"
  "ko_nouns|SELECT cardinality(kornews.ko_nouns(X))"
  "ko_entities|SELECT count(*) FROM kornews.ko_entities(X)"
  "ko_parse_article|SELECT count(*) FROM kornews.ko_parse_article(X)"
  "ko_parse_headlines|SELECT count(*) FROM kornews.ko_parse_headlines(X, '2025-02-07')"
  "ko_headline_key|SELECT length(kornews.ko_headline_key(X))"
  "ko_hanja_reading|SELECT length(kornews.ko_hanja_reading(X))"
  "ko_keywords|SELECT count(*) FROM kornews.ko_keywords(X, 10)"
  "ko_similarity|SELECT kornews.ko_similarity(X, '반도체 수출')"
  "ko_minhash|SELECT cardinality(kornews.ko_minhash(X))"
  "to_tsvector korean|SELECT length(to_tsvector('kornews.korean', X))"
  "to_tsvector simple|SELECT length(to_tsvector('simple', X))"
)

peak_kb() {  # $1 = SQL; prints "idle_kB peak_kB"
  local sql=$1 pidfile; pidfile=$(mktemp)
  {
    echo "SELECT pg_backend_pid() \\g $pidfile"
    echo "SELECT kornews.ko_tokenize('워밍업');"   # dictionary and caches in place: idle = ready
    echo "SELECT pg_sleep(0.3);"
    echo "$sql;"
  } | q -At >/dev/null &
  local client=$! pid="" idle=0 peak=0 v
  for _ in $(seq 200); do pid=$(tr -dc 0-9 <"$pidfile" 2>/dev/null || true); [[ -n $pid ]] && break; sleep 0.01; done
  sleep 0.2
  idle=$(awk '/^RssAnon:/{print $2}' /proc/"$pid"/status 2>/dev/null || echo 0)
  while kill -0 "$client" 2>/dev/null; do
    v=$(awk '/^RssAnon:/{print $2}' /proc/"$pid"/status 2>/dev/null || echo 0)
    ((v > peak)) && peak=$v
    sleep 0.01
  done
  wait "$client"
  rm -f "$pidfile"
  echo "$idle $peak"
}

echo "== peak private memory (RssAnon) above an idle backend, MB; input sizes in MB"
{
  printf 'function'; for mb in $SIZES_MB; do printf '|%s MB input' "$mb"; done; echo
  for c in "${calls[@]}"; do
    name=${c%%|*} sql=${c#*|}
    printf '%s' "$name"
    for mb in $SIZES_MB; do
      read -r idle peak < <(peak_kb "${sql//X/(SELECT t FROM mem_input WHERE mb = $mb)}")
      awk -v p="$peak" -v i="$idle" 'BEGIN { printf "|%.0f", (p - i) / 1024 }'
    done
    echo
  done
} | column -t -s '|'
echo "target: <= 64 MB above idle at any size, besides the input (held by length() too) and results PostgreSQL must hold"
