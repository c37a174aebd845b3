#!/bin/sh
# kornews in a database whose encoding is not UTF-8 (EUC_KR, LATIN1, SQL_ASCII): the extension
# installs, and every analyzing function stops with a clear ERROR and HINT (pg_regress runs in a
# UTF8 database, so this case lives here). The install script can only load in every encoding
# if it is pure ASCII, so this test first fails on any non-ASCII byte in src/sql/*.sql and in
# the installed script. Needs a running server reachable through the usual PG* variables, as a
# superuser (e.g. scripts/pg-temp.sh), with kornews installed. Exit status 0 = pass.
set -eu
cd "$(dirname "$0")/../.."

PSQL="psql -X -v ON_ERROR_STOP=1 -q"
fail=0

# 1. Pure ASCII: the sources and what `make install` put into the server's share directory.
sharedir=$(psql -X -At -d postgres -c "SELECT setting FROM pg_config WHERE name = 'SHAREDIR'")
for f in src/sql/*.sql "$sharedir"/extension/kornews--*.sql; do
  if LC_ALL=C grep -n '[^ -~	]' "$f" >/tmp/non_ascii.$$ 2>/dev/null; then
    echo "FAIL  $f has non-ASCII bytes (write ASCII text or U&'' escapes):"
    sed 's/^/      /' /tmp/non_ascii.$$ | head -5
    fail=1
  else
    echo "ok    $f is ASCII"
  fi
done
rm -f /tmp/non_ascii.$$

# 2. Each encoding: CREATE EXTENSION succeeds, then every analyzing call gives the clear ERROR.
for enc in EUC_KR LATIN1 SQL_ASCII; do
  db=kornews_$(echo "$enc" | tr 'A-Z' 'a-z')_check
  $PSQL -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
  $PSQL -d postgres -c "CREATE DATABASE $db ENCODING '$enc' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
  if out=$($PSQL -d $db -c "CREATE EXTENSION kornews" 2>&1); then
    echo "ok    $enc: CREATE EXTENSION kornews"
  else
    echo "FAIL  $enc: CREATE EXTENSION kornews"
    printf '%s\n' "$out" | sed 's/^/      /'
    fail=1
    $PSQL -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
    continue
  fi
  for call in "SELECT kornews.ko_tokenize('abc')" \
              "SELECT count(*) FROM kornews.ko_morphs('abc')" \
              "SELECT kornews.ko_nouns('abc')" \
              "SELECT to_tsvector('kornews.korean', 'abc')" \
              "SELECT count(*) FROM kornews.ko_parse_headlines('1 abc 2025-02-07')" \
              "SELECT kornews.ko_headline_key('abc')" \
              "SELECT kornews.ko_dictionary_info()"; do
    out=$(psql -X -d $db -c "$call" 2>&1 || true)
    if printf '%s' "$out" | grep -q 'ERROR:  kornews requires a UTF8 database' &&
       printf '%s' "$out" | grep -q 'HINT:  Create the database with ENCODING'; then
      echo "ok    $enc: $call"
    else
      echo "FAIL  $enc: $call"
      printf '%s\n' "$out" | sed 's/^/      /'
      fail=1
    fi
  done
  $PSQL -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
done
exit $fail
