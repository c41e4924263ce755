//! Strategic merge as kustomize does it: kyaml's `merge2` walker over go-yaml v3 nodes, with the
//! Kubernetes 1.21 schema kustomize embeds.
//!
//! This is not apimachinery's strategic merge patch (`k8s_schema::smp`), and the differences show:
//!
//! - only `$patch: delete|replace|merge` are directives; `$setElementOrder/…`, `$retainKeys` and
//!   `$deleteFromPrimitiveList/…` are ordinary fields that end up in the output;
//! - a list merges by key only where the 1.21 schema gives it the `merge` strategy (by
//!   `x-kubernetes-list-map-keys` when present, else by `x-kubernetes-patch-merge-key`); every
//!   other list, and every list of a type without schema (custom resources), is replaced whole;
//! - items the patch adds come first, before the target's (kustomize merges with
//!   `ListIncreaseDirection: prepend`), and items are matched by the text of their keys;
//! - a merged list is rebuilt, so items with a duplicate key collapse into the last one, `{}` and
//!   `null` items disappear, an item without its key makes every keyed item go away, and
//!   `$patch: replace` on one item has no effect;
//! - `null` removes a field, and so does an empty value (`field:`) the patch does not mention;
//!   `field: null` or `field: ~` in the target survives.
//!
//! The walk visits the target and the patch side by side. Where the target has nothing, the patch's
//! subtree is merged with itself (kyaml makes it the target and walks on): nulls go, directives
//! apply, keyed lists are rebuilt.

use k8s_schema::{Definitions, Gvk, Schema};
use yaml::node::{Map, Node, Scalar, Style, Tag};

use super::list::{self, ListPatch};
use super::scalar::{text, untagged, yaml11_non_string};

/// What happened to the target of a merge.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// The patch was merged into it.
    Merged,
    /// The patch deleted it (`$patch: delete` at the top).
    Deleted,
    /// The patch said `$patch: replace` at the top, which kustomize ignores: the target is as it was.
    Unchanged,
}

/// Merges `patch` into `target` (both resources) as kustomize's strategic merge does.
///
/// # Errors
/// Values of different kinds at the same place (a mapping against a list…), an unknown `$patch`
/// directive, and kyaml's failures inside keyed lists; the message names the field.
pub(crate) fn merge(target: &mut Node, patch: Node) -> Result<Outcome, String> {
    // The schema in use: kustomize's built-in one, or the one an `openapi` field chose.
    let schema = crate::openapi::current();
    let walker = Walker { defs: schema.definitions() };
    let mut path = Vec::new();
    match walker.walk(Some(target), Some(patch), None, &mut path)? {
        Walked::Kept => Ok(Outcome::Merged),
        Walked::Cleared => Ok(Outcome::Deleted),
        // kustomize keeps the resource's own node and ignores what the walk returned.
        Walked::New(_) => Ok(Outcome::Unchanged),
    }
}

/// What a walk made of one place.
pub(super) enum Walked {
    /// The target's node, merged in place (or untouched).
    Kept,
    /// Nothing: the field or item goes away.
    Cleared,
    /// Another node takes the target's place (the patch's, or a rebuilt list).
    New(Node),
}

/// A strategic-merge directive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Directive {
    Merge,
    Replace,
    Delete,
}

impl Directive {
    fn parse(value: &str) -> Option<Directive> {
        match value {
            "merge" => Some(Directive::Merge),
            "replace" => Some(Directive::Replace),
            "delete" => Some(Directive::Delete),
            _ => None,
        }
    }
}

const DIRECTIVE: &str = "$patch";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Map,
    Seq,
    Scalar,
}

fn kind(node: &Node) -> Option<Kind> {
    match node {
        Node::Map(_) => Some(Kind::Map),
        Node::Seq(_) => Some(Kind::Seq),
        Node::Scalar(s) if s.tag == Tag::Null => None,
        Node::Scalar(_) => Some(Kind::Scalar),
    }
}

fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Map => "a mapping",
        Kind::Seq => "a list",
        Kind::Scalar => "a scalar",
    }
}

