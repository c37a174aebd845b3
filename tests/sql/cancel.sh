#!/bin/bash
# A cancel takes effect within 100 ms for every kornews function that takes a text, on a 50 MB
# input (analytics and similarity too; the functions that run a query -- ko_trending,
# ko_comentions, ko_stories -- meet statement_timeout in their regress tests): each call is
# started, cancelled (pg_cancel_backend) once it has run 800 ms, and the time from the cancel to
# the end of the call is measured. The input is made in the call by repeat(),
# which PostgreSQL interrupts, not read from a table: detoasting a 50 MB value is PostgreSQL's
# own work, which it does not interrupt, and it would count against the function. A call that
# ends on its own before the cancel passes trivially (it cannot run long). Afterwards the same
# backend still analyzes.
# Needs a running server reachable through the usual PG* variables, as a superuser, with kornews
# installed. Exit status 0 = pass.
set -eu
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
DB=kornews_cancel_check
PSQL="psql -X -v ON_ERROR_STOP=1 -q -A -t"
LIMIT_MS=100
trap 'psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true' EXIT
$PSQL -d postgres -c "DROP DATABASE IF EXISTS $DB"
$PSQL -d postgres -c "CREATE DATABASE $DB ENCODING 'UTF8' TEMPLATE template0"
$PSQL -d $DB <<'SQL'
CREATE EXTENSION kornews;
-- For ko_discover_words, which reads a table.
CREATE TABLE big AS SELECT repeat(E'반도체 수출이 3개월 연속 늘었다고 산업부가 2월 7일 밝혔다.\n', 500000) AS t;
SQL
# 50 MB of news-like lines of our own, and the same as one line without a break.
declare -A input=(
  [lines]="repeat(E'반도체 수출이 3개월 연속 늘었다고 산업부가 2월 7일 밝혔다. 삼성전자 주가는 3.1% 올랐다.\\n', 500000)"
  ["one line"]="repeat('반도체 수출이 늘었다. 삼성전자 주가는 올랐다. ', 900000)"
)

# Text results are measured by octet_length, which PostgreSQL reads from the header, not by
# length(), which counts 50 MB of characters without checking for interrupts.
calls=(
  "SELECT count(*) FROM kornews.ko_morphs(X)"
  "SELECT cardinality(kornews.ko_tokenize(X))"
  "SELECT cardinality(kornews.ko_nouns(X))"
  "SELECT count(*) FROM kornews.ko_entities(X)"
  "SELECT count(*) FROM kornews.ko_entities(X, '2025-02-07')"
  "SELECT count(*) FROM kornews.ko_parse_article(X)"
  "SELECT count(*) FROM kornews.ko_parse_headlines(X, '2025-02-07')"
  "SELECT octet_length(kornews.ko_headline_key(X))"
  "SELECT octet_length(kornews.ko_hanja_reading(X))"
  "SELECT length(to_tsvector('kornews.korean', X))"
  "SELECT octet_length(ts_headline('kornews.korean', X, to_tsquery('kornews.korean', '반도체')))"
  "SELECT count(*) FROM kornews.ko_discover_words('SELECT t FROM big')"
  "SELECT count(*) FROM kornews.ko_keywords(X, 10)"
  "SELECT kornews.ko_similarity(X, '반도체 수출 증가')"
  "SELECT cardinality(kornews.ko_minhash(X))"
  "SELECT cardinality(kornews.ko_top_terms(t, 10)) FROM (SELECT X AS t) s"
)

now_ms() { echo $(($(date +%s%N) / 1000000)); }  # when the cancelled call's client has ended
failed=0
for kind in lines "one line"; do
  for c in "${calls[@]}"; do
    sql=${c//X/${input[$kind]}}
    app="kornews_cancel_$RANDOM$RANDOM"
    PGAPPNAME=$app $PSQL -d $DB -c "$sql" >/dev/null 2>&1 &
    client=$!
    sleep 0.8
    if ! kill -0 $client 2>/dev/null; then
      echo "ok     ($kind) ended before the cancel: $c"; wait $client || true; continue
    fi
    # The moment of the cancel, as the server's clock says (the same clock as date's): the time
    # psql takes to start and connect is not the function's.
    t0=$($PSQL -d $DB -c "WITH target AS MATERIALIZED (SELECT pid FROM pg_stat_activity WHERE application_name = '$app') SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint FROM target WHERE pg_cancel_backend(pid)")
    wait $client || true
    if [[ -z $t0 ]]; then
      echo "ok     ($kind) ended before the cancel: $c"; continue
    fi
    dt=$(($(now_ms) - t0))
    if ((dt <= LIMIT_MS)); then
      echo "ok     ($kind) cancelled in $dt ms: $c"
    else
      echo "FAILED ($kind) cancelled in $dt ms (limit $LIMIT_MS): $c"; failed=1
    fi
  done
done
[[ $($PSQL -d $DB -c "SELECT array_length(kornews.ko_nouns('취소 뒤에도 분석은 잘 된다'), 1)") == 3 ]] ||
  { echo "FAILED: analysis after the cancels"; failed=1; }
exit $failed
