#!/usr/bin/env bash
# How many names of tests/data/ner_news_2025.tsv (the project's own 2024-25 style sentences)
# get the right label: exact span and label; a name marked =O is right when no entity overlaps
# it. Prints each miss and a per-label count.
#   eval/ner_names.sh [--model PATH] [TSV]   (default tests/data/ner_news_2025.tsv; a second set,
#                                              written after the name list: ner_news_2025b.tsv)
set -euo pipefail
cd "$(dirname "$0")/.."
model=data/kornews_ner.model
[[ ${1:-} == --model ]] && { model=$2; shift 2; }
data=${1:-tests/data/ner_news_2025.tsv}
T=$(mktemp); trap 'rm -f "$T"' EXIT
grep -v '^#' "$data" | cut -f1 | build/kornews entities --model "$model" >"$T"
python3 - "$T" "$data" <<'PY'
import json, sys, collections
rows = [l.rstrip('\n').split('\t') for l in open(sys.argv[2], encoding='utf-8') if not l.startswith('#')]
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
# Per-label P/R/F1 over PS, LC, OG: the listed names are the gold (every name of a sentence is
# listed; a product marked =O is no entity), the tagger's PS/LC/OG spans the system.
tp = collections.Counter(); gold_n = collections.Counter(); sys_n = collections.Counter()
for (text, gold), ents in zip(rows, outs):
    g = set()
    for item in gold.split('|'):
        name, label = item.rsplit('=', 1)
        if label != 'O':
            st = text.index(name); g.add((st, st + len(name), label))
    s = {(e['start'], e['end'], e['label']) for e in ents if e['label'] in ('PS', 'LC', 'OG')}
    for x in g: gold_n[x[2]] += 1
    for x in s: sys_n[x[2]] += 1
    for x in g & s: tp[x[2]] += 1
print("label  gold  sys   tp      P      R     F1")
for l in ('LC', 'OG', 'PS', 'all'):
    t = sum(tp.values()) if l == 'all' else tp[l]
    gn = sum(gold_n.values()) if l == 'all' else gold_n[l]
    sn = sum(sys_n.values()) if l == 'all' else sys_n[l]
    p = 100 * t / sn if sn else 0; r = 100 * t / gn if gn else 0
    f = 2 * p * r / (p + r) if p + r else 0
    print(f"{l:<5} {gn:5} {sn:4} {t:4} {p:6.2f} {r:6.2f} {f:6.2f}")
print(f"names right: {right} of {total}")
PY
