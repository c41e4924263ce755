//! The bridge from client-side to server-side apply that kube-apiserver builds into its field manager.
//!
//! Objects created with `kubectl apply` (client-side) carry `kubectl.kubernetes.io/last-applied-configuration`
//! and are owned by the `kubectl-client-side-apply` Update manager. When `kubectl apply --server-side`
//! (manager `kubectl`) then changes a field that configuration set, and the live value still equals what
//! it set, the change is not a conflict: the user is taking over their own configuration. Afterwards the
//! annotation keeps following what `kubectl` applies, so going back to client-side apply stays sane.

use serde_json::Value;

use super::typed::{compare, to_field_set};
use super::updater::Target;
use super::{Conflict, SsaError};

/// The annotation client-side `kubectl apply` writes.
pub const LAST_APPLIED: &str = "kubectl.kubernetes.io/last-applied-configuration";

/// Only kubectl's own server-side apply gets the upgrade; another manager name opts out, as upstream.
const KUBECTL: &str = "kubectl";

fn last_applied_of(obj: &Value) -> Option<Value> {
    let text = obj.pointer("/metadata/annotations")?.get(LAST_APPLIED)?.as_str()?;
    serde_json::from_str(text).ok()
}

/// The conflicts that remain once those allowed by the live object's last-applied configuration are
/// taken out. Every conflict remains for other managers or objects without the annotation.
pub(crate) fn unresolved(
    live: &Value,
    conflicts: Vec<Conflict>,
    manager: &str,
    target: &Target<'_>,
) -> Result<Vec<Conflict>, SsaError> {
    if manager != KUBECTL {
        return Ok(conflicts);
    }
    let Some(last) = last_applied_of(live) else { return Ok(conflicts) };
    let Ok(set) = to_field_set(&last, target.ty) else { return Ok(conflicts) };
    // Fields someone changed since the last client-side apply are real conflicts.
    let changed = match compare(&last, live, target.ty) {
        Ok(cmp) => cmp.modified,
        Err(_) => return Ok(conflicts),
    };
    let allowed = set.difference(&changed);
    Ok(conflicts.into_iter().filter(|c| !allowed.contains(&c.field)).collect())
}

/// After a successful apply by `kubectl`, an existing last-applied annotation is replaced by the applied
/// configuration (without the annotation itself).
pub(crate) fn sync(live: &Value, mut new: Value, applied: &Value, manager: &str) -> Value {
    if manager != KUBECTL || last_applied_of(live).is_none() {
        return new;
    }
    let mut config = applied.clone();
    if let Some(annotations) = config.pointer_mut("/metadata/annotations").and_then(Value::as_object_mut) {
        annotations.remove(LAST_APPLIED);
    }
    let Ok(text) = serde_json::to_string(&config) else { return new };
    if let Some(annotations) = new.pointer_mut("/metadata/annotations").and_then(Value::as_object_mut) {
        annotations.insert(LAST_APPLIED.into(), Value::String(text));
    }
    new
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::ssa::Endpoint;
    use crate::{Definitions, Gvk};

    fn client_side_applied() -> serde_json::Value {
        let last = r#"{"apiVersion":"v1","data":{"greeting":"hello"},"kind":"ConfigMap","metadata":{"annotations":{},"name":"c","namespace":"default"}}"#;
        json!({"apiVersion": "v1", "kind": "ConfigMap",
               "metadata": {"name": "c", "namespace": "default", "uid": "u1",
                            "annotations": {super::LAST_APPLIED: last},
                            "managedFields": [{"manager": "kubectl-client-side-apply", "operation": "Update", "apiVersion": "v1",
                                               "time": "2025-01-01T00:00:00Z", "fieldsType": "FieldsV1",
                                               "fieldsV1": {"f:data": {".": {}, "f:greeting": {}},
                                                            "f:metadata": {"f:annotations": {".": {}, ("f:".to_owned() + super::LAST_APPLIED): {}}}}}]},
               "data": {"greeting": "hello"}})
    }

    fn endpoint() -> Endpoint<'static> {
        Endpoint::new(Definitions::k8s_1_33().schema_for(&Gvk::new("", "v1", "ConfigMap")).unwrap(), "v1", None)
    }

    #[test]
    fn kubectl_takes_over_its_client_side_configuration() {
        let live = client_side_applied();
        let applied = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c", "namespace": "default"}, "data": {"greeting": "bonjour"}});
        let out = endpoint().apply(Some(&live), &applied, "kubectl", false, "2025-01-02T00:00:00Z").unwrap();
        assert_eq!(out["data"]["greeting"], "bonjour");
        let annotation = out["metadata"]["annotations"][super::LAST_APPLIED].as_str().unwrap();
        assert!(annotation.contains("bonjour"), "the annotation follows the server-side apply: {annotation}");
        // Another manager name gets the plain conflict.
        let err = endpoint().apply(Some(&live), &applied, "someone", false, "2025-01-02T00:00:00Z").unwrap_err();
        assert!(
            err.to_string().contains("conflict with \"kubectl-client-side-apply\" using v1: .data.greeting"),
            "{err}"
        );
    }

    #[test]
    fn fields_changed_since_the_client_side_apply_still_conflict() {
        let mut live = client_side_applied();
        live["data"]["greeting"] = json!("edited by hand");
        let applied = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c", "namespace": "default"}, "data": {"greeting": "bonjour"}});
        let err = endpoint().apply(Some(&live), &applied, "kubectl", false, "2025-01-02T00:00:00Z").unwrap_err();
        assert!(err.to_string().contains(".data.greeting"), "{err}");
    }
}
