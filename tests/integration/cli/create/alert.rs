//! `flux-rs create alert`: export, create and update (an Alert has no controller status: kstatus alone
//! decides it is ready), and the checks before any request.

use super::super::controller::{self, cluster_args, with_cluster, NS};
use super::super::support::{assert_golden, flux, flux_sync};
use crate::support::TestServer;

#[test]
fn export_prints_the_alert() {
    let args = [
        "create",
        "alert",
        "--event-severity",
        "info",
        "--event-source",
        "Kustomization/flux-system,GitRepository/podinfo.apps",
        "--event-source",
        "HelmRelease/redis",
        "--provider-ref",
        "slack",
        "--label",
        "team=sre",
        "flux-system",
        "--export",
    ];
    assert_golden("create/alert/export", &flux_sync(&args, &[], None), &[]);
}

#[test]
fn bad_input_is_refused_before_any_request() {
    let cases: &[(&str, &[&str])] = &[
        ("name_required", &["create", "alert", "--provider-ref", "slack"]),
        ("provider_ref_required", &["create", "alert", "on-call", "--event-source", "Kustomization/apps"]),
        ("event_source_required", &["create", "alert", "on-call", "--provider-ref", "slack"]),
        ("event_source_format", &["create", "alert", "on-call", "--provider-ref", "slack", "--event-source", "apps"]),
    ];
    for (name, args) in cases {
        assert_golden(&format!("create/alert/{name}"), &flux_sync(args, &[], None), &[]);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn creates_then_updates_and_waits() {
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let cluster = cluster_args(&server);
    let args = ["create", "alert", "on-call", "--provider-ref", "slack", "--event-source", "Kustomization/apps"];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_golden("create/alert/created", &out, &[]);

    let args = ["create", "alert", "on-call", "--provider-ref", "pager", "--event-source", "HelmRelease/db.data"];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_golden("create/alert/updated", &out, &[]);
    let alert = controller::resource::<api::notification::Alert>();
    let stored = controller::get(&client, &alert, NS, "on-call").await.expect("the Alert exists");
    assert_eq!(stored.data.pointer("/spec/providerRef/name").and_then(|v| v.as_str()), Some("pager"));
    assert_eq!(stored.data.pointer("/spec/eventSources/0/namespace").and_then(|v| v.as_str()), Some("data"));
}
