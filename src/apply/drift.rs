//! Drift: whether a server-side dry run of a manifest differs from the live object (fluxcd/pkg
//! `ssa/manager_diff.go`), and the diff of one object for `flux-rs diff kustomization`, with Secret values masked
//! (`ssa/sanitize.go`).

use serde_json::{Map, Value};

use super::changeset::{subject, Action, ChangeSetEntry};
use super::{ApplyError, ApplyOptions, ResourceManager};
use crate::kube_error::{describe, is_not_found};

/// Whether applying would change the live object: a dry run without resourceVersion is a creation; otherwise
/// labels, annotations, or anything outside `metadata` and `status` differ.
pub fn has_drifted(live: Option<&Value>, dry_run: &Value) -> bool {
    let rv = dry_run.pointer("/metadata/resourceVersion").and_then(Value::as_str).unwrap_or_default();
    let Some(live) = live.filter(|_| !rv.is_empty()) else {
        return true;
    };
    let meta_map = |o: &Value, field: &str| {
        o.pointer(&format!("/metadata/{field}")).and_then(Value::as_object).cloned().unwrap_or_default()
    };
    if meta_map(live, "labels") != meta_map(dry_run, "labels")
        || meta_map(live, "annotations") != meta_map(dry_run, "annotations")
    {
        return true;
    }
    without_metadata_and_status(live) != without_metadata_and_status(dry_run)
}

fn without_metadata_and_status(object: &Value) -> Map<String, Value> {
    let mut map = object.as_object().cloned().unwrap_or_default();
    map.remove("metadata");
    map.remove("status");
    map
}

/// The result of diffing one object: its change, and for a configured object the live and the dry-run-merged
/// forms (without `metadata.managedFields`, Secret values masked).
#[derive(Debug, Clone, PartialEq)]
pub struct DiffEntry {
    pub change: ChangeSetEntry,
    pub live: Option<Value>,
    pub merged: Option<Value>,
}

const MASK: &str = "***";
const MASK_BEFORE: &str = "*** (before)";
const MASK_AFTER: &str = "*** (after)";

/// Masks the values of a Secret's `data` and `stringData` in its live and merged forms, as upstream's diff
/// does: a value that changed reads `*** (before)` / `*** (after)`, any other value `***`; keys stay visible.
pub fn mask_secret(live: Option<&mut Value>, merged: Option<&mut Value>) {
    let (mut live, mut merged) = (live, merged);
    for field in ["data", "stringData"] {
        let old = live.as_deref().and_then(|o| o.get(field)).and_then(Value::as_object).cloned();
        let new = merged.as_deref().and_then(|o| o.get(field)).and_then(Value::as_object).cloned();
        let mask = |map: &Option<Map<String, Value>>, other: &Option<Map<String, Value>>, changed: &str| {
            map.as_ref().map(|m| {
                m.iter()
                    .map(|(k, v)| {
                        let differs = other.as_ref().and_then(|o| o.get(k)).is_some_and(|ov| ov != v);
                        (k.clone(), Value::from(if differs { changed } else { MASK }))
                    })
                    .collect::<Map<String, Value>>()
            })
        };
        if let (Some(o), Some(masked)) = (live.as_deref_mut(), mask(&old, &new, MASK_BEFORE)) {
            o[field] = Value::Object(masked);
        }
        if let (Some(o), Some(masked)) = (merged.as_deref_mut(), mask(&new, &old, MASK_AFTER)) {
            o[field] = Value::Object(masked);
        }
    }
}

fn is_secret(object: &Value) -> bool {
    object.get("kind").and_then(Value::as_str).is_some_and(|k| k.eq_ignore_ascii_case("Secret"))
        && object.get("apiVersion").and_then(Value::as_str) == Some("v1")
}

fn strip_managed_fields(object: &mut Value) {
    if let Some(meta) = object.get_mut("metadata").and_then(Value::as_object_mut) {
        meta.remove("managedFields");
    }
}

