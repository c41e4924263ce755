//! Server-side apply field management: who owns which field of an object, `metadata.managedFields`, and
//! the merge, prune and conflict rules of `PATCH` with `application/apply-patch+yaml`.
//!
//! This is what kube-apiserver does with sigs.k8s.io/structured-merge-diff and
//! `k8s.io/apimachinery/pkg/util/managedfields`, as a pure library: the API server calls
//! [`Endpoint::apply`] for apply patches and [`Endpoint::record_update`] for every other write (create,
//! update, JSON/merge/strategic patches) so that `Update` managers are tracked too.
//!
//! ```
//! use k8s_schema::{Definitions, Gvk};
//! use k8s_schema::ssa::{Endpoint, SsaError};
//! use serde_json::json;
//!
//! let defs = Definitions::k8s_1_33();
//! let cm = Endpoint::new(defs.schema_for(&Gvk::new("", "v1", "ConfigMap")).unwrap(), "v1", None);
//! let cfg = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}, "data": {"a": "1"}});
//! let live = cm.apply(None, &cfg, "flux", false, "2025-01-01T00:00:00Z").unwrap();
//! assert_eq!(live["metadata"]["managedFields"][0]["fieldsV1"], json!({"f:data": {"f:a": {}}}));
//!
//! let other = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}, "data": {"a": "2"}});
//! let err = cm.apply(Some(&live), &other, "kubectl", false, "2025-01-01T00:00:01Z").unwrap_err();
//! assert_eq!(err.to_string(), r#"Apply failed with 1 conflict: conflict with "flux": .data.a"#);
//! ```
//!
//! Not implemented (see the module tests for what is): conversion of field sets between API versions
//! (every manager's set is taken to be in the request's version), the `/scale` subresource's mapping of
//! `spec.replicas`, the client-side-apply upgrade that kube-apiserver's `lastAppliedManager` performs on
//! conflicts, and updating `kubectl.kubernetes.io/last-applied-configuration` on apply.

mod fieldset;
mod last_applied;
mod managed;
mod typed;
mod updater;

use serde_json::{Map, Value};

pub use fieldset::{path_string, FieldSet, Path, PathElement};
pub use managed::{managed_fields_from_object, managed_fields_from_request, ManagedFieldsEntry, Operation};

use crate::Schema;
use typed::Ty;
use updater::Target;

/// One field another manager owns that an apply would change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The other manager's name.
    pub manager: String,
    pub operation: Operation,
    /// The other manager's API version (empty for appliers, whose version is not part of their identity).
    pub api_version: String,
    pub subresource: Option<String>,
    /// The field, in the human form kube-apiserver prints: `.spec.replicas`,
    /// `.spec.template.spec.containers[name="c"].image`.
    pub path: String,
    /// The field as a path, for set arithmetic (the client-side-apply upgrade filters conflicts by it).
    pub field: Path,
    /// The manager as messages name it: `"kubectl"`, `"kube-controller-manager" using apps/v1`.
    described_manager: String,
}

impl Conflict {
    /// The `message` of this conflict's `StatusCause` (type `FieldManagerConflict`, `field` = [`Self::path`]).
    pub fn cause_message(&self) -> String {
        format!("conflict with {}", self.described_manager)
    }
}

/// Why field management refused a write.
#[derive(Debug, thiserror::Error)]
pub enum SsaError {
    /// Another manager owns fields the apply changes: HTTP 409, reason `Conflict`, with the message
    /// kube-apiserver writes.
    #[error("{}", conflicts_message(.0))]
    Conflicts(Vec<Conflict>),
    /// The apply body itself is unacceptable (`metadata.managedFields` set, wrong apiVersion): HTTP 400.
    #[error("{0}")]
    BadRequest(String),
    /// The object does not fit its schema for field management (duplicate list keys, missing key fields) or
    /// carries malformed managed fields: HTTP 422 (kube-apiserver answers some of these with 500).
    #[error("{0}")]
    Invalid(String),
}

