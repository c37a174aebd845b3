#!/bin/bash
# When a session inside an open READ COMMITTED transaction sees a word another session
# committed to kornews.user_words (docs/user-dictionary.md, "When a change takes effect"):
# not at its next statement that only analyzes text -- the invalidation is read at the start of
# a transaction (or when a statement locks a table not yet locked in the transaction) -- and
# always from its next transaction. Needs a running server reachable through the usual PG*
# variables, as a superuser, with kornews installed. Exit status 0 = pass.
set -eu
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
DB=kornews_user_dict_rc
PSQL="psql -X -v ON_ERROR_STOP=1 -q -A -t"
work=$(mktemp -d /tmp/kornews-rc.XXXXXX)
b_pid=
cleanup() {
  exec 3>&- 2>/dev/null || true
  [[ -n $b_pid ]] && wait "$b_pid" 2>/dev/null || true
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
$PSQL -d postgres -c "DROP DATABASE IF EXISTS $DB"
$PSQL -d postgres -c "CREATE DATABASE $DB ENCODING 'UTF8' TEMPLATE template0"
$PSQL -d $DB -c "CREATE EXTENSION kornews"

# Session B on a fifo: one psql, one connection, statements sent one at a time.
mkfifo "$work/b.in"
$PSQL -d $DB <"$work/b.in" >"$work/b.out" 2>&1 &
b_pid=$!
exec 3>"$work/b.in"
wait_for() {  # a line in B's output
  for _ in $(seq 1 100); do grep -q "^$1" "$work/b.out" && return 0; sleep 0.1; done
  echo "session B did not answer $1"; cat "$work/b.out"; exit 1
}
echo "SET default_transaction_isolation = 'read committed';" >&3
echo "BEGIN; SELECT 'before|' || kornews.ko_tokenize('솔빛전자가')::text;" >&3
wait_for before
$PSQL -d $DB -c "INSERT INTO kornews.user_words (word, tag) VALUES ('솔빛전자', 'NNP')"
echo "SELECT 'same_transaction|' || kornews.ko_tokenize('솔빛전자가')::text;" >&3
wait_for same_transaction
echo "COMMIT; SELECT 'next_transaction|' || kornews.ko_tokenize('솔빛전자가')::text;" >&3
wait_for next_transaction
exec 3>&-

fail=0
check() {
  local got; got=$(grep "^$1|" "$work/b.out" | cut -d'|' -f2)
  if [[ $got == "$2" ]]; then echo "ok    $1: $got"; else
    echo "FAIL  $1: expected $2, got $got"; fail=1; fi
}
check before '{솔빛/NNP,전자/NNG,가/JKS}'
check same_transaction '{솔빛/NNP,전자/NNG,가/JKS}'
check next_transaction '{솔빛전자/NNP,가/JKS}'
exit $fail
