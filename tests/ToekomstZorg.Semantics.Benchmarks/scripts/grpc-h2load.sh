#!/usr/bin/env bash
# gRPC unary throughput and latency of the server under h2load (Debian nghttp2-client), in one run against one
# server: grpc.health.v1.Health/Check (a near-empty handler, the ceiling), TerminologyService/Lookup,
# TerminologyService/Translate and FhirTranslationService/TranslateCarePlan (10 codings, about 4 KB); and, for
# comparison, the same translation through the FHIR REST facade (GET ConceptMap/$translate over HTTP/1.1).
#
#   tests/ToekomstZorg.Semantics.Benchmarks/scripts/grpc-h2load.sh [REQUESTS] [STREAMS]
#
# REQUESTS per method (default 100000; every method is first warmed up for WARMUP_SECONDS, twice round), STREAMS
# concurrent streams on one connection (default 16). Codes come from the served vocabulary (TZSEM_VOCAB, default vocab/).
# Before any load, every FHIR output (CarePlan ADD/REPLACE, CareTeam, Bundle and their OperationOutcomes) is validated
# against the FHIR R4 JSON schema (TZSEM_FHIR_SCHEMA, default ../shared/conformance/fhir-r4/fhir.schema.json) with
# python3-jsonschema; an invalid one stops the run. Prints a markdown table: req/s, share of Health/Check, and p50/p99
# latency from h2load's per-request log.
set -euo pipefail
cd "$(dirname "$0")/../../.."

requests=${1:-100000}
streams=${2:-16}
work=${TZSEM_BENCH_DIR:-/tmp/tzsem-h2load}
vocab=${TZSEM_VOCAB:-vocab}
schema=${TZSEM_FHIR_SCHEMA:-../shared/conformance/fhir-r4/fhir.schema.json}
mkdir -p "$work"

dotnet publish src/ToekomstZorg.Semantics.Server -c Release -o "$work/server" --nologo -v q >/dev/null
dotnet "$work/server/ToekomstZorg.Semantics.Server.dll" --vocab "$vocab" --grpc-port 0 --http-port 0 --watch false \
  --Logging:LogLevel:Default=Warning > "$work/server.out" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 200); do grep -q '^gRPC: ' "$work/server.out" && break; sleep 0.1; done
port=$(sed -n 's#^gRPC: http://127.0.0.1:\([0-9]*\)/*$#\1#p' "$work/server.out")
http_port=$(sed -n 's#^HTTP: http://127.0.0.1:\([0-9]*\)/ .*#\1#p' "$work/server.out")
[ -n "$port" ] || { cat "$work/server.out" >&2; exit 1; }

# Message modules for the body builder (Debian's protoc lacks the well-known types: Grpc.Tools supplies them; the
# google.api.http annotations come from Google.Api.CommonProtos, as in the Contracts project).
nuget=${NUGET_PACKAGES:-$HOME/.nuget/packages}
googleapis="$nuget/google.api.commonprotos/2.17.0/content/protos"
rm -rf "$work/py" && mkdir -p "$work/py"
protoc -I"$googleapis" -I"$nuget/grpc.tools/2.85.0/build/native/include" --python_out="$work/py" google/api/http.proto google/api/annotations.proto
protoc -Iprotos -I"$googleapis" -I"$nuget/grpc.tools/2.85.0/build/native/include" --python_out="$work/py" protos/toekomstzorg/semantics/v1/*.proto
chosen=$(/usr/bin/python3 tests/ToekomstZorg.Semantics.Benchmarks/scripts/grpc-bodies.py "$work/py" "127.0.0.1:$port" "$work" "$schema")

# load NAME PATH: the measured run; prints "NAME req/s p50 p99 failed"
load() {
  local name=$1 path=$2
  local args=(-c 1 -m "$streams" -H 'content-type: application/grpc' -H 'te: trailers' -d "$work/$name.bin")
  rm -f "$work/$name.log"  # h2load appends to its log file: without this, earlier runs would count in the percentiles
  h2load -n "$requests" "${args[@]}" --log-file="$work/$name.log" "http://127.0.0.1:$port$path" > "$work/$name.out"
  local rps failed
  rps=$(sed -n 's/^finished in [^,]*, \([0-9.]*\) req\/s.*/\1/p' "$work/$name.out")
  failed=$(sed -n 's/^requests: .* \([0-9]*\) failed.*/\1/p' "$work/$name.out")
  # column 3 of the log: microseconds until the end of the response
  read -r p50 p99 < <(awk '{print $3}' "$work/$name.log" | sort -n | awk '{a[NR]=$1} END {printf "%.3f %.3f\n", a[int(NR*0.50)]/1000, a[int(NR*0.99)]/1000}')
  echo "$name $rps $p50 $p99 $failed"
}

