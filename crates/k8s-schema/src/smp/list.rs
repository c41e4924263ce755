//! Lists: merging by key or as a set of scalars, the list directives, and the order of the result.
//!
//! The order rules are upstream's (`normalizeElementOrder`): items named by the patch (or by
//! `$setElementOrder`) follow the patch's order; items only the original has keep their original order;
//! the two sequences interleave by the original's positions, a new item going before any server-only
//! item not known to precede it.

use std::collections::VecDeque;

use serde_json::{Map, Value};

use super::{
    json_eq, lookup, merge_map, remove_directives, split_directive_key, strip, strip_map, type_name, FieldMeta,
    SmpError, Strategy, PATCH_DIRECTIVE, SET_ELEMENT_ORDER,
};
use crate::Schema;

/// What a list holds, as far as merging cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Elements {
    Maps,
    Scalars,
}

/// Merges a patch list into the original list (upstream's `mergeSliceHandler` and `mergeSlice`).
/// `delete_list` marks the values of `$deleteFromPrimitiveList/<list>`.
pub(super) fn merge_list(
    original: Vec<Value>,
    patch: Vec<Value>,
    meta: FieldMeta<'_>,
    delete_list: bool,
    path: &str,
) -> Result<Vec<Value>, SmpError> {
    // Deletion lists remove values whatever the list's strategy; other lists without `merge` are replaced.
    if meta.strategy != Strategy::Merge && !delete_list {
        return Ok(patch.into_iter().map(strip).collect());
    }
    if original.is_empty() && patch.is_empty() {
        return Ok(original);
    }
    match elements(&original, &patch, path)? {
        Some(Elements::Maps) => {
            let Some(key) = meta.merge_key else { return Err(SmpError::NoMergeKey { path: path.to_string() }) };
            let (original, patch) = apply_item_directives(original, patch, key, path)?;
            let merged = merge_items(original.clone(), patch.clone(), key, meta.schema, path)?;
            order_merged(merged, &patch, &original, Some(key), path)
        }
        _ if delete_list => Ok(original.into_iter().filter(|o| !patch.iter().any(|p| json_eq(o, p))).collect()),
        _ => {
            // A set union; where each value lands is decided by `order_merged`.
            let mut merged: Vec<Value> = Vec::with_capacity(original.len() + patch.len());
            for value in original.iter().chain(&patch) {
                if !merged.iter().any(|m| json_eq(m, value)) {
                    merged.push(value.clone());
                }
            }
            order_merged(merged, &patch, &original, None, path)
        }
    }
}

/// Applies `$patch` list elements: `{"$patch": "delete", <key>: v}` removes the items keyed `v` from the
/// original, `{"$patch": "replace"}` makes the rest of the patch the whole list. Returns the original
/// and the patch items left to merge.
fn apply_item_directives(
    mut original: Vec<Value>,
    patch: Vec<Value>,
    key: &str,
    path: &str,
) -> Result<(Vec<Value>, Vec<Value>), SmpError> {
    let mut rest = Vec::with_capacity(patch.len());
    let mut replace = false;
    for item in patch {
        let Some(directive) = item.get(PATCH_DIRECTIVE) else {
            rest.push(item);
            continue;
        };
        match directive.as_str() {
            Some("delete") => {
                let Some(doomed) = item.get(key) else {
                    return Err(SmpError::MissingMergeKey { path: path.to_string(), key: key.to_string() });
                };
                original.retain(|o| !o.get(key).is_some_and(|v| json_eq(v, doomed)));
            }
            // Keep going: the other directives must still be valid and leave the list.
            Some("replace") => replace = true,
            Some("merge") => return Err(SmpError::MergeDirectiveInList { path: path.to_string() }),
            _ => {
                return Err(SmpError::UnknownPatchType {
                    path: path.to_string(),
                    directive: super::directive_text(directive),
                })
            }
        }
    }
    if replace {
        return Ok((rest.into_iter().map(strip).collect(), Vec::new()));
    }
    Ok((original, rest))
}

