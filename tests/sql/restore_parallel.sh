#!/bin/bash
# pg_dump / pg_restore -j of a database whose stored generated tsvector depends on a user word.
# The documented procedure (docs/user-dictionary.md, "Dump and restore") restores the kornews
# tables' rows before any other table's, so every row is analyzed with the user words: identical
# rows, and the phrase search finds its row. A restore that loads the rows first (what a plain
# parallel restore may do) is then made on purpose: kornews.ko_stale_rows lists the stale row
# and kornews.ko_refresh_stale_rows fixes it.
# Needs a running server reachable through the usual PG* variables, as a superuser, with kornews
# installed. Exit status 0 = pass.
set -eu
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"

SRC=kornews_restore_src
DST=kornews_restore_dst
BAD=kornews_restore_bad
PSQL="psql -X -v ON_ERROR_STOP=1 -q -A -t"
work=$(mktemp -d /tmp/kornews-restore.XXXXXX)
chmod 777 "$work"  # pg_dump -Fd runs as this user; the server never touches it

drop_dbs() {
  for db in $SRC $DST $BAD; do
    psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1 || true
  done
}
trap 'drop_dbs; rm -rf "$work"' EXIT
drop_dbs
for db in $SRC $DST $BAD; do
  $PSQL -d postgres -c "CREATE DATABASE $db ENCODING 'UTF8' TEMPLATE template0"
done

$PSQL -d $SRC <<'SQL'
CREATE EXTENSION kornews;
INSERT INTO kornews.user_words (word, tag) VALUES ('달빛시장', 'NNP');
CREATE TABLE news (
    id int PRIMARY KEY,
    body text NOT NULL,
    tsv tsvector GENERATED ALWAYS AS (to_tsvector('kornews.korean', body)) STORED);
INSERT INTO news
SELECT g, CASE WHEN g = 7 THEN '달빛시장에 사람들이 몰렸다.' ELSE '시장 상인들이 ' || g || '번째 회의를 열었다.' END
  FROM generate_series(1, 200) g;
CREATE INDEX news_tsv ON news USING gin (tsv);
SQL
pg_dump -Fd -j 2 -f "$work/dump" $SRC

found() {
  $PSQL -d "$1" -c "SELECT count(*) FROM news WHERE tsv @@ phraseto_tsquery('kornews.korean', '달빛시장')"
}
rows() { $PSQL -d "$1" -c "SELECT id, tsv::text FROM news ORDER BY id"; }

# The documented procedure.
pg_restore -d $DST --section=pre-data "$work/dump"
pg_restore -d $DST --section=data -n kornews "$work/dump"
pg_restore -d $DST --section=data -N kornews -j 4 "$work/dump"
pg_restore -d $DST --section=post-data -j 4 "$work/dump"
[[ $(found $SRC) == 1 ]] || { echo "source does not find its row"; exit 1; }
[[ $(found $DST) == 1 ]] || { echo "restored database does not find the row: $(found $DST)"; exit 1; }
diff <(rows $SRC) <(rows $DST) || { echo "restored rows differ"; exit 1; }
[[ $($PSQL -d $DST -c "SELECT count(*) FROM kornews.ko_stale_rows('news')") == 0 ]] ||
  { echo "a correct restore has stale rows"; exit 1; }

# The wrong order, on purpose: rows first, user words after.
pg_restore -d $BAD --section=pre-data "$work/dump"
pg_restore -d $BAD --section=data -N kornews "$work/dump"
pg_restore -d $BAD --section=data -n kornews "$work/dump"
pg_restore -d $BAD --section=post-data "$work/dump"
if diff -q <(rows $SRC) <(rows $BAD) >/dev/null; then
  echo "expected the wrong order to store another tsvector for the row"; exit 1
fi
stale=$($PSQL -d $BAD -c "SELECT string_agg(column_name || ' of id ' || n.id, ', ') FROM kornews.ko_stale_rows('news') s JOIN news n ON n.ctid = s.row_ctid")
[[ $stale == "tsv of id 7" ]] || { echo "ko_stale_rows: expected 'tsv of id 7', got '$stale'"; exit 1; }
[[ $($PSQL -d $BAD -c "SELECT kornews.ko_refresh_stale_rows('news')") == 1 ]] ||
  { echo "ko_refresh_stale_rows did not rewrite one row"; exit 1; }
[[ $(found $BAD) == 1 ]] || { echo "refreshed database does not find the row"; exit 1; }
diff <(rows $SRC) <(rows $BAD) || { echo "refreshed rows differ"; exit 1; }
[[ $($PSQL -d $BAD -c "SELECT count(*) FROM kornews.ko_stale_rows('news')") == 0 ]] ||
  { echo "stale rows remain after the refresh"; exit 1; }
# Not a table: a clear error.
if $PSQL -d $BAD -c "SELECT * FROM kornews.ko_stale_rows('pg_class_oid_index')" 2>"$work/err"; then
  echo "ko_stale_rows accepted an index"; exit 1
fi
grep -q "is not a table" "$work/err" || { cat "$work/err"; exit 1; }
echo "ok"
