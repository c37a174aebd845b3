#!/bin/sh
# kornews.stopwords edits reach sessions that are already open: a session that ran ko_keywords
# (and so cached the stop words) sees another session's committed INSERT and DELETE from its
# next statement on, and not a rolled-back one. Needs a running server reachable through the
# usual PG* variables, as a superuser, with kornews installed. Exit status 0 = pass.
set -eu

DB=kornews_stopwords_sessions
PSQL="psql -X -v ON_ERROR_STOP=1 -q"

cleanup() { $PSQL -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true; }
trap cleanup EXIT
cleanup
$PSQL -d postgres -c "CREATE DATABASE $DB ENCODING 'UTF8' TEMPLATE template0"
$PSQL -d $DB -c "CREATE EXTENSION kornews"

out=$(PGDATABASE=$DB $PSQL -At <<'SQL'
SELECT 'before:' || string_agg(keyword, ',' ORDER BY keyword) FROM kornews.ko_keywords('로봇이 로봇을 만든다. 전기버스', 2);
\! psql -X -q -v ON_ERROR_STOP=1 -c "INSERT INTO kornews.stopwords VALUES ('로봇')"
SELECT 'inserted:' || string_agg(keyword, ',' ORDER BY keyword) FROM kornews.ko_keywords('로봇이 로봇을 만든다. 전기버스', 2);
\! psql -X -q -v ON_ERROR_STOP=1 -c "BEGIN; DELETE FROM kornews.stopwords WHERE word = '로봇'; ROLLBACK"
SELECT 'rolled back:' || string_agg(keyword, ',' ORDER BY keyword) FROM kornews.ko_keywords('로봇이 로봇을 만든다. 전기버스', 2);
\! psql -X -q -v ON_ERROR_STOP=1 -c "DELETE FROM kornews.stopwords WHERE word = '로봇'"
SELECT 'deleted:' || string_agg(keyword, ',' ORDER BY keyword) FROM kornews.ko_keywords('로봇이 로봇을 만든다. 전기버스', 2);
SQL
)
expected='before:로봇,전기버스
inserted:전기버스
rolled back:전기버스
deleted:로봇,전기버스'
if [ "$out" = "$expected" ]; then
  echo "ok    stop word edits reach an open session from its next statement"
else
  echo "FAIL  stop word edits in an open session"
  printf 'expected:\n%s\ngot:\n%s\n' "$expected" "$out" | sed 's/^/      /'
  exit 1
fi
