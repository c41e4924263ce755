//! Kind-specific rules of built-in resources: defaults, server-set fields and immutable fields.
//! Flux recreates objects exactly when kube-apiserver answers "field is immutable", so those errors matter.

use std::net::Ipv4Addr;

use serde_json::{json, Value};

use crate::objects::{self, meta_mut};
use crate::registry::ResourceInfo;
use crate::server::Server;
use crate::status::{ApiError, ApiResult, Cause};

/// Applies the rules of `r`'s kind to a candidate object. `old` is the stored object on update.
pub fn admit(server: &Server, r: &ResourceInfo, old: Option<&Value>, obj: &mut Value) -> ApiResult<()> {
    let name = objects::name_of(obj).to_string();
    let invalid = |causes: Vec<Cause>| ApiError::invalid(&r.group, &r.kind, &name, causes);
    match (r.group.as_str(), r.plural.as_str()) {
        ("", "namespaces") => {
            meta_mut(obj).entry("labels").or_insert_with(|| json!({}));
            obj["metadata"]["labels"]["kubernetes.io/metadata.name"] = json!(name);
            if old.is_none() {
                obj["spec"] = json!({"finalizers": ["kubernetes"]});
                obj["status"] = json!({"phase": "Active"});
            } else if let Some(o) = old {
                if obj.get("spec").is_none() {
                    obj["spec"] = o.get("spec").cloned().unwrap_or(json!({}));
                }
            }
        }
        ("", "secrets") => {
            if let Some(Value::Object(sd)) = obj.as_object_mut().and_then(|m| m.remove("stringData")) {
                use base64::Engine;
                for (k, v) in sd {
                    let enc = base64::engine::general_purpose::STANDARD.encode(v.as_str().unwrap_or_default());
                    if !obj.get("data").is_some_and(Value::is_object) {
                        obj["data"] = json!({});
                    }
                    obj["data"][k] = json!(enc);
                }
            }
            if obj.get("type").is_none_or(|t| t.as_str().unwrap_or_default().is_empty()) {
                obj["type"] = json!("Opaque");
            }
            if let Some(o) = old {
                if o.get("type") != obj.get("type") {
                    return Err(invalid(vec![Cause::invalid(
                        "type",
                        obj.get("type").unwrap_or(&Value::Null),
                        "field is immutable",
                    )]));
                }
                immutable_data(o, obj).map_err(|c| invalid(vec![c]))?;
            }
        }
        ("", "configmaps") => {
            if let Some(o) = old {
                immutable_data(o, obj).map_err(|c| invalid(vec![c]))?;
            }
        }
        ("", "services") => service(server, old, obj).map_err(invalid)?,
        ("", "pods") => {
            if let Some(spec) = obj.get_mut("spec") {
                pod_spec_defaults(spec);
            }
            if old.is_none() {
                obj["status"] = json!({"phase": "Pending", "qosClass": "BestEffort"});
            }
        }
        ("apps", "deployments") => {
            let spec = obj
                .get_mut("spec")
                .ok_or_else(|| invalid(vec![Cause::required("spec.selector"), Cause::required("spec.template")]))?;
            default(spec, "replicas", json!(1));
            default(spec, "revisionHistoryLimit", json!(10));
            default(spec, "progressDeadlineSeconds", json!(600));
            default(
                spec,
                "strategy",
                json!({"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": "25%", "maxSurge": "25%"}}),
            );
            workload_checks(r, old, obj).map_err(invalid)?;
        }
        ("apps", "statefulsets") => {
            if let Some(spec) = obj.get_mut("spec") {
                default(spec, "replicas", json!(1));
                default(spec, "revisionHistoryLimit", json!(10));
                default(spec, "podManagementPolicy", json!("OrderedReady"));
                default(spec, "updateStrategy", json!({"type": "RollingUpdate", "rollingUpdate": {"partition": 0}}));
                default(
                    spec,
                    "persistentVolumeClaimRetentionPolicy",
                    json!({"whenDeleted": "Retain", "whenScaled": "Retain"}),
                );
            }
            workload_checks(r, old, obj).map_err(invalid)?;
        }
        ("apps", "daemonsets") => {
            if let Some(spec) = obj.get_mut("spec") {
                default(spec, "revisionHistoryLimit", json!(10));
                default(
                    spec,
                    "updateStrategy",
                    json!({"type": "RollingUpdate", "rollingUpdate": {"maxUnavailable": 1, "maxSurge": 0}}),
                );
            }
            workload_checks(r, old, obj).map_err(invalid)?;
        }
        ("apps", "replicasets") => {
            if let Some(spec) = obj.get_mut("spec") {
                default(spec, "replicas", json!(1));
            }
            workload_checks(r, old, obj).map_err(invalid)?;
        }
        ("batch", "jobs") => {
            if let Some(spec) = obj.get_mut("spec") {
                default(spec, "parallelism", json!(1));
                default(spec, "completions", json!(1));
                default(spec, "backoffLimit", json!(6));
                default(spec, "completionMode", json!("NonIndexed"));
                default(spec, "suspend", json!(false));
                default(spec, "podReplacementPolicy", json!("TerminatingOrFailed"));
                if spec.get("selector").is_none() {
                    if let Some(uid) = obj.pointer("/metadata/uid").and_then(Value::as_str).map(String::from) {
                        let spec = &mut obj["spec"];
                        spec["selector"] = json!({"matchLabels": {"batch.kubernetes.io/controller-uid": uid}});
                        spec["manualSelector"] = Value::Null;
                        if let Some(m) = spec.as_object_mut() {
                            m.remove("manualSelector");
                        }
                        let labels = &mut obj["spec"]["template"]["metadata"]["labels"];
                        if !labels.is_object() {
                            *labels = json!({});
                        }
                        labels["batch.kubernetes.io/controller-uid"] = json!(uid);
                        labels["batch.kubernetes.io/job-name"] = json!(name);
                        labels["controller-uid"] = json!(uid);
                        labels["job-name"] = json!(name);
                    }
                }
                if let Some(ps) = obj.pointer_mut("/spec/template/spec") {
                    pod_spec_defaults(ps);
                }
            }
            if let Some(o) = old {
                let mut causes = Vec::new();
                if o.pointer("/spec/selector") != obj.pointer("/spec/selector") {
                    let selector =
                        crate::status::go_label_selector(obj.pointer("/spec/selector").unwrap_or(&Value::Null));
                    causes.push(Cause::invalid_printed("spec.selector", &selector, "field is immutable"));
                }
                if o.pointer("/spec/template") != obj.pointer("/spec/template") {
                    // kube-apiserver prints the whole internal PodTemplateSpec here; its type name is enough to read.
                    causes.push(Cause::invalid_printed(
                        "spec.template",
                        "core.PodTemplateSpec{...}",
                        "field is immutable",
                    ));
                }
                if !causes.is_empty() {
                    return Err(invalid(causes));
                }
            }
        }
        ("apiextensions.k8s.io", "customresourcedefinitions") => crate::crd::admit(old, obj)?,
        _ => {}
    }
    Ok(())
}