pub(super) fn is_null(node: &Node) -> bool {
    matches!(node, Node::Scalar(s) if s.tag == Tag::Null)
}

/// kyaml's `IsEmptyMap`: null, or a mapping without entries.
pub(super) fn is_null_or_empty_map(node: &Node) -> bool {
    is_null(node) || matches!(node, Node::Map(m) if m.entries.is_empty())
}

/// The path of the field being merged, for messages.
fn at(path: &[String]) -> String {
    if path.is_empty() {
        "the resource".into()
    } else {
        format!("field '{}'", path.join("."))
    }
}

pub(super) struct Walker<'d> {
    pub defs: &'d Definitions,
}

impl<'d> Walker<'d> {
    /// Merges `origin` (the patch's node here, if any) into `dest` (the target's, if any).
    pub(super) fn walk(
        &self,
        dest: Option<&mut Node>,
        origin: Option<Node>,
        schema: Option<Schema<'d>>,
        path: &mut Vec<String>,
    ) -> Result<Walked, String> {
        let schema = schema.or_else(|| self.schema_of(dest.as_deref()).or_else(|| self.schema_of(origin.as_ref())));
        let kind_of_walk = dest.as_deref().and_then(kind).or_else(|| origin.as_ref().and_then(kind));
        for node in dest.as_deref().into_iter().chain(origin.as_ref()) {
            if let (Some(expected), Some(actual)) = (kind_of_walk, kind(node)) {
                if expected != actual {
                    return Err(format!(
                        "{}: wrong node kind: expected {} but got {}",
                        at(path),
                        kind_name(expected),
                        kind_name(actual)
                    ));
                }
            }
        }
        match kind_of_walk {
            None | Some(Kind::Map) => self.walk_map(dest, origin, schema, path),
            Some(Kind::Seq) if schema.is_some_and(merges) => self.walk_keyed_list(dest, origin, schema, path),
            Some(Kind::Seq | Kind::Scalar) => Ok(origin.map_or(Walked::Kept, Walked::New)),
        }
    }

    /// A node merged with itself: what a subtree of the patch becomes where the target has nothing.
    /// `None` when it goes away (null, or `$patch: delete`).
    pub(super) fn walk_same(
        &self,
        mut node: Node,
        schema: Option<Schema<'d>>,
        path: &mut Vec<String>,
    ) -> Result<Option<Node>, String> {
        let schema = schema.or_else(|| self.schema_of(Some(&node)));
        match kind(&node) {
            None => Ok(None),
            Some(Kind::Scalar) => Ok(Some(node)),
            Some(Kind::Map) => {
                if map_directive(&mut node).map_err(|e| format!("{}: {e}", at(path)))? == Directive::Delete {
                    return Ok(None);
                }
                self.merge_fields_same(&mut node, schema, path)?;
                Ok(Some(node))
            }
            Some(Kind::Seq) if schema.is_some_and(merges) => {
                let Node::Seq(mut items) = node else { unreachable!("kind says it is a list") };
                if list::directive(&mut items).map_err(|e| format!("{}: {e}", at(path)))? == Directive::Delete {
                    return Ok(None);
                }
                Ok(Some(Node::Seq(self.merge_list(items, ListPatch::Same, schema, path)?)))
            }
            Some(Kind::Seq) => Ok(Some(node)),
        }
    }

