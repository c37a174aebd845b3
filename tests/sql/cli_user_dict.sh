#!/bin/bash
# The CLI side of new words (no server needed): `kornews analyze --user-dict FILE` uses the
# file's words, and a bad line stops it with FILE:LINE; `kornews discover` proposes a word the
# dictionary splits. Sentences written for this test. Exit status 0 = pass.
set -u
cd "$(dirname "$0")/../.."
KORNEWS=${KORNEWS_BIN:-build/kornews}
work=$(mktemp -d /tmp/kornews-cli-words.XXXXXX)
trap 'rm -rf "$work"' EXIT
fail=0
check() {  # name, expected, actual
  if [[ $2 == "$3" ]]; then echo "ok    $1"; else
    echo "FAIL  $1"; echo "      expected: $2"; echo "      actual:   $3"; fail=1
  fi
}

printf '# words of the week\n\n솔빛전자\tNNP\t\t솔빛+전자\n별솔바이오\tNNP\t-\n' >"$work/words.tsv"
check "analyze without the words" "솔빛/NNP 전자/NNG 가/JKS" \
  "$(echo '솔빛전자가' | $KORNEWS analyze)"
check "analyze --user-dict" "솔빛전자/NNP 가/JKS 별솔바이오/NNP 를/JKO" \
  "$(echo '솔빛전자가 별솔바이오를' | $KORNEWS analyze --user-dict "$work/words.tsv")"

printf '솔빛전자\tNNP\n별솔 바이오\tNNP\n' >"$work/bad.tsv"
out=$(echo x | $KORNEWS analyze --user-dict "$work/bad.tsv" 2>&1)
check "a refused word: exit status 1" "1" "$?"
check "a refused word names FILE:LINE" \
  "kornews analyze: $work/bad.tsv:2: user word \"별솔 바이오\" (NNP): the word contains whitespace or a control character" \
  "$(head -1 <<<"$out")"
printf '솔빛전자 NNP\n' >"$work/bad2.tsv"
check "a malformed line names FILE:LINE" \
  "kornews analyze: $work/bad2.tsv:1: expected word<TAB>tag, found no tab" \
  "$(echo x | $KORNEWS analyze --user-dict "$work/bad2.tsv" 2>&1 | head -1)"
check "a missing file is an error" "1" \
  "$(echo x | $KORNEWS analyze --user-dict "$work/none.tsv" >/dev/null 2>&1; echo $?)"

for i in 1 2 3 4 5 6; do
  for j in 이 의 을 은 도; do echo "달빛시장$j 오늘 열렸다"; done
done >"$work/texts.txt"
echo "달빛 아래 시장이 섰다" >>"$work/texts.txt"  # the parts also stand alone: suggested
top=$($KORNEWS discover --min-count 5 <"$work/texts.txt" | head -1 | cut -f2-6)
check "discover finds the split word" "$(printf '30\t달빛시장\tNNG\t달빛/NNG+시장/NNG\t달빛+시장')" "$top"
check "discover --user-dict: a known word is not proposed" "" \
  "$(printf '달빛시장\tNNG\n' >"$work/known.tsv"; $KORNEWS discover --user-dict "$work/known.tsv" <"$work/texts.txt" | grep -c '달빛시장' | grep -v '^0$')"
exit $fail
