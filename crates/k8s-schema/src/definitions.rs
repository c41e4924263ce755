//! The vendored Kubernetes definitions: 1.33 (the API server's) and 1.21 (kustomize's built-in schema).

use std::collections::HashMap;
use std::io::Read;
use std::sync::OnceLock;

use serde_json::{Map, Value};

use crate::Schema;

/// The compressed `_definitions.json` of Kubernetes v1.33.0 (JSON Schema form, `$defs`).
const DEFINITIONS_1_33: &[u8] = include_bytes!("../data/k8s-1.33-definitions.json.gz");

/// The compressed `_definitions.json` of Kubernetes v1.21.0 (JSON Schema form, `definitions`), as
/// `data/fetch-1.21.sh` extracts it from kubernetes-validate 1.28.0.
const DEFINITIONS_1_21: &[u8] = include_bytes!("../data/k8s-1.21-definitions.json.gz");

/// A group, version and kind. The core group is the empty string.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Gvk {
    pub group: String,
    pub version: String,
    pub kind: String,
}

impl Gvk {
    pub fn new(group: impl Into<String>, version: impl Into<String>, kind: impl Into<String>) -> Self {
        Gvk { group: group.into(), version: version.into(), kind: kind.into() }
    }

    /// `apps/v1` or `v1` for the core group.
    pub fn api_version(&self) -> String {
        if self.group.is_empty() {
            self.version.clone()
        } else {
            format!("{}/{}", self.group, self.version)
        }
    }
}

/// Named schema definitions (`io.k8s.api.apps.v1.Deployment`, …) and an index from GVK to name.
#[derive(Debug)]
pub struct Definitions {
    defs: Map<String, Value>,
    by_gvk: HashMap<Gvk, String>,
}

