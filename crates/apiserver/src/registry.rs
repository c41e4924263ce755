//! The resources this server serves right now: the built-in table plus every established CRD version.

use std::collections::HashMap;
use std::sync::Arc;

use k8s_schema::resources::{self, ApiResource};
use k8s_schema::{Definitions, Gvk, Schema};
use serde_json::Value;

/// One additional printer column of a CRD version.
#[derive(Debug, Clone)]
pub struct PrinterColumn {
    pub name: String,
    pub type_: String,
    pub format: String,
    pub description: String,
    pub priority: i64,
    pub json_path: String,
}

/// How `/scale` maps onto a custom resource.
#[derive(Debug, Clone)]
pub struct ScalePaths {
    pub spec_replicas: String,
    pub status_replicas: String,
    pub label_selector: Option<String>,
}

/// Where a resource's schema comes from.
#[derive(Debug, Clone)]
pub enum SchemaSource {
    /// The vendored Kubernetes definitions, by kind.
    Builtin,
    /// A CRD version's `openAPIV3Schema`.
    Crd(Arc<Value>),
}

/// Everything the handlers need to know about one group/version/resource.
#[derive(Debug, Clone)]
pub struct ResourceInfo {
    pub group: String,
    pub version: String,
    pub kind: String,
    pub plural: String,
    pub singular: String,
    pub namespaced: bool,
    pub verbs: Vec<String>,
    pub short_names: Vec<String>,
    pub categories: Vec<String>,
    /// (name, group, version, kind, verbs) of each subresource.
    pub subresources: Vec<resources::Subresource>,
    pub schema: SchemaSource,
    pub printer_columns: Vec<PrinterColumn>,
    pub scale: Option<ScalePaths>,
    /// Set for custom resources: the CRD's name.
    pub crd: Option<String>,
    /// Extra field-selector paths (CRD `selectableFields`).
    pub selectable_fields: Vec<String>,
    pub deprecated: Option<String>,
}

impl ResourceInfo {
    pub fn api_version(&self) -> String {
        Gvk::new(&self.group, &self.version, &self.kind).api_version()
    }

    pub fn gvk(&self) -> Gvk {
        Gvk::new(&self.group, &self.version, &self.kind)
    }

    pub fn has_subresource(&self, name: &str) -> bool {
        self.subresources.iter().any(|s| s.name == name)
    }

    pub fn has_status(&self) -> bool {
        self.has_subresource("status")
    }

    pub fn is_custom(&self) -> bool {
        self.crd.is_some()
    }

    pub fn supports(&self, verb: &str) -> bool {
        self.verbs.iter().any(|v| v == verb)
    }

    /// The storage key prefix: versions of one group/resource share storage.
    pub fn key_prefix(&self) -> String {
        if crate::events::is_events_view(&self.group, &self.plural) {
            // events.k8s.io/v1 Events share core/v1's storage.
            return "/core/events/".into();
        }
        format!("/{}/{}/", if self.group.is_empty() { "core" } else { &self.group }, self.plural)
    }

    pub fn key(&self, namespace: &str, name: &str) -> String {
        if self.namespaced {
            format!("{}{namespace}/{name}", self.key_prefix())
        } else {
            format!("{}{name}", self.key_prefix())
        }
    }

    /// The schema cursor at the root of this kind.
    pub fn schema(&self) -> Option<Schema<'_>> {
        match &self.schema {
            SchemaSource::Builtin => Definitions::k8s_1_33().schema_for(&self.gvk()),
            SchemaSource::Crd(s) => Some(Schema::inline(s)),
        }
    }

    /// Whether `metadata.generation` is maintained: kinds with a spec and a status split, and every custom resource.
    pub fn tracks_generation(&self) -> bool {
        if self.is_custom() {
            return true;
        }
        self.has_status()
            && !matches!(
                (self.group.as_str(), self.plural.as_str()),
                ("", "pods" | "namespaces" | "nodes" | "persistentvolumes" | "persistentvolumeclaims" | "services")
                    | ("certificates.k8s.io", "certificatesigningrequests")
            )
    }

    fn from_builtin(r: &ApiResource) -> ResourceInfo {
        ResourceInfo {
            group: r.group.clone(),
            version: r.version.clone(),
            kind: r.kind.clone(),
            plural: r.plural.clone(),
            singular: r.singular.clone(),
            namespaced: r.namespaced,
            verbs: r.verbs.clone(),
            short_names: r.short_names.clone(),
            categories: r.categories.clone(),
            subresources: r.subresources.clone(),
            schema: SchemaSource::Builtin,
            printer_columns: Vec::new(),
            scale: None,
            crd: None,
            selectable_fields: Vec::new(),
            deprecated: None,
        }
    }
}

const CR_VERBS: &[&str] = &["delete", "deletecollection", "get", "list", "patch", "create", "update", "watch"];

