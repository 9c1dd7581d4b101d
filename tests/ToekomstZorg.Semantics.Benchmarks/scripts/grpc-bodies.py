"""Builds the gRPC request bodies (5-byte prefix + message, gRPC over HTTP/2 "Length-Prefixed-Message") for
grpc-h2load.sh, with codes picked from the running server's own vocabulary, and checks once with python3-grpcio that
each request succeeds (h2load only sees HTTP status 200, not grpc-status). Every FHIR output of the benchmark's
FhirTranslationService calls (the CarePlan in ADD and REPLACE mode, a CareTeam and a Bundle of both; each resource_json
and operation_outcome_json) is validated against the FHIR R4 JSON schema with python3-jsonschema, through the same
FhirR4Schema the Fhir tests use (tests/ToekomstZorg.Semantics.Fhir.Tests/Schema/validate_fhir.py); an invalid one
stops the script with exit status 1 and the schema's errors.

Usage: grpc-bodies.py PYDIR TARGET OUTDIR [SCHEMA]
SCHEMA defaults to ../shared/conformance/fhir-r4/fhir.schema.json next to the repository root.
"""
import json
import os
import struct
import sys

root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
sys.path.insert(0, sys.argv[1])
sys.path.insert(0, os.path.join(root, "tests", "ToekomstZorg.Semantics.Fhir.Tests", "Schema"))
import grpc  # noqa: E402
from toekomstzorg.semantics.v1 import fhir_pb2, terminology_pb2  # noqa: E402
from validate_fhir import FhirR4Schema  # noqa: E402

target, out = sys.argv[2], sys.argv[3]
schema_path = sys.argv[4] if len(sys.argv) > 4 else os.path.join(root, "..", "shared", "conformance", "fhir-r4", "fhir.schema.json")
channel = grpc.insecure_channel(target)
service = "/toekomstzorg.semantics.v1.TerminologyService/"


def call(method, request, response_type):
    return channel.unary_unary(service + method, request_serializer=request.__class__.SerializeToString,
                               response_deserializer=response_type.FromString)(request, timeout=10)


def fhir_translate(method, request):
    return channel.unary_unary("/toekomstzorg.semantics.v1.FhirTranslationService/" + method,
                               request_serializer=fhir_pb2.FhirTranslateRequest.SerializeToString,
                               response_deserializer=fhir_pb2.FhirTranslateResponse.FromString)(request, timeout=10)


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
fhir_response = fhir_translate("TranslateCarePlan", fhir_request)
fhir_replace = fhir_translate("TranslateCarePlan", fhir_pb2.FhirTranslateRequest(
    resource_json=fhir_request.resource_json, target_system=target_system, mode=fhir_pb2.TRANSLATION_MODE_REPLACE))
careteam = {
    "resourceType": "CareTeam", "id": "bench-team", "status": "active",
    "category": [{"coding": [coding(pick[0])]}],
    "name": "Benchmark team",
    "subject": {"reference": "Patient/bench"},
    "participant": [{"role": [{"coding": [coding(pick[1]), coding(pick[2])]}], "member": {"reference": "Practitioner/bench-1"}},
                    {"role": [{"coding": [coding(pick[3])]}], "member": {"reference": "Organization/bench-2"}}],
    "reasonCode": [{"coding": [coding(pick[4])]}],
}
careteam_response = fhir_translate("TranslateCareTeam", fhir_pb2.FhirTranslateRequest(
    resource_json=json.dumps(careteam, ensure_ascii=False), target_system=target_system))
bundle = {
    "resourceType": "Bundle", "id": "bench-bundle", "type": "collection",
    "entry": [{"fullUrl": "urn:uuid:7b0d5a52-2f4e-4c36-9d0b-5c1e8f3a6b01", "resource": careplan},
              {"fullUrl": "urn:uuid:7b0d5a52-2f4e-4c36-9d0b-5c1e8f3a6b02", "resource": careteam}],
}
bundle_response = fhir_translate("TranslateBundle", fhir_pb2.FhirTranslateRequest(
    resource_json=json.dumps(bundle, ensure_ascii=False), target_system=target_system))

# Every FHIR output against the FHIR R4 JSON schema (python3-jsonschema, Draft 6, #/definitions/<resourceType>).
schema = FhirR4Schema(schema_path)
schema_valid = []
for label, response, resource_type in [("TranslateCarePlan ADD", fhir_response, "CarePlan"),
                                       ("TranslateCarePlan REPLACE", fhir_replace, "CarePlan"),
                                       ("TranslateCareTeam ADD", careteam_response, "CareTeam"),
                                       ("TranslateBundle ADD", bundle_response, "Bundle")]:
    for field, document_type in [("resource_json", resource_type), ("operation_outcome_json", "OperationOutcome")]:
        errors = schema.document_errors(document_type, getattr(response, field))
        if errors:
            sys.exit(f"grpc-bodies.py: {label} {field} is not a valid FHIR R4 {document_type} "
                     f"(python3-jsonschema against {schema_path}):\n  " + "\n  ".join(errors))
        schema_valid.append(f"{label} {document_type}")

write("lookup", lookup)
write("translate", translate)
write("careplan", fhir_request)
with open(f"{out}/rest-translate.path", "w") as f:
    # The same translation through the FHIR REST facade (ConceptMap/$translate, GET).
    f.write(f"/fhir/ConceptMap/$translate?system={scheme.system}&code={concept.code}&targetsystem={target_system}")
with open(f"{out}/rest-v1-translate.path", "w") as f:
    # The same translation through the REST/JSON route (JSON transcoding of TerminologyService/Translate).
    from urllib.parse import quote
    f.write(f"/v1/schemes/{quote(scheme.key)}/concepts/{quote(concept.code)}/translations?target_system={quote(target_system, safe='')}")
with open(f"{out}/health.bin", "wb") as f:
    f.write(b"\x00\x00\x00\x00\x00")  # grpc.health.v1.HealthCheckRequest{} is the empty message
print(json.dumps({
    "lookup": f"{scheme.key}|{concept.code}",
    "translate": f"{scheme.key}|{concept.code} -> {target_system} ({len(translated.matches)} match(es))",
    "careplan_bytes": len(fhir_request.resource_json.encode()),
    "careplan_codings": len(fhir_response.codings),
    "careplan_translated": sum(1 for c in fhir_response.codings if c.target_code),
    "schema_valid": schema_valid,
}))
