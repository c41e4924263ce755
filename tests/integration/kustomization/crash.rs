//! Crash safety: `flux-rs run` killed with SIGKILL in the middle of applying 200 objects, then restarted.
//! The Kustomization converges, nothing it applied is left unmanaged, and nothing is pruned by mistake.

use std::collections::BTreeSet;
use std::time::Duration;

use git::testing::{GitHttpServer, TestRepo};
use k8s_openapi::api::core::v1::ConfigMap;
use kube::api::{Api, ListParams};
use serde_json::json;

use super::support::{self, applied, is_ready, wait_for, RECONCILE};

/// ConfigMaps `cm-<from>` … `cm-<to - 1>`, each with `version` in its data, in one file.
fn config_maps(from: usize, to: usize, version: &str) -> String {
    (from..to)
        .map(|i| {
            format!(
                "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-{i:03}\n  namespace: default\ndata:\n  version: \"{version}\"\n"
            )
        })
        .collect::<Vec<_>>()
        .join("---\n")
}

/// The names and versions of the ConfigMaps the Kustomization `app` labelled as its own.
async fn owned(client: &kube::Client) -> Vec<(String, String)> {
    let list = Api::<ConfigMap>::namespaced(client.clone(), "default")
        .list(&ListParams::default().labels("kustomize.toolkit.fluxcd.io/name=app"))
        .await
        .expect("listing ConfigMaps");
    list.items
        .into_iter()
        .map(|cm| {
            let version = cm.data.unwrap_or_default().get("version").cloned().unwrap_or_default();
            (cm.metadata.name.unwrap_or_default(), version)
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_mid_apply_it_converges_without_orphans_or_wrong_prunes() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    repo.commit(
        "main",
        &[("app/kustomization.yaml", "resources:\n- cms.yaml\n"), ("app/cms.yaml", &config_maps(0, 200, "1"))],
        "200 ConfigMaps",
    );
    let git = GitHttpServer::start(root.path());
    let mut f = support::start_with_stable_storage().await;
    f.create("repo", json!({"url": git.url("app.git"), "ref": {"branch": "main"}, "interval": "1s"})).await;
    support::create(&f, "app", json!({"interval": "1s", "path": "./app"})).await;
    wait_for(&f, "app", RECONCILE * 2, "Ready with 200 objects", is_ready).await;
    assert_eq!(owned(&f.client).await.len(), 200);

    // The next commit changes every ConfigMap, drops cm-180…199 and adds cm-200…219.
    let v2 = config_maps(0, 180, "2")
        + "---
" + &config_maps(200, 220, "2");
    let second = repo.commit("main", &[("app/cms.yaml", &v2)], "v2");
    let until = tokio::time::Instant::now() + RECONCILE * 2;
    let killed_at = loop {
        let now = owned(&f.client).await;
        let updated = now.iter().filter(|(_, v)| v == "2").count();
        if updated > 0 {
            f.controller.kill_and_restart();
            break updated;
        }
        assert!(tokio::time::Instant::now() < until, "the second commit was never applied:\n{}", f.log());
        tokio::time::sleep(Duration::from_millis(10)).await;
    };
    assert!(killed_at < 200, "killed before the apply finished ({killed_at} of 200 updated)");

    let revision = format!("main@sha1:{second}");
    let ks = wait_for(&f, "app", RECONCILE * 2, "Ready at the second commit after the restart", |ks| {
        is_ready(ks) && applied(ks) == revision
    })
    .await;
    let expected: BTreeSet<String> = (0..180).chain(200..220).map(|i| format!("cm-{i:03}")).collect();
    let now = owned(&f.client).await;
    let names: BTreeSet<String> = now.iter().map(|(n, _)| n.clone()).collect();
    assert_eq!(names, expected, "exactly the second commit's objects: none orphaned, none pruned by mistake");
    assert!(now.iter().all(|(_, v)| v == "2"), "every object at the second commit");
    let inventory: BTreeSet<String> = ks.status.unwrap().inventory.unwrap().entries.into_iter().map(|e| e.id).collect();
    let expected_ids: BTreeSet<String> = expected.iter().map(|n| format!("default_{n}__ConfigMap")).collect();
    assert_eq!(inventory, expected_ids, "the inventory lists exactly what is applied");
}
