#!/usr/bin/env bash
# Measure retort against pg_dump on the corpus schemas and on generated
# schemas; see docs/performance.md.
#
#   scripts/perf.sh postgres://postgres@127.0.0.1:5432/postgres
#
# For each schema it creates two databases (perf_<name>_a, loaded; and
# perf_<name>_b, a copy made with CREATE DATABASE ... TEMPLATE), times
#   retort inspect <a> --format $FORMAT      (default sql)
#   pg_dump --schema-only <a>
#   retort diff --exit-code --from <a> --to <b>   (must print an empty plan)
# RUNS times each, taking turns (the median wall time is reported, and the
# highest peak resident memory from /usr/bin/time -f %M), drops the two
# databases, and prints a Markdown table, then the targets of
# docs/performance.md.
#
# Environment:
#   RETORT   retort binary (default: built from this repository into a temp dir)
#   CORPUS   corpus directory (default: ../shared/corpus next to the repository)
#   NAMES    corpus schemas to run (default: every one load.sh --list names)
#   SIZES    generated schema sizes in tables (default: "1000 5000"; "" for none)
#   RUNS     runs per measurement (default 5)
#   FORMAT   retort inspect --format (default sql, as pg_dump prints SQL)
#   ANALYZE  1 (default): ANALYZE each database after loading, so the catalog
#            statistics are those of a live database where autovacuum has run;
#            0: measure the database as freshly loaded
# Needs psql, pg_dump, go (unless RETORT is set) and GNU time at /usr/bin/time.
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 <server-url>   e.g. $0 postgres://postgres@127.0.0.1:5432/postgres" >&2
  exit 2
fi
server="$1"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="${CORPUS:-$repo/../shared/corpus}"
sizes="${SIZES-1000 5000}"
runs="${RUNS:-5}"
format="${FORMAT:-sql}"
analyze="${ANALYZE:-1}"
timecmd=/usr/bin/time
[[ -x "$timecmd" ]] || { echo "perf.sh: GNU time not found at $timecmd (apt-get install time)" >&2; exit 2; }
[[ -x "$corpus/load.sh" ]] || { echo "perf.sh: no corpus at $corpus (set CORPUS)" >&2; exit 2; }

work="$(mktemp -d)"
created=()
cleanup() {
  for db in "${created[@]}"; do
    psql "$server" -X -q -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1 || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

retort="${RETORT:-}"
if [[ -z "$retort" ]]; then
  (cd "$repo" && go build -o "$work/retort" ./cmd/retort)
  retort="$work/retort"
fi
if [[ -n "$sizes" ]]; then
  (cd "$repo" && go build -o "$work/retort-gen" ./internal/gen/cmd/retort-gen)
fi

# dburl NAME: the server URL with its database replaced by NAME.
dburl() {
  local base="${server%%\?*}" query=""
  [[ "$server" == *\?* ]] && query="?${server#*\?}"
  local scheme="${base%%://*}" rest="${base#*://}"
  echo "$scheme://${rest%%/*}/$1$query"
}

admin() { PGOPTIONS="-c client_min_messages=warning" psql "$server" -X -q -v ON_ERROR_STOP=1 -c "$1" >/dev/null; }

# once LABEL CMD...: runs CMD once with stdout discarded; sets $secs (wall
# time, from bash's clock, to the millisecond) and $kib (peak resident
# memory, from /usr/bin/time). Fails, showing the output, on a non-zero
# exit.
once() {
  local label="$1"; shift
  local start=$EPOCHREALTIME
  if ! "$timecmd" -f '%M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr"; then
    echo "perf.sh: $label failed:" >&2
    cat "$work/stderr" >&2
    "$@" 2>/dev/null | head -n 40 >&2 || true
    exit 1
  fi
  secs="$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.3f", b - a }')"
  kib="$(tail -n 1 "$work/time")"
}

# median NUMBERS...: the median (the lower middle one for an even count).
median() { printf '%s\n' "$@" | sort -g | sed -n "$((($# + 1) / 2))p"; }

rows=()
declare -A diffsecs diffkib inspectsecs dumpsecs