impl ResourceManager {
    /// What applying `object` would do, by the same dry run as [`ResourceManager::apply_all_staged`] and with the
    /// same policies and preparation (owner labels, normalisation); nothing is written.
    pub async fn diff(&self, object: Value, opts: &ApplyOptions) -> Result<DiffEntry, ApplyError> {
        let object = self.prepare(vec![object], opts).map_err(ApplyError::new)?.remove(0);
        let fail = |message: String| ApplyError::new(message);
        let endpoint = self.endpoint_for(&object).await.map_err(fail)?;
        let live = endpoint.get().await.ok().flatten();
        if let Some(entry) = skipped(&object, live.as_ref(), opts) {
            return Ok(DiffEntry { change: entry, live: None, merged: None });
        }
        let mut merged = match endpoint.apply(&object, &self.field_manager, true).await {
            Ok(m) => m,
            Err(e) if should_force(&object, live.as_ref(), opts, &e) => {
                return Ok(DiffEntry {
                    change: ChangeSetEntry::of(&object, Action::Created),
                    live: None,
                    merged: None,
                });
            }
            Err(e) => return Err(fail(dry_run_error(&object, &e))),
        };
        if merged.pointer("/metadata/resourceVersion").and_then(Value::as_str).unwrap_or_default().is_empty() {
            return Ok(DiffEntry { change: ChangeSetEntry::of(&merged, Action::Created), live: None, merged: None });
        }
        if !has_drifted(live.as_ref(), &merged) {
            return Ok(DiffEntry { change: ChangeSetEntry::of(&merged, Action::Unchanged), live: None, merged: None });
        }
        let mut live = live.unwrap_or(Value::Null);
        strip_managed_fields(&mut live);
        strip_managed_fields(&mut merged);
        if is_secret(&merged) {
            mask_secret(Some(&mut live), Some(&mut merged));
        }
        Ok(DiffEntry {
            change: ChangeSetEntry::of(&object, Action::Configured),
            live: Some(live),
            merged: Some(merged),
        })
    }
}

/// The skipped entry when a policy excludes the object (from the live object when there is one).
pub(crate) fn skipped(desired: &Value, live: Option<&Value>, opts: &ApplyOptions) -> Option<ChangeSetEntry> {
    use super::policy::any_in_metadata;
    let source = live.unwrap_or(desired);
    let excluded = any_in_metadata(desired, &opts.exclusion_selector)
        || live.is_some_and(|l| any_in_metadata(l, &opts.exclusion_selector));
    let present = live.is_some() && any_in_metadata(desired, &opts.if_not_present_selector);
    (excluded || present).then(|| ChangeSetEntry::of(source, Action::Skipped))
}

/// Whether a failed dry run is an immutable-field error that `force` (option, or the force selector on the
/// desired or live object) allows fixing by recreating the object.
pub(crate) fn should_force(desired: &Value, live: Option<&Value>, opts: &ApplyOptions, e: &kube::Error) -> bool {
    use super::policy::any_in_metadata;
    is_immutable_error(e)
        && (opts.force
            || any_in_metadata(desired, &opts.force_selector)
            || live.is_some_and(|l| any_in_metadata(l, &opts.force_selector)))
}

/// kubectl's and Flux's test: Conflict or Invalid, or a message saying a field is immutable (CEL rules,
/// admission webhooks).
pub(crate) fn is_immutable_error(e: &kube::Error) -> bool {
    if let kube::Error::Api(s) = e {
        if s.code == 409 || s.reason == "Conflict" || s.code == 422 || s.reason == "Invalid" {
            return true;
        }
    }
    static PATTERN: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"is\simmutable|immutable\sfield").expect("a valid regular expression")
    });
    PATTERN.is_match(&describe(e))
}

