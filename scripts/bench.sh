#!/usr/bin/env bash
# All benchmarks, each a table against an anchor measured side by side in the same run:
#  - build/kornews_bench: analyzer throughput vs MeCab (libmecab parseToNode, same dictionary);
#  - scripts/bench-sql.sh: to_tsvector korean vs simple, first call and memory of a new backend.
#   scripts/bench.sh [--no-setup] [SENTENCES_FILE]  (default: ../shared/corpora/news/news-sentences.txt)
# See docs/benchmarks.md for what is measured and the targets.
set -euo pipefail
cd "$(dirname "$0")/.."

[[ ${1:-} == --no-setup ]] && shift || scripts/setup.sh
corpus=${1:-${KORNEWS_BENCH_CORPUS:-../shared/corpora/news/news-sentences.txt}}
if [[ ! -f $corpus ]]; then
  echo "bench: no sentences file at $corpus; nothing to measure (pass a file, one sentence per line)"
  exit 0
fi
corpus=$(realpath "$corpus")

echo "== analyzer throughput (build/kornews_bench, 5 repetitions of >= 2 s each)"
[[ -x build/kornews_bench ]] || { echo "bench: build/kornews_bench missing (libbenchmark-dev?)" >&2; exit 1; }
build/kornews_bench --corpus="$corpus" --benchmark_repetitions=5
echo "target: analyze/kornews >= 2.00x analyze/mecab"
echo
scripts/bench-sql.sh "$corpus"
