//! Schema-aware walks over JSON objects: field sets, merging, comparing and removing.
//!
//! These follow structured-merge-diff's `typed` package: structs and granular maps are walked field by
//! field, associative lists (`x-kubernetes-list-type: map` or `set`) item by item, and everything else
//! (scalars, atomic maps and lists) is a leaf owned and replaced as a whole. Where the schema says nothing
//! (no schema, `x-kubernetes-preserve-unknown-fields`, a free-form `type: object`), the value decides:
//! objects are granular maps and lists are atomic, as upstream's "deduced" type does.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use serde_json::{Map, Value};

use super::fieldset::{path_string, value_eq, FieldSet, Path, PathElement};
use super::SsaError;
use crate::{ListType, Schema};

/// A schema point, or none where the schema is silent.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Ty<'a>(pub(crate) Option<Schema<'a>>);

/// How a list's items are identified.
#[derive(Debug, Clone, PartialEq)]
enum ListKind {
    Atomic,
    Set,
    Map(Vec<String>),
}

/// What a value is, once schema and value are taken together.
#[derive(Debug, Clone, PartialEq)]
enum Node {
    Scalar,
    Map { atomic: bool },
    List(ListKind),
}

impl<'a> Ty<'a> {
    fn field(&self, name: &str) -> Ty<'a> {
        Ty(self.0.and_then(|s| s.field(name)))
    }

    fn items(&self) -> Ty<'a> {
        Ty(self.0.and_then(|s| s.items()))
    }

    /// True for a field the struct declares, as opposed to a key of a map or an unknown field.
    fn is_named_field(&self, name: &str) -> bool {
        self.0.is_some_and(|s| s.json().get("properties").and_then(|p| p.get(name)).is_some())
    }

    /// The child type a path element leads to.
    fn child(&self, pe: &PathElement) -> Ty<'a> {
        match pe {
            PathElement::Field(name) => self.field(name),
            PathElement::Key(_) => self.items(),
            // Set items are scalars and atomic-list items are never walked into.
            PathElement::Value(_) | PathElement::Index(_) => Ty(None),
        }
    }

    fn node(&self, v: &Value) -> Node {
        let deduced = || match v {
            Value::Object(_) => Node::Map { atomic: false },
            Value::Array(_) => Node::List(ListKind::Atomic),
            _ => Node::Scalar,
        };
        let Some(s) = self.0 else { return deduced() };
        if s.is_list() {
            if !(v.is_array() || v.is_null()) {
                return Node::Scalar;
            }
            return Node::List(match s.list_type() {
                ListType::Atomic => ListKind::Atomic,
                ListType::Set => ListKind::Set,
                // An associative list without keys identifies its items by value, like a set.
                ListType::Map(keys) if keys.is_empty() => ListKind::Set,
                ListType::Map(keys) => ListKind::Map(keys),
            });
        }
        if s.is_struct() || s.is_map() {
            if !(v.is_object() || v.is_null()) {
                return Node::Scalar;
            }
            return Node::Map { atomic: s.is_atomic_map() };
        }
        let types = s.types();
        if types.is_empty() || types.contains(&"object") || s.preserves_unknown_fields() {
            return deduced();
        }
        Node::Scalar
    }

    /// The node kind for a pair of values; when they disagree (a map replaced by a string) the pair is a leaf.
    fn node_of_pair(&self, lhs: Option<&Value>, rhs: Option<&Value>) -> Node {
        match (lhs, rhs) {
            (Some(l), Some(r)) => {
                let (nl, nr) = (self.node(l), self.node(r));
                if nl == nr || l.is_null() {
                    nr
                } else if r.is_null() {
                    nl
                } else {
                    Node::Scalar
                }
            }
            (Some(v), None) | (None, Some(v)) => self.node(v),
            (None, None) => Node::Scalar,
        }
    }

    /// The path element that identifies `item` in a list of this kind.
    fn item_element(&self, kind: &ListKind, item: &Value, index: usize, path: &Path) -> Result<PathElement, SsaError> {
        let fail = |why: String| SsaError::Invalid(format!("{}: element {index}: {why}", path_string(path)));
        match kind {
            ListKind::Atomic => Ok(PathElement::Index(index)),
            ListKind::Set => match item {
                Value::Object(_) | Value::Array(_) => {
                    Err(fail("associative list without keys has an element that's a map type".into()))
                }
                v => Ok(PathElement::Value(v.clone())),
            },
            ListKind::Map(keys) => {
                let Value::Object(fields) = item else {
                    return Err(fail("associative list with keys has an element that is not a map".into()));
                };
                let items = self.items();
                let mut key = Vec::with_capacity(keys.len());
                for name in keys {
                    let value = match fields.get(name) {
                        Some(v) => v.clone(),
                        None => key_default(items, name).ok_or_else(|| {
                            fail(format!(
                                "associative list with keys has an element that omits key field {:?} (and doesn't have default value)",
                                name
                            ))
                        })?,
                    };
                    key.push((name.clone(), value));
                }
                key.sort_by(|a, b| a.0.cmp(&b.0));
                Ok(PathElement::Key(key))
            }
        }
    }
}

