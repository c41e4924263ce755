//! Server-side apply of a set of manifests, in Flux's stages, reporting what changed.
//!
//! Upstream's `ssa.ResourceManager.ApplyAll` semantics: cluster definitions (CRDs and Namespaces) first,
//! then a wait until they are usable, then everything else; each object is created, configured, or
//! left unchanged when a server-side dry run shows the live object would not change. `install` uses it
//! now; the Kustomization controller, `build` and `diff` will build on the same functions.

use std::collections::HashMap;
use std::time::Duration;

use kube::api::{Api, ApiResource, DynamicObject, Patch, PatchParams};
use kube::core::GroupVersionKind;
use kube::discovery::{ApiCapabilities, Scope};
use serde_json::Value;

/// What applying one object did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Created,
    Configured,
    Unchanged,
}

impl std::fmt::Display for Action {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Action::Created => "created",
            Action::Configured => "configured",
            Action::Unchanged => "unchanged",
        })
    }
}

/// One line of a change set: `Deployment/flux-system/flux-rs configured`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// `Kind/namespace/name`, or `Kind/name` for cluster-scoped objects.
    pub subject: String,
    pub action: Action,
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.subject, self.action)
    }
}

/// Why a set could not be applied; the message names the object.
#[derive(Debug)]
pub struct ApplyError(pub String);

impl std::fmt::Display for ApplyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ApplyError {}

/// Applies manifests as one field manager, resolving kinds through discovery once per kind.
pub struct Applier {
    client: kube::Client,
    field_manager: String,
    resources: HashMap<GroupVersionKind, (ApiResource, ApiCapabilities)>,
}

impl Applier {
    pub fn new(client: kube::Client, field_manager: &str) -> Self {
        Applier { client, field_manager: field_manager.to_string(), resources: HashMap::new() }
    }

    /// Applies `objects` in two stages (CRDs and Namespaces, wait until established, the rest),
    /// forcing ownership of conflicting fields as Flux does. The changes come back in input order
    /// within each stage.
    pub async fn apply_all(&mut self, objects: &[Value], wait: Duration) -> Result<Vec<Change>, ApplyError> {
        let (first, rest): (Vec<&Value>, Vec<&Value>) = objects.iter().partition(|o| is_cluster_definition(o));
        let mut changes = Vec::new();
        for object in &first {
            changes.push(self.apply(object).await?);
        }
        if !first.is_empty() {
            self.wait_established(&first, wait).await?;
        }
        for object in &rest {
            changes.push(self.apply(object).await?);
        }
        Ok(changes)
    }

    /// Applies one object: created when absent, unchanged when a dry run leaves it as it is, else
    /// configured.
    pub async fn apply(&mut self, object: &Value) -> Result<Change, ApplyError> {
        let subject = subject(object);
        let api = self.api_for(object).await.map_err(|e| ApplyError(format!("{subject}: {e}")))?;
        let name = object.pointer("/metadata/name").and_then(Value::as_str).unwrap_or_default();
        let failed = |e: kube::Error| ApplyError(format!("{subject} apply failed: {}", describe(&e)));
        let existing = api.get_opt(name).await.map_err(failed)?;
        let params = PatchParams::apply(&self.field_manager).force();
        let action = match existing {
            None => Action::Created,
            Some(live) => {
                let dry = api.patch(name, &params.clone().dry_run(), &Patch::Apply(object)).await.map_err(failed)?;
                if comparable(&live) == comparable(&dry) {
                    return Ok(Change { subject, action: Action::Unchanged });
                }
                Action::Configured
            }
        };
        api.patch(name, &params, &Patch::Apply(object)).await.map_err(failed)?;
        Ok(Change { subject, action })
    }

