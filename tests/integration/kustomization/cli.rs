//! The CLI around a reconciled Kustomization (`reconcile --with-source`, `tree`), deletion, and applying as
//! a service account.

use std::time::Duration;

use git::testing::{GitHttpServer, TestRepo};
use k8s_openapi::api::core::v1::ConfigMap;
use k8s_openapi::api::rbac::v1::ClusterRoleBinding;
use serde_json::json;

use super::support::{self, applied, condition, is_ready, wait_for, wait_object, RECONCILE};
use crate::cli::support::flux;
use crate::gitrepository::support::{Fixture, NS};

fn config_map(name: &str, value: &str) -> String {
    format!(
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n  namespace: default\ndata:\n  key: \"{value}\"\n"
    )
}

const KUSTOMIZATION: &str = "resources:\n- cm.yaml\n";

async fn start(git: &GitHttpServer, interval: &str) -> Fixture {
    let f = support::start().await;
    f.create("repo", json!({"url": git.url("app.git"), "ref": {"branch": "main"}, "interval": interval})).await;
    f
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reconcile_with_source_applies_a_push_at_once_and_tree_lists_the_inventory() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    repo.commit("main", &[("app/kustomization.yaml", KUSTOMIZATION), ("app/cm.yaml", &config_map("cm", "1"))], "one");
    let git = GitHttpServer::start(root.path());
    // Intervals of an hour: only the request can bring the new commit in.
    let f = start(&git, "1h").await;
    support::create(&f, "app", json!({"interval": "1h", "path": "./app"})).await;
    wait_for(&f, "app", RECONCILE, "Ready", is_ready).await;

    let second = repo.commit("main", &[("app/cm.yaml", &config_map("cm", "2"))], "two");
    let kubeconfig = f.server.kubeconfig().to_string_lossy().into_owned();
    let out = flux(
        &[
            "reconcile",
            "kustomization",
            "app",
            "--with-source",
            "--kubeconfig",
            &kubeconfig,
            "-n",
            NS,
            "--timeout",
            "1m",
        ],
        &[],
        None,
    )
    .await;
    assert_eq!(out.code, 0, "{}", out.stderr);
    let revision = format!("main@sha1:{second}");
    let expected = format!(
        "► annotating GitRepository repo in flux-system namespace\n\
         ✔ GitRepository annotated\n\
         ◎ waiting for GitRepository reconciliation\n\
         ✔ fetched revision {revision}\n\
         ► annotating Kustomization app in flux-system namespace\n\
         ✔ Kustomization annotated\n\
         ◎ waiting for Kustomization reconciliation\n\
         ✔ applied revision {revision}\n"
    );
    assert_eq!(out.stderr, expected);
    let cm = support::get::<ConfigMap>(&f, "default", "cm").await.unwrap();
    assert_eq!(cm.data.unwrap()["key"], "2", "applied when the command returns");

    let out = flux(&["tree", "kustomization", "app", "--kubeconfig", &kubeconfig, "-n", NS], &[], None).await;
    assert_eq!(out.code, 0, "{}", out.stderr);
    // upstream prints the tree, which ends its last line, with Println.
    assert_eq!(out.stdout, "Kustomization/flux-system/app\n└── ConfigMap/default/cm\n\n");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deleting_a_kustomization_prunes_or_orphans_as_its_policy_says() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    repo.commit(
        "main",
        &[
            ("pruned/kustomization.yaml", KUSTOMIZATION),
            ("pruned/cm.yaml", &config_map("pruned", "1")),
            ("orphaned/kustomization.yaml", KUSTOMIZATION),
            ("orphaned/cm.yaml", &config_map("orphaned", "1")),
        ],
        "two apps",
    );
    let git = GitHttpServer::start(root.path());
    let f = start(&git, "1h").await;
    support::create(&f, "pruned", json!({"interval": "1h", "path": "./pruned"})).await;
    support::create(&f, "orphaned", json!({"interval": "1h", "path": "./orphaned", "deletionPolicy": "Orphan"})).await;
    for name in ["pruned", "orphaned"] {
        wait_for(&f, name, RECONCILE, "Ready", is_ready).await;
    }
    for name in ["pruned", "orphaned"] {
        support::kustomizations(&f).delete(name, &Default::default()).await.expect("deleting a Kustomization");
    }
    wait_object::<ConfigMap>(&f, "default", "pruned", RECONCILE, "deleted with its Kustomization", |cm| cm.is_none())
        .await;
    for name in ["pruned", "orphaned"] {
        let until = tokio::time::Instant::now() + RECONCILE;
        while support::kustomizations(&f).get_opt(name).await.unwrap().is_some() {
            assert!(tokio::time::Instant::now() < until, "{name} keeps its finalizer:\n{}", f.log());
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }
    assert!(support::get::<ConfigMap>(&f, "default", "orphaned").await.is_some(), "Orphan keeps the objects");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_service_account_without_rights_is_forbidden() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    repo.commit("main", &[("app/kustomization.yaml", KUSTOMIZATION), ("app/cm.yaml", &config_map("cm", "1"))], "one");
    let git = GitHttpServer::start(root.path());
    let f = start(&git, "1h").await;
    f.server.kubectl().run(&["create", "serviceaccount", "deployer", "-n", NS]).ok();
    support::create(&f, "app", json!({"interval": "1h", "path": "./app", "serviceAccountName": "deployer"})).await;
    let ks = wait_for(&f, "app", RECONCILE, "forbidden", |ks| {
        condition(ks, "Ready").is_some_and(|c| c.status == "False" && c.reason == "ReconciliationFailed")
    })
    .await;
    let message = &condition(&ks, "Ready").unwrap().message;
    assert!(
        message.contains("forbidden") && message.contains("system:serviceaccount:flux-system:deployer"),
        "{message}"
    );
    assert!(support::get::<ConfigMap>(&f, "default", "cm").await.is_none());

    // Granted the rights, the same service account applies.
    let binding: ClusterRoleBinding = serde_json::from_value(json!({
        "apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding", "metadata": {"name": "deployer"},
        "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "cluster-admin"},
        "subjects": [{"kind": "ServiceAccount", "name": "deployer", "namespace": NS}]
    }))
    .unwrap();
    kube::Api::<ClusterRoleBinding>::all(f.client.clone()).create(&Default::default(), &binding).await.unwrap();
    support::patch_spec(&f, "app", json!({"interval": "2s"})).await;
    let ks = wait_for(&f, "app", RECONCILE, "Ready once allowed", is_ready).await;
    assert!(applied(&ks).starts_with("main@sha1:"));
}
