//! CustomResourceDefinition admission: validation of the definition and the status the establishing
//! controller would write (done synchronously, so `kubectl wait --for=condition=Established` returns at once).

use serde_json::{json, Value};

use crate::objects;
use crate::status::{ApiError, Cause};

/// The finalizer kube-apiserver puts on CRDs so their custom resources are removed first.
pub const CLEANUP_FINALIZER: &str = "customresourcecleanup.apiextensions.k8s.io";

/// Whether a stored CRD serves requests (it has been admitted and is not being torn down past cleanup).
pub fn is_established(crd: &Value) -> bool {
    crd.pointer("/status/conditions")
        .and_then(Value::as_array)
        .is_some_and(|cs| cs.iter().any(|c| c["type"] == "Established" && c["status"] == "True"))
}

fn s<'a>(v: &'a Value, p: &str) -> &'a str {
    v.pointer(p).and_then(Value::as_str).unwrap_or_default()
}

/// Validates a CRD and fills in defaults and status. `old` is the stored CRD on update.
pub fn admit(old: Option<&Value>, crd: &mut Value) -> Result<(), ApiError> {
    let name = objects::name_of(crd).to_string();
    let group = s(crd, "/spec/group").to_string();
    let plural = s(crd, "/spec/names/plural").to_string();
    let kind = s(crd, "/spec/names/kind").to_string();
    let mut causes = Vec::new();
    if group.is_empty() {
        causes.push(Cause::required("spec.group"));
    } else if !group.contains('.') {
        causes.push(Cause::invalid("spec.group", &json!(group), "should be a domain with at least one dot"));
    }
    if plural.is_empty() {
        causes.push(Cause::required("spec.names.plural"));
    }
    if kind.is_empty() {
        causes.push(Cause::required("spec.names.kind"));
    }
    if !plural.is_empty() && !group.is_empty() && name != format!("{plural}.{group}") {
        causes.push(Cause::invalid("metadata.name", &json!(name), "must be spec.names.plural+\".\"+spec.group"));
    }
    match s(crd, "/spec/scope") {
        "Namespaced" | "Cluster" => {}
        "" => causes.push(Cause::required("spec.scope")),
        other => {
            causes.push(Cause::not_supported("spec.scope", &json!(other), &[json!("Cluster"), json!("Namespaced")]))
        }
    }
    let versions = crd.pointer("/spec/versions").and_then(Value::as_array).cloned().unwrap_or_default();
    if versions.is_empty() {
        causes.push(Cause::invalid(
            "spec.versions",
            &json!([]),
            "must have exactly one version marked as storage version",
        ));
    }
    let storage: Vec<&Value> =
        versions.iter().filter(|v| v.get("storage").and_then(Value::as_bool) == Some(true)).collect();
    if !versions.is_empty() && storage.len() != 1 {
        causes.push(Cause::invalid(
            "spec.versions",
            &json!(versions.len()),
            "must have exactly one version marked as storage version",
        ));
    }
    for (i, v) in versions.iter().enumerate() {
        if v.pointer("/schema/openAPIV3Schema").is_none() {
            causes.push(Cause::required(&format!("spec.versions[{i}].schema.openAPIV3Schema")));
        }
    }
    if let Some(old) = old {
        if s(old, "/spec/scope") != s(crd, "/spec/scope") && !s(old, "/spec/scope").is_empty() {
            causes.push(Cause::invalid("spec.scope", &json!(s(crd, "/spec/scope")), "field is immutable"));
        }
        if s(old, "/spec/group") != group {
            causes.push(Cause::invalid("spec.group", &json!(group), "field is immutable"));
        }
    }
    if !causes.is_empty() {
        return Err(ApiError::invalid("apiextensions.k8s.io", "CustomResourceDefinition", &name, causes));
    }
    if crd.pointer("/spec/conversion").is_none() {
        crd["spec"]["conversion"] = json!({"strategy": "None"});
    }
    let storage_version =
        storage.first().and_then(|v| v.get("name")).and_then(Value::as_str).unwrap_or_default().to_string();
    let mut names = crd["spec"]["names"].clone();
    if names.get("singular").is_none_or(|v| v.as_str().unwrap_or_default().is_empty()) {
        names["singular"] = json!(kind.to_lowercase());
    }
    if names.get("listKind").is_none() {
        names["listKind"] = json!(format!("{kind}List"));
    }
    let mut stored_versions: Vec<Value> =
        old.and_then(|o| o.pointer("/status/storedVersions")).and_then(Value::as_array).cloned().unwrap_or_default();
    if !stored_versions.iter().any(|v| v == &json!(storage_version)) {
        stored_versions.push(json!(storage_version));
    }
    let now = objects::now();
    let since = |t: &str| -> String {
        old.and_then(|o| o.pointer("/status/conditions"))
            .and_then(Value::as_array)
            .and_then(|cs| cs.iter().find(|c| c["type"] == t))
            .and_then(|c| c.get("lastTransitionTime"))
            .and_then(Value::as_str)
            .map(String::from)
            .unwrap_or_else(|| now.clone())
    };
    let mut conditions = vec![
        json!({"type": "NamesAccepted", "status": "True", "reason": "NoConflicts", "message": "no conflicts found", "lastTransitionTime": since("NamesAccepted")}),
        json!({"type": "Established", "status": "True", "reason": "InitialNamesAccepted", "message": "the initial names have been accepted", "lastTransitionTime": since("Established")}),
    ];
    if objects::is_deleting(crd) {
        conditions.push(json!({"type": "Terminating", "status": "True", "reason": "InstanceDeletionInProgress", "message": "CustomResource deletion is in progress", "lastTransitionTime": since("Terminating")}));
    }
    crd["status"] = json!({"acceptedNames": names, "storedVersions": stored_versions, "conditions": conditions});
    if old.is_none() {
        let m = objects::meta_mut(crd);
        let mut fins: Vec<Value> = m.get("finalizers").and_then(Value::as_array).cloned().unwrap_or_default();
        if !fins.iter().any(|f| f == CLEANUP_FINALIZER) {
            fins.push(json!(CLEANUP_FINALIZER));
        }
        m.insert("finalizers".into(), json!(fins));
    }
    Ok(())
}
