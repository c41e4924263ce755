//! A YAML stream read as kustomize reads its inputs: kyaml's `kio.FromBytes`, that is a
//! `ByteReader` with anchors expanded ("anchors aweigh") over go-yaml v3's parser.
//!
//! What kyaml does, in order, and what this module does the same way:
//!
//! 1. `\r\n` becomes `\n`, and the text is cut at every line that starts with `---` (the line
//!    must hold nothing else but a comment: `invalid document separator: --- x`). The cut
//!    eats the line break before the separator; every piece but the last gets it back.
//! 2. go-yaml v3 reads the *first* document of each piece (what follows a `...` in the same
//!    piece is never looked at). A piece with no document (empty, or only comments), and a
//!    document whose root is a null (`---` alone, `~`, `null`) are skipped.
//! 3. Plain scalars are typed by go-yaml v3's rules ([`super::resolve`]), quoted and block
//!    scalars are strings, explicit tags are kept.
//! 4. When the stream is a single piece holding a `kind: List` (or `ResourceList`) with `items`
//!    (or `functionConfig`), its items are the documents.
//! 5. Aliases are replaced by copies of their anchor's node and `<<` merge keys applied, as
//!    kyaml's `DeAnchor` does, quirks included (see [`merge_entries`]).

use std::borrow::Cow;
use std::collections::HashMap;

use granit_parser::{Event, Marker, Options, Parser, ScalarStyle, StructureStyle, Tag as EventTag};

use super::resolve::{core_tag, plain_tag, tag_from_name};
use super::{Map, Node, Scalar, Style, Tag};
use crate::errors::{scan_error_v3, Error};
use crate::escapes::{Dialect, Source};

/// Alias expansion is refused past this many copied nodes in one document. kustomize has no
/// limit (an alias bomb takes all its memory); go-yaml's decoder refuses far less.
const MAX_ALIASED_NODES: usize = 1_000_000;

const WANT_MAP: &str = "map merge requires map or sequence of maps as the value";
const ALIAS_NOT_MAP: &str = "invalid map merge: received alias for a non-map value";
const NESTED_SEQ: &str = "invalid map merge: received a nested sequence";

pub(crate) fn parse_documents(text: &str) -> Result<Vec<Node>, Error> {
    let text: Cow<'_, str> =
        if text.contains("\r\n") { Cow::Owned(text.replace("\r\n", "\n")) } else { Cow::Borrowed(text) };
    let pieces = split_documents(&text)?;
    let mut docs = Vec::with_capacity(pieces.len());
    let mut later = Deferred::default();
    let mut rank = 0;
    for piece in &pieces {
        if let Some(doc) = first_document(piece, &mut rank, &mut later)? {
            docs.push(doc);
        }
    }
    // kyaml expands anchors (and fails on bad merges) once every piece has been read; go-yaml's
    // decoder fails on collection keys later still, when the resource is printed.
    if let Some((_, e)) = later.merge {
        return Err(e);
    }
    if let Some(e) = later.key {
        return Err(e);
    }
    if pieces.len() == 1 && docs.len() == 1 {
        if let Some(items) = list_items(&docs[0]) {
            return Ok(items);
        }
    }
    Ok(docs)
}

/// kyaml's `splitDocuments`: the pieces between separator lines (`\n---…\n`), each but the last
/// with the line break the cut took.
fn split_documents(text: &str) -> Result<Vec<&str>, Error> {
    let mut pieces = Vec::new();
    if text.is_empty() {
        return Ok(pieces);
    }
    let mut start = 0;
    let mut from = 0;
    while let Some(found) = text[from..].find("\n---") {
        let at = from + found;
        let Some(eol) = text[at + 4..].find('\n') else { break };
        let end = at + 4 + eol;
        let rest = text[at + 4..end].trim();
        if !rest.is_empty() && !rest.starts_with('#') {
            let line = text[..=at].matches('\n').count() + 1;
            return Err(Error::bare(line, 1, format!("invalid document separator: {}", text[at + 1..end].trim())));
        }
        pieces.push(&text[start..=at]);
        start = end + 1;
        from = end + 1;
    }
    pieces.push(&text[start..]);
    Ok(pieces)
}