/// Merges each patch item into the original item with the same key, or appends it.
fn merge_items(
    mut original: Vec<Value>,
    patch: Vec<Value>,
    key: &str,
    schema: Option<Schema<'_>>,
    path: &str,
) -> Result<Vec<Value>, SmpError> {
    for item in patch {
        let Value::Object(item) = item else {
            return Err(SmpError::WrongType { path: path.to_string(), expected: "a map", found: type_name(&item) });
        };
        let Some(wanted) = item.get(key).cloned() else {
            return Err(SmpError::MissingMergeKey { path: path.to_string(), key: key.to_string() });
        };
        match original.iter().position(|o| o.get(key).is_some_and(|v| json_eq(v, &wanted))) {
            Some(at) => {
                let Value::Object(live) = original[at].take() else {
                    // `elements` saw only maps in the original; kept as an error rather than a panic.
                    return Err(SmpError::MixedList { path: path.to_string() });
                };
                let item_path = format!("{path}[{key}={wanted}]");
                original[at] = Value::Object(merge_map(live, item, schema, &item_path)?);
            }
            None => original.push(Value::Object(strip_map(item))),
        }
    }
    Ok(original)
}

/// Applies `$setElementOrder/<field>` (upstream's `mergePatchIntoOriginal`): merges the patch's
/// `<field>` list into the original's, orders the result, and takes `<field>` out of the patch.
pub(super) fn apply_element_order(
    original: &mut Map<String, Value>,
    patch: &mut Map<String, Value>,
    directive_key: &str,
    order: Value,
    schema: Option<Schema<'_>>,
    path: &str,
) -> Result<(), SmpError> {
    let Value::Array(order) = order else {
        return Err(SmpError::SetElementOrder {
            path: path.to_string(),
            reason: format!("{directive_key:?} is {}, not a list", type_name(&order)),
        });
    };
    let Some(field) = split_directive_key(directive_key, SET_ELEMENT_ORDER) else {
        return Err(SmpError::SetElementOrder {
            path: path.to_string(),
            reason: format!("{directive_key:?} is not {SET_ELEMENT_ORDER}/<list>"),
        });
    };
    let list_path = super::field_path(path, field);
    let original_list = match original.get(field) {
        None => None,
        Some(Value::Array(items)) => Some(items.clone()),
        Some(other) => {
            return Err(SmpError::WrongType { path: list_path, expected: "a list", found: type_name(other) });
        }
    };
    let patch_list = match patch.remove(field) {
        None => None,
        Some(Value::Array(items)) => Some(items),
        Some(other) => {
            return Err(SmpError::WrongType { path: list_path, expected: "a list", found: type_name(&other) });
        }
    };
    let meta = lookup(schema, field, path, true)?;
    validate_order(patch_list.as_deref().unwrap_or_default(), &order, meta.merge_key, &list_path)?;
    if original_list.is_none() && patch_list.is_none() {
        return Ok(());
    }
    let server_order = original_list.clone().unwrap_or_default();
    let kind = elements(&server_order, patch_list.as_deref().unwrap_or_default(), &list_path)?
        .ok_or_else(|| SmpError::EmptyList { path: list_path.clone() })?;
    let merged = match (original_list, patch_list) {
        (Some(live), None) => live,
        (None, Some(added)) => added.into_iter().filter_map(remove_directives).collect(),
        (Some(live), Some(patched)) => merge_list(live, patched, meta, false, &list_path)?,
        (None, None) => return Ok(()),
    };
    // Lists of maps without a merge key (schemaless ones) are ordered by whole items.
    let key = if kind == Elements::Maps { meta.merge_key } else { None };
    let ordered = order_merged(merged, &order, &server_order, key, &list_path)?;
    original.insert(field.to_string(), Value::Array(ordered));
    Ok(())
}

