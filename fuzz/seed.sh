#!/bin/sh
# Seeds the corpus from the kustomize fixtures: kustomization files for one target, manifests for the other.
set -eu
cd "$(dirname "$0")"
mkdir -p corpus/kustomization_file corpus/manifests
find ../tests/fixtures/kustomize -name 'kustomization.y*ml' -o -name Kustomization | while read -r f; do
  cp "$f" "corpus/kustomization_file/$(sha1sum "$f" | cut -c1-16)"
done
find ../tests/fixtures/kustomize -name '*.yaml' ! -name 'kustomization.yaml' ! -name 'expected.yaml' | while read -r f; do
  cp "$f" "corpus/manifests/$(sha1sum "$f" | cut -c1-16)"
done