/// Errors kustomize only reports after every document has been read.
#[derive(Default)]
struct Deferred {
    /// The first bad merge in document order (kyaml looks at a mapping before its children):
    /// the rank of its mapping and the error.
    merge: Option<(usize, Error)>,
    /// A key that is a collection, which go-yaml v3's decoder refuses.
    key: Option<Error>,
}

/// Reads the first document of `piece`; `None` when there is none or it is a null.
fn first_document(piece: &str, rank: &mut usize, later: &mut Deferred) -> Result<Option<Node>, Error> {
    let mut options = Options::default();
    options.set_emit_comments(false);
    options.emit_anchor_events = true;
    options.emit_unresolved_aliases = true;
    let mut loader = Loader::new(rank, later);
    let mut in_document = false;
    let source = Source::new(piece, Dialect::V3, true);
    let piece = source.text();
    for next in Parser::new_from_str_with_options(piece, options) {
        let (event, span) = next.map_err(|e| {
            let (context, flow) = loader.context();
            scan_error_v3(&e, piece, context, flow)
        })?;
        let mark = span.start;
        match event {
            Event::DocumentStart(..) => in_document = true,
            Event::DocumentEnd | Event::StreamEnd => break,
            _ if !in_document => {}
            Event::Anchor(id, name) => {
                loader.names.insert(id, name.into_owned());
            }
            Event::Scalar(value, style, anchor, tag) => {
                let value = source.scalar(value, style, &span)?;
                // granit-parser writes an empty node as `~`; go-yaml keeps the empty text.
                let empty = span.start.index() == span.end.index() && style == ScalarStyle::Plain;
                let value = if empty { String::new() } else { value.into_owned() };
                let scalar = scalar(value, style, tag.as_deref(), mark.line());
                let node = Node::Scalar(scalar);
                loader.anchor(anchor, &node);
                loader.complete(node, Origin::default());
            }
            Event::SequenceStart(style, anchor, _) => {
                let flow = style == StructureStyle::Flow;
                loader.stack.push(Frame::Seq(SeqFrame {
                    items: Vec::new(),
                    flow,
                    anchor,
                    start: mark,
                    merge_problem: None,
                }));
            }
            Event::MappingStart(style, anchor, _) => {
                *loader.rank += 1;
                loader.stack.push(Frame::Map(MapFrame {
                    entries: Vec::new(),
                    flow: style == StructureStyle::Flow,
                    key: None,
                    anchor,
                    start: mark,
                    rank: *loader.rank,
                    merge_keys: 0,
                    merge_problem: None,
                    quirky: false,
                }));
            }
            Event::SequenceEnd | Event::MappingEnd => loader.close(),
            Event::Alias(id) => {
                let node = loader.alias(id, mark)?;
                loader.complete(node, Origin { line: mark.line(), alias: true, seq_problem: None });
            }
            Event::UnresolvedAlias(name) => {
                return Err(Error::at(mark, format!("unknown anchor '{name}' referenced")).shown_at(0));
            }
            _ => {}
        }
    }
    Ok(loader.root.filter(|root| !matches!(root, Node::Scalar(s) if s.tag == Tag::Null)))
}

/// A scalar event as go-yaml v3's parser turns it into a node: an explicit tag wins (the
/// non-specific `!` is ignored), then quoted and block scalars are strings and plain ones are
/// resolved.
fn scalar(value: String, style: ScalarStyle, tag: Option<&EventTag>, line: usize) -> Scalar {
    let style = match style {
        ScalarStyle::Plain => Style::Plain,
        ScalarStyle::SingleQuoted => Style::SingleQuoted,
        ScalarStyle::DoubleQuoted => Style::DoubleQuoted,
        ScalarStyle::Literal => Style::Literal,
        ScalarStyle::Folded => Style::Folded,
    };
    let explicit = tag.and_then(|t| match (t.handle(), t.suffix()) {
        ("tag:yaml.org,2002:", suffix) => Some(core_tag(suffix)),
        ("", full) => tag_from_name(full),
        (handle, suffix) => tag_from_name(&format!("{handle}{suffix}")),
    });
    let tagged = explicit.is_some();
    let tag = match explicit {
        Some(tag) => tag,
        None if style == Style::Plain => plain_tag(&value),
        None => Tag::Str,
    };
    Scalar { value, tag, style, tagged, line, alias: 0 }
}

