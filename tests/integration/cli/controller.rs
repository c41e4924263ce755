//! A stand-in for Flux's controllers in CLI tests: the Flux CRDs installed into the embedded server,
//! fixture objects created from YAML, and a task per kind that answers reconcile requests the way a
//! controller does — `status.lastHandledReconcileAt`, `observedGeneration`, a Ready condition and the
//! revision fields — so `reconcile` and `resume` waits are proven against the real handshake.

use std::time::Duration;

use futures::TryStreamExt;
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::api::{Api, ApiResource, DynamicObject, Patch, PatchParams, PostParams};
use kube::runtime::{watcher, WatchStreamExt};
use kube::Resource;
use serde_json::{json, Value};

use crate::support::{eventually, TestServer};

/// The revision every fixture reconciles to (upstream's goldens use this one).
pub const REVISION: &str = "6.3.5@sha1:67e2c98a60dc92283531412a9e604dd4bae005a9";

/// Installs every Flux CRD with server-side apply, waits until they are served, and creates `namespace`.
pub async fn install_flux(server: &TestServer, namespace: &str) -> kube::Client {
    let client = server.client().await;
    let crds: Api<CustomResourceDefinition> = Api::all(client.clone());
    let params = PatchParams::apply("flux-rs-tests").force();
    for crd in api::crds() {
        let name = crd.metadata.name.clone().expect("CRDs are named");
        crds.patch(&name, &params, &Patch::Apply(&crd)).await.expect("applying a Flux CRD");
        eventually(Duration::from_secs(30), &format!("{name} to be established"), || {
            let crds = crds.clone();
            let name = name.clone();
            async move {
                let crd = crds.get(&name).await.ok()?;
                let established =
                    crd.status?.conditions?.iter().any(|c| c.type_ == "Established" && c.status == "True");
                established.then_some(())
            }
        })
        .await;
    }
    let namespaces: Api<k8s_openapi::api::core::v1::Namespace> = Api::all(client.clone());
    let ns = serde_json::from_value(json!({"metadata": {"name": namespace}})).expect("a namespace");
    namespaces.create(&PostParams::default(), &ns).await.expect("creating the namespace");
    client
}

/// The API resource of a typed Flux kind.
pub fn resource<K: Resource<DynamicType = ()>>() -> ApiResource {
    ApiResource::erase::<K>(&())
}

/// Creates `obj` (JSON with apiVersion, kind and metadata) in `namespace`.
pub async fn create(client: &kube::Client, ar: &ApiResource, namespace: &str, obj: Value) {
    let api: Api<DynamicObject> = Api::namespaced_with(client.clone(), namespace, ar);
    let obj: DynamicObject = serde_json::from_value(obj).expect("a Flux object");
    api.create(&PostParams::default(), &obj).await.expect("creating a fixture object");
}

/// The object as stored.
pub async fn get(client: &kube::Client, ar: &ApiResource, namespace: &str, name: &str) -> Option<DynamicObject> {
    let api: Api<DynamicObject> = Api::namespaced_with(client.clone(), namespace, ar);
    api.get_opt(name).await.expect("reading an object")
}

/// Plays the controller of `ar`'s kind in `namespace` until the returned task is aborted (dropping the
/// handle does not stop it; tests end with their runtime).
pub fn play(client: &kube::Client, ar: ApiResource, namespace: &str) -> tokio::task::JoinHandle<()> {
    let api: Api<DynamicObject> = Api::namespaced_with(client.clone(), namespace, &ar);
    tokio::spawn(async move {
        let events = watcher(api.clone(), watcher::Config::default()).applied_objects();
        let mut events = std::pin::pin!(events);
        while let Ok(Some(obj)) = events.try_next().await {
            if let Some(status) = status_for(&ar.kind, &obj) {
                let name = obj.metadata.name.clone().unwrap_or_default();
                // A conflict or a deleted object is answered by the next event.
                let _ =
                    api.patch_status(&name, &PatchParams::default(), &Patch::Merge(&json!({"status": status}))).await;
            }
        }
    })
}

