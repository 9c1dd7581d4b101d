#!/usr/bin/env bash
# A/B of the gRPC stack: the server of this tree (grpc-dotnet) against the last main before the switch (its own
# hand-written gRPC layer; OLD_COMMIT, default c246ad2), both published Release into a temporary folder and run side by
# side on the same vocabulary. ROUNDS rounds (default 3), alternating which server goes first, after a warm-up of
# WARMUP_SECONDS (default 5) per method and server; each round runs h2load on Health/Check, Lookup and Translate at
# -c 1 -m 16 and -c 4 -m 4, and the REST translation with --h1 -c 16 (old: GET /fhir/ConceptMap/$translate; new: the
# same and the transcoded GET /v1/schemes/{system}/concepts/{code}/translations). Prints the median req/s and p99 of
# the rounds, the load average before and after, and each server's RSS idle (after start, before any call) and peak
# (VmHWM after all runs).
#
#   tests/ToekomstZorg.Semantics.Benchmarks/scripts/grpc-ab.sh [REQUESTS] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/../../.."

requests=${1:-20000}
rounds=${2:-3}
old_commit=${OLD_COMMIT:-c246ad2}
work=${TZSEM_BENCH_DIR:-/tmp/tzsem-ab}
vocab=$(realpath "${TZSEM_VOCAB:-vocab}")
schema=${TZSEM_FHIR_SCHEMA:-../shared/conformance/fhir-r4/fhir.schema.json}
warmup=${WARMUP_SECONDS:-5}
mkdir -p "$work"

[ -d "$work/old-src" ] || git worktree add --detach "$work/old-src" "$old_commit" >/dev/null
dotnet publish "$work/old-src/src/ToekomstZorg.Semantics.Server" -c Release -o "$work/old" --nologo -v q >/dev/null
dotnet publish src/ToekomstZorg.Semantics.Server -c Release -o "$work/new" --nologo -v q >/dev/null

declare -A pid grpc http idle
start() {
  local name=$1
  dotnet "$work/$name/ToekomstZorg.Semantics.Server.dll" --vocab "$vocab" --grpc-port 0 --http-port 0 --watch false \
    --Logging:LogLevel:Default=Warning > "$work/$name.server.out" 2>&1 &
  pid[$name]=$!
  for _ in $(seq 300); do grep -q '^HTTP: ' "$work/$name.server.out" && break; sleep 0.1; done
  grpc[$name]=$(sed -n 's#^gRPC: http://127.0.0.1:\([0-9]*\)/*$#\1#p' "$work/$name.server.out")
  http[$name]=$(sed -n 's#^HTTP: http://127.0.0.1:\([0-9]*\)/ .*#\1#p' "$work/$name.server.out")
  sleep 1
  idle[$name]=$(awk '/^VmRSS/ {print $2}' "/proc/${pid[$name]}/status")
}
start old
start new
trap 'kill ${pid[old]} ${pid[new]} 2>/dev/null || true; wait 2>/dev/null || true' EXIT