/// How a finished node came to be, for kyaml's checks of merge values.
#[derive(Default, Clone, Copy)]
struct Origin {
    /// Where the node starts (for a collection; scalars carry their line).
    line: usize,
    /// It is a copy of an anchored node.
    alias: bool,
    /// For a sequence: why it cannot be a list of maps to merge, if it cannot.
    seq_problem: Option<&'static str>,
}

struct SeqFrame {
    items: Vec<Node>,
    flow: bool,
    anchor: usize,
    start: Marker,
    merge_problem: Option<&'static str>,
}

struct MapFrame {
    entries: Vec<(Scalar, Node)>,
    flow: bool,
    key: Option<Scalar>,
    anchor: usize,
    start: Marker,
    /// Position of the mapping in document order, across the whole stream.
    rank: usize,
    merge_keys: usize,
    /// Why the (first) merge key's value cannot be merged, if it cannot.
    merge_problem: Option<&'static str>,
    /// Whether kyaml's merge pass changes the mapping: it has a merge key, a `<<` key, or a
    /// null key spelled with text (`~`, `null`).
    quirky: bool,
}

enum Frame {
    Seq(SeqFrame),
    Map(MapFrame),
}

impl Frame {
    fn anchor(&self) -> usize {
        match self {
            Frame::Seq(f) => f.anchor,
            Frame::Map(f) => f.anchor,
        }
    }
}

struct Loader<'a> {
    stack: Vec<Frame>,
    root: Option<Node>,
    anchors: HashMap<usize, Node>,
    names: HashMap<usize, String>,
    aliased: usize,
    rank: &'a mut usize,
    later: &'a mut Deferred,
}

impl<'a> Loader<'a> {
    fn new(rank: &'a mut usize, later: &'a mut Deferred) -> Self {
        Loader {
            stack: Vec::new(),
            root: None,
            anchors: HashMap::new(),
            names: HashMap::new(),
            aliased: 0,
            rank,
            later,
        }
    }

    /// Where the innermost open collection starts (libyaml's context for parser errors), and
    /// its opening bracket if it is a flow collection.
    fn context(&self) -> (Option<Marker>, Option<char>) {
        match self.stack.last() {
            None => (None, None),
            Some(Frame::Seq(f)) => (Some(f.start), f.flow.then_some('[')),
            Some(Frame::Map(f)) => (Some(f.start), f.flow.then_some('{')),
        }
    }

    fn anchor(&mut self, anchor: usize, node: &Node) {
        if anchor != 0 {
            self.anchors.insert(anchor, node.clone());
        }
    }

    fn alias(&mut self, id: usize, mark: Marker) -> Result<Node, Error> {
        let name = || self.names.get(&id).cloned().unwrap_or_default();
        if self.stack.iter().any(|f| f.anchor() == id) {
            // kustomize recurses until its stack overflows; go-yaml's decoder says this.
            return Err(Error::at(mark, format!("anchor '{}' value contains itself", name())).shown_at(0));
        }
        let Some(node) = self.anchors.get(&id) else {
            return Err(Error::at(mark, format!("unknown anchor '{}' referenced", name())).shown_at(0));
        };
        self.aliased += node_count(node);
        if self.aliased > MAX_ALIASED_NODES {
            return Err(Error::at(mark, "document contains excessive aliasing").shown_at(0));
        }
        Ok(node.clone())
    }

    fn close(&mut self) {
        let (node, anchor, origin) = match self.stack.pop() {
            Some(Frame::Seq(f)) => {
                let origin = Origin { line: f.start.line(), alias: false, seq_problem: f.merge_problem };
                (Node::Seq(f.items), f.anchor, origin)
            }
            Some(Frame::Map(f)) => {
                let (anchor, flow) = (f.anchor, f.flow);
                let origin = Origin { line: f.start.line(), ..Origin::default() };
                (Node::Map(Map { entries: self.finish_map(f), flow }), anchor, origin)
            }
            // The parser never ends a collection it has not started.
            None => return,
        };
        self.anchor(anchor, &node);
        self.complete(node, origin);
    }

    /// kyaml's `DeAnchor` for one mapping whose children are done.
    fn finish_map(&mut self, f: MapFrame) -> Vec<(Scalar, Node)> {
        if !f.quirky {
            return f.entries;
        }
        let problem = match f.merge_keys {
            0 | 1 => f.merge_problem,
            _ => Some("duplicate merge key"),
        };
        if let Some(problem) = problem {
            if self.later.merge.as_ref().is_none_or(|(rank, _)| f.rank < *rank) {
                let line = f.start.line();
                self.later.merge = Some((f.rank, Error::bare(line, f.start.col() + 1, problem)));
            }
            return f.entries;
        }
        merge_entries(f.entries)
    }

