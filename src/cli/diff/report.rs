//! The per-field report under each drifted object of `flux-rs diff kustomization`: how the live object
//! differs from what the server-side dry run says applying would make it.
//!
//! Upstream prints a homeport/dyff human report (no header, no colour off a terminal); this is the same
//! comparison, written for our JSON objects:
//!
//! - maps are compared key by key (keys in sorted order); keys only on one side are reported together on
//!   the map's path as `- N map entries removed:` / `+ N map entries added:` with their YAML;
//! - lists whose entries all carry a distinct `name`, `key`, `id` or `manager` (or, for more than three
//!   entries, any other distinct string field) are compared entry by entry, and the path names the entry
//!   (`spec.ports.http.port`); other lists are compared as multisets of entries (`+ one list entry added:`),
//!   a one-entry list by its index (`args.0`); common entries that moved give `⇆ order changed`;
//! - scalars that differ give `± value change` with `- old` / `+ new`, `± type change from int to string`
//!   when the type changed, `± value change in multiline text (N inserts, M deletions)` with the changed
//!   lines for multi-line strings, and `± whitespace only change` (spaces shown as `·`, newlines as `↵`).
//!
//! Each difference prints as a blank line, its path, its details; the report ends with a blank line.
//! Where dyff would print two details side by side when the terminal is wide enough, they are printed one
//! under the other. Pure: no I/O.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt;

use serde_json::Value;

/// One step of a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Element {
    /// A map key.
    Key(String),
    /// A list entry identified by its `field` (`name`): the path shows the entry's name.
    Named { field: String, name: String },
    /// A list entry by position.
    Index(usize),
}

/// Where a difference is, printed dot style (`spec.template.spec.containers.app.image`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Path(pub Vec<Element>);

impl Path {
    fn with(&self, element: Element) -> Path {
        let mut elements = self.0.clone();
        elements.push(element);
        Path(elements)
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            return f.write_str("(root level)");
        }
        for (i, element) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str(".")?;
            }
            match element {
                Element::Key(key) => f.write_str(key)?,
                Element::Named { name, .. } => f.write_str(name)?,
                Element::Index(i) => write!(f, "{i}")?,
            }
        }
        Ok(())
    }
}

/// What changed at one path.
#[derive(Debug, Clone, PartialEq)]
pub enum Detail {
    /// Entries only the new object has: a map of the added keys, or a list of the added entries.
    Added(Value),
    /// Entries only the live object has.
    Removed(Value),
    /// A value replaced.
    Modified { from: Value, to: Value },
    /// The entries both lists have, in their old and new order.
    OrderChanged { from: Vec<String>, to: Vec<String> },
}

/// The changes at one path.
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    pub path: Path,
    pub details: Vec<Detail>,
}

/// The differences between the live object `from` and the object `to` that applying would make.
///
/// ```ignore
/// let diffs = compare(&json!({"spec": {"replicas": 1}}), &json!({"spec": {"replicas": 3}}));
/// assert_eq!(render(&diffs), "\nspec.replicas\n± value change\n- 1\n+ 3\n\n");
/// ```
pub fn compare(from: &Value, to: &Value) -> Vec<Difference> {
    values(&Path::default(), from, to)
}

/// The paths that changed, for machine-readable output: a key added to or removed from a map counts as
/// its own path (`metadata.labels.team`); anything else as the path of the difference.
pub fn changed_paths(diffs: &[Difference]) -> Vec<String> {
    let mut seen = BTreeSet::new();
    let mut paths = Vec::new();
    for diff in diffs {
        for detail in &diff.details {
            let found: Vec<String> = match detail {
                Detail::Added(Value::Object(entries)) | Detail::Removed(Value::Object(entries)) => {
                    entries.keys().map(|k| diff.path.with(Element::Key(k.clone())).to_string()).collect()
                }
                _ => vec![diff.path.to_string()],
            };
            for path in found {
                if seen.insert(path.clone()) {
                    paths.push(path);
                }
            }
        }
    }
    paths
}

