#!/usr/bin/env bash
# Builds Citus from the vendored source (../shared/vendor/citus-<version>.tar.gz, checked against
# its .sha256) and installs it into the PostgreSQL that PG_CONFIG names. Citus is not packaged in
# Debian 12; the multi-node test (tests/sql/citus_cluster.sh) and bench/sql/citus.sh need it.
#
#   scripts/citus.sh            # prints the installed version on the last line
#
# The build tree is cached in .cache/citus-<version>-<PostgreSQL version>/ (gitignored): the
# first run takes a few minutes on 2 cores, later runs only `make install` (seconds), and do
# nothing at all when the installed citus.so is already the cached one.
# Environment: PG_CONFIG (default /usr/lib/postgresql/15/bin/pg_config), KORNEWS_VENDOR (default
# ../shared/vendor next to the checkout), CITUS_VERSION (default 13.2.2, the last line for PG 15).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/15/bin/pg_config}
[[ -x $PG_CONFIG ]] || PG_CONFIG=$(command -v pg_config)
version=${CITUS_VERSION:-13.2.2}
vendor=${KORNEWS_VENDOR:-$root/../shared/vendor}
tarball=$vendor/citus-$version.tar.gz
pgver=$("$PG_CONFIG" --version | awk '{print $2}')
cache=$root/.cache/citus-$version-$pgver
src=$cache/citus-$version

fail() { echo "citus.sh: $*" >&2; exit 1; }

if [[ ! -f $cache/built.stamp ]]; then
  [[ -f $tarball ]] || fail "no Citus source at $tarball (set KORNEWS_VENDOR to the directory holding it)"
  if [[ -f $tarball.sha256 ]]; then
    (cd "$(dirname "$tarball")" && sha256sum -c --quiet "$(basename "$tarball").sha256") \
      || fail "$tarball does not match its .sha256"
  fi
  for tool in autoconf flex bison; do
    command -v "$tool" >/dev/null || fail "$tool is missing (scripts/setup.sh installs Citus' build dependencies)"
  done
  rm -rf "$cache"
  mkdir -p "$cache"
  tar xzf "$tarball" -C "$cache"
  # PostgreSQL 15.20's headers declare have_createdb_privilege() (backported), and Citus 13.2.2
  # also defines a static one for PostgreSQL < 16: give Citus' copy its own name.
  sed -i -e 's/^have_createdb_privilege(void)/citus_have_createdb_privilege(void)/' \
         -e 's/^#define have_createdb_privilege() have_createdb_privilege()/#define citus_have_createdb_privilege() have_createdb_privilege()/' \
         "$src/src/include/pg_version_compat.h"
  sed -i 's/!have_createdb_privilege()/!citus_have_createdb_privilege()/' \
         "$src/src/backend/distributed/commands/serialize_distributed_ddls.c"
  echo "citus.sh: building Citus $version for PostgreSQL $pgver in $cache (a few minutes)" >&2
  (
    cd "$src"
    ./configure PG_CONFIG="$PG_CONFIG" --without-libcurl >"$cache/configure.log" 2>&1 \
      || { tail -30 "$cache/configure.log" >&2; exit 1; }
    # with_llvm=no: no JIT bitcode (a second compile of every file with clang, unused here).
    make -j"$(nproc)" with_llvm=no </dev/null >"$cache/make.log" 2>&1 \
      || { grep -E 'error|Error' "$cache/make.log" | head -30 >&2; exit 1; }
  ) || fail "building Citus failed (logs in $cache)"
  touch "$cache/built.stamp"
fi

# Install unless the very same citus.so is already there (the install is what a fresh
# PostgreSQL, e.g. CI's, lacks; the build is what takes long).
pkglibdir=$("$PG_CONFIG" --pkglibdir)
built_so=$(find "$src/src/backend/distributed" -maxdepth 1 -name 'citus.so' | head -1)
[[ -n $built_so ]] || fail "the cached build in $cache has no citus.so; remove $cache and rerun"
if ! cmp -s "$built_so" "$pkglibdir/citus.so" ||
   [[ ! -f $("$PG_CONFIG" --sharedir)/extension/citus.control ]]; then
  [[ -w $pkglibdir ]] || fail "cannot write $pkglibdir (run as root or point PG_CONFIG at a private PostgreSQL)"
  make -C "$src" install with_llvm=no PG_CONFIG="$PG_CONFIG" </dev/null >"$cache/install.log" 2>&1 \
    || { tail -30 "$cache/install.log" >&2; fail "make install failed"; }
fi
echo "citus.sh: Citus $version installed in $pkglibdir"