fn conflicts_message(conflicts: &[Conflict]) -> String {
    if let [one] = conflicts {
        return format!("Apply failed with 1 conflict: conflict with {}: {}", one.described_manager, one.path);
    }
    let mut lines: Vec<String> = Vec::new();
    let mut current: Option<&str> = None;
    for c in conflicts {
        if current != Some(c.described_manager.as_str()) {
            lines.push(format!("conflicts with {}:", c.described_manager));
            current = Some(&c.described_manager);
        }
        lines.push(format!("- {}", c.path));
    }
    format!("Apply failed with {} conflicts: {}", conflicts.len(), lines.join("\n"))
}

/// Where writes land: the schema of the kind, the API version of the request, the subresource, and the
/// fields the endpoint resets.
#[derive(Debug, Clone)]
pub struct Endpoint<'a> {
    schema: Option<Schema<'a>>,
    api_version: String,
    subresource: Option<String>,
    reset_fields: FieldSet,
}

impl<'a> Endpoint<'a> {
    /// An endpoint of a kind with a schema (built-in or a CRD version's `openAPIV3Schema`).
    ///
    /// Reset fields default to what kube-apiserver resets for a resource with a status subresource:
    /// `status` on the main resource, `spec` on `/status`. Use [`Self::with_reset_fields`] otherwise (a CRD
    /// without a status subresource resets nothing).
    pub fn new(schema: Schema<'a>, api_version: &str, subresource: Option<&str>) -> Endpoint<'a> {
        let declares_status = schema.json().get("properties").and_then(|p| p.get("status")).is_some();
        let mut ep = Endpoint::schemaless(api_version, subresource);
        ep.schema = Some(schema);
        if subresource.is_none() && !declares_status {
            ep.reset_fields = FieldSet::new();
        }
        ep
    }

    /// An endpoint whose kind has no schema: maps merge key by key and lists are atomic.
    pub fn schemaless(api_version: &str, subresource: Option<&str>) -> Endpoint<'a> {
        let top = match subresource {
            None => Some("status"),
            Some("status") => Some("spec"),
            Some(_) => None,
        };
        let reset_fields =
            FieldSet::from_paths(top.map(|t| vec![PathElement::Field(t.into())]).iter().map(Vec::as_slice));
        Endpoint {
            schema: None,
            api_version: api_version.into(),
            subresource: subresource.map(String::from),
            reset_fields,
        }
    }

