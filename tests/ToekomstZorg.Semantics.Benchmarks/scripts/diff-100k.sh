#!/usr/bin/env bash
# Whole-process time of `tzsem diff` on two synthetic vocabulary versions: gen_skos.py CONCEPTS (../shared/bench) and
# a second version made by edit_skos.py (labels, definitions, mapping relations changed; mappings and concepts removed;
# concepts deprecated with a replacement; concepts added), each in its own folder.
#
#   tests/ToekomstZorg.Semantics.Benchmarks/scripts/diff-100k.sh [CONCEPTS] [RUNS]
#
# CONCEPTS defaults to 100000, RUNS to 3. tzsem is published as it ships (Release, ReadyToRun). Prints, per run, the
# wall time, CPU time and peak RSS (GNU time) of `tzsem diff OLD NEW --format json` (the full diff, impact included), the load
# average before each run (the machine may be shared), the median, and the counts of the diff. Then the in-process
# split (load vs diff, and the diff against the peer that translates every pair) from the Benchmarks' vocab-diff.
set -euo pipefail
cd "$(dirname "$0")/../../.."

concepts=${1:-100000}
runs=${2:-3}
work=${TZSEM_BENCH_DIR:-/tmp/tzsem-diff-bench}
mkdir -p "$work/old$concepts" "$work/new$concepts"
old="$work/old$concepts"
new="$work/new$concepts"
[ -s "$old/skos.ttl" ] || /usr/bin/python3 ../shared/bench/gen_skos.py "$concepts" > "$old/skos.ttl"
[ -s "$new/skos.ttl" ] || /usr/bin/python3 tests/ToekomstZorg.Semantics.Benchmarks/scripts/edit_skos.py < "$old/skos.ttl" > "$new/skos.ttl"

rid=linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')
dotnet publish src/ToekomstZorg.Semantics.Cli -c Release -r "$rid" --self-contained false -o "$work/tzsem" --nologo -v q >/dev/null

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

: > "$work/diff.times"
for run in $(seq "$runs"); do
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  /usr/bin/time -f '%e %M %U %S' -o "$work/diff.run" "$work/tzsem/tzsem" diff "$old" "$new" --format json > "$work/diff.json"
  read -r wall rss user sys < "$work/diff.run"
  echo "run $run: ${wall} s wall, ${user} s user + ${sys} s system CPU, $((rss / 1024)) MB peak RSS (load average before: $load)"
  echo "$wall" >> "$work/diff.times"
done
echo "median: $(median < "$work/diff.times") s over $runs runs"
/usr/bin/python3 - "$work/diff.json" <<'PY'
import json, sys
counts = json.load(open(sys.argv[1]))["counts"]
print("counts: " + ", ".join(f"{k}={v}" for k, v in counts.items()))
PY

if [ "${TZSEM_DIFF_SPLIT:-1}" = 1 ]; then
  dotnet run -c Release --project tests/ToekomstZorg.Semantics.Benchmarks -- vocab-diff "$old" "$new" 2
fi
