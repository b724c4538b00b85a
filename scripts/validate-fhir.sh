#!/usr/bin/env bash
# Validates the FHIR R4 record an EHR would receive: runs the sample two-learner teaching
# session (scripts/sample-session.sh) through the built `teachback`, and checks its FHIR Bundle
# and every resource in it against the R4 models of `fhir.resources` 6.1.0, and that every
# reference points at an entry of the bundle.
#
#   scripts/validate-fhir.sh [BUNDLE.fhir.json]   (default: the sample session's bundle)
#
# Builds `teachback` first when it is missing. Makes a Python virtual environment once, in
# ${TEACHBACK_FHIR_VENV:-.build/fhir-venv}, with `fhir.resources==6.1.0` and `pydantic<2`.
# Exits 1 when any resource is invalid.
set -euo pipefail
cd "$(dirname "$0")/.."

venv="${TEACHBACK_FHIR_VENV:-.build/fhir-venv}"
if ! "$venv/bin/python" -c 'import fhir.resources' 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet 'fhir.resources==6.1.0' 'pydantic<2'
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ $# -ge 1 ]; then
  bundle="$1"
else
  bundle="$work/session.fhir.json"
  scripts/sample-session.sh "$work"
  if [ ! -s "$bundle" ]; then
    echo "error: the sample session wrote no FHIR bundle" >&2
    exit 1
  fi
fi

"$venv/bin/python" - "$bundle" <<'PY'
import json, sys
from fhir.resources import get_fhir_model_class

path = sys.argv[1]
with open(path, encoding="utf-8") as f:
    data = json.load(f)
problems = []
def check(resource, where):
    try:
        get_fhir_model_class(resource["resourceType"]).parse_obj(resource)
    except Exception as error:  # pydantic's ValidationError, or an unknown resourceType
        problems.append(f"{where}: {error}")

check(data, "Bundle")
urls = {entry.get("fullUrl") for entry in data.get("entry", [])}
def references(value):
    if isinstance(value, dict):
        if isinstance(value.get("reference"), str):
            yield value["reference"]
        for child in value.values():
            yield from references(child)
    elif isinstance(value, list):
        for child in value:
            yield from references(child)

kinds = {}
for number, entry in enumerate(data.get("entry", []), 1):
    resource = entry.get("resource", {})
    kind = resource.get("resourceType", "?")
    kinds[kind] = kinds.get(kind, 0) + 1
    check(resource, f"entry {number} ({kind})")
    for reference in references(resource):
        if reference not in urls:
            problems.append(f"entry {number} ({kind}): reference {reference} is not in the bundle")
    if "text" not in resource:
        problems.append(f"entry {number} ({kind}): no narrative text")
    if not str(entry.get("fullUrl", "")).startswith("urn:uuid:") or "request" not in entry:
        problems.append(f"entry {number} ({kind}): no urn:uuid fullUrl or no request")

summary = ", ".join(f"{count} {kind}" for kind, count in kinds.items())
if problems:
    print(f"{path}: {len(problems)} problem(s)", file=sys.stderr)
    for problem in problems:
        print("  " + problem, file=sys.stderr)
    sys.exit(1)
print(f"FHIR R4 (fhir.resources 6.1.0): 0 errors in a {data.get('type')} bundle of {summary}")
PY
