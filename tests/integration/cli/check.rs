//! `flux-rs check [--pre]` against the embedded API server.

use super::support::{assert_golden, flux, kubeconfig_for};
use crate::support::{fixture, TestServer};

/// Upstream's `cmd/flux/testdata/check/check_pre.golden`, with the embedded server's version.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pre_checks_pass() {
    let server = TestServer::start().await;
    let kubeconfig = server.kubeconfig();
    let out = flux(&["check", "--pre", "--kubeconfig", kubeconfig.to_str().expect("a UTF-8 path")], &[], None).await;
    assert_golden("check_pre", &out, &[("serverVersion", "1.33.0")]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn installation_passes_once_deployments_are_ready() {
    let server = TestServer::start().await;
    let install = std::fs::read_to_string(fixture("cli/flux-install.yaml")).expect("reading the fixture");
    server.kubectl().run_stdin(&["apply", "-f", "-"], &install).ok();
    let kubeconfig = server.kubeconfig();
    // The workload simulation rolls the Deployments out within moments; a 1s poll keeps the test short
    // and --timeout bounds it.
    let args = [
        "check",
        "--poll-interval",
        "1s",
        "--timeout",
        "1m",
        "--kubeconfig",
        kubeconfig.to_str().expect("a UTF-8 path"),
    ];
    let out = flux(&args, &[], None).await;
    assert_golden("check_passed", &out, &[("serverVersion", "1.33.0")]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn empty_cluster_fails() {
    let server = TestServer::start().await;
    let kubeconfig = server.kubeconfig();
    let out = flux(&["check", "--kubeconfig", kubeconfig.to_str().expect("a UTF-8 path")], &[], None).await;
    assert_golden("check_failed", &out, &[("serverVersion", "1.33.0")]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deployment_that_never_becomes_ready_times_out() {
    let server = TestServer::with(|c| {
        c.ephemeral = true;
        c.simulate_workloads = false;
    })
    .await;
    let install = std::fs::read_to_string(fixture("cli/flux-install.yaml")).expect("reading the fixture");
    server.kubectl().run_stdin(&["apply", "-f", "-"], &install).ok();
    let kubeconfig = server.kubeconfig();
    let args = [
        "check",
        "--poll-interval",
        "200ms",
        "--timeout",
        "1s",
        "--kubeconfig",
        kubeconfig.to_str().expect("a UTF-8 path"),
    ];
    let out = flux(&args, &[], None).await;
    assert_golden("check_not_ready", &out, &[("serverVersion", "1.33.0")]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unreachable_server_fails_the_pre_checks() {
    let dir = tempfile::tempdir().expect("a temporary dir");
    let kubeconfig = kubeconfig_for(dir.path(), "https://127.0.0.1:1", None);
    let out = flux(&["check", "--pre", "--kubeconfig", kubeconfig.to_str().expect("a UTF-8 path")], &[], None).await;
    assert_golden("check_pre_unreachable", &out, &[]);
}