/// The human report of `diffs` (see the module documentation); empty when there are none.
pub fn render(diffs: &[Difference]) -> String {
    if diffs.is_empty() {
        return String::new();
    }
    let mut out = String::new();
    for diff in diffs {
        out.push('\n');
        out.push_str(&diff.path.to_string());
        out.push('\n');
        for detail in &diff.details {
            out.push_str(&render_detail(detail));
        }
    }
    out.push('\n');
    out
}

// ---------------------------------------------------------------------------------------------------------
// Comparison

/// dyff's type names.
fn type_name(value: &Value) -> &'static str {
    match value {
        Value::Null => "<nil>",
        Value::Bool(_) => "bool",
        Value::Number(n) if n.is_f64() => "float",
        Value::Number(_) => "int",
        Value::String(_) => "string",
        Value::Array(_) => "list",
        Value::Object(_) => "map",
    }
}

fn modified(path: &Path, from: &Value, to: &Value) -> Vec<Difference> {
    vec![Difference { path: path.clone(), details: vec![Detail::Modified { from: from.clone(), to: to.clone() }] }]
}

fn values(path: &Path, from: &Value, to: &Value) -> Vec<Difference> {
    if type_name(from) != type_name(to) {
        return modified(path, from, to);
    }
    match (from, to) {
        (Value::Object(a), Value::Object(b)) => maps(path, a, b),
        (Value::Array(a), Value::Array(b)) => lists(path, a, b),
        // Different ways of writing null are the same null.
        (Value::Null, Value::Null) => Vec::new(),
        _ if from != to => modified(path, from, to),
        _ => Vec::new(),
    }
}

fn sorted_keys(map: &serde_json::Map<String, Value>) -> Vec<&String> {
    let mut keys: Vec<&String> = map.keys().collect();
    keys.sort();
    keys
}

fn maps(path: &Path, from: &serde_json::Map<String, Value>, to: &serde_json::Map<String, Value>) -> Vec<Difference> {
    let mut nested = Vec::new();
    let mut removed = serde_json::Map::new();
    for key in sorted_keys(from) {
        match to.get(key) {
            Some(new) => nested.extend(values(&path.with(Element::Key(key.clone())), &from[key], new)),
            None => {
                removed.insert(key.clone(), from[key].clone());
            }
        }
    }
    let added: serde_json::Map<String, Value> =
        sorted_keys(to).into_iter().filter(|k| !from.contains_key(*k)).map(|k| (k.clone(), to[k].clone())).collect();
    let mut details = Vec::new();
    if !removed.is_empty() {
        details.push(Detail::Removed(Value::Object(removed)));
    }
    if !added.is_empty() {
        details.push(Detail::Added(Value::Object(added)));
    }
    pack(path, details, nested)
}

/// The difference at `path` (when it has details) before those found below it.
fn pack(path: &Path, details: Vec<Detail>, nested: Vec<Difference>) -> Vec<Difference> {
    let mut out = Vec::with_capacity(nested.len() + 1);
    if !details.is_empty() {
        out.push(Difference { path: path.clone(), details });
    }
    out.extend(nested);
    out
}

/// A scalar's text as YAML holds it (`""` for collections), for identifiers and order changes.
fn scalar_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Null => "null".to_string(),
        Value::Array(_) | Value::Object(_) => String::new(),
    }
}

/// The fields that identify list entries when every entry has a distinct one, in order of preference.
const IDENTIFIERS: [&str; 4] = ["name", "key", "id", "manager"];

/// A field outside [`IDENTIFIERS`] identifies entries only in lists longer than this.
const GUESS_THRESHOLD: usize = 3;

fn lists(path: &Path, from: &[Value], to: &[Value]) -> Vec<Difference> {
    if from.is_empty() && to.is_empty() {
        return Vec::new();
    }
    match identifier(from, to) {
        Some(field) => named_lists(path, &field, from, to),
        None => simple_lists(path, from, to),
    }
}