    /// Replaces the reset fields: paths (with everything below them) that writes here cannot own.
    pub fn with_reset_fields(mut self, reset_fields: FieldSet) -> Endpoint<'a> {
        self.reset_fields = reset_fields;
        self
    }

    fn target<'t>(&'t self, now: &'t str) -> Target<'t> {
        Target {
            ty: Ty(self.schema),
            api_version: &self.api_version,
            subresource: self.subresource.as_deref(),
            now,
            ignored: &self.reset_fields,
            builtin: self.schema.is_some_and(|s| s.keyword("x-kubernetes-group-version-kind").is_some()),
        }
    }

    /// Server-side apply of `applied` (the request body as JSON) by `manager` onto `live` (`None` when the
    /// apply creates the object). Returns the new object with `metadata.managedFields` set; `now` (RFC 3339)
    /// stamps the applier's entry when the object changes.
    ///
    /// The caller checks kind, name and namespace against the URL and runs defaulting and validation.
    pub fn apply(
        &self,
        live: Option<&Value>,
        applied: &Value,
        manager: &str,
        force: bool,
        now: &str,
    ) -> Result<Value, SsaError> {
        if !applied.is_object() {
            return Err(SsaError::BadRequest("the apply patch must be a JSON object".into()));
        }
        if applied.pointer("/metadata/managedFields").is_some_and(|m| !m.is_null()) {
            return Err(SsaError::BadRequest("metadata.managedFields must be nil".into()));
        }
        let patch_version = applied.get("apiVersion").and_then(Value::as_str).unwrap_or_default();
        if patch_version != self.api_version {
            return Err(SsaError::BadRequest(format!(
                "Incorrect version specified in apply patch. Specified patch version: {patch_version}, expected: {}",
                self.api_version
            )));
        }
        let target = self.target(now);
        let mut live = live.cloned().unwrap_or_else(|| Value::Object(Map::new()));
        let entries = managed_fields_from_object(&live)
            .map_err(|e| SsaError::Invalid(format!("failed to decode managed fields: {e}")))?;
        remove_managed_fields(&mut live);
        let mut managers = managed::decode(&entries);
        if managers.is_empty() {
            // Fields set before anyone applied belong to someone; without this the first applier could
            // silently take or prune them.
            let empty = Value::Object(Map::new());
            updater::update(&empty, &live, &mut managers, "before-first-apply", &target)?;
        }
        let before = managers.clone();
        let (new, _changed) = match updater::apply(&live, applied, &mut managers, manager, force, &target) {
            Err(SsaError::Conflicts(conflicts)) => {
                // kube-apiserver's last-applied manager: `kubectl` taking over from client-side apply may
                // override fields its own last-applied configuration set and nobody changed since.
                let remaining = last_applied::unresolved(&live, conflicts, manager, &target)?;
                if !remaining.is_empty() {
                    return Err(SsaError::Conflicts(remaining));
                }
                managers = before;
                updater::apply(&live, applied, &mut managers, manager, true, &target)?
            }
            other => other?,
        };
        let new = last_applied::sync(&live, new, applied, manager);
        Ok(with_managed_fields(new, &managers))
    }

    /// Records a non-apply write by `manager`: fields that `new` adds or changes relative to `old` (`None` on
    /// create) become the manager's `Update` entry and are taken from every other manager.
    ///
    /// Managed fields sent in `new` replace the live ones, and `managedFields: []` clears them (see
    /// [`managed_fields_from_request`]), except on subresources. An existing object without managed fields
    /// stays untracked, as upstream.
    pub fn record_update(&self, old: Option<&Value>, new: &Value, manager: &str, now: &str) -> Result<Value, SsaError> {
        let target = self.target(now);
        let live_entries = || old.map(managed_fields_from_object).and_then(Result::ok).unwrap_or_default();
        let entries = match self.subresource {
            Some(_) => live_entries(),
            None => managed_fields_from_request(new).unwrap_or_else(live_entries),
        };
        let mut managers = managed::decode(&entries);
        let mut new = new.clone();
        remove_managed_fields(&mut new);
        let has_uid =
            old.and_then(|o| o.pointer("/metadata/uid")).and_then(Value::as_str).is_some_and(|u| !u.is_empty());
        if managers.is_empty() && has_uid {
            return Ok(new);
        }
        let mut old = old.cloned().unwrap_or_else(|| Value::Object(Map::new()));
        remove_managed_fields(&mut old);
        updater::update(&old, &new, &mut managers, manager, &target)?;
        Ok(with_managed_fields(new, &managers))
    }
}

/// [`Endpoint::apply`] with the default reset fields for `subresource`.
#[allow(clippy::too_many_arguments)]
pub fn apply(
    live: Option<&Value>,
    applied: &Value,
    manager: &str,
    force: bool,
    schema: Schema<'_>,
    now: &str,
    api_version: &str,
    subresource: Option<&str>,
) -> Result<Value, SsaError> {
    Endpoint::new(schema, api_version, subresource).apply(live, applied, manager, force, now)
}

/// [`Endpoint::record_update`] with the default reset fields for `subresource`.
pub fn record_update(
    old: Option<&Value>,
    new: &Value,
    manager: &str,
    schema: Schema<'_>,
    now: &str,
    api_version: &str,
    subresource: Option<&str>,
) -> Result<Value, SsaError> {
    Endpoint::new(schema, api_version, subresource).record_update(old, new, manager, now)
}

fn remove_managed_fields(obj: &mut Value) {
    if let Some(Value::Object(meta)) = obj.get_mut("metadata") {
        meta.remove("managedFields");
    }
}

fn with_managed_fields(mut obj: Value, managers: &managed::Managers) -> Value {
    let entries = managed::encode(managers);
    let Value::Object(map) = &mut obj else { return obj };
    if entries.is_empty() {
        if let Some(Value::Object(meta)) = map.get_mut("metadata") {
            meta.remove("managedFields");
        }
        return obj;
    }
    let encoded: Vec<Value> = entries.iter().filter_map(|e| serde_json::to_value(e).ok()).collect();
    let meta = map.entry("metadata").or_insert_with(|| Value::Object(Map::new()));
    if let Value::Object(meta) = meta {
        meta.insert("managedFields".into(), Value::Array(encoded));
    }
    obj
}
