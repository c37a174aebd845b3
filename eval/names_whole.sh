#!/usr/bin/env bash
# New names kept whole in the analysis (issue 14, item 2): for each `name` line of
# eval/data/names-whole-dev.tsv, whether the analysis gives the name as one morpheme; for each
# `split` line (a common word, number or counter), whether it still gives the listed pieces.
# Scores kornews as shipped, kornews --no-known-names (without the list of known names,
# data/kornews_names.tsv), kornews --no-loanwords --no-known-names (no guessing and no list), and
# Debian MeCab with the same dictionary via ../shared/eval/mecab_adapter.py (skipped when it is
# not there).
#   eval/names_whole.sh [TSV] [--show]      (--show prints every miss)
set -euo pipefail
cd "$(dirname "$0")/.."
data=eval/data/names-whole-dev.tsv
[[ $# -gt 0 && $1 != --* ]] && { data=$1; shift; }
show=0
[[ ${1:-} == --show ]] && show=1
[[ -x build/kornews && -f .cache/mecab-ko-dic/sys.dic ]] || scripts/setup.sh

T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
grep -v '^#' "$data" | cut -f2 >"$T/sentences.txt"
build/kornews analyze <"$T/sentences.txt" >"$T/kornews.txt"
build/kornews analyze --no-known-names <"$T/sentences.txt" >"$T/nolist.txt"
build/kornews analyze --no-loanwords --no-known-names <"$T/sentences.txt" >"$T/plain.txt"
systems=(kornews nolist plain)
if [[ -f ../shared/eval/mecab_adapter.py ]] && command -v mecab >/dev/null; then
  python3 ../shared/eval/mecab_adapter.py -q -d .cache/mecab-ko-dic <"$T/sentences.txt" >"$T/mecab.txt"
  systems+=(mecab)
fi
for s in "${systems[@]}"; do
  python3 - "$data" "$T/$s.txt" "$s" "$show" <<'PY'
import sys
data, analysed, name, show = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4] == '1'
rows = [l.rstrip('\n').split('\t') for l in open(data, encoding='utf-8') if not l.startswith('#')]
lines = open(analysed, encoding='utf-8').read().split('\n')
ok = {'name': 0, 'split': 0}; total = {'name': 0, 'split': 0}
for (kind, sentence, target), line in zip(rows, lines):
    forms = [tok.rsplit('/', 1)[0] for tok in line.split()]
    if kind == 'name':
        right = target in forms
    else:
        pieces = target.split('|')
        right = any(forms[i:i + len(pieces)] == pieces for i in range(len(forms)))
    total[kind] += 1; ok[kind] += right
    if show and not right:
        print(f"  miss {kind:5} {target:12} {line}")
print(f"{name:8} names whole {ok['name']:3}/{total['name']:<3}  controls kept {ok['split']:3}/{total['split']}")
PY
done
