//! The loop of Flux's "Deploying your first app": a GitRepository and a Kustomization syncing a directory
//! of manifests, a push applied after the interval, a deletion with kubectl undone.

use std::time::Duration;

use git::testing::{GitHttpServer, TestRepo};
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::core::v1::ConfigMap;
use serde_json::json;

use super::support::{self, applied, condition, is_ready, wait_for, wait_object, RECONCILE};
use crate::gitrepository::support::NS;

const KUSTOMIZATION: &str = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n\
resources:\n- deployment.yaml\n- config.yaml\n";

const DEPLOYMENT: &str = r#"apiVersion: apps/v1
kind: Deployment
metadata:
  name: podinfo
  namespace: default
spec:
  replicas: 1
  selector:
    matchLabels:
      app: podinfo
  template:
    metadata:
      labels:
        app: podinfo
    spec:
      containers:
      - name: podinfo
        image: ghcr.io/stefanprodan/podinfo:6.7.0
"#;

fn config(color: &str) -> String {
    format!("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: podinfo-ui\n  namespace: default\ndata:\n  color: {color}\n")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_directory_in_git_is_applied_kept_in_sync_and_repaired() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    let first = repo.commit(
        "main",
        &[
            ("deploy/k8s/kustomization.yaml", KUSTOMIZATION),
            ("deploy/k8s/deployment.yaml", DEPLOYMENT),
            ("deploy/k8s/config.yaml", &config("blue")),
        ],
        "podinfo",
    );
    let git = GitHttpServer::start(root.path());
    let f = support::start().await;
    let interval = Duration::from_secs(3);
    // Each step may need the source's interval and the Kustomization's, each retried once.
    let deadline = interval * 4 + RECONCILE;

    f.create("repo", json!({"url": git.url("app.git"), "ref": {"branch": "main"}, "interval": "2s"})).await;
    // As in Flux's "Deploying your first app": prune, a target namespace and a Deployment health check.
    f.server.kubectl().run(&["create", "namespace", "apps"]).ok();
    let health = json!([{"apiVersion": "apps/v1", "kind": "Deployment", "name": "podinfo", "namespace": "apps"}]);
    support::create(
        &f,
        "podinfo",
        json!({"interval": "3s", "path": "./deploy/k8s", "prune": true, "targetNamespace": "apps", "healthChecks": health}),
    )
    .await;
    let ks = wait_for(&f, "podinfo", RECONCILE, "Ready", is_ready).await;
    let revision = format!("main@sha1:{first}");
    assert_eq!(applied(&ks), revision);
    assert_eq!(condition(&ks, "Healthy").map(|c| c.status.as_str()), Some("True"), "the Deployment is healthy");
    let ready = condition(&ks, "Ready").unwrap();
    assert_eq!(
        (ready.reason.as_str(), ready.message.as_str()),
        ("ReconciliationSucceeded", &*format!("Applied revision: {revision}"))
    );
    assert_eq!(ks.status.as_ref().unwrap().last_attempted_revision.as_deref(), Some(revision.as_str()));
    let cm = support::get::<ConfigMap>(&f, "apps", "podinfo-ui").await.expect("the ConfigMap is applied");
    assert_eq!(cm.data.unwrap()["color"], "blue");
    let deployment = support::get::<Deployment>(&f, "apps", "podinfo").await.expect("the Deployment is applied");
    let managers: Vec<_> =
        deployment.metadata.managed_fields.unwrap_or_default().into_iter().filter_map(|m| m.manager).collect();
    assert!(managers.iter().any(|m| m == "kustomize-controller"), "applied by kustomize-controller: {managers:?}");

    // A push is applied after the intervals.
    let second = repo.commit("main", &[("deploy/k8s/config.yaml", &config("green"))], "green");
    wait_object::<ConfigMap>(&f, "apps", "podinfo-ui", deadline, "green", |cm| {
        cm.and_then(|c| c.data.as_ref()).is_some_and(|d| d["color"] == "green")
    })
    .await;
    wait_for(&f, "podinfo", deadline, "at the second commit", |ks| applied(ks) == format!("main@sha1:{second}")).await;

    // A Deployment deleted with kubectl comes back within an interval.
    f.server.kubectl().run(&["delete", "deployment", "podinfo", "-n", "apps", "--wait=false"]).ok();
    wait_object::<Deployment>(&f, "apps", "podinfo", deadline, "recreated", |d| {
        d.is_some_and(|d| d.metadata.deletion_timestamp.is_none())
    })
    .await;
    let events = f.events("podinfo").await;
    let messages: Vec<&str> = events.iter().filter_map(|e| e.message.as_deref()).collect();
    assert!(messages.iter().any(|m| m.contains("Deployment/apps/podinfo created")), "a change-set event: {messages:?}");
    assert!(
        messages.iter().any(|m| m.starts_with("Reconciliation finished in ") && m.ends_with(", next run in 3s")),
        "a success event: {messages:?}"
    );
    let _ = NS;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_missing_source_or_path_is_reported_and_retried() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    repo.commit(
        "main",
        &[("deploy/kustomization.yaml", "resources:\n- app.yaml\n"), ("deploy/app.yaml", &config("red"))],
        "only a config",
    );
    let git = GitHttpServer::start(root.path());
    let f = support::start().await;

    support::create(&f, "app", json!({"interval": "2s", "path": "./missing", "retryInterval": "1s"})).await;
    let ks = wait_for(&f, "app", RECONCILE, "waiting for its source", |ks| {
        condition(ks, "Ready").is_some_and(|c| c.status == "False" && c.reason == "ArtifactFailed")
    })
    .await;
    let message = &condition(&ks, "Ready").unwrap().message;
    assert!(message.contains("\"repo\" not found"), "{message}");

    f.create("repo", json!({"url": git.url("app.git"), "ref": {"branch": "main"}, "interval": "1h"})).await;
    let ks = wait_for(&f, "app", RECONCILE, "failing on the path", |ks| {
        condition(ks, "Ready").is_some_and(|c| c.message.starts_with("kustomization path not found: stat "))
    })
    .await;
    assert_eq!(condition(&ks, "Ready").unwrap().reason, "ArtifactFailed");
    assert!(condition(&ks, "Ready").unwrap().message.ends_with("/missing: no such file or directory"));

    support::patch_spec(&f, "app", json!({"path": "./deploy"})).await;
    wait_for(&f, "app", RECONCILE, "Ready once the path exists", is_ready).await;
    assert!(support::get::<ConfigMap>(&f, "default", "podinfo-ui").await.is_some());
}