fn default(spec: &mut Value, field: &str, value: Value) {
    if let Some(m) = spec.as_object_mut() {
        m.entry(field.to_string()).or_insert(value);
    }
}

fn immutable_data(old: &Value, new: &Value) -> Result<(), Cause> {
    if old.get("immutable").and_then(Value::as_bool) == Some(true) {
        if new.get("immutable").and_then(Value::as_bool) != Some(true) {
            return Err(Cause::forbidden("immutable", "field is immutable when `immutable` is set"));
        }
        if old.get("data") != new.get("data") || old.get("binaryData") != new.get("binaryData") {
            return Err(Cause::forbidden("data", "field is immutable when `immutable` is set"));
        }
    }
    Ok(())
}

/// Pod-template defaults every workload gets, as kube-apiserver's defaulting writes them.
fn pod_spec_defaults(spec: &mut Value) {
    default(spec, "restartPolicy", json!("Always"));
    default(spec, "terminationGracePeriodSeconds", json!(30));
    default(spec, "dnsPolicy", json!("ClusterFirst"));
    default(spec, "securityContext", json!({}));
    default(spec, "schedulerName", json!("default-scheduler"));
    for list in ["containers", "initContainers"] {
        if let Some(Value::Array(cs)) = spec.get_mut(list) {
            for c in cs {
                default(c, "terminationMessagePath", json!("/dev/termination-log"));
                default(c, "terminationMessagePolicy", json!("File"));
                default(c, "resources", json!({}));
                let image = c.get("image").and_then(Value::as_str).unwrap_or_default().to_string();
                let tag = image.rsplit('/').next().unwrap_or_default().split_once(':').map(|(_, t)| t.to_string());
                let policy = if image.contains('@') || tag.as_deref().is_some_and(|t| t != "latest") {
                    "IfNotPresent"
                } else {
                    "Always"
                };
                default(c, "imagePullPolicy", json!(policy));
                if let Some(Value::Array(ports)) = c.get_mut("ports") {
                    for p in ports {
                        default(p, "protocol", json!("TCP"));
                    }
                }
            }
        }
    }
}