/// Checks that the patch list names its items in the order `$setElementOrder` does, and names no other
/// (upstream's `validatePatchWithSetOrderList`). Directive items are exempt.
fn validate_order(patch: &[Value], order: &[Value], key: Option<&str>, path: &str) -> Result<(), SmpError> {
    if patch.is_empty() || order.is_empty() {
        return Ok(());
    }
    let mut named = Vec::with_capacity(patch.len());
    for item in patch {
        if key.is_some() && !item.is_object() {
            return Err(SmpError::WrongType { path: path.to_string(), expected: "a map", found: type_name(item) });
        }
        if key.is_none() || item.get(PATCH_DIRECTIVE).and_then(Value::as_str) != Some("delete") {
            named.push(item);
        }
    }
    let (mut at_patch, mut at_order) = (0, 0);
    while at_patch < named.len() && at_order < order.len() {
        if named[at_patch].get(PATCH_DIRECTIVE).is_some() {
            at_patch += 1;
            continue;
        }
        if same_key(named[at_patch], &order[at_order], key, path)? {
            at_patch += 1;
        }
        at_order += 1;
    }
    if at_patch < named.len() {
        return Err(SmpError::SetElementOrder {
            path: path.to_string(),
            reason: "the patch list has items it does not name, or names them in another order".to_string(),
        });
    }
    Ok(())
}

/// Whether two items are the same list entry: by merge key for maps, by value for scalars.
fn same_key(left: &Value, right: &Value, key: Option<&str>, path: &str) -> Result<bool, SmpError> {
    let Some(key) = key else { return Ok(json_eq(left, right)) };
    let key_of = |item: &Value| match item {
        Value::Object(map) => map.get(key).cloned().ok_or_else(|| item_error(item, key, path)),
        other => Err(item_error(other, key, path)),
    };
    Ok(json_eq(&key_of(left)?, &key_of(right)?))
}

/// The kind of elements of two lists together; `None` when both are empty.
fn elements(first: &[Value], second: &[Value], path: &str) -> Result<Option<Elements>, SmpError> {
    let mut items = first.iter().chain(second);
    let Some(head) = items.next() else { return Ok(None) };
    if head.is_array() {
        return Err(SmpError::ListOfLists { path: path.to_string() });
    }
    if items.any(|item| type_name(item) != type_name(head)) {
        return Err(SmpError::MixedList { path: path.to_string() });
    }
    Ok(Some(if head.is_object() { Elements::Maps } else { Elements::Scalars }))
}

/// Orders a merged list: the items `patch_order` names, in its order, interleaved with the others in
/// `server_order`'s order.
fn order_merged(
    merged: Vec<Value>,
    patch_order: &[Value],
    server_order: &[Value],
    key: Option<&str>,
    path: &str,
) -> Result<Vec<Value>, SmpError> {
    if let (Some(_), Some(bad)) = (key, patch_order.iter().find(|o| !o.is_object())) {
        if !merged.is_empty() {
            return Err(SmpError::WrongType { path: path.to_string(), expected: "a map", found: type_name(bad) });
        }
    }
    let mut named = Vec::with_capacity(merged.len());
    let mut server_only = Vec::new();
    for item in merged {
        if let Some(key) = key {
            if !item.as_object().is_some_and(|m| m.contains_key(key)) {
                return Err(item_error(&item, key, path));
            }
        }
        if index(patch_order, &item, key).is_some() {
            named.push(item);
        } else {
            server_only.push(item);
        }
    }
    let named = sort_by(named, patch_order, key, path)?;
    let server_only = sort_by(server_only, server_order, key, path)?;
    Ok(interleave(server_only, named, server_order, key))
}

fn item_error(item: &Value, key: &str, path: &str) -> SmpError {
    if item.is_object() {
        SmpError::MissingMergeKey { path: path.to_string(), key: key.to_string() }
    } else {
        SmpError::WrongType { path: path.to_string(), expected: "a map", found: type_name(item) }
    }
}

/// Sorts items by their position in `order` (upstream's `normalizeSliceOrder`), `$patch: delete` items last.
fn sort_by(items: Vec<Value>, order: &[Value], key: Option<&str>, path: &str) -> Result<Vec<Value>, SmpError> {
    let mut doomed = Vec::new();
    let mut ranked = Vec::with_capacity(items.len());
    if let Some(key) = key {
        for item in items.iter().chain(order) {
            if !item.as_object().is_some_and(|m| m.contains_key(key)) {
                return Err(item_error(item, key, path));
            }
        }
    }
    for item in items {
        if key.is_some() && item.get(PATCH_DIRECTIVE).and_then(Value::as_str) == Some("delete") {
            doomed.push(item);
        } else {
            ranked.push((index(order, &item, key), item));
        }
    }
    if ranked.iter().all(|(rank, _)| rank.is_some()) {
        ranked.sort_by_key(|(rank, _)| *rank);
    } else {
        // Upstream's comparator calls an item it cannot place "less" than anything, which Go's stable
        // sort (an insertion sort up to 20 items) turns into this; reproduced for exactness.
        for i in 1..ranked.len() {
            let mut j = i;
            while j > 0 && go_less(ranked[j].0, ranked[j - 1].0) {
                ranked.swap(j, j - 1);
                j -= 1;
            }
        }
    }
    Ok(ranked.into_iter().map(|(_, item)| item).chain(doomed).collect())
}

