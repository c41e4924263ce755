//! `flux-rs reconcile`: the requestedAt handshake answered by a test controller, `--with-source`,
//! `--force`, refusal on suspended objects, and a controller that never answers.

use super::controller::{self, cluster_args, git_repository, helm_release, kustomization, with_cluster, NS};
use super::support::{assert_golden, flux};
use crate::support::TestServer;

/// Upstream's `reconcile_kustomization_from_git.golden`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kustomization_with_source() {
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let git = controller::resource::<api::source::GitRepository>();
    let ks = controller::resource::<api::kustomize::Kustomization>();
    controller::create(&client, &git, NS, git_repository("tkfg")).await;
    controller::create(&client, &ks, NS, kustomization("tkfg", false)).await;
    let _source_controller = controller::play(&client, git.clone(), NS);
    let _kustomize_controller = controller::play(&client, ks.clone(), NS);
    let cluster = cluster_args(&server);
    let out = flux(&with_cluster(&["reconcile", "kustomization", "tkfg", "--with-source"], &cluster), &[], None).await;
    assert_golden("reconcile/kustomization_with_source", &out, &[("ns", NS)]);
    // The handshake: the controller echoed the exact token the command wrote.
    let obj = controller::get(&client, &ks, NS, "tkfg").await.expect("tkfg exists");
    let requested = obj.metadata.annotations.as_ref().and_then(|a| a.get("reconcile.fluxcd.io/requestedAt")).cloned();
    let handled = obj.data.pointer("/status/lastHandledReconcileAt").and_then(|v| v.as_str()).map(str::to_string);
    assert!(requested.is_some());
    assert_eq!(requested, handled);
}

/// `--force` writes forceAt with the same token as requestedAt (and `--with-source` reaches the
/// HelmChart `<ns>-<name>`, as upstream's `reconcile_helmrelease_from_git.golden`).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn helmrelease_force_with_source() {
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let chart = controller::resource::<api::source::HelmChart>();
    let hr = controller::resource::<api::helm::HelmRelease>();
    controller::create(
        &client,
        &chart,
        NS,
        serde_json::json!({
            "apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "HelmChart",
            "metadata": {"name": format!("{NS}-thrfg")},
            "spec": {"interval": "1m", "chart": "./charts/podinfo", "sourceRef": {"kind": "GitRepository", "name": "thrfg"}}
        }),
    )
    .await;
    controller::create(&client, &hr, NS, helm_release("thrfg")).await;
    let _source_controller = controller::play(&client, chart.clone(), NS);
    let _helm_controller = controller::play(&client, hr.clone(), NS);
    let cluster = cluster_args(&server);
    let out = flux(&with_cluster(&["reconcile", "hr", "thrfg", "--force", "--with-source"], &cluster), &[], None).await;
    assert_golden("reconcile/helmrelease_force_with_source", &out, &[("ns", NS)]);
    let obj = controller::get(&client, &hr, NS, "thrfg").await.expect("thrfg exists");
    let annotations = obj.metadata.annotations.clone().unwrap_or_default();
    assert!(annotations.contains_key("reconcile.fluxcd.io/requestedAt"));
    assert_eq!(annotations.get("reconcile.fluxcd.io/forceAt"), annotations.get("reconcile.fluxcd.io/requestedAt"));
    assert!(!annotations.contains_key("reconcile.fluxcd.io/resetAt"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn suspended_objects_are_refused() {
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let ks = controller::resource::<api::kustomize::Kustomization>();
    controller::create(&client, &ks, NS, kustomization("tkfg", true)).await;
    let cluster = cluster_args(&server);
    let out = flux(&with_cluster(&["reconcile", "ks", "tkfg"], &cluster), &[], None).await;
    assert_golden("reconcile/suspended", &out, &[("ns", NS)]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_controller_times_out() {
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let git = controller::resource::<api::source::GitRepository>();
    controller::create(&client, &git, NS, git_repository("podinfo")).await;
    let cluster = cluster_args(&server);
    let out =
        flux(&with_cluster(&["reconcile", "source", "git", "podinfo", "--timeout", "1s"], &cluster), &[], None).await;
    assert_golden("reconcile/timeout", &out, &[("ns", NS)]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_object() {
    let server = TestServer::start().await;
    controller::install_flux(&server, NS).await;
    let cluster = cluster_args(&server);
    let out = flux(&with_cluster(&["reconcile", "image", "policy", "nope"], &cluster), &[], None).await;
    assert_golden("reconcile/not_found", &out, &[("ns", NS)]);
}