    async fn api_for(&mut self, object: &Value) -> Result<Api<DynamicObject>, String> {
        let api_version = object.get("apiVersion").and_then(Value::as_str).unwrap_or_default();
        let kind = object.get("kind").and_then(Value::as_str).unwrap_or_default();
        let (group, version) = api_version.rsplit_once('/').unwrap_or(("", api_version));
        let gvk = GroupVersionKind::gvk(group, version, kind);
        if !self.resources.contains_key(&gvk) {
            let found = kube::discovery::pinned_kind(&self.client, &gvk)
                .await
                .map_err(|_| format!("no matches for kind \"{kind}\" in version \"{api_version}\""))?;
            self.resources.insert(gvk.clone(), found);
        }
        let (resource, caps) = &self.resources[&gvk];
        Ok(match caps.scope {
            Scope::Cluster => Api::all_with(self.client.clone(), resource),
            Scope::Namespaced => {
                let ns = object.pointer("/metadata/namespace").and_then(Value::as_str).unwrap_or("default");
                Api::namespaced_with(self.client.clone(), ns, resource)
            }
        })
    }

    /// Waits until every CRD is Established and every Namespace Active.
    async fn wait_established(&mut self, objects: &[&Value], timeout: Duration) -> Result<(), ApplyError> {
        let deadline = tokio::time::Instant::now() + timeout;
        for object in objects {
            let subject = subject(object);
            let api = self.api_for(object).await.map_err(|e| ApplyError(format!("{subject}: {e}")))?;
            let name = object.pointer("/metadata/name").and_then(Value::as_str).unwrap_or_default().to_string();
            loop {
                let live = api.get_opt(&name).await.map_err(|e| ApplyError(format!("{subject}: {}", describe(&e))))?;
                if live.as_ref().is_some_and(is_established) {
                    break;
                }
                if tokio::time::Instant::now() >= deadline {
                    return Err(ApplyError(format!("{subject} is not ready: timeout waiting to be established")));
                }
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
        Ok(())
    }
}

/// CRDs and Namespaces: what other objects need to exist first.
pub fn is_cluster_definition(object: &Value) -> bool {
    let kind = object.get("kind").and_then(Value::as_str);
    matches!(kind, Some("CustomResourceDefinition") | Some("Namespace"))
}

/// `Kind/namespace/name` or `Kind/name`, as Flux prints objects.
pub fn subject(object: &Value) -> String {
    let kind = object.get("kind").and_then(Value::as_str).unwrap_or_default();
    let name = object.pointer("/metadata/name").and_then(Value::as_str).unwrap_or_default();
    match object.pointer("/metadata/namespace").and_then(Value::as_str).filter(|n| !n.is_empty()) {
        Some(ns) => format!("{kind}/{ns}/{name}"),
        None => format!("{kind}/{name}"),
    }
}

fn is_established(object: &DynamicObject) -> bool {
    let status = object.data.get("status");
    let conditions = status.and_then(|s| s.get("conditions")).and_then(Value::as_array);
    if let Some(phase) = status.and_then(|s| s.get("phase")).and_then(Value::as_str) {
        return phase == "Active";
    }
    conditions.is_some_and(|cs| {
        cs.iter().any(|c| {
            c.get("type").and_then(Value::as_str) == Some("Established")
                && c.get("status") == Some(&Value::from("True"))
        })
    })
}

/// The object without what every write changes (resourceVersion, managedFields, generation).
fn comparable(object: &DynamicObject) -> Value {
    let mut value = serde_json::to_value(object).unwrap_or(Value::Null);
    if let Some(meta) = value.get_mut("metadata").and_then(Value::as_object_mut) {
        for key in ["resourceVersion", "managedFields", "generation"] {
            meta.remove(key);
        }
    }
    value
}

fn describe(e: &kube::Error) -> String {
    match e {
        kube::Error::Api(status) => status.message.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn subjects_and_stages() {
        let ns = json!({"kind": "Namespace", "metadata": {"name": "flux-system"}});
        let dep = json!({"kind": "Deployment", "metadata": {"name": "flux-rs", "namespace": "flux-system"}});
        assert_eq!(subject(&ns), "Namespace/flux-system");
        assert_eq!(subject(&dep), "Deployment/flux-system/flux-rs");
        assert!(is_cluster_definition(&ns));
        assert!(!is_cluster_definition(&dep));
        let change = Change { subject: subject(&dep), action: Action::Configured };
        assert_eq!(change.to_string(), "Deployment/flux-system/flux-rs configured");
    }
}
