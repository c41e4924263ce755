#!/usr/bin/env bash
# Idle RSS of `flux-rs run --controllers all` with no API server in the process: the embedded API server
# runs in another process (`flux-rs run --embedded --controllers none`), the controllers connect to it
# through its kubeconfig. Measured with no Flux objects, then with COUNT GitRepositories (default 100)
# pointing at a local Git repository over HTTP, once all are Ready.
#
# Run: benches/run-idle.sh [COUNT] [IDLE_SECONDS]   (needs kubectl and curl; builds the release binary)
# Prints VmRSS (and VmHWM, the peak) of the controller process; copy them into docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."

count="${1:-100}"
idle="${2:-10}"
command -v kubectl >/dev/null || { echo "kubectl is required" >&2; exit 1; }
command -v curl >/dev/null || { echo "curl is required" >&2; exit 1; }

cargo build --release --quiet
cargo build --release --quiet -p flux-rs-git --example serve_bench_repo
# shellcheck source=benches/lib.sh
source benches/lib.sh
report() {
  echo "$1: VmRSS $(kib "$controllers" VmRSS) KiB (anonymous $(kib "$controllers" RssAnon), file $(kib "$controllers" RssFile)), VmHWM $(kib "$controllers" VmHWM) KiB, threads $(kib "$controllers" Threads); load $(cut -d' ' -f1-3 /proc/loadavg)"
}

"$bin" run --embedded --controllers none --ephemeral --listen 127.0.0.1:0 --simulate-workloads=false \
  --data-dir "$work/api" 2>"$work/api.log" &
pids+=($!)
wait_for 30 'grep -q "Flux installed" "$work/api.log"' || { cat "$work/api.log" >&2; exit 1; }
export KUBECONFIG="$work/api/kubeconfig"

RUNTIME_NAMESPACE=flux-system "$bin" run --kubeconfig "$KUBECONFIG" --controllers all \
  --metrics-addr 127.0.0.1:0 --health-addr 127.0.0.1:0 --storage-path "$work/artifacts" \
  --storage-addr 127.0.0.1:0 --events-addr 127.0.0.1:0 --receiver-addr 127.0.0.1:0 2>"$work/controllers.log" &
controllers=$!
pids+=("$controllers")
# The health listener's address is in the log; /readyz answers 200 once the informers have synced.
wait_for 30 'grep -q "\"health probe\"" "$work/controllers.log"' || { cat "$work/controllers.log" >&2; exit 1; }
health="$(grep '"health probe"' "$work/controllers.log" | head -1 | sed 's/.*"addr":"\([^"]*\)".*/\1/')"
wait_for 30 'curl -sf "http://$health/readyz" >/dev/null'

echo "## flux-rs run --controllers all, $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD)"
echo "binary: $(du -k "$bin" | cut -f1) KiB"
report "ready (informers synced), no objects"
sleep "$idle" # the measurement: what the process holds after idling
report "after ${idle} s idle, no objects"

# A small repository (100 files, 10 commits) over HTTP for every GitRepository.
"$target/examples/serve_bench_repo" "$work/git" --files 100 --commits 10 >"$work/git.url" 2>"$work/git.log" &
pids+=($!)
wait_for 60 '[ -s "$work/git.url" ]' || { cat "$work/git.log" >&2; exit 1; }
url="$(head -1 "$work/git.url")"
for i in $(seq "$count"); do
  printf 'apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: repo-%03d\n  namespace: flux-system\nspec:\n  interval: 10m\n  url: %s\n  ref:\n    branch: main\n---\n' "$i" "$url"
done >"$work/repos.yaml"
started=$SECONDS
kubectl apply -f "$work/repos.yaml" >/dev/null
ready_count() { kubectl get gitrepositories -n flux-system -o jsonpath='{range .items[*]}{.status.conditions[?(@.type=="Ready")].status}{"\n"}{end}' | grep -c '^True$' || true; }
wait_for 600 '[ "$(ready_count)" -eq "$count" ]'
echo "$count GitRepositories Ready in $((SECONDS - started)) s"
report "$count GitRepositories Ready"
sleep "$idle" # the measurement, as above
report "after ${idle} s idle, $count GitRepositories"
echo "artifacts: $(find "$work/artifacts" -name '*.tar.gz' | wc -l) files, $(du -sk "$work/artifacts" | cut -f1) KiB"
echo "API server process: VmRSS $(kib "${pids[0]}" VmRSS) KiB"
