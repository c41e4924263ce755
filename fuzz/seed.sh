#!/bin/sh
# Seeds the corpus from the kustomize fixtures: kustomization files for one target, manifests for the other.
set -eu
cd "$(dirname "$0")"
mkdir -p corpus/kustomization_file corpus/manifests corpus/patch
find ../tests/fixtures/kustomize -name 'kustomization.y*ml' -o -name Kustomization | while read -r f; do
  cp "$f" "corpus/kustomization_file/$(sha1sum "$f" | cut -c1-16)"
done
find ../tests/fixtures/kustomize -name '*.yaml' ! -name 'kustomization.yaml' ! -name 'expected.yaml' | while read -r f; do
  cp "$f" "corpus/manifests/$(sha1sum "$f" | cut -c1-16)"
done
# Patch corpus: every patch-* fixture's patches (inline or from files) after its resources, joined by a
# `---` line (the patch target's input format).
python3 - <<'PY'
import glob, hashlib, os, yaml
for d in sorted(glob.glob("../tests/fixtures/kustomize/patch-*/")):
    try:
        k = yaml.safe_load(open(d + "kustomization.yaml")) or {}
    except Exception:
        continue
    patches = []
    for entry in (k.get("patches") or []) + (k.get("patchesJson6902") or []):
        if isinstance(entry, dict):
            if entry.get("patch"):
                patches.append(entry["patch"])
            elif entry.get("path") and os.path.isfile(d + entry["path"]):
                patches.append(open(d + entry["path"]).read())
    for entry in k.get("patchesStrategicMerge") or []:
        patches.append(open(d + entry).read() if os.path.isfile(d + entry) else entry)
    for res in sorted(glob.glob(d + "*.yaml")):
        if os.path.basename(res) in ("kustomization.yaml", "expected.yaml"):
            continue
        for doc in open(res).read().split("\n---\n"):
            for patch in patches:
                data = (doc.strip() + "\n---\n" + patch).encode()
                open("corpus/patch/" + hashlib.sha1(data).hexdigest()[:16], "wb").write(data)
PY
