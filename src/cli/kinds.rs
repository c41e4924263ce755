//! What `suspend`, `resume`, `reconcile` and `delete` share: the kinds they take as clap subcommands,
//! upstream's success messages (`successMessage()`), and fetching, listing and polling objects.
//!
//! The kinds themselves are described once, in [`super::get::kind::Kind`] (re-exported here): the API
//! resource comes from the `api` crate's types, and `get`, `export` and these verbs all read the same
//! table. Objects are handled as [`DynamicObject`]s: these commands touch only `spec.suspend`,
//! annotations and a few status fields, the same for every kind.

use clap::{Args, Subcommand};
use kube::api::{ApiResource, DynamicObject};
use kube::Resource;
use serde_json::Value;

use super::client::Kube;

pub use super::get::helm::HELM_RELEASE;
pub use super::get::image::{IMAGE_POLICY, IMAGE_REPOSITORY, IMAGE_UPDATE_AUTOMATION};
/// The one kind descriptor, shared with `get` and `export`.
pub use super::get::kind::Kind;
pub use super::get::kustomize::KUSTOMIZATION;
pub use super::get::notification::{ALERT, PROVIDER, RECEIVER};
pub use super::get::source::{BUCKET, GIT_REPOSITORY, HELM_CHART, HELM_REPOSITORY, OCI_REPOSITORY};

/// The API resource of a typed Flux kind.
pub fn erase<K: Resource<DynamicType = ()>>() -> ApiResource {
    ApiResource::erase::<K>(&())
}

/// The string at `path` in `value`, if there is one.
pub fn str_at<'a>(value: &'a Value, path: &[&str]) -> Option<&'a str> {
    super::get::kind::at(value, path).and_then(Value::as_str)
}

pub fn applied_revision(v: &Value) -> String {
    format!("applied revision {}", str_at(v, &["status", "lastAppliedRevision"]).unwrap_or_default())
}

pub fn helmrelease_revision(v: &Value) -> String {
    // The latest release's chart version; before the first release, the revision last attempted.
    let latest = v.pointer("/status/history/0/chartVersion").and_then(Value::as_str);
    let revision = latest.or(str_at(v, &["status", "lastAttemptedRevision"])).unwrap_or_default();
    format!("applied revision {revision}")
}

pub fn fetched_revision(v: &Value) -> String {
    format!("fetched revision {}", str_at(v, &["status", "artifact", "revision"]).unwrap_or_default())
}

pub fn scanned_tags(v: &Value) -> String {
    let count = v.pointer("/status/lastScanResult/tagCount").and_then(Value::as_i64).unwrap_or(0);
    format!("scan fetched {count} tags")
}

pub fn selected_ref(v: &Value) -> String {
    let image = v
        .pointer("/status/latestRef")
        .and_then(|r| serde_json::from_value::<api::image::ImageRef>(r.clone()).ok())
        .map(|r| r.to_string())
        .unwrap_or_default();
    format!("selected ref {image}")
}

pub fn ready_message(v: &Value) -> String {
    super::readiness::condition(v, api::meta::condition::READY)
        .and_then(|c| c.get("message").and_then(Value::as_str))
        .unwrap_or_default()
        .to_string()
}

macro_rules! completed {
    ($name:ident, $text:literal) => {
        pub fn $name(_: &Value) -> String {
            $text.to_string()
        }
    };
}
completed!(alert_completed, "Alert reconciliation completed");
completed!(provider_completed, "Provider reconciliation completed");
completed!(receiver_completed, "Receiver reconciliation completed");

/// The API path of one object, for error messages about requests that never got an answer.
pub fn object_path(info: &Kind, namespace: &str, name: &str) -> String {
    let r = info.resource();
    format!("/apis/{}/namespaces/{namespace}/{}/{name}", r.api_version, r.plural)
}

