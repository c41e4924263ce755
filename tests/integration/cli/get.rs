//! `flux-rs get`: upstream's tables for every kind against objects whose status was written through
//! `/status`, as a controller writes it.

use std::path::PathBuf;

use kube::api::{Api, DynamicObject, Patch, PatchParams, PostParams};
use kube::core::GroupVersionKind;

use super::support::{assert_golden, flux, Output};
use crate::support::{fixture, TestServer};

/// The embedded server with the Flux CRDs and the objects of `tests/fixtures/cli/get/`.
pub struct FluxCluster {
    pub server: TestServer,
    pub kubeconfig: String,
}

impl FluxCluster {
    /// Runs `flux-rs` against this cluster.
    pub async fn flux(&self, args: &[&str]) -> Output {
        let mut all: Vec<&str> = args.to_vec();
        all.extend(["--kubeconfig", &self.kubeconfig]);
        flux(&all, &[("TZ", "UTC")], None).await
    }
}

fn crd_files() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("crates/api/crds");
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(&dir).expect("the CRD directory").map(|e| e.expect("a CRD file").path()).collect();
    files.sort();
    files
}

/// Starts a server, installs the Flux CRDs and creates the objects of `fixtures` (files under
/// `tests/fixtures/cli/get/`), each one's `status` written through the status subresource.
pub async fn flux_cluster(fixtures: &[&str]) -> FluxCluster {
    let server = TestServer::start().await;
    let k = server.kubectl();
    let mut names = Vec::new();
    for file in crd_files() {
        k.run(&["apply", "--server-side", "-f", file.to_str().expect("a UTF-8 path")]).ok();
        names.push(format!("crd/{}", file.file_stem().expect("a file name").to_string_lossy()));
    }
    let mut wait = vec!["wait", "--for=condition=Established", "--timeout=30s"];
    wait.extend(names.iter().map(String::as_str));
    k.run(&wait).ok();
    for ns in ["flux-system", "apps", "status", "empty"] {
        k.run(&["create", "namespace", ns]).ok();
    }
    let client = server.client().await;
    for name in fixtures {
        let text = std::fs::read_to_string(fixture(&format!("cli/get/{name}"))).expect("reading the fixture");
        for doc in yaml::documents(&text).expect("YAML fixture") {
            create(&server, &client, doc).await;
        }
    }
    let kubeconfig = server.kubeconfig().to_str().expect("a UTF-8 path").to_string();
    FluxCluster { server, kubeconfig }
}

