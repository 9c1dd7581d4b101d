#!/usr/bin/env bash
# The series behind the README's "Loading, linting and indexing at scale" figures: per round, serdi's parse of the
# file (the peer, in the same minute) and then `vocab-load` of it with the server's garbage collector; at 350k the last
# round also times each phase alone. Generates the inputs with ../shared/bench/gen_skos.py when they are missing.
#
#   tests/ToekomstZorg.Semantics.Benchmarks/scripts/vocab-load-series.sh [ROUNDS_100K] [ROUNDS_350K]
#
# Do not build or test beside it: the machine's two cores are the resource measured.
set -euo pipefail
cd "$(dirname "$0")/../../.."

rounds100=${1:-3}
rounds350=${2:-2}
work=${TZSEM_BENCH_DIR:-/tmp/tzsem-bench}
mkdir -p "$work"
for concepts in 100000 350000; do
  [ -s "$work/skos$concepts.ttl" ] || /usr/bin/python3 ../shared/bench/gen_skos.py "$concepts" > "$work/skos$concepts.ttl"
done

dotnet build tests/ToekomstZorg.Semantics.Benchmarks -c Release --nologo -v q >/dev/null
bench=tests/ToekomstZorg.Semantics.Benchmarks/bin/Release/net10.0/ToekomstZorg.Semantics.Benchmarks.dll

# round CONCEPTS RUNS [ARGS...]: serdi, then vocab-load with server GC
round() {
  local concepts=$1 runs=$2
  shift 2
  echo "== $concepts concepts, $(date -u +%H:%M:%S) UTC, load average $(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/time -f "serdi -i turtle -o ntriples: %e s" serdi -i turtle -o ntriples "$work/skos$concepts.ttl" > /dev/null
  DOTNET_gcServer=1 dotnet "$bench" vocab-load "$work/skos$concepts.ttl" --runs "$runs" "$@"
}

for _ in $(seq 1 "$rounds100"); do
  round 100000 6
done

for i in $(seq 1 "$rounds350"); do
  if [ "$i" = "$rounds350" ]; then round 350000 4 --phases 3; else round 350000 4; fi
done
