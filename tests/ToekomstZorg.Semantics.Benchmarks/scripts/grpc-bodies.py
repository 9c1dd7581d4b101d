"""Builds the gRPC request bodies (5-byte prefix + message, gRPC over HTTP/2 "Length-Prefixed-Message") for
grpc-h2load.sh, with codes picked from the running server's own vocabulary, and checks once with python3-grpcio that
each request succeeds (h2load only sees HTTP status 200, not grpc-status).

Usage: grpc-bodies.py PYDIR TARGET OUTDIR
"""
import json
import struct
import sys

sys.path.insert(0, sys.argv[1])
import grpc  # noqa: E402
from toekomstzorg.semantics.v1 import fhir_pb2, terminology_pb2  # noqa: E402

target, out = sys.argv[2], sys.argv[3]
channel = grpc.insecure_channel(target)
service = "/toekomstzorg.semantics.v1.TerminologyService/"


def call(method, request, response_type):
    return channel.unary_unary(service + method, request_serializer=request.__class__.SerializeToString,
                               response_deserializer=response_type.FromString)(request, timeout=10)


def write(name, message):
    data = message.SerializeToString()
    with open(f"{out}/{name}.bin", "wb") as f:
        f.write(struct.pack(">BI", 0, len(data)) + data)


schemes = call("ListSchemes", terminology_pb2.ListSchemesRequest(), terminology_pb2.ListSchemesResponse()).schemes
# The first concept (sector schemes first) that has a mapping: Translate then does real work.
chosen = None
for scheme in sorted(schemes, key=lambda s: s.key == "kern"):
    expand = channel.unary_stream(service + "Expand", request_serializer=terminology_pb2.ExpandRequest.SerializeToString,
                                  response_deserializer=terminology_pb2.ExpandResponse.FromString)
    codes = [c.code for c in expand(terminology_pb2.ExpandRequest(system=scheme.key), timeout=10)]
    for code in codes:
        concept = call("Lookup", terminology_pb2.LookupRequest(system=scheme.system, code=code), terminology_pb2.LookupResponse).concept
        if concept.mappings:
            chosen = (scheme, codes, concept)
            break
    if chosen is None and codes and scheme.key != "kern":
        fallback = (scheme, codes, call("Lookup", terminology_pb2.LookupRequest(system=scheme.system, code=codes[0]), terminology_pb2.LookupResponse).concept)
    if chosen:
        break
scheme, codes, concept = chosen or fallback
target_system = concept.mappings[0].target_system if concept.mappings else next(s.system for s in schemes if s.system != scheme.system)

lookup = terminology_pb2.LookupRequest(system=scheme.system, code=concept.code)
translate = terminology_pb2.TranslateRequest(system=scheme.system, code=concept.code, target_system=target_system)
translated = call("Translate", translate, terminology_pb2.TranslateResponse)

# A typical CarePlan: 10 codings of the scheme over category and 3 activities, about 4 KB.
pick = (codes * 10)[:10]
coding = lambda c: {"system": scheme.system, "code": c, "display": c}
careplan = {
    "resourceType": "CarePlan", "id": "bench", "status": "active", "intent": "plan",
    "text": {"status": "generated", "div": "<div xmlns=\"http://www.w3.org/1999/xhtml\">Zorgplan (benchmark)</div>"},
    "identifier": [{"system": "https://example.org/careplans", "value": "bench-0001"}],
    "subject": {"reference": "Patient/bench", "display": "Benchmark patient"},
    "period": {"start": "2026-11-01", "end": "2027-05-01"},
    "category": [{"coding": [coding(pick[0])], "text": "categorie"}],
    "description": "Synthetic care plan for throughput measurements; it carries no personal data at all.",
    "activity": [
        {"detail": {"kind": "ServiceRequest", "status": "scheduled", "code": {"coding": [coding(pick[1]), coding(pick[2])]},
                    "reasonCode": [{"coding": [coding(pick[3])]}], "description": "Activiteit een: afstemming tussen zorgverleners."}},
        {"detail": {"kind": "ServiceRequest", "status": "in-progress", "code": {"coding": [coding(pick[4])]},
                    "reasonCode": [{"coding": [coding(pick[5]), coding(pick[6])]}], "description": "Activiteit twee: begeleiding thuis."}},
        {"detail": {"kind": "Appointment", "status": "not-started", "code": {"coding": [coding(pick[7]), coding(pick[8])]},
                    "reasonCode": [{"coding": [coding(pick[9])]}], "description": "Activiteit drie: overleg met het netwerk."},
         "progress": [{"time": "2026-11-15", "text": "Eerste overleg gepland."}]},
    ],
    "note": [{"text": "Benchmark note " + "x" * 1200}],
}
fhir_request = fhir_pb2.FhirTranslateRequest(resource_json=json.dumps(careplan, ensure_ascii=False), target_system=target_system)
fhir_call = channel.unary_unary("/toekomstzorg.semantics.v1.FhirTranslationService/TranslateCarePlan",
                                request_serializer=fhir_pb2.FhirTranslateRequest.SerializeToString,
                                response_deserializer=fhir_pb2.FhirTranslateResponse.FromString)
fhir_response = fhir_call(fhir_request, timeout=10)

write("lookup", lookup)
write("translate", translate)
write("careplan", fhir_request)
with open(f"{out}/rest-translate.path", "w") as f:
    # The same translation through the FHIR REST facade (ConceptMap/$translate, GET).
    f.write(f"/fhir/ConceptMap/$translate?system={scheme.system}&code={concept.code}&targetsystem={target_system}")
with open(f"{out}/health.bin", "wb") as f:
    f.write(b"\x00\x00\x00\x00\x00")  # grpc.health.v1.HealthCheckRequest{} is the empty message
print(json.dumps({
    "lookup": f"{scheme.key}|{concept.code}",
    "translate": f"{scheme.key}|{concept.code} -> {target_system} ({len(translated.matches)} match(es))",
    "careplan_bytes": len(fhir_request.resource_json.encode()),
    "careplan_codings": len(fhir_response.codings),
}))