/// The field every entry of both lists has, with a distinct value.
fn identifier(from: &[Value], to: &[Value]) -> Option<String> {
    // The usual suspects: each list's entries must have as many distinct values as entries.
    let distinct = |list: &[Value], field: &str| {
        list.iter().filter_map(|e| e.as_object()?.get(field).map(scalar_text)).collect::<BTreeSet<_>>().len()
    };
    let has = |list: &[Value], field: &str| list.iter().any(|e| e.as_object().is_some_and(|m| m.contains_key(field)));
    for field in IDENTIFIERS {
        if has(from, field) && has(to, field) && distinct(from, field) == from.len() && distinct(to, field) == to.len()
        {
            return Some(field.to_string());
        }
    }
    // Any other string field, in long enough lists of maps only.
    let counts = |list: &[Value]| -> BTreeMap<String, usize> {
        let mut values: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
        for entry in list {
            let Some(map) = entry.as_object() else { return BTreeMap::new() };
            for (k, v) in map {
                if let Value::String(s) = v {
                    values.entry(k.clone()).or_default().insert(s);
                }
            }
        }
        values.into_iter().map(|(k, v)| (k, v.len())).collect()
    };
    let (a, b) = (counts(from), counts(to));
    a.into_iter().find(|(k, n)| *n == from.len() && b.get(k) == Some(&to.len()) && *n > GUESS_THRESHOLD).map(|(k, _)| k)
}

fn named_lists(path: &Path, field: &str, from: &[Value], to: &[Value]) -> Vec<Difference> {
    let name = |entry: &Value| entry.get(field).map(scalar_text).unwrap_or_default();
    let find = |list: &[Value], wanted: &str| list.iter().position(|e| name(e) == wanted);
    let (mut nested, mut removed, mut added) = (Vec::new(), Vec::new(), Vec::new());
    let (mut from_names, mut to_names) = (Vec::new(), Vec::new());
    for entry in from {
        let n = name(entry);
        match find(to, &n) {
            Some(i) => {
                let element = Element::Named { field: field.to_string(), name: n.clone() };
                nested.extend(values(&path.with(element), entry, &to[i]));
                from_names.push(n);
            }
            None => removed.push(entry.clone()),
        }
    }
    for entry in to {
        let n = name(entry);
        match find(from, &n) {
            Some(_) => to_names.push(n),
            None => added.push(entry.clone()),
        }
    }
    let position: HashMap<&str, usize> = to_names.iter().enumerate().map(|(i, n)| (n.as_str(), i)).collect();
    let moved = from_names.iter().enumerate().any(|(i, n)| position.get(n.as_str()) != Some(&i));
    let order = moved.then(|| Detail::OrderChanged { from: from_names.clone(), to: to_names.clone() });
    pack(path, list_details(order, removed, added), nested)
}

fn list_details(order: Option<Detail>, removed: Vec<Value>, added: Vec<Value>) -> Vec<Detail> {
    let mut details: Vec<Detail> = order.into_iter().collect();
    if !removed.is_empty() {
        details.push(Detail::Removed(Value::Array(removed)));
    }
    if !added.is_empty() {
        details.push(Detail::Added(Value::Array(added)));
    }
    details
}

/// An entry's identity for multiset comparison: its JSON text, with keys sorted (serde_json's map
/// is ordered; the workspace does not turn on `preserve_order`).
fn fingerprint(value: &Value) -> String {
    value.to_string()
}

fn simple_lists(path: &Path, from: &[Value], to: &[Value]) -> Vec<Difference> {
    if from.len() == 1 && to.len() == 1 {
        return values(&path.with(Element::Index(0)), &from[0], &to[0]);
    }
    let prints = |list: &[Value]| list.iter().map(fingerprint).collect::<Vec<_>>();
    let (from_prints, to_prints) = (prints(from), prints(to));
    let count = |prints: &[String]| {
        let mut counts: HashMap<String, usize> = HashMap::new();
        for p in prints {
            *counts.entry(p.clone()).or_default() += 1;
        }
        counts
    };
    let (from_count, to_count) = (count(&from_prints), count(&to_prints));

    // Entries missing on the other side, or there fewer times than here.
    let changed = |list: &[Value], prints: &[String], here: &HashMap<String, usize>, there: &HashMap<String, usize>| {
        let (mut common, mut changed): (Vec<usize>, Vec<Value>) = (Vec::new(), Vec::new());
        let mut counted = BTreeSet::new();
        for (i, p) in prints.iter().enumerate() {
            match there.get(p) {
                None => changed.push(list[i].clone()),
                Some(&n) => {
                    common.push(i);
                    if here[p] > n && counted.insert(p.clone()) {
                        changed.extend(std::iter::repeat_n(list[i].clone(), here[p] - n));
                    }
                }
            }
        }
        (common, changed)
    };
    let (from_common, removed) = changed(from, &from_prints, &from_count, &to_count);
    let (to_common, added) = changed(to, &to_prints, &to_count, &from_count);

    let moved = from_common.len() == to_common.len()
        && from_common.iter().zip(&to_common).any(|(&a, &b)| from_prints[a] != to_prints[b]);
    let order = moved.then(|| Detail::OrderChanged {
        from: from_common.iter().map(|&i| entry_text(&from[i])).collect(),
        to: to_common.iter().map(|&i| entry_text(&to[i])).collect(),
    });
    pack(path, list_details(order, removed, added), Vec::new())
}