# run NAME LOADER...: loads a schema with LOADER <url> into perf_NAME_a,
# copies it, measures, drops both.
run() {
  local name="$1"; shift
  local a="perf_${name}_a" b="perf_${name}_b"
  admin "DROP DATABASE IF EXISTS $a WITH (FORCE)"
  admin "DROP DATABASE IF EXISTS $b WITH (FORCE)"
  created+=("$a" "$b")
  admin "CREATE DATABASE $a TEMPLATE template0"
  echo "perf.sh: loading $name" >&2
  "$@" "$(dburl "$a")"
  if [[ "$analyze" == 1 ]]; then
    psql "$(dburl "$a")" -X -q -c "ANALYZE" >/dev/null
  fi
  admin "CREATE DATABASE $b TEMPLATE $a"
  local tables
  tables="$(psql "$(dburl "$a")" -X -A -t -c "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'")"

  echo "perf.sh: measuring $name ($tables tables)" >&2
  # The three commands take turns, so that a change in the machine's load
  # during the runs weighs on each of them alike.
  local its=() dts=() fts=() ik=0 dk=0 fk=0 r
  for ((r = 0; r < runs; r++)); do
    once "retort inspect $name" "$retort" inspect "$(dburl "$a")" --format "$format"
    its+=("$secs"); ((kib > ik)) && ik=$kib
    once "pg_dump $name" pg_dump --schema-only "$(dburl "$a")"
    dts+=("$secs"); ((kib > dk)) && dk=$kib
    once "retort diff $name" "$retort" diff --exit-code --from "$(dburl "$a")" --to "$(dburl "$b")"
    fts+=("$secs"); ((kib > fk)) && fk=$kib
  done
  local is ds fs
  is="$(median "${its[@]}")"; ds="$(median "${dts[@]}")"; fs="$(median "${fts[@]}")"
  local ratio
  ratio="$(awk -v a="$is" -v b="$ds" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')"
  rows+=("| $name | $tables | $is | $ds | $ratio | $fs | $((ik / 1024)) | $((fk / 1024)) | $((dk / 1024)) |")
  inspectsecs[$name]=$is; dumpsecs[$name]=$ds; diffsecs[$name]=$fs; diffkib[$name]=$fk

  admin "DROP DATABASE $b WITH (FORCE)"
  admin "DROP DATABASE $a WITH (FORCE)"
}

load_corpus() { PGOPTIONS="-c synchronous_commit=off" "$corpus/load.sh" "$1" "$2" >/dev/null; }
load_generated() {
  local n="$1" url="$2"
  "$work/retort-gen" -tables "$n" -seed 1 >"$work/gen.sql"
  PGOPTIONS="-c synchronous_commit=off -c client_min_messages=warning" \
    psql "$url" -X -q -o /dev/null -v ON_ERROR_STOP=1 -f "$work/gen.sql"
}

names="${NAMES:-$("$corpus/load.sh" --list | tr '\n' ' ')}"
for name in $names; do
  run "$name" load_corpus "$name"
done
for n in $sizes; do
  run "gen_$n" load_generated "$n"
done

echo
echo "| schema | tables | inspect (s) | pg_dump (s) | inspect / pg_dump | diff no-op (s) | inspect peak (MiB) | diff peak (MiB) | pg_dump peak (MiB) |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${rows[@]}"
echo

# Targets (docs/performance.md).
verdict() { if awk "BEGIN { exit !($1) }"; then echo "met"; else echo "MISSED"; fi; }
echo "Targets:"
for name in $names; do
  echo "- $name: inspect <= pg_dump: $(verdict "${inspectsecs[$name]} <= ${dumpsecs[$name]}")"
done
for name in chado musicbrainz; do
  [[ -n "${diffsecs[$name]:-}" ]] && echo "- $name: diff of two copies <= 1 s: $(verdict "${diffsecs[$name]} <= 1")"
done
if [[ -n "${diffsecs[gen_5000]:-}" ]]; then
  echo "- gen_5000: no-op diff <= 5 s: $(verdict "${diffsecs[gen_5000]} <= 5")"
  echo "- gen_5000: diff peak memory <= 1 GiB: $(verdict "${diffkib[gen_5000]} <= 1048576")"
fi
if [[ -n "${diffsecs[gen_1000]:-}" && -n "${diffsecs[gen_5000]:-}" ]]; then
  for what in inspect diff; do
    if [[ $what == inspect ]]; then t1=${inspectsecs[gen_1000]}; t5=${inspectsecs[gen_5000]}; else t1=${diffsecs[gen_1000]}; t5=${diffsecs[gen_5000]}; fi
    f="$(awk -v a="$t5" -v b="$t1" 'BEGIN { printf "%.1f", a / b }')"
    echo "- gen_1000 -> gen_5000: $what costs ${f}x (<= 6x): $(verdict "$t5 <= 6 * $t1")"
  done
fi