    /// Hands a finished node to its parent.
    fn complete(&mut self, node: Node, origin: Origin) {
        match self.stack.last_mut() {
            None => self.root = Some(node),
            Some(Frame::Seq(f)) => {
                if f.merge_problem.is_none() {
                    f.merge_problem = match (&node, origin.alias) {
                        (Node::Map(_), _) => None,
                        (_, true) => Some(ALIAS_NOT_MAP),
                        (Node::Seq(_), false) => Some(NESTED_SEQ),
                        (Node::Scalar(_), false) => Some(WANT_MAP),
                    };
                }
                f.items.push(node);
            }
            Some(Frame::Map(f)) => match f.key.take() {
                Some(key) => {
                    // The first merge key's value; a second merge key is an error of its own.
                    if key.tag == Tag::Merge && f.merge_keys == 1 {
                        f.merge_problem = match (&node, origin.alias) {
                            (Node::Map(_), _) => None,
                            (_, true) => Some(ALIAS_NOT_MAP),
                            (Node::Seq(_), false) => origin.seq_problem,
                            (Node::Scalar(_), false) => Some(WANT_MAP),
                        };
                    }
                    f.entries.push((key, node));
                }
                None => {
                    let key = match node {
                        Node::Scalar(key) => key,
                        collection => {
                            let top = self.stack.len() == 1;
                            self.refuse_key(&collection, top, origin.line);
                            Scalar::string("")
                        }
                    };
                    // Only `self.stack.last_mut()` again: `refuse_key` needed `self`.
                    if let Some(Frame::Map(f)) = self.stack.last_mut() {
                        if key.tag == Tag::Merge {
                            f.merge_keys += 1;
                        }
                        f.quirky |= key.tag == Tag::Merge
                            || key.value == "<<"
                            || (key.tag == Tag::Null && !key.value.is_empty());
                        f.key = Some(key);
                    }
                }
            },
        }
    }

    /// go-yaml v3 cannot decode a collection as a key: into kustomize's top-level
    /// `map[string]interface{}` it is a type error, deeper down it is an invalid map key.
    fn refuse_key(&mut self, key: &Node, top: bool, line: usize) {
        if self.later.key.is_some() {
            return;
        }
        let kind = if matches!(key, Node::Seq(_)) { "!!seq" } else { "!!map" };
        let message = if top {
            format!("unmarshal errors:\n  line {line}: cannot unmarshal {kind} into string")
        } else {
            "invalid map key".to_owned()
        };
        self.later.key = Some(Error::new(line, 1, message).shown_at(0));
    }
}

