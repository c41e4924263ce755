//! The reader: YAML text to JSON values with sigs.k8s.io/yaml's `Unmarshal` semantics.
//!
//! granit-parser turns the text into events (YAML 1.2 syntax, which go-yaml's YAML 1.1 syntax
//! overlaps for everything Kubernetes manifests use); this module gives them go-yaml v2's
//! meaning: YAML 1.1 implicit types, `<<` merge keys applied in go-yaml's order, aliases
//! expanded with go-yaml's guard against alias bombs, non-string keys turned into strings the
//! way sigs.k8s.io/yaml does, and the last of duplicate keys winning.

use std::collections::{HashMap, HashSet};

use granit_parser::{Event, Marker, Options, Parser, ScalarStyle, ScanError, Tag};
use serde_json::{Map, Number, Value};

use crate::errors::{scan_error, Error};
use crate::escapes::{Dialect, Source};
use crate::resolve::{format_float, format_float32, resolve, resolve_plain, Resolved};

/// A decoded node before it becomes JSON: go-yaml keeps floats and integers apart, which
/// matters for keys (`1.0:` is the key `"1"`, `1e3:` the key `"1000"`… as 32-bit floats).
#[derive(Debug, Clone)]
enum Node {
    Null,
    Bool(bool),
    Int(i64),
    Uint(u64),
    Float(f64),
    Str(String),
    Seq(Vec<Node>),
    /// Entries in decoding order; a later duplicate replaces an earlier one.
    Map(Vec<(String, Node)>),
}

impl Node {
    /// How many nodes a copy of this one decodes, for the alias-expansion guard.
    fn size(&self) -> usize {
        match self {
            Node::Seq(items) => 1 + items.iter().map(Node::size).sum::<usize>(),
            Node::Map(entries) => 1 + entries.iter().map(|(_, v)| 1 + v.size()).sum::<usize>(),
            _ => 1,
        }
    }
}

enum Key {
    Merge,
    Name(String),
}

enum Frame {
    Seq { items: Vec<Node>, anchor: usize },
    Map { entries: Vec<(String, Node)>, key: Option<(Key, Marker)>, anchor: usize },
}

/// Parses the documents of `text`; with `first_only`, stops after the first one, as go-yaml's
/// `Unmarshal` does.
pub(crate) fn parse(text: &str, first_only: bool) -> Result<Vec<Value>, Error> {
    let mut options = Options::default();
    options.set_emit_comments(false);
    options.emit_anchor_events = true;
    options.emit_unresolved_aliases = true;
    let source = Source::new(text, Dialect::V2, first_only);
    let text = source.text();
    let parser = Parser::new_from_str_with_options(text, options);
    let mut docs = Vec::new();
    let mut loader = Loader::default();
    let mut in_document = false;
    let mut root: Option<Node> = None;
    for next in parser {
        let (event, span) = next.map_err(|e: ScanError| scan_error(&e, text))?;
        let mark = span.start;
        match event {
            Event::DocumentStart(..) => {
                in_document = true;
                root = None;
                loader = Loader::default();
            }
            Event::DocumentEnd => {
                in_document = false;
                let node = root.take().unwrap_or(Node::Null);
                docs.push(to_json(node)?);
                if first_only {
                    break;
                }
            }
            Event::StreamEnd => break,
            _ if !in_document => {}
            Event::Anchor(id, name) => {
                loader.names.insert(id, name.into_owned());
            }
            Event::Scalar(value, style, anchor, tag) => {
                let value = source.scalar(value, style, &span)?;
                let (node, merge) = scalar(&value, style, tag.as_deref(), mark)?;
                loader.anchor(anchor, &node);
                if let Some(done) = loader.complete(node, merge, mark)? {
                    root = Some(done);
                }
            }
            Event::SequenceStart(_, anchor, _) => {
                loader.open(anchor);
                loader.stack.push(Frame::Seq { items: Vec::new(), anchor });
            }
            Event::MappingStart(_, anchor, _) => {
                loader.open(anchor);
                loader.stack.push(Frame::Map { entries: Vec::new(), key: None, anchor });
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let (node, anchor) = match loader.stack.pop() {
                    Some(Frame::Seq { items, anchor }) => (Node::Seq(items), anchor),
                    Some(Frame::Map { entries, anchor, .. }) => (Node::Map(entries), anchor),
                    None => return Err(Error::at(mark, "did not find expected node content")),
                };
                loader.open_anchors.remove(&anchor);
                loader.anchor(anchor, &node);
                if let Some(done) = loader.complete(node, false, mark)? {
                    root = Some(done);
                }
            }
            Event::UnresolvedAlias(name) => {
                return Err(Error::at(mark, format!("unknown anchor '{name}' referenced")));
            }
            Event::Alias(id) => {
                let node = loader.alias(id, mark)?;
                if let Some(done) = loader.complete(node, false, mark)? {
                    root = Some(done);
                }
            }
            _ => {}
        }
    }
    if docs.is_empty() {
        // An empty stream is one null document to go-yaml.
        docs.push(Value::Null);
    }
    Ok(docs)
}

