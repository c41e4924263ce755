//! `flux-rs tree kustomization`: upstream's `testdata/tree` scenarios (tree, compact, empty), the same tree
//! as JSON and YAML, HelmReleases expanded from Helm's storage, and the failures.

use super::support::assert_golden;
use super::trace::{unreachable, Cluster};

/// `{{ .fluxns }}` in the fixture and the goldens, as in upstream's.
const FLUX_NS: &str = "tree-flux-system";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn upstream_scenarios() {
    let c = Cluster::start().await;
    let vars = [("fluxns", FLUX_NS)];
    c.load("tree/kustomizations.yaml", &vars).await;
    let cases: &[(&str, &[&str])] = &[
        // Byte for byte upstream's tree.golden, tree-compact.golden and tree-empty.golden on stdout.
        ("tree", &["tree", "kustomization", "flux-system"]),
        ("tree_compact", &["tree", "kustomization", "flux-system", "--compact"]),
        ("tree_empty", &["tree", "kustomization", "empty"]),
        ("tree_json", &["tree", "ks", "flux-system", "--compact", "-o", "json"]),
        ("tree_yaml", &["tree", "ks", "flux-system", "--compact", "-o", "yaml"]),
    ];
    for (name, args) in cases {
        let mut all = args.to_vec();
        all.extend(["-n", FLUX_NS]);
        let out = c.flux(&all).await;
        assert_golden(&format!("tree/{name}"), &out, &vars);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn helm_releases_and_failures() {
    let c = Cluster::start().await;
    c.load("tree/helmrelease.yaml", &[]).await;
    let cases: &[(&str, &[&str])] = &[
        ("helmrelease", &["tree", "ks", "apps", "-n", "flux-system"]),
        ("helmrelease_compact", &["tree", "ks", "apps", "-n", "flux-system", "--compact"]),
        ("name_required", &["tree", "kustomization"]),
        ("not_found", &["tree", "ks", "nope", "-n", "flux-system"]),
        ("child_not_found", &["tree", "ks", "dangling", "-n", "flux-system"]),
        ("bad_inventory", &["tree", "ks", "garbled", "-n", "flux-system"]),
        ("unknown_kind", &["tree", "helmrelease", "podinfo"]),
    ];
    for (name, args) in cases {
        let out = c.flux(args).await;
        assert_golden(&format!("tree/{name}"), &out, &[]);
    }
    let out = unreachable(&["tree", "ks", "flux-system"]).await;
    assert_golden("tree/unreachable", &out, &[]);
}
