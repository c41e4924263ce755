//! Rules for server-owned metadata and the spec/status split, shared by every write path.

use k8s_schema::validation;
use serde_json::{json, Map, Value};

use crate::registry::ResourceInfo;
use crate::status::{ApiError, Cause};

/// Now, as Kubernetes prints timestamps (RFC 3339, seconds).
pub fn now() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

pub fn meta(obj: &Value) -> Option<&Map<String, Value>> {
    obj.get("metadata").and_then(Value::as_object)
}

pub fn meta_mut(obj: &mut Value) -> &mut Map<String, Value> {
    if !obj.get("metadata").is_some_and(Value::is_object) {
        obj["metadata"] = json!({});
    }
    // Just ensured to be an object.
    obj["metadata"].as_object_mut().expect("metadata was just made an object")
}

pub fn meta_str<'a>(obj: &'a Value, field: &str) -> &'a str {
    meta(obj).and_then(|m| m.get(field)).and_then(Value::as_str).unwrap_or_default()
}

pub fn name_of(obj: &Value) -> &str {
    meta_str(obj, "name")
}

pub fn finalizers(obj: &Value) -> Vec<String> {
    meta(obj)
        .and_then(|m| m.get("finalizers"))
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).map(String::from).collect())
        .unwrap_or_default()
}

pub fn is_deleting(obj: &Value) -> bool {
    !meta_str(obj, "deletionTimestamp").is_empty()
}

/// The metadata the in-process controllers scan every stored object for (uid, owners, finalizers, deletion),
/// read from the stored bytes without building the rest of the object.
#[derive(serde::Deserialize, Default)]
#[serde(default, rename_all = "camelCase")]
pub struct MetaView {
    pub uid: String,
    pub owner_references: Option<Vec<OwnerRefView>>,
    pub finalizers: Vec<String>,
    pub deletion_timestamp: Option<String>,
}

/// One `ownerReferences` entry, as [`MetaView`] reads it.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct OwnerRefView {
    pub uid: String,
    pub controller: Option<bool>,
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct ObjectView {
    metadata: MetaView,
}

impl MetaView {
    /// Metadata that does not have the expected shape is read leniently rather than skipped: a skipped
    /// owner would make its dependents look orphaned.
    pub fn of(json: &[u8]) -> MetaView {
        if let Ok(view) = serde_json::from_slice::<ObjectView>(json) {
            return view.metadata;
        }
        let obj: Value = serde_json::from_slice(json).unwrap_or(Value::Null);
        let refs = obj.pointer("/metadata/ownerReferences").and_then(Value::as_array).map(|refs| {
            refs.iter()
                .map(|r| OwnerRefView {
                    uid: r.get("uid").and_then(Value::as_str).unwrap_or_default().to_string(),
                    controller: r.get("controller").and_then(Value::as_bool),
                })
                .collect()
        });
        MetaView {
            uid: meta_str(&obj, "uid").to_string(),
            owner_references: refs,
            finalizers: finalizers(&obj),
            deletion_timestamp: is_deleting(&obj).then(|| meta_str(&obj, "deletionTimestamp").to_string()),
        }
    }

    pub fn finalizer(&self, name: &str) -> bool {
        self.finalizers.iter().any(|f| f == name)
    }

    pub fn deleting(&self) -> bool {
        self.deletion_timestamp.as_deref().is_some_and(|t| !t.is_empty())
    }

    /// The uid of the owner marked `controller: true`.
    pub fn controller_uid(&self) -> Option<&str> {
        self.owner_references.iter().flatten().find(|r| r.controller == Some(true)).map(|r| r.uid.as_str())
    }
}

const DNS1035_LABEL_MSG: &str = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

fn is_label(s: &str) -> bool {
    !s.is_empty()
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}

/// Which name rule a resource uses, as kube-apiserver's validation does.
fn name_rule(r: &ResourceInfo) -> &'static str {
    match (r.group.as_str(), r.plural.as_str()) {
        ("", "namespaces") => "label",
        ("", "services") => "dns1035",
        ("rbac.authorization.k8s.io", _) => "path",
        _ => "subdomain",
    }
}

