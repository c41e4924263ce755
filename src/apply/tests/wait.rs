//! Health: waiting for applied objects with kstatus, on simulated workloads.

use serde_json::json;

use super::*;
use crate::apply::{ObjectRef, WaitOptions};

fn fast(timeout: Duration) -> WaitOptions {
    WaitOptions { fail_fast: true, ..WaitOptions::every(Duration::from_millis(100), timeout) }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deployment_becomes_current() {
    let cluster = Cluster::with_workloads(true).await;
    let manager = cluster.manager();
    let changes = manager.apply_all_staged(fixture("app.yaml"), &flux_options()).await.unwrap();
    manager.wait_for(&changes.object_refs(), &fast(Duration::from_secs(30))).await.unwrap();
    let live = cluster.get("apps/v1", "Deployment", "apps", "web").await.unwrap();
    assert_eq!(crate::health::compute(&live).status, crate::health::Status::Current);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failing_deployment_fails_fast() {
    let cluster = Cluster::with_workloads(true).await;
    let manager = cluster.manager();
    let app = fixture("app.yaml");
    let mut failing = pick(&app, "Deployment", "web");
    failing["metadata"]["annotations"] = json!({"sim.flux-rs.io/fail": "progress-deadline"});
    let changes =
        manager.apply_all_staged(vec![pick(&app, "Namespace", "apps"), failing], &flux_options()).await.unwrap();
    let timeout = Duration::from_secs(60);
    let started = std::time::Instant::now();
    let err = manager.wait_for(&changes.object_refs(), &fast(timeout)).await.unwrap_err();
    assert_eq!(err.message, "failed early due to stalled resources: [Deployment/apps/web status: 'Failed']");
    assert!(!err.timed_out);
    assert!(started.elapsed() < timeout / 2, "did not fail fast: {:?}", started.elapsed());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_timeout_names_what_is_not_current() {
    let cluster = Cluster::start().await;
    let manager = cluster.manager();
    let changes = manager.apply_all_staged(fixture("app.yaml"), &flux_options()).await.unwrap();
    let mut objects = changes.object_refs();
    objects.push(ObjectRef::of(&config_map("apps", "missing", json!({}))));
    // Without the simulation the Deployment never rolls out.
    let err = manager.wait_for(&objects, &fast(Duration::from_millis(500))).await.unwrap_err();
    assert!(err.timed_out);
    assert_eq!(
        err.message,
        "timeout waiting for: [Deployment/apps/web status: 'InProgress', ConfigMap/apps/missing status: 'NotFound']"
    );
}