/// The value an absent key field stands for. Upstream reads the OpenAPI `default`; the vendored definitions
/// lack defaults, and `protocol` (ports of containers, services, endpoints) is the one built-in key that has
/// one, `"TCP"`.
fn key_default(items: Ty<'_>, name: &str) -> Option<Value> {
    let field = items.field(name);
    if let Some(d) = field.0.and_then(|s| s.json().get("default")) {
        return Some(d.clone());
    }
    (name == "protocol" && items.is_named_field(name)).then(|| Value::String("TCP".into()))
}

fn empty_or_null_map(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => true,
        Some(Value::Object(m)) => m.is_empty(),
        Some(_) => false,
    }
}

fn empty_or_null_list(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => true,
        Some(Value::Array(a)) => a.is_empty(),
        Some(_) => false,
    }
}

/// The paths a value sets: what an applier comes to own (structured-merge-diff `ToFieldSet`).
pub(crate) fn to_field_set(v: &Value, ty: Ty<'_>) -> Result<FieldSet, SsaError> {
    let mut set = FieldSet::new();
    walk_field_set(v, ty, &mut Vec::new(), &mut set)?;
    Ok(set)
}

fn walk_field_set(v: &Value, ty: Ty<'_>, path: &mut Path, set: &mut FieldSet) -> Result<(), SsaError> {
    match ty.node(v) {
        Node::Scalar | Node::Map { atomic: true } | Node::List(ListKind::Atomic) => set.insert(path),
        Node::Map { atomic: false } => {
            let Value::Object(map) = v else { return Ok(()) };
            for (k, child) in map {
                path.push(PathElement::Field(k.clone()));
                walk_field_set(child, ty.field(k), path, set)?;
                // A named field is owned through its leaves; an empty one, a null, or a map key is owned itself.
                let empty = child.is_null() || child.as_object().is_some_and(Map::is_empty);
                if empty || !ty.is_named_field(k) {
                    set.insert(path);
                }
                path.pop();
            }
        }
        Node::List(kind) => {
            let Value::Array(items) = v else { return Ok(()) };
            let mut pes = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                pes.push(ty.item_element(&kind, item, i, path)?);
            }
            let mut seen = BTreeSet::new();
            let mut duplicates = BTreeSet::new();
            for pe in &pes {
                if !seen.insert(pe) && duplicates.insert(pe) {
                    // A duplicated item is owned as a whole: nobody can own a part of an ambiguous item.
                    path.push(pe.clone());
                    set.insert(path);
                    path.pop();
                }
            }
            for (item, pe) in items.iter().zip(&pes) {
                if duplicates.contains(pe) {
                    continue;
                }
                path.push(pe.clone());
                walk_field_set(item, ty.items(), path, set)?;
                set.insert(path);
                path.pop();
            }
        }
    }
    Ok(())
}

/// Merges an applied configuration into a live object: the configuration wins at leaves, structs and
/// granular maps merge key by key, associative lists item by item (structured-merge-diff `Merge`).
pub(crate) fn merge(lhs: Option<&Value>, rhs: Option<&Value>, ty: Ty<'_>) -> Result<Option<Value>, SsaError> {
    merge_at(lhs, rhs, ty, &mut Vec::new())
}

