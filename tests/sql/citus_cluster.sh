#!/bin/bash
# kornews on a Citus cluster gives the same answers as on one server (docs/many-machines.md).
# Builds Citus from ../shared/vendor (scripts/citus.sh, cached in .cache/) into the PostgreSQL of
# PG_CONFIG, starts its own coordinator and two workers in a temp dir (unix sockets there only,
# shared_preload_libraries = citus), and checks on a distributed table against a local one:
#   * search counts, ts_rank order, ko_entities, ts_headline, tsvector, ko_morphs, ko_nouns and
#     ko_parse_headlines rows are equal;
#   * a user word and a user entity inserted on the coordinator are used by every node from the
#     next statement; a rolled-back one is used by none; ko_cluster_check() agrees everywhere;
#   * a customised copy of kornews.korean in a user schema is propagated and used on the shards;
#   * a worker that is down during a change is reported, and catches up with ko_cluster_sync();
#   * a node added afterwards (citus_add_node alone) has the user words and entities from the
#     next statement, and so has a node re-activated after it was disabled during a change, or
#     that a change committed while it was being activated; an activation whose copy fails is
#     rolled back; after a rebalance a search on a shard moved to the new node finds the user
#     word, and every node agrees; so does a node where kornews was created before Citus;
#   * the SQL blocks of docs/many-machines.md run here as written (doc_sql);
#   * pg_dump leaves the pg_dist_node trigger out; DROP EXTENSION kornews needs no CASCADE and
#     removes it everywhere, CREATE EXTENSION puts it back;
#   * ko_discover_words over the distributed table is the same on every run, and equal to the
#     local table read in another order.
# If Citus cannot be built or a node cannot start, this FAILS (it never skips). Everything it
# starts is stopped and its directory removed on exit. Exit status 0 = pass.
# KORNEWS_DOCS_OUT=FILE: also write there, as psql prints them, the outputs that
# docs/many-machines.md shows (they are copied from a run of this test).
set -eu
cd "$(dirname "$0")/../.."
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
[[ -x $PG_CONFIG ]] || PG_CONFIG=$(command -v pg_config)

scripts/citus.sh >/dev/null || { echo "FAIL  Citus could not be built or installed (scripts/citus.sh)"; exit 1; }

source scripts/citus-cluster.sh
citus_cluster_init || { echo "FAIL  could not initialize a cluster directory"; exit 1; }
work=$CITUS_DIR
start_node() { citus_node_start "$1" || { echo "FAIL  node $1 did not start"; exit 1; }; }
stop_node() { citus_node_stop "$1"; }
export PGOPTIONS="-c client_min_messages=warning"
PSQL="$CITUS_BIN/psql -X -v ON_ERROR_STOP=1 -q -A -t"
coord() { on coordinator "$@"; }

# The ```sql blocks of docs/many-machines.md (docs_run.py cannot run them: they need a cluster),
# run here where the page says, each through psql's standard input as a reader pastes it (one
# transaction per statement). doc_sql N prints the Nth block with this test's names for the
# reader's: the new node's socket dir and port for 'new-host', 5432; news_local for news.
DOC=docs/many-machines.md
doc_sql() {
  awk -v want="$1" '/^```sql$/ { n++; inside = (n == want); next } /^```$/ { inside = 0 } inside' "$DOC" |
    sed -e "s|'new-host', 5432|'$work', ${PORT[worker3]:-0}|" -e 's/ ON news USING/ ON news_local USING/'
}
show() {  # title, sql: for KORNEWS_DOCS_OUT, the output as psql prints it on the coordinator
  [[ -n ${KORNEWS_DOCS_OUT:-} ]] || return 0
  { echo "== $1"; PGOPTIONS= "$CITUS_BIN/psql" -X -p "${PORT[coordinator]}" -c "$2" 2>&1; } >>"$KORNEWS_DOCS_OUT"
}

fail=0
check() {  # name, expected, actual
  if [[ $2 == "$3" ]]; then
    echo "ok    $1"
  else
    echo "FAIL  $1"
    echo "      expected: $(head -c 2000 <<<"$2")"
    echo "      actual:   $(head -c 2000 <<<"$3")"
    fail=1
  fi
}

check "docs/many-machines.md has the 6 SQL blocks this test runs" "6" "$(grep -c '^```sql$' "$DOC")"

