//! The vendored Kubernetes 1.33 definitions.

use std::collections::HashMap;
use std::io::Read;
use std::sync::OnceLock;

use serde_json::{Map, Value};

use crate::Schema;

/// The compressed `_definitions.json` of Kubernetes v1.33.0 (JSON Schema form, `$defs`).
const DEFINITIONS_1_33: &[u8] = include_bytes!("../data/k8s-1.33-definitions.json.gz");

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
        DEFS.get_or_init(|| {
            let mut json = Vec::with_capacity(1_500_000);
            flate2::read::GzDecoder::new(DEFINITIONS_1_33)
                .read_to_end(&mut json)
                // The data is compiled into the binary and covered by a unit test.
                .expect("vendored Kubernetes definitions are valid gzip");
            let doc: Value = serde_json::from_slice(&json).expect("vendored Kubernetes definitions are valid JSON");
            let defs = match doc {
                Value::Object(mut top) => match top.remove("$defs") {
                    Some(Value::Object(defs)) => defs,
                    _ => panic!("vendored Kubernetes definitions have no $defs object"),
                },
                _ => panic!("vendored Kubernetes definitions are not a JSON object"),
            };
            Definitions::from_defs(defs)
        })
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
}