/// Upstream's dry-run error: `Deployment/default/x dry-run failed (Invalid): <server message>`, or `not found` /
/// `namespace not specified` for a 404.
pub(crate) fn dry_run_error(object: &Value, e: &kube::Error) -> String {
    let subject = subject(object);
    let message = describe(e);
    if is_not_found(e) {
        let namespace = object.pointer("/metadata/namespace").and_then(Value::as_str).unwrap_or_default();
        if namespace.is_empty() {
            return format!("{subject} namespace not specified: {message}");
        }
        return format!("{subject} not found: {message}");
    }
    match e {
        kube::Error::Api(s) if !s.reason.is_empty() => format!("{subject} dry-run failed ({}): {message}", s.reason),
        _ => format!("{subject} dry-run failed: {message}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn drift_is_labels_annotations_and_the_rest_outside_metadata_and_status() {
        let live = json!({"apiVersion": "v1", "kind": "ConfigMap",
            "metadata": {"name": "c", "resourceVersion": "5", "generation": 1, "labels": {"a": "1"},
                         "managedFields": [{"manager": "x"}]},
            "data": {"k": "v"}});
        let mut dry = live.clone();
        dry["metadata"]["managedFields"] = json!([{"manager": "y"}]);
        assert!(!has_drifted(Some(&live), &dry));
        let mut relabelled = dry.clone();
        relabelled["metadata"]["labels"]["a"] = json!("2");
        assert!(has_drifted(Some(&live), &relabelled));
        let mut annotated = dry.clone();
        annotated["metadata"]["annotations"] = json!({"n": "1"});
        assert!(has_drifted(Some(&live), &annotated));
        annotated["metadata"]["annotations"] = json!({});
        assert!(!has_drifted(Some(&live), &annotated));
        let mut changed = dry.clone();
        changed["data"]["k"] = json!("w");
        assert!(has_drifted(Some(&live), &changed));
        let mut status = dry.clone();
        status["status"] = json!({"x": 1});
        assert!(!has_drifted(Some(&live), &status));
        let mut created = dry;
        created["metadata"].as_object_mut().unwrap().remove("resourceVersion");
        assert!(has_drifted(None, &created));
    }

    #[test]
    fn secret_values_are_masked_keys_stay() {
        let mut live = json!({"kind": "Secret", "data": {"same": "YQ==", "changed": "Yg==", "gone": "Yw=="}});
        let mut merged = json!({"kind": "Secret", "data": {"same": "YQ==", "changed": "ZA==", "new": "ZQ=="},
                                "stringData": {"plain": "secret"}});
        mask_secret(Some(&mut live), Some(&mut merged));
        assert_eq!(live["data"], json!({"same": "***", "changed": "*** (before)", "gone": "***"}));
        assert_eq!(merged["data"], json!({"same": "***", "changed": "*** (after)", "new": "***"}));
        assert_eq!(merged["stringData"], json!({"plain": "***"}));
        assert!(live.get("stringData").is_none());
        let text = format!("{live}{merged}");
        assert!(!text.contains("YQ==") && !text.contains("secret\""), "{text}");
    }

    fn api_error(code: u16, reason: &str, message: &str) -> kube::Error {
        kube::Error::Api(Box::new(kube::core::Status {
            code,
            reason: reason.into(),
            message: message.into(),
            ..kube::core::Status::default()
        }))
    }

    #[test]
    fn immutable_errors_and_their_messages() {
        let invalid = api_error(422, "Invalid", "Deployment.apps \"web\" is invalid: spec.selector: Invalid value: v1.LabelSelector{...}: field is immutable");
        assert!(is_immutable_error(&invalid));
        let webhook = api_error(400, "BadRequest", "admission webhook denied the request: spec.size is immutable");
        assert!(is_immutable_error(&webhook));
        let forbidden = api_error(403, "Forbidden", "deployments.apps is forbidden");
        assert!(!is_immutable_error(&forbidden));
        let dep =
            json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "namespace": "default"}});
        assert_eq!(
            dry_run_error(&dep, &invalid),
            "Deployment/default/web dry-run failed (Invalid): Deployment.apps \"web\" is invalid: spec.selector: Invalid value: v1.LabelSelector{...}: field is immutable"
        );
        let missing = api_error(404, "NotFound", "namespaces \"default\" not found");
        assert_eq!(dry_run_error(&dep, &missing), "Deployment/default/web not found: namespaces \"default\" not found");
        let no_ns = json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"}});
        let unknown = api_error(404, "NotFound", "the server could not find the requested resource");
        assert_eq!(
            dry_run_error(&no_ns, &unknown),
            "Deployment/web namespace not specified: the server could not find the requested resource"
        );
    }
}
