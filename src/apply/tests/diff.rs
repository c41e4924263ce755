//! The read-only dry run behind `diff kustomization`.

use serde_json::json;

use super::*;
use crate::apply::Action;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn diff_reports_without_writing() {
    let cluster = Cluster::start().await;
    let manager = cluster.manager();
    let opts = flux_options();
    let settings = config_map("default", "settings", json!({"greeting": "hello"}));
    let secret = json!({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "token", "namespace": "default"},
                        "stringData": {"token": "s3cr3t", "user": "admin"}});

    let created = manager.diff(settings.clone(), &opts).await.unwrap();
    assert_eq!(created.change.to_string(), "ConfigMap/default/settings created");
    assert!(created.live.is_none() && created.merged.is_none());
    assert!(cluster.get("v1", "ConfigMap", "default", "settings").await.is_none(), "diff wrote the object");

    manager.apply_all_staged(vec![settings.clone(), secret.clone()], &opts).await.unwrap();
    let unchanged = manager.diff(settings.clone(), &opts).await.unwrap();
    assert_eq!(unchanged.change.action, Action::Unchanged);

    let mut changed = settings;
    changed["data"]["greeting"] = json!("hi");
    let before = cluster.get("v1", "ConfigMap", "default", "settings").await.unwrap();
    let drift = manager.diff(changed, &opts).await.unwrap();
    assert_eq!(drift.change.to_string(), "ConfigMap/default/settings configured");
    let (live, merged) = (drift.live.unwrap(), drift.merged.unwrap());
    assert_eq!(live["data"]["greeting"], "hello");
    assert_eq!(merged["data"]["greeting"], "hi");
    assert!(live["metadata"].get("managedFields").is_none() && merged["metadata"].get("managedFields").is_none());
    let after = cluster.get("v1", "ConfigMap", "default", "settings").await.unwrap();
    assert_eq!(rv(&after), rv(&before));

    let mut rotated = secret;
    rotated["stringData"]["token"] = json!("n3w");
    let drift = manager.diff(rotated, &opts).await.unwrap();
    let (live, merged) = (drift.live.unwrap(), drift.merged.unwrap());
    assert_eq!(live["data"], json!({"token": "*** (before)", "user": "***"}));
    assert_eq!(merged["data"], json!({"token": "*** (after)", "user": "***"}));

    let mut ignored = config_map("default", "settings", json!({"greeting": "bye"}));
    ignored["metadata"]["annotations"] = json!({"kustomize.toolkit.fluxcd.io/reconcile": "disabled"});
    assert_eq!(manager.diff(ignored, &opts).await.unwrap().change.action, Action::Skipped);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn diff_of_an_immutable_change() {
    let cluster = Cluster::start().await;
    let manager = cluster.manager();
    let opts = flux_options();
    let mut frozen = config_map("default", "frozen", json!({"a": "1"}));
    frozen["immutable"] = json!(true);
    manager.apply_all_staged(vec![frozen.clone()], &opts).await.unwrap();
    frozen["data"]["a"] = json!("2");
    let err = manager.diff(frozen.clone(), &opts).await.unwrap_err();
    assert!(err.message.starts_with("ConfigMap/default/frozen dry-run failed (Invalid): "), "{}", err.message);
    // With force, the object would be recreated.
    let forced = ApplyOptions { force: true, ..opts };
    assert_eq!(manager.diff(frozen, &forced).await.unwrap().change.to_string(), "ConfigMap/default/frozen created");
}