/// Selector and template checks shared by Deployments, ReplicaSets, StatefulSets and DaemonSets.
fn workload_checks(r: &ResourceInfo, old: Option<&Value>, obj: &mut Value) -> Result<(), Vec<Cause>> {
    let mut causes = Vec::new();
    if obj.pointer("/spec/selector").is_none() {
        causes.push(Cause::required("spec.selector"));
    }
    if obj.pointer("/spec/template").is_none() {
        causes.push(Cause::required("spec.template"));
    }
    if !causes.is_empty() {
        return Err(causes);
    }
    if let Some(ps) = obj.pointer_mut("/spec/template/spec") {
        pod_spec_defaults(ps);
    }
    if let (Some(sel), Some(labels)) = (obj.pointer("/spec/selector"), obj.pointer("/spec/template/metadata/labels")) {
        if let Ok(selector) = crate::selectors::LabelSelector::from_object(sel) {
            if !selector.matches(Some(labels)) {
                let mut shown: Vec<String> = labels
                    .as_object()
                    .map(|m| m.iter().map(|(k, v)| format!("{k:?}:{:?}", v.as_str().unwrap_or_default())).collect())
                    .unwrap_or_default();
                shown.sort();
                return Err(vec![Cause::invalid_printed(
                    "spec.template.metadata.labels",
                    &format!("map[string]string{{{}}}", shown.join(", ")),
                    "`selector` does not match template `labels`",
                )]);
            }
        }
    }
    if let Some(o) = old {
        if o.pointer("/spec/selector") != obj.pointer("/spec/selector") {
            let selector = crate::status::go_label_selector(obj.pointer("/spec/selector").unwrap_or(&Value::Null));
            return Err(vec![Cause::invalid_printed("spec.selector", &selector, "field is immutable")]);
        }
        if r.plural == "statefulsets" {
            let strip = |v: &Value| -> Value {
                let mut s = v.get("spec").cloned().unwrap_or(json!({}));
                if let Some(m) = s.as_object_mut() {
                    for f in [
                        "replicas",
                        "ordinals",
                        "template",
                        "updateStrategy",
                        "persistentVolumeClaimRetentionPolicy",
                        "minReadySeconds",
                    ] {
                        m.remove(f);
                    }
                }
                s
            };
            if strip(o) != strip(obj) {
                return Err(vec![Cause::forbidden("spec", "updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden")]);
            }
        }
    }
    Ok(())
}

