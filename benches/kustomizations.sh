#!/usr/bin/env bash
# Kustomizations at scale, in the shape of fluxcd/flux-benchmark: COUNT Kustomizations created at once, each
# applying its own app (a Deployment scaled to 0, a ServiceAccount, a Service and an Ingress) from one
# GitRepository served over HTTP on this machine. Everything runs in one `flux-rs run --embedded` process
# (the API server, the workload simulation, source-controller and kustomize-controller).
#
# Measured per COUNT, each on a fresh in-memory cluster: the wall time from creating the Kustomizations
# until all are Ready, and the peak RSS (VmHWM) of the whole process.
#
# Run: [CONCURRENT=N] benches/kustomizations.sh [COUNT...]   (default: 100 500 1000; needs kubectl, git, python3)
# CONCURRENT sets `--concurrent` (default 4, upstream's; its published benchmark ran kustomize-controller with 20).
# Copy the printed lines into docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."

counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(100 500 1000)
for tool in kubectl git python3; do
  command -v "$tool" >/dev/null || { echo "$tool is required" >&2; exit 1; }
done

cargo build --release --quiet
cargo build --release --quiet -p flux-rs-git --example serve_repos
# shellcheck source=benches/lib.sh
source benches/lib.sh

# The repository: apps/app-N/ for the largest count.
max=0
for c in "${counts[@]}"; do [ "$c" -gt "$max" ] && max=$c; done
python3 - "$work/checkout" "$max" <<'EOF'
import os, sys
root, count = sys.argv[1], int(sys.argv[2])
for i in range(1, count + 1):
    d = os.path.join(root, "apps", f"app-{i}")
    os.makedirs(d)
    name = f"app-{i}"
    files = {
        "kustomization.yaml": "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n"
        "namespace: apps\nresources:\n- serviceaccount.yaml\n- service.yaml\n- deployment.yaml\n- ingress.yaml\n",
        "serviceaccount.yaml": f"apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: {name}\n",
        "service.yaml": f"apiVersion: v1\nkind: Service\nmetadata:\n  name: {name}\nspec:\n  selector:\n"
        f"    app: {name}\n  ports:\n  - name: http\n    port: 9898\n    targetPort: 9898\n",
        "deployment.yaml": f"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {name}\nspec:\n"
        f"  replicas: 0\n  selector:\n    matchLabels:\n      app: {name}\n  template:\n    metadata:\n"
        f"      labels:\n        app: {name}\n    spec:\n      serviceAccountName: {name}\n      containers:\n"
        f"      - name: podinfo\n        image: ghcr.io/stefanprodan/podinfo:6.7.0\n        ports:\n"
        f"        - containerPort: 9898\n",
        "ingress.yaml": f"apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: {name}\nspec:\n"
        f"  rules:\n  - host: {name}.example.com\n    http:\n      paths:\n      - path: /\n"
        f"        pathType: Prefix\n        backend:\n          service:\n            name: {name}\n"
        f"            port:\n              number: 9898\n",
    }
    for f, text in files.items():
        with open(os.path.join(d, f), "w") as out:
            out.write(text)
EOF
git -C "$work/checkout" init -q -b main
git -C "$work/checkout" -c user.name=bench -c user.email=bench@flux-rs.invalid add -A
git -C "$work/checkout" -c user.name=bench -c user.email=bench@flux-rs.invalid commit -qm "apps"
mkdir -p "$work/repos"
git clone -q --bare "$work/checkout" "$work/repos/apps.git"
"$target/examples/serve_repos" "$work/repos" >"$work/git.url" &
pids+=($!)
wait_for 10 '[ -s "$work/git.url" ]'
url="$(cat "$work/git.url")/apps.git"

for count in "${counts[@]}"; do
  data="$work/api-$count"
  "$bin" run --embedded --ephemeral --listen 127.0.0.1:0 --data-dir "$data" \
    --controllers source-controller,kustomize-controller --requeue-dependency 5s --concurrent "${CONCURRENT:-4}" \
    --log-level error 2>"$work/run-$count.log" &
  run=$!
  pids+=("$run")
  wait_for 60 'grep -q "controllers running" "$work/run-$count.log"' || { cat "$work/run-$count.log" >&2; exit 1; }
  export KUBECONFIG="$data/kubeconfig"
  kubectl create namespace apps >/dev/null
  kubectl apply -f - >/dev/null <<EOF
apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: apps
  namespace: flux-system
spec:
  interval: 1h
  url: $url
  ref:
    branch: main
EOF
  wait_for 60 '[ "$(kubectl get gitrepository apps -n flux-system -o jsonpath="{.status.conditions[?(@.type==\"Ready\")].status}")" = True ]'
  python3 - "$count" >"$work/ks-$count.yaml" <<'EOF'
import sys
for i in range(1, int(sys.argv[1]) + 1):
    print(f"""---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: app-{i}
  namespace: flux-system
spec:
  interval: 1h
  retryInterval: 10s
  path: ./apps/app-{i}
  prune: true
  wait: true
  timeout: 5m
  sourceRef:
    kind: GitRepository
    name: apps""")
EOF
  start=$(date +%s.%N)
  kubectl apply -f "$work/ks-$count.yaml" >/dev/null
  # Counted from a light listing once a second, so the watcher costs the measured process little.
  ready() {
    kubectl get kustomizations -n flux-system \
      -o jsonpath='{range .items[*]}{.status.conditions[?(@.type=="Ready")].status}{"\n"}{end}' | grep -c '^True$' || true
  }
  deadline=$((SECONDS + 1800))
  until [ "$(ready)" -ge "$count" ]; do
    [ "$SECONDS" -lt "$deadline" ] || { echo "timed out waiting for $count Ready Kustomizations" >&2; exit 1; }
    sleep 1
  done
  end=$(date +%s.%N)
  objects=$(kubectl get deployments,services,serviceaccounts,ingresses -n apps --no-headers | grep -c app- || true)
  echo "$count Kustomizations (--concurrent ${CONCURRENT:-4}): all Ready in $(python3 -c "print(f'{$end - $start:.1f}')") s; peak RSS of flux-rs run --embedded $(( $(kib "$run" VmHWM) / 1024 )) MiB; $objects app objects in the cluster; load $(cut -d' ' -f1-3 /proc/loadavg)"
  kill "$run"
  wait "$run" 2>/dev/null || true
done