for n in coordinator worker1 worker2; do start_node $n; done
citus_cluster_join || { echo "FAIL  the nodes could not form a Citus cluster"; exit 1; }
# Citus propagates CREATE EXTENSION to the workers (and to nodes added later).
coord -c "CREATE EXTENSION kornews"
check "kornews created on every worker by Citus" "t
t" "$(coord -c "SELECT success AND result = '1' FROM run_command_on_workers(
  \$\$SELECT count(*) FROM pg_extension WHERE extname = 'kornews'\$\$) ORDER BY nodeport")"

# Sentences written for this test. 누리시장 is a made-up market the analyzer mis-splits (누리/VV
# 시/EP 장가/NNG before 가), 별빛공원 a made-up park it splits into two nouns.
coord <<'SQL'
CREATE TABLE news_local (id int PRIMARY KEY, body text NOT NULL);
INSERT INTO news_local (id, body) VALUES
 (1, '누리시장가 오늘 서울 마포구에 첫 매장을 열었다.'),
 (2, '누리시장의 김하늘 대표는 3월 12일 기자들과 만나 올해 매장을 20곳 늘리겠다고 밝혔다.'),
 (3, '시민들은 누리시장에서 채소와 과일을 싸게 샀다고 말했다.'),
 (4, '한국은행은 기준금리를 3.5%로 동결했다.'),
 (5, '삼성전자는 새 반도체 공장을 평택에 짓는다고 발표했다.'),
 (6, '부산 해운대 해수욕장에 피서객 50만 명이 몰렸다.'),
 (7, '정부는 내년 예산을 640조 원으로 편성했다.'),
 (8, '서울시는 버스 요금을 다음 달부터 올린다.'),
 (9, '기상청은 내일 전국에 비가 내린다고 예보했다.'),
 (10, '국회는 어제 본회의에서 법안 12건을 처리했다.'),
 (11, '누리시장 앞에는 아침부터 손님들이 길게 줄을 섰다.'),
 (12, '대구의 한 공장에서 불이 나 소방관 40명이 출동했다.'),
 (13, '현대자동차는 전기차 판매가 지난해보다 30% 늘었다고 밝혔다.'),
 (14, '교육부는 새 학기부터 디지털 교과서를 도입한다.'),
 (15, '인천공항 이용객이 하루 20만 명을 넘었다.'),
 (16, '누리시장도 주말에는 밤 11시까지 문을 연다.'),
 (17, '광주에서 열린 영화제에 관객 2만 명이 찾았다.'),
 (18, '환경부는 미세먼지 저감 대책을 내놓았다.'),
 (19, '서울 강남구의 아파트 값이 다시 올랐다.'),
 (20, '누리시장는 지역 농민들과 직거래 계약을 맺었다.'),
 (21, '반도체 수출이 석 달 연속 늘었다.'),
 (22, '제주도에 관광객이 몰리면서 항공권 값이 올랐다.'),
 (23, '김하늘 대표는 누리시장를 전국 체인으로 키우겠다고 말했다.'),
 (24, '경찰은 사고 원인을 조사하고 있다.'),
 (25, '한국은행 총재는 물가가 안정되고 있다고 말했다.'),
 (26, '별빛공원에 새 놀이터가 생겼다.'),
 (27, '주말마다 별빛공원은 가족들로 붐빈다.'),
 (28, '구청은 별빛공원의 산책로를 넓혔다.');
SET citus.shard_count = 4;
CREATE TABLE news_dist (LIKE news_local INCLUDING ALL);
SELECT create_distributed_table('news_dist', 'id');
INSERT INTO news_dist SELECT * FROM news_local;
-- Headline boards written for this test, one list per row.
CREATE TABLE boards_local (id int PRIMARY KEY, list text NOT NULL);
INSERT INTO boards_local VALUES
 (1, E'번호 제목 글쓴이 날짜 조회\n412 [단독] 누리시장 전국 체인 나선다 누리일보 2026.03.12 2,310\n411 별빛공원 산책로 넓힌다 [3] 하늘신문 26.03.10 88'),
 (2, E'번호 제목 글쓴이 날짜 조회\n77 [속보] 한국은행 기준금리 동결 솔빛경제 2026.03.11 5,021\n76 인천공항 하루 이용객 20만 명 넘어 [15] 솔빛경제 26.03.09 940');
