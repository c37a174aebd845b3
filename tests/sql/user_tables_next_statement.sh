#!/bin/bash
# A committed change to any of kornews' user tables -- user_words, user_entities, stopwords --
# is used by every other session from its next statement, also by a session inside an open
# transaction, under READ COMMITTED and REPEATABLE READ alike (src/pg/user_tables.h;
# docs/user-dictionary.md, "When a change takes effect"). Needs a running server reachable
# through the usual PG* variables, as a superuser, with kornews installed. Exit status 0 = pass.
set -eu
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
DB=kornews_user_tables_next
PSQL="psql -X -v ON_ERROR_STOP=1 -q -A -t"
work=$(mktemp -d /tmp/kornews-next.XXXXXX)
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
# What B sees of the three tables, on one line: the word, the entity's label, the keywords.
looks() {
  echo "SELECT '$1|' || kornews.ko_tokenize('솔빛전자가')::text
         || ' ' || (SELECT label FROM kornews.ko_entities('한바다 씨가 부산에서 말했다')
                    WHERE entity = '한바다')
         || ' ' || (SELECT string_agg(keyword, ',' ORDER BY rank) FROM kornews.ko_keywords(
                    '솔빛전자가 새 물류센터를 열었다. 물류센터는 항구 옆에 있다.', 4));" >&3
  wait_for "$1|"
}
change() {  # committed by another session
  $PSQL -d $DB -c "INSERT INTO kornews.user_words (word, tag) VALUES ('솔빛전자', 'NNP');
                   INSERT INTO kornews.user_entities (term, label) VALUES ('한바다', 'OG');
                   INSERT INTO kornews.stopwords (word) VALUES ('항구');"
}
undo() {
  $PSQL -d $DB -c "DELETE FROM kornews.user_words; DELETE FROM kornews.user_entities;
                   DELETE FROM kornews.stopwords WHERE word = '항구';"
}

for level in 'read committed' 'repeatable read'; do
  tag=${level// /_}
  echo "BEGIN ISOLATION LEVEL $level;" >&3
  looks "${tag}_before"
  change
  looks "${tag}_next_statement"
  echo "COMMIT;" >&3
  undo
  looks "${tag}_after_undo"
done
exec 3>&-

fail=0
check() {
  local got; got=$(grep "^$1|" "$work/b.out" | cut -d'|' -f2)
  if [[ $got == "$2" ]]; then echo "ok    $1: $got"; else
    echo "FAIL  $1: expected $2, got $got"; fail=1; fi
}
before='{솔빛/NNP,전자/NNG,가/JKS} PS 물류센터,솔빛전자,항구'
after='{솔빛전자/NNP,가/JKS} OG 물류센터,솔빛전자'
for tag in read_committed repeatable_read; do
  check ${tag}_before "$before"
  check ${tag}_next_statement "$after"
  check ${tag}_after_undo "$before"
done
exit $fail
