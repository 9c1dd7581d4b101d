#!/usr/bin/env bash
# Whole-process comparison of `tzsem convert --to ntriples` with serdi and rapper on the synthetic SKOS
# benchmark (../shared/bench/gen_skos.py), plus graph load and the Turtle round trip. Prints a markdown table.
#
#   tests/ToekomstZorg.Semantics.Benchmarks/scripts/convert-vs-serdi.sh [CONCEPTS] [RUNS]
#
# CONCEPTS defaults to 100000 (skos100k.ttl, ~40 MB, ~950k triples); RUNS (default 5) runs per tool, the
# median wall time and median peak RSS are reported (GNU time: %e, %M).
set -euo pipefail
cd "$(dirname "$0")/../../.."

concepts=${1:-100000}
runs=${2:-5}
work=${TZSEM_BENCH_DIR:-/tmp/tzsem-bench}
mkdir -p "$work"
input="$work/skos$concepts.ttl"
[ -s "$input" ] || /usr/bin/python3 ../shared/bench/gen_skos.py "$concepts" > "$input"

# tzsem as it ships: Release, ReadyToRun (the Cli project turns it on when publishing for a runtime).
rid=linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')
dotnet publish src/ToekomstZorg.Semantics.Cli -c Release -r "$rid" --self-contained false -o "$work/tzsem" --nologo -v q >/dev/null
dotnet publish tests/ToekomstZorg.Semantics.Benchmarks -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$work/bench" --nologo -v q >/dev/null
# The graph-load measurement runs with the same runtime settings as tzsem.
export DOTNET_TieredPGO=0

# median of a column of numbers
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# measure NAME CMD...: runs CMD $runs times with stdout to /dev/null, records "wall rss" per run
measure() {
  local name=$1; shift
  : > "$work/$name.times"
  for _ in $(seq "$runs"); do
    /usr/bin/time -f '%e %M' -o "$work/$name.run" "$@" > /dev/null
    cat "$work/$name.run" >> "$work/$name.times"
  done
  local wall rss
  wall=$(awk '{print $1}' "$work/$name.times" | median)
  rss=$(awk '{print $2}' "$work/$name.times" | median)
  printf '%s %s %s\n' "$name" "$wall" "$((rss / 1024))"
}

triples=$("$work/tzsem/tzsem" convert "$input" | wc -l)
size_mb=$(( $(stat -c %s "$input") / 1000000 ))

results=()
results+=("$(measure tzsem "$work/tzsem/tzsem" convert --to ntriples "$input")")
results+=("$(measure serdi serdi -i turtle -o ntriples "$input")")
if command -v rapper >/dev/null; then
  results+=("$(measure rapper rapper -q -i turtle -o ntriples "$input")")
fi
results+=("$(measure graph-load "$work/bench/ToekomstZorg.Semantics.Benchmarks" graph-load "$input")")
results+=("$(measure to-turtle "$work/tzsem/tzsem" convert --to turtle "$input")")

roundtrip=$("$work/bench/ToekomstZorg.Semantics.Benchmarks" turtle-roundtrip "$input" "$work/roundtrip.ttl" || true)

serdi_wall=$(printf '%s\n' "${results[@]}" | awk '$1=="serdi" {print $2}')
echo
echo "Input: \`skos$concepts.ttl\` (gen_skos.py $concepts: ${size_mb} MB, $triples triples); median of $runs runs; $(nproc) cores; $(date -u +%Y-%m-%d)."
echo
echo "| what | command | wall (s) | vs serdi | peak RSS (MB) |"
echo "| --- | --- | ---: | ---: | ---: |"
for r in "${results[@]}"; do
  read -r name wall rss <<<"$r"
  case $name in
    tzsem) cmd="tzsem convert --to ntriples" ;;
    serdi) cmd="serdi -i turtle -o ntriples" ;;
    rapper) cmd="rapper -q -i turtle -o ntriples" ;;
    graph-load) cmd="RdfGraph.Load (Benchmarks graph-load)" ;;
    to-turtle) cmd="tzsem convert --to turtle" ;;
  esac
  ratio=$(awk -v a="$wall" -v b="$serdi_wall" 'BEGIN {printf "%.2fx", a / b}')
  echo "| $name | \`$cmd\` | $wall | $ratio | $rss |"
done
echo
echo "Turtle round trip (write graph as Turtle, read back): \`$roundtrip\`"
