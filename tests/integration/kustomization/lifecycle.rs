//! What a Kustomization does over time: prune, dependency order, health checks, forced recreation,
//! suspension.

use std::time::Duration;

use git::testing::{GitHttpServer, TestRepo};
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::core::v1::ConfigMap;
use serde_json::json;

use super::support::{self, condition, is_ready, wait_for, wait_object, RECONCILE};
use crate::cli::support::flux;
use crate::gitrepository::support::{Fixture, NS};

fn config_map(name: &str, extra_metadata: &str) -> String {
    format!("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n  namespace: default\n{extra_metadata}data:\n  key: {name}\n")
}

fn kustomization(resources: &[&str]) -> String {
    if resources.is_empty() {
        return "resources: []\n".to_string();
    }
    let mut text = String::from("resources:\n");
    for r in resources {
        text.push_str(&format!("- {r}\n"));
    }
    text
}

fn deployment(name: &str, annotations: &str, image: &str) -> String {
    [
        "apiVersion: apps/v1".to_string(),
        "kind: Deployment".to_string(),
        "metadata:".to_string(),
        format!("  name: {name}"),
        "  namespace: default".to_string(),
        format!("{annotations}spec:"),
        "  replicas: 1".to_string(),
        "  selector:".to_string(),
        "    matchLabels:".to_string(),
        format!("      app: {name}"),
        "  template:".to_string(),
        "    metadata:".to_string(),
        "      labels:".to_string(),
        format!("        app: {name}"),
        "    spec:".to_string(),
        "      containers:".to_string(),
        "      - name: app".to_string(),
        format!("        image: {image}"),
        String::new(),
    ]
    .join("\n")
}

