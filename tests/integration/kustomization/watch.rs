//! ConfigMaps and Secrets labelled `reconcile.fluxcd.io/watch: Enabled` (`--watch-configs-label-selector`):
//! changing one reconciles the Kustomizations that refer to it at once, not at their next interval;
//! unlabelled ones wait for the interval.

use std::collections::BTreeMap;

use git::testing::{GitHttpServer, TestRepo};
use k8s_openapi::api::core::v1::{ConfigMap, Secret};
use kube::api::{Api, Patch, PatchParams, PostParams};
use serde_json::{json, Value};

use super::support::{self, is_ready, wait_for, wait_object, RECONCILE};
use crate::gitrepository::support::{base64, Fixture, NS};

const WATCH: &str = "reconcile.fluxcd.io/watch";

fn templated(name: &str, data: &[(&str, &str)]) -> String {
    let mut text = format!("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n  namespace: default\ndata:\n");
    for (key, variable) in data {
        text.push_str(&format!("  {key}: \"${{{variable}}}\"\n"));
    }
    text
}

async fn create_config_map(f: &Fixture, name: &str, labels: Value, data: Value) {
    let cm: ConfigMap = serde_json::from_value(json!({
        "apiVersion": "v1", "kind": "ConfigMap",
        "metadata": {"name": name, "namespace": NS, "labels": labels}, "data": data
    }))
    .expect("a ConfigMap");
    Api::<ConfigMap>::namespaced(f.client.clone(), NS).create(&PostParams::default(), &cm).await.expect("creating");
}

async fn patch_config_map(f: &Fixture, name: &str, patch: Value) {
    Api::<ConfigMap>::namespaced(f.client.clone(), NS)
        .patch(name, &PatchParams::default(), &Patch::Merge(&patch))
        .await
        .expect("patching a ConfigMap");
}

/// Waits until the applied ConfigMap `default/<name>` has `key: value`.
async fn wait_value(f: &Fixture, name: &str, key: &str, value: &str) {
    let what = format!("holding {key}={value}");
    wait_object::<ConfigMap>(f, "default", name, RECONCILE, &what, |cm| {
        cm.and_then(|c| c.data.as_ref()).and_then(|d| d.get(key)).is_some_and(|v| v == value)
    })
    .await;
}

async fn value(f: &Fixture, name: &str, key: &str) -> String {
    let cm = support::get::<ConfigMap>(f, "default", name).await.unwrap_or_else(|| panic!("{name} is applied"));
    cm.data.unwrap_or_default().get(key).cloned().unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_labelled_config_change_is_applied_at_once_an_unlabelled_one_waits_for_the_interval() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    repo.commit(
        "main",
        &[
            ("plain/cm.yaml", &templated("plain-out", &[("size", "size")])),
            ("watched/cm.yaml", &templated("watched-out", &[("color", "color"), ("token", "token")])),
        ],
        "templated",
    );
    let git = GitHttpServer::start(root.path());
    // One worker: the queue hands keys out in the order the watches queued them (see below).
    let f = Fixture::start_controllers("source-controller,kustomize-controller", &["--concurrent=1"]).await;
    f.create("repo", json!({"url": git.url("app.git"), "ref": {"branch": "main"}, "interval": "2s"})).await;

    let enabled = json!({WATCH: "Enabled"});
    create_config_map(&f, "plain-vars", json!({}), json!({"size": "small"})).await;
    create_config_map(&f, "watched-vars", enabled.clone(), json!({"color": "red"})).await;
    let secret: Secret = serde_json::from_value(json!({
        "apiVersion": "v1", "kind": "Secret",
        "metadata": {"name": "watched-secret", "namespace": NS, "labels": enabled},
        "data": {"token": base64(b"one")}
    }))
    .unwrap();
    Api::<Secret>::namespaced(f.client.clone(), NS).create(&PostParams::default(), &secret).await.unwrap();

    let from = |refs: Value| json!({"substituteFrom": refs});
    support::create(
        &f,
        "plain",
        json!({"interval": "1h", "path": "./plain",
               "postBuild": from(json!([{"kind": "ConfigMap", "name": "plain-vars"}]))}),
    )
    .await;
    support::create(
        &f,
        "watched",
        json!({"interval": "1h", "path": "./watched", "postBuild": from(json!([
            {"kind": "ConfigMap", "name": "watched-vars"}, {"kind": "Secret", "name": "watched-secret"}]))}),
    )
    .await;
    let plain = wait_for(&f, "plain", RECONCILE, "Ready", is_ready).await;
    wait_for(&f, "watched", RECONCILE, "Ready", is_ready).await;
    assert_eq!(value(&f, "plain-out", "size").await, "small");
    assert_eq!(
        (value(&f, "watched-out", "color").await, value(&f, "watched-out", "token").await),
        ("red".into(), "one".into())
    );

    // The unlabelled change first, then the labelled one. The one ConfigMap watch sees them in this order,
    // so had the first queued "plain", the single worker would have finished reconciling "plain" before it
    // took "watched": once "watched" shows its new value, "plain" is known not to have been woken.
    patch_config_map(&f, "plain-vars", json!({"data": {"size": "large"}})).await;
    patch_config_map(&f, "watched-vars", json!({"data": {"color": "blue"}})).await;
    wait_value(&f, "watched-out", "color", "blue").await;
    assert_eq!(value(&f, "plain-out", "size").await, "small", "the unlabelled change waits for the interval");
    let after = support::kustomizations(&f).get("plain").await.unwrap();
    let history = |ks: &api::kustomize::Kustomization| ks.status.as_ref().and_then(|s| s.history.clone());
    assert_eq!(history(&after), history(&plain), "\"plain\" was not reconciled again");

    // A labelled Secret is watched too.
    Api::<Secret>::namespaced(f.client.clone(), NS)
        .patch("watched-secret", &PatchParams::default(), &Patch::Merge(json!({"data": {"token": base64(b"two")}})))
        .await
        .unwrap();
    wait_value(&f, "watched-out", "token", "two").await;

    // Labelling the ConfigMap is a change the watch sees: its value is applied at once.
    let labels: BTreeMap<&str, &str> = BTreeMap::from([(WATCH, "Enabled")]);
    patch_config_map(&f, "plain-vars", json!({"metadata": {"labels": labels}})).await;
    wait_value(&f, "plain-out", "size", "large").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_custom_selector_replaces_the_label() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    repo.commit("main", &[("app/cm.yaml", &templated("out", &[("color", "color")]))], "templated");
    let git = GitHttpServer::start(root.path());
    let f = Fixture::start_controllers(
        "source-controller,kustomize-controller",
        &["--watch-configs-label-selector=team in (blue, green)"],
    )
    .await;
    f.create("repo", json!({"url": git.url("app.git"), "ref": {"branch": "main"}, "interval": "2s"})).await;
    create_config_map(&f, "vars", json!({"team": "green"}), json!({"color": "red"})).await;
    support::create(
        &f,
        "app",
        json!({"interval": "1h", "path": "./app",
               "postBuild": {"substituteFrom": [{"kind": "ConfigMap", "name": "vars"}]}}),
    )
    .await;
    wait_for(&f, "app", RECONCILE, "Ready", is_ready).await;
    patch_config_map(&f, "vars", json!({"data": {"color": "blue"}})).await;
    wait_value(&f, "out", "color", "blue").await;
}

#[test]
fn an_invalid_selector_is_a_usage_error() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_flux-rs"))
        .args(["run", "--watch-configs-label-selector=team in ()"])
        .output()
        .expect("running flux-rs");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("the set of values can't be empty"), "{stderr}");
}
