//! `flux-rs suspend`: several names with missing ones (reported, exit 0) and `--all`.

use super::controller::{self, cluster_args, kustomization, with_cluster, NS};
use super::support::{assert_golden, flux};
use crate::support::TestServer;

fn suspended(obj: &kube::api::DynamicObject) -> bool {
    obj.data.pointer("/spec/suspend").and_then(serde_json::Value::as_bool) == Some(true)
}

/// Upstream's `suspend_kustomization_from_git_multiple_args.golden`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn several_names_with_missing_ones() {
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let ks = controller::resource::<api::kustomize::Kustomization>();
    controller::create(&client, &ks, NS, kustomization("tkfg", false)).await;
    let cluster = cluster_args(&server);
    let out = flux(&with_cluster(&["suspend", "kustomization", "tkfg", "foo", "bar"], &cluster), &[], None).await;
    assert_golden("suspend/multiple_args", &out, &[("ns", NS)]);
    let obj = controller::get(&client, &ks, NS, "tkfg").await.expect("tkfg exists");
    assert!(suspended(&obj));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn all_in_the_namespace_with_a_reason() {
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let git = controller::resource::<api::source::GitRepository>();
    for name in ["a", "b"] {
        controller::create(&client, &git, NS, controller::git_repository(name)).await;
    }
    let cluster = cluster_args(&server);
    let out =
        flux(&with_cluster(&["suspend", "source", "git", "--all", "-r", "maintenance"], &cluster), &[], None).await;
    assert_golden("suspend/all", &out, &[("ns", NS)]);
    for name in ["a", "b"] {
        let obj = controller::get(&client, &git, NS, name).await.expect("the object exists");
        assert!(suspended(&obj));
        let reason = obj.metadata.annotations.as_ref().and_then(|a| a.get("suspend.toolkit.fluxcd.io/reason"));
        assert_eq!(reason.map(String::as_str), Some("maintenance"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_name_is_required() {
    let server = TestServer::start().await;
    let cluster = cluster_args(&server);
    let out = flux(&with_cluster(&["suspend", "alert-provider"], &cluster), &[], None).await;
    assert_golden("suspend/name_required", &out, &[("ns", NS)]);
}
