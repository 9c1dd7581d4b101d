#!/usr/bin/env bash
# TranslateCarePlan over gRPC against its transport bound, in one run: the real server and the same server whose
# TranslateCarePlan answers every call after the first with that first answer (the benchmark host's
# CannedCarePlanInterceptor: grpc-dotnet's call handling, the protobuf parse of the same request and the serialisation
# of an answer of the same size, no JSON work), both `ToekomstZorg.Semantics.Benchmarks grpc-server` (Release) on the
# same vocabulary, side by side. After a warm-up of WARMUP_SECONDS (default 12) per server, ROUNDS rounds (default 3,
# alternating which server goes first) of h2load -n REQUESTS -c 1 -m STREAMS on TranslateCarePlan (the CarePlan of
# grpc-bodies.py: 10 codings, about 3.5 KB in, 12.8 KB out) and, for scale, TerminologyService/Translate on the real
# server. Prints the medians, real/canned, the answer size per call of each server (they must be equal), the CPU time
# per call of each server process and of h2load (from /proc/PID/stat and /usr/bin/time: unlike req/s, hardly moved by
# other processes on the machine), and the load average before and after.
#
#   tests/ToekomstZorg.Semantics.Benchmarks/scripts/grpc-canned.sh [REQUESTS] [ROUNDS] [STREAMS]
set -euo pipefail
cd "$(dirname "$0")/../../.."

requests=${1:-100000}
rounds=${2:-3}
streams=${3:-16}
work=${TZSEM_BENCH_DIR:-/tmp/tzsem-canned}
vocab=$(realpath "${TZSEM_VOCAB:-vocab}")
schema=${TZSEM_FHIR_SCHEMA:-../shared/conformance/fhir-r4/fhir.schema.json}
warmup=${WARMUP_SECONDS:-12}
mkdir -p "$work"

dotnet build tests/ToekomstZorg.Semantics.Benchmarks -c Release --nologo -v q >/dev/null
bench=tests/ToekomstZorg.Semantics.Benchmarks/bin/Release/net10.0/ToekomstZorg.Semantics.Benchmarks.dll

declare -A pid grpc
start() {
  local name=$1
  shift
  dotnet "$bench" grpc-server "$vocab" "$@" > "$work/$name.server.out" 2>&1 &
  pid[$name]=$!
  for _ in $(seq 300); do grep -q '^HTTP: ' "$work/$name.server.out" && break; sleep 0.1; done
  grpc[$name]=$(sed -n 's#^gRPC: http://127.0.0.1:\([0-9]*\)/*$#\1#p' "$work/$name.server.out")
  [ -n "${grpc[$name]}" ] || { cat "$work/$name.server.out" >&2; exit 1; }
}
start real
start canned canned
trap 'kill ${pid[real]} ${pid[canned]} 2>/dev/null || true; wait 2>/dev/null || true' EXIT

