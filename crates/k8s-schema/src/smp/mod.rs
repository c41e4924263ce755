//! Strategic merge patch: `PATCH` with `Content-Type: application/strategic-merge-patch+json`.
//!
//! A strategic merge patch is a JSON merge patch (RFC 7386) whose lists merge according to the schema
//! (`x-kubernetes-patch-strategy`, `x-kubernetes-patch-merge-key`) and which may carry directives:
//!
//! * `$patch: replace | delete` in a map, and `$patch: replace | delete` as an element of a merging list;
//! * `$retainKeys: [..]` in a map, dropping the original's keys that are not listed;
//! * `$setElementOrder/<list>: [..]` next to a list, fixing the order of the merged list;
//! * `$deleteFromPrimitiveList/<list>: [..]` next to a list of scalars, removing values from it.
//!
//! The behaviour follows kube-apiserver's (`k8s.io/apimachinery/pkg/util/strategicpatch`) to the letter,
//! quirks included, because client-side `kubectl apply` computes its patches against that behaviour:
//! `$patch: delete` in a map leaves an empty map, a `$patch` directive in a map that the original does not
//! have drops that map, and `$patch: merge` is rejected in maps as in lists. Where kube-apiserver relies on
//! decoding into its Go types to drop leftovers (directives and `null`s inside content that is copied from
//! the patch without merging), this module drops them itself, so no directive ever reaches the result.
//!
//! ```
//! use k8s_schema::{smp, Definitions, Gvk};
//! use serde_json::json;
//!
//! let schema = Definitions::k8s_1_33().schema_for(&Gvk::new("apps", "v1", "Deployment"));
//! let live = json!({"spec": {"template": {"spec": {"containers": [
//!     {"name": "app", "image": "app:1", "env": [{"name": "A", "value": "1"}]}]}}}});
//! let patch = json!({"spec": {"template": {"spec": {"containers": [
//!     {"name": "app", "env": [{"name": "A", "value": "2"}]}]}}}});
//! let merged = smp::apply(&live, &patch, schema).unwrap();
//! assert_eq!(merged["spec"]["template"]["spec"]["containers"][0]["image"], "app:1");
//! assert_eq!(merged["spec"]["template"]["spec"]["containers"][0]["env"][0]["value"], "2");
//! ```

mod list;

use serde_json::{Map, Value};

use crate::Schema;

/// `$patch`: replace or delete the map (or list) it sits in.
const PATCH_DIRECTIVE: &str = "$patch";
/// `$retainKeys`: the keys of the original map to keep.
const RETAIN_KEYS: &str = "$retainKeys";
/// `$setElementOrder/<list>`: the order of the merged list.
const SET_ELEMENT_ORDER: &str = "$setElementOrder";
/// `$deleteFromPrimitiveList/<list>`: scalars to remove from the list.
const DELETE_FROM_PRIMITIVE_LIST: &str = "$deleteFromPrimitiveList";

/// Why a strategic merge patch could not be applied. Messages are one line; `path` is where in the
/// document it failed (`.spec.template.spec.containers[name="app"]`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SmpError {
    /// The original or the patch is not a JSON object.
    #[error("invalid JSON document: the {document} is {found}, not an object")]
    NotAnObject { document: &'static str, found: &'static str },
    /// `$patch` has a value other than `replace` or `delete` (in a map), or `replace`/`delete` (in a list).
    #[error("unknown patch type {directive} in the map at {}", show(path))]
    UnknownPatchType { path: String, directive: String },
    /// `$patch: merge` as a list element: kube-apiserver has never implemented it.
    #[error("merging lists cannot yet be specified in the patch (list at {})", show(path))]
    MergeDirectiveInList { path: String },
    /// An item of a list merged by key lacks the key.
    #[error("an item of the list at {} does not contain the declared merge key {key:?}", show(path))]
    MissingMergeKey { path: String, key: String },
    /// The schema asks for a merge of a list of maps but declares no merge key.
    #[error("cannot merge the list of maps at {} without a merge key", show(path))]
    NoMergeKey { path: String },
    /// A value has the wrong JSON type for what the patch does with it.
    #[error("expected {expected}, but received {found} at {}", show(path))]
    WrongType { path: String, expected: &'static str, found: &'static str },
    /// A list whose first element is itself a list.
    #[error("lists of lists are not supported (list at {})", show(path))]
    ListOfLists { path: String },
    /// A list mixing maps, strings, numbers…
    #[error("list element types are not identical in the list at {}", show(path))]
    MixedList { path: String },
    /// `$setElementOrder` for a list that is empty in both the original and the patch.
    #[error("no elements in the list at {} nor in its patch, cannot apply $setElementOrder", show(path))]
    EmptyList { path: String },
    /// `$retainKeys` is not a list, or the patch sets a key it does not retain.
    #[error("invalid patch format of retainKeys at {}: {reason}", show(path))]
    RetainKeys { path: String, reason: String },
    /// A malformed `$setElementOrder` directive, or one contradicting the order of the patch list.
    #[error("invalid patch format of setElementOrder list at {}: {reason}", show(path))]
    SetElementOrder { path: String, reason: String },
    /// A `$deleteFromPrimitiveList` key without `/<list>`.
    #[error("invalid patch format of primitive list: {key:?} at {}", show(path))]
    DeleteFromPrimitiveList { path: String, key: String },
    /// The patch merges into a field the schema does not declare.
    #[error("unable to find api field {field:?} at {}", show(path))]
    UnknownField { path: String, field: String },
    /// `x-kubernetes-patch-strategy` combines strategies that cannot be combined.
    #[error("unexpected patch strategy {strategies:?} at {}", show(path))]
    PatchStrategy { path: String, strategies: String },
}

