//! `flux-rs create alert-provider`: export, create, update, and the checks before any request.

use super::super::controller::{self, cluster_args, with_cluster, NS};
use super::super::support::{assert_golden, flux, flux_sync};
use crate::support::TestServer;

#[test]
fn export_prints_the_provider() {
    let args = [
        "create",
        "alert-provider",
        "slack",
        "--type",
        "slack",
        "--channel",
        "general",
        "--address",
        "https://hooks.slack.com/services/YOUR/SLACK/WEBHOOK",
        "--secret-ref",
        "webhook-url",
        "--label",
        "team=sre,example.com/tier=alerts",
        "--export",
    ];
    assert_golden("create/alert_provider_export", &flux_sync(&args, &[], None), &[]);
}

#[test]
fn bad_input_is_refused_before_any_request() {
    // No kubeconfig at all: these must fail on the flags alone.
    let cases: &[(&str, &[&str])] = &[
        ("name_required", &["create", "alert-provider", "--type", "slack"]),
        ("name_invalid", &["create", "alert-provider", "Slack_1", "--type", "slack"]),
        ("name_too_short", &["create", "alert-provider", "s", "--type", "slack"]),
        ("type_required", &["create", "alert-provider", "slack"]),
        ("label_invalid", &["create", "alert-provider", "slack", "--type", "slack", "--label", "team"]),
    ];
    for (name, args) in cases {
        assert_golden(&format!("create/alert_provider_{name}"), &flux_sync(args, &[], None), &[]);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn creates_then_updates_and_waits() {
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let cluster = cluster_args(&server);
    let args = ["create", "alert-provider", "slack", "--type", "slack", "--channel", "general"];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_golden("create/alert_provider_created", &out, &[("ns", NS)]);

    let args = ["create", "alert-provider", "slack", "--type", "slack", "--channel", "ops", "--label", "a=b"];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_golden("create/alert_provider_updated", &out, &[("ns", NS)]);
    let provider = controller::resource::<api::notification::Provider>();
    let stored = controller::get(&client, &provider, NS, "slack").await.expect("the Provider exists");
    assert_eq!(stored.data.pointer("/spec/channel").and_then(|v| v.as_str()), Some("ops"));
    assert_eq!(stored.metadata.labels.as_ref().and_then(|l| l.get("a")).map(String::as_str), Some("b"));
}
