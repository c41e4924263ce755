//! The GitRepository and the Kustomization `--sync` creates, applied server-side by the field manager
//! `flux-rs`, and the `requestedAt` request that makes a new commit fetched at once.

use anyhow::Context;
use kube::api::{Api, DynamicObject, Patch, PatchParams};
use serde_json::{json, Value};

use super::repository::BRANCH;
use crate::cli::kinds::{self, Kind};

/// The field manager of the objects `--sync` applies.
pub const FIELD_MANAGER: &str = "flux-rs";

/// How often the GitRepository fetches: a fallback, since each commit requests a fetch at once.
pub const SOURCE_INTERVAL: &str = "10s";
/// How often the Kustomization re-applies (drift correction); a new artifact applies at once.
pub const KUSTOMIZATION_INTERVAL: &str = "1m";
/// How soon a failed Kustomization retries.
pub const RETRY_INTERVAL: &str = "10s";
/// How long one apply, health checks included, may take.
pub const TIMEOUT: &str = "1m";

/// The GitRepository `<namespace>/<name>` following [`BRANCH`] of `url`.
pub fn git_repository(namespace: &str, name: &str, url: &str) -> Value {
    json!({
        "apiVersion": kinds::GIT_REPOSITORY.api_version(),
        "kind": kinds::GIT_REPOSITORY.kind,
        "metadata": {"name": name, "namespace": namespace},
        "spec": {"url": url, "ref": {"branch": BRANCH}, "interval": SOURCE_INTERVAL},
    })
}

/// The Kustomization `<namespace>/<name>` applying the root of the GitRepository of the same name, pruning
/// what leaves it and waiting for what it applies to be ready.
pub fn kustomization(namespace: &str, name: &str) -> Value {
    json!({
        "apiVersion": kinds::KUSTOMIZATION.api_version(),
        "kind": kinds::KUSTOMIZATION.kind,
        "metadata": {"name": name, "namespace": namespace},
        "spec": {
            "sourceRef": {"kind": kinds::GIT_REPOSITORY.kind, "name": name},
            "path": "./",
            "prune": true,
            "wait": true,
            "interval": KUSTOMIZATION_INTERVAL,
            "retryInterval": RETRY_INTERVAL,
            "timeout": TIMEOUT,
        },
    })
}

fn api(client: &kube::Client, kind: &Kind, namespace: &str) -> Api<DynamicObject> {
    Api::namespaced_with(client.clone(), namespace, &kind.resource())
}

/// Applies `object` (one of the two above) server-side, taking over fields others set.
pub async fn apply(client: &kube::Client, kind: &Kind, object: &Value) -> anyhow::Result<()> {
    let namespace = object.pointer("/metadata/namespace").and_then(Value::as_str).unwrap_or_default();
    let name = object.pointer("/metadata/name").and_then(Value::as_str).unwrap_or_default();
    api(client, kind, namespace)
        .patch(name, &PatchParams::apply(FIELD_MANAGER).force(), &Patch::Apply(object))
        .await
        .with_context(|| format!("applying {} {namespace}/{name}", kind.kind))?;
    Ok(())
}

/// The object as JSON, or `None` while it does not exist.
pub async fn get(client: &kube::Client, kind: &Kind, namespace: &str, name: &str) -> anyhow::Result<Option<Value>> {
    let found = api(client, kind, namespace)
        .get_opt(name)
        .await
        .with_context(|| format!("reading {} {namespace}/{name}", kind.kind))?;
    Ok(found.map(serde_json::to_value).transpose()?)
}

/// Asks the controller to reconcile the object now, as `flux reconcile` and webhook receivers do.
pub async fn request_reconcile(client: &kube::Client, kind: &Kind, namespace: &str, name: &str) -> anyhow::Result<()> {
    let token = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Nanos, true);
    let patch = json!({"metadata": {"annotations": {api::meta::annotation::RECONCILE_REQUESTED_AT: token}}});
    api(client, kind, namespace)
        .patch(
            name,
            &PatchParams { field_manager: Some(FIELD_MANAGER.into()), ..Default::default() },
            &Patch::Merge(&patch),
        )
        .await
        .with_context(|| format!("requesting a reconciliation of {} {namespace}/{name}", kind.kind))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_objects_are_flux_objects() {
        let repo: api::source::GitRepository =
            serde_json::from_value(git_repository("flux-system", "podinfo", "http://127.0.0.1:1/podinfo.git"))
                .expect("a GitRepository");
        assert_eq!(repo.spec.url, "http://127.0.0.1:1/podinfo.git");
        assert_eq!(repo.spec.reference.as_ref().and_then(|r| r.branch.as_deref()), Some("main"));

        let ks: api::kustomize::Kustomization =
            serde_json::from_value(kustomization("flux-system", "podinfo")).expect("a Kustomization");
        assert_eq!(ks.spec.source_ref.kind, "GitRepository");
        assert_eq!(ks.spec.source_ref.name, "podinfo");
        assert_eq!(ks.spec.path.as_deref(), Some("./"));
        assert!(ks.spec.prune && ks.spec.wait == Some(true));
    }
}