/// The root is the empty path; show it as `.` so messages never end in nothing.
fn show(path: &str) -> &str {
    if path.is_empty() {
        "."
    } else {
        path
    }
}

/// Applies a strategic merge `patch` to `original`, both JSON objects, and returns the patched object.
///
/// `schema` is the schema of the object's kind (see [`crate::Definitions::schema_for`]). With `None`
/// (a type without patch metadata) maps merge as in a JSON merge patch and lists are replaced, while
/// the directives still apply: `$patch` in maps, `$retainKeys`, `$deleteFromPrimitiveList`.
/// A `null` original or patch counts as an empty object, as kube-apiserver reads them.
pub fn apply(original: &Value, patch: &Value, schema: Option<Schema<'_>>) -> Result<Value, SmpError> {
    let original = as_document(original, "original")?;
    let patch = as_document(patch, "patch")?;
    merge_map(original, patch, schema, "").map(Value::Object)
}

fn as_document(value: &Value, document: &'static str) -> Result<Map<String, Value>, SmpError> {
    match value {
        Value::Object(map) => Ok(map.clone()),
        Value::Null => Ok(Map::new()),
        other => Err(SmpError::NotAnObject { document, found: type_name(other) }),
    }
}

/// How a field merges, from `x-kubernetes-patch-strategy` once `retainKeys` is set aside
/// (`$retainKeys` is honoured wherever it appears, as upstream does).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Strategy {
    /// Maps merge, lists are replaced.
    Default,
    /// Lists merge (by key, or as a set of scalars).
    Merge,
    /// The patch value replaces the field as a whole.
    Replace,
}

/// The patch metadata of one field: how it merges and the schema of its value (of its items, for lists).
#[derive(Debug, Clone, Copy)]
struct FieldMeta<'a> {
    schema: Option<Schema<'a>>,
    strategy: Strategy,
    merge_key: Option<&'a str>,
}

impl FieldMeta<'_> {
    const SCHEMALESS: FieldMeta<'static> = FieldMeta { schema: None, strategy: Strategy::Default, merge_key: None };
}

/// Looks up field `key` of the map at `path`. Upstream looks fields up in Go structs and fails on a
/// field the struct lacks; free-form objects (no declared properties) merge without metadata.
fn lookup<'a>(schema: Option<Schema<'a>>, key: &str, path: &str, list: bool) -> Result<FieldMeta<'a>, SmpError> {
    let Some(schema) = schema else { return Ok(FieldMeta::SCHEMALESS) };
    let Some(field) = schema.field(key) else {
        if schema.is_struct() && !schema.preserves_unknown_fields() {
            return Err(SmpError::UnknownField { path: path.to_string(), field: key.to_string() });
        }
        return Ok(FieldMeta::SCHEMALESS);
    };
    let strategies = field.patch_strategies();
    let rest: Vec<&str> = strategies.iter().copied().filter(|s| *s != "retainKeys").collect();
    let strategy = match (strategies.len(), rest.as_slice()) {
        (0, _) | (1 | 2, []) => Strategy::Default,
        (1 | 2, ["merge"]) => Strategy::Merge,
        (1 | 2, ["replace"]) => Strategy::Replace,
        // Any other single strategy is a no-op upstream: it compares against "merge" and "replace" only.
        (1 | 2, [_]) => Strategy::Default,
        _ => return Err(SmpError::PatchStrategy { path: field_path(path, key), strategies: strategies.join(",") }),
    };
    let schema = if list { field.items() } else { Some(field) };
    Ok(FieldMeta { schema, strategy, merge_key: field.patch_merge_key() })
}