# rest NAME PATH: the FHIR REST facade over HTTP/1.1, one request at a time on each of STREAMS connections.
rest() {
  local name=$1 path=$2
  rm -f "$work/$name.log"
  h2load --h1 -n "$requests" -c "$streams" --log-file="$work/$name.log" "http://127.0.0.1:$http_port$path" > "$work/$name.out"
  local rps failed
  rps=$(sed -n 's/^finished in [^,]*, \([0-9.]*\) req\/s.*/\1/p' "$work/$name.out")
  failed=$(sed -n 's/^requests: .* \([0-9]*\) failed.*/\1/p' "$work/$name.out")
  read -r p50 p99 < <(awk '{print $3}' "$work/$name.log" | sort -n | awk '{a[NR]=$1} END {printf "%.3f %.3f\n", a[int(NR*0.50)]/1000, a[int(NR*0.99)]/1000}')
  echo "$name $rps $p50 $p99 $failed"
}

# Warm-up before any measured run: every method for WARMUP_SECONDS (default 6), twice round. Tiered compilation
# re-JITs some 5 000 hot framework and server methods (with dynamic PGO) in the background; on 2 cores a Translate
# server needs about 8 s under load to reach its steady rate (it runs at a third of it in the first seconds), so a
# warm-up by request count measured mostly the JIT.
warmup=${WARMUP_SECONDS:-6}
for _ in 1 2; do
  for method in health:/grpc.health.v1.Health/Check lookup:/toekomstzorg.semantics.v1.TerminologyService/Lookup \
    translate:/toekomstzorg.semantics.v1.TerminologyService/Translate careplan:/toekomstzorg.semantics.v1.FhirTranslationService/TranslateCarePlan; do
    h2load -D "$warmup" -c 1 -m "$streams" -H 'content-type: application/grpc' -H 'te: trailers' -d "$work/${method%%:*}.bin" \
      "http://127.0.0.1:$port${method#*:}" > /dev/null
  done
  h2load --h1 -D "$warmup" -c "$streams" "http://127.0.0.1:$http_port$(cat "$work/rest-translate.path")" > /dev/null
done

health=$(load health /grpc.health.v1.Health/Check)
lookup=$(load lookup /toekomstzorg.semantics.v1.TerminologyService/Lookup)
translate=$(load translate /toekomstzorg.semantics.v1.TerminologyService/Translate)
careplan=$(load careplan /toekomstzorg.semantics.v1.FhirTranslationService/TranslateCarePlan)
resttranslate=$(rest rest-translate "$(cat "$work/rest-translate.path")")
base=$(echo "$health" | awk '{print $2}')
translate_rps=$(echo "$translate" | awk '{print $2}')

echo "h2load -n $requests -c 1 -m $streams, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ); requests: $chosen"
echo
echo "| method | req/s | vs Health/Check | p50 ms | p99 ms | failed |"
echo "| --- | ---: | ---: | ---: | ---: | ---: |"
for row in "$health" "$lookup" "$translate" "$careplan" "$resttranslate"; do
  read -r name rps p50 p99 failed <<< "$row"
  printf '| %s | %.0f | %.0f%% | %s | %s | %s |\n' "$name" "$rps" "$(echo "$rps $base" | awk '{print 100*$1/$2}')" "$p50" "$p99" "$failed"
done
echo
printf 'TranslateCarePlan / Translate: %.0f%%\n' "$(echo "$(echo "$careplan" | awk '{print $2}') $translate_rps" | awk '{print 100*$1/$2}')"
