#!/bin/bash
# Speed of `kornews headlines` on each pasted-list format of docs/headlines.md, MB/s, against an
# anchor binary (default: the same binary; e.g. KORNEWS_ANCHOR=/work/main/build/kornews for the
# parser before a change). Lists are generated from a few lines written for this script, about
# 20 MB each; the best of 3 runs is shown. Not a test: it prints a table.
#   bench/headline_formats.sh [CLI]        (CLI default: build/kornews)
set -euo pipefail
cd "$(dirname "$0")/.."
cli=${1:-build/kornews}
anchor=${KORNEWS_ANCHOR:-$cli}
work=$(mktemp -d /tmp/kornews-hbench.XXXXXX)
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import sys
d = sys.argv[1]
n = 150000
def write(name, make):
    with open(f'{d}/{name}.txt', 'w', encoding='utf-8') as f:
        for i in range(n):
            f.write(make(i))
write('board', lambda i: f'{100000 + i} [단독] 항만 자동화 {i}번째 시험 운영 바다일보 2025.02.07 1,204\n')
write('portal', lambda i: f'반도체 수출 {i}번째 늘어 한국경제 {i % 59 + 1}분 전\n')
write('stacked', lambda i: f'매일경제\n{i % 23 + 1}시간 전\n겨울 가뭄에 저수율 {i}번째 뚝\n')
write('csv', lambda i: f'{i},"트럼프 ""관세"" 발표 {i}, 증시 출렁",바다일보,2025-02-07\n')
write('html', lambda i: f'<tr><td>{i}</td><td><a href="/v/{i}"><b>[속보]</b> 폭설에 항공편 {i} 결항</a></td><td>한빛일보</td><td>2025.02.07</td></tr>\n')
PY

best() {  # binary, file -> best seconds of 3
  local b=$1 f=$2 t best=
  for _ in 1 2 3; do
    t=$( { /usr/bin/time -f %e "$b" headlines --reference-date "2025-02-07 10:40" <"$f" >/dev/null; } 2>&1 | tail -1)
    if [[ -z $best ]] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
  done
  echo "$best"
}
printf '%-10s %8s %12s %12s %12s %12s\n' format MB "$(basename "$cli") s" "MB/s" "anchor s" "anchor MB/s"
for f in board portal stacked csv html; do
  file=$work/$f.txt
  mb=$(awk "BEGIN{printf \"%.1f\", $(stat -c %s "$file") / 1048576}")
  t=$(best "$cli" "$file"); a=$(best "$anchor" "$file")
  printf '%-10s %8s %12s %12.1f %12s %12.1f\n' "$f" "$mb" "$t" "$(awk "BEGIN{print $mb / ($t + 0.001)}")" \
    "$a" "$(awk "BEGIN{print $mb / ($a + 0.001)}")"
done
