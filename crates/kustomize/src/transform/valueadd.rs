//! kustomize's `ValueAddTransformer` plugin: one value written at a field path of the resources each
//! target selects, or inserted into the file path that field holds.
//!
//! A target's `fieldPath` is `/`-separated (`\/` is a slash inside a segment) and walked as kyaml's
//! `PathGetter` walks it when asked to create: a field name (created when missing — a list when the
//! next segment is an index or `[…]`, a scalar at the end, else a mapping), a list index (`0`, `-`
//! for the last item; never created), or a list entry `[field=value]` / `[=value]` compared exactly
//! and appended when missing. The walk stops quietly at a `null` on the way and at an index past
//! the end of a list. The field reached must be a scalar (or `null`): its node is overwritten in
//! place — so a node shared with other fields (a label placed in selectors) changes there too —
//! with the value untagged, in the old node's quoting style: printed, a plain `8080` is a number.
//!
//! `metadata/namespace`, written exactly so, is not a path: it runs kustomize's namespace filter
//! (namespaced resources only, `default` subjects of role bindings included).

use yaml::node::{Map, Node, Scalar, Tag};

use crate::kustomization;
use crate::node;
use crate::resmap::ResMap;
use crate::resource::Resource;

use super::fieldpath::{go_atoi, is_index, is_list_entry, kind_name, split_entry, UNTAGGED};
use super::namespace::{self, Settings, Subjects};
use super::patch::selector::Selector;

/// A configured `ValueAddTransformer`.
#[derive(Debug, Clone)]
pub(crate) struct ValueAdd {
    /// Trimmed, never empty (it defaults to the kustomization directory's name).
    pub value: String,
    pub targets: Vec<Target>,
}

/// Where the value goes.
#[derive(Debug, Clone)]
pub(crate) struct Target {
    /// `None`: every resource.
    pub selector: Option<kustomization::Selector>,
    pub field_path: String,
    /// 0: the value replaces the field; `i` > 0: it becomes the `i`-th segment of the file path
    /// the field holds (1 prefixes it, anything past the end appends it).
    pub file_path_position: usize,
}

/// kustomize's `types.MetadataNamespacePath`: the one field path that means the namespace filter.
const NAMESPACE_PATH: &str = "metadata/namespace";

/// Applies the targets in order, each to the resources its selector picks at that point.
///
/// # Errors
/// An invalid selector; a path segment that does not fit the node it meets (a field of a list, an
/// index into a mapping, a negative index, `*`, `[…]` without `=`); a field that is a mapping or a
/// list; `-` in an empty list and a file path position where the path reaches nothing (kustomize
/// crashes on both).
pub(crate) fn apply(add: &ValueAdd, resources: &mut ResMap) -> Result<(), String> {
    for target in &add.targets {
        let selected: Vec<usize> = match &target.selector {
            Some(selector) => Selector::new(selector)
                .and_then(|s| s.select(resources.resources()))
                .map_err(|e| format!("selector of fieldPath '{}': {e}", target.field_path))?,
            None => (0..resources.len()).collect(),
        };
        let list = resources.resources_mut();
        if target.field_path == NAMESPACE_PATH {
            let settings = Settings { namespace: &add.value, unset_only: false, subjects: Subjects::DefaultOnly };
            for i in selected {
                namespace::set(&settings, &[], &mut list[i])?;
            }
            continue;
        }
        let path = split_field_path(&target.field_path);
        let path: Vec<&str> = path.iter().map(|p| p.trim()).filter(|p| !p.is_empty()).collect();
        for i in selected {
            add_to(&mut list[i], &path, target, &add.value)
                .map_err(|e| format!("fieldPath '{}' of {}: {e}", target.field_path, list[i].id()))?;
        }
    }
    Ok(())
}

/// The segments of a `/`-separated field path, a segment ending in `\` joined to the next one with
/// a `/` (the backslash dropped).
fn split_field_path(path: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in path.split('/') {
        match out.last_mut() {
            Some(last) if last.ends_with('\\') => {
                last.pop();
                last.push('/');
                last.push_str(part);
            }
            _ => out.push(part.to_string()),
        }
    }
    out
}