fn merge_at(lhs: Option<&Value>, rhs: Option<&Value>, ty: Ty<'_>, path: &mut Path) -> Result<Option<Value>, SsaError> {
    let leaf = || rhs.or(lhs).cloned();
    match ty.node_of_pair(lhs, rhs) {
        Node::Scalar | Node::Map { atomic: true } | Node::List(ListKind::Atomic) => Ok(leaf()),
        Node::Map { atomic: false } => {
            if empty_or_null_map(lhs) && empty_or_null_map(rhs) {
                // Kept as a leaf so that `{}` and `null` stay distinct.
                return Ok(leaf());
            }
            let (lm, rm) = (lhs.and_then(Value::as_object), rhs.and_then(Value::as_object));
            let mut out = Map::new();
            let keys = lm.into_iter().flat_map(|m| m.keys()).chain(rm.into_iter().flat_map(|m| m.keys()));
            for k in keys {
                if out.contains_key(k) {
                    continue;
                }
                path.push(PathElement::Field(k.clone()));
                let merged = merge_at(lm.and_then(|m| m.get(k)), rm.and_then(|m| m.get(k)), ty.field(k), path)?;
                path.pop();
                if let Some(v) = merged {
                    out.insert(k.clone(), v);
                }
            }
            Ok((!out.is_empty()).then_some(Value::Object(out)))
        }
        Node::List(kind) => {
            if empty_or_null_list(lhs) && empty_or_null_list(rhs) {
                return Ok(leaf());
            }
            let none: &[Value] = &[];
            let ll = lhs.and_then(Value::as_array).map_or(none, Vec::as_slice);
            let rl = rhs.and_then(Value::as_array).map_or(none, Vec::as_slice);
            let out = merge_list(ll, rl, &kind, ty, path)?;
            Ok((!out.is_empty()).then_some(Value::Array(out)))
        }
    }
}

/// Merges associative lists, keeping live items in place and placing applied items in the applied order
/// relative to each other (structured-merge-diff `visitListItems`).
fn merge_list(
    lhs: &[Value],
    rhs: &[Value],
    kind: &ListKind,
    ty: Ty<'_>,
    path: &mut Path,
) -> Result<Vec<Value>, SsaError> {
    let mut rpes = Vec::with_capacity(rhs.len());
    let mut rindex: BTreeMap<PathElement, usize> = BTreeMap::new();
    for (i, item) in rhs.iter().enumerate() {
        let pe = ty.item_element(kind, item, i, path)?;
        if rindex.insert(pe.clone(), i).is_some() {
            return Err(SsaError::Invalid(format!("{}: duplicate entries for key {pe}", path_string(path))));
        }
        rpes.push(pe);
    }
    let mut lpes = Vec::with_capacity(lhs.len());
    // `None` marks a key the live list holds more than once: such items merge as if absent.
    let mut lindex: BTreeMap<PathElement, Option<usize>> = BTreeMap::new();
    for (i, item) in lhs.iter().enumerate() {
        let pe = ty.item_element(kind, item, i, path)?;
        lindex.entry(pe.clone()).and_modify(|e| *e = None).or_insert(Some(i));
        lpes.push(pe);
    }
    let mut shared: VecDeque<&PathElement> = rpes.iter().filter(|pe| lindex.contains_key(*pe)).collect();
    let mut next_shared = shared.pop_front();
    let mut merged_rhs: BTreeSet<&PathElement> = BTreeSet::new();
    let mut out = Vec::with_capacity(lhs.len().max(rhs.len()));
    let items = ty.items();
    let mut merge_item = |pe: &PathElement, l: Option<&Value>, r: Option<&Value>, out: &mut Vec<Value>| {
        path.push(pe.clone());
        let merged = merge_at(l, r, items, path);
        path.pop();
        merged.map(|m| out.extend(m))
    };
    let live = |pe: &PathElement| lindex.get(pe).copied().flatten().map(|i| &lhs[i]);
    let (mut li, mut ri) = (0, 0);
    while li < lpes.len() || ri < rpes.len() {
        if li < lpes.len() && ri < rpes.len() {
            let pe = &lpes[li];
            if *pe == rpes[ri] {
                merged_rhs.insert(pe);
                merge_item(pe, live(pe), Some(&rhs[ri]), &mut out)?;
                li += 1;
                ri += 1;
                next_shared = shared.pop_front();
                continue;
            }
            // A live item the configuration places later waits for its turn in the configuration's order.
            if rindex.contains_key(pe) && next_shared.is_some_and(|n| n != pe) {
                li += 1;
                continue;
            }
        }
        if li < lpes.len() {
            let pe = &lpes[li];
            if !rindex.contains_key(pe) {
                merge_item(pe, Some(&lhs[li]), None, &mut out)?;
                li += 1;
                continue;
            } else if merged_rhs.contains(pe) {
                li += 1;
            }
        }
        if ri < rpes.len() {
            let pe = &rpes[ri];
            merged_rhs.insert(pe);
            merge_item(pe, live(pe), Some(&rhs[ri]), &mut out)?;
            ri += 1;
            if next_shared == Some(pe) {
                next_shared = shared.pop_front();
            }
        }
    }
    Ok(out)
}