/// A list entry in an order change: a scalar's text, a collection's YAML.
fn entry_text(value: &Value) -> String {
    match value {
        Value::Array(_) | Value::Object(_) => yaml::to_string(value).trim_end().to_string(),
        other => scalar_text(other),
    }
}

// ---------------------------------------------------------------------------------------------------------
// Rendering

/// gonvenience/text's `Plural`: small numbers as words.
fn plural(n: usize, singular: &str, plural: &str) -> String {
    const WORDS: [&str; 13] =
        ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
    let number = WORDS.get(n).map(|w| w.to_string()).unwrap_or_else(|| n.to_string());
    format!("{number} {}", if n == 1 { singular } else { plural })
}

/// `text` indented by two spaces, one line at a time.
fn indented(text: &str) -> String {
    text.lines().map(|l| if l.is_empty() { "\n".to_string() } else { format!("  {l}\n") }).collect()
}

/// `prefix` before the first line, the others aligned under it (dyff's `createStringWithPrefix`).
fn prefixed(prefix: &str, text: &str) -> String {
    let pad = " ".repeat(prefix.chars().count());
    text.split('\n').enumerate().map(|(i, line)| format!("{}{line}\n", if i == 0 { prefix } else { &pad })).collect()
}

/// `prefix` before every line (dyff's `createStringWithContinuousPrefix`).
fn each_prefixed(prefix: &str, text: &str) -> String {
    text.strip_suffix('\n').unwrap_or(text).split('\n').map(|line| format!("{prefix}{line}\n")).collect()
}

/// A value as the report shows it: null as `<nil>`, anything else as YAML.
fn yaml_text(value: &Value) -> String {
    match value {
        Value::Null => "<nil>".to_string(),
        other => yaml::to_string(other).trim_end_matches('\n').to_string(),
    }
}

fn render_detail(detail: &Detail) -> String {
    match detail {
        Detail::Added(entries) => entries_block('+', "added", entries),
        Detail::Removed(entries) => entries_block('-', "removed", entries),
        Detail::Modified { from: Value::String(a), to: Value::String(b) } => string_change(a, b),
        Detail::Modified { from, to } => {
            let (a, b) = (type_name(from), type_name(to));
            let head =
                if a == b { "± value change\n".to_string() } else { format!("± type change from {a} to {b}\n") };
            head + &prefixed("- ", &yaml_text(from)) + &prefixed("+ ", &yaml_text(to))
        }
        Detail::OrderChanged { from, to } => format!("⇆ order changed\n- {}\n+ {}\n", from.join(", "), to.join(", ")),
    }
}

fn entries_block(sign: char, what: &str, entries: &Value) -> String {
    let count = match entries {
        Value::Object(map) => plural(map.len(), "map entry", "map entries"),
        Value::Array(items) => plural(items.len(), "list entry", "list entries"),
        _ => plural(1, "entry", "entries"),
    };
    format!("{sign} {count} {what}:\n{}", indented(&yaml::to_string(entries)))
}

