#!/usr/bin/env bash
# Retrieval quality: question -> passage ranking by ts_rank with kornews' `korean` configuration,
# next to the anchors of ../shared/eval/retrieval_korquad.py (simple, pg_trgm word_similarity,
# MeCab lexemes with the same dictionary), all on a private throwaway PostgreSQL 15.
#
# The data is KorQuAD 1.0 dev (KorQuAD_v1.0_dev.json, CC BY-ND 2.0 KR). It is not shipped with the
# project nor in ../shared, and its license forbids adapted copies, so bring your own file:
#   eval/retrieval.sh PATH/TO/KorQuAD_v1.0_dev.json [retrieval_korquad.py options, e.g. --limit 500]
# (or set KORQUAD_DEV). Without it, the command says so and runs on eval/data/news-qa-mini.json
# (12 passages, 24 questions written for the project): a smoke run, not a quality measure.
# The tables are built at run time and dropped with the server.
set -euo pipefail
cd "$(dirname "$0")/.."

data=${KORQUAD_DEV:-}
[[ $# -gt 0 && $1 != --* ]] && { data=$1; shift; }
E=../shared/eval
if [[ -z $data || ! -f $data ]]; then
  cat >&2 <<MSG
retrieval: KorQuAD 1.0 dev is not available here${data:+ (no file at $data)}; its numbers need it.
  Download KorQuAD_v1.0_dev.json from the KorQuAD project (CC BY-ND 2.0 KR; do not commit it)
  and run:  eval/retrieval.sh PATH/TO/KorQuAD_v1.0_dev.json
  Running now on eval/data/news-qa-mini.json (12 passages written for kornews): a smoke run only.
MSG
  data=eval/data/news-qa-mini.json
fi
[[ -f $E/retrieval_korquad.py ]] || { echo "retrieval: $E/retrieval_korquad.py not found" >&2; exit 2; }
[[ -x build/kornews && -f .cache/mecab-ko-dic/sys.dic ]] || scripts/setup.sh
data=$(realpath "$data")

source scripts/pg-temp.sh
pg_temp_start
psql -X -q -v ON_ERROR_STOP=1 -c 'CREATE DATABASE retr_eval'
psql -X -q -v ON_ERROR_STOP=1 -d retr_eval -c 'CREATE EXTENSION kornews' -c 'CREATE EXTENSION pg_trgm'
# The script names the configuration 'korean' unqualified; the extension puts it in schema kornews.
export PGOPTIONS='-c search_path=public,kornews'
python3 $E/retrieval_korquad.py --data "$data" --host "$PGHOST" --port "$PGPORT" --db retr_eval \
  --mecab-dic "$PWD/.cache/mecab-ko-dic" --method all "$@"
