//! Staged apply: actions, stage order, policies, takeover of kubectl's fields, immutable fields.

use serde_json::json;

use super::*;
use crate::apply::Action;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn created_then_unchanged_then_configured() {
    let cluster = Cluster::start().await;
    let manager = cluster.manager();
    let opts = flux_options();
    let objects = fixture("app.yaml");

    let changes = manager.apply_all_staged(objects.clone(), &opts).await.unwrap();
    assert_eq!(
        changes.to_string(),
        "Namespace/apps created\nConfigMap/apps/settings created\nService/apps/web created\nDeployment/apps/web created"
    );
    let settings = cluster.get("v1", "ConfigMap", "apps", "settings").await.unwrap();
    assert_eq!(settings["metadata"]["labels"]["kustomize.toolkit.fluxcd.io/name"], "apps");
    assert_eq!(settings["metadata"]["labels"]["kustomize.toolkit.fluxcd.io/namespace"], "flux-system");
    let deployment = cluster.get("apps/v1", "Deployment", "apps", "web").await.unwrap();
    let service = cluster.get("v1", "Service", "apps", "web").await.unwrap();

    // The same manifests again: nothing is written, so no resourceVersion moves.
    let again = manager.apply_all_staged(objects.clone(), &opts).await.unwrap();
    assert!(again.entries.iter().all(|e| e.action == Action::Unchanged), "{again}");
    for (live, (api_version, kind, name)) in [settings.clone(), deployment.clone(), service].iter().zip([
        ("v1", "ConfigMap", "settings"),
        ("apps/v1", "Deployment", "web"),
        ("v1", "Service", "web"),
    ]) {
        let now = cluster.get(api_version, kind, "apps", name).await.unwrap();
        assert_eq!(rv(&now), rv(live), "{kind}/{name} was written by an unchanged apply");
    }

    let mut changed = objects;
    changed[1]["data"]["greeting"] = json!("hi");
    let third = manager.apply_all_staged(changed, &opts).await.unwrap();
    assert_eq!(
        third.to_string(),
        "Namespace/apps unchanged\nConfigMap/apps/settings configured\nService/apps/web unchanged\nDeployment/apps/web unchanged"
    );
    let settings = cluster.get("v1", "ConfigMap", "apps", "settings").await.unwrap();
    assert_eq!(settings["data"]["greeting"], "hi");
    assert_eq!(third.changes(), "ConfigMap/apps/settings configured");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_definition_and_its_custom_resource_in_one_set() {
    let cluster = Cluster::start().await;
    let manager = cluster.manager();
    let changes = manager.apply_all_staged(fixture("crd.yaml"), &flux_options()).await.unwrap();
    assert_eq!(
        changes.to_string(),
        "CustomResourceDefinition/widgets.example.com created\nWidget/default/first created"
    );
    let widget = cluster.get("example.com/v1", "Widget", "default", "first").await.unwrap();
    assert_eq!(widget["spec"]["size"], 3);
    let again = manager.apply_all_staged(fixture("crd.yaml"), &flux_options()).await.unwrap();
    assert_eq!(
        again.to_string(),
        "CustomResourceDefinition/widgets.example.com unchanged\nWidget/default/first unchanged"
    );
    let inventory = crate::apply::inventory::from_change_set(&again);
    let ids: Vec<&str> = inventory.entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        ["_widgets.example.com_apiextensions.k8s.io_CustomResourceDefinition", "default_first_example.com_Widget"]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_kinds_missing_namespaces_and_encrypted_secrets_fail_by_name() {
    let cluster = Cluster::start().await;
    let manager = cluster.manager();
    let widget = pick(&fixture("crd.yaml"), "Widget", "first");
    let err = manager.apply_all_staged(vec![widget], &flux_options()).await.unwrap_err();
    assert_eq!(
        err.message,
        "Widget/default/first dry-run failed: no matches for kind \"Widget\" in version \"example.com/v1\""
    );
    let mut no_namespace = config_map("", "orphan", json!({}));
    no_namespace["metadata"].as_object_mut().unwrap().remove("namespace");
    let err = manager.apply_all_staged(vec![no_namespace], &flux_options()).await.unwrap_err();
    assert_eq!(
        err.message,
        "ConfigMap/orphan namespace not specified: the server could not find the requested resource"
    );
    let missing_ns = config_map("nowhere", "c", json!({}));
    let err = manager.apply_all_staged(vec![missing_ns], &flux_options()).await.unwrap_err();
    assert!(err.message.starts_with("ConfigMap/nowhere/c not found: "), "{}", err.message);
    let secret = json!({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "token", "namespace": "default"},
                        "data": {"token": "RU5DW0FFUzI1Nl9HQ00sZGF0YTp4XQ=="}, "sops": {"mac": "ENC[AES256_GCM,data:x]"}});
    let err = manager
        .apply_all_staged(vec![config_map("default", "ok", json!({})), secret], &flux_options())
        .await
        .unwrap_err();
    assert_eq!(
        err.message,
        "Secret/default/token is SOPS encrypted, configuring decryption is required for this secret to be reconciled"
    );
    assert!(cluster.get("v1", "ConfigMap", "default", "ok").await.is_none(), "nothing is applied before the check");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ssa_and_reconcile_policies() {
    let cluster = Cluster::start().await;
    let manager = cluster.manager();
    let opts = flux_options();
    let mut ignored = config_map("default", "ignored", json!({"a": "1"}));
    ignored["metadata"]["annotations"] = json!({"kustomize.toolkit.fluxcd.io/ssa": "Ignore"});
    let mut once = config_map("default", "once", json!({"a": "1"}));
    once["metadata"]["labels"] = json!({"kustomize.toolkit.fluxcd.io/ssa": "ifnotpresent"});
    let disabled = config_map("default", "disabled", json!({"a": "1"}));

    let changes = manager.apply_all_staged(vec![ignored.clone(), once.clone(), disabled.clone()], &opts).await.unwrap();
    assert_eq!(
        changes.to_string(),
        "ConfigMap/default/disabled created\nConfigMap/default/ignored skipped\nConfigMap/default/once created"
    );
    assert!(cluster.get("v1", "ConfigMap", "default", "ignored").await.is_none());

    // IfNotPresent: present now, so later changes are not applied. A live `reconcile: disabled` excludes too.
    cluster.kubectl(
        &["annotate", "configmap", "disabled", "-n", "default", "kustomize.toolkit.fluxcd.io/reconcile=Disabled"],
        "",
    );
    once["data"]["a"] = json!("2");
    let mut disabled = disabled;
    disabled["data"]["a"] = json!("2");
    let changes = manager.apply_all_staged(vec![once, disabled], &opts).await.unwrap();
    assert_eq!(changes.to_string(), "ConfigMap/default/disabled skipped\nConfigMap/default/once skipped");
    for name in ["once", "disabled"] {
        let live = cluster.get("v1", "ConfigMap", "default", name).await.unwrap();
        assert_eq!(live["data"]["a"], "1", "{name} was applied");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kubectl_fields_are_taken_over_unless_merge() {
    let cluster = Cluster::start().await;
    let manager = cluster.manager();
    let opts = flux_options();
    // Client-side `kubectl apply` writes the last-applied annotation and a kubectl-client-side-apply entry.
    let by_kubectl = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: default\n  labels:\n    team: web\ndata:\n  a: \"1\"\n  extra: \"kubectl\"\n";
    cluster.kubectl(&["apply", "-f", "-"], by_kubectl);
    cluster.kubectl(&["apply", "-f", "-"], &by_kubectl.replace("settings", "merged"));

    let ours = config_map("default", "settings", json!({"a": "1"}));
    let mut merged = config_map("default", "merged", json!({"a": "1"}));
    merged["metadata"]["annotations"] = json!({"kustomize.toolkit.fluxcd.io/ssa": "Merge"});
    let changes = manager.apply_all_staged(vec![merged, ours], &opts).await.unwrap();
    assert_eq!(changes.to_string(), "ConfigMap/default/merged configured\nConfigMap/default/settings configured");

    let live = cluster.get("v1", "ConfigMap", "default", "settings").await.unwrap();
    let managers: Vec<(&str, &str)> = live["metadata"]["managedFields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["manager"].as_str().unwrap(), e["operation"].as_str().unwrap()))
        .collect();
    assert_eq!(managers, [("kustomize-controller", "Apply")], "{live}");
    assert_eq!(live["data"], json!({"a": "1"}), "fields only kubectl set are gone");
    assert!(live["metadata"]["labels"].get("team").is_none(), "{live}");
    assert!(live["metadata"]
        .get("annotations")
        .is_none_or(|a| a.get("kubectl.kubernetes.io/last-applied-configuration").is_none()));

    // `ssa: Merge` keeps what kubectl set, and kubectl keeps owning it.
    let live = cluster.get("v1", "ConfigMap", "default", "merged").await.unwrap();
    assert_eq!(live["data"], json!({"a": "1", "extra": "kubectl"}));
    assert_eq!(live["metadata"]["labels"]["team"], "web");
    let managers: Vec<&str> =
        live["metadata"]["managedFields"].as_array().unwrap().iter().map(|e| e["manager"].as_str().unwrap()).collect();
    assert!(managers.contains(&"kubectl-client-side-apply"), "{managers:?}");

    // After the takeover the object is ours alone: the next apply changes nothing.
    let again =
        manager.apply_all_staged(vec![config_map("default", "settings", json!({"a": "1"}))], &opts).await.unwrap();
    assert_eq!(again.to_string(), "ConfigMap/default/settings unchanged");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn immutable_fields_fail_by_name_or_are_recreated_with_force() {
    let cluster = Cluster::start().await;
    let manager = cluster.manager();
    let app = fixture("app.yaml");
    let namespace = pick(&app, "Namespace", "apps");
    let deployment = pick(&app, "Deployment", "web");
    manager.apply_all_staged(vec![namespace.clone(), deployment.clone()], &flux_options()).await.unwrap();
    let before = cluster.get("apps/v1", "Deployment", "apps", "web").await.unwrap();

    let mut moved = deployment.clone();
    moved["spec"]["selector"]["matchLabels"] = json!({"app": "web", "tier": "front"});
    moved["spec"]["template"]["metadata"]["labels"] = json!({"app": "web", "tier": "front"});
    let err = manager.apply_all_staged(vec![namespace.clone(), moved.clone()], &flux_options()).await.unwrap_err();
    assert!(
        err.message.starts_with("Deployment/apps/web dry-run failed (Invalid): ")
            && err.message.contains("spec.selector")
            && err.message.contains("field is immutable"),
        "{}",
        err.message
    );
    assert_eq!(err.applied.to_string(), "Namespace/apps unchanged");

    let forced = ApplyOptions { force: true, ..flux_options() };
    let changes = manager.apply_all_staged(vec![namespace.clone(), moved], &forced).await.unwrap();
    assert_eq!(changes.to_string(), "Namespace/apps unchanged\nDeployment/apps/web created");
    let after = cluster.get("apps/v1", "Deployment", "apps", "web").await.unwrap();
    assert_ne!(after["metadata"]["uid"], before["metadata"]["uid"], "recreated");
    assert_eq!(after["spec"]["selector"]["matchLabels"]["tier"], "front");

    // The force annotation does the same for one object: an immutable ConfigMap whose data changes.
    let mut frozen = config_map("apps", "frozen", json!({"a": "1"}));
    frozen["immutable"] = json!(true);
    manager.apply_all_staged(vec![frozen.clone()], &flux_options()).await.unwrap();
    frozen["data"]["a"] = json!("2");
    let err = manager.apply_all_staged(vec![frozen.clone()], &flux_options()).await.unwrap_err();
    assert!(err.message.starts_with("ConfigMap/apps/frozen dry-run failed (Invalid): "), "{}", err.message);
    frozen["metadata"]["annotations"] = json!({"kustomize.toolkit.fluxcd.io/force": "Enabled"});
    let changes = manager.apply_all_staged(vec![frozen], &flux_options()).await.unwrap();
    assert_eq!(changes.to_string(), "ConfigMap/apps/frozen created");
    assert_eq!(cluster.get("v1", "ConfigMap", "apps", "frozen").await.unwrap()["data"]["a"], "2");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_common_kind_reapplies_unchanged() {
    let cluster = Cluster::with_workloads(true).await;
    let manager = cluster.manager();
    let objects = fixture("kinds.yaml");
    let first = manager.apply_all_staged(objects.clone(), &flux_options()).await.unwrap();
    assert!(first.entries.iter().all(|e| e.action == Action::Created), "{first}");
    assert_eq!(first.entries[0].subject, "Namespace/kinds");
    assert_eq!(first.entries[1].subject, "ClusterRole/kinds:reader");
    assert_eq!(first.entries[2].subject, "StorageClass/kinds-fast");
    let again = manager.apply_all_staged(objects.clone(), &flux_options()).await.unwrap();
    let changed: Vec<String> =
        again.entries.iter().filter(|e| e.action != Action::Unchanged).map(|e| e.to_string()).collect();
    assert!(changed.is_empty(), "{changed:?}");

    // A Job's pod template is immutable: a new image needs force.
    let mut job = pick(&objects, "Job", "migrate");
    job["spec"]["template"]["spec"]["containers"][0]["image"] = json!("busybox:1.37");
    let err = manager.apply_all_staged(vec![job.clone()], &flux_options()).await.unwrap_err();
    assert!(
        err.message.starts_with("Job/kinds/migrate dry-run failed (Invalid): ")
            && err.message.contains("spec.template"),
        "{}",
        err.message
    );
    let forced = ApplyOptions { force: true, ..flux_options() };
    let changes = manager.apply_all_staged(vec![job], &forced).await.unwrap();
    assert_eq!(changes.to_string(), "Job/kinds/migrate created");
}
