//! The inventory of objects an applier (Kustomization, HelmRelease) manages: `status.inventory.entries`,
//! each `{id, v}` with the id in cli-utils' `ObjMetadata` format `<namespace>_<name>_<group>_<kind>`.

use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The objects applied by the last successful reconciliation.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, Default, PartialEq, Eq)]
pub struct ResourceInventory {
    /// The list of objects.
    pub entries: Vec<ResourceRef>,
}

/// One object of an inventory.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct ResourceRef {
    /// The object's id, `<namespace>_<name>_<group>_<kind>`.
    pub id: String,
    /// The object's API version (without the group).
    pub v: String,
}

impl ResourceRef {
    /// The entry for an object; `version` is the part after the group.
    pub fn new(id: &ObjectId, version: &str) -> Self {
        ResourceRef { id: id.to_string(), v: version.to_string() }
    }

    /// The parsed id.
    pub fn object_id(&self) -> Result<ObjectId, InventoryError> {
        self.id.parse()
    }

    /// The object's full `apiVersion` (`apps/v1`, or `v1` for the core group).
    pub fn api_version(&self) -> Result<String, InventoryError> {
        let id = self.object_id()?;
        Ok(if id.group.is_empty() { self.v.clone() } else { format!("{}/{}", id.group, self.v) })
    }
}

/// Why an inventory id could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InventoryError {
    #[error("unable to parse stored object metadata: {0}")]
    Unparsable(String),
    #[error("too many fields within: {0}")]
    TooManyFields(String),
}

/// The identity of an object in an inventory: namespace, name, group and kind (no version, because the
/// API server serves one object under every version).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct ObjectId {
    /// Empty for cluster-scoped objects.
    pub namespace: String,
    pub name: String,
    /// Empty for the core group.
    pub group: String,
    pub kind: String,
}

const SEPARATOR: char = '_';
/// RBAC object names may contain colons, which the id writes as a double underscore.
const COLON_TRANSCODED: &str = "__";

impl ObjectId {
    pub fn new(namespace: &str, name: &str, group: &str, kind: &str) -> Self {
        ObjectId { namespace: namespace.into(), name: name.into(), group: group.into(), kind: kind.into() }
    }

    fn is_rbac(&self) -> bool {
        self.group == "rbac.authorization.k8s.io"
            && matches!(self.kind.as_str(), "Role" | "ClusterRole" | "RoleBinding" | "ClusterRoleBinding")
    }
}

impl fmt::Display for ObjectId {
    /// `<namespace>_<name>_<group>_<kind>`, e.g. `apps_podinfo_apps_Deployment`, `_flux-system__Namespace`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = if self.is_rbac() { self.name.replace(':', COLON_TRANSCODED) } else { self.name.clone() };
        write!(f, "{}{SEPARATOR}{name}{SEPARATOR}{}{SEPARATOR}{}", self.namespace, self.group, self.kind)
    }
}

impl std::str::FromStr for ObjectId {
    type Err = InventoryError;

    /// Namespace up to the first separator, kind after the last, group before that; the rest is the name
    /// (which cannot contain a single `_`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let unparsable = || InventoryError::Unparsable(s.to_string());
        let (namespace, rest) = s.split_once(SEPARATOR).ok_or_else(unparsable)?;
        let (rest, kind) = rest.rsplit_once(SEPARATOR).ok_or_else(unparsable)?;
        let (name, group) = rest.rsplit_once(SEPARATOR).ok_or_else(unparsable)?;
        let name = name.replace(COLON_TRANSCODED, ":");
        if name.contains(SEPARATOR) {
            return Err(InventoryError::TooManyFields(s.to_string()));
        }
        Ok(ObjectId::new(namespace, &name, group, kind))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for (id, expected) in [
            ("apps_podinfo_apps_Deployment", ObjectId::new("apps", "podinfo", "apps", "Deployment")),
            ("_flux-system__Namespace", ObjectId::new("", "flux-system", "", "Namespace")),
            ("default_cfg__ConfigMap", ObjectId::new("default", "cfg", "", "ConfigMap")),
            (
                "_gotk:reconciler_rbac.authorization.k8s.io_ClusterRole",
                ObjectId::new("", "gotk:reconciler", "rbac.authorization.k8s.io", "ClusterRole"),
            ),
            (
                "_widgets.example.com_apiextensions.k8s.io_CustomResourceDefinition",
                ObjectId::new("", "widgets.example.com", "apiextensions.k8s.io", "CustomResourceDefinition"),
            ),
        ] {
            let parsed: ObjectId = id.parse().unwrap();
            assert_eq!(parsed, expected, "{id}");
            let formatted = parsed.to_string();
            let reparsed: ObjectId = formatted.parse().unwrap();
            assert_eq!(reparsed, expected);
        }
        // RBAC names keep their colons transcoded.
        let role = ObjectId::new("", "system:flux", "rbac.authorization.k8s.io", "ClusterRole");
        assert_eq!(role.to_string(), "_system__flux_rbac.authorization.k8s.io_ClusterRole");
    }

    #[test]
    fn bad_ids_are_refused() {
        assert_eq!("nope".parse::<ObjectId>(), Err(InventoryError::Unparsable("nope".into())));
        assert!(matches!("a_b".parse::<ObjectId>(), Err(InventoryError::Unparsable(_))));
        assert!(matches!("ns_a_b_apps_Deployment".parse::<ObjectId>(), Err(InventoryError::TooManyFields(_))));
    }

    #[test]
    fn entries_serialise_as_id_and_v() {
        let r = ResourceRef::new(&ObjectId::new("apps", "podinfo", "apps", "Deployment"), "v1");
        assert_eq!(serde_json::to_string(&r).unwrap(), r#"{"id":"apps_podinfo_apps_Deployment","v":"v1"}"#);
        assert_eq!(r.api_version().unwrap(), "apps/v1");
        let core = ResourceRef { id: "default_cfg__ConfigMap".into(), v: "v1".into() };
        assert_eq!(core.api_version().unwrap(), "v1");
    }
}
