//! A GitRepository and Kustomizations reconciled by `flux-rs run`, and helpers to wait on them.

use std::time::Duration;

use api::kustomize::Kustomization;
use kube::api::{Api, Patch, PatchParams, PostParams};
use serde_json::{json, Value};

use crate::gitrepository::support::{Fixture, NS};

/// How long one reconciliation of a small Kustomization may take on a loaded two-core machine.
pub const RECONCILE: Duration = Duration::from_secs(30);

/// Both controllers (the fixture sets short retry delays and `--requeue-dependency=2s`).
pub async fn start() -> Fixture {
    Fixture::start_controllers("source-controller,kustomize-controller", &[]).await
}

/// Both controllers, the artifact server on a fixed port that stays the same when the controller is
/// restarted (as a Service's address does in a cluster).
pub async fn start_with_stable_storage() -> Fixture {
    let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port();
    let addr = format!("--storage-addr=127.0.0.1:{port}");
    Fixture::start_controllers("source-controller,kustomize-controller", &[&addr]).await
}

pub fn kustomizations(f: &Fixture) -> Api<Kustomization> {
    Api::namespaced(f.client.clone(), NS)
}

/// Creates a Kustomization from `spec` (sourceRef defaults to the GitRepository `repo`, prune to true).
pub async fn create(f: &Fixture, name: &str, spec: Value) -> Kustomization {
    let mut spec = spec;
    if spec.get("sourceRef").is_none() {
        spec["sourceRef"] = json!({"kind": "GitRepository", "name": "repo"});
    }
    if spec.get("prune").is_none() {
        spec["prune"] = json!(true);
    }
    let obj: Kustomization = serde_json::from_value(json!({
        "apiVersion": "kustomize.toolkit.fluxcd.io/v1", "kind": "Kustomization",
        "metadata": {"name": name, "namespace": NS}, "spec": spec
    }))
    .expect("a Kustomization");
    kustomizations(f).create(&PostParams::default(), &obj).await.expect("creating a Kustomization")
}

/// Merges `spec` into the Kustomization's spec.
pub async fn patch_spec(f: &Fixture, name: &str, spec: Value) {
    kustomizations(f)
        .patch(name, &PatchParams::default(), &Patch::Merge(&json!({"spec": spec})))
        .await
        .expect("patching a Kustomization");
}

pub fn condition<'a>(obj: &'a Kustomization, type_: &str) -> Option<&'a api::meta::Condition> {
    obj.status.as_ref()?.conditions.as_ref()?.iter().find(|c| c.type_ == type_)
}

/// Ready=True for the current generation.
pub fn is_ready(obj: &Kustomization) -> bool {
    condition(obj, "Ready").is_some_and(|c| c.status == "True")
        && obj.status.as_ref().and_then(|s| s.observed_generation) == obj.metadata.generation
}

/// `lastAppliedRevision`, or empty.
pub fn applied(obj: &Kustomization) -> &str {
    obj.status.as_ref().and_then(|s| s.last_applied_revision.as_deref()).unwrap_or_default()
}

/// Waits until `check` accepts the Kustomization, failing with the object and the controller's log.
pub async fn wait_for(
    f: &Fixture,
    name: &str,
    deadline: Duration,
    what: &str,
    check: impl Fn(&Kustomization) -> bool,
) -> Kustomization {
    let until = tokio::time::Instant::now() + deadline;
    loop {
        let obj = kustomizations(f).get_opt(name).await.expect("reading a Kustomization");
        if let Some(o) = &obj {
            if check(o) {
                return o.clone();
            }
        }
        if tokio::time::Instant::now() >= until {
            panic!(
                "timed out after {deadline:?} waiting for Kustomization {name} to be {what}\n--- object\n{}\n--- controller log\n{}",
                serde_json::to_string_pretty(&obj).unwrap_or_default(),
                f.log()
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Reads a namespaced object, or `None` when it does not exist.
pub async fn get<K>(f: &Fixture, namespace: &str, name: &str) -> Option<K>
where
    K: kube::Resource<Scope = k8s_openapi::NamespaceResourceScope, DynamicType = ()>
        + Clone
        + serde::de::DeserializeOwned
        + std::fmt::Debug,
{
    Api::<K>::namespaced(f.client.clone(), namespace).get_opt(name).await.expect("reading an object")
}

/// Waits until `check` accepts the object (`None`: absent).
pub async fn wait_object<K>(
    f: &Fixture,
    namespace: &str,
    name: &str,
    deadline: Duration,
    what: &str,
    check: impl Fn(Option<&K>) -> bool,
) -> Option<K>
where
    K: kube::Resource<Scope = k8s_openapi::NamespaceResourceScope, DynamicType = ()>
        + Clone
        + serde::de::DeserializeOwned
        + std::fmt::Debug,
{
    let until = tokio::time::Instant::now() + deadline;
    loop {
        let obj = get::<K>(f, namespace, name).await;
        if check(obj.as_ref()) {
            return obj;
        }
        if tokio::time::Instant::now() >= until {
            panic!(
                "timed out after {deadline:?} waiting for {} {namespace}/{name} to be {what}\n--- object\n{obj:?}\n--- controller log\n{}",
                K::kind(&()),
                f.log()
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
