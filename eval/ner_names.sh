#!/usr/bin/env bash
# How many names of tests/data/ner_news_2025.tsv (the project's own 2024-25 style sentences)
# get the right label: exact span and label; a name marked =O is right when no entity overlaps
# it. Prints each miss and a per-label count.
#   eval/ner_names.sh [--model PATH]
set -euo pipefail
cd "$(dirname "$0")/.."
model=data/kornews_ner.model
[[ ${1:-} == --model ]] && model=$2
T=$(mktemp); trap 'rm -f "$T"' EXIT
grep -v '^#' tests/data/ner_news_2025.tsv | cut -f1 | build/kornews entities --model "$model" >"$T"
python3 - "$T" <<'PY'
import json, sys, collections
rows = [l.rstrip('\n').split('\t') for l in open('tests/data/ner_news_2025.tsv', encoding='utf-8') if not l.startswith('#')]
outs = [json.loads(l) for l in open(sys.argv[1], encoding='utf-8')]
right = total = 0
per = collections.Counter(); per_ok = collections.Counter()
for (text, gold), ents in zip(rows, outs):
    for item in gold.split('|'):
        name, label = item.rsplit('=', 1)
        start = text.index(name); end = start + len(name)
        if label == 'O':
            ok = not any(e['start'] < end and start < e['end'] for e in ents)
        else:
            ok = any(e['start'] == start and e['end'] == end and e['label'] == label for e in ents)
        total += 1; right += ok; per[label] += 1; per_ok[label] += ok
        if not ok:
            got = [(e['text'], e['label']) for e in ents if e['start'] < end and start < e['end']]
            print(f"miss  {name}={label}  got {got}")
print(' '.join(f"{l} {per_ok[l]}/{per[l]}" for l in sorted(per)))
print(f"names right: {right} of {total}")
PY