/// Writes the value at `path` of one resource.
fn add_to(resource: &mut Resource, path: &[&str], target: &Target, value: &str) -> Result<(), String> {
    let mut written = None;
    let mut set = |field: &mut Node| -> Result<(), String> {
        let Node::Scalar(old) = field else {
            return Err(format!("wrong node kind: expected ScalarNode but got {}", kind_name(field)));
        };
        let new_value = match target.file_path_position {
            0 => value.to_string(),
            position => insert_path_part(&old.value, position - 1, value),
        };
        *old = Scalar {
            value: new_value,
            tag: Tag::Other(UNTAGGED.to_string()),
            style: old.style,
            tagged: false,
            line: 0,
            alias: old.alias,
        };
        written = Some((old.alias, old.value.clone()));
        Ok(())
    };
    walk(&mut resource.node, path, &mut set)?;
    match written {
        Some((alias, value)) if alias != 0 => {
            node::propagate_aliases(&mut resource.node, &[(alias, value, Tag::Other(UNTAGGED.to_string()))]);
        }
        Some(_) => {}
        // kustomize dereferences the missing node to read the old path, and crashes.
        None if target.file_path_position > 0 => {
            return Err("the path reaches no field to insert into (kustomize crashes here)".into())
        }
        None => {}
    }
    Ok(())
}

/// kyaml's `PathGetter` with `Create: ScalarNode`: follows `path` from `node`, creating what is
/// missing, and calls `set` on the node reached, if any.
fn walk(node: &mut Node, path: &[&str], set: &mut dyn FnMut(&mut Node) -> Result<(), String>) -> Result<(), String> {
    let Some((&part, rest)) = path.split_first() else {
        return set(node);
    };
    if let Some(index) = go_atoi(part) {
        if index < 0 {
            return Err(format!("array index {index} cannot be negative"));
        }
        return match elements(node)?.get_mut(index as usize) {
            Some(item) => walk(item, rest, set),
            None => Ok(()),
        };
    }
    if part == "-" {
        return match elements(node)?.last_mut() {
            Some(item) => walk(item, rest, set),
            // kustomize indexes the list at -1 and crashes.
            None => Err("'-' names the last item of an empty list (kustomize crashes here)".into()),
        };
    }
    if part == "*" {
        return Err("wildcard is not supported in PathGetter".into());
    }
    if is_list_entry(part) {
        let (name, value) = split_entry(part)?;
        return walk_entry(node, name, value, rest, set);
    }
    match node {
        // kyaml never looks into a null node: the path ends there, unwritten.
        n if node::is_null(n) => Ok(()),
        Node::Map(map) => {
            let found = map.entries.iter().position(|(k, _)| k.value == part);
            let index = match found {
                Some(index) => index,
                None => {
                    map.entries.push((Scalar::string(part), new_node(rest.first().copied())));
                    map.entries.len() - 1
                }
            };
            walk(&mut map.entries[index].1, rest, set)
        }
        other => Err(format!("wrong node kind: expected MappingNode but got {}", kind_name(other))),
    }
}

/// The node kyaml creates for a missing field, given the segment after it.
fn new_node(next: Option<&str>) -> Node {
    match next {
        None => Node::Scalar(untagged("")),
        Some(next) if is_list_entry(next) || is_index(next) => Node::Seq(Vec::new()),
        Some(_) => Node::Map(Map::default()),
    }
}

fn untagged(value: &str) -> Scalar {
    Scalar { tag: Tag::Other(UNTAGGED.to_string()), ..Scalar::string(value) }
}

/// The items of a list; none for `null`.
fn elements(node: &mut Node) -> Result<&mut [Node], String> {
    match node {
        Node::Seq(items) => Ok(items),
        n if node::is_null(n) => Ok(&mut []),
        other => Err(format!("wrong node kind: expected SequenceNode but got {}", kind_name(other))),
    }
}

/// `[name=value]` (or `[=value]` for a list of scalars): the first item that matches, or a new one
/// appended. kyaml appends to a `null` node's content, which is lost: the walk goes on, unseen.
fn walk_entry(
    node: &mut Node,
    name: &str,
    value: &str,
    rest: &[&str],
    set: &mut dyn FnMut(&mut Node) -> Result<(), String>,
) -> Result<(), String> {
    let created = || {
        if name.is_empty() {
            Node::Scalar(untagged(value))
        } else {
            Node::Map(Map { entries: vec![(Scalar::string(name), Node::Scalar(untagged(value)))], flow: false })
        }
    };
    let items = match node {
        Node::Seq(items) => items,
        n if node::is_null(n) => return walk(&mut created(), rest, set),
        other => return Err(format!("wrong node kind: expected SequenceNode but got {}", kind_name(other))),
    };
    let found = items.iter().position(|item| match item {
        _ if name.is_empty() => text(item) == value,
        Node::Map(map) => map.entries.iter().find(|(k, _)| k.value == name).is_some_and(|(_, v)| text(v) == value),
        _ => false,
    });
    let index = match found {
        Some(index) => index,
        None => {
            items.push(created());
            items.len() - 1
        }
    };
    walk(&mut items[index], rest, set)
}

/// A node's text as go-yaml keeps it: a scalar's value, nothing for a collection.
fn text(node: &Node) -> &str {
    match node {
        Node::Scalar(s) => &s.value,
        _ => "",
    }
}

