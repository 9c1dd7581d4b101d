"""Validates FHIR R4 JSON documents against the official FHIR R4 JSON schema with python3-jsonschema (Draft 6).

Protocol (one process serves many documents): the schema path is argv[1]. Each request on stdin is a header line
"<resourceType> <byteLength>\n" followed by exactly that many bytes of UTF-8 JSON; each answer on stdout is one
JSON line {"valid": bool, "errors": ["<path>: <message>", ...]}. The document is validated against
#/definitions/<resourceType>, and its own resourceType must equal the requested one.
"""
import json
import sys

import jsonschema


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    definitions = schema["definitions"]
    validators = {}
    stdin = sys.stdin.buffer
    stdout = sys.stdout
    while True:
        header = stdin.readline()
        if not header:
            return
        resource_type, length = header.decode("ascii").split()
        document = stdin.read(int(length))
        errors = []
        try:
            instance = json.loads(document.decode("utf-8"))
            if resource_type not in definitions:
                errors.append(f"no schema definition for {resource_type}")
            else:
                validator = validators.get(resource_type)
                if validator is None:
                    validator = jsonschema.Draft6Validator({"$ref": f"#/definitions/{resource_type}", "definitions": definitions})
                    validators[resource_type] = validator
                if not isinstance(instance, dict) or instance.get("resourceType") != resource_type:
                    errors.append(f"resourceType is not {resource_type}")
                for error in sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))[:10]:
                    path = "/".join(str(p) for p in error.absolute_path)
                    errors.append(f"{path}: {error.message[:300]}")
        except Exception as e:  # a malformed document is an invalid one, not a dead validator
            errors.append(f"{type(e).__name__}: {e}")
        stdout.write(json.dumps({"valid": not errors, "errors": errors}) + "\n")
        stdout.flush()


if __name__ == "__main__":
    main()
