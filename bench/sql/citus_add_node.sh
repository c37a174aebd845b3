#!/usr/bin/env bash
# What adding a node to a Citus cluster costs now that the node fetches the user words and
# entities itself (docs/many-machines.md, "Adding a node"): citus_add_node of a fresh node, for
# a growing number of user words on the coordinator, against
#   * the anchor: the same citus_add_node with no user words (Citus' own work, kornews' install
#     script, and kornews' fetch of nothing), and
#   * ko_cluster_sync(): the copy an operator had to run by hand after citus_add_node before,
#     to every worker.
# Coordinator + 1 worker on this machine (unix sockets, scripts/citus-cluster.sh); each
# repetition starts a fresh node, adds it, times ko_cluster_sync, removes and stops the node.
# The user words are made-up three-syllable nouns generated here (no corpus).
#   bench/sql/citus_add_node.sh
# env SIZES (default "0 1000 10000"), REPS (default 3). Builds/installs Citus first
# (scripts/citus.sh, cached); the extension must be installed (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
[[ -x $PG_CONFIG ]] || PG_CONFIG=$(command -v pg_config)
SIZES=${SIZES:-"0 1000 10000"} REPS=${REPS:-3}
scripts/citus.sh >/dev/null

source scripts/citus-cluster.sh
citus_cluster_init
citus_node_start coordinator
citus_node_start worker1
citus_cluster_join
q() { on coordinator -P pager=off "$@"; }
q -c 'CREATE EXTENSION kornews'

ms() {  # sql -> its time in ms as psql's \timing reports it (round trip included)
  q -c '\timing on' -c "$1" | sed -nE 's/^Time: ([0-9.]+) ms.*/\1/p'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

echo "== citus_add_node of a fresh node with N user words on the coordinator (coordinator + 1 worker, $REPS repetitions, median ms)"
printf '%-11s %-10s %-16s %-22s %s\n' "user words" "copy (kB)" "citus_add_node" "minus anchor (fetch)" "ko_cluster_sync (the old manual step)"
anchor=
node=0
for n in $SIZES; do
  # N distinct made-up nouns of three Hangul syllables, all tagged NNP.
  q -c "TRUNCATE kornews.user_words" -c "
    INSERT INTO kornews.user_words (word, tag)
    SELECT DISTINCT chr(44032 + (i * 37) % 11172) || chr(44032 + (i * 101 + 7) % 11172) ||
                    chr(44032 + (i / 97 * 13 + 3) % 11172), 'NNP'
      FROM generate_series(1, $n) i
    ON CONFLICT DO NOTHING" >/dev/null
  words=$(q -c "SELECT count(*) FROM kornews.user_words")
  kb=$(q -c "SELECT round(octet_length(kornews.ko_cluster_export()::text) / 1024.0, 1)")
  adds=() syncs=()
  for _ in $(seq 1 "$REPS"); do
    node=$((node + 1))
    citus_node_start "new$node"
    on "new$node" -c "CREATE EXTENSION citus"
    adds+=("$(ms "SELECT citus_add_node('$CITUS_DIR', ${PORT[new$node]})")")
    got=$(on "new$node" -c "SELECT count(*) FROM kornews.user_words")
    [[ $got == "$words" ]] || { echo "bench: the new node has $got user words, not $words" >&2; exit 1; }
    syncs+=("$(ms "SELECT count(*) FROM kornews.ko_cluster_sync()")")
    q -c "SELECT citus_remove_node('$CITUS_DIR', ${PORT[new$node]})" >/dev/null
    citus_node_stop "new$node"
    rm -rf "${CITUS_DIR:?}/new$node"
  done
  add=$(printf '%s\n' "${adds[@]}" | median)
  sync=$(printf '%s\n' "${syncs[@]}" | median)
  [[ -n $anchor ]] || anchor=$add
  printf '%-11s %-10s %-16s %-22s %s\n' "$words" "$kb" "$add" \
    "$(awk -v a="$add" -v b="$anchor" 'BEGIN { printf "%+.1f", a - b }')" "$sync"
done
echo "(anchor: the first row, citus_add_node with ${SIZES%% *} user words; ko_cluster_sync copies to 2 workers)"
