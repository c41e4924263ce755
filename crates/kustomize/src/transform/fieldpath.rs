//! kyaml's dotted field paths, as `vars` and `replacements` read and write them:
//! `spec.template.spec.containers.[name=app].image`, `spec.ports.0.port`, `metadata.annotations.a\.b`.
//!
//! Reading ([`lookup`], kyaml's `PathGetter`) follows one node: a field name, a list index (`0`,
//! `-` for the last item), or a list entry `[field=value]` (`[=value]` for a list of scalars)
//! compared exactly. Writing ([`visit_matches`], kyaml's `PathMatcher`) may reach many nodes: `*`
//! is every item of a list and `[field=value]` a regular expression searched in each item's field,
//! and missing fields, list entries and the next list index can be created on the way.

use regex::Regex;
use yaml::node::{Map, Node, Scalar, Style, Tag};

/// kyaml's `SmarterPathSplitter` on `.`: `\.` is a dot inside a segment, and a `[...]` segment
/// keeps its dots (with its brackets when it holds a `=`).
pub fn split(path: &str) -> Vec<String> {
    let mut parts: Vec<&str> = path.split('.').collect();
    if parts.len() > 1 && parts[0].is_empty() {
        parts.remove(0);
    }
    let mut escaped: Vec<String> = Vec::with_capacity(parts.len());
    for part in parts {
        match escaped.last_mut() {
            Some(last) if last.ends_with('\\') => {
                last.pop();
                last.push('.');
                last.push_str(part);
            }
            _ => escaped.push(part.to_string()),
        }
    }
    let mut out = Vec::with_capacity(escaped.len());
    let mut i = 0;
    while i < escaped.len() {
        let part = &escaped[i];
        if part.starts_with('[') && !part.ends_with(']') {
            let mut joined = vec![part.as_str()];
            while i < escaped.len() - 1 {
                i += 1;
                joined.push(&escaped[i]);
                if escaped[i].ends_with(']') {
                    break;
                }
            }
            let joined = joined.join(".");
            if joined.contains('=') {
                out.push(joined);
            } else {
                out.push(joined.trim_matches(|c| c == '[' || c == ']').to_string());
            }
        } else {
            out.push(part.clone());
        }
        i += 1;
    }
    out
}

/// kyaml's `convertSliceIndex` (for vars): `ports[0]` is `ports` then `0`.
pub fn split_indexes(parts: Vec<String>) -> Vec<String> {
    let mut out = Vec::with_capacity(parts.len());
    for part in parts {
        let indexed = part
            .strip_suffix(']')
            .and_then(|p| p.rsplit_once('['))
            .filter(|(_, digits)| !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()));
        match indexed {
            Some((field, digits)) => {
                if !field.is_empty() {
                    out.push(field.to_string());
                }
                out.push(digits.to_string());
            }
            None => out.push(part),
        }
    }
    out
}

/// Path segments without surrounding spaces, empty ones dropped (kyaml's `cleanPath`).
fn clean(path: &[String]) -> Vec<&str> {
    path.iter().map(|p| p.trim()).filter(|p| !p.is_empty()).collect()
}

/// Go's `strconv.Atoi` for list indexes.
pub(crate) fn go_atoi(s: &str) -> Option<i64> {
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

pub(crate) fn is_list_entry(part: &str) -> bool {
    part.starts_with('[') && part.ends_with(']')
}

pub(crate) fn is_index(part: &str) -> bool {
    go_atoi(part).is_some_and(|i| i >= 0)
}

/// `[field=value]` as its field and value.
pub(crate) fn split_entry(part: &str) -> Result<(&str, &str), String> {
    let inner = part.strip_suffix(']').unwrap_or(part);
    let inner = inner.strip_prefix('[').unwrap_or(inner);
    inner
        .split_once('=')
        .ok_or_else(|| "list path element must contain fieldName=fieldValue for element to match".to_string())
}

pub(crate) fn kind_name(node: &Node) -> &'static str {
    match node {
        Node::Scalar(_) => "ScalarNode",
        Node::Seq(_) => "SequenceNode",
        Node::Map(_) => "MappingNode",
    }
}

fn is_null(node: &Node) -> bool {
    matches!(node, Node::Scalar(s) if s.tag == Tag::Null)
}

/// The items of a list (none for `null`).
fn items(node: &Node) -> Result<&[Node], String> {
    match node {
        Node::Seq(items) => Ok(items),
        n if is_null(n) => Ok(&[]),
        n => Err(format!("wrong node kind: expected SequenceNode but got {}", kind_name(n))),
    }
}

/// The value of a mapping's field; `None` when absent or when the node is `null`.
fn field<'a>(node: &'a Node, name: &str) -> Result<Option<&'a Node>, String> {
    match node {
        Node::Map(map) => Ok(map.entries.iter().rev().find(|(k, _)| k.value == name).map(|(_, v)| v)),
        n if is_null(n) => Ok(None),
        n => Err(format!("wrong node kind: expected MappingNode but got {}", kind_name(n))),
    }
}

