//! What the applier does to each object before sending it, and the per-object policies users set with labels
//! or annotations (`kustomize.toolkit.fluxcd.io/ssa: Ignore`, `.../force: enabled`, `.../prune: disabled`).

use std::collections::BTreeMap;

use base64::Engine;
use serde_json::{Map, Value};

use super::stage;

/// Label or annotation key → value; an object matches when any pair matches (see [`any_in_metadata`]).
pub type Selector = BTreeMap<String, String>;

/// The object applied by a Flux controller: its labels `<group>/name` and `<group>/namespace` mark what it owns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owner {
    pub name: String,
    pub namespace: String,
    /// The label prefix, e.g. `kustomize.toolkit.fluxcd.io`.
    pub group: String,
}

impl Owner {
    /// `<group>/name: <name>` and `<group>/namespace: <namespace>`.
    pub fn labels(&self) -> Selector {
        Selector::from([
            (format!("{}/name", self.group), self.name.clone()),
            (format!("{}/namespace", self.group), self.namespace.clone()),
        ])
    }
}

/// A policy key of a Flux group: `<group>/<name>`.
pub fn key(group: &str, name: &str) -> String {
    format!("{group}/{name}")
}

fn string_map<'a>(object: &'a Value, field: &str) -> Option<&'a Map<String, Value>> {
    object.get("metadata").and_then(|m| m.get(field)).and_then(Value::as_object)
}

/// Whether any pair of `selector` is among the object's labels or annotations; values compare case-insensitively
/// and an empty value never matches (upstream's `AnyInMetadata`).
pub fn any_in_metadata(object: &Value, selector: &Selector) -> bool {
    let value = |field: &str, key: &str| {
        string_map(object, field).and_then(|m| m.get(key)).and_then(Value::as_str).unwrap_or_default().to_string()
    };
    selector.iter().any(|(k, v)| {
        [value("labels", k), value("annotations", k)]
            .iter()
            .any(|have| !have.is_empty() && have.eq_ignore_ascii_case(v))
    })
}

/// Whether every pair of `selector` is among the object's labels, exactly (a label selector's `matchLabels`).
pub fn labels_match(object: &Value, selector: &Selector) -> bool {
    let labels = string_map(object, "labels");
    selector.iter().all(|(k, v)| labels.and_then(|m| m.get(k)).and_then(Value::as_str) == Some(v.as_str()))
}

/// Sets labels and annotations on an object, overriding existing keys (the owner labels, `commonMetadata`).
pub fn set_metadata(object: &mut Value, labels: &Selector, annotations: &Selector) {
    for (field, pairs) in [("labels", labels), ("annotations", annotations)] {
        if pairs.is_empty() {
            continue;
        }
        if !object.get("metadata").is_some_and(Value::is_object) {
            object["metadata"] = Value::Object(Map::new());
        }
        let meta = &mut object["metadata"];
        if !meta.get(field).is_some_and(Value::is_object) {
            meta[field] = Value::Object(Map::new());
        }
        for (k, v) in pairs {
            meta[field][k] = Value::from(v.as_str());
        }
    }
}

/// A Secret whose encrypted form (a top-level `sops` key) reached the applier, unless decryption is disabled
/// for it with `<group>/decrypt: disabled`.
pub fn is_encrypted_secret(object: &Value, group: &str) -> bool {
    let secret = object.get("kind").and_then(Value::as_str) == Some("Secret")
        && object.get("apiVersion").and_then(Value::as_str) == Some("v1")
        && object.get("sops").is_some();
    let disabled = string_map(object, "annotations")
        .and_then(|a| a.get(&key(group, "decrypt")))
        .and_then(Value::as_str)
        .is_some_and(|v| v.eq_ignore_ascii_case("disabled"));
    secret && !disabled
}

/// Upstream's normalisation before apply (fluxcd/pkg `ssa/normalize`): the defaults that the API server adds
/// but structured merge cannot match (port protocols), Secret `stringData` folded into `data`, no
/// `creationTimestamp`, and no `status` except on CRDs (kstatus reads it). Roles and ClusterRoles are left
/// untouched, as upstream does.
pub fn normalize(object: &mut Value) {
    let kind = object.get("kind").and_then(Value::as_str).unwrap_or_default().to_string();
    let api_version = object.get("apiVersion").and_then(Value::as_str).unwrap_or_default().to_string();
    if api_version == "rbac.authorization.k8s.io/v1" && matches!(kind.as_str(), "Role" | "ClusterRole") {
        return;
    }
    let group = super::changeset::group_of(&api_version);
    let pod_spec = match (group, kind.as_str()) {
        ("", "Pod") => Some("/spec"),
        ("apps", "Deployment" | "StatefulSet" | "DaemonSet" | "ReplicaSet") | ("batch", "Job") => {
            Some("/spec/template/spec")
        }
        ("batch", "CronJob") => Some("/spec/jobTemplate/spec/template/spec"),
        _ => None,
    };
    if let Some(containers) =
        pod_spec.and_then(|p| object.pointer_mut(&format!("{p}/containers"))).and_then(Value::as_array_mut)
    {
        for c in containers {
            default_protocols(c.get_mut("ports"));
        }
    }
    if group.is_empty() && kind == "Service" {
        default_protocols(object.pointer_mut("/spec/ports"));
    }
    if group.is_empty() && kind == "Secret" {
        fold_string_data(object);
    }
    if let Some(meta) = object.get_mut("metadata").and_then(Value::as_object_mut) {
        meta.remove("creationTimestamp");
    }
    if !stage::is_crd(object) {
        if let Some(o) = object.as_object_mut() {
            o.remove("status");
        }
    }
}

