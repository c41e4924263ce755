//! Keyed lists in kustomize's strategic merge: how kyaml's walker rebuilds a list whose schema
//! says `merge`.
//!
//! Items are identified by the text of their key fields (one or several); for lists of scalars, by
//! their text. The rebuilt list starts with the items in the order their keys were first seen —
//! the patch's first, then the target's — each merged with its counterparts, and the target's items
//! are then set into it again one by one, replacing the items with the same key (with several
//! keys: removed and appended at the end). The set operation drops `null` and `{}` items on its
//! way, and an item that matches several others replaces them all; these are kyaml's rules, not
//! ours, and the fixtures pin them down.

use k8s_schema::Schema;
use yaml::node::Node;

use super::scalar::text;
use super::smp::{self, is_null, is_null_or_empty_map, Directive, Walked, Walker};

/// What the patch has for a keyed list.
pub(super) enum ListPatch {
    /// Nothing: the target's list is rebuilt on its own.
    Absent,
    /// Its own items.
    Items(Vec<Node>),
    /// The list being rebuilt is the patch's (the target had none, or the patch replaces it).
    Same,
}

/// The directive of a patch's list: the first mapping item with a `$patch` field and nothing
/// else. A known directive removes every such item (and, on the way, `null` and `{}` items).
pub(super) fn directive(items: &mut Vec<Node>) -> Result<Directive, String> {
    let marker = items.iter().find_map(|item| match item {
        Node::Map(m) => m.entries.iter().find(|(k, _)| k.value == "$patch").map(|(_, v)| (m.entries.len(), v)),
        _ => None,
    });
    let Some((fields, value)) = marker else { return Ok(Directive::Merge) };
    if fields > 1 {
        return Ok(Directive::Merge);
    }
    let value = text(value).to_string();
    let directive = match value.as_str() {
        "merge" => Directive::Merge,
        "replace" => Directive::Replace,
        "delete" => Directive::Delete,
        _ => return Err(format!("unknown patch strategy '{value}'")),
    };
    set_element(items, None, &["$patch".to_string()], &[value])?;
    Ok(directive)
}

impl<'d> Walker<'d> {
    /// Rebuilds a keyed list (`dest`, the target's, or the patch's own with [`ListPatch::Same`]).
    pub(super) fn merge_list(
        &self,
        dest: Vec<Node>,
        patch: ListPatch,
        schema: Option<Schema<'d>>,
        path: &mut Vec<String>,
    ) -> Result<Vec<Node>, String> {
        let keys = schema.map(smp::merge_keys).unwrap_or_default();
        let patch_items: &[Node] = match &patch {
            ListPatch::Items(items) => items,
            ListPatch::Absent => &[],
            ListPatch::Same => &dest,
        };
        let sources = [patch_items, &dest[..]];
        let mut values: Vec<Vec<String>> = Vec::new();
        if !keys.is_empty() {
            for item in sources.iter().flat_map(|s| s.iter()) {
                let key_values: Vec<String> = keys.iter().map(|k| key_text(item, k)).collect();
                if !values.contains(&key_values) {
                    values.push(key_values);
                }
            }
            return self.set_elements(values, keys, dest, patch, schema, path);
        }
        for item in sources.iter().flat_map(|s| s.iter()) {
            let key_values = vec![text(item).to_string()];
            if !values.contains(&key_values) {
                values.push(key_values);
            }
        }
        self.set_elements(values, vec![String::new()], dest, patch, schema, path)
    }

    fn set_elements(
        &self,
        mut values_list: Vec<Vec<String>>,
        keys: Vec<String>,
        mut dest: Vec<Node>,
        mut patch: ListPatch,
        schema: Option<Schema<'d>>,
        path: &mut Vec<String>,
    ) -> Result<Vec<Node>, String> {
        let item_schema = schema.and_then(smp::elements);
        if keys.len() > 1 {
            merge_values(&mut values_list);
        }
        let mut items: Vec<Node> = Vec::new();
        let mut last_keys: Vec<String> = Vec::new();
        for values in &values_list {
            if values.is_empty() {
                continue;
            }
            let (valid_keys, valid_values) = validate_keys(&values_list, values, &keys);
            let (match_keys, match_values) =
                validate_keys(std::slice::from_ref(&valid_values), &valid_values, &valid_keys);
            path.push(format!("[{}]", valid_values.join(",")));
            let in_dest = find_element(&dest, &match_keys, &match_values);
            let mut value = match &mut patch {
                ListPatch::Same => match in_dest {
                    Some(i) => {
                        let merged = self.walk_same(dest[i].clone(), item_schema, path)?;
                        if let Some(node) = &merged {
                            dest[i] = node.clone();
                        }
                        merged
                    }
                    None => None,
                },
                ListPatch::Items(patch_items) => {
                    let in_patch = find_element(patch_items, &match_keys, &match_values);
                    let from_patch = in_patch.map(|j| patch_items[j].clone());
                    self.walk_item(&mut dest, in_dest, from_patch, item_schema, path)?
                }
                ListPatch::Absent => self.walk_item(&mut dest, in_dest, None, item_schema, path)?,
            };
            let removed = value.as_ref().is_none_or(is_null_or_empty_map);
            if removed {
                set_element(&mut dest, None, &valid_keys, &valid_values)?;
            } else if let Some(node) = value.as_mut() {
                for (key, key_value) in valid_keys.iter().zip(&valid_values) {
                    if !key_value.is_empty() && !has_field(node, key) {
                        set_key(node, key, key_value).map_err(|e| format!("{}: {e}", path.join(".")))?;
                    }
                }
            }
            path.pop();
            last_keys = valid_keys.clone();
            if !removed {
                set_element(&mut items, value, &valid_keys, &valid_values)?;
            }
        }
        if values_list.is_empty() {
            return Ok(dest);
        }
        append_list(&mut items, dest, &last_keys)?;
        Ok(items)
    }