/// The difference between two versions of an object, as sets of paths.
#[derive(Debug, Default)]
pub(crate) struct Comparison {
    pub(crate) added: FieldSet,
    pub(crate) modified: FieldSet,
    pub(crate) removed: FieldSet,
}

impl Comparison {
    /// Takes ignored (reset) fields and everything below them out of the comparison.
    pub(crate) fn exclude(self, ignored: &FieldSet) -> Comparison {
        Comparison {
            added: self.added.recursive_difference(ignored),
            modified: self.modified.recursive_difference(ignored),
            removed: self.removed.recursive_difference(ignored),
        }
    }
}

/// Compares two versions of an object (structured-merge-diff `Compare`). A granular node that appears or
/// disappears is itself added or removed, together with everything below it.
pub(crate) fn compare(lhs: &Value, rhs: &Value, ty: Ty<'_>) -> Result<Comparison, SsaError> {
    let mut cmp = Comparison::default();
    compare_at(Some(lhs), Some(rhs), ty, &mut Vec::new(), &mut cmp)?;
    Ok(cmp)
}

fn compare_at(
    lhs: Option<&Value>,
    rhs: Option<&Value>,
    ty: Ty<'_>,
    path: &mut Path,
    cmp: &mut Comparison,
) -> Result<(), SsaError> {
    let is_leaf = match ty.node_of_pair(lhs, rhs) {
        Node::Scalar | Node::Map { atomic: true } | Node::List(ListKind::Atomic) => true,
        Node::Map { atomic: false } => {
            if empty_or_null_map(lhs) && empty_or_null_map(rhs) {
                true
            } else {
                let (lm, rm) = (lhs.and_then(Value::as_object), rhs.and_then(Value::as_object));
                let mut seen = BTreeSet::new();
                let keys = lm.into_iter().flat_map(|m| m.keys()).chain(rm.into_iter().flat_map(|m| m.keys()));
                for k in keys {
                    if !seen.insert(k) {
                        continue;
                    }
                    path.push(PathElement::Field(k.clone()));
                    compare_at(lm.and_then(|m| m.get(k)), rm.and_then(|m| m.get(k)), ty.field(k), path, cmp)?;
                    path.pop();
                }
                false
            }
        }
        Node::List(kind) => {
            if empty_or_null_list(lhs) && empty_or_null_list(rhs) {
                true
            } else {
                compare_list(lhs.and_then(Value::as_array), rhs.and_then(Value::as_array), &kind, ty, path, cmp)?;
                false
            }
        }
    };
    match (lhs, rhs) {
        (None, Some(_)) => cmp.added.insert(path),
        (Some(_), None) => cmp.removed.insert(path),
        (Some(l), Some(r)) if is_leaf && !value_eq(l, r) => cmp.modified.insert(path),
        _ => {}
    }
    Ok(())
}

