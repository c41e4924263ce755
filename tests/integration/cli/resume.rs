//! `flux-rs resume`: the wait on one name (the test plays kustomize-controller), `--wait=false`, and the
//! not-found quirk that names the first argument.

use super::controller::{self, cluster_args, kustomization, with_cluster, NS};
use super::support::{assert_golden, flux};
use crate::support::TestServer;

/// Upstream's `resume_kustomization_from_git.golden`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_name_waits_for_the_reconciliation() {
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let ks = controller::resource::<api::kustomize::Kustomization>();
    controller::create(&client, &ks, NS, kustomization("tkfg", true)).await;
    let _controller = controller::play(&client, ks.clone(), NS);
    let cluster = cluster_args(&server);
    let out = flux(&with_cluster(&["resume", "kustomization", "tkfg"], &cluster), &[], None).await;
    assert_golden("resume/one_name", &out, &[("ns", NS)]);
}

/// Upstream's `resume_kustomization_from_git_multiple_args_wait.golden` shape: the missing name is
/// reported with the first argument's name.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn several_names_wait_when_asked() {
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let ks = controller::resource::<api::kustomize::Kustomization>();
    controller::create(&client, &ks, NS, kustomization("tkfg", true)).await;
    let _controller = controller::play(&client, ks.clone(), NS);
    let cluster = cluster_args(&server);
    let out = flux(&with_cluster(&["resume", "ks", "tkfg", "foo", "--wait"], &cluster), &[], None).await;
    assert_golden("resume/multiple_args_wait", &out, &[("ns", NS)]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wait_false_does_not_wait() {
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let ks = controller::resource::<api::kustomize::Kustomization>();
    controller::create(&client, &ks, NS, kustomization("tkfg", true)).await;
    let cluster = cluster_args(&server);
    // No controller plays: waiting would time out.
    let out =
        flux(&with_cluster(&["resume", "ks", "tkfg", "--wait=false", "--timeout", "5s"], &cluster), &[], None).await;
    assert_golden("resume/wait_false", &out, &[("ns", NS)]);
    let obj = controller::get(&client, &ks, NS, "tkfg").await.expect("tkfg exists");
    assert_eq!(obj.data.pointer("/spec/suspend"), None, "suspend is cleared");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_wait_that_times_out_fails() {
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let ks = controller::resource::<api::kustomize::Kustomization>();
    controller::create(&client, &ks, NS, kustomization("tkfg", true)).await;
    let cluster = cluster_args(&server);
    let out = flux(&with_cluster(&["resume", "ks", "tkfg", "--timeout", "1s"], &cluster), &[], None).await;
    assert_golden("resume/timeout", &out, &[("ns", NS)]);
}