/// Validates `metadata.name` (and `namespace`). Errors are the causes of a 422.
pub fn validate_name(r: &ResourceInfo, name: &str) -> Vec<Cause> {
    let v = Value::String(name.to_string());
    let mut causes = Vec::new();
    match name_rule(r) {
        "label" => {
            for msg in validation::is_dns1123_label(name) {
                causes.push(Cause::invalid("metadata.name", &v, &msg));
            }
        }
        "dns1035" => {
            if name.len() > 63 {
                causes.push(Cause::invalid("metadata.name", &v, "must be no more than 63 characters"));
            }
            if !is_label(name) || !name.starts_with(|c: char| c.is_ascii_lowercase()) {
                causes.push(Cause::invalid("metadata.name", &v, DNS1035_LABEL_MSG));
            }
        }
        "path" => {
            if name == "." || name == ".." {
                causes.push(Cause::invalid("metadata.name", &v, &format!("may not be '{name}'")));
            } else if name.contains('/') || name.contains('%') {
                let bad = if name.contains('/') { "/" } else { "%" };
                causes.push(Cause::invalid("metadata.name", &v, &format!("may not contain '{bad}'")));
            }
        }
        _ => {
            for msg in validation::is_dns1123_subdomain(name) {
                causes.push(Cause::invalid("metadata.name", &v, &msg));
            }
        }
    }
    causes
}

/// Validates label keys and values (`metadata.labels`), the most common cause of a 422 in practice.
pub fn validate_labels(obj: &Value) -> Vec<Cause> {
    let mut causes = Vec::new();
    let Some(labels) = meta(obj).and_then(|m| m.get("labels")) else { return causes };
    let Some(labels) = labels.as_object() else {
        return causes;
    };
    for (k, v) in labels {
        for msg in validation::is_qualified_name(k) {
            causes.push(Cause::invalid("metadata.labels", &Value::String(k.clone()), &msg));
        }
        for msg in validation::is_valid_label_value(v.as_str().unwrap_or_default()) {
            causes.push(Cause::invalid("metadata.labels", v, &msg));
        }
    }
    causes
}

/// A random suffix for `generateName`, from the alphabet kube-apiserver uses (no vowels, no confusables).
pub fn generate_suffix() -> String {
    const ALPHABET: &[u8] = b"bcdfghjklmnpqrstvwxz2456789";
    (0..5).map(|_| ALPHABET[rand::random_range(0..ALPHABET.len())] as char).collect()
}

/// Whether anything outside `metadata` (and `status`, when split off) differs: the generation rule.
pub fn spec_changed(old: &Value, new: &Value, ignore_status: bool) -> bool {
    let strip = |v: &Value| -> Value {
        let mut v = v.clone();
        if let Some(m) = v.as_object_mut() {
            m.remove("metadata");
            m.remove("apiVersion");
            m.remove("kind");
            if ignore_status {
                m.remove("status");
            }
        }
        v
    };
    strip(old) != strip(new)
}

/// Carries server-owned metadata from the stored object into an update, as kube-apiserver's
/// `BeforeUpdate` does: uid, creation time, deletion state, generation.
pub fn keep_server_fields(old: &Value, new: &mut Value) {
    let om = meta(old).cloned().unwrap_or_default();
    let nm = meta_mut(new);
    for f in ["uid", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "generation"] {
        match om.get(f) {
            Some(v) => {
                nm.insert(f.into(), v.clone());
            }
            None => {
                nm.remove(f);
            }
        }
    }
    nm.remove("selfLink");
}

/// Sets `metadata.generation` on create.
pub fn init_generation(r: &ResourceInfo, obj: &mut Value) {
    if r.tracks_generation() {
        meta_mut(obj).insert("generation".into(), json!(1));
    } else {
        meta_mut(obj).remove("generation");
    }
}

/// Bumps `metadata.generation` when the spec changed (or, for status-less custom resources, anything did).
pub fn bump_generation(r: &ResourceInfo, old: &Value, new: &mut Value) {
    if !r.tracks_generation() {
        return;
    }
    let current = meta(old).and_then(|m| m.get("generation")).and_then(Value::as_i64).unwrap_or(1);
    let changed = spec_changed(old, new, r.has_status());
    let deletion_started = !is_deleting(old) && is_deleting(new);
    let gen = if changed || deletion_started { current + 1 } else { current };
    meta_mut(new).insert("generation".into(), json!(gen));
}

/// On a main-resource write of a kind with a status subresource, status stays as stored.
pub fn keep_status(old: Option<&Value>, new: &mut Value) {
    let Some(obj) = new.as_object_mut() else { return };
    match old.and_then(|o| o.get("status")) {
        Some(s) => {
            obj.insert("status".into(), s.clone());
        }
        None => {
            obj.remove("status");
        }
    }
}

