# Shared by the benchmark scripts (sourced): the release binary, a scratch directory cleaned up with every
# background process the script started (add their PIDs to `pids`), and small helpers.

target="${CARGO_TARGET_DIR:-$PWD/target}/release"
# FLUX_RS_BIN runs another binary (or a wrapper, e.g. one starting it under heaptrack) in its place.
bin="${FLUX_RS_BIN:-$target/flux-rs}"
work="$(mktemp -d)"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT

# Waits until `$2` (a shell condition) holds, checking every 0.1 s, for at most `$1` seconds.
wait_for() {
  local deadline=$((SECONDS + $1))
  until eval "$2"; do
    [ "$SECONDS" -lt "$deadline" ] || { echo "timed out waiting for: $2" >&2; return 1; }
    sleep 0.1
  done
}

# A field of /proc/<pid>/status, without its unit.
kib() { awk -v k="$2" '$1 == k":" { print $2 }' "/proc/$1/status"; }