fn compare_list(
    lhs: Option<&Vec<Value>>,
    rhs: Option<&Vec<Value>>,
    kind: &ListKind,
    ty: Ty<'_>,
    path: &mut Path,
    cmp: &mut Comparison,
) -> Result<(), SsaError> {
    let mut order: Vec<PathElement> = Vec::new();
    let mut groups: BTreeMap<PathElement, (Vec<&Value>, Vec<&Value>)> = BTreeMap::new();
    for (side, list) in [(0, lhs), (1, rhs)] {
        for (i, item) in list.into_iter().flatten().enumerate() {
            let pe = ty.item_element(kind, item, i, path)?;
            let group = groups.entry(pe.clone()).or_insert_with(|| {
                order.push(pe);
                (Vec::new(), Vec::new())
            });
            if side == 0 {
                group.0.push(item)
            } else {
                group.1.push(item)
            }
        }
    }
    for pe in order {
        let Some((l, r)) = groups.get(&pe) else { continue };
        path.push(pe);
        match (l.len(), r.len()) {
            (0..=1, 0..=1) => compare_at(l.first().copied(), r.first().copied(), ty.items(), path, cmp)?,
            (2.., 2..) => {
                if l.len() != r.len() || l.iter().zip(r).any(|(a, b)| !value_eq(a, b)) {
                    cmp.modified.insert(path);
                }
            }
            (2.., n) => {
                if n == 1 {
                    compare_at(None, r.first().copied(), ty.items(), path, cmp)?;
                }
                cmp.removed.insert(path);
            }
            (n, _) => {
                if n == 1 {
                    compare_at(l.first().copied(), None, ty.items(), path, cmp)?;
                }
                cmp.added.insert(path);
            }
        }
        path.pop();
    }
    Ok(())
}

/// The value with every path in `set` removed (structured-merge-diff `RemoveItems`). A map or list left
/// empty by the removal disappears with it.
pub(crate) fn remove_items(v: &Value, set: &FieldSet, ty: Ty<'_>) -> Option<Value> {
    remove_at(v, set, ty, &mut Vec::new())
}

fn remove_at(v: &Value, set: &FieldSet, ty: Ty<'_>, path: &mut Path) -> Option<Value> {
    match (ty.node(v), v) {
        (Node::Map { atomic: false }, Value::Object(map)) if !map.is_empty() => {
            let mut out = Map::new();
            for (k, child) in map {
                let pe = PathElement::Field(k.clone());
                if set.has_member(&pe) {
                    continue;
                }
                let kept = match set.child(&pe) {
                    Some(below) => {
                        path.push(pe);
                        let kept = remove_at(child, below, ty.field(k), path);
                        path.pop();
                        kept
                    }
                    None => Some(child.clone()),
                };
                if let Some(kept) = kept {
                    out.insert(k.clone(), kept);
                }
            }
            (!out.is_empty()).then_some(Value::Object(out))
        }
        (Node::List(kind), Value::Array(items)) if kind != ListKind::Atomic && !items.is_empty() => {
            let mut out = Vec::with_capacity(items.len());
            for (i, item) in items.iter().enumerate() {
                let Ok(pe) = ty.item_element(&kind, item, i, path) else {
                    out.push(item.clone());
                    continue;
                };
                if set.has_member(&pe) {
                    continue;
                }
                match set.child(&pe) {
                    Some(below) => {
                        path.push(pe);
                        out.extend(remove_at(item, below, ty.items(), path));
                        path.pop();
                    }
                    None => out.push(item.clone()),
                }
            }
            (!out.is_empty()).then_some(Value::Array(out))
        }
        _ => Some(v.clone()),
    }
}

/// The set plus every named struct field on the way to its paths: owning `spec.replicas` implies owning
/// `spec` when pruning, but owning `metadata.labels.app` does not imply owning a label map's other keys.
pub(crate) fn ensure_named_fields_are_members(set: &FieldSet, ty: Ty<'_>) -> FieldSet {
    let mut out = FieldSet::new();
    for pe in set.members() {
        out.insert_member(pe.clone());
    }
    for (pe, child) in set.children() {
        if let PathElement::Field(name) = pe {
            if ty.is_named_field(name) {
                out.insert_member(pe.clone());
            }
        }
        out.set_child(pe.clone(), ensure_named_fields_are_members(child, ty.child(pe)));
    }
    out
}