nuget=${NUGET_PACKAGES:-$HOME/.nuget/packages}
googleapis="$nuget/google.api.commonprotos/2.17.0/content/protos"
rm -rf "$work/py" && mkdir -p "$work/py"
protoc -I"$googleapis" -I"$nuget/grpc.tools/2.85.0/build/native/include" --python_out="$work/py" google/api/http.proto google/api/annotations.proto
protoc -Iprotos -I"$googleapis" -I"$nuget/grpc.tools/2.85.0/build/native/include" --python_out="$work/py" protos/toekomstzorg/semantics/v1/*.proto
chosen=$(/usr/bin/python3 tests/ToekomstZorg.Semantics.Benchmarks/scripts/grpc-bodies.py "$work/py" "127.0.0.1:${grpc[real]}" "$work" "$schema")

careplan=careplan:/toekomstzorg.semantics.v1.FhirTranslationService/TranslateCarePlan
translate=translate:/toekomstzorg.semantics.v1.TerminologyService/Translate

# CPU time (user + system, clock ticks) a process has used so far.
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
hz=$(getconf CLK_TCK)

# run SERVER METHOD [-D SECONDS | -n N] -> "req/s p99-ms bytes-per-answer server-cpu-us-per-call h2load-cpu-us-per-call"
run() {
  local server=$1 method=$2 log="$work/run.log"
  shift 2
  rm -f "$log"
  local before
  before=$(ticks "${pid[$server]}")
  /usr/bin/time -f '%U %S' -o "$work/h2load.time" \
    h2load "$@" -c 1 -m "$streams" -H 'content-type: application/grpc' -H 'te: trailers' -d "$work/${method%%:*}.bin" \
    --log-file="$log" "http://127.0.0.1:${grpc[$server]}${method#*:}" > "$work/run.out"
  local cpu=$(( $(ticks "${pid[$server]}") - before ))
  local failed done rps data
  failed=$(sed -n 's/^requests: .* \([0-9]*\) failed.*/\1/p' "$work/run.out")
  [ "$failed" = "0" ] || { echo "failed requests: $(cat "$work/run.out")" >&2; exit 1; }
  done=$(sed -n 's/^requests: .* \([0-9]*\) succeeded.*/\1/p' "$work/run.out")
  rps=$(sed -n 's/^finished in [^,]*, \([0-9.]*\) req\/s.*/\1/p' "$work/run.out")
  data=$(sed -n 's/^traffic: .* (\([0-9]*\)) data.*/\1/p' "$work/run.out")
  echo "$rps $(awk '{print $3}' "$log" | sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int(NR*0.99)]/1000}') $((data / done))" \
    "$(echo "$cpu $hz $done" | awk '{printf "%.1f", $1 / $2 * 1e6 / $3}')" "$(awk -v n="$done" '{printf "%.1f", ($1 + $2) * 1e6 / n}' "$work/h2load.time")"
}

for server in real canned; do
  run "$server" "$careplan" -D "$warmup" > /dev/null
done
run real "$translate" -D "$warmup" > /dev/null
grep -q '^canned: ' "$work/canned.server.out" || { echo "the canned server did not load its interceptor" >&2; exit 1; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
results="$work/results.txt"
: > "$results"
for round in $(seq "$rounds"); do
  order=(real canned); [ $((round % 2)) -eq 0 ] && order=(canned real)
  for server in "${order[@]}"; do
    echo "$server careplan $(run "$server" "$careplan" -n "$requests")" >> "$results"
  done
  echo "real translate $(run real "$translate" -n "$requests")" >> "$results"
done
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
column() { awk -v s="$1" -v m="$2" -v c="$3" '$1==s && $2==m {print $c}' "$results"; }
echo "h2load -n $requests -c 1 -m $streams, $rounds rounds alternating, medians; $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ), commit $(git rev-parse --short HEAD)"
echo "load average before $load_before, after $load_after; requests: $chosen"
echo
echo "| run | req/s (median) | rounds req/s | p99 ms (median) | answer bytes/call | server CPU µs/call | h2load CPU µs/call |"
echo "| --- | ---: | --- | ---: | ---: | ---: | ---: |"
for row in "real careplan" "canned careplan" "real translate"; do
  read -r s m <<< "$row"
  printf '| %s %s | %.0f | %s | %s | %s | %s | %s |\n' "$s" "$m" "$(column "$s" "$m" 3 | median)" "$(column "$s" "$m" 3 | awk '{printf "%s%.0f", (NR>1?" ":""), $1}')" \
    "$(column "$s" "$m" 4 | median)" "$(column "$s" "$m" 5 | median)" "$(column "$s" "$m" 6 | median)" "$(column "$s" "$m" 7 | median)"
done
echo
real=$(column real careplan 3 | median)
canned=$(column canned careplan 3 | median)
echo "TranslateCarePlan real/canned: $(echo "$real $canned" | awk '{printf "%.2f", $1/$2}') (req/s medians)"
# When server and h2load share the cores and are CPU bound, req/s is inversely proportional to the CPU both spend per call.
echo "TranslateCarePlan canned/real CPU per call (server + h2load): $(echo "$(column canned careplan 6 | median) $(column canned careplan 7 | median) $(column real careplan 6 | median) $(column real careplan 7 | median)" | awk '{printf "%.2f", ($1 + $2) / ($3 + $4)}')"