    fn walk_map(
        &self,
        dest: Option<&mut Node>,
        origin: Option<Node>,
        schema: Option<Schema<'d>>,
        path: &mut Vec<String>,
    ) -> Result<Walked, String> {
        let dest = match dest {
            Some(dest @ Node::Map(_)) => dest,
            missing => {
                // The target has nothing (or null) here.
                let Some(mut origin) = origin else {
                    // `field: null` and `field: ~` survive a patch that does not mention them; an
                    // empty value does not.
                    let kept = missing.is_some_and(|d| !text(d).is_empty());
                    return Ok(if kept { Walked::Kept } else { Walked::Cleared });
                };
                // kyaml ignores a bad directive here (the patch's subtree is taken as it is).
                if map_directive(&mut origin) == Ok(Directive::Delete) {
                    return Ok(Walked::Cleared);
                }
                if matches!(origin, Node::Map(_)) {
                    self.merge_fields_same(&mut origin, schema, path)?;
                }
                return Ok(Walked::New(origin));
            }
        };
        let mut origin = match origin {
            Some(o) if is_null(&o) => return Ok(Walked::Cleared),
            other => other,
        };
        let directive = match origin.as_mut() {
            Some(o) => map_directive(o).map_err(|e| format!("{}: {e}", at(path)))?,
            None => Directive::Merge,
        };
        match directive {
            Directive::Delete => Ok(Walked::Cleared),
            Directive::Replace => {
                let mut origin = origin.expect("a directive comes from the patch's node");
                self.merge_fields_same(&mut origin, schema, path)?;
                Ok(Walked::New(origin))
            }
            Directive::Merge => {
                self.merge_fields(dest, origin, schema, path)?;
                Ok(Walked::Kept)
            }
        }
    }

    /// Merges the patch's fields into the target's mapping, in the sorted order of their names.
    fn merge_fields(
        &self,
        dest: &mut Node,
        origin: Option<Node>,
        schema: Option<Schema<'d>>,
        path: &mut Vec<String>,
    ) -> Result<(), String> {
        let Node::Map(dest) = dest else { unreachable!("merge_fields is called on mappings") };
        let mut origin: Vec<(Scalar, Node)> = match origin {
            Some(Node::Map(m)) => m.entries,
            _ => Vec::new(),
        };
        let mut names: Vec<String> = dest.entries.iter().chain(origin.iter()).map(|(k, _)| k.value.clone()).collect();
        names.sort_unstable();
        names.dedup();
        for name in names {
            let field_schema = schema.and_then(|s| field(s, &name));
            let from_patch = origin.iter().position(|(k, _)| k.value == name).map(|i| origin.remove(i));
            let (patch_key, patch_value) = match from_patch {
                Some((k, v)) => (Some(k), Some(v)),
                None => (None, None),
            };
            let index = dest.entries.iter().position(|(k, _)| k.value == name);
            path.push(name);
            let walked = self.walk(index.map(|i| &mut dest.entries[i].1), patch_value, field_schema, path)?;
            let name = path.pop().expect("pushed above");
            match walked {
                Walked::Kept => {
                    if let Some(i) = index {
                        quote_untagged(&mut dest.entries[i].1);
                    }
                }
                Walked::Cleared => {
                    if let Some(i) = index {
                        dest.entries.remove(i);
                    }
                }
                Walked::New(value) if is_null(&value) => {
                    if let Some(i) = index {
                        dest.entries.remove(i);
                    }
                }
                Walked::New(value) => match index {
                    Some(i) => dest.entries[i].1 = value,
                    None => dest.entries.push((patch_key.unwrap_or_else(|| Scalar::string(name)), value)),
                },
            }
        }
        Ok(())
    }

    /// Merges a mapping with itself: every field walked on its own, nulls removed.
    fn merge_fields_same(
        &self,
        node: &mut Node,
        schema: Option<Schema<'d>>,
        path: &mut Vec<String>,
    ) -> Result<(), String> {
        let Node::Map(map) = node else { return Ok(()) };
        let mut names: Vec<String> = map.entries.iter().map(|(k, _)| k.value.clone()).collect();
        names.sort_unstable();
        names.dedup();
        for name in names {
            let Some(i) = map.entries.iter().position(|(k, _)| k.value == name) else { continue };
            let field_schema = schema.and_then(|s| field(s, &name));
            let value = std::mem::replace(&mut map.entries[i].1, Node::Map(Map::default()));
            path.push(name);
            let walked = self.walk_same(value, field_schema, path)?;
            path.pop();
            match walked {
                Some(value) if !is_null(&value) => map.entries[i].1 = value,
                _ => {
                    map.entries.remove(i);
                }
            }
        }
        Ok(())
    }

