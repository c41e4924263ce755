#!/usr/bin/env bash
# `flux-rs get kustomizations -A` against `kubectl get kustomizations -A` over the same 1 000 Kustomizations
# (with Ready conditions and revisions, spread over 10 namespaces) in one embedded API server.
#
# Run: benches/cli-get.sh [COUNT]   (needs hyperfine and kubectl; builds the release binary)
# Prints hyperfine's table and the peak RSS of one run of each; copy them into docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."

count="${1:-1000}"
command -v hyperfine >/dev/null || { echo "hyperfine is required (apt-get install hyperfine)" >&2; exit 1; }
command -v kubectl >/dev/null || { echo "kubectl is required" >&2; exit 1; }

cargo build --release --quiet
bin="$PWD/target/release/flux-rs"
work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

"$bin" run --embedded --ephemeral --listen 127.0.0.1:0 --simulate-workloads=false --data-dir "$work/data" \
  2>"$work/server.log" &
server=$!
for _ in $(seq 100); do grep -q "Flux installed" "$work/server.log" 2>/dev/null && break; sleep 0.1; done
grep -q "Flux installed" "$work/server.log" || { cat "$work/server.log" >&2; exit 1; }
export KUBECONFIG="$work/data/kubeconfig"
# The versioned kubectl the dispatcher would pick, called directly (the dispatcher adds its own server probe).
kubectl_bin="$(dirname "$(readlink -f "$(command -v kubectl)")")/kubectl.1.33"
[ -x "$kubectl_bin" ] || kubectl_bin="$(command -v kubectl)"

# Objects, then their status through the status subresource, as a controller writes it.
python3 - "$count" "$work" <<'EOF'
import json, sys
count, work = int(sys.argv[1]), sys.argv[2]
namespaces = [f"team-{i}" for i in range(10)]
rev = "main@sha1:67e2c98a60dc92283531412a9e604dd4bae005a9"
with open(f"{work}/objects.yaml", "w") as objects, open(f"{work}/status.yaml", "w") as status:
    for ns in namespaces:
        objects.write(json.dumps({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}}) + "\n---\n")
    for i in range(count):
        meta = {"name": f"app-{i:04d}", "namespace": namespaces[i % 10]}
        base = {"apiVersion": "kustomize.toolkit.fluxcd.io/v1", "kind": "Kustomization", "metadata": meta}
        objects.write(json.dumps({**base, "spec": {"interval": "10m", "path": f"./apps/app-{i}", "prune": True,
            "sourceRef": {"kind": "GitRepository", "name": "flux-system", "namespace": "flux-system"}}}) + "\n---\n")
        ready = {"type": "Ready", "status": "True", "reason": "ReconciliationSucceeded",
                 "message": f"Applied revision: {rev}", "lastTransitionTime": "2026-01-01T00:00:00Z", "observedGeneration": 1}
        status.write(json.dumps({**base, "status": {"observedGeneration": 1, "conditions": [ready],
            "lastAppliedRevision": rev, "lastAttemptedRevision": rev}}) + "\n---\n")
EOF
"$kubectl_bin" apply --server-side -f "$work/objects.yaml" >/dev/null
"$kubectl_bin" apply --server-side --subresource=status --field-manager=bench -f "$work/status.yaml" >/dev/null
rows="$("$bin" get kustomizations -A --no-header | wc -l)"
[ "$rows" -eq "$count" ] || { echo "flux-rs listed $rows rows, expected $count" >&2; exit 1; }

echo "## $count Kustomizations, $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD)"
hyperfine --warmup 3 --runs 30 --style basic --export-markdown "$work/table.md" \
  -n "flux-rs get kustomizations -A" "$bin get kustomizations -A" \
  -n "kubectl get kustomizations -A (kubectl 1.33)" "$kubectl_bin get kustomizations -A" \
  -n "kubectl get kustomizations -A (dispatcher)" "kubectl get kustomizations -A" >/dev/null
cat "$work/table.md"
for cmd in "$bin get kustomizations -A" "$kubectl_bin get kustomizations -A"; do
  rss=$(/usr/bin/time -f "%M" $cmd 2>&1 >/dev/null | tail -1)
  echo "peak RSS of '${cmd##*/}': ${rss} KiB"
done
