//! Cleanup of live metadata before an apply (fluxcd/pkg `ssa/patch.go`, `cleanupMetadata`): the fields that
//! `kubectl apply`, `kubectl edit` or an older controller wrote are handed over to the applier's field manager,
//! so the next apply owns them and removes what the manifests no longer set; leftover annotations and labels
//! of other tools go. One JSON patch does it; objects marked `ssa: Merge` are left alone.

use k8s_schema::ssa::{FieldSet, Operation};
use serde::Deserialize;
use serde_json::{json, Value};

use super::policy::{self, Selector};

/// Managed-fields entries to take over: by manager name (a prefix unless `exact`) and operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldManager {
    pub name: String,
    pub exact: bool,
    pub operation: Operation,
}

impl FieldManager {
    /// Entries whose manager starts with `name` (`kubectl` also matches `kubectl-client-side-apply`).
    pub fn prefix(name: &str, operation: Operation) -> FieldManager {
        FieldManager { name: name.to_string(), exact: false, operation }
    }

    /// Only main-resource entries match: status writers keep what they own.
    fn matches(&self, entry: &Value) -> bool {
        let text = |k: &str| entry.get(k).and_then(Value::as_str).unwrap_or_default();
        let operation = entry.get("operation").and_then(|o| Operation::deserialize(o).ok());
        if operation != Some(self.operation) || !text("subresource").is_empty() {
            return false;
        }
        if self.exact {
            text("manager") == self.name
        } else {
            text("manager").starts_with(&self.name)
        }
    }
}

/// What to clean from live objects before applying.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CleanupOptions {
    /// Annotation keys to remove.
    pub annotations: Vec<String>,
    /// Label keys to remove.
    pub labels: Vec<String>,
    /// Managed-fields entries to hand over to the applier.
    pub field_managers: Vec<FieldManager>,
    /// Objects (desired or live) matching this are not cleaned.
    pub exclusions: Selector,
}

impl CleanupOptions {
    /// What kustomize-controller cleans: kubectl's last-applied annotation and Flux v1's checksum annotations and
    /// GC label; entries of `kubectl` (Apply and Update), `before-first-apply` and of the controller's own
    /// pre-SSA updates. Objects with `<group>/ssa: Merge` keep theirs.
    pub fn flux(group: &str, field_manager: &str) -> CleanupOptions {
        CleanupOptions {
            annotations: vec![
                "kubectl.kubernetes.io/last-applied-configuration".into(),
                "kustomize.toolkit.fluxcd.io/checksum".into(),
                "fluxcd.io/sync-checksum".into(),
            ],
            labels: vec!["fluxcd.io/sync-gc-mark".into()],
            field_managers: vec![
                FieldManager::prefix("kubectl", Operation::Apply),
                FieldManager::prefix("kubectl", Operation::Update),
                FieldManager::prefix("before-first-apply", Operation::Update),
                FieldManager::prefix(field_manager, Operation::Update),
            ],
            exclusions: Selector::from([(policy::key(group, "ssa"), "Merge".to_string())]),
        }
    }
}

/// The JSON patch that cleans `live` for `manager`, or None when there is nothing to clean.
pub fn patch(
    desired: &Value,
    live: &Value,
    opts: &CleanupOptions,
    manager: &str,
) -> Result<Option<Vec<Value>>, String> {
    if policy::any_in_metadata(desired, &opts.exclusions) || policy::any_in_metadata(live, &opts.exclusions) {
        return Ok(None);
    }
    let mut ops = Vec::new();
    for (field, keys) in [("annotations", &opts.annotations), ("labels", &opts.labels)] {
        let present = live.pointer(&format!("/metadata/{field}")).and_then(Value::as_object);
        for key in keys {
            if present.is_some_and(|m| m.contains_key(key)) {
                ops.push(json!({"op": "remove", "path": format!("/metadata/{field}/{}", escape(key))}));
            }
        }
    }
    if let Some(entries) = take_over(live, &opts.field_managers, manager)? {
        ops.push(json!({"op": "replace", "path": "/metadata/managedFields", "value": entries}));
    }
    Ok((!ops.is_empty()).then_some(ops))
}