    /// A list whose schema says `merge`.
    fn walk_keyed_list(
        &self,
        dest: Option<&mut Node>,
        origin: Option<Node>,
        schema: Option<Schema<'d>>,
        path: &mut Vec<String>,
    ) -> Result<Walked, String> {
        let Some(Node::Seq(dest)) = dest else {
            // The target has no list here: the patch's list is merged with itself, directives
            // left in place (kyaml looks for them only when there is a target list).
            return match origin {
                Some(Node::Seq(items)) => {
                    Ok(Walked::New(Node::Seq(self.merge_list(items, ListPatch::Same, schema, path)?)))
                }
                Some(other) => Ok(Walked::New(other)),
                None => Ok(Walked::Cleared),
            };
        };
        let patch = match origin {
            None => ListPatch::Absent,
            Some(o) if is_null(&o) => return Ok(Walked::Cleared),
            Some(Node::Seq(mut items)) => {
                match list::directive(&mut items).map_err(|e| format!("{}: {e}", at(path)))? {
                    Directive::Delete => return Ok(Walked::Cleared),
                    Directive::Replace => {
                        return Ok(Walked::New(Node::Seq(self.merge_list(items, ListPatch::Same, schema, path)?)))
                    }
                    Directive::Merge => ListPatch::Items(items),
                }
            }
            Some(_) => unreachable!("walk checked that both sides are lists"),
        };
        let items = std::mem::take(dest);
        Ok(Walked::New(Node::Seq(self.merge_list(items, patch, schema, path)?)))
    }

    /// The schema kyaml finds for a node without one from its parent: the built-in schema of its
    /// `apiVersion` and `kind`, when it has both.
    fn schema_of(&self, node: Option<&Node>) -> Option<Schema<'d>> {
        let node = node?;
        let scalar = |key: &str| match crate::node::get(node, key) {
            Some(Node::Scalar(s)) if s.tag != Tag::Null && !s.value.is_empty() => Some(s.value.as_str()),
            _ => None,
        };
        let (api_version, kind) = (scalar("apiVersion")?, scalar("kind")?);
        let (group, version) = match api_version.split_once('/') {
            Some(("", _)) => return None,
            Some((group, version)) => (group, version),
            None => ("", api_version),
        };
        self.defs.schema_for(&Gvk::new(group, version, kind))
    }
}

/// What kyaml's `FieldSetter` does to every field value the merge sets back, the target's own
/// included: an untagged plain scalar (one kyaml created, as a replacement's new field) counts as
/// a string, and is double-quoted where YAML 1.1 would read its text as something else — so it
/// prints as a string from now on.
fn quote_untagged(value: &mut Node) {
    if let Node::Scalar(s) = value {
        if s.style == Style::Plain && s.tag == Tag::Other(String::new()) && yaml11_non_string(&s.value) {
            s.style = Style::DoubleQuoted;
        }
    }
}

/// The directive of a patch's mapping (`$patch`), removed from it. Anything but a mapping has none
/// kyaml can apply.
pub(super) fn map_directive(node: &mut Node) -> Result<Directive, String> {
    let Node::Map(map) = node else {
        return Err(format!("no implemented strategic merge patch strategy for '{}'", text(node)));
    };
    let Some(i) = map.entries.iter().position(|(k, _)| k.value == DIRECTIVE) else {
        return Ok(Directive::Merge);
    };
    let value = text(&map.entries[i].1).to_string();
    let directive = Directive::parse(&value).ok_or_else(|| format!("unknown patch strategy '{value}'"))?;
    map.entries.remove(i);
    Ok(directive)
}

/// kyaml's `Field`: a declared property, else the schema of additional properties, `$ref`s
/// followed (extensions written next to a `$ref` are lost, as in kyaml).
pub(super) fn field<'d>(schema: Schema<'d>, name: &str) -> Option<Schema<'d>> {
    schema.field(name)
}

