//! Writing back what a reconciler changed, as upstream's `runtime/patch` helper does: JSON merge patches
//! computed between the object as read and as modified, with the controller's field manager — the status
//! through `/status` (changed conditions applied onto the latest conditions with an optimistic lock, so a
//! concurrent writer's conditions survive), then metadata and spec (finalizers).

use std::time::Duration;

use api::meta::Condition;
use kube::api::{Api, Patch, PatchParams};
use serde_json::{Map, Value};

use crate::object::FluxObject;

/// How often a conditions patch is retried when the object changed underneath (upstream: 5 steps).
const CONFLICT_RETRIES: u32 = 5;

/// Remembers an object as last written and patches the differences.
#[derive(Debug)]
pub struct Patcher {
    before: Value,
    field_manager: String,
    /// The server's resourceVersion and conditions as of the last response, the base of the next
    /// conditions patch.
    resource_version: Option<String>,
    server_conditions: Vec<Condition>,
}

impl Patcher {
    /// Starts from the object as read.
    pub fn new<K: FluxObject>(obj: &K, field_manager: &str) -> Patcher {
        Patcher {
            before: serde_json::to_value(obj).unwrap_or(Value::Null),
            field_manager: field_manager.to_string(),
            resource_version: obj.meta().resource_version.clone(),
            server_conditions: obj.conditions().to_vec(),
        }
    }

    /// Writes what changed in `obj` since it was read or last patched: the status (conditions and the
    /// rest together, so that nobody sees `Ready=True` without its `observedGeneration`), then metadata
    /// and spec. Returns `Ok(false)` when the object no longer exists (e.g. the last finalizer was just
    /// removed).
    pub async fn patch<K: FluxObject>(&mut self, api: &Api<K>, obj: &K) -> Result<bool, kube::Error> {
        let after = serde_json::to_value(obj).map_err(kube::Error::SerdeError)?;
        let name = obj.meta().name.clone().unwrap_or_default();
        let params = PatchParams { field_manager: Some(self.field_manager.clone()), ..Default::default() };

        let conditions_before = conditions_of(&self.before);
        let conditions_after = obj.conditions().to_vec();
        let conditions = (conditions_before != conditions_after).then_some((conditions_before, conditions_after));
        let status = merge_diff(&status_without_conditions(&self.before), &status_without_conditions(&after));
        if conditions.is_some() || status.is_some() {
            match self.patch_status(api, &name, &params, status, conditions).await {
                Ok(()) => {}
                Err(e) if is_not_found(&e) => return Ok(false),
                Err(e) => return Err(e),
            }
        }

        if let Some(diff) = merge_diff(&without_status(&self.before), &without_status(&after)) {
            match api.patch(&name, &params, &Patch::Merge(&diff)).await {
                Ok(latest) => self.remember(&latest),
                Err(e) if is_not_found(&e) => return Ok(false),
                Err(e) => return Err(e),
            }
        }
        self.before = after;
        Ok(true)
    }

    fn remember<K: FluxObject>(&mut self, latest: &K) {
        self.resource_version = latest.meta().resource_version.clone();
        self.server_conditions = latest.conditions().to_vec();
    }

    /// One merge patch of `/status`. When conditions changed, the change from `before` to `after` is
    /// applied onto the server's conditions with the server's resourceVersion as a precondition; on a
    /// conflict the object is read again and the patch retried.
    async fn patch_status<K: FluxObject>(
        &mut self,
        api: &Api<K>,
        name: &str,
        params: &PatchParams,
        status: Option<Value>,
        conditions: Option<(Vec<Condition>, Vec<Condition>)>,
    ) -> Result<(), kube::Error> {
        let mut attempt = 0;
        loop {
            let mut body = Map::new();
            let mut fields = match status.clone() {
                Some(Value::Object(fields)) => fields,
                _ => Map::new(),
            };
            if let Some((before, after)) = &conditions {
                let merged = apply_condition_changes(&self.server_conditions, before, after);
                fields.insert("conditions".into(), serde_json::to_value(merged).map_err(kube::Error::SerdeError)?);
                body.insert("metadata".into(), serde_json::json!({"resourceVersion": self.resource_version}));
            }
            body.insert("status".into(), Value::Object(fields));
            match api.patch_status(name, params, &Patch::Merge(&Value::Object(body))).await {
                Ok(latest) => {
                    self.remember(&latest);
                    return Ok(());
                }
                Err(kube::Error::Api(s)) if s.code == 409 && attempt + 1 < CONFLICT_RETRIES => {
                    attempt += 1;
                    let base = Duration::from_millis(100) * 2u32.pow(attempt - 1);
                    tokio::time::sleep(base + base.mul_f64(rand::random::<f64>())).await;
                    let latest = api.get(name).await?;
                    self.remember(&latest);
                }
                Err(e) => return Err(e),
            }
        }
    }
}

fn is_not_found(e: &kube::Error) -> bool {
    matches!(e, kube::Error::Api(s) if s.code == 404)
}