/// A snapshot of the served resources. Rebuilt (not mutated) when CRDs change.
#[derive(Debug, Default)]
pub struct Registry {
    resources: Vec<Arc<ResourceInfo>>,
    by_path: HashMap<(String, String, String), usize>,
    /// Groups in discovery order, each with its versions in preference order.
    groups: Vec<(String, Vec<String>)>,
}

impl Registry {
    /// Built-ins plus the served versions of the given CRD objects.
    pub fn build(crds: &[Value]) -> Registry {
        let mut reg = Registry::default();
        for (group, versions) in resources::group_versions() {
            reg.groups.push((group, versions));
        }
        for r in resources::builtin() {
            reg.add(ResourceInfo::from_builtin(r));
        }
        let mut custom_groups: Vec<(String, Vec<String>)> = Vec::new();
        for crd in crds {
            for info in crd_resources(crd) {
                match custom_groups.iter_mut().find(|(g, _)| *g == info.group) {
                    Some((_, vs)) if !vs.contains(&info.version) => vs.push(info.version.clone()),
                    Some(_) => {}
                    None => custom_groups.push((info.group.clone(), vec![info.version.clone()])),
                }
                reg.add(info);
            }
        }
        custom_groups.sort_by_key(|(group, _)| group.clone());
        for (_, versions) in &mut custom_groups {
            versions.sort_by_key(|v| std::cmp::Reverse(version_priority(v)));
        }
        reg.groups.extend(custom_groups);
        reg
    }

    fn add(&mut self, info: ResourceInfo) {
        let key = (info.group.clone(), info.version.clone(), info.plural.clone());
        if self.by_path.contains_key(&key) {
            return;
        }
        self.by_path.insert(key, self.resources.len());
        self.resources.push(Arc::new(info));
    }

    pub fn find(&self, group: &str, version: &str, plural: &str) -> Option<Arc<ResourceInfo>> {
        self.by_path
            .get(&(group.to_string(), version.to_string(), plural.to_string()))
            .map(|&i| self.resources[i].clone())
    }

    /// Groups and their versions, in discovery order.
    pub fn groups(&self) -> &[(String, Vec<String>)] {
        &self.groups
    }

    pub fn serves_group_version(&self, group: &str, version: &str) -> bool {
        self.groups.iter().any(|(g, vs)| g == group && vs.iter().any(|v| v == version))
    }

    /// Resources of one group-version, in table order.
    pub fn resources_of(&self, group: &str, version: &str) -> Vec<Arc<ResourceInfo>> {
        self.resources.iter().filter(|r| r.group == group && r.version == version).cloned().collect()
    }

    pub fn all(&self) -> &[Arc<ResourceInfo>] {
        &self.resources
    }
}

/// kube's version ordering: GA > beta > alpha, then by number (v2 > v1, v1beta2 > v1beta1).
pub fn version_priority(v: &str) -> (u8, u32, u32) {
    let Some(rest) = v.strip_prefix('v') else { return (0, 0, 0) };
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let Ok(major) = digits.parse::<u32>() else { return (0, 0, 0) };
    let tail = &rest[digits.len()..];
    let (level, tail) = if tail.is_empty() {
        return (3, major, 0);
    } else if let Some(t) = tail.strip_prefix("beta") {
        (2, t)
    } else if let Some(t) = tail.strip_prefix("alpha") {
        (1, t)
    } else {
        return (0, 0, 0);
    };
    match tail.parse::<u32>() {
        Ok(minor) => (level, major, minor),
        Err(_) => (0, 0, 0),
    }
}

fn str_at<'a>(v: &'a Value, path: &str) -> &'a str {
    v.pointer(path).and_then(Value::as_str).unwrap_or_default()
}

fn strings_at(v: &Value, path: &str) -> Vec<String> {
    v.pointer(path)
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).map(String::from).collect())
        .unwrap_or_default()
}