/// kyaml's `Elements`: the items of a schema whose type is exactly `array`.
pub(super) fn elements<'d>(schema: Schema<'d>) -> Option<Schema<'d>> {
    let is_array = match schema.json().get("type") {
        Some(serde_json::Value::String(t)) => t == "array",
        Some(serde_json::Value::Array(ts)) => ts.len() == 1 && ts[0] == "array",
        _ => false,
    };
    if is_array {
        schema.items()
    } else {
        None
    }
}

fn strategy(schema: Schema<'_>) -> Option<&str> {
    schema.json().get("x-kubernetes-patch-strategy").and_then(serde_json::Value::as_str)
}

/// Whether a list merges by key: its strategy includes `merge`.
fn merges(schema: Schema<'_>) -> bool {
    strategy(schema).is_some_and(|s| s.split(',').any(|s| s == "merge"))
}

/// The keys a merging list's items are matched by: `x-kubernetes-list-map-keys` when the schema
/// has them, else the patch merge key; none for lists of scalars.
pub(super) fn merge_keys(schema: Schema<'_>) -> Vec<String> {
    let json = schema.json();
    if let Some(keys) = json.get("x-kubernetes-list-map-keys").and_then(serde_json::Value::as_array) {
        return keys.iter().filter_map(serde_json::Value::as_str).map(String::from).collect();
    }
    json.get("x-kubernetes-patch-merge-key").and_then(serde_json::Value::as_str).map(String::from).into_iter().collect()
}

/// Sets a scalar field the way kyaml's `SetField` does with a new, untagged value: in the style
/// of the value it replaces (or double-quoted where YAML 1.1 would read it as something else).
pub(super) fn set_untagged(map: &mut Node, key: &str, value: &str) {
    let Node::Map(map) = map else { return };
    match map.entries.iter_mut().find(|(k, _)| k.value == key) {
        Some((_, existing)) => {
            let style = match existing {
                Node::Scalar(s) => s.style,
                _ => Style::Plain,
            };
            *existing = untagged(value, Some(style));
        }
        None => map.entries.push((Scalar::string(key), untagged(value, None))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Node {
        yaml::node::parse_documents(text).unwrap().remove(0)
    }

    fn merged(target: &str, patch: &str) -> serde_json::Value {
        let mut target = parse(target);
        assert_eq!(merge(&mut target, parse(patch)).unwrap(), Outcome::Merged);
        target.to_json().unwrap()
    }

    #[test]
    fn containers_merge_by_name_new_ones_first() {
        let target = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: a, image: a}\n  - {name: b, image: b}\n";
        let patch = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - {name: c, image: c}\n  - {name: b, image: b2}\n";
        let out = merged(target, patch);
        let names: Vec<&str> =
            out["spec"]["containers"].as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
        assert_eq!(names, ["c", "b", "a"]);
        assert_eq!(out["spec"]["containers"][1]["image"], "b2");
    }

    #[test]
    fn lists_without_schema_are_replaced_and_null_deletes() {
        let target = "apiVersion: x/v1\nkind: Thing\nmetadata: {name: t}\nspec: {list: [1, 2], keep: 1, drop: 2}\n";
        let patch = "apiVersion: x/v1\nkind: Thing\nmetadata: {name: t}\nspec: {list: [3], drop: null}\n";
        assert_eq!(merged(target, patch)["spec"], serde_json::json!({"list": [3], "keep": 1}));
    }

    #[test]
    fn directives() {
        let target = "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: b}\n";
        let mut node = parse(target);
        let delete = parse("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n$patch: delete\n");
        assert_eq!(merge(&mut node, delete).unwrap(), Outcome::Deleted);
        let replace = parse("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n$patch: replace\ndata: {x: y}\n");
        assert_eq!(merge(&mut node, replace).unwrap(), Outcome::Unchanged);
        let bad = parse("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {$patch: nope}\n");
        assert!(merge(&mut node, bad).unwrap_err().contains("unknown patch strategy 'nope'"));
        let kinds = parse("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: [1]\n");
        assert!(merge(&mut node, kinds).unwrap_err().contains("field 'data': wrong node kind"));
    }
}
