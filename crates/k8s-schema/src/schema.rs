//! A cursor over a structural schema, answering the questions merges ask.

use serde_json::Value;

use crate::Definitions;

/// How a list merges (`x-kubernetes-list-type`). Lists without the extension are atomic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListType {
    /// Replaced as a whole.
    Atomic,
    /// A set of scalars, merged by value.
    Set,
    /// A list of objects keyed by these fields.
    Map(Vec<String>),
}

/// One point in a schema: the root of a kind, a field, or a list item.
///
/// Works over the built-in definitions (following `$ref`) and over CRD `openAPIV3Schema`s (inline, no refs).
/// A `Schema` is cheap to copy.
///
/// ```
/// use k8s_schema::{Definitions, Gvk, ListType};
/// let defs = Definitions::k8s_1_33();
/// let deploy = defs.schema_for(&Gvk::new("apps", "v1", "Deployment")).unwrap();
/// let containers = deploy.path(&["spec", "template", "spec", "containers"]).unwrap();
/// assert_eq!(containers.list_type(), ListType::Map(vec!["name".into()]));
/// assert_eq!(containers.patch_merge_key(), Some("name"));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Schema<'a> {
    /// The node as written at this point (it may carry extensions next to a `$ref`).
    node: &'a Value,
    /// `node` with `$ref` (and single-element `allOf`) followed.
    resolved: &'a Value,
    defs: Option<&'a Definitions>,
}

impl<'a> Schema<'a> {
    /// A cursor over a self-contained schema such as a CRD version's `openAPIV3Schema`.
    pub fn inline(node: &'a Value) -> Schema<'a> {
        Schema { node, resolved: node, defs: None }
    }

    /// A cursor over a schema whose `$ref`s point into `defs`.
    pub fn with_definitions(node: &'a Value, defs: &'a Definitions) -> Schema<'a> {
        let resolved = resolve(node, Some(defs));
        Schema { node, resolved, defs: Some(defs) }
    }

    fn child(&self, node: &'a Value) -> Schema<'a> {
        Schema { node, resolved: resolve(node, self.defs), defs: self.defs }
    }

    /// The raw JSON of this point, `$ref` followed.
    pub fn json(&self) -> &'a Value {
        self.resolved
    }

    /// An extension (or any keyword) set here, looking first at the node as written, then at its target.
    pub fn keyword(&self, key: &str) -> Option<&'a Value> {
        self.node.get(key).or_else(|| self.resolved.get(key))
    }

    /// The schema of field `name` of an object: a declared property, else the `additionalProperties` schema.
    pub fn field(&self, name: &str) -> Option<Schema<'a>> {
        if let Some(prop) = self.resolved.get("properties").and_then(|p| p.get(name)) {
            return Some(self.child(prop));
        }
        match self.resolved.get("additionalProperties") {
            Some(ap @ Value::Object(_)) => Some(self.child(ap)),
            _ => None,
        }
    }

    /// The schema of a path of field names.
    pub fn path(&self, fields: &[&str]) -> Option<Schema<'a>> {
        fields.iter().try_fold(*self, |s, f| s.field(f))
    }

    /// The schema of a list's items.
    pub fn items(&self) -> Option<Schema<'a>> {
        self.resolved.get("items").map(|i| self.child(i))
    }

    /// The declared JSON types here (`"object"`, `"array"`, …), ignoring `"null"`.
    pub fn types(&self) -> Vec<&'a str> {
        match self.resolved.get("type") {
            Some(Value::String(t)) => vec![t.as_str()],
            Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).filter(|t| *t != "null").collect(),
            _ => Vec::new(),
        }
    }

    /// True where the schema describes a list.
    pub fn is_list(&self) -> bool {
        self.types().contains(&"array") || self.resolved.get("items").is_some()
    }

    /// True where the schema describes an object with declared fields (a struct), not a free-form map.
    pub fn is_struct(&self) -> bool {
        self.resolved.get("properties").is_some()
    }

    /// True where the schema describes a map of arbitrary keys (`additionalProperties`).
    pub fn is_map(&self) -> bool {
        !self.is_struct() && matches!(self.resolved.get("additionalProperties"), Some(Value::Object(_)))
    }

    /// `x-kubernetes-list-type` (with `x-kubernetes-list-map-keys`); atomic when absent.
    pub fn list_type(&self) -> ListType {
        match self.keyword("x-kubernetes-list-type").and_then(Value::as_str) {
            Some("set") => ListType::Set,
            Some("map") => {
                let keys = self
                    .keyword("x-kubernetes-list-map-keys")
                    .and_then(Value::as_array)
                    .map(|ks| ks.iter().filter_map(Value::as_str).map(String::from).collect())
                    .unwrap_or_default();
                ListType::Map(keys)
            }
            _ => ListType::Atomic,
        }
    }

    /// True when an object or map is replaced as a whole (`x-kubernetes-map-type: atomic`).
    pub fn is_atomic_map(&self) -> bool {
        self.keyword("x-kubernetes-map-type").and_then(Value::as_str) == Some("atomic")
    }

    /// `x-kubernetes-patch-merge-key`, the key strategic merge patch merges list items by.
    pub fn patch_merge_key(&self) -> Option<&'a str> {
        self.keyword("x-kubernetes-patch-merge-key").and_then(Value::as_str)
    }

    /// `x-kubernetes-patch-strategy` split on commas: `merge`, `retainKeys`, `replace`.
    pub fn patch_strategies(&self) -> Vec<&'a str> {
        self.keyword("x-kubernetes-patch-strategy")
            .and_then(Value::as_str)
            .map(|s| s.split(',').map(str::trim).filter(|s| !s.is_empty()).collect())
            .unwrap_or_default()
    }

    /// `x-kubernetes-preserve-unknown-fields: true`.
    pub fn preserves_unknown_fields(&self) -> bool {
        self.keyword("x-kubernetes-preserve-unknown-fields").and_then(Value::as_bool) == Some(true)
    }

    /// `x-kubernetes-int-or-string: true`, or the `oneOf [string, integer]` form of the vendored definitions.
    pub fn is_int_or_string(&self) -> bool {
        if self.keyword("x-kubernetes-int-or-string").and_then(Value::as_bool) == Some(true) {
            return true;
        }
        let Some(Value::Array(alts)) = self.resolved.get("oneOf") else { return false };
        let mut kinds: Vec<&str> =
            alts.iter().flat_map(|a| self.child(a).types()).filter(|t| *t == "string" || *t == "integer").collect();
        kinds.sort_unstable();
        kinds.dedup();
        kinds == ["integer", "string"]
    }
}