/// On a `/status` write, everything but status (and managedFields) stays as stored, as
/// `ResetObjectMetaForStatus` and the status strategies do.
pub fn status_only(old: &Value, new: &Value) -> Value {
    let mut out = old.clone();
    match new.get("status") {
        Some(s) => out["status"] = s.clone(),
        None => {
            if let Some(o) = out.as_object_mut() {
                o.remove("status");
            }
        }
    }
    if let Some(mf) = meta(new).and_then(|m| m.get("managedFields")) {
        meta_mut(&mut out).insert("managedFields".into(), mf.clone());
    }
    out
}

/// Checks an incoming object's `apiVersion`/`kind` against the endpoint and fills them when missing.
pub fn check_type(r: &ResourceInfo, obj: &mut Value) -> Result<(), ApiError> {
    let want_av = r.api_version();
    let Some(map) = obj.as_object_mut() else {
        return Err(ApiError::bad_request("the body of the request was not a JSON object"));
    };
    match map.get("apiVersion").and_then(Value::as_str) {
        None | Some("") => {
            map.insert("apiVersion".into(), json!(want_av));
        }
        Some(av) if av == want_av => {}
        Some(av) => {
            // A different version of the same group is accepted and served as this version (no conversion).
            let same_group = av.rsplit_once('/').map(|(g, _)| g).unwrap_or("") == r.group;
            if !same_group {
                return Err(ApiError::bad_request(format!(
                    "the API version in the data ({av}) does not match the expected API version ({want_av})"
                )));
            }
            map.insert("apiVersion".into(), json!(want_av));
        }
    }
    match map.get("kind").and_then(Value::as_str) {
        None | Some("") => {
            map.insert("kind".into(), json!(r.kind));
        }
        Some(k) if k == r.kind => {}
        Some(k) => {
            return Err(ApiError::bad_request(format!(
                "the kind in the data ({k}) does not match the expected kind ({})",
                r.kind
            )))
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::registry::Registry;

    #[test]
    fn names() {
        let reg = Registry::build(&[]);
        let cm = reg.find("", "v1", "configmaps").unwrap();
        assert!(validate_name(&cm, "a.b-c").is_empty());
        assert_eq!(validate_name(&cm, "Bad_Name").len(), 1);
        let ns = reg.find("", "v1", "namespaces").unwrap();
        assert_eq!(validate_name(&ns, "a.b").len(), 1);
        let svc = reg.find("", "v1", "services").unwrap();
        assert_eq!(validate_name(&svc, "1abc").len(), 1);
        let role = reg.find("rbac.authorization.k8s.io", "v1", "clusterroles").unwrap();
        assert!(validate_name(&role, "system:controller:x").is_empty());
        assert_eq!(generate_suffix().len(), 5);
    }

    #[test]
    fn generation_rules() {
        let reg = Registry::build(&[]);
        let d = reg.find("apps", "v1", "deployments").unwrap();
        let old = json!({"metadata": {"generation": 3}, "spec": {"replicas": 1}, "status": {"a": 1}});
        let mut same_spec =
            json!({"metadata": {"generation": 3, "labels": {"x": "y"}}, "spec": {"replicas": 1}, "status": {"a": 2}});
        bump_generation(&d, &old, &mut same_spec);
        assert_eq!(same_spec["metadata"]["generation"], 3);
        let mut new_spec = json!({"metadata": {}, "spec": {"replicas": 2}});
        bump_generation(&d, &old, &mut new_spec);
        assert_eq!(new_spec["metadata"]["generation"], 4);
    }

    #[test]
    fn meta_view_reads_strictly_or_leniently() {
        let typed = serde_json::to_vec(&json!({"metadata": {"uid": "u1", "finalizers": ["orphan"],
            "ownerReferences": [{"uid": "o1", "kind": "ReplicaSet", "controller": true}],
            "deletionTimestamp": "2026-01-01T00:00:00Z"}, "spec": {"big": [1, 2, 3]}}))
        .unwrap();
        let m = MetaView::of(&typed);
        assert_eq!((m.uid.as_str(), m.finalizer("orphan"), m.deleting()), ("u1", true, true));
        assert_eq!(m.controller_uid(), Some("o1"));
        // A finalizer that is not a string breaks the typed view; the rest must still be read.
        let odd = serde_json::to_vec(&json!({"metadata": {"uid": "u2", "finalizers": [7],
            "ownerReferences": [{"uid": "o2"}]}}))
        .unwrap();
        let m = MetaView::of(&odd);
        assert_eq!(m.uid, "u2");
        assert_eq!(m.controller_uid(), None, "not a controller reference");
        assert!(!m.deleting());
    }
}
