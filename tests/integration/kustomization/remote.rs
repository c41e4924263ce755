//! `spec.kubeConfig.secretRef`: a Kustomization that applies into another cluster — a second embedded API
//! server whose kubeconfig is in a Secret — with its inventory, prune, health checks and deletion there.

use git::testing::{GitHttpServer, TestRepo};
use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::core::v1::{ConfigMap, Secret};
use kube::api::{Api, DeleteParams};
use serde_json::json;

use super::support::{self, applied, condition, is_ready, wait_for, RECONCILE};
use crate::gitrepository::support::NS;
use crate::support::{eventually, TestServer};

/// Waits until the Kustomization is gone (its finalizer done).
async fn wait_for_gone(f: &crate::gitrepository::support::Fixture, name: &str) {
    eventually(RECONCILE, &format!("Kustomization {name} gone"), || async {
        support::kustomizations(f).get_opt(name).await.expect("reading a Kustomization").is_none().then_some(())
    })
    .await;
}

fn config_map(name: &str) -> String {
    format!("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n  namespace: default\ndata:\n  key: {name}\n")
}

const DEPLOYMENT: &str = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: default\n\
spec:\n  replicas: 1\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        \
app: web\n    spec:\n      containers:\n      - name: web\n        image: nginx\n";

async fn exists<K>(client: &kube::Client, name: &str) -> bool
where
    K: kube::Resource<Scope = k8s_openapi::NamespaceResourceScope, DynamicType = ()>
        + Clone
        + serde::de::DeserializeOwned
        + std::fmt::Debug,
{
    Api::<K>::namespaced(client.clone(), "default").get_opt(name).await.expect("reading an object").is_some()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kubeconfig_secret_sends_the_objects_to_the_other_cluster() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    repo.commit(
        "main",
        &[
            ("app/kustomization.yaml", "resources:\n- a.yaml\n- b.yaml\n- web.yaml\n"),
            ("app/a.yaml", &config_map("a")),
            ("app/b.yaml", &config_map("b")),
            ("app/web.yaml", DEPLOYMENT),
        ],
        "three objects",
    );
    let git = GitHttpServer::start(root.path());
    let f = support::start().await;
    f.create("repo", json!({"url": git.url("app.git"), "ref": {"branch": "main"}, "interval": "2s"})).await;
    let remote = TestServer::start().await;
    let remote_client = remote.client().await;
    // Upstream reads the key `value`, else `value.yaml`.
    let kubeconfig = std::fs::read_to_string(remote.kubeconfig()).expect("the second server's kubeconfig");
    f.secret("remote-kubeconfig", &[("value.yaml", &kubeconfig)]).await;

    let spec = json!({"interval": "1h", "path": "./app", "wait": true, "timeout": "1m",
                      "kubeConfig": {"secretRef": {"name": "remote-kubeconfig"}}});
    support::create(&f, "remote", spec).await;
    let ks = wait_for(&f, "remote", RECONCILE, "Ready", is_ready).await;
    for name in ["a", "b"] {
        assert!(exists::<ConfigMap>(&remote_client, name).await, "{name} is applied in the other cluster");
        assert!(!exists::<ConfigMap>(&f.client, name).await, "{name} is not applied in the controller's cluster");
    }
    let web: Deployment =
        Api::namespaced(remote_client.clone(), "default").get("web").await.expect("web in the other cluster");
    assert_eq!(web.status.and_then(|s| s.ready_replicas), Some(1), "health was checked in the other cluster");
    assert!(!exists::<Deployment>(&f.client, "web").await);
    assert_eq!(condition(&ks, "Healthy").map(|c| c.status.as_str()), Some("True"));
    let ids: Vec<String> = ks.status.unwrap().inventory.unwrap().entries.into_iter().map(|e| e.id).collect();
    assert_eq!(ids, ["default_a__ConfigMap", "default_b__ConfigMap", "default_web_apps_Deployment"]);

    // What leaves Git is pruned in the other cluster.
    let commit = repo.commit("main", &[("app/kustomization.yaml", "resources:\n- a.yaml\n- web.yaml\n")], "drop b");
    wait_for(&f, "remote", RECONCILE, "applying the commit without b", |ks| applied(ks).ends_with(&commit)).await;
    assert!(!exists::<ConfigMap>(&remote_client, "b").await, "b is pruned in the other cluster");
    assert!(exists::<ConfigMap>(&remote_client, "a").await);

    // Deleting the Kustomization deletes what it applied, there; while the kubeconfig Secret is missing,
    // the deletion waits for it (the objects are still in the other cluster).
    Api::<Secret>::namespaced(f.client.clone(), NS)
        .delete("remote-kubeconfig", &DeleteParams::default())
        .await
        .unwrap();
    support::kustomizations(&f).delete("remote", &DeleteParams::default()).await.unwrap();
    let ks = wait_for(&f, "remote", RECONCILE, "retrying the deletion", |ks| {
        condition(ks, "Ready").is_some_and(|c| c.status == "False" && c.reason == "ReconciliationFailed")
    })
    .await;
    assert_eq!(
        condition(&ks, "Ready").unwrap().message,
        "failed to build kube client: unable to read KubeConfig secret 'flux-system/remote-kubeconfig' error: \
         secrets \"remote-kubeconfig\" not found"
    );
    assert!(exists::<ConfigMap>(&remote_client, "a").await, "nothing deleted yet");
    f.secret("remote-kubeconfig", &[("value", &kubeconfig)]).await;
    eventually(RECONCILE, "the objects deleted from the other cluster", || {
        let client = remote_client.clone();
        async move {
            (!exists::<ConfigMap>(&client, "a").await && !exists::<Deployment>(&client, "web").await).then_some(())
        }
    })
    .await;
    wait_for_gone(&f, "remote").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_missing_or_incomplete_kubeconfig_secret_fails_the_reconciliation() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    repo.commit("main", &[("app/a.yaml", &config_map("a"))], "one object");
    let git = GitHttpServer::start(root.path());
    let f = support::start().await;
    f.create("repo", json!({"url": git.url("app.git"), "ref": {"branch": "main"}, "interval": "2s"})).await;
    let failed = |ks: &api::kustomize::Kustomization| {
        condition(ks, "Ready").is_some_and(|c| c.status == "False" && c.reason == "ReconciliationFailed")
    };

    let spec = json!({"interval": "1h", "path": "./app", "kubeConfig": {"secretRef": {"name": "absent"}}});
    support::create(&f, "missing", spec).await;
    let ks = wait_for(&f, "missing", RECONCILE, "failing without its kubeconfig", failed).await;
    assert_eq!(
        condition(&ks, "Ready").unwrap().message,
        "unable to read KubeConfig secret 'flux-system/absent' error: secrets \"absent\" not found"
    );
    let event = f.wait_event("missing", "ReconciliationFailed").await;
    assert_eq!(
        event.message.as_deref(),
        Some("failed to build kube client: unable to read KubeConfig secret 'flux-system/absent' error: secrets \"absent\" not found")
    );

    f.secret("no-value", &[("config", "apiVersion: v1\nkind: Config\n")]).await;
    let spec = json!({"interval": "1h", "path": "./app", "kubeConfig": {"secretRef": {"name": "no-value"}}});
    support::create(&f, "no-value", spec).await;
    let ks = wait_for(&f, "no-value", RECONCILE, "failing without a kubeconfig key", failed).await;
    assert_eq!(
        condition(&ks, "Ready").unwrap().message,
        "KubeConfig secret 'flux-system/no-value' does not contain a 'value' key with a kubeconfig"
    );
    assert!(!exists::<ConfigMap>(&f.client, "a").await, "nothing is applied to the controller's cluster instead");
}