    /// Merges one item of the patch into the target's item with the same key (either may be
    /// missing); returns what the rebuilt list gets, and leaves the target's item merged in place.
    fn walk_item(
        &self,
        dest: &mut [Node],
        in_dest: Option<usize>,
        from_patch: Option<Node>,
        schema: Option<Schema<'d>>,
        path: &mut Vec<String>,
    ) -> Result<Option<Node>, String> {
        let walked = self.walk(in_dest.map(|i| &mut dest[i]), from_patch, schema, path)?;
        Ok(match walked {
            Walked::Kept => in_dest.map(|i| dest[i].clone()),
            Walked::Cleared => None,
            Walked::New(node) => Some(node),
        })
    }
}

/// The text of an item's key field, `""` when it is missing, null or an empty collection (or the
/// item is not a mapping).
fn key_text(item: &Node, key: &str) -> String {
    match item {
        Node::Map(m) => match m.entries.iter().find(|(k, _)| k.value == key) {
            Some((_, v)) if is_null(v) => String::new(),
            Some((_, Node::Map(m))) if m.entries.is_empty() => String::new(),
            Some((_, Node::Seq(s))) if s.is_empty() => String::new(),
            Some((_, v)) => text(v).to_string(),
            None => String::new(),
        },
        _ => String::new(),
    }
}

fn has_field(node: &Node, key: &str) -> bool {
    matches!(node, Node::Map(m) if m.entries.iter().any(|(k, _)| k.value == key))
}

/// Puts an item's missing key back (kyaml's `SetField` on the merged item); on a scalar item of a
/// list of scalars the "key" is its own text.
fn set_key(node: &mut Node, key: &str, value: &str) -> Result<(), String> {
    match node {
        Node::Map(_) if !key.is_empty() => {
            smp::set_untagged(node, key, value);
            Ok(())
        }
        Node::Scalar(_) if key.is_empty() => Ok(()),
        _ if key.is_empty() => Err("wrong node kind: expected a scalar item".into()),
        _ => Err("wrong node kind: expected a mapping item".into()),
    }
}

/// kyaml's `mergeValues`: key-value tuples that agree where both have a value and share at least
/// one are completed from each other.
fn merge_values(values_list: &mut [Vec<String>]) {
    for i in 0..values_list.len() {
        for j in 0..values_list.len() {
            if let Some(merged) = combine(&values_list[i], &values_list[j]) {
                values_list[i] = merged.clone();
                values_list[j] = merged;
            }
        }
    }
}

fn combine(a: &[String], b: &[String]) -> Option<Vec<String>> {
    if a.len() != b.len() {
        return None;
    }
    let mut common = false;
    let mut out = Vec::with_capacity(a.len());
    for (x, y) in a.iter().zip(b) {
        if x == y {
            common = true;
            out.push(x.clone());
        } else if !x.is_empty() && !y.is_empty() {
            return None;
        } else if x.is_empty() {
            out.push(y.clone());
        } else {
            out.push(x.clone());
        }
    }
    common.then_some(out)
}

/// kyaml's `validateKeys`: the keys that have a value in some tuple, and this tuple's values for
/// them (all keys when none has a value).
fn validate_keys(values_list: &[Vec<String>], values: &[String], keys: &[String]) -> (Vec<String>, Vec<String>) {
    let valid = |key: &String| {
        values_list.iter().any(|vs| vs.iter().enumerate().any(|(i, v)| !v.is_empty() && keys.get(i) == Some(key)))
    };
    if !keys.iter().any(valid) {
        return (keys.to_vec(), values.to_vec());
    }
    let valid_keys = keys.iter().filter(|k| valid(k)).cloned().collect();
    let valid_values =
        values.iter().zip(keys).filter(|(v, k)| !v.is_empty() || valid(k)).map(|(v, _)| v.clone()).collect();
    (valid_keys, valid_values)
}

