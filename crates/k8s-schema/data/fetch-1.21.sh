#!/bin/sh
# Regenerates k8s-1.21-definitions.json.gz: the Kubernetes v1.21 definitions kustomize's built-in
# schema is made of (kustomize embeds the v1.21.2 OpenAPI document; kubernetes-validate ships the
# v1.21.0 definitions as JSON Schema, with every x-kubernetes-* extension kept).
#
# The file is `_definitions.json` of `kubernetes_validate/kubernetes-json-schema/v1.21.0-local/` in
# kubernetes-validate 1.28.0 (the last release that carries 1.21), gzipped as it is (its refs are
# `#/definitions/...`). License: Apache-2.0, see LICENSE.kubernetes-validate.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pip download --quiet --no-deps --dest "$work" kubernetes-validate==1.28.0
python3 - "$work"/kubernetes_validate-1.28.0-py3-none-any.whl "$work/defs.json" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as wheel:
    data = wheel.read("kubernetes_validate/kubernetes-json-schema/v1.21.0-local/_definitions.json")
open(sys.argv[2], "wb").write(data)
PY
gzip -9 -n -c "$work/defs.json" > "$here/k8s-1.21-definitions.json.gz"