fn default_protocols(ports: Option<&mut Value>) {
    for port in ports.and_then(Value::as_array_mut).into_iter().flatten() {
        if let Some(p) = port.as_object_mut() {
            if p.get("protocol").and_then(Value::as_str).is_none_or(str::is_empty) {
                p.insert("protocol".into(), Value::from("TCP"));
            }
        }
    }
}

fn fold_string_data(secret: &mut Value) {
    let Some(Value::Object(string_data)) = secret.as_object_mut().and_then(|o| o.remove("stringData")) else {
        return;
    };
    if string_data.is_empty() {
        return;
    }
    if !secret.get("data").is_some_and(Value::is_object) {
        secret["data"] = Value::Object(Map::new());
    }
    for (k, v) in string_data {
        let text = v.as_str().unwrap_or_default();
        secret["data"][k] = Value::from(base64::engine::general_purpose::STANDARD.encode(text));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn sel(pairs: &[(&str, &str)]) -> Selector {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn policies_match_labels_or_annotations_case_insensitively() {
        let ssa = "kustomize.toolkit.fluxcd.io/ssa";
        let ignore = sel(&[(ssa, "Ignore")]);
        let labelled = json!({"metadata": {"labels": {ssa: "ignore"}}});
        let annotated = json!({"metadata": {"annotations": {ssa: "IGNORE"}}});
        let other = json!({"metadata": {"annotations": {ssa: "Merge"}}});
        let empty = json!({"metadata": {"labels": {ssa: ""}}});
        assert!(any_in_metadata(&labelled, &ignore));
        assert!(any_in_metadata(&annotated, &ignore));
        assert!(!any_in_metadata(&other, &ignore));
        assert!(!any_in_metadata(&empty, &sel(&[(ssa, "")])));
        assert!(!any_in_metadata(&json!({}), &ignore));
        // Any pair of the selector is enough.
        let exclusions = sel(&[("kustomize.toolkit.fluxcd.io/reconcile", "disabled"), (ssa, "Ignore")]);
        assert!(any_in_metadata(&annotated, &exclusions));
    }

    #[test]
    fn owner_labels_must_all_match_exactly() {
        let owner =
            Owner { name: "apps".into(), namespace: "flux-system".into(), group: "kustomize.toolkit.fluxcd.io".into() };
        let labels = owner.labels();
        assert_eq!(labels.get("kustomize.toolkit.fluxcd.io/name").map(String::as_str), Some("apps"));
        let mut object = json!({"metadata": {"name": "x", "labels": {"app": "x"}}});
        assert!(!labels_match(&object, &labels));
        set_metadata(&mut object, &labels, &Selector::new());
        assert!(labels_match(&object, &labels));
        assert_eq!(object["metadata"]["labels"]["app"], "x");
        object["metadata"]["labels"]["kustomize.toolkit.fluxcd.io/name"] = json!("Apps");
        assert!(!labels_match(&object, &labels));
        assert!(labels_match(&object, &Selector::new()));
    }

    #[test]
    fn normalisation() {
        let mut d = json!({
            "apiVersion": "apps/v1", "kind": "Deployment",
            "metadata": {"name": "web", "creationTimestamp": null},
            "spec": {"template": {"spec": {"containers": [{"name": "c", "ports": [{"containerPort": 80}, {"containerPort": 53, "protocol": "UDP"}]}]}}},
            "status": {"replicas": 1}
        });
        normalize(&mut d);
        assert_eq!(d["spec"]["template"]["spec"]["containers"][0]["ports"][0]["protocol"], "TCP");
        assert_eq!(d["spec"]["template"]["spec"]["containers"][0]["ports"][1]["protocol"], "UDP");
        assert!(d.get("status").is_none() && d["metadata"].get("creationTimestamp").is_none());
        let mut svc = json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web"}, "spec": {"ports": [{"port": 80}]}});
        normalize(&mut svc);
        assert_eq!(svc["spec"]["ports"][0]["protocol"], "TCP");
        let mut secret = json!({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s"},
                                "data": {"a": "YQ=="}, "stringData": {"b": "b", "a": "x"}});
        normalize(&mut secret);
        assert_eq!(secret["data"], json!({"a": "eA==", "b": "Yg=="}));
        assert!(secret.get("stringData").is_none());
        let mut crd = json!({"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
                             "metadata": {"name": "w"}, "status": {"storedVersions": ["v1"]}});
        normalize(&mut crd);
        assert!(crd.get("status").is_some());
        let mut role = json!({"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "Role",
                              "metadata": {"name": "r", "creationTimestamp": null}});
        normalize(&mut role);
        assert!(role["metadata"].get("creationTimestamp").is_some());
    }

    #[test]
    fn encrypted_secrets() {
        let group = "kustomize.toolkit.fluxcd.io";
        let mut s = json!({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s"},
                           "data": {"a": "ENC[AES256_GCM,data:x]"}, "sops": {"mac": "ENC[...]"}});
        assert!(is_encrypted_secret(&s, group));
        s["metadata"]["annotations"] = json!({"kustomize.toolkit.fluxcd.io/decrypt": "Disabled"});
        assert!(!is_encrypted_secret(&s, group));
        let cm = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}, "sops": {}});
        assert!(!is_encrypted_secret(&cm, group));
    }
}
