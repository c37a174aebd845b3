#!/usr/bin/env bash
# Learns ko_similarity's weights (document frequencies and the logistic model) from the team's
# KorSTS training pairs (genre main-news) and news sentences, and writes them as
# src/core/analytics/similarity_weights.h. Rebuild afterwards (make, cmake --build build).
#   scripts/train-similarity.sh [SHARED_DIR]   (default ../shared beside the checkout, or /work/shared)
set -euo pipefail
cd "$(dirname "$0")/.."
S=${1:-}
if [[ -z $S ]]; then for d in ../shared /work/shared; do [[ -d $d/corpora ]] && { S=$d; break; }; done; fi
[[ -n $S && -d $S/corpora/korsts ]] || { echo "train-similarity: no shared/corpora found" >&2; exit 1; }
[[ -x build/kornews ]] || { echo "train-similarity: build first (scripts/setup.sh)" >&2; exit 1; }
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
python3 "$S/eval/sts.py" pairs "$S/corpora/korsts/sts-train.tsv" --genre main-news >"$T/train.tsv"
build/kornews similarity --train "$T/train.tsv" --corpus "$S/corpora/news/news-sentences.txt" \
  --out src/core/analytics/similarity_weights.h --target-power "${TARGET_POWER:-2}" --trees "${TREES:-100}" --tree-rate "${TREE_RATE:-0.1}" \
  --negatives "${NEGATIVES:-0}"
# The manifest names the files by their place in shared/, not by this machine's temp paths.
sed -i "s#$T/train.tsv#shared/corpora/korsts/sts-train.tsv, genre main-news (sts.py pairs)#; s#$S/#shared/#g" \
  src/core/analytics/similarity_weights.h
echo "wrote src/core/analytics/similarity_weights.h"