/// Adds the fields Go's typed objects always carry, so that comparing two built-in objects sees what
/// kube-apiserver sees after decoding them: `metadata`, `spec` and `status` structs exist even when empty,
/// required structs are `{}` and other required fields are `null`. This decides whether a struct counts as
/// added (and so owned with a `"."`) by the write that first fills it.
pub(crate) fn fill_zero_fields(v: &mut Value, ty: Ty<'_>) {
    let Some(s) = ty.0 else { return };
    let Value::Object(map) = v else { return };
    let Some(Value::Object(props)) = s.json().get("properties") else { return };
    let required: Vec<&str> =
        s.json().get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
    for name in props.keys() {
        let field = ty.field(name);
        let is_struct = field.0.is_some_and(|f| f.is_struct());
        match map.get_mut(name) {
            Some(child) if is_struct => fill_zero_fields(child, field),
            Some(_) => {}
            None if is_struct
                && (required.contains(&name.as_str()) || matches!(name.as_str(), "metadata" | "spec" | "status")) =>
            {
                let mut zero = Value::Object(Map::new());
                fill_zero_fields(&mut zero, field);
                map.insert(name.clone(), zero);
            }
            None if required.contains(&name.as_str()) => {
                map.insert(name.clone(), Value::Null);
            }
            None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Definitions, Gvk};
    use serde_json::json;

    fn deployment() -> Ty<'static> {
        Ty(Definitions::k8s_1_33().schema_for(&Gvk::new("apps", "v1", "Deployment")))
    }

    #[test]
    fn field_set_of_a_deployment() {
        let d = json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "x", "labels": {"app": "x"}},
            "spec": {"selector": {"matchLabels": {"app": "x"}}, "template": {"spec": {"containers": [
                {"name": "c", "image": "i", "ports": [{"containerPort": 80}], "args": ["a"]}]}}}});
        let set = to_field_set(&d, deployment()).unwrap();
        assert_eq!(
            set.to_fields_v1(),
            json!({"f:apiVersion": {}, "f:kind": {}, "f:metadata": {"f:labels": {"f:app": {}}, "f:name": {}},
                "f:spec": {"f:selector": {}, "f:template": {"f:spec": {"f:containers": {"k:{\"name\":\"c\"}": {
                    ".": {}, "f:args": {}, "f:image": {}, "f:name": {},
                    "f:ports": {"k:{\"containerPort\":80,\"protocol\":\"TCP\"}": {".": {}, "f:containerPort": {}}}}}}}}})
        );
    }

    #[test]
    fn merge_keeps_live_order_and_appends() {
        let ty = deployment().child(&PathElement::Field("spec".into()));
        let live =
            json!({"template": {"spec": {"containers": [{"name": "a", "image": "1"}, {"name": "b", "image": "2"}]}}});
        let cfg =
            json!({"template": {"spec": {"containers": [{"name": "b", "image": "3"}, {"name": "c", "image": "4"}]}}});
        let merged = merge(Some(&live), Some(&cfg), ty).unwrap().unwrap();
        assert_eq!(
            merged["template"]["spec"]["containers"],
            json!([{"name": "a", "image": "1"}, {"name": "b", "image": "3"}, {"name": "c", "image": "4"}])
        );
    }

    #[test]
    fn compare_marks_new_granular_nodes() {
        let cmp = compare(&json!({"a": 1}), &json!({"a": 2, "b": {"c": 1}}), Ty(None)).unwrap();
        assert_eq!(cmp.modified.to_fields_v1(), json!({"f:a": {}}));
        assert_eq!(cmp.added.to_fields_v1(), json!({"f:b": {".": {}, "f:c": {}}}));
        assert!(cmp.removed.is_empty());
    }

    #[test]
    fn remove_drops_emptied_maps() {
        let set = FieldSet::from_fields_v1(&json!({"f:a": {"f:b": {}}, "f:c": {}})).unwrap();
        let out = remove_items(&json!({"a": {"b": 1}, "c": 2, "d": 3}), &set, Ty(None)).unwrap();
        assert_eq!(out, json!({"d": 3}));
    }

    #[test]
    fn duplicate_applied_keys_are_invalid() {
        let ty = deployment();
        let cfg = json!({"spec": {"template": {"spec": {"containers": [{"name": "a"}, {"name": "a"}]}}}});
        let err = merge(Some(&json!({})), Some(&cfg), ty).unwrap_err();
        assert!(err.to_string().contains("duplicate entries for key [name=\"a\"]"), "{err}");
    }
}