/// Follows `$ref` and single-element `allOf` wrappers to the schema they stand for.
fn resolve<'a>(mut node: &'a Value, defs: Option<&'a Definitions>) -> &'a Value {
    // Bounded: a definition referring to itself directly would otherwise loop.
    for _ in 0..16 {
        if let (Some(Value::String(r)), Some(defs)) = (node.get("$ref"), defs) {
            match defs.resolve_ref(r) {
                Some(target) => {
                    node = target;
                    continue;
                }
                None => return node,
            }
        }
        match node.get("allOf") {
            Some(Value::Array(all)) if all.len() == 1 => node = &all[0],
            _ => return node,
        }
    }
    node
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Gvk;

    #[test]
    fn builtin_list_semantics() {
        let defs = Definitions::k8s_1_33();
        let pod = defs.schema_for(&Gvk::new("", "v1", "Pod")).unwrap();
        let ports = pod.path(&["spec", "containers"]).unwrap().items().unwrap().field("ports").unwrap();
        assert_eq!(ports.list_type(), ListType::Map(vec!["containerPort".into(), "protocol".into()]));
        assert_eq!(ports.patch_merge_key(), Some("containerPort"));
        assert_eq!(ports.patch_strategies(), vec!["merge"]);
        let finalizers = pod.path(&["metadata", "finalizers"]).unwrap();
        assert_eq!(finalizers.list_type(), ListType::Set);
        let args = pod.path(&["spec", "containers"]).unwrap().items().unwrap().field("args").unwrap();
        assert_eq!(args.list_type(), ListType::Atomic);
        let labels = pod.path(&["metadata", "labels"]).unwrap();
        assert!(labels.is_map());
        assert!(!labels.is_struct());
        let selector =
            defs.schema_for(&Gvk::new("apps", "v1", "Deployment")).unwrap().path(&["spec", "selector"]).unwrap();
        assert!(selector.is_atomic_map());
        let port = defs.schema_for(&Gvk::new("", "v1", "Service")).unwrap();
        let target = port.path(&["spec", "ports"]).unwrap().items().unwrap().field("targetPort").unwrap();
        assert!(target.is_int_or_string());
        let volumes = pod.path(&["spec", "volumes"]).unwrap();
        assert!(volumes.patch_strategies().contains(&"retainKeys"));
    }

    #[test]
    fn inline_crd_schema() {
        let crd: Value = serde_json::json!({
            "type": "object",
            "properties": {"spec": {"type": "object", "properties": {
                "items": {"type": "array", "x-kubernetes-list-type": "map", "x-kubernetes-list-map-keys": ["id"],
                          "items": {"type": "object"}},
                "free": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}}}
        });
        let s = Schema::inline(&crd);
        assert_eq!(s.path(&["spec", "items"]).unwrap().list_type(), ListType::Map(vec!["id".into()]));
        assert!(s.path(&["spec", "free"]).unwrap().preserves_unknown_fields());
        assert!(s.path(&["spec", "nope"]).is_none());
    }
}
