#!/bin/sh
# The `kornews entities` contract the eval relies on: exactly one line per input line (empty
# lines, lines of spaces, control characters and emoji included), each a JSON array of
# {"start","end","label","text","normalized","value","unit","starts","ends","duration"} whose
# spans give back their text (the typed values as ko_entities has them); a missing model
# is an error. Uses build/kornews and the committed model; needs no server. Exit 0 = pass.
set -eu
cd "$(dirname "$0")/../.."

fail=0
input=$(mktemp); output=$(mktemp)
trap 'rm -f "$input" "$output"' EXIT
printf '%s\n' '김철수 씨는 한국은행에 3천만 원을 예금했다.' '' '   ' \
  "$(printf '\001\002김철수\007 씨 😀👍🏽 \\"따옴표\\"')" '어제 美 대사관 앞' >"$input"

if build/kornews entities --reference-date 2025-02-10 <"$input" >"$output"; then
  echo "ok    entities runs"
else
  echo "FAIL  entities exited non-zero"; fail=1
fi
if [ "$(wc -l <"$output")" -eq "$(wc -l <"$input")" ]; then
  echo "ok    one output line per input line"
else
  echo "FAIL  $(wc -l <"$output") output lines for $(wc -l <"$input") input lines"; fail=1
fi
if python3 - "$input" "$output" <<'PY'
import json, sys
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')[:-1]
outs = open(sys.argv[2], encoding='utf-8').read().split('\n')[:-1]
for text, out in zip(lines, outs):
    arr = json.loads(out)
    assert isinstance(arr, list), out
    for e in arr:
        assert set(e) == {'start', 'end', 'label', 'text', 'normalized',
                          'value', 'unit', 'starts', 'ends', 'duration'}, e
        assert text[e['start']:e['end']] == e['text'], (text, e)
        assert e['label'] in ('PS', 'LC', 'OG', 'DT', 'TI', 'QT'), e
assert outs[1] == '[]' and outs[2] == '[]', outs[1:3]
first = json.loads(outs[0])
assert [(e['text'], e['label'], e['normalized']) for e in first][-1] == ('3천만 원', 'QT', '30000000 KRW'), first
last = json.loads(outs[4])
assert ('어제', 'DT', '2025-02-09') in [(e['text'], e['label'], e['normalized']) for e in last], last
# The typed values: an exact number and its unit, a day as a half-open range.
assert (first[-1]['value'], first[-1]['unit'], first[-1]['starts']) == (30000000, 'KRW', None), first
yesterday = [e for e in last if e['text'] == '어제'][0]
assert (yesterday['starts'], yesterday['ends'], yesterday['value']) == (
    '2025-02-09T00:00:00', '2025-02-10T00:00:00', None), yesterday
PY
then
  echo "ok    valid JSON, spans give back their text, values normalized"
else
  echo "FAIL  output is not what the contract says"; fail=1
fi
if err=$(echo '김철수' | build/kornews entities --model /nonexistent/kornews_ner.model 2>&1); then
  echo "FAIL  a missing model did not fail"; fail=1
elif printf '%s' "$err" | grep -q 'cannot open entity model'; then
  echo "ok    a missing model is a clear error"
else
  echo "FAIL  unclear error for a missing model: $err"; fail=1
fi
exit $fail