/// kyaml's `ElementMatcher`: the first item whose key fields have exactly these texts (for a list
/// of scalars, whose own text is the value).
fn find_element(items: &[Node], keys: &[String], values: &[String]) -> Option<usize> {
    let first_key = keys.first().map(String::as_str).unwrap_or("");
    if first_key.is_empty() {
        let value = values.first().map(String::as_str).unwrap_or("");
        return items.iter().position(|item| text(item) == value);
    }
    if keys.len() != values.len() {
        return None;
    }
    items.iter().position(|item| match item {
        Node::Map(m) => keys
            .iter()
            .zip(values)
            .all(|(key, value)| m.entries.iter().find(|(k, _)| k.value == *key).is_some_and(|(_, v)| text(v) == value)),
        _ => false,
    })
}

/// kyaml's `FieldMatcher` with a string value: whether `item` has field `name` (with text `value`,
/// unless `value` is empty); with an empty name, whether the scalar item's text is `value`.
fn field_matches(item: &Node, name: &str, value: &str) -> Result<bool, String> {
    if is_null(item) {
        return Ok(false);
    }
    if name.is_empty() {
        return match item {
            Node::Scalar(s) => Ok(s.value == value),
            _ => Err("wrong node kind: expected a scalar item in a list of scalars".into()),
        };
    }
    match item {
        Node::Map(m) => Ok(m
            .entries
            .iter()
            .find(|(k, _)| k.value == name)
            .is_some_and(|(_, v)| value.is_empty() || text(v) == value)),
        _ => Err("wrong node kind: expected a mapping item".into()),
    }
}

/// kyaml's `ElementSetter`: removes `null` and `{}` items, then replaces every item matching the
/// keys with `element` (or removes them when there is none), appending `element` when nothing
/// matched.
pub(super) fn set_element(
    items: &mut Vec<Node>,
    element: Option<Node>,
    keys: &[String],
    values: &[String],
) -> Result<(), String> {
    let empty = [String::new()];
    let keys = if keys.is_empty() { &empty[..] } else { keys };
    let mapping_setter = !keys[0].is_empty() && values.first().is_some_and(|v| !v.is_empty());
    let mut kept = Vec::with_capacity(items.len() + 1);
    let mut found_any = false;
    for item in std::mem::take(items) {
        if is_null_or_empty_map(&item) {
            continue;
        }
        if mapping_setter && !matches!(item, Node::Map(_)) {
            kept.push(item);
            continue;
        }
        // kyaml compares as many keys as it has values; a missing value reuses the previous match.
        let mut matched = false;
        let mut found = true;
        for (j, key) in keys.iter().enumerate() {
            if let Some(value) = values.get(j) {
                matched = field_matches(&item, key, value)?;
            }
            if !matched {
                found = false;
                break;
            }
        }
        if !found {
            if !values.is_empty() {
                kept.push(item);
            }
            continue;
        }
        found_any = true;
        if let Some(element) = &element {
            kept.push(element.clone());
        }
    }
    *items = kept;
    if let Some(element) = element.filter(|e| !is_null(e)) {
        if !found_any {
            items.push(element);
        }
    }
    Ok(())
}

/// kyaml's `appendListNode`: sets each of `src`'s items into `dst` by its keys.
fn append_list(dst: &mut Vec<Node>, src: Vec<Node>, keys: &[String]) -> Result<(), String> {
    let scalars = keys.first().is_none_or(|k| k.is_empty());
    for item in src {
        if scalars {
            let value = text(&item).to_string();
            set_element(dst, Some(item), &[String::new()], &[value])?;
            continue;
        }
        let mut values = Vec::with_capacity(keys.len());
        for key in keys {
            match &item {
                Node::Map(m) => match m.entries.iter().find(|(k, _)| k.value == *key) {
                    Some((_, v)) => values.push(text(v).to_string()),
                    None => dst.push(item.clone()),
                },
                n if is_null(n) => dst.push(item.clone()),
                _ => return Err("wrong node kind: expected a mapping item".into()),
            }
        }
        if keys.len() > 1 {
            set_element(dst, None, keys, &values)?;
        }
        set_element(dst, Some(item), keys, &values)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn values_combine_where_they_agree() {
        let mut list = vec![s(&["80", ""]), s(&["90", "UDP"]), s(&["80", "TCP"]), s(&["90", ""])];
        merge_values(&mut list);
        assert_eq!(list, vec![s(&["80", "TCP"]), s(&["90", "UDP"]), s(&["80", "TCP"]), s(&["90", "UDP"])]);
    }

    #[test]
    fn keys_without_values_drop_out() {
        let list = vec![s(&["a", ""]), s(&["b", ""])];
        assert_eq!(validate_keys(&list, &list[0], &s(&["name", "other"])), (s(&["name"]), s(&["a"])));
        let none = vec![s(&["", ""])];
        assert_eq!(validate_keys(&none, &none[0], &s(&["k", "l"])), (s(&["k", "l"]), s(&["", ""])));
    }
}