/// The text of a scalar as go-yaml keeps it; `""` for collections.
fn text(node: &Node) -> &str {
    match node {
        Node::Scalar(s) => &s.value,
        _ => "",
    }
}

/// kyaml's `Lookup`: the node at `path`, `None` when a part is missing.
///
/// # Errors
/// A wildcard, a negative index, a malformed list entry, a field of something that is not a
/// mapping, an index into something that is not a list.
pub fn lookup<'a>(node: &'a Node, path: &[String]) -> Result<Option<&'a Node>, String> {
    let mut current = node;
    for part in clean(path) {
        let next = if let Some(index) = go_atoi(part) {
            if index < 0 {
                return Err(format!("array index {index} cannot be negative"));
            }
            items(current)?.get(index as usize)
        } else if part == "-" {
            items(current)?.last()
        } else if part == "*" {
            return Err("wildcard is not supported in PathGetter".into());
        } else if is_list_entry(part) {
            let (name, value) = split_entry(part)?;
            let list = items(current)?;
            if name.is_empty() {
                list.iter().find(|item| text(item) == value)
            } else {
                list.iter().find(|item| {
                    matches!(item, Node::Map(_)) && field(item, name).ok().flatten().is_some_and(|v| text(v) == value)
                })
            }
        } else {
            field(current, part)?
        };
        match next {
            Some(n) => current = n,
            None => return Ok(None),
        }
    }
    Ok(Some(current))
}

/// What [`visit_matches`] creates at the end of a missing path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leaf {
    Scalar,
    Seq,
    Map,
}

/// The tag of a scalar the walk creates, as kyaml makes it: go-yaml's empty tag, so that printed it
/// is typed by its text, while a later strategic merge takes it for a string.
pub(crate) const UNTAGGED: &str = "";

fn untagged(value: &str) -> Scalar {
    Scalar { tag: Tag::Other(UNTAGGED.to_string()), ..Scalar::string(value) }
}

/// The node to create for `part` given the part after it.
fn new_node(next: Option<&str>, leaf: Leaf) -> Node {
    let kind = match next {
        Some(next) if is_list_entry(next) || is_index(next) => Leaf::Seq,
        None => leaf,
        Some(_) => Leaf::Map,
    };
    match kind {
        Leaf::Scalar => Node::Scalar(untagged("")),
        Leaf::Seq => Node::Seq(Vec::new()),
        Leaf::Map => Node::Map(Map::default()),
    }
}

/// kyaml's `PathMatcher`: calls `set` on every node `path` reaches, creating what is missing when
/// `create` says what the last part is; returns how many nodes were reached.
///
/// # Errors
/// A malformed list entry or regular expression, an index past the end of a list, a field of
/// something that is not a mapping, an item of something that is not a list, or what `set`
/// returns.
pub fn visit_matches(
    node: &mut Node,
    path: &[String],
    create: Option<Leaf>,
    set: &mut dyn FnMut(&mut Node) -> Result<(), String>,
) -> Result<usize, String> {
    let path = clean(path);
    matches(node, &path, create, set)
}

fn matches(
    node: &mut Node,
    path: &[&str],
    create: Option<Leaf>,
    set: &mut dyn FnMut(&mut Node) -> Result<(), String>,
) -> Result<usize, String> {
    let Some((&part, rest)) = path.split_first() else {
        set(node)?;
        return Ok(1);
    };
    let next = rest.first().copied();
    if is_index(part) {
        let index = go_atoi(part).unwrap_or(0) as usize;
        let length = items(node)?.len();
        if let (Some(leaf), true, 0) = (create, is_null(node), index) {
            // As for a field, what kyaml appends to a null node is lost.
            return matches(&mut new_node(next, leaf), rest, create, set);
        }
        if let (Some(leaf), Node::Seq(list)) = (create, &mut *node) {
            if length == index {
                list.push(new_node(next, leaf));
            }
        }
        let length = items(node)?.len();
        return match node {
            Node::Seq(list) if index < length => matches(&mut list[index], rest, create, set),
            _ => Err(format!("index {index} specified but only {length} elements found")),
        };
    }
    if is_list_entry(part) {
        let (name, pattern) = split_entry(part)?;
        let regex = Regex::new(pattern).map_err(|e| e.to_string())?;
        let found = matching_entries(node, name, &regex, rest, create, set)?;
        if found > 0 || create.is_none() {
            return Ok(found);
        }
        let Node::Seq(list) = node else {
            return Ok(0);
        };
        // The entry is created from the pattern's text, then searched for again. Its value is
        // untagged, as kyaml makes it: typed by its text when printed, a string to a later
        // strategic merge.
        list.push(if name.is_empty() {
            Node::Scalar(untagged(pattern))
        } else {
            Node::Map(Map { entries: vec![(Scalar::string(name), Node::Scalar(untagged(pattern)))], flow: false })
        });
        return matching_entries(node, name, &regex, rest, create, set);
    }
    if part == "*" {
        items(node)?;
        let Node::Seq(list) = node else { return Ok(0) };
        let mut found = 0;
        for item in list.iter_mut() {
            found += matches(item, rest, create, set)?;
        }
        return Ok(found);
    }
    let present = field(node, part)?.is_some();
    match (node, create) {
        (Node::Map(map), _) if present => {
            let value = map.entries.iter_mut().rev().find(|(k, _)| k.value == part).map(|(_, v)| v);
            match value {
                Some(value) => matches(value, rest, create, set),
                None => Ok(0),
            }
        }
        (Node::Map(map), Some(leaf)) => {
            map.entries.push((Scalar::string(part), new_node(next, leaf)));
            let last = map.entries.len() - 1;
            matches(&mut map.entries[last].1, rest, create, set)
        }
        // kyaml "creates" the field inside a null node, where it is lost: the walk goes on in a
        // node that is not part of the resource.
        (n, Some(leaf)) if is_null(n) => matches(&mut new_node(next, leaf), rest, create, set),
        _ => Ok(0),
    }
}

