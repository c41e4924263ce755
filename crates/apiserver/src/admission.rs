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
        ("rbac.authorization.k8s.io", "rolebindings" | "clusterrolebindings") => {
            role_binding(r.plural == "rolebindings", old, obj).map_err(invalid)?
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
    node_ports(server, old, obj)
}

/// kube-apiserver's default `--service-node-port-range`.
const NODE_PORTS: std::ops::RangeInclusive<i64> = 30000..=32767;

/// Node ports of NodePort and LoadBalancer Services: a requested port must be in range and free across
/// the cluster, a missing one is allocated (kept from the old object on update, as kube-apiserver patches
/// it in), and other types may not carry them (dropped when the type changes and they were left as they
/// were).
fn node_ports(server: &Server, old: Option<&Value>, obj: &mut Value) -> Result<(), Vec<Cause>> {
    let needs =
        |svc: &Value| matches!(svc.pointer("/spec/type").and_then(Value::as_str), Some("NodePort" | "LoadBalancer"));
    let ports_of = |svc: &Value| svc.pointer("/spec/ports").and_then(Value::as_array).cloned().unwrap_or_default();
    let node_port = |p: &Value| p.get("nodePort").and_then(Value::as_i64).filter(|n| *n != 0);
    let ty = obj.pointer("/spec/type").and_then(Value::as_str).unwrap_or_default().to_string();
    let old_ports: Vec<Value> = old.map(ports_of).unwrap_or_default();
    if !needs(obj) {
        let unchanged = |p: &Value| old_ports.iter().any(|o| node_port(o).is_some() && node_port(o) == node_port(p));
        let mut causes = Vec::new();
        if let Some(Value::Array(ports)) = obj.pointer_mut("/spec/ports") {
            for (i, p) in ports.iter_mut().enumerate() {
                if node_port(p).is_none() {
                    continue;
                }
                if old.is_some_and(needs) && unchanged(p) {
                    if let Some(m) = p.as_object_mut() {
                        m.remove("nodePort");
                    }
                } else {
                    let why = format!("may not be used when `type` is '{ty}'");
                    causes.push(Cause::forbidden(&format!("spec.ports[{i}].nodePort"), &why));
                }
            }
        }
        return if causes.is_empty() { Ok(()) } else { Err(causes) };
    }
    if old.is_some_and(needs) {
        // Ports the update leaves without a node port get the old one of the same name, unless taken.
        let mut used: Vec<i64> = ports_of(obj).iter().filter_map(node_port).collect();
        if let Some(Value::Array(ports)) = obj.pointer_mut("/spec/ports") {
            for p in ports.iter_mut().filter(|p| node_port(p).is_none()) {
                let name = p.get("name").and_then(Value::as_str).unwrap_or_default();
                let previous = old_ports
                    .iter()
                    .find(|o| o.get("name").and_then(Value::as_str).unwrap_or_default() == name)
                    .and_then(node_port);
                if let Some(n) = previous.filter(|n| !used.contains(n)) {
                    p["nodePort"] = json!(n);
                    used.push(n);
                }
            }
        }
    }
    let me = (objects::meta_str(obj, "namespace").to_string(), objects::name_of(obj).to_string());
    let taken: std::collections::HashSet<i64> = server
        .store
        .scan("/core/services/")
        .iter()
        .map(|(_, s)| s.value())
        .filter(|svc| (objects::meta_str(svc, "namespace"), objects::name_of(svc)) != (me.0.as_str(), me.1.as_str()))
        .flat_map(|svc| ports_of(&svc).iter().filter_map(node_port).collect::<Vec<_>>())
        .collect();
    let mut mine: Vec<i64> = Vec::new();
    let mut causes = Vec::new();
    if let Some(Value::Array(ports)) = obj.pointer_mut("/spec/ports") {
        for (i, p) in ports.iter_mut().enumerate() {
            let field = format!("spec.ports[{i}].nodePort");
            match node_port(p) {
                Some(n) if !NODE_PORTS.contains(&n) => causes.push(Cause::invalid(
                    &field,
                    &json!(n),
                    &format!(
                        "provided port is not in the valid range. The range of valid ports is {}-{}",
                        NODE_PORTS.start(),
                        NODE_PORTS.end()
                    ),
                )),
                Some(n) if taken.contains(&n) => {
                    causes.push(Cause::invalid(&field, &json!(n), "provided port is already allocated"))
                }
                Some(n) => mine.push(n),
                None => {
                    let free: Vec<i64> = NODE_PORTS.filter(|n| !taken.contains(n) && !mine.contains(n)).collect();
                    let Some(&n) = free.get(rand::random_range(0..free.len().max(1))) else {
                        return Err(vec![Cause::invalid(&field, &json!(0), "range is full")]);
                    };
                    p["nodePort"] = json!(n);
                    mine.push(n);
                }
            }
            if !causes.is_empty() {
                // kube-apiserver stops at the first port it cannot allocate.
                return Err(causes);
            }
        }
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

const RBAC_GROUP: &str = "rbac.authorization.k8s.io";

/// RoleBindings and ClusterRoleBindings: `apiGroup` defaults, the role reference and subject checks, and
/// a `roleRef` that never changes (Flux, like kubectl, recreates a binding when it sees "cannot change
/// roleRef").
fn role_binding(namespaced: bool, old: Option<&Value>, obj: &mut Value) -> Result<(), Vec<Cause>> {
    if !obj.get("roleRef").is_some_and(Value::is_object) {
        obj["roleRef"] = json!({});
    }
    let role_ref = &mut obj["roleRef"];
    if role_ref.get("apiGroup").and_then(Value::as_str).unwrap_or_default().is_empty() {
        role_ref["apiGroup"] = json!(RBAC_GROUP);
    }
    if let Some(Value::Array(subjects)) = obj.get_mut("subjects") {
        for subject in subjects {
            let kind = subject.get("kind").and_then(Value::as_str).unwrap_or_default();
            let empty = subject.get("apiGroup").and_then(Value::as_str).unwrap_or_default().is_empty();
            if empty && matches!(kind, "User" | "Group") {
                subject["apiGroup"] = json!(RBAC_GROUP);
            }
        }
    }

    let text = |v: &Value, f: &str| v.get(f).and_then(Value::as_str).unwrap_or_default().to_string();
    let role_ref = obj["roleRef"].clone();
    let (api_group, kind, name) = (text(&role_ref, "apiGroup"), text(&role_ref, "kind"), text(&role_ref, "name"));
    let mut causes = Vec::new();
    if api_group != RBAC_GROUP {
        causes.push(Cause::not_supported("roleRef.apiGroup", &json!(api_group), &[json!(RBAC_GROUP)]));
    }
    let kinds: &[&str] = if namespaced { &["Role", "ClusterRole"] } else { &["ClusterRole"] };
    if !kinds.contains(&kind.as_str()) {
        let supported: Vec<Value> = kinds.iter().map(|k| json!(k)).collect();
        causes.push(Cause::not_supported("roleRef.kind", &json!(kind), &supported));
    }
    if name.is_empty() {
        causes.push(Cause::required("roleRef.name"));
    } else {
        causes.extend(path_segment_name("roleRef.name", &name));
    }
    let subjects = obj.get("subjects").and_then(Value::as_array).cloned().unwrap_or_default();
    for (i, subject) in subjects.iter().enumerate() {
        causes.extend(binding_subject(subject, namespaced, &format!("subjects[{i}]")));
    }
    if let Some(o) = old {
        let before = o.get("roleRef").cloned().unwrap_or(Value::Null);
        let differs = ["apiGroup", "kind", "name"].iter().any(|f| text(&before, f) != text(&role_ref, f));
        if differs {
            // The internal rbac.RoleRef, printed with %#v.
            let printed = format!("rbac.RoleRef{{APIGroup:{api_group:?}, Kind:{kind:?}, Name:{name:?}}}");
            causes.push(Cause::invalid_printed("roleRef", &printed, "cannot change roleRef"));
        }
    }
    if causes.is_empty() {
        Ok(())
    } else {
        Err(causes)
    }
}

/// `path.ValidatePathSegmentName`, which RBAC applies to role names.
fn path_segment_name(field: &str, name: &str) -> Vec<Cause> {
    let v = json!(name);
    if name == "." || name == ".." {
        return vec![Cause::invalid(field, &v, &format!("may not be '{name}'"))];
    }
    ["/", "%"]
        .iter()
        .filter(|bad| name.contains(**bad))
        .map(|bad| Cause::invalid(field, &v, &format!("may not contain '{bad}'")))
        .collect()
}

fn binding_subject(subject: &Value, namespaced: bool, path: &str) -> Vec<Cause> {
    let text = |f: &str| subject.get(f).and_then(Value::as_str).unwrap_or_default().to_string();
    let (kind, name, api_group) = (text("kind"), text("name"), text("apiGroup"));
    let mut causes = Vec::new();
    if name.is_empty() {
        causes.push(Cause::required(&format!("{path}.name")));
    }
    match kind.as_str() {
        "ServiceAccount" => {
            for msg in k8s_schema::validation::is_dns1123_subdomain(&name).into_iter().filter(|_| !name.is_empty()) {
                causes.push(Cause::invalid(&format!("{path}.name"), &json!(name), &msg));
            }
            if !api_group.is_empty() {
                causes.push(Cause::not_supported(&format!("{path}.apiGroup"), &json!(api_group), &[json!("")]));
            }
            if !namespaced && text("namespace").is_empty() {
                causes.push(Cause::required(&format!("{path}.namespace")));
            }
        }
        "User" | "Group" => {
            if name.is_empty() {
                let what = if kind == "User" { "user" } else { "group" };
                causes.push(Cause::invalid(
                    &format!("{path}.name"),
                    &json!(""),
                    &format!("{what} name cannot be empty"),
                ));
            }
            if api_group != RBAC_GROUP {
                causes.push(Cause::not_supported(&format!("{path}.apiGroup"), &json!(api_group), &[json!(RBAC_GROUP)]));
            }
        }
        _ => causes.push(Cause::not_supported(
            &format!("{path}.kind"),
            &json!(kind),
            &[json!("ServiceAccount"), json!("User"), json!("Group")],
        )),
    }
    causes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn binding(kind: &str, name: &str) -> Value {
        json!({"metadata": {"name": "b"}, "roleRef": {"kind": kind, "name": name},
               "subjects": [{"kind": "User", "name": "alice"}, {"kind": "ServiceAccount", "name": "robot", "namespace": "ns"}]})
    }

    fn rendered(r: Result<(), Vec<Cause>>) -> Vec<String> {
        r.err().unwrap_or_default().iter().map(Cause::render).collect()
    }

    #[test]
    fn role_bindings_default_validate_and_keep_their_role() {
        let mut created = binding("ClusterRole", "view");
        assert!(role_binding(false, None, &mut created).is_ok());
        assert_eq!(created["roleRef"]["apiGroup"], RBAC_GROUP);
        assert_eq!(created["subjects"][0]["apiGroup"], RBAC_GROUP);
        assert!(created["subjects"][1].get("apiGroup").is_none());

        let mut changed = binding("ClusterRole", "edit");
        assert_eq!(
            rendered(role_binding(false, Some(&created), &mut changed)),
            vec![
                r#"roleRef: Invalid value: rbac.RoleRef{APIGroup:"rbac.authorization.k8s.io", Kind:"ClusterRole", Name:"edit"}: cannot change roleRef"#
            ]
        );
        let mut same = binding("ClusterRole", "view");
        assert!(role_binding(false, Some(&created), &mut same).is_ok());

        let mut bad = json!({"roleRef": {"kind": "Role", "apiGroup": "x"}, "subjects": [{"kind": "Robot", "name": "r"}, {"kind": "ServiceAccount", "name": "s"}]});
        assert_eq!(
            rendered(role_binding(false, None, &mut bad)),
            vec![
                r#"roleRef.apiGroup: Unsupported value: "x": supported values: "rbac.authorization.k8s.io""#,
                r#"roleRef.kind: Unsupported value: "Role": supported values: "ClusterRole""#,
                "roleRef.name: Required value",
                r#"subjects[0].kind: Unsupported value: "Robot": supported values: "ServiceAccount", "User", "Group""#,
                "subjects[1].namespace: Required value",
            ]
        );
        let mut namespaced = binding("Role", "a/b");
        assert_eq!(
            rendered(role_binding(true, None, &mut namespaced)),
            vec![r#"roleRef.name: Invalid value: "a/b": may not contain '/'"#]
        );
    }

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