fn string_change(from: &str, to: &str) -> String {
    let trim = |s: &str| s.trim_matches(|c| c == ' ' || c == '\n').to_string();
    if trim(from) == trim(to) {
        let shown = |s: &str| s.replace(' ', "·").replace('\n', "↵\n");
        return "± whitespace only change\n".to_string() + &prefixed("- ", &shown(from)) + &prefixed("+ ", &shown(to));
    }
    if from.contains('\n') || to.contains('\n') {
        return multiline_change(from, to);
    }
    format!("± value change\n{}{}", prefixed("- ", from), prefixed("+ ", to))
}

/// A line diff: each run of removed lines, then each run of added lines, prefixed `-` and `+`; unchanged
/// lines are not shown.
fn multiline_change(from: &str, to: &str) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (from.split_inclusive('\n').collect(), to.split_inclusive('\n').collect());
    let hunks = line_diff(&a, &b);
    let (mut inserts, mut deletions, mut body) = (0, 0, String::new());
    for hunk in &hunks {
        if !hunk.removed.is_empty() {
            deletions += 1;
            body.push_str(&each_prefixed("- ", &hunk.removed.concat()));
        }
        if !hunk.added.is_empty() {
            inserts += 1;
            body.push_str(&each_prefixed("+ ", &hunk.added.concat()));
        }
    }
    format!(
        "± value change in multiline text ({}, {})\n{body}\n",
        plural(inserts, "insert", "inserts"),
        plural(deletions, "deletion", "deletions")
    )
}

/// Lines removed and added at one place.
#[derive(Debug, Default)]
struct Hunk<'a> {
    removed: Vec<&'a str>,
    added: Vec<&'a str>,
}

