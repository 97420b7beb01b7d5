#!/usr/bin/env bash
# pg-client.sh: PostgreSQL client programs (pg_dump, pg_restore, psql) of
# majors that neither the matrix's server builds nor Debian bookworm have.
#
#   scripts/pg-client.sh MAJOR...    build each major's clients once (17, 18);
#                                    print "MAJOR BINDIR" lines
#
# The matrix's server builds (scripts/pg-matrix.sh) hold only initdb, pg_ctl
# and postgres, and bookworm has postgresql-client-15 only; the acceptance
# harness's second opinion (a pg_dump of the target restored into a fresh
# database) needs a pg_dump of the server's major or newer, and pg_dump
# dumps every older server. So 17 and 18 are built from the source that
# Debian ships: the orig tarball of postgresql-17 (trixie) and
# postgresql-18 (sid), its name and SHA-256 read from the suite's
# Sources index on deb.debian.org ($RETORT_DEBIAN_MIRROR changes the
# mirror), and checked before it is unpacked. Only the clients and libpq
# are built (no ICU, readline, zlib, OpenSSL: nothing beyond libc), which
# needs gcc, make, perl, bison and flex (since 17 the tarballs carry no
# generated parsers). They are installed under $RETORT_PG_CACHE/client-MAJOR
# (the cache of scripts/pg-matrix.sh), and a later run reuses them.
# pgtest.ClientTool finds them there (and in the bin directories that
# RETORT_PG_CLIENT_DIRS lists). scripts/test.sh builds 18's before the
# matrix runs: pg_dump 18 dumps every older server.
set -euo pipefail

# The Debian suite whose Sources lists each major's source package.
declare -A suite=(
  [17]=trixie
  [18]=sid
)

die() { echo "pg-client: $*" >&2; exit 1; }

if [[ $(id -u) -eq 0 ]]; then
  cache=${RETORT_PG_CACHE:-/var/cache/retort/pg}
else
  cache=${RETORT_PG_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/retort/pg}
fi
mirror=${RETORT_DEBIAN_MIRROR:-http://deb.debian.org/debian}

majors=()
while [[ $# -gt 0 ]]; do
  case $1 in
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *)
      [[ -n ${suite[$1]:-} ]] || die "no client build for major '$1': give 17 or 18"
      majors+=("$1") ;;
  esac
  shift
done
[[ ${#majors[@]} -gt 0 ]] || die "no major given: e.g. scripts/pg-client.sh 17 18 (see --help)"

# built DIR MAJOR: whether DIR/bin holds working clients of MAJOR.
built() {
  local p
  for p in pg_dump pg_restore psql; do
    "$1/bin/$p" --version 2>/dev/null | grep -q "(PostgreSQL) $2\." || return 1
  done
}

# build MAJOR: build and install the clients under the cache (once); print the bin directory.
build() {
  local major=$1 dir=$cache/client-$1
  if built "$dir" "$major"; then
    echo "$dir/bin"
    return
  fi
  local tool
  for tool in curl xz gcc make perl bison flex; do
    command -v "$tool" >/dev/null ||
      die "$tool is needed to build the PostgreSQL $major clients (apt-get install curl xz-utils gcc make perl bison flex)"
  done
  mkdir -p "$cache"
  local tmp
  tmp=$(mktemp -d "$cache/.client-$major.XXXXXX")
  # shellcheck disable=SC2064
  trap "rm -rf '$tmp'" EXIT

  # The source package's stanza in Sources: its directory in the pool and
  # the orig tarball's SHA-256 (the Checksums-Sha256 field).
  local sources=$mirror/dists/${suite[$major]}/main/source/Sources.xz
  curl -fsSL --retry 3 "$sources" -o "$tmp/Sources.xz" || die "could not download $sources"
  local stanza
  stanza=$(xz -dc "$tmp/Sources.xz" |
    awk -v p="postgresql-$major" 'BEGIN { RS = "" } $0 ~ "^Package: " p "\n" { print; exit }')
  [[ -n $stanza ]] || die "no source package postgresql-$major in $sources"
  local version pool sha file
  version=$(sed -n 's/^Version: //p' <<<"$stanza")
  pool=$(sed -n 's/^Directory: //p' <<<"$stanza")
  read -r sha file < <(awk '/^Checksums-Sha256:/ { on = 1; next } /^[^ ]/ { on = 0 }
    on && $3 ~ /\.orig\.tar\./ { print $1, $3; exit }' <<<"$stanza")
  [[ -n $pool && -n $sha && -n $file ]] || die "postgresql-$major's stanza in $sources names no orig tarball"
  echo "pg-client: building the PostgreSQL $major clients from $file (Debian $version); this takes a few minutes" >&2
  curl -fsSL --retry 3 "$mirror/$pool/$file" -o "$tmp/$file" || die "could not download $mirror/$pool/$file"
  echo "$sha  $tmp/$file" | sha256sum -c --quiet - || die "$file does not match its SHA-256 in $sources"
  mkdir "$tmp/src"
  tar -xf "$tmp/$file" -C "$tmp/src" --strip-components=1

  # Installed straight into the final prefix (the programs find libpq there
  # by their rpath), which is removed first and again when a step fails.
  rm -rf "$dir"
  local jobs log=$tmp/build.log start=$SECONDS
  jobs=$(nproc 2>/dev/null || echo 2)
  if ! (
    cd "$tmp/src"
    echo "configure: $(date +%T)"
    ./configure --prefix="$dir" --without-icu --without-readline --without-zlib \
      --without-openssl --without-lz4 --without-zstd --without-gssapi --without-ldap \
      --without-pam --without-libxml --without-libxslt --without-systemd --without-selinux \
      --disable-nls CFLAGS=-O2
    echo "make: $(date +%T)"
    make -j"$jobs" -C src/interfaces/libpq
    for p in pg_dump psql; do make -j"$jobs" -C "src/bin/$p"; done
    make -C src/interfaces/libpq install
    for p in pg_dump psql; do make -C "src/bin/$p" install; done
  ) >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    rm -rf "$dir"
    die "building the PostgreSQL $major clients failed (the end of the log is above)"
  fi
  chmod -R a+rX "$dir"
  built "$dir" "$major" || { rm -rf "$dir"; die "the PostgreSQL $major clients built in $dir do not run"; }
  rm -rf "$tmp"
  trap - EXIT
  echo "pg-client: the PostgreSQL $major clients are in $dir/bin (built in $((SECONDS - start))s)" >&2
  echo "$dir/bin"
}

for m in "${majors[@]}"; do
  bin=$(build "$m")
  echo "$m $bin"
done