#[derive(Default)]
struct Loader {
    stack: Vec<Frame>,
    anchors: HashMap<usize, (Node, usize)>,
    open_anchors: HashSet<usize>,
    names: HashMap<usize, String>,
    /// Nodes decoded so far, and how many of them came from alias expansion.
    decoded: usize,
    aliased: usize,
}

impl Loader {
    fn open(&mut self, anchor: usize) {
        self.decoded += 1;
        if anchor != 0 {
            self.open_anchors.insert(anchor);
        }
    }

    fn anchor(&mut self, anchor: usize, node: &Node) {
        if anchor != 0 {
            self.anchors.insert(anchor, (node.clone(), node.size()));
        }
    }

    fn alias(&mut self, id: usize, mark: Marker) -> Result<Node, Error> {
        let name = self.names.get(&id).cloned().unwrap_or_default();
        if self.open_anchors.contains(&id) {
            return Err(Error::at(mark, format!("anchor '{name}' value contains itself")));
        }
        let Some((node, size)) = self.anchors.get(&id) else {
            return Err(Error::at(mark, format!("unknown anchor '{name}' referenced")));
        };
        self.decoded += size;
        self.aliased += size;
        if self.aliased > 100
            && self.decoded > 1000
            && self.aliased as f64 / self.decoded as f64 > allowed_alias_ratio(self.decoded)
        {
            return Err(Error::at(mark, "document contains excessive aliasing"));
        }
        Ok(node.clone())
    }

    /// Hands a finished node to its parent; returns it when it is the document's root.
    fn complete(&mut self, node: Node, merge: bool, mark: Marker) -> Result<Option<Node>, Error> {
        match self.stack.last_mut() {
            None => Ok(Some(node)),
            Some(Frame::Seq { items, .. }) => {
                check_finite(&node, mark)?;
                items.push(node);
                Ok(None)
            }
            Some(Frame::Map { entries, key, .. }) => {
                match key.take() {
                    None => *key = Some((if merge { Key::Merge } else { Key::Name(key_string(&node, mark)?) }, mark)),
                    Some((Key::Name(name), _)) => {
                        check_finite(&node, mark)?;
                        entries.push((name, node));
                    }
                    Some((Key::Merge, key_mark)) => merge_into(entries, node, key_mark)?,
                }
                Ok(None)
            }
        }
    }
}

/// go-yaml's budget: up to 99% of decoded nodes may come from aliases in small documents,
/// sliding down to 10% in very large ones.
fn allowed_alias_ratio(decoded: usize) -> f64 {
    const LOW: f64 = 400_000.0;
    const HIGH: f64 = 4_000_000.0;
    let n = decoded as f64;
    if n <= LOW {
        0.99
    } else if n >= HIGH {
        0.10
    } else {
        0.99 - 0.89 * ((n - LOW) / (HIGH - LOW))
    }
}

/// Applies a `<<` value: one mapping, or a sequence of mappings where earlier ones win.
fn merge_into(entries: &mut Vec<(String, Node)>, value: Node, mark: Marker) -> Result<(), Error> {
    const WANT_MAP: &str = "map merge requires map or sequence of maps as the value";
    match value {
        Node::Map(merged) => entries.extend(merged),
        Node::Seq(items) => {
            if !items.iter().all(|i| matches!(i, Node::Map(_))) {
                return Err(Error::at(mark, WANT_MAP));
            }
            for item in items.into_iter().rev() {
                if let Node::Map(merged) = item {
                    entries.extend(merged);
                }
            }
        }
        _ => return Err(Error::at(mark, WANT_MAP)),
    }
    Ok(())
}

/// JSON cannot carry infinities or NaN: sigs.k8s.io/yaml fails there, naming the value.
fn check_finite(node: &Node, mark: Marker) -> Result<(), Error> {
    match node {
        Node::Float(f) if !f.is_finite() => {
            let shown = if f.is_nan() {
                "NaN"
            } else if *f > 0.0 {
                "+Inf"
            } else {
                "-Inf"
            };
            Err(Error::at(mark, format!("json: unsupported value: {shown}")))
        }
        _ => Ok(()),
    }
}

/// sigs.k8s.io/yaml's conversion of a decoded key to a JSON object key.
fn key_string(node: &Node, mark: Marker) -> Result<String, Error> {
    Ok(match node {
        Node::Str(s) => s.clone(),
        Node::Int(i) => i.to_string(),
        Node::Uint(u) => u.to_string(),
        Node::Float(f) => format_float32(*f),
        Node::Bool(b) => b.to_string(),
        Node::Null => return Err(Error::at(mark, "unsupported map key of type: <nil>")),
        Node::Seq(_) | Node::Map(_) => return Err(Error::at(mark, "invalid map key")),
    })
}

