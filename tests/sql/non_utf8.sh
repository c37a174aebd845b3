#!/bin/sh
# kornews in a database whose encoding is not UTF-8: the extension installs, and every analyzing
# function stops with a clear ERROR and HINT (pg_regress runs in a UTF8 database, so this case
# lives here). Needs a running server reachable through the usual PG* variables, as a superuser
# (e.g. under pg_virtualenv), with kornews installed. Exit status 0 = pass.
set -eu

DB=kornews_latin1_check
PSQL="psql -X -v ON_ERROR_STOP=1 -q"

cleanup() { $PSQL -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true; }
trap cleanup EXIT
cleanup
$PSQL -d postgres -c "CREATE DATABASE $DB ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
$PSQL -d $DB -c "CREATE EXTENSION kornews"

fail=0
for call in "SELECT kornews.ko_tokenize('abc')" \
            "SELECT count(*) FROM kornews.ko_morphs('abc')" \
            "SELECT kornews.ko_nouns('abc')" \
            "SELECT to_tsvector('kornews.korean', 'abc')" \
            "SELECT kornews.ko_dictionary_info()"; do
  out=$(psql -X -d $DB -c "$call" 2>&1 || true)
  if printf '%s' "$out" | grep -q 'ERROR:  kornews requires a UTF8 database' &&
     printf '%s' "$out" | grep -q 'HINT:  Create the database with ENCODING'; then
    echo "ok    $call"
  else
    echo "FAIL  $call"
    printf '%s\n' "$out" | sed 's/^/      /'
    fail=1
  fi
done
exit $fail
