//! `flux-rs version`: client only, from the cluster, and its errors.

use super::support::{assert_golden, flux, flux_sync};
use crate::support::{fixture, TestServer};

const VERSION: &str = env!("CARGO_PKG_VERSION");

#[test]
fn client_only_yaml_and_json() {
    let out = flux_sync(&["version", "--client"], &[], None);
    assert_golden("version_client", &out, &[("version", VERSION)]);
    let out = flux_sync(&["version", "--client", "-o", "json"], &[], None);
    assert_golden("version_client_json", &out, &[("version", VERSION)]);
}

#[test]
fn unknown_output_format_is_a_runtime_error() {
    let out = flux_sync(&["version", "--client", "-o", "xml"], &[], None);
    assert_golden("version_bad_output", &out, &[]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn from_the_cluster() {
    let server = TestServer::start().await;
    let install = std::fs::read_to_string(fixture("cli/flux-install.yaml")).expect("reading the fixture");
    server.kubectl().run_stdin(&["apply", "-f", "-"], &install).ok();
    let kubeconfig = server.kubeconfig();
    let kc = kubeconfig.to_str().expect("a UTF-8 path");
    let out = flux(&["version", "--kubeconfig", kc], &[], None).await;
    assert_golden("version_cluster", &out, &[("version", VERSION)]);
    let out = flux(&["version", "-o", "json"], &[("KUBECONFIG", kc)], None).await;
    assert_golden("version_cluster_json", &out, &[("version", VERSION)]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_flux_deployments() {
    let server = TestServer::start().await;
    let kubeconfig = server.kubeconfig();
    let out = flux(&["version", "--kubeconfig", kubeconfig.to_str().expect("a UTF-8 path")], &[], None).await;
    assert_golden("version_no_deployments", &out, &[("version", VERSION)]);
}
