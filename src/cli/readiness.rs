//! When a Flux object counts as reconciled, as upstream's `cmd/flux/readiness.go` and the kstatus rules
//! it applies decide. Pure functions over the object's JSON, shared by `resume` and `reconcile`.

use serde_json::Value;

use api::meta::condition::{READY, RECONCILING, STALLED};

/// kstatus's verdict on a custom resource that follows the Reconciling/Stalled convention.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kstatus {
    Current,
    InProgress,
    /// Will not get better by waiting; the Stalled condition's message.
    Failed(String),
}

/// The condition of type `kind` in `status.conditions`.
pub fn condition<'a>(obj: &'a Value, kind: &str) -> Option<&'a Value> {
    obj.pointer("/status/conditions")?.as_array()?.iter().find(|c| c.get("type").and_then(Value::as_str) == Some(kind))
}

fn is_true(obj: &Value, kind: &str) -> bool {
    condition(obj, kind).and_then(|c| c.get("status")).and_then(Value::as_str) == Some("True")
}

fn message(c: &Value) -> String {
    c.get("message").and_then(Value::as_str).unwrap_or_default().to_string()
}

fn generation(obj: &Value) -> i64 {
    obj.pointer("/metadata/generation").and_then(Value::as_i64).unwrap_or(0)
}

fn observed_generation(obj: &Value) -> Option<i64> {
    obj.pointer("/status/observedGeneration").and_then(Value::as_i64)
}

/// `spec.suspend` is true.
pub fn is_suspended(obj: &Value) -> bool {
    obj.pointer("/spec/suspend").and_then(Value::as_bool) == Some(true)
}

/// kstatus `Compute` for the generic case: a deleted object, an unobserved generation or a Reconciling
/// condition are in progress; a Stalled condition is a failure; anything else is current.
pub fn kstatus(obj: &Value) -> Kstatus {
    if obj.pointer("/metadata/deletionTimestamp").is_some_and(|t| !t.is_null()) {
        return Kstatus::InProgress;
    }
    if let Some(observed) = observed_generation(obj) {
        if observed != generation(obj) {
            return Kstatus::InProgress;
        }
    }
    if is_true(obj, RECONCILING) {
        return Kstatus::InProgress;
    }
    if is_true(obj, STALLED) {
        return Kstatus::Failed(condition(obj, STALLED).map(message).unwrap_or_default());
    }
    Kstatus::Current
}

/// Upstream's `isObjectReady` (the wait of `resume` and `create`): the controller has observed the
/// object at least once, its Ready condition speaks about the current generation, and kstatus says
/// Current. `Err` carries kstatus's message when waiting cannot help.
pub fn is_object_ready(obj: &Value) -> Result<bool, String> {
    let observed = observed_generation(obj).unwrap_or(-1);
    if observed < 1 {
        return Ok(false);
    }
    let Some(ready) = condition(obj, READY) else { return Ok(false) };
    let ready_generation = ready.get("observedGeneration").and_then(Value::as_i64).unwrap_or(observed);
    if ready_generation != generation(obj) {
        return Ok(false);
    }
    is_static_object_ready(obj)
}

/// Upstream's readiness of objects without a reconciliation status of their own (Provider, Alert,
/// static HelmRepository): kstatus alone decides.
pub fn is_static_object_ready(obj: &Value) -> Result<bool, String> {
    match kstatus(obj) {
        Kstatus::Current => Ok(true),
        Kstatus::InProgress => Ok(false),
        Kstatus::Failed(msg) => Err(msg),
    }
}

/// The `reconcile` wait: the controller has handled the request `token`
/// (`status.lastHandledReconcileAt` echoes it) and kstatus says Current.
pub fn is_request_handled(obj: &Value, token: &str) -> Result<bool, String> {
    if obj.pointer("/status/lastHandledReconcileAt").and_then(Value::as_str) != Some(token) {
        return Ok(false);
    }
    match kstatus(obj) {
        Kstatus::Current => Ok(true),
        Kstatus::InProgress => Ok(false),
        Kstatus::Failed(msg) => Err(msg),
    }
}

/// The Ready condition once a reconciliation is over: `Ok(())` when True, else its message
/// (`Err(None)` when there is no Ready condition: upstream's `status can't be determined`).
pub fn ready_outcome(obj: &Value) -> Result<(), Option<String>> {
    let ready = condition(obj, READY).ok_or(None)?;
    if ready.get("status").and_then(Value::as_str) == Some("True") {
        Ok(())
    } else {
        Err(Some(message(ready)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn obj(generation: i64, status: Value) -> Value {
        json!({"metadata": {"generation": generation}, "status": status})
    }

    #[test]
    fn ready_needs_an_observed_current_generation() {
        assert_eq!(is_object_ready(&obj(1, json!({"observedGeneration": -1}))), Ok(false));
        let ready = json!([{"type": "Ready", "status": "True", "observedGeneration": 2}]);
        assert_eq!(is_object_ready(&obj(2, json!({"observedGeneration": 1, "conditions": ready}))), Ok(false));
        assert_eq!(is_object_ready(&obj(2, json!({"observedGeneration": 2, "conditions": ready}))), Ok(true));
        let stalled =
            json!([{"type": "Ready", "status": "False"}, {"type": "Stalled", "status": "True", "message": "bad path"}]);
        assert_eq!(
            is_object_ready(&obj(1, json!({"observedGeneration": 1, "conditions": stalled}))),
            Err("bad path".into())
        );
        let reconciling = json!([{"type": "Ready", "status": "Unknown"}, {"type": "Reconciling", "status": "True"}]);
        assert_eq!(is_object_ready(&obj(1, json!({"observedGeneration": 1, "conditions": reconciling}))), Ok(false));
    }

    #[test]
    fn request_is_handled_when_echoed() {
        let conditions = json!([{"type": "Ready", "status": "False", "message": "boom"}]);
        let o = obj(1, json!({"observedGeneration": 1, "lastHandledReconcileAt": "t1", "conditions": conditions}));
        assert_eq!(is_request_handled(&o, "t2"), Ok(false));
        assert_eq!(is_request_handled(&o, "t1"), Ok(true));
        assert_eq!(ready_outcome(&o), Err(Some("boom".into())));
        assert_eq!(ready_outcome(&obj(1, json!({}))), Err(None));
        assert!(is_suspended(&json!({"spec": {"suspend": true}})));
        assert!(!is_suspended(&json!({"spec": {}})));
    }
}
