//! Reading and writing resources as go-yaml v3 nodes: the small set of operations transformers need.

use yaml::node::{Map, Node, Scalar, Tag};

/// The value of a mapping's entry.
pub fn get<'a>(node: &'a Node, key: &str) -> Option<&'a Node> {
    match node {
        Node::Map(map) => map.entries.iter().find(|(k, _)| k.value == key).map(|(_, v)| v),
        _ => None,
    }
}

/// The value of a mapping's entry, to change.
pub fn get_mut<'a>(node: &'a mut Node, key: &str) -> Option<&'a mut Node> {
    match node {
        Node::Map(map) => map.entries.iter_mut().find(|(k, _)| k.value == key).map(|(_, v)| v),
        _ => None,
    }
}

/// Follows `path` through mappings.
pub fn get_path<'a>(node: &'a Node, path: &[&str]) -> Option<&'a Node> {
    path.iter().try_fold(node, |n, key| get(n, key))
}

/// The text of a scalar (any tag); `None` for collections and for `null`.
pub fn text(node: &Node) -> Option<&str> {
    match node {
        Node::Scalar(s) if s.tag != Tag::Null => Some(&s.value),
        _ => None,
    }
}

/// The text of the scalar at `path`, `""` when there is none.
pub fn str_at<'a>(node: &'a Node, path: &[&str]) -> &'a str {
    get_path(node, path).and_then(text).unwrap_or("")
}

/// Whether a node is absent-like: `null`, or an empty collection.
pub fn is_null(node: &Node) -> bool {
    matches!(node, Node::Scalar(s) if s.tag == Tag::Null)
}

/// Sets `key` in a mapping (appending it when new). Does nothing if `node` is not a mapping.
pub fn set(node: &mut Node, key: &str, value: Node) {
    if let Node::Map(map) = node {
        match map.entries.iter_mut().find(|(k, _)| k.value == key) {
            Some((_, v)) => *v = value,
            None => map.entries.push((Scalar::string(key), value)),
        }
    }
}

/// Removes `key` from a mapping, returning its value.
pub fn remove(node: &mut Node, key: &str) -> Option<Node> {
    match node {
        Node::Map(map) => {
            let i = map.entries.iter().position(|(k, _)| k.value == key)?;
            Some(map.entries.remove(i).1)
        }
        _ => None,
    }
}

/// A string scalar (`!!str`), as kyaml writes a value it sets.
pub fn string(value: &str) -> Node {
    Node::Scalar(Scalar::string(value))
}

/// An empty mapping.
pub fn map_node() -> Node {
    Node::Map(Map::default())
}

/// Gives every scalar of `node` whose alias is in `written` the text and tag written: what an
/// in-place write to one go-yaml node shows at every field holding that node.
pub fn propagate_aliases(node: &mut Node, written: &[(u32, String, Tag)]) {
    match node {
        Node::Scalar(s) if s.alias != 0 => {
            if let Some((_, value, tag)) = written.iter().rev().find(|(a, _, _)| *a == s.alias) {
                s.value.clone_from(value);
                s.tag = tag.clone();
            }
        }
        Node::Scalar(_) => {}
        Node::Seq(items) => items.iter_mut().for_each(|i| propagate_aliases(i, written)),
        Node::Map(map) => map.entries.iter_mut().for_each(|(_, v)| propagate_aliases(v, written)),
    }
}

/// Makes every scalar of `node` a node of its own (a copy shares nothing with its original).
pub fn clear_aliases(node: &mut Node) {
    match node {
        Node::Scalar(s) => s.alias = 0,
        Node::Seq(items) => items.iter_mut().for_each(clear_aliases),
        Node::Map(map) => map.entries.iter_mut().for_each(|(_, v)| clear_aliases(v)),
    }
}
