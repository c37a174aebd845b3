#!/bin/sh
# kornews.user_entities edits reach sessions that are already open: a session that tagged a
# text (and so cached the user entities) sees another session's committed INSERT, UPDATE and
# DELETE from its next statement on, with no reconnect. Needs a running server reachable through
# the usual PG* variables, as a superuser, with kornews installed. Exit status 0 = pass.
set -eu

DB=kornews_entities_sessions
PSQL="psql -X -v ON_ERROR_STOP=1 -q"

cleanup() { $PSQL -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true; }
trap cleanup EXIT
cleanup
$PSQL -d postgres -c "CREATE DATABASE $DB ENCODING 'UTF8' TEMPLATE template0"
$PSQL -d $DB -c "CREATE EXTENSION kornews"

# One long-lived session; the edits come from other sessions through \!.
out=$(PGDATABASE=$DB $PSQL -At <<'SQL'
SELECT 'before:' || coalesce(string_agg(entity || '/' || label || '/' || coalesce(normalized, '-'), ' '), 'none')
FROM kornews.ko_entities('한빛이 새 공장을 지었다.') WHERE entity = '한빛';
\! psql -X -q -v ON_ERROR_STOP=1 -c "INSERT INTO kornews.user_entities VALUES ('한빛', 'OG', '한빛전자')"
SELECT 'inserted:' || string_agg(entity || '/' || label || '/' || coalesce(normalized, '-'), ' ')
FROM kornews.ko_entities('한빛이 새 공장을 지었다.') WHERE entity = '한빛';
\! psql -X -q -v ON_ERROR_STOP=1 -c "UPDATE kornews.user_entities SET label = 'LC', normalized = NULL"
SELECT 'updated:' || string_agg(entity || '/' || label || '/' || coalesce(normalized, '-'), ' ')
FROM kornews.ko_entities('한빛이 새 공장을 지었다.') WHERE entity = '한빛';
\! psql -X -q -v ON_ERROR_STOP=1 -c "BEGIN; DELETE FROM kornews.user_entities; ROLLBACK"
SELECT 'rolled back:' || string_agg(entity || '/' || label || '/' || coalesce(normalized, '-'), ' ')
FROM kornews.ko_entities('한빛이 새 공장을 지었다.') WHERE entity = '한빛';
\! psql -X -q -v ON_ERROR_STOP=1 -c "TRUNCATE kornews.user_entities"
SELECT 'truncated:' || coalesce(string_agg(entity || '/' || label || '/' || coalesce(normalized, '-'), ' '), 'none')
FROM kornews.ko_entities('한빛이 새 공장을 지었다.') WHERE entity = '한빛' AND label = 'LC';
SQL
)
expected='inserted:한빛/OG/한빛전자
updated:한빛/LC/-
rolled back:한빛/LC/-
truncated:none'
got=$(printf '%s\n' "$out" | grep -v '^before:')
if [ "$got" = "$expected" ]; then
  echo "ok    user entity edits reach an open session from its next statement"
else
  echo "FAIL  user entity edits in an open session"
  printf 'expected:\n%s\ngot:\n%s\n' "$expected" "$out" | sed 's/^/      /'
  exit 1
fi

# Statements sent in one query string share their start time; an edit by an earlier one still
# reaches the next.
got=$(PGDATABASE=$DB psql -X -At -c "INSERT INTO kornews.user_entities VALUES ('한빛', 'PS', 'X'); SELECT label || '/' || coalesce(normalized, '-') FROM kornews.ko_entities('한빛이 새 공장을 지었다.') WHERE entity = '한빛'; DELETE FROM kornews.user_entities; SELECT coalesce(string_agg(label || '/' || coalesce(normalized, '-'), ' '), 'none') FROM kornews.ko_entities('한빛이 새 공장을 지었다.') WHERE entity = '한빛'" | grep -v '^INSERT\|^DELETE' | tr '\n' ' ')
# The second SELECT must not see the deleted row: the model's own label without a value, or
# no entity at all.
case $got in
  "PS/X "*"/- " | "PS/X none ") ok=1 ;;
  *) ok=0 ;;
esac
if [ $ok = 1 ]; then
  echo "ok    edits earlier in the same query string are seen"
else
  echo "FAIL  edits earlier in the same query string: got '$got'"
  exit 1
fi