/// Merges the patch map into the original map (upstream's `mergeMap`).
fn merge_map(
    mut original: Map<String, Value>,
    mut patch: Map<String, Value>,
    schema: Option<Schema<'_>>,
    path: &str,
) -> Result<Map<String, Value>, SmpError> {
    if let Some(directive) = patch.remove(PATCH_DIRECTIVE) {
        return match directive.as_str() {
            Some("replace") => Ok(strip_map(patch)),
            // Upstream leaves an empty map, not an absent key.
            Some("delete") => Ok(Map::new()),
            _ => Err(SmpError::UnknownPatchType { path: path.to_string(), directive: directive_text(&directive) }),
        };
    }

    if let Some(retain) = patch.remove(RETAIN_KEYS) {
        retain_keys(&mut original, &patch, retain, path)?;
    }

    // `$setElementOrder` lists are merged together with the list they order, and removed from the patch.
    let orders: Vec<String> = patch.keys().filter(|k| k.starts_with(SET_ELEMENT_ORDER)).cloned().collect();
    for key in orders {
        if let Some(order) = patch.remove(&key) {
            list::apply_element_order(&mut original, &mut patch, &key, order, schema, path)?;
        }
    }

    // Deletion lists go last so that `x` and `$deleteFromPrimitiveList/x` combine in one fixed order
    // (upstream iterates a Go map, in no defined order).
    let (deletions, fields): (Vec<_>, Vec<_>) =
        patch.into_iter().partition(|(k, _)| k.starts_with(DELETE_FROM_PRIMITIVE_LIST));
    for (key, patch_value) in fields.into_iter().chain(deletions) {
        let (key, delete_list) = if key.starts_with(DELETE_FROM_PRIMITIVE_LIST) {
            match split_directive_key(&key, DELETE_FROM_PRIMITIVE_LIST) {
                Some(field) => (field.to_string(), true),
                None => return Err(SmpError::DeleteFromPrimitiveList { path: path.to_string(), key }),
            }
        } else {
            (key, false)
        };
        merge_field(&mut original, key, patch_value, delete_list, schema, path)?;
    }
    Ok(original)
}

/// Merges one key of the patch into the original map.
fn merge_field(
    original: &mut Map<String, Value>,
    key: String,
    patch_value: Value,
    delete_list: bool,
    schema: Option<Schema<'_>>,
    path: &str,
) -> Result<(), SmpError> {
    if patch_value.is_null() {
        original.remove(&key);
        return Ok(());
    }
    let same_type = original.get(&key).is_some_and(|o| type_name(o) == type_name(&patch_value));
    if !same_type {
        // Absent from the original, or of another JSON type: the patch value wins as it is. A deletion
        // list has nothing to delete from.
        if !delete_list {
            match remove_directives(patch_value) {
                Some(value) => original.insert(key, value),
                None => original.remove(&key),
            };
        }
        return Ok(());
    }
    let Some(original_value) = original.get_mut(&key) else { return Ok(()) };
    let merged = match (original_value.take(), patch_value) {
        (Value::Object(o), Value::Object(p)) => {
            let meta = lookup(schema, &key, path, false)?;
            if meta.strategy == Strategy::Replace {
                Value::Object(strip_map(p))
            } else {
                Value::Object(merge_map(o, p, meta.schema, &field_path(path, &key))?)
            }
        }
        (Value::Array(o), Value::Array(p)) => {
            let meta = lookup(schema, &key, path, true)?;
            Value::Array(list::merge_list(o, p, meta, delete_list, &field_path(path, &key))?)
        }
        (_, scalar) => scalar,
    };
    *original_value = merged;
    Ok(())
}