/// Services: type and port defaults, a cluster IP from 10.96.0.0/12, and an immutable cluster IP.
fn service(server: &Server, old: Option<&Value>, obj: &mut Value) -> Result<(), Vec<Cause>> {
    if !obj.get("spec").is_some_and(Value::is_object) {
        obj["spec"] = json!({});
    }
    let spec = &mut obj["spec"];
    default(spec, "type", json!("ClusterIP"));
    default(spec, "sessionAffinity", json!("None"));
    let ty = spec["type"].as_str().unwrap_or_default().to_string();
    if ty != "ExternalName" {
        default(spec, "internalTrafficPolicy", json!("Cluster"));
        default(spec, "ipFamilies", json!(["IPv4"]));
        default(spec, "ipFamilyPolicy", json!("SingleStack"));
    }
    if let Some(Value::Array(ports)) = spec.get_mut("ports") {
        for p in ports {
            default(p, "protocol", json!("TCP"));
            if p.get("targetPort").is_none() {
                let port = p.get("port").cloned().unwrap_or(Value::Null);
                p["targetPort"] = port;
            }
        }
    }
    let old_ip = old.and_then(|o| o.pointer("/spec/clusterIP")).and_then(Value::as_str).map(String::from);
    let new_ip = spec.get("clusterIP").and_then(Value::as_str).map(String::from);
    match (old_ip, new_ip) {
        (Some(o), None) => {
            spec["clusterIP"] = json!(o);
            spec["clusterIPs"] = json!([o]);
        }
        (Some(o), Some(n)) if n.is_empty() => {
            spec["clusterIP"] = json!(o);
            spec["clusterIPs"] = json!([o]);
        }
        (Some(o), Some(n)) if o != n => {
            return Err(vec![Cause::invalid_printed(
                "spec.clusterIPs[0]",
                &format!("[]string{{{n:?}}}"),
                "may not change once set",
            )]);
        }
        (None, ip) if ty != "ExternalName" => {
            let ip = match ip.as_deref() {
                Some("None") => "None".to_string(),
                Some(ip) if !ip.is_empty() => ip.to_string(),
                _ => allocate_cluster_ip(server),
            };
            spec["clusterIP"] = json!(ip);
            spec["clusterIPs"] = json!([ip]);
        }
        _ => {}
    }
    Ok(())
}

/// The lowest free address of 10.96.0.0/12 after .1 (kept for the `kubernetes` Service).
///
/// Every Service create runs this (dry runs too), so the stored bytes are searched rather than parsed: a
/// thousand Services would otherwise cost a thousand JSON parses per allocation.
fn allocate_cluster_ip(server: &Server) -> String {
    let mut used = std::collections::HashSet::new();
    for (_, stored) in server.store.scan("/core/services/") {
        used.extend(cluster_ips_in(&stored.json));
    }
    let base = u32::from(Ipv4Addr::new(10, 96, 0, 0));
    let free = (base + 2..base + (1u32 << 20)).find(|ip| !used.contains(ip)).unwrap_or(base + 2);
    Ipv4Addr::from(free).to_string()
}

/// The addresses following a `"clusterIP":"` key in a stored Service. A label of that name would add an address
/// that is not in use, which only makes the allocator skip it.
fn cluster_ips_in(json: &[u8]) -> impl Iterator<Item = u32> + '_ {
    const KEY: &[u8] = br#""clusterIP":""#;
    memchr::memmem::find_iter(json, KEY).filter_map(move |at| {
        let rest = &json[at + KEY.len()..];
        let end = rest.iter().position(|b| *b == b'"')?;
        let ip: Ipv4Addr = std::str::from_utf8(&rest[..end]).ok()?.parse().ok()?;
        Some(u32::from(ip))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cluster_ips_are_found_in_stored_bytes() {
        let svc = json!({"metadata": {"annotations": {"last": "{\"spec\":{\"clusterIP\":\"10.96.0.9\"}}"}},
                         "spec": {"clusterIP": "10.96.0.7", "clusterIPs": ["10.96.0.7"]}});
        let bytes = serde_json::to_vec(&svc).unwrap();
        let found: Vec<u32> = cluster_ips_in(&bytes).collect();
        assert_eq!(found, vec![u32::from(Ipv4Addr::new(10, 96, 0, 7))], "escaped JSON in annotations is not read");
        let headless = serde_json::to_vec(&json!({"spec": {"clusterIP": "None"}})).unwrap();
        assert_eq!(cluster_ips_in(&headless).count(), 0);
    }
}
