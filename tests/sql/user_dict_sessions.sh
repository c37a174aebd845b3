#!/bin/bash
# kornews.user_words across sessions: session B, connected and having analyzed text before,
# sees a word that session A commits on B's very next statement, and sees it go when A deletes
# it; a statement with a bad row is rejected whole with the error naming the word, and the rows
# already there stay in use; pg_dump keeps the rows, and a restored database analyzes with them.
# Needs a running server reachable through the usual PG* variables, as a superuser, with kornews
# installed. Exit status 0 = pass.
set -eu
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"

DB=kornews_user_dict_check
DB2=kornews_user_dict_restored
PSQL="psql -X -v ON_ERROR_STOP=1 -q -A -t"
work=$(mktemp -d /tmp/kornews-userdict.XXXXXX)
source "$(dirname "$0")/lib/session_b.sh"

cleanup() {
  exec 3>&- 2>/dev/null || true
  [[ -n $b_pid ]] && kill "$b_pid" 2>/dev/null || true
  for db in $DB $DB2; do
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
cleanup_dbs() { for db in $DB $DB2; do $PSQL -d postgres -c "DROP DATABASE IF EXISTS $db"; done; }
cleanup_dbs
$PSQL -d postgres -c "CREATE DATABASE $DB ENCODING 'UTF8' TEMPLATE template0"
$PSQL -d $DB -c "CREATE EXTENSION kornews"
$PSQL -d $DB -c "INSERT INTO kornews.user_words (word, tag) VALUES ('달빛시장', 'NNG')"

fail=0
check() {  # name, expected, actual
  if [[ $2 == "$3" ]]; then
    echo "ok    $1"
  else
    echo "FAIL  $1"
    echo "      expected: $2"
    echo "      actual:   $3"
    fail=1
  fi
}

start_session_b $DB

SENTENCE="솔빛전자가 달빛시장에서 새 칩을 공개했다"
pid_before=$(in_b "SELECT pg_backend_pid()")
check "B analyzes before the change" "{솔빛/NNP,전자/NNG,가/JKS,달빛시장/NNG,에서/JKB}" \
  "$(in_b "SELECT (kornews.ko_tokenize('$SENTENCE'))[1:5]")"

# A prepared statement whose plan folded an analysis (an IMMUTABLE call on constants).
in_b "PREPARE q AS SELECT to_tsquery('kornews.korean', '솔빛전자')" >/dev/null
check "B's prepared statement before the change" "( '솔빛' | '솔빛전자' ) <-> ( '전자' | '솔빛전자' )" "$(in_b "EXECUTE q")"

$PSQL -d $DB -c "INSERT INTO kornews.user_words (word, tag, parts) VALUES ('솔빛전자', 'NNP', '{솔빛,전자}')"
check "B sees A's committed word on its next statement" "{솔빛전자/NNP,가/JKS,달빛시장/NNG,에서/JKB}" \
  "$(in_b "SELECT (kornews.ko_tokenize('$SENTENCE'))[1:4]")"
check "and B's prepared statement is replanned with it" "'솔빛전자' & '솔빛' & '전자'" \
  "$(in_b "EXECUTE q")"
check "and indexes it whole and by its parts" "t|t|t" \
  "$(in_b "SELECT v @@ '솔빛전자'::tsquery, v @@ '솔빛'::tsquery, v @@ '전자'::tsquery FROM to_tsvector('kornews.korean', '$SENTENCE') v")"

# A change rolled back is never seen by B.
$PSQL -d $DB -c "BEGIN" -c "INSERT INTO kornews.user_words (word, tag) VALUES ('새칩', 'NNG')" \
  -c "ROLLBACK"
check "a change rolled back is never seen" "{새/MM,칩/NNG}" \
  "$(in_b "SELECT kornews.ko_tokenize('새칩')")"

# A statement with one bad row is rejected whole; the error names the row; nothing is lost.
err=$(psql -X -q -d $DB -c "INSERT INTO kornews.user_words (word, tag) VALUES ('엔비디아칩', 'NNP'), ('딥 시크', 'NNP')" 2>&1 || true)
check "bad row: the error names the word" "1" "$(grep -c 'ERROR:  invalid user word "딥 시크" (NNP): the word contains whitespace' <<<"$err")"
check "bad row: with a hint" "1" "$(grep -c '^HINT:' <<<"$err")"
check "bad row: no row of that statement is kept, the others stay" "달빛시장|솔빛전자" \
  "$($PSQL -d $DB -c "SELECT string_agg(word, '|' ORDER BY word) FROM kornews.user_words")"
err=$(psql -X -q -d $DB -c "UPDATE kornews.user_words SET tag = 'XYZ' WHERE word = '솔빛전자'" 2>&1 || true)
check "bad update: the error names the word and the tag" "1" \
  "$(grep -c 'invalid user word "솔빛전자" (XYZ): unknown or unsupported tag "XYZ"' <<<"$err")"
check "B still uses the words after the rejected statements" "{솔빛전자/NNP,가/JKS}" \
  "$(in_b "SELECT (kornews.ko_tokenize('$SENTENCE'))[1:2]")"

# pg_dump keeps the rows; the restored database analyzes with them.
pg_dump -d $DB -f "$work/dump.sql"
$PSQL -d postgres -c "CREATE DATABASE $DB2 ENCODING 'UTF8' TEMPLATE template0"
$PSQL -d $DB2 -f "$work/dump.sql" >/dev/null
check "pg_dump + restore keeps the rows" "달빛시장|NNG|솔빛전자|NNP|{솔빛,전자}" \
  "$($PSQL -d $DB2 -c "SELECT string_agg(concat_ws('|', word, tag, parts::text), '|' ORDER BY word) FROM kornews.user_words")"
check "the restored database analyzes with them" "{솔빛전자/NNP,가/JKS}" \
  "$($PSQL -d $DB2 -c "SELECT (kornews.ko_tokenize('$SENTENCE'))[1:2]")"

# A deletes the word: B's next statement splits it again. TRUNCATE too.
$PSQL -d $DB -c "DELETE FROM kornews.user_words WHERE word = '솔빛전자'"
check "B sees the deletion on its next statement" "{솔빛/NNP,전자/NNG,가/JKS}" \
  "$(in_b "SELECT (kornews.ko_tokenize('$SENTENCE'))[1:3]")"
$PSQL -d $DB -c "TRUNCATE kornews.user_words"
check "B sees the TRUNCATE on its next statement" "{달빛/NNG,시장/NNG}" \
  "$(in_b "SELECT (kornews.ko_tokenize('달빛시장'))")"

check "all of B's statements ran in one session" "$pid_before" "$(in_b "SELECT pg_backend_pid()")"
end_session_b || fail=1
exit $fail
