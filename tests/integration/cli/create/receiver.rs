//! `flux-rs create receiver`: export, create against a playing controller (which reports the webhook
//! path), and the checks before any request.

use super::super::controller::{self, cluster_args, with_cluster, NS};
use super::super::support::{assert_golden, flux, flux_sync};
use crate::support::TestServer;

#[test]
fn export_prints_the_receiver() {
    let args = [
        "create",
        "receiver",
        "github-receiver",
        "--type",
        "github",
        "--event",
        "ping",
        "--event",
        "push",
        "--secret-ref",
        "webhook-token",
        "--resource",
        "GitRepository/webapp",
        "--resource",
        "HelmRepository/webapp",
        "--export",
    ];
    assert_golden("create/receiver/export", &flux_sync(&args, &[], None), &[]);
    // Without --event, every event triggers: no `events` at all.
    let args = [
        "create",
        "receiver",
        "harbor",
        "--type=harbor",
        "--secret-ref=token",
        "--resource=ImageRepository/app",
        "--export",
    ];
    assert_golden("create/receiver/export_all_events", &flux_sync(&args, &[], None), &[]);
}

#[test]
fn bad_input_is_refused_before_any_request() {
    let cases: &[(&str, &[&str])] = &[
        ("name_required", &["create", "receiver", "--type", "github"]),
        ("type_required", &["create", "receiver", "hook", "--secret-ref", "token"]),
        ("type_unsupported", &["create", "receiver", "hook", "--type", "gitea"]),
        ("type_empty", &["create", "receiver", "hook", "--type="]),
        ("secret_ref_required", &["create", "receiver", "hook", "--type", "github"]),
        ("resource_required", &["create", "receiver", "hook", "--type", "github", "--secret-ref", "token"]),
        (
            "resource_format",
            &["create", "receiver", "hook", "--type", "github", "--secret-ref", "token", "--resource", "app"],
        ),
    ];
    for (name, args) in cases {
        assert_golden(&format!("create/receiver/{name}"), &flux_sync(args, &[], None), &[]);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn creates_then_updates_and_prints_the_webhook_path() {
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let receiver = controller::resource::<api::notification::Receiver>();
    let _notification_controller = controller::play(&client, receiver.clone(), NS);
    let cluster = cluster_args(&server);
    let args = [
        "create",
        "receiver",
        "github",
        "--type",
        "github",
        "--secret-ref",
        "token",
        "--resource",
        "GitRepository/app",
    ];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_golden("create/receiver/created", &out, &[]);

    let args =
        ["create", "receiver", "github", "--type", "github", "--secret-ref", "token2", "--resource", "Bucket/app"];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_golden("create/receiver/updated", &out, &[]);
    let stored = controller::get(&client, &receiver, NS, "github").await.expect("the Receiver exists");
    assert_eq!(stored.data.pointer("/spec/resources/0/kind").and_then(|v| v.as_str()), Some("Bucket"));
}
