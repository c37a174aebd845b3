#!/usr/bin/env bash
# ko_similarity on KorSTS dev, genre main-news (news sentence pairs), scored by
# ../shared/eval/sts.py: Spearman against the gold scores and same-story detection (gold >= 4.0)
# as average precision, side by side with anchors measured on the same pairs: character-bigram
# Jaccard (sts.py), Jaccard of to_tsvector('kornews.korean') lexemes and pg_trgm similarity (on a
# throwaway server), and MeCab content-morpheme Jaccard when MECAB_KO_DIC is set.
#   eval/similarity.sh [SHARED_DIR]        (needs build/kornews and the installed extension)
set -euo pipefail
cd "$(dirname "$0")/.."
S=${1:-}
if [[ -z $S ]]; then for d in ../shared /work/shared; do [[ -d $d/corpora ]] && { S=$d; break; }; done; fi
[[ -n $S && -f $S/eval/sts.py ]] || { echo "similarity.sh: no shared/ found" >&2; exit 1; }
E=$S/eval
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
python3 "$E/sts.py" pairs "$S/corpora/korsts/sts-dev.tsv" --genre main-news >"$T/pairs.tsv"

row() {  # name, scores file
  local r
  r=$(python3 "$E/sts.py" score "$T/pairs.tsv" "$2" --json)
  python3 -c 'import json,sys; d=json.loads(sys.argv[2]); print("%-34s %8.4f %8.4f %8.4f" % (sys.argv[1], d["spearman"], d["same_story_ap"], d["same_story_best_f1"]))' "$1" "$r"
}

cut -f2,3 "$T/pairs.tsv" | build/kornews similarity >"$T/ours.txt"
python3 "$E/sts.py" baseline "$T/pairs.tsv" --method bigram-jaccard >"$T/bigram.txt"
if [[ -n ${MECAB_KO_DIC:-} ]]; then
  python3 "$E/sts.py" baseline "$T/pairs.tsv" --method mecab-jaccard -d "$MECAB_KO_DIC" >"$T/mecab.txt"
fi

# In SQL: the same pairs through ko_similarity (must equal the CLI), tsvector Jaccard, pg_trgm.
source scripts/pg-temp.sh
pg_temp_start 2>/dev/null
psql -X -q -v ON_ERROR_STOP=1 <<SQL >/dev/null
CREATE EXTENSION kornews; CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE pairs (n serial, gold float8, a text, b text);
\copy pairs (gold, a, b) FROM '$T/pairs.tsv' WITH (FORMAT text)
SQL
q() { psql -X -q -At -c "$1" >"$2"; }
q "SELECT kornews.ko_similarity(a, b) FROM pairs ORDER BY n" "$T/sql.txt"
q "SELECT coalesce((SELECT count(*) FROM (SELECT unnest(tsvector_to_array(to_tsvector('kornews.korean', a)))
      INTERSECT SELECT unnest(tsvector_to_array(to_tsvector('kornews.korean', b)))) i)::float8
    / nullif((SELECT count(*) FROM (SELECT unnest(tsvector_to_array(to_tsvector('kornews.korean', a)))
      UNION SELECT unnest(tsvector_to_array(to_tsvector('kornews.korean', b)))) u), 0), 0)
   FROM pairs ORDER BY n" "$T/tsv.txt"
q "SELECT similarity(a, b) FROM pairs ORDER BY n" "$T/trgm.txt"
pg_temp_stop

echo "KorSTS dev main-news: $(wc -l <"$T/pairs.tsv") pairs (same story: gold >= 4.0)"
printf '%-34s %8s %8s %8s\n' method Spearman AP best-F1
row "pg_trgm similarity (anchor)" "$T/trgm.txt"
row "to_tsvector lexeme Jaccard (anchor)" "$T/tsv.txt"
row "char-bigram Jaccard (sts.py)" "$T/bigram.txt"
[[ -f $T/mecab.txt ]] && row "MeCab morpheme Jaccard (sts.py)" "$T/mecab.txt"
row "ko_similarity (kornews CLI)" "$T/ours.txt"
row "kornews.ko_similarity (SQL)" "$T/sql.txt"
