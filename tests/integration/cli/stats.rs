//! `flux-rs stats`: counts and storage per kind, in a namespace and across all of them.

use super::support::{assert_golden, flux};
use super::trace::{unreachable, Cluster};
use crate::support::TestServer;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn report() {
    let c = Cluster::start().await;
    c.load("stats/objects.yaml", &[]).await;
    let cases: &[(&str, &[&str])] = &[
        ("flux_system", &["stats"]),
        ("all_namespaces", &["stats", "-A"]),
        ("empty", &["stats", "-n", "empty"]),
        ("unexpected_argument", &["stats", "podinfo"]),
    ];
    for (name, args) in cases {
        let out = c.flux(args).await;
        assert_golden(&format!("stats/{name}"), &out, &[]);
    }
}

/// Kinds the server does not serve count as none, as upstream; a server that cannot be reached fails.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_crds_and_unreachable_cluster() {
    let server = TestServer::start().await;
    let kubeconfig = server.kubeconfig().to_str().expect("a UTF-8 path").to_string();
    let out = flux(&["stats", "--kubeconfig", &kubeconfig], &[], None).await;
    assert_golden("stats/no_crds", &out, &[]);
    let out = unreachable(&["stats"]).await;
    assert_eq!(out.code, 1, "{out:?}");
    assert_eq!(out.stdout, "");
    assert_eq!(out.stderr.lines().count(), 1, "{out:?}");
    assert!(out.stderr.starts_with("✗ Get \"https://127.0.0.1:1/apis/"), "{out:?}");
    assert!(out.stderr.trim_end().ends_with("connect: connection refused"), "{out:?}");
}
