//! CertificateSigningRequests: the `/approval` subresource (`kubectl certificate approve|deny`), which
//! changes nothing but the conditions, validated and time-stamped as kube-apiserver does, and open only to
//! users who may approve for the request's signer.
//!
//! Nothing signs approved requests: kube-controller-manager's signers are not simulated, so
//! `status.certificate` stays empty.

use serde_json::{json, Value};

use crate::objects;
use crate::rbac::{self, Attributes};
use crate::server::{Identity, Server};
use crate::status::{ApiError, Cause};

/// A new request carries who asked for it, whatever the body says, and no status: requests cannot be
/// created approved.
pub(crate) fn prepare_create(obj: &mut Value, who: &Identity) {
    if !obj.get("spec").is_some_and(Value::is_object) {
        obj["spec"] = json!({});
    }
    let spec = obj["spec"].as_object_mut().expect("spec was just made an object");
    for f in ["username", "uid", "groups", "extra"] {
        spec.remove(f);
    }
    spec.insert("username".into(), json!(who.user));
    spec.insert("groups".into(), json!(who.groups));
    obj["status"] = json!({});
}

/// An update of the request itself changes metadata only: spec and status stay as they were.
pub(crate) fn keep_spec_and_status(old: &Value, obj: &mut Value) {
    for f in ["spec", "status"] {
        match old.get(f) {
            Some(v) => obj[f] = v.clone(),
            None => {
                if let Some(m) = obj.as_object_mut() {
                    m.remove(f);
                }
            }
        }
    }
}

/// The object an approval update stores: the old one with the new conditions, whose missing timestamps
/// are set (a transition time is kept from an old condition of the same type and status).
pub(crate) fn approval_update(old: &Value, new: &Value, now: &str) -> Value {
    let old_conditions = old.pointer("/status/conditions").and_then(Value::as_array).cloned().unwrap_or_default();
    let mut conditions = new.pointer("/status/conditions").and_then(Value::as_array).cloned().unwrap_or_default();
    for c in &mut conditions {
        let unset = |c: &Value, f: &str| c.get(f).and_then(Value::as_str).is_none_or(str::is_empty);
        if unset(c, "lastUpdateTime") {
            c["lastUpdateTime"] = json!(now);
        }
        if unset(c, "lastTransitionTime") {
            let kept = old_conditions
                .iter()
                .find(|o| {
                    o.get("type") == c.get("type")
                        && o.get("status") == c.get("status")
                        && !unset(o, "lastTransitionTime")
                })
                .and_then(|o| o.get("lastTransitionTime").cloned());
            c["lastTransitionTime"] = kept.unwrap_or_else(|| json!(now));
        }
    }
    let mut next = old.clone();
    if !next.get("status").is_some_and(Value::is_object) {
        next["status"] = json!({});
    }
    if conditions.is_empty() {
        if let Some(s) = next["status"].as_object_mut() {
            s.remove("conditions");
        }
    } else {
        next["status"]["conditions"] = json!(conditions);
    }
    // Metadata changes other than the conditions are kept, as for any update.
    next["metadata"] = new.get("metadata").cloned().unwrap_or_else(|| old["metadata"].clone());
    next
}

/// The condition rules of an approval: types and statuses set, Approved and Denied only `True` and never
/// together, no type twice, and no Approved, Denied or Failed condition taken back.
pub(crate) fn validate_conditions(old: &Value, new: &Value) -> Vec<Cause> {
    let conditions = new.pointer("/status/conditions").and_then(Value::as_array).cloned().unwrap_or_default();
    let mut causes = Vec::new();
    let (mut approved, mut denied) = (false, false);
    let mut seen = Vec::new();
    for (i, c) in conditions.iter().enumerate() {
        let path = format!("status.conditions[{i}]");
        let ty = c.get("type").and_then(Value::as_str).unwrap_or_default();
        let status = c.get("status").and_then(Value::as_str).unwrap_or_default();
        if ty.is_empty() {
            causes.push(Cause::required(&format!("{path}.type")));
        }
        let decision = matches!(ty, "Approved" | "Denied");
        let allowed: &[&str] = if decision { &["True"] } else { &["False", "True", "Unknown"] };
        if status.is_empty() {
            causes.push(Cause::required(&format!("{path}.status")));
        } else if !allowed.contains(&status) {
            let supported: Vec<Value> = allowed.iter().map(|s| json!(s)).collect();
            causes.push(Cause::not_supported(&format!("{path}.status"), &json!(status), &supported));
        }
        match ty {
            "Approved" => {
                approved = true;
                if denied {
                    let why = "Approved condition may not be combined with Denied condition";
                    causes.push(Cause::invalid(&format!("{path}.type"), &json!(ty), why));
                }
            }
            "Denied" => {
                denied = true;
                if approved {
                    let why = "Denied condition may not be combined with Approved condition";
                    causes.push(Cause::invalid(&format!("{path}.type"), &json!(ty), why));
                }
            }
            _ => {}
        }
        if seen.contains(&ty) {
            causes.push(Cause {
                reason: "FieldValueDuplicate".into(),
                field: format!("{path}.type"),
                message: format!("Duplicate value: {ty:?}"),
            });
        }
        seen.push(ty);
    }
    let count = |v: &Value, ty: &str| {
        v.pointer("/status/conditions")
            .and_then(Value::as_array)
            .map_or(0, |cs| cs.iter().filter(|c| c.get("type").and_then(Value::as_str) == Some(ty)).count())
    };
    for ty in ["Approved", "Denied", "Failed"] {
        if count(new, ty) < count(old, ty) {
            causes.push(Cause::forbidden(
                "status.conditions",
                &format!("updates may not remove a condition of type {ty:?}"),
            ));
        }
    }
    causes
}