/// Fetches `name`; `Ok(None)` when it does not exist, `Err` with the one-line description otherwise.
pub async fn get_opt(info: &Kind, kube: &Kube, namespace: &str, name: &str) -> Result<Option<DynamicObject>, String> {
    let api = info.api(kube, namespace).await;
    api.get_opt(name).await.map_err(|e| kube.describe(&e, &object_path(info, namespace, name)))
}

/// Fetches `name`, a missing object being an error with the API server's wording
/// (`kustomizations.kustomize.toolkit.fluxcd.io "foo" not found`), as upstream's `Get`.
pub async fn get(info: &Kind, kube: &Kube, namespace: &str, name: &str) -> Result<DynamicObject, String> {
    let api = info.api(kube, namespace).await;
    api.get(name).await.map_err(|e| kube.describe(&e, &object_path(info, namespace, name)))
}

/// Every object of the kind in `namespace`.
pub async fn list(info: &Kind, kube: &Kube, namespace: &str) -> Result<Vec<DynamicObject>, String> {
    let api = info.api(kube, namespace).await;
    let r = info.resource();
    let path = format!("/apis/{}/namespaces/{namespace}/{}", r.api_version, r.plural);
    let list = api.list(&Default::default()).await.map_err(|e| kube.describe(&e, &path))?;
    Ok(list.items)
}

/// Upstream's `rootArgs.pollInterval`: how often waits look at the cluster again.
pub const POLL_INTERVAL: std::time::Duration = std::time::Duration::from_secs(2);

/// Calls `check` now and every [`POLL_INTERVAL`] until it returns a value, fails, or `deadline` passes
/// (Go's `context deadline exceeded`, as `wait.PollUntilContextTimeout` reports it).
pub async fn poll<T, F, Fut>(deadline: tokio::time::Instant, mut check: F) -> Result<T, String>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<Option<T>, String>>,
{
    loop {
        match tokio::time::timeout_at(deadline, check()).await {
            Ok(Ok(Some(done))) => return Ok(done),
            Ok(Ok(None)) => {}
            Ok(Err(e)) => return Err(e),
            Err(_) => return Err(DEADLINE_EXCEEDED.to_string()),
        }
        let next = tokio::time::Instant::now() + POLL_INTERVAL;
        if next >= deadline {
            tokio::time::sleep_until(deadline).await;
            return Err(DEADLINE_EXCEEDED.to_string());
        }
        tokio::time::sleep_until(next).await;
    }
}

/// The whole object as JSON (metadata included), for the readiness rules.
pub use super::get::kind::object_value as to_json;

/// Go's wording for a wait that ran out of time.
pub const DEADLINE_EXCEEDED: &str = "context deadline exceeded";

/// Names as given, each once, in order (upstream skips repeated arguments).
pub fn unique(names: &[String]) -> Vec<&str> {
    let mut seen = std::collections::HashSet::new();
    names.iter().map(String::as_str).filter(|n| seen.insert(*n)).collect()
}

/// The source kinds a `sourceRef` may name, for `--with-source`.
pub fn source_kind(kind: &str) -> Option<&'static Kind> {
    [&GIT_REPOSITORY, &OCI_REPOSITORY, &BUCKET, &HELM_REPOSITORY, &HELM_CHART].into_iter().find(|k| k.kind == kind)
}

/// The kinds every verb but `reconcile` takes, as clap subcommands carrying the verb's arguments `A`:
/// `kustomization|ks`, `helmrelease|hr`, `alert`, `alert-provider`, `receiver`, `image …`, `source …`.
#[derive(Debug, Subcommand)]
pub enum Target<A: Args> {
    /// Kustomization objects.
    #[command(visible_alias = "ks")]
    Kustomization(A),
    /// HelmRelease objects.
    #[command(visible_alias = "hr")]
    Helmrelease(A),
    /// Alert objects.
    Alert(A),
    /// Provider objects (alert providers).
    AlertProvider(A),
    /// Receiver objects.
    Receiver(A),
    /// Image automation objects.
    #[command(subcommand)]
    Image(ImageTarget<A>),
    /// Source objects.
    #[command(subcommand)]
    Source(SourceTarget<A>),
}