impl Definitions {
    /// The Kubernetes 1.33 definitions, decompressed and indexed on first use.
    pub fn k8s_1_33() -> &'static Definitions {
        static DEFS: OnceLock<Definitions> = OnceLock::new();
        DEFS.get_or_init(|| Definitions::from_gzip(DEFINITIONS_1_33))
    }

    /// The Kubernetes 1.21 definitions, decompressed and indexed on first use: the schema kustomize
    /// builds with (its strategic merge uses their patch strategies and merge keys). Only the
    /// kustomize engine needs them, so a process that never builds never pays for them.
    ///
    /// ```
    /// use k8s_schema::{Definitions, Gvk};
    /// let defs = Definitions::k8s_1_21();
    /// let pod = defs.schema_for(&Gvk::new("", "v1", "Pod")).unwrap();
    /// let containers = pod.path(&["spec", "containers"]).unwrap();
    /// assert_eq!(containers.patch_merge_key(), Some("name"));
    /// ```
    pub fn k8s_1_21() -> &'static Definitions {
        static DEFS: OnceLock<Definitions> = OnceLock::new();
        DEFS.get_or_init(|| Definitions::from_gzip(DEFINITIONS_1_21))
    }

    /// Decompresses and indexes a vendored `_definitions.json` (`$defs` or `definitions` form).
    fn from_gzip(data: &[u8]) -> Definitions {
        let mut json = Vec::with_capacity(1_500_000);
        flate2::read::GzDecoder::new(data)
            .read_to_end(&mut json)
            // The data is compiled into the binary and covered by unit tests.
            .expect("vendored Kubernetes definitions are valid gzip");
        let doc: Value = serde_json::from_slice(&json).expect("vendored Kubernetes definitions are valid JSON");
        let Value::Object(mut top) = doc else { panic!("vendored Kubernetes definitions are not a JSON object") };
        match top.remove("$defs").or_else(|| top.remove("definitions")) {
            Some(Value::Object(defs)) => Definitions::from_defs(defs),
            _ => panic!("vendored Kubernetes definitions have no $defs or definitions object"),
        }
    }

    /// Builds definitions from a `$defs`-style map (tests use small hand-written ones).
    pub fn from_defs(defs: Map<String, Value>) -> Definitions {
        let mut by_gvk = HashMap::new();
        for (name, def) in &defs {
            let Some(Value::Array(gvks)) = def.get("x-kubernetes-group-version-kind") else { continue };
            for gvk in gvks {
                let field = |k: &str| gvk.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
                by_gvk.insert(Gvk::new(field("group"), field("version"), field("kind")), name.clone());
            }
        }
        Definitions { defs, by_gvk }
    }

    /// The definition called `name`, e.g. `io.k8s.api.core.v1.PodSpec`.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.defs.get(name)
    }

    /// The name of the top-level definition for a kind.
    pub fn name_for(&self, gvk: &Gvk) -> Option<&str> {
        self.by_gvk.get(gvk).map(String::as_str)
    }

    /// A schema cursor at the root of a kind, e.g. `apps/v1 Deployment`.
    pub fn schema_for(&self, gvk: &Gvk) -> Option<Schema<'_>> {
        let name = self.name_for(gvk)?;
        Some(Schema::with_definitions(self.defs.get(name)?, self))
    }

    /// A schema cursor at a named definition.
    pub fn schema_named(&self, name: &str) -> Option<Schema<'_>> {
        Some(Schema::with_definitions(self.defs.get(name)?, self))
    }

    /// Every definition, in name order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.defs.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// Every kind that has a top-level definition.
    pub fn kinds(&self) -> impl Iterator<Item = (&Gvk, &str)> {
        self.by_gvk.iter().map(|(g, n)| (g, n.as_str()))
    }

    /// Resolves `#/$defs/<name>` (and the OpenAPI forms `#/definitions/` and `#/components/schemas/`).
    pub(crate) fn resolve_ref(&self, reference: &str) -> Option<&Value> {
        let name = reference
            .strip_prefix("#/$defs/")
            .or_else(|| reference.strip_prefix("#/definitions/"))
            .or_else(|| reference.strip_prefix("#/components/schemas/"))?;
        self.defs.get(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vendored_definitions_load_and_index_kinds() {
        let defs = Definitions::k8s_1_33();
        assert!(defs.iter().count() > 600);
        let deploy = Gvk::new("apps", "v1", "Deployment");
        assert_eq!(defs.name_for(&deploy), Some("io.k8s.api.apps.v1.Deployment"));
        assert_eq!(defs.name_for(&Gvk::new("", "v1", "ConfigMap")), Some("io.k8s.api.core.v1.ConfigMap"));
        assert_eq!(deploy.api_version(), "apps/v1");
        assert_eq!(Gvk::new("", "v1", "Pod").api_version(), "v1");
    }

    #[test]
    fn kubernetes_1_21_definitions_load_with_their_merge_keys() {
        let defs = Definitions::k8s_1_21();
        assert!(defs.iter().count() > 600);
        // Kinds that existed in 1.21 and not in 1.33 (and the other way round).
        assert!(defs.name_for(&Gvk::new("batch", "v1beta1", "CronJob")).is_some());
        assert!(defs.name_for(&Gvk::new("policy", "v1beta1", "PodSecurityPolicy")).is_some());
        assert!(defs.name_for(&Gvk::new("flowcontrol.apiserver.k8s.io", "v1", "FlowSchema")).is_none());
        let deploy = defs.schema_for(&Gvk::new("apps", "v1", "Deployment")).unwrap();
        let containers = deploy.path(&["spec", "template", "spec", "containers"]).unwrap();
        assert_eq!(containers.patch_merge_key(), Some("name"));
        assert_eq!(containers.patch_strategies(), vec!["merge"]);
        let ports = containers.items().unwrap().field("ports").unwrap();
        assert_eq!(ports.list_type(), crate::ListType::Map(vec!["containerPort".into(), "protocol".into()]));
        let volumes = deploy.path(&["spec", "template", "spec", "volumes"]).unwrap();
        assert_eq!(volumes.patch_strategies(), vec!["merge", "retainKeys"]);
        // The two views are distinct: 1.33 added merge keys 1.21 did not have.
        let pod_21 = defs.schema_for(&Gvk::new("", "v1", "Pod")).unwrap();
        let pod_33 = Definitions::k8s_1_33().schema_for(&Gvk::new("", "v1", "Pod")).unwrap();
        let claims = |pod: Schema<'_>| {
            pod.path(&["spec", "containers"])
                .and_then(|c| c.items())
                .and_then(|c| c.path(&["resources", "claims"]))
                .map(|c| c.list_type())
        };
        assert_eq!(claims(pod_21), None);
        assert!(claims(pod_33).is_some());
    }
}
