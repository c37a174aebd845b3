# shellcheck shell=bash
# Sourced by demo.sh, test.sh, bench-sql.sh and eval/retrieval.sh: a private, throwaway
# PostgreSQL 15 instance in a temp dir, reachable only through a unix socket in that dir.
#
#   source scripts/pg-temp.sh
#   pg_temp_start            # exports PGHOST PGPORT PGUSER PGDATABASE; stops + removes on EXIT
#
# PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user (the
# Debian package creates it). The port is only the socket's name (no TCP listener), but we still
# pick one nothing else listens on so that a developer's TCP tools never point at the wrong server.

PG_BINDIR=$(pg_config --bindir)
PG_TEMP_DIR=

_pg_as_owner() {
  if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

_pg_free_port() {
  local p=${KORNEWS_PGPORT:-5497}
  while ss -Hltn "sport = :$p" 2>/dev/null | grep -q . || [[ -e /tmp/.s.PGSQL.$p ]]; do
    p=$((p + 1))
  done
  echo "$p"
}

pg_temp_stop() {
  [[ -n $PG_TEMP_DIR && -d $PG_TEMP_DIR ]] || return 0
  if [[ -f $PG_TEMP_DIR/data/postmaster.pid ]]; then
    _pg_as_owner "$PG_BINDIR/pg_ctl" -D "$PG_TEMP_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$PG_TEMP_DIR"
  PG_TEMP_DIR=
}

pg_temp_start() {
  PG_TEMP_DIR=$(mktemp -d /tmp/kornews-pg.XXXXXX)
  trap pg_temp_stop EXIT
  # The server must own its data dir; /tmp/kornews-pg.* is only reachable by it and root.
  [[ $EUID -eq 0 ]] && chown postgres: "$PG_TEMP_DIR"
  _pg_as_owner "$PG_BINDIR/initdb" -D "$PG_TEMP_DIR/data" -U postgres -A trust \
    --encoding=UTF8 --locale=C.UTF-8 >"$PG_TEMP_DIR/initdb.log" 2>&1 \
    || { cat "$PG_TEMP_DIR/initdb.log" >&2; return 1; }
  local port; port=$(_pg_free_port)
  if ! _pg_as_owner "$PG_BINDIR/pg_ctl" -D "$PG_TEMP_DIR/data" -w -t 60 \
      -l "$PG_TEMP_DIR/server.log" \
      -o "-p $port -k $PG_TEMP_DIR -c listen_addresses='' -c fsync=off" start >/dev/null; then
    cat "$PG_TEMP_DIR/server.log" >&2
    return 1
  fi
  export PGHOST=$PG_TEMP_DIR PGPORT=$port PGUSER=postgres PGDATABASE=postgres
  echo "pg-temp: PostgreSQL $("$PG_BINDIR/postgres" -V | awk '{print $3}') on socket $PGHOST port $PGPORT" >&2
}