/// kyaml's `filesys.InsertPathPart`: `part` becomes segment `pos` (from 0; clamped to the end) of
/// `path`, an absolute path staying absolute, and the result cleaned as Go's `filepath.Join` does
/// (all but the leading `/`).
fn insert_path_part(path: &str, pos: usize, part: &str) -> String {
    let mut parts = path_split(path);
    let mut pos = pos.min(parts.len());
    if parts.first().is_some_and(|p| p.is_empty()) && pos < parts.len() {
        pos += 1;
    }
    parts.insert(pos, part);
    path_join(&parts)
}

/// kyaml's `PathSplit`: the segments of a path, a leading empty one for an absolute path, each `/`
/// after the first of a run an empty segment (`a//b` is `a`, ``, `b`), a trailing `/` too.
fn path_split(path: &str) -> Vec<&str> {
    let mut reversed = Vec::new();
    let mut rest = path;
    while !rest.is_empty() {
        let Some(slash) = rest.rfind('/') else {
            reversed.push(rest);
            break;
        };
        let (dir, file) = (&rest[..=slash], &rest[slash + 1..]);
        if dir == "/" {
            if !file.is_empty() {
                reversed.push(file);
            }
            reversed.push("");
            break;
        }
        reversed.push(file);
        rest = &dir[..dir.len() - 1];
    }
    reversed.reverse();
    reversed
}

/// kyaml's `PathJoin`: `/` and the rest joined when the first segment is empty, else all joined.
fn path_join(parts: &[&str]) -> String {
    match parts.split_first() {
        None => String::new(),
        Some((&"", rest)) => format!("/{}", go_join(rest)),
        Some(_) => go_join(parts),
    }
}

/// Go's `filepath.Join`: the segments from the first non-empty one, joined and cleaned; `""` when
/// all are empty.
fn go_join(parts: &[&str]) -> String {
    match parts.iter().position(|p| !p.is_empty()) {
        Some(first) => go_clean(&parts[first..].join("/")),
        None => String::new(),
    }
}

/// Go's `filepath.Clean`: repeated slashes, `.` segments and `..` after a name removed; `..` kept
/// at the start of a relative path and dropped at the root; `.` for nothing.
fn go_clean(path: &str) -> String {
    let rooted = path.starts_with('/');
    let mut kept: Vec<&str> = Vec::new();
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." => match kept.last() {
                Some(&last) if last != ".." => {
                    kept.pop();
                }
                _ if rooted => {}
                _ => kept.push(".."),
            },
            name => kept.push(name),
        }
    }
    let joined = kept.join("/");
    match (rooted, joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".into(),
        (false, false) => joined,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_paths_split_join_and_clean_as_go() {
        assert_eq!(path_split(""), Vec::<&str>::new());
        assert_eq!(path_split("/"), [""]);
        assert_eq!(path_split("a"), ["a"]);
        assert_eq!(path_split("/a/b"), ["", "a", "b"]);
        assert_eq!(path_split("a//b/"), ["a", "", "b", ""]);
        assert_eq!(path_split("//a"), ["", "a"]);
        assert_eq!(go_clean("./x/../y"), "y");
        assert_eq!(go_clean("a/../.."), "..");
        assert_eq!(go_clean("/../a"), "/a");
        assert_eq!(go_clean("a/.."), ".");
    }

    #[test]
    fn insertion_follows_kyamls_table() {
        let cases = [
            ("", 0, "PEACH"),
            ("/", 0, "/PEACH"),
            ("pie", 0, "PEACH/pie"),
            ("/pie", 0, "/PEACH/pie"),
            ("raw", 1, "raw/PEACH"),
            ("/raw", 9, "/raw/PEACH"),
            ("a/nice/warm/pie", 3, "a/nice/warm/PEACH/pie"),
            ("/a/nice/warm/pie", 3, "/a/nice/warm/PEACH/pie"),
            ("a//b/", 1, "a/PEACH/b"),
            ("..", 0, "."),
        ];
        for (path, pos, want) in cases {
            assert_eq!(insert_path_part(path, pos, "PEACH"), want, "{path} at {pos}");
        }
        assert_eq!(insert_path_part("/pie", 0, "/x"), "//x/pie");
        assert_eq!(insert_path_part("/pie", 0, "../q"), "/../q/pie");
        assert_eq!(insert_path_part("pie", 1, "../q"), "q");
    }

    #[test]
    fn field_paths_split_at_unescaped_slashes() {
        assert_eq!(split_field_path(r"metadata/annotations/a\/b"), ["metadata", "annotations", "a/b"]);
        assert_eq!(split_field_path("/a//b"), ["", "a", "", "b"]);
    }
}