async fn create(server: &TestServer, client: &kube::Client, mut doc: serde_json::Value) {
    let kind = doc["kind"].as_str().expect("kind").to_string();
    if kind == "Secret" {
        server.kubectl().run_stdin(&["create", "-f", "-"], &doc.to_string()).ok();
        return;
    }
    let (group, version) = doc["apiVersion"].as_str().expect("apiVersion").split_once('/').expect("group/version");
    let gvk = GroupVersionKind::gvk(group, version, &kind);
    let (resource, _) = kube::discovery::pinned_kind(client, &gvk).await.expect("discovering the kind");
    let status = doc.as_object_mut().and_then(|o| o.remove("status"));
    let obj: DynamicObject = serde_json::from_value(doc).expect("an object");
    let name = obj.metadata.name.clone().expect("a name");
    let ns = obj.metadata.namespace.clone().expect("a namespace");
    let api: Api<DynamicObject> = Api::namespaced_with(client.clone(), &ns, &resource);
    api.create(&PostParams::default(), &obj).await.unwrap_or_else(|e| panic!("creating {kind} {name}: {e}"));
    if let Some(status) = status {
        let patch = serde_json::json!({ "status": status });
        api.patch_status(&name, &PatchParams::default(), &Patch::Merge(&patch))
            .await
            .unwrap_or_else(|e| panic!("writing the status of {kind} {name}: {e}"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sources_git_like_upstream() {
    let c = flux_cluster(&["git.yaml"]).await;
    // Byte for byte upstream's cmd/flux/testdata/get/get.golden.
    let out = c.flux(&["get", "sources", "git"]).await;
    assert_golden("get/sources_git", &out, &[]);
    let out = c.flux(&["get", "sources", "git", "-l", "sharding.fluxcd.io/key=shard1"]).await;
    assert_golden("get/label_one", &out, &[]);
    let out = c.flux(&["get", "sources", "git", "-l", "sharding.fluxcd.io/key notin (shard1, shard2)"]).await;
    assert_golden("get/label_two", &out, &[]);
    let out = c.flux(&["get", "source", "git", "podinfo-shard2", "--no-header"]).await;
    assert_golden("get/name_no_header", &out, &[]);
    let out = c.flux(&["get", "sources", "git", "-o", "json", "podinfo"]).await;
    assert_eq!((out.code, out.stderr.as_str()), (0, ""));
    let list: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON on stdout");
    assert_eq!(list["kind"], "List");
    let items = list["items"].as_array().expect("items");
    assert_eq!(items.len(), 1);
    assert_eq!(items[0]["kind"], "GitRepository");
    assert_eq!(items[0]["metadata"]["name"], "podinfo");
    assert_eq!(items[0]["spec"]["url"], "ssh://git@github.com/example/repo");
    assert_eq!(items[0]["status"]["conditions"][0]["type"], "Ready");
    assert!(items[0]["metadata"].get("managedFields").is_none());
    let out = c.flux(&["get", "sources", "git", "-o", "yaml", "-l", "sharding.fluxcd.io/key=shard1"]).await;
    assert!(out.stdout.starts_with("apiVersion: v1\nitems:\n- apiVersion: source.toolkit.fluxcd.io/v1\n"), "{out:?}");
    assert_eq!(out.code, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn status_selector() {
    let c = flux_cluster(&["status.yaml"]).await;
    for (name, args) in [
        ("status_all", vec![]),
        ("status_ready_true", vec!["--status-selector", "Ready=True"]),
        ("status_ready_false", vec!["--status-selector", "ready=false"]),
        ("status_ready_not_true", vec!["--status-selector", "Ready!=True"]),
        ("status_bad", vec!["--status-selector", "Ready"]),
    ] {
        let mut all = vec!["get", "sources", "git", "-n", "status"];
        all.extend(args);
        let out = c.flux(&all).await;
        assert_golden(&format!("get/{name}"), &out, &[]);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_kind() {
    let c = flux_cluster(&["git.yaml", "objects.yaml"]).await;
    let cases: &[(&str, &[&str])] = &[
        ("ks", &["get", "ks"]),
        ("ks_show_source", &["get", "kustomizations", "--show-source"]),
        ("ks_all_namespaces", &["get", "kustomization", "-A"]),
        ("ks_label", &["get", "ks", "-l", "tier=infra"]),
        ("hr", &["get", "hr"]),
        ("hr_show_source", &["get", "helmreleases", "--show-source"]),
        ("sources_oci", &["get", "sources", "oci"]),
        ("sources_helm", &["get", "sources", "helm"]),
        ("sources_chart", &["get", "sources", "chart"]),
        ("sources_bucket", &["get", "sources", "bucket"]),
        ("sources_all", &["get", "sources", "all"]),
        ("alerts", &["get", "alerts"]),
        ("alert_providers", &["get", "alert-providers"]),
        ("receivers", &["get", "receivers"]),
        ("images_repository", &["get", "images", "repository"]),
        ("images_policy", &["get", "image", "policy"]),
        ("images_update", &["get", "images", "update"]),
        ("images_all", &["get", "images", "all"]),
        ("all", &["get", "all"]),
        ("all_ready_false", &["get", "all", "--status-selector", "ready=false"]),
        ("all_watch", &["get", "all", "-w"]),
        ("ks_wide", &["get", "ks", "-o", "wide"]),
    ];
    for (name, args) in cases {
        let out = c.flux(args).await;
        assert_golden(&format!("get/{name}"), &out, &[]);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_objects() {
    let c = flux_cluster(&["git.yaml"]).await;
    let cases: &[(&str, &[&str])] = &[
        ("missing_name", &["get", "sources", "git", "nope"]),
        ("missing_name_any", &["get", "ks", "nope", "-A"]),
        ("empty_namespace", &["get", "hr", "-n", "empty"]),
        ("empty_all", &["get", "all", "-n", "empty"]),
        ("all_missing_name", &["get", "sources", "all", "podinfo"]),
    ];
    for (name, args) in cases {
        let out = c.flux(args).await;
        assert_golden(&format!("get/{name}"), &out, &[]);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn missing_crds() {
    // No Flux CRDs at all: `get all` says nothing, a single kind names what is missing.
    let server = TestServer::start().await;
    let kc = server.kubeconfig().to_str().expect("a UTF-8 path").to_string();
    let out = flux(&["get", "all", "--kubeconfig", &kc], &[], None).await;
    assert_golden("get/no_crds_all", &out, &[]);
    let out = flux(&["get", "ks", "--kubeconfig", &kc], &[], None).await;
    assert_golden("get/no_crds_ks", &out, &[]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watch_prints_a_row_per_change() {
    let c = flux_cluster(&["git.yaml"]).await;
    let out = c.flux(&["get", "sources", "git", "podinfo", "-w", "--timeout", "2s"]).await;
    assert_golden("get/watch", &out, &[]);
}
