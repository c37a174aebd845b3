#!/usr/bin/env bash
# Entity F1 on KLUE-NER dev (the even half in ../shared), as ../shared/eval/README.md measures it:
# kornews' tagger with the committed model, and the naive MeCab dictionary baseline (the floor),
# both scored by ../shared/eval/ner_score.py. Target: micro entity F1 >= 80.
#   eval/ner.sh [--retrain] [ner_score.py options, e.g. --json]
# --retrain first trains a model from ../shared/corpora/klue-ner/klue-ner-train.jsonl into a temp
# file (the command that made data/kornews_ner.model), says whether it is byte-identical to the
# committed one, and scores it instead.
set -euo pipefail
cd "$(dirname "$0")/.."

C=../shared/corpora/klue-ner
E=../shared/eval
retrain=0
[[ ${1:-} == --retrain ]] && { retrain=1; shift; }
[[ -f $C/klue-ner-dev-even.jsonl ]] || { echo "ner: no gold at $C (needs ../shared beside the project)" >&2; exit 2; }
[[ -x build/kornews && -f build/kornews.dic ]] || scripts/setup.sh

T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
model=data/kornews_ner.model
if ((retrain)); then
  time build/kornews train-ner --train $C/klue-ner-train.jsonl --out "$T/ner.model"
  if cmp -s "$T/ner.model" "$model"; then echo "retrained model is byte-identical to $model"
  else echo "retrained model differs from $model"; fi
  model=$T/ner.model
fi

echo "== kornews entities (model $model) on klue-ner-dev-even"
build/kornews entities --model "$model" <$C/klue-ner-dev-even.txt >"$T/ours.jsonl"
python3 $E/ner_score.py $C/klue-ner-dev-even.jsonl "$T/ours.jsonl" "$@"
echo
echo "== baseline_mecab_ner.py (the floor)"
if command -v mecab >/dev/null && [[ -f .cache/mecab-ko-dic/sys.dic ]]; then
  MECAB_KO_DIC=$PWD/.cache/mecab-ko-dic python3 $E/baseline_mecab_ner.py <$C/klue-ner-dev-even.txt >"$T/base.jsonl"
  python3 $E/ner_score.py $C/klue-ner-dev-even.jsonl "$T/base.jsonl" "$@"
else
  echo "(skipped: needs Debian's mecab and .cache/mecab-ko-dic; see ../shared/eval/README.md)"
fi
