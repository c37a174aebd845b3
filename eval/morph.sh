#!/usr/bin/env bash
# Tag-F1 on UD Korean GSD dev, exactly as ../shared/eval/README.md does it: kornews as shipped
# (space penalty on), kornews without loanword guessing, and Debian MeCab with the same dictionary (the anchor), both scored by
# ../shared/eval/morph_score.py. Target: kornews' tag-F1 not below MeCab's.
#   eval/morph.sh [CONLLU] [morph_score.py options, e.g. --top 20]
set -euo pipefail
cd "$(dirname "$0")/.."

conllu=../shared/corpora/ud-gsd/ko_gsd-ud-dev.conllu
[[ $# -gt 0 && $1 != --* ]] && { conllu=$1; shift; }
E=../shared/eval
[[ -f $conllu ]] || { echo "morph: no gold at $conllu (needs ../shared beside the project)" >&2; exit 2; }
[[ -x build/kornews && -f .cache/mecab-ko-dic/sys.dic ]] || scripts/setup.sh
export MECAB_KO_DIC=$PWD/.cache/mecab-ko-dic

T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
python3 $E/morph_gold.py --format conllu "$conllu" >"$T/gold.tsv"
cut -f1 "$T/gold.tsv" | build/kornews analyze >"$T/ours.txt"
cut -f1 "$T/gold.tsv" | build/kornews analyze --no-loanwords >"$T/plain.txt"
cut -f1 "$T/gold.tsv" | python3 $E/mecab_adapter.py -q >"$T/mecab.txt"
echo "== kornews (space penalty on) on $(basename "$conllu")"
python3 $E/morph_score.py "$T/gold.tsv" "$T/ours.txt" "$@"
echo
echo "== kornews --no-loanwords (without guessing transliterated names)"
python3 $E/morph_score.py "$T/gold.tsv" "$T/plain.txt" "$@"
echo
echo "== mecab -d .cache/mecab-ko-dic (anchor)"
python3 $E/morph_score.py "$T/gold.tsv" "$T/mecab.txt" "$@"
