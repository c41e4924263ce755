#!/usr/bin/env bash
# Our clone (`git::checkout`, as the GitRepository controller calls it: branch, depth 1) against
# `git clone --depth 1` of the same generated repository (10 000 files, 1 000 commits) over the same local
# HTTP server (`git http-backend`); the "unchanged" path (ls-refs only) against `git ls-remote`; peak RSS
# of each; then the artifact build (`Storage::archive`) of the checked-out tree.
#
# Run: benches/git-clone.sh [RUNS]   (needs hyperfine and GNU time; builds the examples in release)
# Set GIT_BENCH_ROOT=<dir> to keep the generated repository between runs (it is reused when present).
# Prints tables to copy into docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-20}"
command -v hyperfine >/dev/null || { echo "hyperfine is required (apt-get install hyperfine)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "GNU time is required (apt-get install time)" >&2; exit 1; }
# Both clients ignore the host's and the user's git configuration.
export GIT_CONFIG_NOSYSTEM=1 GIT_CONFIG_GLOBAL=/dev/null

cargo build --release --quiet -p flux-rs-git --examples
bin="${CARGO_TARGET_DIR:-$PWD/target}/release/examples"
work="$(mktemp -d)"
server=""
trap '[ -n "$server" ] && { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }; rm -rf "$work"' EXIT

root="${GIT_BENCH_ROOT:-$work/server}"
"$bin/serve_bench_repo" "$root" >"$work/url" 2>"$work/server.log" &
server=$!
# Generating the repository takes a while the first time; the URL line says it is served.
for _ in $(seq 1200); do
  [ -s "$work/url" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 0.1
done
url="$(head -1 "$work/url")"
[ -n "$url" ] || { echo "the server printed no URL" >&2; cat "$work/server.log" >&2; exit 1; }
cat "$work/server.log" >&2

# One of each first: the same commit and the same files, or the comparison means nothing.
"$bin/clone" "$url" "$work/check-ours" >/dev/null
git clone --quiet --depth 1 --branch main "$url" "$work/check-git"
ours_head="$(git -C "$work/check-ours" rev-parse HEAD)"
[ "$ours_head" = "$(git -C "$work/check-git" rev-parse HEAD)" ] || { echo "different commits checked out" >&2; exit 1; }
diff -r --exclude=.git "$work/check-ours" "$work/check-git" >/dev/null || { echo "the trees differ" >&2; exit 1; }
files="$(git -C "$work/check-git" ls-files | wc -l)"
commits="$(git --git-dir "$root/bench.git" rev-list --count main)"
pack_kib() { du -k "$1"/.git/objects/pack/*.pack | awk '{ s += $1 } END { print s }'; }

echo "## $files files, $commits commits; $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD), $(git --version)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "checkout: $(du -sk --apparent-size --exclude=.git "$work/check-git" | cut -f1) KiB of files (apparent size); depth-1 pack: ours $(pack_kib "$work/check-ours") KiB, git $(pack_kib "$work/check-git") KiB"
echo
echo "### clone, depth 1, branch main"
hyperfine --warmup 3 --runs "$runs" --style basic --export-markdown "$work/clone.md" \
  --prepare "rm -rf '$work/ours'" -n "flux-rs-git checkout (example clone)" "'$bin/clone' '$url' '$work/ours'" \
  --prepare "rm -rf '$work/git'" -n "git clone --depth 1 --branch main" \
  "git clone --quiet --depth 1 --branch main '$url' '$work/git'" >/dev/null
cat "$work/clone.md"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "### unchanged: remote main equals the stored revision (ls-refs only)"
hyperfine --warmup 3 --runs "$((runs * 2))" --style basic --export-markdown "$work/unchanged.md" \
  -n "flux-rs-git checkout, unchanged" \
  "'$bin/clone' '$url' '$work/unchanged' --last-observed-revision 'main@sha1:$ours_head'" \
  -n "git ls-remote origin refs/heads/main" "git ls-remote '$url' refs/heads/main" >/dev/null
cat "$work/unchanged.md"
"$bin/clone" "$url" "$work/unchanged" --last-observed-revision "main@sha1:$ours_head" | grep -q '^unchanged ' ||
  { echo "the unchanged path cloned" >&2; exit 1; }
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "### peak RSS (one run each)"
peak() { rm -rf "$work/rss"; /usr/bin/time -f "%M KiB, %e s" "$@" 2>&1 >/dev/null | tail -1; }
echo "flux-rs-git clone: $(peak "$bin/clone" "$url" "$work/rss")"
echo "git clone --depth 1: $(peak git clone --quiet --depth 1 --branch main "$url" "$work/rss")"
echo "flux-rs-git unchanged: $(peak "$bin/clone" "$url" "$work/rss" --last-observed-revision "main@sha1:$ours_head")"
echo "git ls-remote: $(peak git ls-remote "$url" refs/heads/main)"
echo
echo "### artifact of the checkout (Storage::archive with the default ignore rules)"
"$bin/archive_checkout" "$work/check-ours" --runs 7
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