/// A Git server with `repo`'s repository and both controllers, the GitRepository `repo` polling every 2 s.
async fn start(repo: &TestRepo, git: &GitHttpServer) -> Fixture {
    let f = support::start().await;
    let _ = repo;
    f.create("repo", json!({"url": git.url("app.git"), "ref": {"branch": "main"}, "interval": "2s"})).await;
    f
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn what_leaves_git_is_pruned_unless_protected() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    let keep = "  annotations:\n    kustomize.toolkit.fluxcd.io/prune: disabled\n";
    repo.commit(
        "main",
        &[
            ("app/kustomization.yaml", &kustomization(&["a.yaml", "b.yaml", "keep.yaml"])),
            ("app/a.yaml", &config_map("a", "")),
            ("app/b.yaml", &config_map("b", "")),
            ("app/keep.yaml", &config_map("keep", keep)),
        ],
        "three configs",
    );
    let git = GitHttpServer::start(root.path());
    let f = start(&repo, &git).await;
    support::create(&f, "app", json!({"interval": "2s", "path": "./app"})).await;
    let ks = wait_for(&f, "app", RECONCILE, "Ready", is_ready).await;
    let mut ids: Vec<String> =
        ks.status.unwrap().inventory.unwrap().entries.into_iter().map(|e| format!("{} {}", e.id, e.v)).collect();
    ids.sort();
    assert_eq!(ids, ["default_a__ConfigMap v1", "default_b__ConfigMap v1", "default_keep__ConfigMap v1"]);
    let a = support::get::<ConfigMap>(&f, "default", "a").await.unwrap();
    let labels = a.metadata.labels.unwrap();
    assert_eq!(labels["kustomize.toolkit.fluxcd.io/name"], "app");
    assert_eq!(labels["kustomize.toolkit.fluxcd.io/namespace"], "flux-system");

    repo.commit("main", &[("app/kustomization.yaml", &kustomization(&["a.yaml"]))], "only a");
    let deadline = Duration::from_secs(2) * 4 + RECONCILE;
    wait_object::<ConfigMap>(&f, "default", "b", deadline, "pruned", |b| b.is_none()).await;
    assert!(support::get::<ConfigMap>(&f, "default", "a").await.is_some());
    assert!(support::get::<ConfigMap>(&f, "default", "keep").await.is_some(), "prune: disabled is never deleted");
    let ks = wait_for(&f, "app", RECONCILE, "with one object", |ks| {
        ks.status.as_ref().and_then(|s| s.inventory.as_ref()).is_some_and(|i| i.entries.len() == 1)
    })
    .await;
    assert!(is_ready(&ks));
    let events = f.events("app").await;
    assert!(
        events.iter().any(|e| e.message.as_deref().is_some_and(|m| m.contains("ConfigMap/default/b deleted"))),
        "a prune event: {:?}",
        events.iter().map(|e| e.message.clone()).collect::<Vec<_>>()
    );

    // With prune off, what leaves Git stays.
    support::patch_spec(&f, "app", json!({"prune": false})).await;
    wait_for(&f, "app", RECONCILE, "Ready with prune off", is_ready).await;
    repo.commit("main", &[("app/kustomization.yaml", &kustomization(&[]))], "nothing");
    wait_for(&f, "app", deadline, "with an empty inventory", |ks| {
        ks.status.as_ref().and_then(|s| s.inventory.as_ref()).is_some_and(|i| i.entries.is_empty())
    })
    .await;
    assert!(support::get::<ConfigMap>(&f, "default", "a").await.is_some(), "not pruned with prune: false");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn depends_on_orders_three_kustomizations() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    let mut files = Vec::new();
    for name in ["a", "b", "c"] {
        files.push((format!("{name}/kustomization.yaml"), kustomization(&["cm.yaml"])));
        files.push((format!("{name}/cm.yaml"), config_map(name, "")));
    }
    let files: Vec<(&str, &str)> = files.iter().map(|(p, c)| (p.as_str(), c.as_str())).collect();
    repo.commit("main", &files, "three apps");
    let git = GitHttpServer::start(root.path());
    let f = start(&repo, &git).await;

    // Created in reverse: c waits for b, b for a.
    support::create(&f, "c", json!({"interval": "1h", "path": "./c", "dependsOn": [{"name": "b"}]})).await;
    let c = wait_for(&f, "c", RECONCILE, "waiting for b", |ks| {
        condition(ks, "Ready").is_some_and(|c| c.reason == "DependencyNotReady")
    })
    .await;
    assert!(
        condition(&c, "Ready").unwrap().message.starts_with("dependency 'flux-system/b' not found"),
        "{:?}",
        condition(&c, "Ready")
    );
    support::create(&f, "b", json!({"interval": "1h", "path": "./b", "dependsOn": [{"name": "a"}]})).await;
    support::create(&f, "a", json!({"interval": "1h", "path": "./a"})).await;
    for name in ["a", "b", "c"] {
        wait_for(&f, name, RECONCILE, "Ready", is_ready).await;
    }
    let version = |cm: Option<ConfigMap>| -> u64 {
        cm.unwrap().metadata.resource_version.unwrap().parse().expect("a numeric resourceVersion")
    };
    let a = version(support::get::<ConfigMap>(&f, "default", "a").await);
    let b = version(support::get::<ConfigMap>(&f, "default", "b").await);
    let c = version(support::get::<ConfigMap>(&f, "default", "c").await);
    assert!(a < b && b < c, "applied in dependency order: a {a}, b {b}, c {c}");
    let events = f.events("c").await;
    assert!(events
        .iter()
        .any(|e| e.message.as_deref() == Some("Dependencies do not meet ready condition, retrying in 2s")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_checks_wait_for_workloads_and_fail_on_a_failing_one() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    let failing = "  annotations:\n    sim.flux-rs.io/fail: progress-deadline\n";
    repo.commit(
        "main",
        &[
            ("good/kustomization.yaml", &kustomization(&["deploy.yaml"])),
            ("good/deploy.yaml", &deployment("good", "", "nginx:1")),
            ("bad/kustomization.yaml", &kustomization(&["deploy.yaml"])),
            ("bad/deploy.yaml", &deployment("bad", failing, "nginx:1")),
        ],
        "two apps",
    );
    let git = GitHttpServer::start(root.path());
    let f = start(&repo, &git).await;
    support::create(&f, "good", json!({"interval": "1h", "path": "./good", "wait": true, "timeout": "1m"})).await;
    support::create(
        &f,
        "bad",
        json!({"interval": "1h", "path": "./bad", "timeout": "1m",
               "healthChecks": [{"kind": "Deployment", "name": "bad", "namespace": "default"}]}),
    )
    .await;

    let good = wait_for(&f, "good", RECONCILE, "Ready", is_ready).await;
    let healthy = condition(&good, "Healthy").expect("a Healthy condition");
    assert_eq!((healthy.status.as_str(), healthy.reason.as_str()), ("True", "Succeeded"));
    assert!(healthy.message.starts_with("Health check passed in "), "{}", healthy.message);
    let deployment = support::get::<Deployment>(&f, "default", "good").await.unwrap();
    assert_eq!(deployment.status.unwrap().available_replicas, Some(1), "Ready only once the Deployment is available");

    let bad = wait_for(&f, "bad", Duration::from_secs(60) + RECONCILE, "failing its health check", |ks| {
        condition(ks, "Ready").is_some_and(|c| c.status == "False" && c.reason == "HealthCheckFailed")
    })
    .await;
    let ready = condition(&bad, "Ready").unwrap();
    assert_eq!(
        ready.message, "failed early due to stalled resources: [Deployment/default/bad status: 'Failed']",
        "fail-fast on a stalled Deployment"
    );
    assert_eq!(condition(&bad, "Healthy").unwrap().reason, "HealthCheckFailed");
    let history = bad.status.unwrap().history.unwrap();
    assert_eq!(history[0].last_reconciled_status, "HealthCheckFailed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_immutable_change_is_applied_by_recreating_with_force() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    let immutable = |value: &str| {
        format!("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: frozen\n  namespace: default\nimmutable: true\ndata:\n  key: {value}\n")
    };
    repo.commit(
        "main",
        &[("app/kustomization.yaml", &kustomization(&["cm.yaml"])), ("app/cm.yaml", &immutable("one"))],
        "frozen",
    );
    let git = GitHttpServer::start(root.path());
    let f = start(&repo, &git).await;
    support::create(&f, "app", json!({"interval": "2s", "path": "./app", "retryInterval": "1s"})).await;
    wait_for(&f, "app", RECONCILE, "Ready", is_ready).await;
    let first = support::get::<ConfigMap>(&f, "default", "frozen").await.unwrap().metadata.uid;

    repo.commit("main", &[("app/cm.yaml", &immutable("two"))], "changed");
    let deadline = Duration::from_secs(2) * 4 + RECONCILE;
    let ks = wait_for(&f, "app", deadline, "failing on the immutable field", |ks| {
        condition(ks, "Ready").is_some_and(|c| c.status == "False" && c.reason == "ReconciliationFailed")
    })
    .await;
    let message = &condition(&ks, "Ready").unwrap().message;
    assert!(message.contains("ConfigMap/default/frozen") && message.contains("immutable"), "{message}");

    support::patch_spec(&f, "app", json!({"force": true})).await;
    wait_object::<ConfigMap>(&f, "default", "frozen", deadline, "recreated with the new data", |cm| {
        cm.is_some_and(|cm| cm.data.as_ref().is_some_and(|d| d["key"] == "two"))
    })
    .await;
    let second = support::get::<ConfigMap>(&f, "default", "frozen").await.unwrap().metadata.uid;
    assert_ne!(first, second, "recreated, not updated");
    wait_for(&f, "app", RECONCILE, "Ready again", is_ready).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn suspend_stops_syncing_and_resume_restarts_it() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    repo.commit(
        "main",
        &[("app/kustomization.yaml", &kustomization(&["cm.yaml"])), ("app/cm.yaml", &config_map("cm", ""))],
        "one",
    );
    let git = GitHttpServer::start(root.path());
    let f = start(&repo, &git).await;
    support::create(&f, "app", json!({"interval": "2s", "path": "./app"})).await;
    wait_for(&f, "app", RECONCILE, "Ready", is_ready).await;

    let kubeconfig = f.server.kubeconfig().to_string_lossy().into_owned();
    let out = flux(&["suspend", "kustomization", "app", "--kubeconfig", &kubeconfig, "-n", NS], &[], None).await;
    assert_eq!(out.code, 0, "{}", out.stderr);
    let changed =
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n  namespace: default\ndata:\n  key: changed\n";
    let commit = repo.commit("main", &[("app/cm.yaml", changed)], "changed");
    // The source moves on; the suspended Kustomization does not.
    f.wait_for("repo", RECONCILE, "at the new commit", |r| {
        r.status.as_ref().and_then(|s| s.artifact.as_ref()).is_some_and(|a| a.revision.ends_with(&commit))
    })
    .await;
    // For three of its intervals, nothing is applied.
    let interval = Duration::from_secs(2);
    let until = tokio::time::Instant::now() + interval * 3;
    while tokio::time::Instant::now() < until {
        let cm = support::get::<ConfigMap>(&f, "default", "cm").await.unwrap();
        assert_eq!(cm.data.unwrap()["key"], "cm", "a suspended Kustomization applies nothing");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }

    let out = flux(&["resume", "kustomization", "app", "--kubeconfig", &kubeconfig, "-n", NS], &[], None).await;
    assert_eq!(out.code, 0, "{}", out.stderr);
    wait_object::<ConfigMap>(&f, "default", "cm", interval * 4 + RECONCILE, "changed after resume", |cm| {
        cm.is_some_and(|cm| cm.data.as_ref().is_some_and(|d| d["key"] == "changed"))
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cel_health_checks_and_ready_expressions() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    let gated = |name: &str, state: &str| {
        format!("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n  namespace: default\ndata:\n  state: {state}\n")
    };
    repo.commit(
        "main",
        &[
            ("ok/kustomization.yaml", &kustomization(&["cm.yaml"])),
            ("ok/cm.yaml", &gated("ok", "ready")),
            ("broken/kustomization.yaml", &kustomization(&["cm.yaml"])),
            ("broken/cm.yaml", &gated("broken", "broken")),
        ],
        "gated configs",
    );
    let git = GitHttpServer::start(root.path());
    let f = start(&repo, &git).await;
    let exprs = json!([{"apiVersion": "v1", "kind": "ConfigMap",
        "current": "data.state == 'ready'", "failed": "data.state == 'broken'"}]);
    support::create(&f, "ok", json!({"interval": "1h", "path": "./ok", "wait": true, "healthCheckExprs": exprs})).await;
    support::create(
        &f,
        "broken",
        json!({"interval": "1h", "path": "./broken", "wait": true, "healthCheckExprs": exprs}),
    )
    .await;
    wait_for(&f, "ok", RECONCILE, "Ready through its CEL health check", is_ready).await;
    let broken = wait_for(&f, "broken", RECONCILE, "failed by its CEL health check", |ks| {
        condition(ks, "Ready").is_some_and(|c| c.reason == "HealthCheckFailed")
    })
    .await;
    assert_eq!(
        condition(&broken, "Ready").unwrap().message,
        "failed early due to stalled resources: [ConfigMap/default/broken status: 'Failed']"
    );

    // A readyExpr replaces the built-in dependency rule: `broken` is not Ready, yet this one proceeds.
    let depends =
        json!([{"name": "broken", "readyExpr": "dep.metadata.name == 'broken' && self.metadata.name == 'after'"}]);
    support::create(&f, "after", json!({"interval": "1h", "path": "./ok", "dependsOn": depends})).await;
    wait_for(&f, "after", RECONCILE, "Ready through its readyExpr", is_ready).await;

    // An invalid expression is a configuration error: Stalled, no retries.
    let invalid = json!([{"apiVersion": "v1", "kind": "ConfigMap", "current": "data.state =="}]);
    support::create(&f, "invalid", json!({"interval": "1h", "path": "./ok", "healthCheckExprs": invalid})).await;
    let stalled = wait_for(&f, "invalid", RECONCILE, "Stalled", |ks| {
        condition(ks, "Stalled").is_some_and(|c| c.status == "True" && c.reason == "InvalidCELExpression")
    })
    .await;
    let message = &condition(&stalled, "Ready").unwrap().message;
    assert!(message.starts_with("Reconciliation failed terminally due to configuration error: "), "{message}");
}