/// The resources a CRD object serves (one per served version).
pub fn crd_resources(crd: &Value) -> Vec<ResourceInfo> {
    let group = str_at(crd, "/spec/group").to_string();
    let kind = str_at(crd, "/spec/names/kind").to_string();
    let plural = str_at(crd, "/spec/names/plural").to_string();
    let singular = match str_at(crd, "/spec/names/singular") {
        "" => kind.to_lowercase(),
        s => s.to_string(),
    };
    let namespaced = str_at(crd, "/spec/scope") != "Cluster";
    let name = str_at(crd, "/metadata/name").to_string();
    let Some(versions) = crd.pointer("/spec/versions").and_then(Value::as_array) else { return Vec::new() };
    let mut out = Vec::new();
    for v in versions {
        if v.get("served").and_then(Value::as_bool) != Some(true) {
            continue;
        }
        let version = str_at(v, "/name").to_string();
        let mut subresources = Vec::new();
        let sub_verbs = vec!["get".to_string(), "patch".to_string(), "update".to_string()];
        if v.pointer("/subresources/status").is_some() {
            subresources.push(resources::Subresource {
                name: "status".into(),
                kind: kind.clone(),
                group: group.clone(),
                version: version.clone(),
                verbs: sub_verbs.clone(),
            });
        }
        let scale = v.pointer("/subresources/scale").map(|s| ScalePaths {
            spec_replicas: str_at(s, "/specReplicasPath").to_string(),
            status_replicas: str_at(s, "/statusReplicasPath").to_string(),
            label_selector: s.get("labelSelectorPath").and_then(Value::as_str).map(String::from),
        });
        if scale.is_some() {
            subresources.push(resources::Subresource {
                name: "scale".into(),
                kind: "Scale".into(),
                group: "autoscaling".into(),
                version: "v1".into(),
                verbs: sub_verbs.clone(),
            });
        }
        let printer_columns = v
            .get("additionalPrinterColumns")
            .and_then(Value::as_array)
            .map(|cols| {
                cols.iter()
                    .map(|c| PrinterColumn {
                        name: str_at(c, "/name").into(),
                        type_: str_at(c, "/type").into(),
                        format: str_at(c, "/format").into(),
                        description: str_at(c, "/description").into(),
                        priority: c.get("priority").and_then(Value::as_i64).unwrap_or(0),
                        json_path: str_at(c, "/jsonPath").into(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let schema = v
            .pointer("/schema/openAPIV3Schema")
            .cloned()
            .unwrap_or_else(|| serde_json::json!({"type": "object", "x-kubernetes-preserve-unknown-fields": true}));
        let selectable_fields = v
            .get("selectableFields")
            .and_then(Value::as_array)
            .map(|fs| {
                fs.iter()
                    .filter_map(|f| f.get("jsonPath").and_then(Value::as_str))
                    .map(|p| p.trim_start_matches('.').to_string())
                    .collect()
            })
            .unwrap_or_default();
        let deprecated = (v.get("deprecated").and_then(Value::as_bool) == Some(true)).then(|| {
            match v.get("deprecationWarning").and_then(Value::as_str) {
                Some(w) => w.to_string(),
                None => format!("{group}/{version} {kind} is deprecated"),
            }
        });
        out.push(ResourceInfo {
            group: group.clone(),
            version,
            kind: kind.clone(),
            plural: plural.clone(),
            singular: singular.clone(),
            namespaced,
            verbs: CR_VERBS.iter().map(|s| s.to_string()).collect(),
            short_names: strings_at(crd, "/spec/names/shortNames"),
            categories: strings_at(crd, "/spec/names/categories"),
            subresources,
            schema: SchemaSource::Crd(Arc::new(schema)),
            printer_columns,
            scale,
            crd: Some(name.clone()),
            selectable_fields,
            deprecated,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn versions_sort_like_kube() {
        let mut vs = vec!["v1beta1", "v1", "v2alpha1", "v1beta2", "v2", "foo"];
        vs.sort_by_key(|v| std::cmp::Reverse(version_priority(v)));
        assert_eq!(vs, vec!["v2", "v1", "v1beta2", "v1beta1", "v2alpha1", "foo"]);
    }

    #[test]
    fn builtins_and_crds() {
        let crd = json!({"metadata": {"name": "widgets.example.com"}, "spec": {"group": "example.com", "scope": "Namespaced",
            "names": {"kind": "Widget", "plural": "widgets", "shortNames": ["wd"]},
            "versions": [{"name": "v1", "served": true, "storage": true, "subresources": {"status": {}},
                          "schema": {"openAPIV3Schema": {"type": "object"}}},
                         {"name": "v1beta1", "served": false, "storage": false}]}});
        let reg = Registry::build(&[crd]);
        let deploy = reg.find("apps", "v1", "deployments").unwrap();
        assert!(deploy.has_status() && deploy.tracks_generation());
        assert!(!reg.find("", "v1", "configmaps").unwrap().tracks_generation());
        let w = reg.find("example.com", "v1", "widgets").unwrap();
        assert_eq!((w.singular.as_str(), w.key("ns", "a").as_str()), ("widget", "/example.com/widgets/ns/a"));
        assert!(reg.find("example.com", "v1beta1", "widgets").is_none());
        assert_eq!(reg.groups().last().unwrap(), &("example.com".to_string(), vec!["v1".to_string()]));
    }

    #[test]
    fn token_requests_are_served() {
        let reg = Registry::build(&[]);
        assert!(reg.find("", "v1", "serviceaccounts").unwrap().has_subresource("token"));
        assert!(reg.find("", "v1", "pods").unwrap().has_subresource("log"));
    }
}