/// Applies `$retainKeys`: every key the patch sets must be retained, and the original keeps only those.
fn retain_keys(
    original: &mut Map<String, Value>,
    patch: &Map<String, Value>,
    retain: Value,
    path: &str,
) -> Result<(), SmpError> {
    let Value::Array(retain) = retain else {
        return Err(SmpError::RetainKeys {
            path: path.to_string(),
            reason: format!("{} is not a list", type_name(&retain)),
        });
    };
    let retained = |key: &str| retain.iter().any(|r| r.as_str() == Some(key));
    for (key, value) in patch {
        let exempt =
            value.is_null() || key.starts_with(DELETE_FROM_PRIMITIVE_LIST) || key.starts_with(SET_ELEMENT_ORDER);
        if !exempt && !retained(key) {
            return Err(SmpError::RetainKeys {
                path: path.to_string(),
                reason: format!("the patch sets {key:?}, which $retainKeys does not list"),
            });
        }
    }
    original.retain(|key, _| retained(key));
    Ok(())
}

/// `$setElementOrder/containers` → `containers`; `None` when the key is not `<prefix>/<field>`.
fn split_directive_key<'k>(key: &'k str, prefix: &str) -> Option<&'k str> {
    match key.split_once('/') {
        Some((head, field)) if head == prefix => Some(field),
        _ => None,
    }
}

/// True for keys that are directives rather than fields.
fn is_directive_key(key: &str) -> bool {
    key == PATCH_DIRECTIVE
        || key == RETAIN_KEYS
        || key.starts_with(SET_ELEMENT_ORDER)
        || key.starts_with(DELETE_FROM_PRIMITIVE_LIST)
}

/// Patch content that lands in the result without a merge because the original lacks it (upstream's
/// `discardNullValuesFromPatch` then `removeDirectives`): `null`s go, a map holding `$patch` goes
/// entirely (there is nothing to replace or delete), other directives go. `None` when `value` itself goes.
fn remove_directives(value: Value) -> Option<Value> {
    match value {
        Value::Object(map) => {
            if map.get(PATCH_DIRECTIVE).is_some_and(|d| !d.is_null()) {
                return None;
            }
            let kept = map
                .into_iter()
                .filter(|(k, v)| !v.is_null() && !is_directive_key(k))
                .filter_map(|(k, v)| remove_directives(v).map(|v| (k, v)))
                .collect();
            Some(Value::Object(kept))
        }
        Value::Array(items) => Some(Value::Array(items.into_iter().filter_map(remove_directives).collect())),
        scalar => Some(scalar),
    }
}

/// Patch content that upstream copies verbatim (a `$patch: replace` map or list, a replaced list, a new
/// list item). kube-apiserver then decodes it into Go types, which drops directive keys and `null`s; we
/// drop them here so that the result is what the server would store.
fn strip(value: Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(strip_map(map)),
        Value::Array(items) => Value::Array(items.into_iter().map(strip).collect()),
        scalar => scalar,
    }
}

fn strip_map(map: Map<String, Value>) -> Map<String, Value> {
    map.into_iter().filter(|(k, v)| !v.is_null() && !is_directive_key(k)).map(|(k, v)| (k, strip(v))).collect()
}

/// Equality as upstream's Go `==` on decoded JSON sees it: every number is a float64.
fn json_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x == y || x.as_f64() == y.as_f64(),
        _ => a == b,
    }
}

/// The JSON type of a value, for type comparisons and messages.
fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "a map",
    }
}

