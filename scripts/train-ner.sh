#!/usr/bin/env bash
# Retrains the committed entity model from ../shared/corpora and the project's name list
# (data/kornews_names.tsv, which the model carries inside) and writes, beside it, its manifest
# (corpus files, name list and their sha256, dictionary, code version, options) and its checksum:
#   scripts/train-ner.sh            -> data/kornews_ner.model, .manifest, .sha256
#   scripts/train-ner.sh --check    -> trains into a temp dir and says whether the result is
#                                      byte-identical to the committed model (exit 1 if not)
# Deterministic: one thread, the training sentences in file order shuffled with a fixed seed,
# float sums in a fixed order, so the same corpus, dictionary and code give the same bytes.
# tests/ner_model_manifest_test.cpp checks (without the corpora) that the committed model and
# its manifest agree.
set -euo pipefail
cd "$(dirname "$0")/.."

C=../shared/corpora/klue-ner
TRAIN=$C/klue-ner-train.jsonl
NAMES=data/kornews_names.tsv
EPOCHS=12
BITS=18
check=0
[[ ${1:-} == --check ]] && check=1
[[ -f $TRAIN ]] || { echo "train-ner: no $TRAIN (needs ../shared beside the project)" >&2; exit 2; }
[[ -x build/kornews && -f build/kornews.dic ]] || { echo "train-ner: run scripts/setup.sh first" >&2; exit 2; }

out=data
if ((check)); then out=$(mktemp -d); trap 'rm -rf "$out"' EXIT; fi
model=$out/kornews_ner.model

build/kornews train-ner --train "$TRAIN" --names "$NAMES" --out "$model" --epochs $EPOCHS --bits $BITS

sha() { sha256sum "$1" | cut -d' ' -f1; }
# The code that decides the bytes: the NER core and the analyzer that feeds it (their blob ids
# in git; "+dirty" when the working tree differs from HEAD there).
code_paths=(src/core/ner src/core/morph src/core/text src/cli/train_ner_command.cpp)
code_tree=$(git ls-files -s "${code_paths[@]}" | sha256sum | cut -d' ' -f1)
git diff --quiet HEAD -- "${code_paths[@]}" || code_tree="$code_tree+dirty"
{
  echo "# data/kornews_ner.model: written by scripts/train-ner.sh (docs/entities.md)"
  echo "model.bytes $(stat -c %s "$model")"
  echo "model.sha256 $(sha "$model")"
  echo "model.format_version 5"
  echo "model.row_bits $BITS"
  echo "options.epochs $EPOCHS"
  echo "options.seed 20250207"
  echo "options.threads 1"
  echo "corpus.train klue-ner/klue-ner-train.jsonl"
  echo "corpus.train.sha256 $(sha "$TRAIN")"
  echo "corpus.license KLUE NER v1.1, CC BY-SA 4.0 (NOTICE)"
  echo "names $NAMES"
  echo "names.sha256 $(sha "$NAMES")"
  echo "dictionary.sha256 $(sha build/kornews.dic)"
  echo "code.files ${code_paths[*]}"
  echo "code.tree_sha256 $code_tree"
  echo "code.commit $(git rev-parse HEAD)"
} >"$model.manifest"
(cd "$out" && sha256sum kornews_ner.model kornews_ner.model.manifest >kornews_ner.model.sha256)

if ((check)); then
  if cmp -s "$model" data/kornews_ner.model; then
    echo "train-ner: retrained model is byte-identical to data/kornews_ner.model"
  else
    echo "train-ner: retrained model DIFFERS from data/kornews_ner.model" >&2; exit 1
  fi
else
  echo "train-ner: wrote $model, $model.manifest, $model.sha256"
fi