/// kyaml's merge pass over one mapping (`removeMergeTags` then `mergeAll`), for a mapping whose
/// merge value (if any) is a mapping or a list of mappings.
///
/// - The first key whose text is `<<` is removed, whether it is the merge key or a quoted
///   `"<<"`.
/// - Starting from the remaining entries, the merged mappings (the last of a list first) and
///   then the mapping's own entries are applied in turn: each key name (its first entry in that
///   mapping) replaces the first entry with the same text, or is appended. So the mapping's
///   own keys win, then the earlier merged mappings.
/// - A null key (`~`, `null`) is looked up as the empty text: it never finds itself and is
///   appended again, which go-yaml later refuses as a duplicate key.
fn merge_entries(mut entries: Vec<(Scalar, Node)>) -> Vec<(Scalar, Node)> {
    let merge_at = entries.iter().position(|(k, _)| k.tag == Tag::Merge);
    let cleared = entries.iter().position(|(k, _)| k.value == "<<");
    let merge_value = match (merge_at, cleared) {
        (Some(m), Some(c)) if m == c => Some(entries.remove(c).1),
        (m, c) => {
            let value = m.map(|m| entries[m].1.clone());
            if let Some(c) = c {
                entries.remove(c);
            }
            value
        }
    };
    let mut sources: Vec<Vec<(Scalar, Node)>> = match merge_value {
        Some(Node::Map(map)) => vec![map.entries],
        Some(Node::Seq(items)) => items
            .into_iter()
            .rev()
            .filter_map(|item| match item {
                Node::Map(map) => Some(map.entries),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    let mut result = entries.clone();
    sources.push(entries);
    for source in &sources {
        for (key, _) in source {
            let Some((first_key, value)) = source.iter().find(|(k, _)| k.value == key.value) else { continue };
            let name = if first_key.tag == Tag::Null { "" } else { first_key.value.as_str() };
            match result.iter_mut().find(|(k, _)| k.value == name) {
                Some(slot) => *slot = (first_key.clone(), value.clone()),
                None => result.push((first_key.clone(), value.clone())),
            }
        }
    }
    result
}

/// kyaml's `ByteReader` unwrapping: the items of a `List` or `ResourceList`.
fn list_items(doc: &Node) -> Option<Vec<Node>> {
    let Node::Map(map) = doc else { return None };
    let field = |name: &str| map.entries.iter().find(|(k, _)| k.value == name).map(|(_, v)| v);
    let kind = match field("kind") {
        Some(Node::Scalar(s)) if s.tag != Tag::Null => s.value.as_str(),
        _ => "",
    };
    if !matches!(kind, "List" | "ResourceList") || (field("items").is_none() && field("functionConfig").is_none()) {
        return None;
    }
    Some(match field("items") {
        Some(Node::Seq(items)) => items.clone(),
        // kyaml takes the node's content: a mapping's keys and values, in turn.
        Some(Node::Map(m)) => m.entries.iter().flat_map(|(k, v)| [Node::Scalar(k.clone()), v.clone()]).collect(),
        _ => Vec::new(),
    })
}

fn node_count(node: &Node) -> usize {
    match node {
        Node::Scalar(_) => 1,
        Node::Seq(items) => 1 + items.iter().map(node_count).sum::<usize>(),
        Node::Map(map) => 1 + map.entries.iter().map(|(_, v)| 1 + node_count(v)).sum::<usize>(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs(text: &str) -> Vec<Node> {
        parse_documents(text).unwrap_or_else(|e| panic!("{text:?}: {e}"))
    }

    fn map(node: &Node) -> &Map {
        match node {
            Node::Map(map) => map,
            other => panic!("not a mapping: {other:?}"),
        }
    }

    fn keys(node: &Node) -> Vec<&str> {
        map(node).entries.iter().map(|(k, _)| k.value.as_str()).collect()
    }

    fn scalar(node: &Node) -> &Scalar {
        match node {
            Node::Scalar(s) => s,
            other => panic!("not a scalar: {other:?}"),
        }
    }

    #[test]
    fn splits_as_kyaml() {
        assert_eq!(split_documents("a\n---\nb\n").unwrap(), ["a\n", "b\n"]);
        assert_eq!(split_documents("---\na\n--- # c\nb").unwrap(), ["---\na\n", "b"]);
        // Matches do not overlap: the second separator stays at the start of the next piece.
        assert_eq!(split_documents("a\n---\n---\nb").unwrap(), ["a\n", "---\nb"]);
        // No line break after the separator: no cut.
        assert_eq!(split_documents("a\n---").unwrap(), ["a\n---"]);
        assert!(split_documents("").unwrap().is_empty());
        let err = split_documents("a\n--- |\nb\n").unwrap_err();
        assert_eq!((err.to_string().as_str(), err.line), ("invalid document separator: --- |", 2));
    }

    #[test]
    fn skips_what_kyaml_skips() {
        let text = "---\n# only a comment\n---\n~\n---\nnull\n---\na: 1\n...\nb: 2\n---\n\"\"\n";
        let read = docs(text);
        assert_eq!(read.len(), 2);
        assert_eq!(keys(&read[0]), ["a"]);
        assert_eq!(scalar(&read[1]).tag, Tag::Str);
        assert!(docs("").is_empty());
        assert!(docs("# nothing\n").is_empty());
    }

    #[test]
    fn scalars_keep_text_tag_style_and_line() {
        let read = docs("a: 0755\nb: 'yes'\nc: !!str 1\nd:\ne: ~\nf: |\n  x\ng: ! 12\n");
        let entries = &map(&read[0]).entries;
        let got: Vec<(&str, &Tag, Style, bool, usize)> = entries
            .iter()
            .map(|(_, v)| {
                let s = scalar(v);
                (s.value.as_str(), &s.tag, s.style, s.tagged, s.line)
            })
            .collect();
        assert_eq!(
            got,
            [
                ("0755", &Tag::Int, Style::Plain, false, 1),
                ("yes", &Tag::Str, Style::SingleQuoted, false, 2),
                ("1", &Tag::Str, Style::Plain, true, 3),
                // An empty value is empty text, not granit-parser's `~`.
                ("", &Tag::Null, Style::Plain, false, 4),
                ("~", &Tag::Null, Style::Plain, false, 5),
                // granit-parser starts a block scalar at its text, go-yaml at its indicator.
                ("x\n", &Tag::Str, Style::Literal, false, 7),
                ("12", &Tag::Int, Style::Plain, false, 8),
            ]
        );
        assert_eq!(entries[3].0.line, 4);
    }

    #[test]
    fn lines_count_from_the_document() {
        let read = docs("a: 1\n---\n\nb: 2\n");
        assert_eq!(map(&read[1]).entries[0].0.line, 2);
    }

    #[test]
    fn aliases_are_copies_and_merges_apply() {
        let read = docs("base: &b {p: 1, q: 2}\nm:\n  q: 3\n  <<: [*b, {r: 9, p: 7}]\nc: *b\n");
        let m = &map(&read[0]).entries[1].1;
        // kyaml applies the last merged mapping first, appending its new keys.
        assert_eq!(keys(m), ["q", "r", "p"]);
        let values: Vec<&str> = map(m).entries.iter().map(|(_, v)| scalar(v).value.as_str()).collect();
        assert_eq!(values, ["3", "9", "1"]);
        assert_eq!(map(&read[0]).entries[2].1, map(&read[0]).entries[0].1);
    }

    #[test]
    fn kyaml_merge_quirks() {
        // The first key spelled `<<` goes, merge key or not.
        assert_eq!(keys(&docs("{\"<<\": q, a: b}\n")[0]), ["a"]);
        let read = docs("b: &b {p: 1}\nm: {<<: *b, \"<<\": kept}\n");
        assert_eq!(keys(&map(&read[0]).entries[1].1), ["<<", "p"]);
        // A null key spelled with text is looked up as "" and appended again.
        assert_eq!(keys(&docs("{x: 1, ~: 2}\n")[0]), ["x", "~", "~"]);
        // An empty null key finds itself.
        assert_eq!(keys(&docs("{? : 1}\n")[0]), [""]);
    }

    #[test]
    fn merge_errors_wait_for_the_whole_stream() {
        let err = |text: &str| parse_documents(text).unwrap_err().to_string();
        assert_eq!(err("a: {<<: [x]}\n"), "map merge requires map or sequence of maps as the value");
        assert_eq!(err("s: &s [1]\na: {<<: *s}\n"), "invalid map merge: received alias for a non-map value");
        assert_eq!(err("a: {<<: [[{b: 1}]]}\n"), "invalid map merge: received a nested sequence");
        assert_eq!(err("m: &m {a: 1}\nx: {<<: *m, <<: *m}\n"), "duplicate merge key");
        // The outer mapping is looked at first.
        assert_eq!(err("x: {<<: 1, <<: 2, y: {<<: [x]}}\n"), "duplicate merge key");
        // A syntax error in a later document wins.
        assert_eq!(err("a: {<<: [x]}\n---\nb: [\n"), "yaml: line 1: did not find expected node content");
        assert_eq!(err("a: &x [*x]\n"), "yaml: anchor 'x' value contains itself");
        assert_eq!(err("a: *x\n"), "yaml: unknown anchor 'x' referenced");
    }

    #[test]
    fn a_lone_list_is_unwrapped() {
        let list = "apiVersion: v1\nkind: List\nitems:\n- kind: A\n- kind: B\n";
        assert_eq!(docs(list).len(), 2);
        // Not when the stream has another piece, even an empty one.
        assert_eq!(docs(&format!("{list}---\n")).len(), 1);
        assert_eq!(docs("kind: List\n").len(), 1);
    }

    #[test]
    fn crlf_is_lf() {
        let read = docs("a: |\r\n  x\r\n---\r\nb: 1\r\n");
        assert_eq!(scalar(&map(&read[0]).entries[0].1).value, "x\n");
        assert_eq!(read.len(), 2);
    }
}