/// Types a scalar as go-yaml v2 does: untagged plain scalars by YAML 1.1 rules, quoted and
/// block scalars as strings, core tags checked against the value.
fn scalar(value: &str, style: ScalarStyle, tag: Option<&Tag>, mark: Marker) -> Result<(Node, bool), Error> {
    let Some(tag) = tag else {
        if style != ScalarStyle::Plain {
            return Ok((Node::Str(value.to_owned()), false));
        }
        let resolved = resolve_plain(value);
        // go-yaml recognises the merge key by its text, not by resolution.
        return Ok((from_resolved(resolved, value), value == "<<"));
    };
    let suffix = if tag.is_yaml_core_schema() || tag.handle() == "tag:yaml.org,2002:" { tag.suffix() } else { "" };
    match suffix {
        "str" => Ok((Node::Str(value.to_owned()), false)),
        "merge" => Ok((Node::Str(value.to_owned()), value == "<<")),
        "binary" => {
            let bytes =
                decode_base64(value).ok_or_else(|| Error::at(mark, "!!binary value contains invalid base64 data"))?;
            Ok((Node::Str(String::from_utf8_lossy(&bytes).into_owned()), false))
        }
        "null" | "bool" | "int" | "float" | "timestamp" => {
            let resolved = resolve(value, suffix == "timestamp");
            let got = match resolved {
                Resolved::Null => "null",
                Resolved::Bool(_) => "bool",
                Resolved::Int(_) | Resolved::Uint(_) => "int",
                Resolved::Float(_) => "float",
                Resolved::Timestamp => "timestamp",
                Resolved::Str => "str",
            };
            if got == suffix {
                return Ok((from_resolved(resolved, value), false));
            }
            if let (Resolved::Int(i), "float") = (&resolved, suffix) {
                return Ok((Node::Float(*i as f64), false));
            }
            Err(Error::at(mark, format!("cannot decode !!{got} `{value}` as a !!{suffix}")))
        }
        // Any other tag, local or global, leaves the text as it is.
        _ => Ok((Node::Str(value.to_owned()), false)),
    }
}

fn from_resolved(resolved: Resolved, text: &str) -> Node {
    match resolved {
        Resolved::Null => Node::Null,
        Resolved::Bool(b) => Node::Bool(b),
        Resolved::Int(i) => Node::Int(i),
        Resolved::Uint(u) => Node::Uint(u),
        Resolved::Float(f) => Node::Float(f),
        Resolved::Timestamp | Resolved::Str => Node::Str(text.to_owned()),
    }
}

/// The JSON that sigs.k8s.io/yaml's `json.Marshal` step would write: integral floats below
/// 1e21 are written without a fraction, so they come back as integers.
fn to_json(node: Node) -> Result<Value, Error> {
    Ok(match node {
        Node::Null => Value::Null,
        Node::Bool(b) => Value::Bool(b),
        Node::Int(i) => Value::from(i),
        Node::Uint(u) => Value::from(u),
        Node::Float(f) => float_json(f)?,
        Node::Str(s) => Value::String(s),
        Node::Seq(items) => Value::Array(items.into_iter().map(to_json).collect::<Result<_, _>>()?),
        Node::Map(entries) => {
            let mut map = Map::new();
            for (k, v) in entries {
                map.insert(k, to_json(v)?);
            }
            Value::Object(map)
        }
    })
}

fn float_json(f: f64) -> Result<Value, Error> {
    if f.fract() == 0.0 && f.abs() < 1e21 {
        if (-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&f) {
            return Ok(Value::from(f as i64));
        }
        if (0.0..1.844_674_407_370_955_2e19).contains(&f) {
            return Ok(Value::from(f as u64));
        }
    }
    Number::from_f64(f)
        .map(Value::Number)
        .ok_or_else(|| Error::new(0, 0, format!("json: unsupported value: {}", format_float(f))))
}

/// Standard padded base64, as Go's `base64.StdEncoding`, skipping the line breaks that block
/// scalars carry.
pub(crate) fn decode_base64(text: &str) -> Option<Vec<u8>> {
    let symbols: Vec<u8> = text.bytes().filter(|b| !matches!(b, b'\n' | b'\r')).collect();
    if !symbols.len().is_multiple_of(4) {
        return None;
    }
    let mut out = Vec::with_capacity(symbols.len() / 4 * 3);
    for (n, chunk) in symbols.chunks(4).enumerate() {
        let last = n + 1 == symbols.len() / 4;
        let mut acc: u32 = 0;
        let mut pad = 0;
        for (i, &c) in chunk.iter().enumerate() {
            let v = match c {
                b'A'..=b'Z' => c - b'A',
                b'a'..=b'z' => c - b'a' + 26,
                b'0'..=b'9' => c - b'0' + 52,
                b'+' => 62,
                b'/' => 63,
                b'=' if last && i >= 2 => {
                    pad += 1;
                    0
                }
                _ => return None,
            };
            if pad > 0 && c != b'=' {
                return None;
            }
            acc = acc << 6 | u32::from(v);
        }
        let bytes = acc.to_be_bytes();
        out.extend_from_slice(&bytes[1..4 - pad]);
    }
    Some(out)
}