fn go_less(a: Option<usize>, b: Option<usize>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a < b,
        _ => true,
    }
}

/// Merges server-only items (`left`) into the patch's items (`right`), both already sorted: a left item
/// goes first only while the original places it before the right item at hand (upstream's `mergeSortedSlice`).
fn interleave(left: Vec<Value>, right: Vec<Value>, server_order: &[Value], key: Option<&str>) -> Vec<Value> {
    let mut out = Vec::with_capacity(left.len() + right.len());
    let mut left = VecDeque::from(left);
    let mut right = VecDeque::from(right);
    while let (Some(l), Some(r)) = (left.front(), right.front()) {
        let left_first = matches!(
            (index(server_order, l, key), index(server_order, r, key)),
            (Some(li), Some(ri)) if li < ri
        );
        let next = if left_first { left.pop_front() } else { right.pop_front() };
        out.extend(next);
    }
    out.extend(left);
    out.extend(right);
    out
}

/// The position of `item` in `list`, matching by merge key (maps) or by value (scalars).
fn index(list: &[Value], item: &Value, key: Option<&str>) -> Option<usize> {
    let wanted = identity(item, key);
    list.iter().position(|candidate| match (identity(candidate, key), wanted) {
        (Some(a), Some(b)) => json_eq(a, b),
        (None, None) => true,
        _ => false,
    })
}

