//! `flux-rs delete`: `-s` deletes without asking; without `-s` and without a terminal it refuses.

use super::controller::{self, cluster_args, git_repository, kustomization, with_cluster, NS};
use super::support::{assert_golden, flux};
use crate::support::TestServer;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn silent_deletes() {
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let ks = controller::resource::<api::kustomize::Kustomization>();
    controller::create(&client, &ks, NS, kustomization("tkfg", false)).await;
    let cluster = cluster_args(&server);
    let out = flux(&with_cluster(&["delete", "kustomization", "tkfg", "-s"], &cluster), &[], None).await;
    assert_golden("delete/silent", &out, &[("ns", NS)]);
    assert!(controller::get(&client, &ks, NS, "tkfg").await.is_none(), "tkfg is gone");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_terminal_it_refuses() {
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let git = controller::resource::<api::source::GitRepository>();
    controller::create(&client, &git, NS, git_repository("podinfo")).await;
    let cluster = cluster_args(&server);
    // A "y" on a pipe is not a confirmation.
    let out = flux(&with_cluster(&["delete", "source", "git", "podinfo"], &cluster), &[], Some("y\n")).await;
    assert_golden("delete/not_a_terminal", &out, &[("ns", NS)]);
    assert!(controller::get(&client, &git, NS, "podinfo").await.is_some(), "podinfo is kept");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_object() {
    let server = TestServer::start().await;
    controller::install_flux(&server, NS).await;
    let cluster = cluster_args(&server);
    let out = flux(&with_cluster(&["delete", "alert-provider", "slack", "-s"], &cluster), &[], None).await;
    assert_golden("delete/not_found", &out, &[("ns", NS)]);
}
