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
source "$(dirname "$0")/lib/session_b.sh"
cleanup() {
  exec 3>&- 2>/dev/null || true
  [[ -n $b_pid ]] && kill "$b_pid" 2>/dev/null || true
  psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
$PSQL -d postgres -c "DROP DATABASE IF EXISTS $DB"
$PSQL -d postgres -c "CREATE DATABASE $DB ENCODING 'UTF8' TEMPLATE template0"
$PSQL -d $DB -c "CREATE EXTENSION kornews"
start_session_b $DB

# What B sees of the three tables, on one line: the word, the entity's label, the keywords.
looks() {
  in_b "SELECT kornews.ko_tokenize('솔빛전자가')::text
         || ' ' || (SELECT label FROM kornews.ko_entities('한바다 씨가 부산에서 말했다')
                    WHERE entity = '한바다')
         || ' ' || (SELECT string_agg(keyword, ',' ORDER BY rank) FROM kornews.ko_keywords(
                    '솔빛전자가 새 물류센터를 열었다. 물류센터는 항구 옆에 있다.', 4))"
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

fail=0
check() {  # name, expected, actual
  if [[ $2 == "$3" ]]; then echo "ok    $1: $3"; else
    echo "FAIL  $1: expected $2, got $3"; fail=1; fi
}
before='{솔빛/NNP,전자/NNG,가/JKS} PS 물류센터,솔빛전자,항구'
after='{솔빛전자/NNP,가/JKS} OG 물류센터,솔빛전자'
for level in 'read committed' 'repeatable read'; do
  in_b "BEGIN ISOLATION LEVEL $level" >/dev/null
  check "$level: before" "$before" "$(looks)"
  change
  check "$level: the next statement in the open transaction" "$after" "$(looks)"
  in_b "COMMIT" >/dev/null
  undo
  check "$level: after the change is undone" "$before" "$(looks)"
done
end_session_b || fail=1
exit $fail
