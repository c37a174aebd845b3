#!/usr/bin/env bash
# The Korean date grammar in one place (core/time/korean_dates.*, issue 18 item 3) against the
# code before it, side by side: headline-list parsing (kornews_bench news_*MB/headlines, where
# every row's date and many spans of every row go through the grammar) and entity tagging
# (entities/tag, where every DT and TI span gets its value from it), with the analyzer alone
# (entities/analyze) as the control. The anchor is this tree's
# kornews_bench built from ANCHOR_REV (default: the commit before the grammar moved); the two
# binaries run alternately, ROUNDS times each, and the table shows the medians and their ratio.
#   bench/dates.sh [ANCHOR_REV]     env ROUNDS (default 3), KORNEWS_BENCH_CORPUS (sentences file)
# The anchor is built once into .cache/bench-anchor-REV (git archive + cmake, kornews_bench only).
set -euo pipefail
cd "$(dirname "$0")/.."

rev=${1:-b17ec11^}
rounds=${ROUNDS:-3}
sha=$(git rev-parse --short "$rev")
anchor=.cache/bench-anchor-$sha
corpus=${KORNEWS_BENCH_CORPUS:-../shared/corpora/news/news-sentences.txt}
[[ -x build/kornews_bench ]] || { echo "dates: build/kornews_bench missing; run scripts/setup.sh" >&2; exit 1; }
[[ -f build/kornews.dic ]] || { echo "dates: build/kornews.dic missing; run scripts/setup.sh" >&2; exit 1; }

if [[ ! -x $anchor/build/kornews_bench ]]; then
  echo "== building the anchor ($sha) into $anchor"
  mkdir -p "$anchor/src"
  git archive "$sha" | tar -x -C "$anchor/src"
  # The same unpacked dictionary as this tree: nothing is fetched.
  cmake -S "$anchor/src" -B "$anchor/build" -DCMAKE_BUILD_TYPE=Release \
    -DMECAB_KO_DIC="$PWD/.cache/mecab-ko-dic" >/dev/null
  cmake --build "$anchor/build" -j2 --target kornews_bench >/dev/null
fi

# entities/analyze is the control: the analyzer alone, code this change does not touch, so its
# ratio is what the two builds differ by apart from the grammar (layout, inlining).
filter='news_(1|10)MB/headlines|entities/(tag|analyze)'
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for ((r = 1; r <= rounds; r++)); do
  # Each side goes first in every other round, so neither always gets the cooler machine.
  sides="anchor ours"
  ((r % 2 == 0)) && sides="ours anchor"
  for side in $sides; do
    bin=build/kornews_bench
    [[ $side == anchor ]] && bin=$anchor/build/kornews_bench
    # The same dictionary and model for both: only the code differs.
    KORNEWS_DICT=$PWD/build/kornews.dic KORNEWS_NER_MODEL=$PWD/data/kornews_ner.model \
      "$bin" --corpus="$corpus" --benchmark_filter="$filter" --benchmark_min_time=1 \
      --benchmark_out="$out/$side.$r.json" --benchmark_out_format=json >/dev/null 2>&1
  done
done

python3 - "$out" "$rounds" "$sha" <<'PY'
import json, statistics, sys
out, rounds, sha = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def rates(side):
    got = {}
    for r in range(1, rounds + 1):
        for b in json.load(open(f'{out}/{side}.{r}.json'))['benchmarks']:
            if b.get('error_occurred'):
                continue
            # MB/s for lists, sentences/s for the tagger: higher is faster either way.
            rate = b['bytes_per_second'] / 2**20 if 'news' in b['name'] else b.get('sentences/s', 0)
            got.setdefault(b['name'], []).append(rate)
    return {k: statistics.median(v) for k, v in got.items()}
a, o = rates('anchor'), rates('ours')
print(f'median of {rounds} alternating runs; anchor = {sha} (the grammar in news/ and ner/)')
print(f'{"benchmark":28} {"unit":12} {"anchor":>10} {"ours":>10} {"ours/anchor":>12}')
print('-' * 76)
for name in sorted(a):
    if name in o:
        unit = 'MB/s' if 'news' in name else 'sentences/s'
        print(f'{name:28} {unit:12} {a[name]:10.1f} {o[name]:10.1f} {o[name] / a[name]:11.2f}x')
PY