/// What identifies a list entry: its merge key's value for maps, itself for scalars.
fn identity<'v>(item: &'v Value, key: Option<&str>) -> Option<&'v Value> {
    match key {
        Some(key) => item.get(key),
        None => Some(item),
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use crate::smp::{apply, SmpError};
    use crate::Schema;

    fn crd() -> serde_json::Value {
        json!({"type": "object", "properties": {"spec": {"type": "object", "properties": {
            "keyless": {"type": "array", "x-kubernetes-patch-strategy": "merge", "items": {"type": "object"}},
            "both": {"type": "array", "x-kubernetes-patch-strategy": "merge,replace", "items": {"type": "string"}},
            "items": {"type": "array", "x-kubernetes-patch-strategy": "merge", "x-kubernetes-patch-merge-key": "id",
                      "items": {"type": "object", "properties": {"id": {"type": "string"}, "v": {"type": "integer"}}}},
            "tags": {"type": "array", "x-kubernetes-patch-strategy": "merge", "items": {"type": "string"}}}}}})
    }

    fn run(original: serde_json::Value, patch: serde_json::Value) -> Result<serde_json::Value, SmpError> {
        let schema = crd();
        apply(&json!({"spec": original}), &json!({"spec": patch}), Some(Schema::inline(&schema)))
    }

    #[test]
    fn merge_without_key_is_an_error() {
        let err = run(json!({"keyless": [{"a": 1}]}), json!({"keyless": [{"a": 2}]})).unwrap_err();
        assert_eq!(err, SmpError::NoMergeKey { path: ".spec.keyless".into() });
    }

    #[test]
    fn conflicting_strategies_are_an_error() {
        let err = run(json!({"both": ["a"]}), json!({"both": ["b"]})).unwrap_err();
        assert!(matches!(err, SmpError::PatchStrategy { .. }), "{err}");
    }

    #[test]
    fn list_directive_errors() {
        let original = json!({"items": [{"id": "a", "v": 1}]});
        let err = run(original.clone(), json!({"items": [{"$patch": "merge"}]})).unwrap_err();
        assert_eq!(err, SmpError::MergeDirectiveInList { path: ".spec.items".into() });
        let err = run(original.clone(), json!({"items": [{"$patch": "delete"}]})).unwrap_err();
        assert_eq!(err, SmpError::MissingMergeKey { path: ".spec.items".into(), key: "id".into() });
        let err = run(original.clone(), json!({"items": [{"v": 2}]})).unwrap_err();
        assert!(matches!(err, SmpError::MissingMergeKey { .. }), "{err}");
        let err = run(original, json!({"items": [{"id": "b", "$patch": "nope"}]})).unwrap_err();
        assert_eq!(err.to_string(), "unknown patch type nope in the map at .spec.items");
    }

    #[test]
    fn element_type_errors() {
        let err = run(json!({"tags": ["a"]}), json!({"tags": [["b"]]})).unwrap_err();
        assert!(matches!(err, SmpError::MixedList { .. }), "{err}");
        let err = run(json!({"tags": [["a"]]}), json!({"tags": ["b"]})).unwrap_err();
        assert!(matches!(err, SmpError::ListOfLists { .. }), "{err}");
    }

    #[test]
    fn set_element_order_errors() {
        let original = json!({"tags": ["a", "b"]});
        let err = run(original.clone(), json!({"$setElementOrder/tags": "a"})).unwrap_err();
        assert!(matches!(err, SmpError::SetElementOrder { .. }), "{err}");
        let err = run(original.clone(), json!({"$setElementOrderX/tags": ["a"]})).unwrap_err();
        assert!(matches!(err, SmpError::SetElementOrder { .. }), "{err}");
        let err = run(original, json!({"$setElementOrder/tags": ["b", "a"], "tags": ["a", "b"]})).unwrap_err();
        assert!(matches!(err, SmpError::SetElementOrder { ref path, .. } if path == ".spec.tags"), "{err}");
        let err = run(json!({"tags": []}), json!({"$setElementOrder/tags": []})).unwrap_err();
        assert_eq!(err, SmpError::EmptyList { path: ".spec.tags".into() });
        let err = run(json!({"tags": "a"}), json!({"$setElementOrder/tags": ["a"]})).unwrap_err();
        assert!(matches!(err, SmpError::WrongType { expected: "a list", .. }), "{err}");
    }

    #[test]
    fn ordering_follows_the_patch_then_the_original() {
        let original = json!({"items": [{"id": "a"}, {"id": "b"}, {"id": "c"}], "tags": ["x", "y", "z"]});
        let merged = run(original, json!({"items": [{"id": "d"}, {"id": "a", "v": 1}], "tags": ["w", "x"]})).unwrap();
        assert_eq!(merged["spec"]["items"], json!([{"id": "d"}, {"id": "a", "v": 1}, {"id": "b"}, {"id": "c"}]));
        assert_eq!(merged["spec"]["tags"], json!(["w", "x", "y", "z"]));
    }

    #[test]
    fn copied_patch_content_carries_no_directives() {
        let original = json!({"items": [{"id": "a"}]});
        let patch = json!({"items": [
            {"id": "b", "$retainKeys": ["id"], "$setElementOrder/x": [], "sub": {"$patch": "replace", "k": null, "j": 1}}]});
        let merged = run(original.clone(), patch).unwrap();
        // New items go before the server-only ones, as upstream orders them.
        assert_eq!(merged["spec"]["items"], json!([{"id": "b", "sub": {"j": 1}}, {"id": "a"}]));
        let replaced =
            run(original, json!({"items": [{"$patch": "replace"}, {"id": "c", "x": {"$patch": "delete"}}]})).unwrap();
        assert_eq!(replaced["spec"]["items"], json!([{"id": "c", "x": {}}]));
    }

    #[test]
    fn numbers_match_keys_across_representations() {
        let pod = crate::Definitions::k8s_1_33().schema_for(&crate::Gvk::new("", "v1", "Pod"));
        let original = json!({"spec": {"containers": [{"name": "c", "ports": [{"containerPort": 80, "name": "a"}]}]}});
        let patch = json!({"spec": {"containers": [{"name": "c", "ports": [{"containerPort": 80.0, "name": "b"}]}]}});
        let merged = apply(&original, &patch, pod).unwrap();
        assert_eq!(merged["spec"]["containers"][0]["ports"].as_array().map(Vec::len), Some(1));
    }
}