/// The status a controller writes for `obj`, or `None` when it is suspended or already up to date.
fn status_for(kind: &str, obj: &DynamicObject) -> Option<Value> {
    let data = &obj.data;
    if data.pointer("/spec/suspend").and_then(Value::as_bool) == Some(true) {
        return None;
    }
    let generation = obj.metadata.generation.unwrap_or(0);
    let requested = obj.metadata.annotations.as_ref().and_then(|a| a.get("reconcile.fluxcd.io/requestedAt")).cloned();
    let handled = data.pointer("/status/lastHandledReconcileAt").and_then(Value::as_str).map(str::to_string);
    let observed = data.pointer("/status/observedGeneration").and_then(Value::as_i64);
    if observed == Some(generation) && (requested.is_none() || requested == handled) {
        return None;
    }
    let now = "2026-01-01T00:00:00Z";
    let (message, extra) = match kind {
        "Kustomization" => (format!("Applied revision: {REVISION}"), json!({"lastAppliedRevision": REVISION})),
        "HelmRelease" => ("Helm upgrade succeeded".to_string(), json!({"lastAttemptedRevision": "6.3.5"})),
        "Receiver" => ("Receiver initialized for path: /hook/0123".to_string(), json!({"webhookPath": "/hook/0123"})),
        "ImageRepository" => (
            "successful scan: found 3 tags".to_string(),
            json!({"canonicalImageName": "ghcr.io/stefanprodan/podinfo",
                   "lastScanResult": {"tagCount": 3, "scanTime": now}}),
        ),
        "ImagePolicy" => (
            "Latest image tag for ghcr.io/stefanprodan/podinfo resolved to 6.3.5".to_string(),
            json!({"latestRef": {"name": "ghcr.io/stefanprodan/podinfo", "tag": "6.3.5"}}),
        ),
        "ImageUpdateAutomation" => ("repository up-to-date".to_string(), json!({"lastAutomationRunTime": now})),
        _ => (
            format!("stored artifact for revision '{REVISION}'"),
            json!({"artifact": {
                "digest": "sha256:0000000000000000000000000000000000000000000000000000000000000000",
                "path": "x.tar.gz", "url": "http://source-controller/x.tar.gz",
                "revision": if kind == "HelmChart" { "6.3.5" } else { REVISION }, "lastUpdateTime": now
            }}),
        ),
    };
    let mut status = json!({
        "observedGeneration": generation,
        "conditions": [{
            "type": "Ready", "status": "True", "reason": "Succeeded", "message": message,
            "observedGeneration": generation, "lastTransitionTime": now
        }]
    });
    if let Some(token) = requested {
        status["lastHandledReconcileAt"] = json!(token);
    }
    if let (Some(s), Some(e)) = (status.as_object_mut(), extra.as_object()) {
        s.extend(e.clone());
    }
    Some(status)
}

/// The namespace the CLI tests put their objects in (`{{ .ns }}` in the goldens).
pub const NS: &str = "flux-cli-tests";

/// upstream's `tkfg` GitRepository.
pub fn git_repository(name: &str) -> Value {
    json!({
        "apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository",
        "metadata": {"name": name},
        "spec": {"interval": "1m", "url": "https://github.com/stefanprodan/podinfo", "ref": {"tag": "6.3.5"}}
    })
}

/// upstream's `tkfg` Kustomization, from the GitRepository of the same name.
pub fn kustomization(name: &str, suspended: bool) -> Value {
    json!({
        "apiVersion": "kustomize.toolkit.fluxcd.io/v1", "kind": "Kustomization",
        "metadata": {"name": name},
        "spec": {
            "interval": "1m", "prune": true, "path": "./kustomize", "suspend": suspended,
            "sourceRef": {"kind": "GitRepository", "name": name}
        }
    })
}

/// upstream's `thrfg` HelmRelease, charting from a GitRepository.
pub fn helm_release(name: &str) -> Value {
    json!({
        "apiVersion": "helm.toolkit.fluxcd.io/v2", "kind": "HelmRelease",
        "metadata": {"name": name},
        "spec": {
            "interval": "1m",
            "chart": {"spec": {"chart": "./charts/podinfo", "sourceRef": {"kind": "GitRepository", "name": name}}}
        }
    })
}

/// The kubeconfig argument pair plus `-n <NS>`, for the CLI.
pub fn cluster_args(server: &TestServer) -> Vec<String> {
    let kubeconfig = server.kubeconfig().to_str().expect("a UTF-8 path").to_string();
    vec!["--kubeconfig".into(), kubeconfig, "-n".into(), NS.into()]
}

/// `args` followed by [`cluster_args`].
pub fn with_cluster<'a>(args: &[&'a str], cluster: &'a [String]) -> Vec<&'a str> {
    args.iter().copied().chain(cluster.iter().map(String::as_str)).collect()
}
