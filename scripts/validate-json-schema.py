#!/usr/bin/env python3
"""Validate JSON documents against Vigie's JSON Schemas (deploy/schemas/*.schema.json).

usage: validate-json-schema.py SCHEMA_DIR SCHEMA_NAME FILE...
  SCHEMA_NAME  e.g. mention.v1 (the file SCHEMA_DIR/mention.v1.schema.json)
Prints one JSON line per file: {"file": ..., "valid": true|false, "errors": ["path: message", ...]}.
Exit status: 0 when every file is valid, 1 when one is not, 2 on usage or schema errors.
"""
import json
import pathlib
import sys

try:
    import jsonschema
    from referencing import Registry, Resource
except ImportError:
    sys.stderr.write("validate-json-schema: the jsonschema package is missing (python3 -m pip install jsonschema)\n")
    sys.exit(2)


def main(argv):
    if len(argv) < 4:
        sys.stderr.write(__doc__)
        return 2
    schema_dir = pathlib.Path(argv[1])
    resources = []
    schemas = {}
    for path in sorted(schema_dir.glob("*.schema.json")):
        document = json.loads(path.read_text())
        jsonschema.Draft202012Validator.check_schema(document)
        schemas[path.name[: -len(".schema.json")]] = document
        resources.append((document["$id"], Resource.from_contents(document)))
    registry = Registry().with_resources(resources)
    schema = schemas.get(argv[2])
    if schema is None:
        sys.stderr.write(f"validate-json-schema: no schema named {argv[2]} in {schema_dir}\n")
        return 2
    validator = jsonschema.Draft202012Validator(schema, registry=registry)
    all_valid = True
    for name in argv[3:]:
        try:
            document = json.loads(pathlib.Path(name).read_text())
            errors = [f"{'.'.join(str(p) for p in error.absolute_path) or '$'}: {error.message}" for error in validator.iter_errors(document)]
        except json.JSONDecodeError as error:
            errors = [f"$: not JSON: {error}"]
        all_valid = all_valid and not errors
        print(json.dumps({"file": name, "valid": not errors, "errors": errors}, ensure_ascii=False))
    return 0 if all_valid else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
