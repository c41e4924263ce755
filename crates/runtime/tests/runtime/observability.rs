//! What the outside sees: Kubernetes Events (repeats counted) and the events forwarded in-process,
//! `/metrics`, `/healthz` and `/readyz`.

use std::sync::Arc;
use std::time::Duration;

use k8s_openapi::api::core::v1::Event;
use kube::api::{Api, ListParams};
use runtime::{conditions, ManagerOptions};

use crate::support::*;

const DEADLINE: Duration = Duration::from_secs(15);

async fn events_for(client: &kube::Client, name: &str) -> Vec<Event> {
    let events: Api<Event> = Api::namespaced(client.clone(), NS);
    let list = events.list(&ListParams::default()).await.expect("listing events");
    list.items.into_iter().filter(|e| e.involved_object.name.as_deref() == Some(name)).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_are_written_counted_and_forwarded() {
    let sink = Arc::new(Sink::default());
    let h = Harness::start_with(options(), |manager, journal| {
        manager.set_event_sink(sink.clone());
        manager.controller("source-controller", FakeSource { manager: "a", journal: journal.clone() }).register();
    })
    .await;
    let client = h.client.clone();

    create_repo(&client, "broken", "fail", "1m").await;
    wait_until("one Warning event counted three times", DEADLINE, || async {
        let events = events_for(&client, "broken").await;
        events.len() == 1 && events[0].count.unwrap_or_default() >= 3
    })
    .await;
    let event = events_for(&client, "broken").await.remove(0);
    assert_eq!(event.type_.as_deref(), Some("Warning"));
    assert_eq!(event.reason.as_deref(), Some("GitOperationFailed"));
    assert_eq!(event.message.as_deref(), Some("failed to checkout and determine revision: boom"));
    assert_eq!(event.source.as_ref().and_then(|s| s.component.as_deref()), Some("source-controller"));
    assert_eq!(event.involved_object.kind.as_deref(), Some("GitRepository"));
    assert_eq!(event.involved_object.api_version.as_deref(), Some("source.toolkit.fluxcd.io/v1"));
    assert!(event.last_timestamp >= event.first_timestamp);

    // A success records NewArtifact (forwarded), then ArtifactUpToDate as a Trace event (not forwarded).
    create_repo(&client, "podinfo", "ok", "1s").await;
    wait_until("a Trace event in Kubernetes", DEADLINE, || async {
        events_for(&client, "podinfo").await.iter().any(|e| e.reason.as_deref() == Some("ArtifactUpToDate"))
    })
    .await;
    let events = events_for(&client, "podinfo").await;
    let new_artifact = events.iter().find(|e| e.reason.as_deref() == Some("NewArtifact")).expect("NewArtifact");
    assert_eq!(new_artifact.type_.as_deref(), Some("Normal"));
    let annotations = new_artifact.metadata.annotations.clone().unwrap_or_default();
    assert_eq!(annotations.get("source.toolkit.fluxcd.io/revision").map(String::as_str), Some("main@sha1:abc"));
    let trace = events.iter().find(|e| e.reason.as_deref() == Some("ArtifactUpToDate")).unwrap();
    assert_eq!(trace.type_.as_deref(), Some("Normal"), "Trace events are Normal in Kubernetes");

    let forwarded = sink.0.lock().unwrap().clone();
    let reasons: Vec<(&str, &str, &str)> = forwarded
        .iter()
        .map(|e| (e.involved_object.name.as_deref().unwrap_or_default(), e.reason.as_str(), e.severity.as_str()))
        .collect();
    assert!(reasons.contains(&("broken", "GitOperationFailed", "error")), "{reasons:?}");
    assert!(reasons.contains(&("podinfo", "NewArtifact", "info")), "{reasons:?}");
    assert!(!reasons.iter().any(|(_, reason, _)| *reason == "ArtifactUpToDate"), "Trace is never forwarded");
    let new = forwarded.iter().find(|e| e.reason == "NewArtifact").unwrap();
    assert_eq!(new.reporting_controller, "source-controller");
    assert_eq!(new.metadata.get("source.toolkit.fluxcd.io/revision").map(String::as_str), Some("main@sha1:abc"));
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_and_probes_over_http() {
    let loopback = "127.0.0.1:0".parse().ok();
    let h = Harness::start(ManagerOptions { metrics_addr: loopback, health_addr: loopback, ..options() }).await;
    let client = h.client.clone();
    let metrics = h.running.metrics_addr().expect("a metrics address");
    let health = h.running.health_addr().expect("a health address");
    assert_ne!(metrics.port(), 0, "the bound port is reported");
    assert_ne!(metrics, health);

    assert_eq!(http_get(health, "/healthz").await, (200, "ok".to_string()));
    wait_until("ready once the caches synced", DEADLINE, || async { http_get(health, "/readyz").await.0 == 200 }).await;
    assert_eq!(http_get(health, "/readyz").await.1, "ok");
    assert_eq!(http_get(health, "/nope").await.0, 404);

    create_repo(&client, "podinfo", "ok", "1h").await;
    wait_until("Ready", DEADLINE, || async {
        get_repo(&client, "podinfo").await.is_some_and(|r| conditions::is_true(&r, "Ready"))
    })
    .await;
    wait_until("the reconciliation is counted", DEADLINE, || async {
        http_get(metrics, "/metrics").await.1.contains("result=\"requeue_after\"} 1\n")
    })
    .await;
    let (status, body) = http_get(metrics, "/metrics").await;
    assert_eq!(status, 200);
    for series in [
        "controller_runtime_reconcile_total{controller=\"gitrepository\",result=\"requeue\"} 1\n",
        "controller_runtime_reconcile_total{controller=\"gitrepository\",result=\"requeue_after\"} 1\n",
        "controller_runtime_max_concurrent_reconciles{controller=\"gitrepository\"} 2\n",
        "controller_runtime_active_workers{controller=\"gitrepository\"} 0\n",
        "gotk_reconcile_duration_seconds_count{kind=\"GitRepository\",name=\"podinfo\",namespace=\"default\"} 2\n",
        "workqueue_depth{name=\"gitrepository\",controller=\"gitrepository\"} 0\n",
        "# TYPE controller_runtime_reconcile_time_seconds histogram\n",
        "process_resident_memory_bytes ",
    ] {
        assert!(body.contains(series), "missing {series:?} in\n{body}");
    }
    h.stop().await;
}
