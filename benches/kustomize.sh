#!/usr/bin/env bash
# `flux-rs kustomize build` against kustomize itself (kubectl 1.33's, v5.6.0), side by side in one run:
#   small  the overlay of tests/fixtures/kustomize/overlay-namespace-prefix-labels (a dozen resources)
#   large  the tree benches/kustomize-gen.py generates (4 000 resources: bases, an overlay, generators,
#          name references through prefixes and hashes, strategic-merge and JSON 6902 patches)
# Each case is first built by both and the outputs compared byte for byte (the script fails loudly if
# they differ); that run also gives the peak RSS of each (/usr/bin/time -v). Then hyperfine times
# both: flux-rs with 5 warm-ups and 30 runs (10 for the large tree), kustomize with 3 warm-ups and
# 30 runs on the small case and 3 runs on the large one (about five minutes of CPU each).
#
# Run: benches/kustomize.sh [TEAMS [APPS]]   (10 teams of 40 apps by default: 4 002 resources)
# Needs hyperfine, python3, GNU time and kubectl.1.33 next to kubectl; builds the release binary.
# Prints a Markdown table for docs/benchmarks.md, with the load average before and after.
set -euo pipefail
cd "$(dirname "$0")/.."

teams="${1:-10}"
apps="${2:-40}"
command -v hyperfine >/dev/null || { echo "hyperfine is required (apt-get install hyperfine)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time is required (apt-get install time)" >&2; exit 1; }
command -v kubectl >/dev/null || { echo "kubectl is required (the oracle is the kubectl.1.33 beside it)" >&2; exit 1; }
oracle="$(dirname "$(readlink -f "$(command -v kubectl)")")/kubectl.1.33"
[ -x "$oracle" ] || { echo "$oracle is missing" >&2; exit 1; }
# The oracle needs no cluster; an empty kubeconfig keeps it from looking for one.
export KUBECONFIG=/dev/null

cargo build --release --quiet --bin flux-rs
bin="${CARGO_TARGET_DIR:-$PWD/target}/release/flux-rs"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

small="tests/fixtures/kustomize/overlay-namespace-prefix-labels/prod"
python3 benches/kustomize-gen.py "$work/tree" --teams "$teams" --apps "$apps" >/dev/null
large="$work/tree/overlays/prod"

# Peak RSS in KiB of one run of "$@", its standard output into $out.
peak_rss() {
  local out="$1"; shift
  /usr/bin/time -v "$@" >"$out" 2>"$work/time.txt" || { cat "$work/time.txt" >&2; return 1; }
  awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt"
}

declare -A rss_ours rss_theirs count
for case in small large; do
  dir="${!case}"
  rss_ours[$case]="$(peak_rss "$work/ours.yaml" "$bin" kustomize build "$dir")"
  rss_theirs[$case]="$(peak_rss "$work/theirs.yaml" "$oracle" kustomize "$dir")"
  if ! cmp -s "$work/ours.yaml" "$work/theirs.yaml"; then
    echo "OUTPUTS DIFFER on the $case tree ($dir): flux-rs is not byte-identical to kustomize" >&2
    diff "$work/theirs.yaml" "$work/ours.yaml" | head -40 >&2
    exit 1
  fi
  count[$case]="$(grep -c '^kind:' "$work/ours.yaml")"
  echo "$case: ${count[$case]} resources, $(wc -c <"$work/ours.yaml") bytes, outputs identical" >&2
done

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine -N --style basic --warmup 5 --runs 30 --export-json "$work/small-ours.json" \
  "$bin kustomize build $small" >&2
hyperfine -N --style basic --warmup 3 --runs 30 --export-json "$work/small-theirs.json" \
  "$oracle kustomize $small" >&2
hyperfine -N --style basic --warmup 2 --runs 10 --export-json "$work/large-ours.json" \
  "$bin kustomize build $large" >&2
hyperfine -N --style basic --runs 3 --export-json "$work/large-theirs.json" \
  "$oracle kustomize $large" >&2
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"

echo "## kustomize build ($(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD))"
echo
echo "load average before: $load_before, after: $load_after"
echo
python3 - "$work" "${count[small]}" "${count[large]}" \
  "${rss_ours[small]}" "${rss_theirs[small]}" "${rss_ours[large]}" "${rss_theirs[large]}" <<'EOF'
import json, sys
work, n_small, n_large, ro_s, rt_s, ro_l, rt_l = sys.argv[1:]
def result(name):
    with open(f"{work}/{name}.json") as f:
        return json.load(f)["results"][0]
def ms(r):
    return f"{r['mean'] * 1000:,.1f} ± {r['stddev'] * 1000:,.1f}" if r["stddev"] is not None else f"{r['mean'] * 1000:,.1f}"
print("| tree | resources | flux-rs (ms) | kustomize (ms) | time ratio (target ≤ 0.1) "
      "| flux-rs peak RSS | kustomize peak RSS | memory ratio (target ≤ 0.5) |")
print("|---|---|---|---|---|---|---|---|")
for case, n, ro, rt in [("small", n_small, ro_s, rt_s), ("large", n_large, ro_l, rt_l)]:
    ours, theirs = result(f"{case}-ours"), result(f"{case}-theirs")
    ratio = ours["mean"] / theirs["mean"]
    mem = int(ro) / int(rt)
    print(f"| {case} | {n} | {ms(ours)} (min {ours['min'] * 1000:,.1f}) | {ms(theirs)} (min {theirs['min'] * 1000:,.1f}) "
          f"| **{ratio:.4f}** {'met' if ratio <= 0.1 else 'NOT met'} | {int(ro):,} KiB | {int(rt):,} KiB "
          f"| **{mem:.2f}** {'met' if mem <= 0.5 else 'NOT met'} |")
EOF
