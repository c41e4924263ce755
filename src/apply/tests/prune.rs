//! Pruning what left the inventory.

use serde_json::json;

use super::*;
use crate::apply::{inventory, DeleteOptions, ObjectRef};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_owned_objects_without_prune_disabled_are_deleted() {
    let cluster = Cluster::start().await;
    let manager = cluster.manager();
    let opts = flux_options();
    let mut kept = config_map("default", "kept", json!({}));
    kept["metadata"]["labels"] = json!({"kustomize.toolkit.fluxcd.io/prune": "Disabled"});
    let old_set = vec![config_map("default", "gone", json!({})), config_map("default", "stays", json!({})), kept];
    let applied = manager.apply_all_staged(old_set, &opts).await.unwrap();
    let mut old = inventory::from_change_set(&applied);
    // Objects this Kustomization does not own: another one's, and one created by hand.
    cluster
        .manager_of("other")
        .apply_all_staged(vec![config_map("default", "theirs", json!({}))], &opts)
        .await
        .unwrap();
    cluster.kubectl(&["create", "configmap", "by-hand", "-n", "default"], "");
    // And one already deleted by someone else.
    let extra: Vec<ObjectRef> =
        ["theirs", "by-hand", "vanished"].iter().map(|n| ObjectRef::of(&config_map("default", n, json!({})))).collect();
    inventory::merge(&mut old, &extra);

    let applied = manager.apply_all_staged(vec![config_map("default", "stays", json!({}))], &opts).await.unwrap();
    let new = inventory::from_change_set(&applied);
    let stale = inventory::stale(&old, &new).unwrap();
    assert_eq!(stale.len(), 5);
    let pruned = manager.delete_all(&stale, &DeleteOptions::prune(GROUP, manager.owner_labels())).await;
    assert!(pruned.failed.is_empty(), "{:?}", pruned.failed);
    assert_eq!(pruned.error(), None);
    // Reverse apply order: names descending within the kind.
    assert_eq!(
        pruned.changes.to_string(),
        "ConfigMap/default/vanished deleted\nConfigMap/default/theirs skipped\nConfigMap/default/kept skipped\n\
         ConfigMap/default/gone deleted\nConfigMap/default/by-hand skipped"
    );
    for (name, exists) in [("gone", false), ("stays", true), ("kept", true), ("theirs", true), ("by-hand", true)] {
        assert_eq!(cluster.get("v1", "ConfigMap", "default", name).await.is_some(), exists, "{name}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pruning_a_deployment_collects_its_replica_sets() {
    let cluster = Cluster::with_workloads(true).await;
    let manager = cluster.manager();
    let app = fixture("app.yaml");
    let set = vec![pick(&app, "Namespace", "apps"), pick(&app, "Deployment", "web")];
    let applied = manager.apply_all_staged(set, &flux_options()).await.unwrap();
    let deployment = applied.entries[1].object_ref();
    let wait = crate::apply::WaitOptions {
        fail_fast: true,
        ..crate::apply::WaitOptions::every(Duration::from_millis(100), Duration::from_secs(30))
    };
    manager.wait_for(std::slice::from_ref(&deployment), &wait).await.unwrap();
    let replica_sets = || cluster.kubectl(&["get", "replicasets", "-n", "apps", "-o", "name"], "");
    assert!(!replica_sets().trim().is_empty());

    let pruned = manager.delete_all(&[deployment], &DeleteOptions::prune(GROUP, manager.owner_labels())).await;
    assert_eq!(pruned.changes.to_string(), "Deployment/apps/web deleted");
    // Background propagation: the garbage collector removes the ReplicaSets and their Pods afterwards.
    let deadline = std::time::Instant::now() + Duration::from_secs(30);
    while !replica_sets().trim().is_empty() {
        assert!(std::time::Instant::now() < deadline, "the ReplicaSets outlived their Deployment");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
