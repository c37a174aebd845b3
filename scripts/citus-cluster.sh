# shellcheck shell=bash
# Sourced by tests/sql/citus_cluster.sh and bench/sql/citus.sh: a throwaway Citus cluster of the
# PostgreSQL named by PG_CONFIG, in a temp dir, its nodes listening only on unix sockets there.
#
#   source scripts/citus-cluster.sh
#   citus_cluster_init                 # temp dir + one initdb; stops and removes all on EXIT
#   citus_node_start coordinator       # a node (a copy of the initdb) with Citus preloaded
#   citus_node_start worker1 ...
#   citus_cluster_join                 # CREATE EXTENSION citus everywhere, add the workers
#   on worker1 -c "SELECT 1"           # psql on a node (-X -A -t, stop on error)
#   citus_node_stop worker1            # a clean stop (citus_node_start starts it again)
#
# Citus must be installed first (scripts/citus.sh). Exports PGHOST (the socket dir), PGUSER.

CITUS_BIN=$("${PG_CONFIG:-pg_config}" --bindir)
CITUS_DIR=
CITUS_NODES=()
declare -A PORT

_citus_as_owner() { if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

citus_cluster_stop() {
  [[ -n $CITUS_DIR && -d $CITUS_DIR ]] || return 0
  local n
  for n in "${CITUS_NODES[@]}"; do
    [[ -f $CITUS_DIR/$n/postmaster.pid ]] &&
      _citus_as_owner "$CITUS_BIN/pg_ctl" -D "$CITUS_DIR/$n" -m immediate -w stop >/dev/null 2>&1
  done
  rm -rf "$CITUS_DIR"
  CITUS_DIR=
}

_citus_free_port() {  # a port nothing listens on, no socket uses, and no node of ours has
  local p=${KORNEWS_PGPORT:-5497}
  p=$((p + 100))
  while ss -Hltn "sport = :$p" 2>/dev/null | grep -q . || [[ -e /tmp/.s.PGSQL.$p ]] ||
        [[ -e $CITUS_DIR/.s.PGSQL.$p ]] || [[ " ${PORT[*]} " == *" $p "* ]]; do
    p=$((p + 1))
  done
  echo "$p"
}

citus_cluster_init() {
  CITUS_DIR=$(mktemp -d /tmp/kornews-citus.XXXXXX)
  trap citus_cluster_stop EXIT
  [[ $EUID -eq 0 ]] && chown postgres: "$CITUS_DIR"
  # One initdb, copied for every node: initdb is the slow part of starting a node.
  _citus_as_owner "$CITUS_BIN/initdb" -D "$CITUS_DIR/template" -U postgres -A trust \
    --encoding=UTF8 --locale=C.UTF-8 >"$CITUS_DIR/initdb.log" 2>&1 ||
    { cat "$CITUS_DIR/initdb.log" >&2; return 1; }
  export PGHOST=$CITUS_DIR PGUSER=postgres PGDATABASE=postgres
}

citus_node_start() {  # name
  local n=$1
  [[ -d $CITUS_DIR/$n ]] || _citus_as_owner cp -a "$CITUS_DIR/template" "$CITUS_DIR/$n"
  [[ -n ${PORT[$n]:-} ]] || PORT[$n]=$(_citus_free_port)
  [[ " ${CITUS_NODES[*]} " == *" $n "* ]] || CITUS_NODES+=("$n")
  # sslmode=disable: the nodes talk over unix sockets, and Citus would otherwise make a
  # certificate and turn ssl on in each data directory. local_hostname: how a node reaches
  # itself (a rebalance does), 'localhost' by default -- a TCP port nobody listens on here.
  if ! _citus_as_owner "$CITUS_BIN/pg_ctl" -D "$CITUS_DIR/$n" -w -t 60 -l "$CITUS_DIR/$n.log" \
      -o "-p ${PORT[$n]} -k $CITUS_DIR -c listen_addresses='' -c fsync=off \
          -c shared_preload_libraries=citus -c max_prepared_transactions=20 \
          -c citus.node_conninfo=sslmode=disable -c citus.local_hostname=$CITUS_DIR" start >/dev/null; then
    echo "citus-cluster: node $n did not start" >&2
    cat "$CITUS_DIR/$n.log" >&2
    return 1
  fi
}

citus_node_stop() { _citus_as_owner "$CITUS_BIN/pg_ctl" -D "$CITUS_DIR/$1" -m fast -w stop >/dev/null; }

on() { local n=$1; shift; "$CITUS_BIN/psql" -X -v ON_ERROR_STOP=1 -q -A -t -p "${PORT[$n]}" "$@"; }

# The first node started is the coordinator; every other one becomes a worker. The nodes are
# named by their socket directory, which libpq (and so Citus) takes as a host.
citus_cluster_join() {
  local n coordinator=${CITUS_NODES[0]}
  for n in "${CITUS_NODES[@]}"; do on "$n" -c "CREATE EXTENSION IF NOT EXISTS citus" || return 1; done
  on "$coordinator" -c "SELECT citus_set_coordinator_host('$CITUS_DIR', ${PORT[$coordinator]})" >/dev/null || return 1
  for n in "${CITUS_NODES[@]:1}"; do
    on "$coordinator" -c "SELECT citus_add_node('$CITUS_DIR', ${PORT[$n]})" >/dev/null || return 1
  done
}
