"""Validates FHIR R4 JSON documents against the official FHIR R4 JSON schema with python3-jsonschema (Draft 6).

Protocol (one process serves many documents): the schema path is argv[1]. Each request on stdin is a header line
"<resourceType> <byteLength>\n" followed by exactly that many bytes of UTF-8 JSON; each answer on stdout is one
JSON line {"valid": bool, "errors": ["<path>: <message>", ...]}. The document is validated against
#/definitions/<resourceType>, and its own resourceType must equal the requested one.

Other scripts import FhirR4Schema (tests/ToekomstZorg.Semantics.Benchmarks/scripts/grpc-bodies.py checks the gRPC
benchmark's outputs with it), so there is one way this project asks the schema.
"""
import json
import sys

import jsonschema


class FhirR4Schema:
    """The FHIR R4 JSON schema; one Draft6Validator per resource type, built on first use."""

    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self._definitions = json.load(f)["definitions"]
        self._validators = {}

    def errors(self, resource_type, instance, limit=10):
        """The schema errors of instance (parsed JSON) against #/definitions/<resource_type>, as "<path>: <message>"
        strings, at most limit of them, in document order; empty when it is valid."""
        if resource_type not in self._definitions:
            return [f"no schema definition for {resource_type}"]
        validator = self._validators.get(resource_type)
        if validator is None:
            validator = jsonschema.Draft6Validator({"$ref": f"#/definitions/{resource_type}", "definitions": self._definitions})
            self._validators[resource_type] = validator
        errors = []
        if not isinstance(instance, dict) or instance.get("resourceType") != resource_type:
            errors.append(f"resourceType is not {resource_type}")
        for error in sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))[:limit]:
            path = "/".join(str(p) for p in error.absolute_path)
            errors.append(f"{path}: {error.message[:300]}")
        return errors

    def document_errors(self, resource_type, document):
        """Like errors, for UTF-8 JSON bytes or text: a malformed document is an invalid one, not an exception."""
        try:
            if isinstance(document, bytes):
                document = document.decode("utf-8")
            return self.errors(resource_type, json.loads(document))
        except Exception as e:
            return [f"{type(e).__name__}: {e}"]


def main():
    schema = FhirR4Schema(sys.argv[1])
    stdin = sys.stdin.buffer
    stdout = sys.stdout
    while True:
        header = stdin.readline()
        if not header:
            return
        resource_type, length = header.decode("ascii").split()
        errors = schema.document_errors(resource_type, stdin.read(int(length)))
        stdout.write(json.dumps({"valid": not errors, "errors": errors}) + "\n")
        stdout.flush()


if __name__ == "__main__":
    main()