fn conditions_of(obj: &Value) -> Vec<Condition> {
    obj.pointer("/status/conditions").and_then(|c| serde_json::from_value(c.clone()).ok()).unwrap_or_default()
}

fn without_status(obj: &Value) -> Value {
    let mut obj = obj.clone();
    if let Some(map) = obj.as_object_mut() {
        map.remove("status");
    }
    obj
}

fn status_without_conditions(obj: &Value) -> Value {
    let mut status = obj.get("status").cloned().unwrap_or(Value::Object(Map::new()));
    if let Some(map) = status.as_object_mut() {
        map.remove("conditions");
    }
    status
}

/// The conditions `server` becomes when the changes from `before` to `after` are applied: conditions added
/// or changed in `after` are set, conditions removed from `before` are removed, others stay as the server
/// has them.
pub fn apply_condition_changes(server: &[Condition], before: &[Condition], after: &[Condition]) -> Vec<Condition> {
    let mut merged: Vec<Condition> = server
        .iter()
        .filter(|c| {
            let removed = before.iter().any(|b| b.type_ == c.type_) && !after.iter().any(|a| a.type_ == c.type_);
            !removed
        })
        .cloned()
        .collect();
    for condition in after {
        if before.iter().any(|b| b == condition) {
            continue;
        }
        match merged.iter_mut().find(|m| m.type_ == condition.type_) {
            Some(m) => *m = condition.clone(),
            None => merged.push(condition.clone()),
        }
    }
    // Keep the order the reconciler produced, then whatever only the server had.
    merged.sort_by_key(|c| after.iter().position(|a| a.type_ == c.type_).unwrap_or(usize::MAX));
    merged
}

/// The RFC 7386 JSON merge patch that turns `before` into `after`; `None` when they are equal.
///
/// ```
/// use serde_json::json;
/// let before = json!({"a": 1, "b": {"c": 2, "d": 3}, "e": [1]});
/// let after = json!({"a": 1, "b": {"c": 2}, "e": [1, 2], "f": "new"});
/// assert_eq!(runtime::patch::merge_diff(&before, &after), Some(json!({"b": {"d": null}, "e": [1, 2], "f": "new"})));
/// assert_eq!(runtime::patch::merge_diff(&before, &before), None);
/// ```
pub fn merge_diff(before: &Value, after: &Value) -> Option<Value> {
    match (before, after) {
        (Value::Object(b), Value::Object(a)) => {
            let mut patch = Map::new();
            for (key, new) in a {
                match b.get(key) {
                    Some(old) => {
                        if let Some(d) = merge_diff(old, new) {
                            patch.insert(key.clone(), d);
                        }
                    }
                    None => {
                        patch.insert(key.clone(), new.clone());
                    }
                }
            }
            for key in b.keys() {
                if !a.contains_key(key) {
                    patch.insert(key.clone(), Value::Null);
                }
            }
            (!patch.is_empty()).then_some(Value::Object(patch))
        }
        _ if before == after => None,
        _ => Some(after.clone()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conditions::now;

    fn c(type_: &str, status: &str) -> Condition {
        Condition {
            type_: type_.into(),
            status: status.into(),
            reason: "R".into(),
            message: String::new(),
            observed_generation: Some(1),
            last_transition_time: now(),
        }
    }

    #[test]
    fn condition_changes_keep_foreign_conditions() {
        let before = vec![c("Ready", "Unknown"), c("Reconciling", "True")];
        let after = vec![c("Ready", "True")];
        let server = vec![c("Ready", "Unknown"), c("Reconciling", "True"), c("Foreign", "True")];
        let merged = apply_condition_changes(&server, &before, &after);
        let types: Vec<_> = merged.iter().map(|c| (c.type_.as_str(), c.status.as_str())).collect();
        assert_eq!(types, [("Ready", "True"), ("Foreign", "True")]);
    }

    #[test]
    fn unchanged_conditions_do_not_overwrite_the_server() {
        let before = vec![c("Ready", "True"), c("Healthy", "True")];
        let after = vec![c("Ready", "False"), c("Healthy", "True")];
        let server = vec![c("Ready", "True"), c("Healthy", "False")];
        let merged = apply_condition_changes(&server, &before, &after);
        let types: Vec<_> = merged.iter().map(|c| (c.type_.as_str(), c.status.as_str())).collect();
        assert_eq!(types, [("Ready", "False"), ("Healthy", "False")]);
    }

    #[test]
    fn merge_diff_handles_scalars_and_removed_keys() {
        use serde_json::json;
        assert_eq!(merge_diff(&json!(1), &json!(2)), Some(json!(2)));
        assert_eq!(merge_diff(&json!({"a": {"b": 1}}), &json!({})), Some(json!({"a": null})));
        assert_eq!(
            merge_diff(&json!({"metadata": {"finalizers": ["x"]}}), &json!({"metadata": {"finalizers": ["x", "y"]}})),
            Some(json!({"metadata": {"finalizers": ["x", "y"]}}))
        );
    }
}