/// The CertificateApproval admission plugin: approving or denying needs the `approve` verb on the
/// `signers` resource of the request's signer (by name, or `<domain>/*`).
pub(crate) fn authorize_approval(server: &Server, who: &Identity, old: &Value, new: &Value) -> Result<(), ApiError> {
    let decisions = |v: &Value| -> Vec<Value> {
        v.pointer("/status/conditions")
            .and_then(Value::as_array)
            .map(|cs| {
                cs.iter()
                    .filter(|c| matches!(c.get("type").and_then(Value::as_str), Some("Approved" | "Denied")))
                    .cloned()
                    .collect()
            })
            .unwrap_or_default()
    };
    if who.admin || decisions(old) == decisions(new) {
        return Ok(());
    }
    let signer = old.pointer("/spec/signerName").and_then(Value::as_str).unwrap_or_default();
    let wildcard = signer.split_once('/').map(|(domain, _)| format!("{domain}/*")).unwrap_or_default();
    let may = |name: &str| {
        rbac::allowed(
            server,
            who,
            &Attributes {
                verb: "approve",
                group: "certificates.k8s.io",
                resource: "signers",
                subresource: "",
                namespace: "",
                name,
            },
        )
    };
    if may(signer) || (!wildcard.is_empty() && may(&wildcard)) {
        return Ok(());
    }
    let name = objects::name_of(old);
    Err(ApiError::forbidden(format!(
        "certificatesigningrequests.certificates.k8s.io {name:?} is forbidden: user not permitted to approve requests with signerName {signer:?}"
    ))
    .with_causes("certificates.k8s.io", "certificatesigningrequests", name, vec![]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn approvals_change_only_conditions() {
        let old = json!({"metadata": {"name": "csr"}, "spec": {"signerName": "example.com/x", "request": "AAA"},
                         "status": {"certificate": "Q0VSVA=="}});
        let new = json!({"metadata": {"name": "csr"}, "spec": {"signerName": "changed"},
                         "status": {"certificate": "", "conditions": [{"type": "Approved", "status": "True", "reason": "KubectlApprove"}]}});
        let next = approval_update(&old, &new, "2025-01-01T00:00:00Z");
        assert_eq!(next["spec"], old["spec"]);
        assert_eq!(next["status"]["certificate"], "Q0VSVA==");
        assert_eq!(next["status"]["conditions"][0]["lastUpdateTime"], "2025-01-01T00:00:00Z");
        assert_eq!(next["status"]["conditions"][0]["lastTransitionTime"], "2025-01-01T00:00:00Z");
        assert!(validate_conditions(&old, &next).is_empty());

        let both = json!({"status": {"conditions": [{"type": "Approved", "status": "True"}, {"type": "Denied", "status": "False"}]}});
        let rendered: Vec<String> = validate_conditions(&next, &both).iter().map(Cause::render).collect();
        assert_eq!(
            rendered,
            vec![
                r#"status.conditions[1].status: Unsupported value: "False": supported values: "True""#,
                r#"status.conditions[1].type: Invalid value: "Denied": Denied condition may not be combined with Approved condition"#,
            ]
        );
        let removed: Vec<String> = validate_conditions(&next, &json!({})).iter().map(Cause::render).collect();
        assert_eq!(
            removed,
            vec![r#"status.conditions: Forbidden: updates may not remove a condition of type "Approved""#]
        );
    }
}