nuget=${NUGET_PACKAGES:-$HOME/.nuget/packages}
googleapis="$nuget/google.api.commonprotos/2.17.0/content/protos"
rm -rf "$work/py" && mkdir -p "$work/py"
protoc -I"$googleapis" -I"$nuget/grpc.tools/2.85.0/build/native/include" --python_out="$work/py" google/api/http.proto google/api/annotations.proto
protoc -Iprotos -I"$googleapis" -I"$nuget/grpc.tools/2.85.0/build/native/include" --python_out="$work/py" protos/toekomstzorg/semantics/v1/*.proto
chosen=$(/usr/bin/python3 tests/ToekomstZorg.Semantics.Benchmarks/scripts/grpc-bodies.py "$work/py" "127.0.0.1:${grpc[new]}" "$work" "$schema")
fhir_path=$(cat "$work/rest-translate.path")
v1_path=$(cat "$work/rest-v1-translate.path")

# h2 SERVER METHOD CONNECTIONS STREAMS -> "rps p99"
h2() {
  local server=$1 method=$2 c=$3 m=$4 log="$work/run.log"
  rm -f "$log"
  h2load -n "$requests" -c "$c" -m "$m" -H 'content-type: application/grpc' -H 'te: trailers' -d "$work/${method%%:*}.bin" \
    --log-file="$log" "http://127.0.0.1:${grpc[$server]}${method#*:}" > "$work/run.out"
  summary "$log"
}
h1() {
  local server=$1 path=$2 log="$work/run.log"
  rm -f "$log"
  h2load --h1 -n "$requests" -c 16 --log-file="$log" "http://127.0.0.1:${http[$server]}$path" > "$work/run.out"
  summary "$log"
}
summary() {
  local failed rps
  failed=$(sed -n 's/^requests: .* \([0-9]*\) failed.*/\1/p' "$work/run.out")
  [ "$failed" = "0" ] || { echo "failed requests: $(cat "$work/run.out")" >&2; exit 1; }
  rps=$(sed -n 's/^finished in [^,]*, \([0-9.]*\) req\/s.*/\1/p' "$work/run.out")
  echo "$rps $(awk '{print $3}' "$1" | sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int(NR*0.99)]/1000}')"
}

methods=(health:/grpc.health.v1.Health/Check lookup:/toekomstzorg.semantics.v1.TerminologyService/Lookup translate:/toekomstzorg.semantics.v1.TerminologyService/Translate)
for server in old new; do
  for method in "${methods[@]}"; do
    h2load -D "$warmup" -c 1 -m 16 -H 'content-type: application/grpc' -H 'te: trailers' -d "$work/${method%%:*}.bin" "http://127.0.0.1:${grpc[$server]}${method#*:}" > /dev/null
  done
  h2load --h1 -D "$warmup" -c 16 "http://127.0.0.1:${http[$server]}$fhir_path" > /dev/null
done
h2load --h1 -D "$warmup" -c 16 "http://127.0.0.1:${http[new]}$v1_path" > /dev/null

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
results="$work/results.txt"
: > "$results"
for round in $(seq "$rounds"); do
  order=(old new); [ $((round % 2)) -eq 0 ] && order=(new old)
  for server in "${order[@]}"; do
    for method in "${methods[@]}"; do
      echo "$server ${method%%:*}-1x16 $(h2 "$server" "$method" 1 16)" >> "$results"
      echo "$server ${method%%:*}-4x4 $(h2 "$server" "$method" 4 4)" >> "$results"
    done
    echo "$server rest-fhir-translate $(h1 "$server" "$fhir_path")" >> "$results"
    [ "$server" = new ] && echo "$server rest-v1-translate $(h1 "$server" "$v1_path")" >> "$results"
  done
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

echo "h2load -n $requests, $rounds rounds alternating, medians; $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ); load average before $load_before, after $load_after"
echo "old = $old_commit (hand-written gRPC layer), new = $(git rev-parse --short HEAD) (grpc-dotnet); requests: $chosen"
echo
echo "| run | old req/s | new req/s | new/old | old p99 ms | new p99 ms |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for run in health-1x16 lookup-1x16 translate-1x16 health-4x4 lookup-4x4 translate-4x4 rest-fhir-translate rest-v1-translate; do
  o=$(awk -v r="$run" '$1=="old" && $2==r {print $3}' "$results" | median)
  n=$(awk -v r="$run" '$1=="new" && $2==r {print $3}' "$results" | median)
  op=$(awk -v r="$run" '$1=="old" && $2==r {print $4}' "$results" | median)
  np=$(awk -v r="$run" '$1=="new" && $2==r {print $4}' "$results" | median)
  printf '| %s | %s | %s | %s | %s | %s |\n' "$run" "${o:--}" "${n:--}" \
    "$( [ -n "$o" ] && [ -n "$n" ] && echo "$n $o" | awk '{printf "%.2f", $1/$2}' || echo -)" "${op:--}" "${np:--}"
done
echo
for server in old new; do
  echo "$server RSS: idle $((idle[$server] / 1024)) MiB, peak $(( $(awk '/^VmHWM/ {print $2}' "/proc/${pid[$server]}/status") / 1024 )) MiB"
done