/// The shortest edit between two lists of lines, by longest common subsequence. Very long texts (where the
/// table would be too large) are treated as replaced whole.
fn line_diff<'a>(a: &[&'a str], b: &[&'a str]) -> Vec<Hunk<'a>> {
    const MAX_CELLS: usize = 4_000_000;
    if a.len().saturating_mul(b.len()) > MAX_CELLS {
        return vec![Hunk { removed: a.to_vec(), added: b.to_vec() }];
    }
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..].
    let mut lcs = vec![vec![0u32; b.len() + 1]; a.len() + 1];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            lcs[i][j] = if a[i] == b[j] { lcs[i + 1][j + 1] + 1 } else { lcs[i + 1][j].max(lcs[i][j + 1]) };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut hunks = Vec::new();
    let mut current = Hunk::default();
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            if !current.removed.is_empty() || !current.added.is_empty() {
                hunks.push(std::mem::take(&mut current));
            }
            i += 1;
            j += 1;
        } else if j == b.len() || (i < a.len() && lcs[i + 1][j] >= lcs[i][j + 1]) {
            current.removed.push(a[i]);
            i += 1;
        } else {
            current.added.push(b[j]);
            j += 1;
        }
    }
    if !current.removed.is_empty() || !current.added.is_empty() {
        hunks.push(current);
    }
    hunks
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn report(from: Value, to: Value) -> String {
        render(&compare(&from, &to))
    }

    #[test]
    fn named_list_entries_are_compared_by_name() {
        // Upstream's diff-with-drifted-service.golden, byte for byte.
        let from = json!({"spec": {"ports": [{"name": "http", "port": 9899, "protocol": "TCP"}]}});
        let to = json!({"spec": {"ports": [{"name": "http", "port": 9898, "protocol": "TCP"}]}});
        assert_eq!(report(from, to), "\nspec.ports.http.port\n± value change\n- 9899\n+ 9898\n\n");
    }

    #[test]
    fn map_entries_added_and_removed_are_grouped_on_the_map() {
        let from = json!({"metadata": {"name": "c", "labels": {"a": "1", "gone": "x"}}});
        let to = json!({"metadata": {"name": "c", "labels": {"a": "2", "new": "y", "team": "z"}, "annotations": {"note": "1"}}});
        let diffs = compare(&from, &to);
        assert_eq!(
            render(&diffs),
            "\nmetadata\n+ one map entry added:\n  annotations:\n    note: \"1\"\n\
             \nmetadata.labels\n- one map entry removed:\n  gone: x\n+ two map entries added:\n  new: \"y\"\n  team: z\n\
             \nmetadata.labels.a\n± value change\n- 1\n+ 2\n\n"
        );
        assert_eq!(
            changed_paths(&diffs),
            [
                "metadata.annotations",
                "metadata.labels.gone",
                "metadata.labels.new",
                "metadata.labels.team",
                "metadata.labels.a"
            ]
        );
    }

    #[test]
    fn simple_lists_are_multisets_with_order() {
        let diffs = compare(&json!({"args": ["a", "b", "c"]}), &json!({"args": ["c", "b", "d", "d"]}));
        assert_eq!(
            render(&diffs),
            "\nargs\n⇆ order changed\n- b, c\n+ c, b\n- one list entry removed:\n  - a\n+ two list entries added:\n  - d\n  - d\n\n"
        );
        // One entry on each side: compared in place.
        assert_eq!(report(json!({"args": ["a"]}), json!({"args": ["b"]})), "\nargs.0\n± value change\n- a\n+ b\n\n");
        // Same entries, same order: nothing.
        assert!(compare(&json!([{"x": 1}, {"x": 2}]), &json!([{"x": 1}, {"x": 2}])).is_empty());
    }

    #[test]
    fn named_entries_added_removed_and_moved() {
        let c = |name: &str, image: &str| json!({"name": name, "image": image});
        let from = json!({"containers": [c("app", "a:1"), c("side", "s:1"), c("old", "o:1")]});
        let to = json!({"containers": [c("side", "s:1"), c("app", "a:2"), c("new", "n:1")]});
        assert_eq!(
            report(from, to),
            "\ncontainers\n⇆ order changed\n- app, side\n+ side, app\n- one list entry removed:\n  - image: o:1\n    name: old\n\
             + one list entry added:\n  - image: n:1\n    name: new\n\ncontainers.app.image\n± value change\n- a:1\n+ a:2\n\n"
        );
    }

    #[test]
    fn a_distinct_field_identifies_long_lists() {
        let from: Vec<Value> = (0..4).map(|i| json!({"host": format!("h{i}"), "port": 80})).collect();
        let mut to = from.clone();
        to[2]["port"] = json!(8080);
        let diffs = compare(&Value::Array(from.clone()), &Value::Array(to));
        assert_eq!(changed_paths(&diffs), ["h2.port"]);
        // Three entries are not enough to guess.
        let mut short = from[..3].to_vec();
        short[2]["port"] = json!(8080);
        let diffs = compare(&Value::Array(from[..3].to_vec()), &Value::Array(short));
        assert_eq!(changed_paths(&diffs), ["(root level)"]);
    }

    #[test]
    fn types_nulls_and_multiline_text() {
        assert_eq!(
            report(json!({"a": 1}), json!({"a": "1"})),
            "\na\n± type change from int to string\n- 1\n+ \"1\"\n\n"
        );
        assert_eq!(
            report(json!({"a": null}), json!({"a": {"b": 1}})),
            "\na\n± type change from <nil> to map\n- <nil>\n+ b: 1\n\n"
        );
        assert!(compare(&json!({"a": null}), &json!({"a": null})).is_empty());
        assert_eq!(
            report(json!({"s": "one\ntwo\nthree\n"}), json!({"s": "one\n2\nthree\nfour\n"})),
            "\ns\n± value change in multiline text (two inserts, one deletion)\n- two\n+ 2\n+ four\n\n\n"
        );
        assert_eq!(
            report(json!({"s": "a b"}), json!({"s": "a b\n"})),
            "\ns\n± whitespace only change\n- a·b\n+ a·b↵\n  \n\n"
        );
    }

    #[test]
    fn secrets_masked_upstream_style() {
        // Upstream's diff-with-drifted-secret.golden.
        let from = json!({"data": {"password": "*** (before)", "username": "***"}});
        let to = json!({"data": {"password": "*** (after)", "username": "***"}});
        assert_eq!(report(from, to), "\ndata.password\n± value change\n- *** (before)\n+ *** (after)\n\n");
    }

    #[test]
    fn counts_read_as_words() {
        assert_eq!(plural(0, "insert", "inserts"), "no inserts");
        assert_eq!(plural(12, "map entry", "map entries"), "twelve map entries");
        assert_eq!(plural(13, "map entry", "map entries"), "13 map entries");
    }
}