/// A `$patch` value for an error message: strings bare, anything else as JSON.
fn directive_text(directive: &Value) -> String {
    match directive {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn field_path(parent: &str, key: &str) -> String {
    format!("{parent}.{key}")
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::{Definitions, Gvk};

    fn deployment() -> Option<Schema<'static>> {
        Definitions::k8s_1_33().schema_for(&Gvk::new("apps", "v1", "Deployment"))
    }

    fn pod() -> Option<Schema<'static>> {
        Definitions::k8s_1_33().schema_for(&Gvk::new("", "v1", "Pod"))
    }

    #[test]
    fn documents_must_be_objects() {
        let err = apply(&json!([]), &json!({}), None).unwrap_err();
        assert_eq!(err, SmpError::NotAnObject { document: "original", found: "a list" });
        let err = apply(&json!({}), &json!("x"), None).unwrap_err();
        assert_eq!(err, SmpError::NotAnObject { document: "patch", found: "a string" });
        assert_eq!(apply(&Value::Null, &json!({"a": 1}), None).unwrap(), json!({"a": 1}));
    }

    #[test]
    fn unknown_map_directive_is_rejected_with_its_path() {
        let err = apply(
            &json!({"metadata": {"labels": {"a": "1"}}}),
            &json!({"metadata": {"labels": {"$patch": "merge"}}}),
            pod(),
        )
        .unwrap_err();
        assert_eq!(err, SmpError::UnknownPatchType { path: ".metadata.labels".into(), directive: "merge".into() });
        assert_eq!(err.to_string(), "unknown patch type merge in the map at .metadata.labels");
        let err = apply(&json!({}), &json!({"$patch": 3}), None).unwrap_err();
        assert_eq!(err.to_string(), "unknown patch type 3 in the map at .");
    }

    #[test]
    fn map_directives() {
        let original = json!({"metadata": {"labels": {"a": "1"}, "annotations": {"b": "2"}}});
        let patch =
            json!({"metadata": {"labels": {"$patch": "delete"}, "annotations": {"$patch": "replace", "c": "3"}}});
        let merged = apply(&original, &patch, pod()).unwrap();
        assert_eq!(merged, json!({"metadata": {"labels": {}, "annotations": {"c": "3"}}}));
        // A directive map the original lacks is dropped, as upstream does.
        let merged =
            apply(&json!({}), &json!({"metadata": {"labels": {"$patch": "replace", "x": "y"}}}), pod()).unwrap();
        assert_eq!(merged, json!({"metadata": {}}));
    }

    #[test]
    fn retain_keys_rejects_unlisted_patch_keys() {
        let original = json!({"spec": {"strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 1}}}});
        let bad = json!({"spec": {"strategy": {"$retainKeys": ["type"], "rollingUpdate": {"maxSurge": 2}}}});
        let err = apply(&original, &bad, deployment()).unwrap_err();
        assert!(matches!(err, SmpError::RetainKeys { ref path, .. } if path == ".spec.strategy"), "{err}");
        let not_list = json!({"spec": {"strategy": {"$retainKeys": "type"}}});
        assert!(matches!(apply(&original, &not_list, deployment()), Err(SmpError::RetainKeys { .. })));
        let good = json!({"spec": {"strategy": {"$retainKeys": ["type"], "type": "Recreate", "rollingUpdate": null}}});
        assert_eq!(apply(&original, &good, deployment()).unwrap(), json!({"spec": {"strategy": {"type": "Recreate"}}}));
    }

    #[test]
    fn unknown_struct_field_fails_only_when_merged() {
        let original = json!({"spec": {"bogus": {"a": 1}}});
        let err = apply(&original, &json!({"spec": {"bogus": {"b": 2}}}), deployment()).unwrap_err();
        assert_eq!(err, SmpError::UnknownField { path: ".spec".into(), field: "bogus".into() });
        // Set as a whole (absent from the original) it needs no metadata, as upstream.
        assert!(apply(&json!({}), &json!({"spec": {"bogus": {"b": 2}}}), deployment()).is_ok());
    }

    #[test]
    fn malformed_delete_from_primitive_list_key() {
        let original = json!({"metadata": {"name": "p"}});
        let err = apply(&original, &json!({"metadata": {"$deleteFromPrimitiveList": ["a"]}}), pod()).unwrap_err();
        assert!(matches!(err, SmpError::DeleteFromPrimitiveList { .. }), "{err}");
    }

    #[test]
    fn schemaless_merges_maps_and_replaces_lists() {
        let original = json!({"spec": {"a": 1, "m": {"x": 1, "y": 2}, "l": [1, 2, 3], "gone": true}});
        let patch = json!({"spec": {"m": {"y": null, "z": 3}, "l": [4], "gone": null,
            "n": {"$patch": "replace", "k": "v"}, "o": {"k": null, "v": 1}}});
        let merged = apply(&original, &patch, None).unwrap();
        assert_eq!(merged, json!({"spec": {"a": 1, "m": {"x": 1, "z": 3}, "l": [4], "o": {"v": 1}}}));
        let deleted = apply(&original, &json!({"spec": {"m": {"$patch": "delete"}}}), None).unwrap();
        assert_eq!(deleted["spec"]["m"], json!({}));
    }

    #[test]
    fn numbers_compare_as_upstream_floats() {
        assert!(json_eq(&json!(80), &json!(80.0)));
        assert!(!json_eq(&json!(80), &json!("80")));
    }
}
