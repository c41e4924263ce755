//! Feature gate `CancelHealthCheckOnNewRevision`: a health check waiting on a broken Deployment gives up
//! when the Kustomization is queued again — a push that fixes it is applied at once, not after the
//! timeout.

use git::testing::{GitHttpServer, TestRepo};
use kube::api::{Patch, PatchParams};
use serde_json::json;

use super::support::{self, applied, condition, is_ready, wait_for, RECONCILE};
use crate::gitrepository::support::{Fixture, NS};
use crate::support::eventually;

/// The Deployment `web`; `annotations` go on its pod template (the simulation reads
/// `sim.flux-rs.io/fail` there).
fn deployment(annotations: &str) -> String {
    format!(
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: default\nspec:\n  replicas: 1\n  \
selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n{annotations}    \
spec:\n      containers:\n      - name: web\n        image: nginx\n"
    )
}

const CRASH_LOOP: &str = "      annotations:\n        sim.flux-rs.io/fail: crash-loop\n";

fn checking_health_of(revision: String) -> impl Fn(&api::kustomize::Kustomization) -> bool {
    move |ks| {
        condition(ks, "Healthy").is_some_and(|c| c.status == "Unknown" && c.reason == "Progressing")
            && condition(ks, "Reconciling")
                .is_some_and(|c| c.message.starts_with(&format!("Running health checks for revision {revision} ")))
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_revision_cancels_the_health_check_of_the_broken_one() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    let broken = repo.commit("main", &[("app/web.yaml", &deployment(CRASH_LOOP))], "crash-looping");
    let git = GitHttpServer::start(root.path());
    let f = Fixture::start_controllers(
        "source-controller,kustomize-controller",
        &["--feature-gates=CancelHealthCheckOnNewRevision=true"],
    )
    .await;
    f.create("repo", json!({"url": git.url("app.git"), "ref": {"branch": "main"}, "interval": "2s"})).await;
    // Ten minutes of waiting on the crash loop, unless something cancels it.
    support::create(&f, "app", json!({"interval": "1h", "timeout": "10m", "path": "./app", "wait": true})).await;
    wait_for(
        &f,
        "app",
        RECONCILE,
        "checking the broken revision's health",
        checking_health_of(format!("main@sha1:{broken}")),
    )
    .await;

    let fixed = repo.commit("main", &[("app/web.yaml", &deployment(""))], "fixed");
    let ks =
        wait_for(&f, "app", RECONCILE, "Ready with the fix", |ks| is_ready(ks) && applied(ks).ends_with(&fixed)).await;
    let event = f.wait_event("app", "HealthCheckCanceled").await;
    assert_eq!(
        event.message.as_deref(),
        Some("Health checks canceled due to new reconciliation triggered by GitRepository/flux-system/repo")
    );
    let history = ks.status.and_then(|s| s.history).unwrap_or_default();
    assert!(
        history.iter().all(|h| h.last_reconciled_status != "HealthCheckFailed"),
        "a canceled health check is not a failure: {history:?}"
    );

    // A reconcile request queues it again too.
    let broken = repo.commit("main", &[("app/web.yaml", &deployment(CRASH_LOOP))], "broken again");
    wait_for(&f, "app", RECONCILE, "checking the health again", checking_health_of(format!("main@sha1:{broken}")))
        .await;
    support::kustomizations(&f)
        .patch(
            "app",
            &PatchParams::default(),
            &Patch::Merge(json!({"metadata": {"annotations": {"reconcile.fluxcd.io/requestedAt": "now"}}})),
        )
        .await
        .unwrap();
    // The canceled reconciliation started before the request: the one it hands over to records it.
    let message = format!("Health checks canceled due to new reconciliation triggered by Kustomization/{NS}/app");
    eventually(RECONCILE, &format!("the event {message:?}"), || async {
        f.events("app").await.into_iter().find(|e| e.message.as_deref() == Some(message.as_str()))
    })
    .await;
    wait_for(
        &f,
        "app",
        RECONCILE,
        "checking the health after the request",
        checking_health_of(format!("main@sha1:{broken}")),
    )
    .await;
}