/// The items of a list whose field (or, for `[=pattern]`, whose own text) matches `regex`; a
/// matching scalar item is reached whatever the rest of the path says, as in kyaml.
fn matching_entries(
    node: &mut Node,
    name: &str,
    regex: &Regex,
    rest: &[&str],
    create: Option<Leaf>,
    set: &mut dyn FnMut(&mut Node) -> Result<(), String>,
) -> Result<usize, String> {
    items(node)?;
    let Node::Seq(list) = node else { return Ok(0) };
    let mut found = 0;
    for item in list.iter_mut() {
        if name.is_empty() {
            if regex.is_match(printed(item).trim()) {
                set(item)?;
                found += 1;
            }
            continue;
        }
        let Node::Map(map) = &*item else { continue };
        let Some((_, value)) = map.entries.iter().rev().find(|(k, _)| k.value == name) else { continue };
        if !regex.is_match(printed(value).trim()) {
            continue;
        }
        found += matches(item, rest, create, set)?;
    }
    Ok(found)
}

/// A node's text as kyaml prints it to compare it with a pattern: a scalar as written (quotes
/// included), a collection as nothing a pattern over names would match.
fn printed(node: &Node) -> String {
    match node {
        Node::Scalar(s) => match s.style {
            Style::SingleQuoted => format!("'{}'", s.value.replace('\'', "''")),
            Style::DoubleQuoted => format!("{:?}", s.value),
            _ => s.value.clone(),
        },
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn paths_split_as_kyaml_splits_them() {
        assert_eq!(split("spec.template.spec"), parts(&["spec", "template", "spec"]));
        assert_eq!(split(r"metadata.annotations.a\.b/c"), parts(&["metadata", "annotations", "a.b/c"]));
        assert_eq!(split("spec.containers.[name=a.b].image"), parts(&["spec", "containers", "[name=a.b]", "image"]));
        assert_eq!(split("spec.[a.b]"), parts(&["spec", "a.b"]));
        assert_eq!(split_indexes(split("spec.ports[0].port")), parts(&["spec", "ports", "0", "port"]));
        assert_eq!(split_indexes(parts(&["[1]", "[a=b]"])), parts(&["1", "[a=b]"]));
    }

    fn doc(text: &str) -> Node {
        yaml::node::parse_documents(text).unwrap().remove(0)
    }

    #[test]
    fn lookup_follows_fields_indexes_and_entries() {
        let node = doc("spec:\n  containers:\n  - name: a\n    image: v1\n  - name: b\n    image: v2\n");
        let get = |path: &str| lookup(&node, &split_indexes(split(path))).unwrap().map(|n| text(n).to_string());
        assert_eq!(get("spec.containers.[name=b].image"), Some("v2".into()));
        assert_eq!(get("spec.containers[0].image"), Some("v1".into()));
        assert_eq!(get("spec.containers.-.name"), Some("b".into()));
        assert_eq!(get("spec.containers.[name=c].image"), None);
        assert!(lookup(&node, &split("spec.*")).is_err());
    }

    #[test]
    fn matching_reaches_every_node_and_creates_what_is_missing() {
        let mut node = doc("spec:\n  containers:\n  - name: app\n  - name: app2\n  - name: side\n");
        let mut seen = Vec::new();
        let reached =
            visit_matches(&mut node, &split("spec.containers.[name=app].image"), Some(Leaf::Scalar), &mut |n| {
                seen.push(n.clone());
                Ok(())
            })
            .unwrap();
        assert_eq!(reached, 2, "the entry is a regular expression searched in the name");
        assert!(matches!(&seen[0], Node::Scalar(s) if s.tag == Tag::Other(UNTAGGED.into())));
        let reached = visit_matches(&mut node, &split("spec.containers.*.name"), None, &mut |_| Ok(())).unwrap();
        assert_eq!(reached, 3);
        let reached =
            visit_matches(&mut node, &split("spec.other.[name=x].v"), Some(Leaf::Scalar), &mut |_| Ok(())).unwrap();
        assert_eq!(reached, 1);
        assert_eq!(lookup(&node, &split("spec.other.[name=x].v")).unwrap().map(text), Some(""));
    }
}