/// RFC 6901 escaping of one path segment.
fn escape(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

/// The managed fields with every matching entry merged into `manager`'s Apply entry (created from the first
/// match when there is none), which moves to the end; None when no entry matches.
fn take_over(live: &Value, managers: &[FieldManager], manager: &str) -> Result<Option<Vec<Value>>, String> {
    let Some(entries) = live.pointer("/metadata/managedFields").and_then(Value::as_array) else {
        return Ok(None);
    };
    let is_ours = |e: &Value| {
        e.get("manager").and_then(Value::as_str) == Some(manager)
            && e.get("operation").and_then(Value::as_str) == Some("Apply")
            && e.get("subresource").and_then(Value::as_str).unwrap_or_default().is_empty()
    };
    let ours = entries.iter().rposition(is_ours);
    let mut merged: Option<Value> = ours.map(|i| entries[i].clone());
    let mut kept = Vec::new();
    let mut edited = false;
    for (i, entry) in entries.iter().enumerate() {
        if Some(i) == ours {
            continue;
        }
        if !managers.iter().any(|m| m.matches(entry)) {
            kept.push(entry.clone());
            continue;
        }
        edited = true;
        match merged.as_mut() {
            None => {
                let mut renamed = entry.clone();
                renamed["manager"] = Value::from(manager);
                renamed["operation"] = Value::from("Apply");
                merged = Some(renamed);
            }
            Some(target) => {
                let union = union_fields(target.get("fieldsV1"), entry.get("fieldsV1"))?;
                if let Some(fields) = union {
                    target["fieldsV1"] = fields;
                }
            }
        }
    }
    if !edited {
        return Ok(None);
    }
    kept.extend(merged);
    Ok(Some(kept))
}

fn union_fields(a: Option<&Value>, b: Option<&Value>) -> Result<Option<Value>, String> {
    let parse = |v: &Value| FieldSet::from_fields_v1(v).map_err(|e| format!("unable to merge managed fields: '{e}'"));
    Ok(match (a, b) {
        (Some(a), Some(b)) => Some(parse(a)?.union(&parse(b)?).to_fields_v1()),
        (Some(a), None) => Some(a.clone()),
        (None, b) => b.cloned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(manager: &str, operation: &str, fields: Value) -> Value {
        json!({"manager": manager, "operation": operation, "apiVersion": "v1", "time": "2026-05-01T12:00:00Z",
               "fieldsType": "FieldsV1", "fieldsV1": fields})
    }

    fn live(entries: Vec<Value>, annotations: Value) -> Value {
        json!({"apiVersion": "v1", "kind": "ConfigMap",
               "metadata": {"name": "c", "annotations": annotations, "managedFields": entries}})
    }

    #[test]
    fn kubectl_entries_become_ours() {
        let opts = CleanupOptions::flux("kustomize.toolkit.fluxcd.io", "kustomize-controller");
        let desired = json!({"metadata": {"name": "c"}});
        let object = live(
            vec![
                entry("kubectl-client-side-apply", "Update", json!({"f:data": {"f:a": {}}})),
                entry("kube-controller-manager", "Update", json!({"f:metadata": {"f:labels": {"f:x": {}}}})),
                entry("kubectl-edit", "Update", json!({"f:data": {"f:b": {}}})),
            ],
            json!({"kubectl.kubernetes.io/last-applied-configuration": "{}", "keep": "me"}),
        );
        let ops = patch(&desired, &object, &opts, "kustomize-controller").unwrap().unwrap();
        assert_eq!(
            ops[0],
            json!({"op": "remove", "path": "/metadata/annotations/kubectl.kubernetes.io~1last-applied-configuration"})
        );
        let entries = ops[1]["value"].as_array().unwrap();
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0]["manager"], "kube-controller-manager");
        assert_eq!(entries[1]["manager"], "kustomize-controller");
        assert_eq!(entries[1]["operation"], "Apply");
        assert_eq!(entries[1]["fieldsV1"], json!({"f:data": {"f:a": {}, "f:b": {}}}));
    }

    #[test]
    fn an_existing_apply_entry_absorbs_the_others() {
        let opts = CleanupOptions::flux("kustomize.toolkit.fluxcd.io", "kustomize-controller");
        let object = live(
            vec![
                entry("kustomize-controller", "Apply", json!({"f:data": {"f:a": {}}})),
                entry("kubectl", "Apply", json!({"f:data": {"f:c": {}}})),
                entry("kustomize-controller", "Update", json!({"f:data": {"f:d": {}}})),
            ],
            json!({}),
        );
        let ops = patch(&json!({}), &object, &opts, "kustomize-controller").unwrap().unwrap();
        assert_eq!(ops.len(), 1);
        let entries = ops[0]["value"].as_array().unwrap();
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0]["fieldsV1"], json!({"f:data": {"f:a": {}, "f:c": {}, "f:d": {}}}));
    }

    #[test]
    fn nothing_to_clean_or_merge_policy() {
        let opts = CleanupOptions::flux("kustomize.toolkit.fluxcd.io", "kustomize-controller");
        let clean = live(vec![entry("kustomize-controller", "Apply", json!({"f:data": {}}))], json!({}));
        assert_eq!(patch(&json!({}), &clean, &opts, "kustomize-controller").unwrap(), None);
        let kubectl = live(vec![entry("kubectl-client-side-apply", "Update", json!({}))], json!({}));
        let merge = json!({"metadata": {"annotations": {"kustomize.toolkit.fluxcd.io/ssa": "merge"}}});
        assert_eq!(patch(&merge, &kubectl, &opts, "kustomize-controller").unwrap(), None);
        // Status writers are not taken over.
        let mut status = entry("kubectl", "Update", json!({"f:status": {}}));
        status["subresource"] = json!("status");
        let object = live(vec![status], json!({}));
        assert_eq!(patch(&json!({}), &object, &opts, "kustomize-controller").unwrap(), None);
    }
}