/// `image repository|policy|update`.
#[derive(Debug, Subcommand)]
pub enum ImageTarget<A: Args> {
    /// ImageRepository objects.
    Repository(A),
    /// ImagePolicy objects.
    Policy(A),
    /// ImageUpdateAutomation objects.
    Update(A),
}

/// `source git|oci|bucket|helm|chart`.
#[derive(Debug, Subcommand)]
pub enum SourceTarget<A: Args> {
    /// GitRepository sources.
    Git(A),
    /// OCIRepository sources.
    Oci(A),
    /// Bucket sources.
    Bucket(A),
    /// HelmRepository sources.
    Helm(A),
    /// HelmChart sources.
    Chart(A),
}

impl<A: Args> Target<A> {
    /// The kind chosen and the verb's arguments.
    pub fn resolve(self) -> (&'static Kind, A) {
        match self {
            Target::Kustomization(a) => (&KUSTOMIZATION, a),
            Target::Helmrelease(a) => (&HELM_RELEASE, a),
            Target::Alert(a) => (&ALERT, a),
            Target::AlertProvider(a) => (&PROVIDER, a),
            Target::Receiver(a) => (&RECEIVER, a),
            Target::Image(ImageTarget::Repository(a)) => (&IMAGE_REPOSITORY, a),
            Target::Image(ImageTarget::Policy(a)) => (&IMAGE_POLICY, a),
            Target::Image(ImageTarget::Update(a)) => (&IMAGE_UPDATE_AUTOMATION, a),
            Target::Source(SourceTarget::Git(a)) => (&GIT_REPOSITORY, a),
            Target::Source(SourceTarget::Oci(a)) => (&OCI_REPOSITORY, a),
            Target::Source(SourceTarget::Bucket(a)) => (&BUCKET, a),
            Target::Source(SourceTarget::Helm(a)) => (&HELM_REPOSITORY, a),
            Target::Source(SourceTarget::Chart(a)) => (&HELM_CHART, a),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn resources_come_from_the_api_types() {
        let ks = KUSTOMIZATION.resource();
        assert_eq!(ks.api_version, "kustomize.toolkit.fluxcd.io/v1");
        assert_eq!(ks.plural, "kustomizations");
        assert_eq!(PROVIDER.resource().api_version, "notification.toolkit.fluxcd.io/v1beta3");
        assert_eq!(HELM_RELEASE.resource().api_version, "helm.toolkit.fluxcd.io/v2");
        assert_eq!(source_kind("Bucket").map(|k| k.human), Some("source bucket"));
        assert!(source_kind("ExternalArtifact").is_none());
    }

    #[test]
    fn success_messages_match_upstream() {
        let v = json!({"status": {
            "lastAppliedRevision": "6.3.5@sha1:67e2c98a",
            "artifact": {"revision": "main@sha1:696f056d"},
            "lastScanResult": {"tagCount": 3},
            "latestRef": {"name": "ghcr.io/p/podinfo", "tag": "6.3.5"},
            "history": [{"chartVersion": "6.3.5"}],
            "conditions": [{"type": "Ready", "status": "True", "message": "repository up-to-date"}]
        }});
        assert_eq!((KUSTOMIZATION.success)(&v), "applied revision 6.3.5@sha1:67e2c98a");
        assert_eq!((HELM_RELEASE.success)(&v), "applied revision 6.3.5");
        assert_eq!((GIT_REPOSITORY.success)(&v), "fetched revision main@sha1:696f056d");
        assert_eq!((IMAGE_REPOSITORY.success)(&v), "scan fetched 3 tags");
        assert_eq!((IMAGE_POLICY.success)(&v), "selected ref ghcr.io/p/podinfo:6.3.5");
        assert_eq!((IMAGE_UPDATE_AUTOMATION.success)(&v), "repository up-to-date");
        let hr = json!({"status": {"lastAttemptedRevision": "1.0.0"}});
        assert_eq!((HELM_RELEASE.success)(&hr), "applied revision 1.0.0");
    }
}