CREATE TABLE boards_dist (LIKE boards_local INCLUDING ALL);
SELECT create_distributed_table('boards_dist', 'id');
INSERT INTO boards_dist SELECT * FROM boards_local;
CREATE INDEX news_dist_fts ON news_dist USING gin (to_tsvector('kornews.korean', body));
SQL

# The comparisons, each a query over TABLE (news_local or news_dist), same output expected.
QUERIES=(
  "count 누리시장|SELECT count(*) FROM TABLE n WHERE to_tsvector('kornews.korean', n.body) @@ to_tsquery('kornews.korean', '누리시장')"
  "count 반도체|SELECT count(*) FROM TABLE n WHERE to_tsvector('kornews.korean', n.body) @@ to_tsquery('kornews.korean', '반도체')"
  "count 올리다|SELECT count(*) FROM TABLE n WHERE to_tsvector('kornews.korean', n.body) @@ to_tsquery('kornews.korean', '올리다')"
  "count 매장 & 대표|SELECT count(*) FROM TABLE n WHERE to_tsvector('kornews.korean', n.body) @@ to_tsquery('kornews.korean', '매장 & 대표')"
  "count 서울 or 부산|SELECT count(*) FROM TABLE n WHERE to_tsvector('kornews.korean', n.body) @@ to_tsquery('kornews.korean', '서울 | 부산')"
  "count 시장|SELECT count(*) FROM TABLE n WHERE to_tsvector('kornews.korean', n.body) @@ to_tsquery('kornews.korean', '시장')"
  "count 별빛공원|SELECT count(*) FROM TABLE n WHERE to_tsvector('kornews.korean', n.body) @@ to_tsquery('kornews.korean', '별빛공원')"
  "rank|SELECT n.id, round(ts_rank(to_tsvector('kornews.korean', n.body), q)::numeric, 6) AS r FROM TABLE n, to_tsquery('kornews.korean', '누리시장 | 매장 | 서울') q WHERE to_tsvector('kornews.korean', n.body) @@ q ORDER BY r DESC, n.id"
  "entities|SELECT n.id, e.entity, e.label, e.start_pos, e.end_pos, e.normalized FROM TABLE n, LATERAL kornews.ko_entities(n.body) e ORDER BY n.id, e.start_pos, e.entity"
  "headline|SELECT n.id, ts_headline('kornews.korean', n.body, q) FROM TABLE n, to_tsquery('kornews.korean', '누리시장 | 반도체') q WHERE to_tsvector('kornews.korean', n.body) @@ q ORDER BY n.id"
  "tsvector|SELECT n.id, to_tsvector('kornews.korean', n.body)::text FROM TABLE n ORDER BY n.id"
  "ko_morphs|SELECT n.id, m.ord, m.form, m.tag, m.start_pos, m.end_pos FROM TABLE n, LATERAL kornews.ko_morphs(n.body) m ORDER BY n.id, m.ord"
  "ko_nouns|SELECT n.id, kornews.ko_nouns(n.body)::text FROM TABLE n ORDER BY n.id"
  "ko_parse_headlines|SELECT b.id, h::text FROM BOARDS b, LATERAL kornews.ko_parse_headlines(b.list, '2026-03-12') h ORDER BY b.id, h.line_no"
)
compare_all() {  # label
  local entry name sql
  for entry in "${QUERIES[@]}"; do
    name=${entry%%|*}; sql=${entry#*|}
    check "$1: $name on the distributed table = on the local one" \
      "$(sql=${sql//TABLE/news_local}; coord -c "${sql//BOARDS/boards_local}" 2>&1 || echo "(the local query failed)")" \
      "$(sql=${sql//TABLE/news_dist}; coord -c "${sql//BOARDS/boards_dist}" 2>&1 || echo "(the distributed query failed)")"
  done
}
# Proof that the distributed queries analyze on the workers: the plan is Citus' and has tasks.
check "the distributed search runs on the shards" "4" "$(coord -c "EXPLAIN (COSTS OFF)
  SELECT count(*) FROM news_dist WHERE to_tsvector('kornews.korean', body) @@ to_tsquery('kornews.korean', '반도체')" |
  sed -nE 's/.*Task Count: ([0-9]+).*/\1/p')"
compare_all "before user words"
check "the boards give 4 parsed headline rows" "4" \
  "$(coord -c "SELECT count(*) FROM boards_dist b, LATERAL kornews.ko_parse_headlines(b.list, '2026-03-12') h WHERE h.parsed")"

# --- ko_discover_words: same rows on every run, and as on the local table read backwards ---
DISCOVER="SELECT word, round(score::numeric, 9), count, suggested_tag, parts, pieces, examples FROM kornews.ko_discover_words(%s, 3) ORDER BY score DESC, word"
local_words=$(coord -c "$(printf "$DISCOVER" "'SELECT body FROM news_local ORDER BY id DESC'")")
[[ -n $local_words ]] || { echo "FAIL  ko_discover_words found nothing on the local table"; fail=1; }
for run in 1 2 3; do
  check "ko_discover_words on the distributed table, run $run" "$local_words" \
    "$(coord -c "$(printf "$DISCOVER" "'SELECT body FROM news_dist'")")"
done


# Per node, what a fresh session on it analyzes 누리시장 as, and its fingerprint row.
per_node() {  # sql -> one line per worker
  coord -c "SELECT result FROM run_command_on_workers(\$cmd\$$1\$cmd\$) ORDER BY nodeport"
}
agree() { coord -c "SELECT bool_and(agrees) AND count(*) = $1 FROM kornews.ko_cluster_check()"; }
check "ko_cluster_check: 3 nodes agree before any change" "t" "$(agree 3)"

# --- a user word and a user entity, inserted on the coordinator ---------------------------
# Before, the analyzer splits 누리시장 and indexes its pieces too (누리, 시장); as a user word
# without parts it is indexed whole only -- so a document analyzed without the word is told
# apart by its 시장.
check "before: the documents analyzed on the workers hold 시장, no entity is 누리시장 as LC" "7 0" \
  "$(coord -F ' ' -c "SELECT (SELECT count(*) FROM news_dist WHERE tsvector_to_array(to_tsvector('kornews.korean', body)) @> ARRAY['시장']),
                              (SELECT count(*) FROM news_dist n, LATERAL kornews.ko_entities(n.body) e
                                WHERE e.entity = '누리시장' AND e.label = 'LC')")"
# The page's first block: the same word and entity.
coord <<<"$(doc_sql 1)"
check "the user word is on every worker" "누리시장/NNP
누리시장/NNP" "$(per_node "SELECT kornews.ko_tokenize('누리시장')::text" | tr -d '{}')"
check "the user entity is on every worker" "LC
LC" "$(per_node "SELECT string_agg(label, ',') FROM kornews.ko_entities('누리시장이 문을 열었다') WHERE entity = '누리시장'")"
check "ko_cluster_check: 3 nodes agree, with 1 word and 1 entity" "1 1 t
1 1 t
1 1 t" "$(coord -F ' ' -c "SELECT user_words, user_entities, agrees FROM kornews.ko_cluster_check()")"
check "the page's verification query: 3 rows, all agree" "t t t" \
  "$(coord <<<"$(doc_sql 3)" | cut -d'|' -f9 | tr '\n' ' ' | sed 's/ $//')"
show "ko_cluster_check, 3 nodes, 1 word, 1 entity" "$(doc_sql 3)"
# Documents are analyzed on the workers: their tsvectors now hold the whole word.
check "documents analyzed on the workers use the user word: 누리시장 whole, no 시장" "7 0" \
  "$(coord -F ' ' -c "SELECT count(*) FILTER (WHERE tsvector_to_array(to_tsvector('kornews.korean', body)) @> ARRAY['누리시장']),
                              count(*) FILTER (WHERE tsvector_to_array(to_tsvector('kornews.korean', body)) @> ARRAY['시장'])
                       FROM news_dist")"
check "a search for the user word finds the same 7 rows as one server" "7 7" \
  "$(coord -F ' ' -c "SELECT (SELECT count(*) FROM news_local WHERE to_tsvector('kornews.korean', body) @@ to_tsquery('kornews.korean', '누리시장')),
                              (SELECT count(*) FROM news_dist WHERE to_tsvector('kornews.korean', body) @@ to_tsquery('kornews.korean', '누리시장'))")"
compare_all "with a user word and entities"
check "ko_entities on the shards tags the user entity" "7" \
  "$(coord -c "SELECT count(*) FROM news_dist n, LATERAL kornews.ko_entities(n.body) e
                WHERE e.entity = '누리시장' AND e.label = 'LC'")"

# Indexes built before the word keep its old tokens, as on one server: ko_korean_indexes on the
# coordinator names the distributed index and the REINDEX that Citus runs on its shards. With
# the index forced on the workers, the stale index still finds 시장, the rebuilt one does not.
indexed() {  # tsquery -> count through the GIN index on every shard
  # Separate statements (not one -c string): SET LOCAL is sent on to the shards' connections.
  coord <<SQL
BEGIN;
SET LOCAL citus.propagate_set_commands = 'local';
SET LOCAL enable_seqscan = off;
SELECT count(*) FROM news_dist WHERE to_tsvector('kornews.korean', body) @@ to_tsquery('kornews.korean', '$1');
COMMIT;
SQL
}
check "through the index built before the word, 시장 is still found" "7" "$(indexed 시장)"
rebuild=$(coord -c "SELECT rebuild FROM kornews.ko_korean_indexes() WHERE index_name::text = 'news_dist_fts'")
check "ko_korean_indexes names the distributed index's rebuild" "REINDEX INDEX public.news_dist_fts" "$rebuild"
coord -c "$rebuild"
check "after its REINDEX the index on the shards agrees with the table" "0 7" "$(indexed 시장) $(indexed 누리시장)"

# A change rolled back on the coordinator reaches no node; one in a transaction block arrives
# with its commit, and an UPDATE and a DELETE too.
coord -c "BEGIN; INSERT INTO kornews.user_words (word, tag) VALUES ('별빛공원', 'NNP'); ROLLBACK;"
check "a rolled-back user word is on no worker" "0
0" "$(per_node "SELECT count(*) FROM kornews.user_words WHERE word = '별빛공원'")"
coord -c "BEGIN; INSERT INTO kornews.user_words (word, tag) VALUES ('별빛공원', 'NNP');
          UPDATE kornews.user_entities SET normalized = '누리시장(전통시장)' WHERE term = '누리시장'; COMMIT;"
check "a transaction's changes arrive with its commit" "1 누리시장(전통시장)
1 누리시장(전통시장)" "$(per_node "SELECT (SELECT count(*) FROM kornews.user_words WHERE word = '별빛공원') || ' ' ||
   (SELECT normalized FROM kornews.user_entities WHERE term = '누리시장')")"
coord -c "DELETE FROM kornews.user_words WHERE word = '별빛공원'"
check "a deleted user word goes from every worker" "0
0" "$(per_node "SELECT count(*) FROM kornews.user_words WHERE word = '별빛공원'")"

# An editor who is not a superuser, granted the table only: the copy still reaches every
# worker (it runs as the extension's owner).
coord -c "CREATE ROLE kornews_editor LOGIN" -c "GRANT SELECT, INSERT, DELETE ON kornews.user_words TO kornews_editor"
coord -c "SET ROLE kornews_editor" -c "INSERT INTO kornews.user_words (word, tag) VALUES ('솔숲마을', 'NNP')"
check "a word inserted by a granted non-superuser is on every worker" "1
1" "$(per_node "SELECT count(*) FROM kornews.user_words WHERE word = '솔숲마을'")"
coord -c "SET ROLE kornews_editor" -c "DELETE FROM kornews.user_words WHERE word = '솔숲마을'"
check "ko_cluster_check: 3 nodes agree after the editor's changes" "t" "$(agree 3)"

# A change made on a worker stays there, with a WARNING, and is undone by the next copy.
warn=$(on worker1 -c "INSERT INTO kornews.user_words (word, tag) VALUES ('솔숲마을', 'NNP')" 2>&1)
check "a change on a worker gets a WARNING" "t" \
  "$(grep -q 'WARNING:  kornews: kornews.user_words was changed on a Citus worker' <<<"$warn" && echo t)"
check "ko_cluster_check shows the worker that differs" "t f t" \
  "$(coord -c "SELECT agrees FROM kornews.ko_cluster_check()" | tr '\n' ' ' | sed 's/ $//')"
coord -c "SELECT count(*) FROM kornews.ko_cluster_sync()" >/dev/null
check "the next copy undoes it" "t" "$(agree 3)"

# --- configuration: a customised copy of kornews.korean in a user schema -----------------
# The page's block, on this test's table.
coord <<<"$(doc_sql 6)"
check "the customised configuration is on every worker, without verbs" "'누리시장':1 '문':2
'누리시장':1 '문':2" "$(per_node "SELECT to_tsvector('public.korean_nouns', '누리시장가 문을 열었다')::text")"
QUERIES+=("nouns config|SELECT n.id, to_tsvector('public.korean_nouns', n.body)::text FROM TABLE n ORDER BY n.id")
check "ko_korean_indexes recognises the page's index on the copy" "news_local" \
  "$(coord -c "SELECT table_name FROM kornews.ko_korean_indexes() WHERE definition LIKE '%public.korean_nouns%'")"

# --- a worker down during a change ---------------------------------------------------------
stop_node worker2
warn=$(PGOPTIONS="-c client_min_messages=warning" $PSQL -p "${PORT[coordinator]}" \
  -c "INSERT INTO kornews.user_words (word, tag) VALUES ('하늘숲', 'NNP')" 2>&1 || true)
check "a change while a worker is down: committed, with a WARNING naming it" "t 1" \
  "$(grep -q "WARNING:  kornews: the change to the user words and entities was not copied to node $work:${PORT[worker2]}" <<<"$warn" &&
     echo -n t; echo " $(coord -c "SELECT count(*) FROM kornews.user_words WHERE word = '하늘숲'")")"
[[ -n ${KORNEWS_DOCS_OUT:-} ]] && echo "== the INSERT while worker2 is down
$warn" >>"$KORNEWS_DOCS_OUT"
check "ko_cluster_check shows the worker that is down" "f t" \
  "$(coord -F ' ' -c "SELECT agrees, error IS NOT NULL FROM kornews.ko_cluster_check() WHERE node = '$work:${PORT[worker2]}'")"
show "ko_cluster_check, worker2 down" "SELECT node, user_words, agrees, error FROM kornews.ko_cluster_check()"
start_node worker2
check "after restart the worker is behind" "f" "$(agree 3)"
# The page's repair: ko_cluster_sync.
check "ko_cluster_sync (the page's block) copies to every worker" "t
t" "$(coord <<<"$(doc_sql 2)" | cut -d'|' -f3)"
check "after ko_cluster_sync all 3 nodes agree" "t" "$(agree 3)"
coord -c "DELETE FROM kornews.user_words WHERE word = '하늘숲'"

# --- a node added afterwards: citus_add_node alone --------------------------------------------
start_node worker3
on worker3 -c "CREATE EXTENSION citus"
# The page's block: citus_add_node, then ko_cluster_check in the same session -- its very next
# statement. No ko_cluster_sync anywhere below.
added=$(coord <<<"$(doc_sql 4)")
check "Citus created kornews on the new node, with the trigger on its pg_dist_node" "t t" \
  "$(on worker3 -F ' ' -c "SELECT (SELECT count(*) = 1 FROM pg_extension WHERE extname = 'kornews'),
                                  (SELECT count(*) = 1 FROM pg_trigger WHERE tgname = 'kornews_node_activated')")"
check "the statement after citus_add_node: 4 nodes, all agree, with the user word and entity" "1 1 t
1 1 t
1 1 t
1 1 t" "$(tail -n 4 <<<"$added" | cut -d'|' -f5,7,9 | tr '|' ' ')"
check "a new session on the new node analyzes 누리시장 as the user word and the user entity" "누리시장/NNP LC" \
  "$(on worker3 -c "SELECT kornews.ko_tokenize('누리시장')::text || ' ' ||
                      (SELECT string_agg(label, ',') FROM kornews.ko_entities('누리시장이 문을 열었다') WHERE entity = '누리시장')" | tr -d '{}')"

show "ko_cluster_check after citus_add_node" "SELECT node, user_words, user_entities, agrees FROM kornews.ko_cluster_check()"

# --- a node disabled during a change, then activated ------------------------------------------
coord -c "SELECT citus_disable_node('$work', ${PORT[worker3]}, synchronous := true)" >/dev/null
coord -c "INSERT INTO kornews.user_words (word, tag) VALUES ('하늘숲', 'NNP')"
check "a disabled node gets no copy" "0" \
  "$(on worker3 -c "SELECT count(*) FROM kornews.user_words WHERE word = '하늘숲'")"
# An activation whose copy fails is rolled back: the coordinator's export is renamed away for it.
coord -c "ALTER FUNCTION kornews.ko_cluster_export() RENAME TO ko_cluster_export_away"
err=$(coord -c "SELECT citus_activate_node('$work', ${PORT[worker3]})" 2>&1 || true)
coord -c "ALTER FUNCTION kornews.ko_cluster_export_away() RENAME TO ko_cluster_export"
[[ -n ${KORNEWS_DOCS_OUT:-} ]] && echo "== citus_activate_node whose copy fails
$err" >>"$KORNEWS_DOCS_OUT"
check "an activation whose copy fails: an ERROR with the HINT, and the node stays inactive" "t t f" \
  "$(grep -q 'could not fetch the user words and entities from the coordinator' <<<"$err" && echo -n t || echo -n "(no error: $err)")$(
     grep -q 'HINT:  The node was not activated' <<<"$err" && echo -n ' t' || echo -n ' -') $(
     coord -c "SELECT isactive FROM pg_dist_node WHERE nodeport = ${PORT[worker3]}")"
coord -c "SELECT citus_activate_node('$work', ${PORT[worker3]})" >/dev/null
check "the statement after citus_activate_node: the node has the change made while it was disabled" "1" \
  "$(on worker3 -c "SELECT count(*) FROM kornews.user_words WHERE word = '하늘숲'")"
check "ko_cluster_check: 4 nodes agree after the activation" "t" "$(agree 4)"
coord -c "DELETE FROM kornews.user_words WHERE word = '하늘숲'"

# A change that commits while a node is being activated reaches that node too. The activation
# runs in a transaction that commits only once the change's commit-time copy waits for it (it
# would time out instead if the copy did not wait: then the copy would have gone to the other
# workers only, as the node was not active for it yet).
coord -c "SELECT citus_disable_node('$work', ${PORT[worker3]}, synchronous := true)" >/dev/null
coord <<SQL >"$work/activation.out" 2>&1 &
BEGIN;
SELECT citus_activate_node('$work', ${PORT[worker3]});
SET LOCAL statement_timeout = '60s';
DO \$\$
BEGIN
    WHILE NOT EXISTS (SELECT 1 FROM pg_locks
                       WHERE relation = 'pg_catalog.pg_dist_node'::regclass AND NOT granted) LOOP
        PERFORM pg_sleep(0.05);
    END LOOP;
END
\$\$;
COMMIT;
SQL
activation=$!
for _ in $(seq 600); do
  [[ $(coord -c "SELECT count(*) FROM pg_locks WHERE relation = 'pg_catalog.pg_dist_node'::regclass
                   AND mode = 'ExclusiveLock' AND granted") == 1 ]] && break
  sleep 0.1
done
coord -c "INSERT INTO kornews.user_words (word, tag) VALUES ('솔숲마을', 'NNP')"
wait $activation || true
check "a change committed during an activation: the activation waited for its copy" "" "$(grep -v '^[0-9]*$' "$work/activation.out")"
check "... and the activated node has the change" "1" \
  "$(on worker3 -c "SELECT count(*) FROM kornews.user_words WHERE word = '솔숲마을'")"
check "ko_cluster_check: 4 nodes agree" "t" "$(agree 4)"
coord -c "DELETE FROM kornews.user_words WHERE word = '솔숲마을'"

# --- the rebalance: shards move to the new node, where the user word is used ------------------
coord <<<"$(doc_sql 5)" >/dev/null
check "the rebalance moved shards to the new node" "t" \
  "$(coord -c "SELECT count(*) > 0 FROM citus_shards WHERE table_name = 'news_dist'::regclass AND nodeport = ${PORT[worker3]}")"
# A new document on a shard of the new node (the first id that hashes there), in both tables.
new_id=$(coord -c "SELECT i FROM generate_series(100, 1000) i
                    WHERE get_shard_id_for_distribution_column('news_dist', i) IN
                          (SELECT shardid FROM citus_shards
                            WHERE table_name = 'news_dist'::regclass AND nodeport = ${PORT[worker3]})
                    ORDER BY i LIMIT 1")
for t in news_local news_dist; do
  coord -c "INSERT INTO $t VALUES ($new_id, '누리시장가 별빛공원 옆에 둘째 매장을 낸다.')"
done
# On the new node's placements only, through the placement (not the coordinator's plan): rows
# whose tsvector holds 누리시장 whole, rows that hold 시장, rows the search finds.
on_new_node() {
  coord -c "SELECT sum(result::int) FROM run_command_on_placements('news_dist', \$cmd\$$1\$cmd\$)
             WHERE nodeport = ${PORT[worker3]}"
}
expected_new=$(coord -F ' ' -c "SELECT count(*) FILTER (WHERE tsvector_to_array(to_tsvector('kornews.korean', body)) @> ARRAY['누리시장']),
                                       count(*) FILTER (WHERE tsvector_to_array(to_tsvector('kornews.korean', body)) @> ARRAY['시장'])
                                 FROM news_local
                                 WHERE get_shard_id_for_distribution_column('news_dist', id) IN
                                       (SELECT shardid FROM citus_shards
                                         WHERE table_name = 'news_dist'::regclass AND nodeport = ${PORT[worker3]})")
check "the new node's shards hold the new document with 누리시장 (at least 1), none with 시장" "t 0" \
  "$(awk '{ print ($1 >= 1 ? "t" : "f"), $2 }' <<<"$expected_new")"
check "analyzed on the new node's shards: 누리시장 whole, no 시장, as on one server" "$expected_new" \
  "$(on_new_node "SELECT count(*) FROM %s WHERE tsvector_to_array(to_tsvector('kornews.korean', body)) @> ARRAY['누리시장']") $(
     on_new_node "SELECT count(*) FROM %s WHERE tsvector_to_array(to_tsvector('kornews.korean', body)) @> ARRAY['시장']")"
check "a search for 누리시장 on the new node's shards finds the new document" "1" \
  "$(on_new_node "SELECT count(*) FROM %s WHERE id = $new_id AND to_tsvector('kornews.korean', body) @@ to_tsquery('kornews.korean', '누리시장')")"
check "ko_cluster_check: 4 nodes agree" "t" "$(agree 4)"
compare_all "after adding a node"

# --- a machine where kornews was created before Citus ----------------------------------------
# Citus' CREATE EXTENSION IF NOT EXISTS kornews then does nothing there: the trigger comes from
# kornews' event trigger on CREATE EXTENSION citus.
start_node worker4
on worker4 -c "CREATE EXTENSION kornews" -c "CREATE EXTENSION citus"
check "CREATE EXTENSION citus after kornews puts the trigger on pg_dist_node" "1" \
  "$(on worker4 -c "SELECT count(*) FROM pg_trigger WHERE tgname = 'kornews_node_activated'")"
coord -c "SELECT citus_add_node('$work', ${PORT[worker4]})" >/dev/null
check "that node, once added, analyzes with the user word and the user entity" "누리시장/NNP LC" \
  "$(on worker4 -c "SELECT kornews.ko_tokenize('누리시장')::text || ' ' ||
                      (SELECT string_agg(label, ',') FROM kornews.ko_entities('누리시장이 문을 열었다') WHERE entity = '누리시장')" | tr -d '{}')"
check "ko_cluster_check: 5 nodes agree" "t" "$(agree 5)"
coord -c "SELECT citus_remove_node('$work', ${PORT[worker4]})" >/dev/null
stop_node worker4

# --- pg_dump and DROP EXTENSION -------------------------------------------------------------------
check "pg_dump of the coordinator leaves the pg_dist_node trigger out" "0" \
  "$("$CITUS_BIN/pg_dump" -p "${PORT[coordinator]}" postgres | grep -c kornews_node_activated)"
# (The rebalance left the moved shards' old placements for Citus' deferred cleanup.)
coord <<'SQL'
CALL citus_cleanup_orphaned_resources();
DROP TABLE news_dist, news_local, boards_dist, boards_local;
DROP TEXT SEARCH CONFIGURATION public.korean_nouns;
DROP EXTENSION kornews;
SQL
triggers() { for n in coordinator worker1 worker2 worker3; do
  on $n -c "SELECT count(*) FROM pg_trigger WHERE tgname = 'kornews_node_activated'"; done | tr '\n' ' '; }
check "DROP EXTENSION kornews, without CASCADE, removes the trigger on every node" "0 0 0 0 " "$(triggers)"
coord -c "CREATE EXTENSION kornews"
check "CREATE EXTENSION kornews puts it back on every node" "1 1 1 1 " "$(triggers)"

exit $fail
