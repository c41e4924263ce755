//! Nodes to JSON as kustomize turns a resource into JSON before printing it (kyaml's
//! `RNode.MarshalJSON`): go-yaml v3 decodes the node into Go values, `encoding/json` writes them.
//!
//! - A resource (the top mapping) is decoded into `map[string]interface{}`: every scalar key
//!   becomes its text (`1:` is `"1"`, `0x1F:` is `"0x1F"`), a null key is dropped.
//! - Deeper mappings are decoded into `interface{}`: a mapping whose keys are all strings
//!   becomes an object; any other key makes it a `map[interface{}]interface{}`, which
//!   `encoding/json` refuses.
//! - Scalars become what their tag says ([`super::resolve`]); timestamps are written as Go's
//!   `time.Time` marshals them, `!!binary` is decoded (invalid UTF-8 becoming U+FFFD per byte,
//!   as `encoding/json` does), numbers are given the JSON type Go's number text reads back as.
//! - go-yaml's decoding errors come first: a problem it `panic`s on (`cannot decode !!str `x`
//!   as a !!int`) ends decoding, the others (duplicate keys) are collected and reported
//!   together. `encoding/json`'s errors (`json: unsupported value: +Inf`) come last, for the
//!   first value in its order (object keys sorted).

use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};

use serde_json::Value;

use super::resolve::{decode_base64, plain_tag, resolve, Resolved};
use super::{Map, Node, Scalar, Style, Tag};
use crate::errors::Error;
use crate::resolve::{format_float, json_number, JsonNumber};

const GENERAL_MAP: &str = "json: unsupported type: map[interface {}]interface {}";

pub(crate) fn to_json(node: &Node) -> Result<Value, Error> {
    let mut decoder = Decoder::default();
    let value = match node {
        Node::Map(map) => decoder.string_map(map)?,
        other => decoder.value(other)?,
    };
    if let Some(first) = decoder.type_errors.first() {
        let lines: Vec<&str> = decoder.type_errors.iter().map(|(_, m)| m.as_str()).collect();
        let message = format!("unmarshal errors:\n  {}", lines.join("\n  "));
        return Err(Error::new(first.0, 0, message).shown_at(0));
    }
    if decoder.json_problem {
        if let Some(e) = json_problem(node, true) {
            return Err(e);
        }
    }
    Ok(value)
}

/// sigs.k8s.io/yaml's `JSONToYAML` reads Go's JSON back with go-yaml v2, whose reader refuses
/// characters `encoding/json` leaves unescaped: DEL, C1 controls but NEL, U+FFFE and U+FFFF.
pub(crate) fn check_printable(value: &Value) -> Result<(), Error> {
    let bad =
        |s: &str| s.chars().any(|c| matches!(c, '\u{7f}'..='\u{84}' | '\u{86}'..='\u{9f}' | '\u{fffe}' | '\u{ffff}'));
    let ok = match value {
        Value::String(s) => !bad(s),
        Value::Array(items) => return items.iter().try_for_each(check_printable),
        Value::Object(object) => {
            for (k, v) in object {
                if bad(k) {
                    return Err(Error::new(0, 0, "control characters are not allowed").shown_at(0));
                }
                check_printable(v)?;
            }
            true
        }
        _ => true,
    };
    if ok {
        Ok(())
    } else {
        Err(Error::new(0, 0, "control characters are not allowed").shown_at(0))
    }
}

pub(crate) fn from_json(value: &Value) -> Node {
    let scalar = |value: String, tag: Tag| {
        Node::Scalar(Scalar { value, tag, style: Style::Plain, tagged: false, line: 0, alias: 0 })
    };
    match value {
        Value::Null => scalar("null".to_owned(), Tag::Null),
        Value::Bool(b) => scalar(b.to_string(), Tag::Bool),
        Value::Number(n) => match (n.as_i64(), n.as_u64(), n.as_f64()) {
            (Some(i), _, _) => scalar(i.to_string(), Tag::Int),
            (None, Some(u), _) => scalar(u.to_string(), Tag::Int),
            // go-yaml writes floats with Go's `%g`; `3.0` is then the integer `3`.
            (None, None, f) => {
                let text = format_float(f.unwrap_or(f64::NAN));
                let tag = plain_tag(&text);
                scalar(text, tag)
            }
        },
        Value::String(s) => Node::string(s.clone()),
        Value::Array(items) => Node::Seq(items.iter().map(from_json).collect()),
        Value::Object(object) => {
            let entries = object.iter().map(|(k, v)| (Scalar::string(k.clone()), from_json(v))).collect();
            Node::Map(Map { entries, flow: false })
        }
    }
}

/// go-yaml v3's decoder, writing JSON values directly. A value it would refuse to write as JSON
/// only sets `json_problem`: decoding goes on, since its errors take precedence.
#[derive(Default)]
struct Decoder {
    /// go-yaml's collected errors (`line 7: mapping key "a" already defined at line 6`), with
    /// the line of each.
    type_errors: Vec<(usize, String)>,
    json_problem: bool,
}

impl Decoder {
    /// Decoding into `interface{}`.
    fn value(&mut self, node: &Node) -> Result<Value, Error> {
        match node {
            Node::Scalar(s) => self.scalar(s),
            Node::Seq(items) => items.iter().map(|item| self.value(item)).collect::<Result<_, _>>().map(Value::Array),
            Node::Map(map) if is_string_map(map) => self.string_map(map),
            Node::Map(map) => {
                self.json_problem = true;
                self.general_map(map)?;
                Ok(Value::Null)
            }
        }
    }

    /// A mapping's value, decoded as kustomize reads it back (see [`prints_quoted_empty`]).
    fn entry(&mut self, value: &Node, flow: bool) -> Result<Value, Error> {
        match value {
            Node::Scalar(s) if flow && prints_quoted_empty(s) => Ok(Value::String(String::new())),
            other => self.value(other),
        }
    }

    fn scalar(&mut self, s: &Scalar) -> Result<Value, Error> {
        Ok(match resolve_scalar(s).map_err(|m| decode_error(s, m))? {
            Resolved::Null => Value::Null,
            Resolved::Bool(b) => Value::Bool(b),
            Resolved::Int(i) => Value::from(i),
            Resolved::Uint(u) => Value::from(u),
            Resolved::Float(f) if !f.is_finite() => {
                self.json_problem = true;
                Value::Null
            }
            Resolved::Float(f) => match json_number(f) {
                JsonNumber::Int(i) => Value::from(i),
                JsonNumber::Uint(u) => Value::from(u),
                // Finite, so a JSON number.
                JsonNumber::Float(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
            },
            Resolved::Timestamp(t) if t.json_problem().is_some() => {
                self.json_problem = true;
                Value::Null
            }
            Resolved::Timestamp(t) => Value::String(t.to_rfc3339_nano()),
            Resolved::Str if s.style == Style::Folded => Value::String(folded_read_back(&s.value).into_owned()),
            Resolved::Str => Value::String(s.value.clone()),
            Resolved::Binary => Value::String(binary(s)?),
        })
    }

    /// Decoding into `map[string]interface{}`.
    fn string_map(&mut self, map: &Map) -> Result<Value, Error> {
        let mut object = serde_json::Map::new();
        if self.duplicates(map) {
            return Ok(Value::Null);
        }
        let mut merge = None;
        for (k, v) in &map.entries {
            if is_merge(k) {
                merge = Some(v);
                continue;
            }
            if let Some(key) = key_text(k)? {
                let value = self.entry(v, map.flow)?;
                object.insert(key.into_owned(), value);
            }
        }
        if let Some(merge) = merge {
            let mut seen: HashSet<String> = object.keys().cloned().collect();
            self.merge(merge, &mut |decoder, source| decoder.merge_map(source, &mut seen, &mut object))?;
        }
        Ok(Value::Object(object))
    }

    /// A mapping with other than string keys: decoded only for go-yaml's errors.
    fn general_map(&mut self, map: &Map) -> Result<(), Error> {
        if self.duplicates(map) {
            return Ok(());
        }
        let mut merge = None;
        for (k, v) in &map.entries {
            if is_merge(k) {
                merge = Some(v);
                continue;
            }
            self.scalar(k)?;
            self.entry(v, map.flow)?;
        }
        if let Some(merge) = merge {
            self.merge(merge, &mut |decoder, source| decoder.general_map(source))?;
        }
        Ok(())
    }

    /// go-yaml v3's `merge`: one mapping, or a list of mappings where the earlier win.
    fn merge(
        &mut self,
        value: &Node,
        apply: &mut dyn FnMut(&mut Decoder, &Map) -> Result<(), Error>,
    ) -> Result<(), Error> {
        let want_map = || Error::new(0, 0, "map merge requires map or sequence of maps as the value").shown_at(0);
        match value {
            Node::Map(map) => apply(self, map),
            Node::Seq(items) => {
                for item in items {
                    let Node::Map(map) = item else { return Err(want_map()) };
                    apply(self, map)?;
                }
                Ok(())
            }
            Node::Scalar(_) => Err(want_map()),
        }
    }

    /// A merged mapping's entries that are not set yet.
    fn merge_map(
        &mut self,
        source: &Map,
        seen: &mut HashSet<String>,
        object: &mut serde_json::Map<String, Value>,
    ) -> Result<(), Error> {
        if self.duplicates(source) {
            return Ok(());
        }
        let mut merge = None;
        for (k, v) in &source.entries {
            if is_merge(k) {
                merge = Some(v);
                continue;
            }
            let Some(key) = key_text(k)? else { continue };
            if seen.insert(key.to_string()) {
                let value = self.entry(v, source.flow)?;
                object.insert(key.into_owned(), value);
            }
        }
        if let Some(merge) = merge {
            self.merge(merge, &mut |decoder, inner| decoder.merge_map(inner, seen, object))?;
        }
        Ok(())
    }

    /// go-yaml v3's duplicate key check, done on every mapping before its entries are decoded:
    /// one error per pair, and the mapping is skipped.
    fn duplicates(&mut self, map: &Map) -> bool {
        let e = &map.entries;
        let any = if e.len() <= 16 {
            e.iter().enumerate().any(|(i, (a, _))| e[i + 1..].iter().any(|(b, _)| a.value == b.value))
        } else {
            let mut seen = HashSet::with_capacity(e.len());
            !e.iter().all(|(k, _)| seen.insert(k.value.as_str()))
        };
        if !any {
            return false;
        }
        for (i, (a, _)) in e.iter().enumerate() {
            for (b, _) in &e[i + 1..] {
                if a.value == b.value {
                    let message = format!(
                        "line {}: mapping key {} already defined at line {}",
                        b.line,
                        crate::go::quote(&b.value),
                        a.line
                    );
                    self.type_errors.push((b.line, message));
                }
            }
        }
        true
    }
}

/// go-yaml's decoding of a scalar's value: by its tag, and for an untagged one (`Tag::Other("")`)
/// a string when quoted (go-yaml's `indicatedString`), else what its text resolves to.
fn resolve_scalar(s: &Scalar) -> Result<Resolved, String> {
    if s.style != Style::Plain && s.tag == Tag::Other(String::new()) {
        return Ok(Resolved::Str);
    }
    resolve(&s.tag, &s.value)
}

/// A scalar key decoded into a Go string: its text, or the decoded bytes of a `!!binary` one;
/// `None` for a null, which go-yaml does not set.
fn key_text(k: &Scalar) -> Result<Option<Cow<'_, str>>, Error> {
    if k.tag == Tag::Str || prints_quoted_empty(k) {
        return Ok(Some(Cow::Borrowed(&k.value)));
    }
    Ok(match resolve(&k.tag, &k.value).map_err(|m| decode_error(k, m))? {
        Resolved::Null => None,
        Resolved::Binary => Some(Cow::Owned(binary(k)?)),
        _ => Some(Cow::Borrowed(&k.value)),
    })
}

/// go-yaml's `isMerge`: the key `<<`, untagged or tagged `!!merge`.
fn is_merge(k: &Scalar) -> bool {
    k.tag == Tag::Merge && k.value == "<<"
}

/// go-yaml's `isStringMap`: every key is a `!!str` (or the merge key).
fn is_string_map(map: &Map) -> bool {
    map.entries.iter().all(|(k, _)| matches!(k.tag, Tag::Str | Tag::Merge) || prints_quoted_empty(k))
}

/// kustomize decodes a resource from go-yaml v3's print of it, not from the nodes: an untagged
/// empty scalar (a null) is printed `''` where a plain empty scalar cannot stand, as a mapping
/// key and in a flow mapping, and so reads back as the empty string.
fn prints_quoted_empty(s: &Scalar) -> bool {
    s.value.is_empty() && s.tag == Tag::Null && !s.tagged
}

fn decode_error(s: &Scalar, message: String) -> Error {
    Error::new(s.line, 0, message).shown_at(0)
}

/// A `!!binary` scalar's bytes as the string `encoding/json` writes.
fn binary(s: &Scalar) -> Result<String, Error> {
    let bytes = decode_base64(&s.value)
        .ok_or_else(|| decode_error(s, "!!binary value contains invalid base64 data".to_owned()))?;
    Ok(go_string(bytes))
}

/// Bytes as `encoding/json` writes a Go string: each byte that is not part of valid UTF-8
/// becomes U+FFFD.
fn go_string(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let bytes = e.into_bytes();
            let mut out = String::with_capacity(bytes.len() + 8);
            for chunk in bytes.utf8_chunks() {
                out.push_str(chunk.valid());
                out.extend(std::iter::repeat_n('\u{FFFD}', chunk.invalid().len()));
            }
            out
        }
    }
}

/// A folded (`>`) string as kustomize reads it back from go-yaml v3's print of it.
///
/// go-yaml's port of libyaml's folded-scalar writer decides whether a line break needs an extra
/// empty line by looking at the start of the text instead of at the text after the break
/// (`k := 0` in `yaml_emitter_write_folded_scalar`). When the text (after its leading breaks)
/// starts with a non-blank character, every break after an unindented line gets the empty line:
/// one too many before an indented line or at the end of a `>+` block, so a `\n` is added there.
/// Otherwise none does: one `\n` is lost where a non-indented line follows (a lone break becomes
/// a space). A text the writer cannot print as a block (trailing space, space before a break,
/// characters it does not print) is double-quoted instead and comes back as it was.
fn folded_read_back(value: &str) -> Cow<'_, str> {
    let is_break = |c: char| matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}');
    let is_blank = |c: char| c == ' ' || c == '\t';
    let printable = |c: char| {
        matches!(c, '\t' | '\n' | ' '..='~' | '\u{a0}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}') && c != '\u{feff}'
    };
    let chars: Vec<char> = value.chars().collect();
    let space_break = chars.windows(2).any(|w| w[0] == ' ' && is_break(w[1]));
    if chars.is_empty() || chars.last() == Some(&' ') || space_break || !chars.iter().all(|&c| printable(c)) {
        return Cow::Borrowed(value);
    }
    // What the writer looks at: the first character after the text's leading breaks.
    let starts_unindented = chars.iter().find(|&&c| !is_break(c)).is_some_and(|&c| !is_blank(c));
    let n = chars.len();
    let keep = n == 1 && is_break(chars[0]) || n >= 2 && is_break(chars[n - 1]) && is_break(chars[n - 2]);
    let mut out = String::with_capacity(value.len() + 4);
    let (mut breaks, mut indented, mut changed) = (true, true, false);
    let mut i = 0;
    while i < n {
        let c = chars[i];
        if !is_break(c) {
            if breaks {
                indented = is_blank(c);
            }
            out.push(c);
            breaks = false;
            i += 1;
            continue;
        }
        if !breaks && !indented && c == '\n' {
            let end = (i..n).find(|&j| !is_break(chars[j])).unwrap_or(n);
            // libyaml adds the empty line when a non-indented line follows.
            let wanted = end < n && !is_blank(chars[end]);
            if starts_unindented && !wanted && (end < n || keep) {
                out.push('\n');
                changed = true;
            } else if !starts_unindented && wanted {
                changed = true;
                i += 1;
                if end == i {
                    out.push(' ');
                }
                breaks = true;
                continue;
            }
        }
        out.push(c);
        breaks = true;
        i += 1;
    }
    if changed {
        Cow::Owned(out)
    } else {
        Cow::Borrowed(value)
    }
}

/// The first value `encoding/json` refuses, in its order: object keys sorted, then array items.
fn json_problem(node: &Node, top: bool) -> Option<Error> {
    match node {
        Node::Scalar(s) => match resolve_scalar(s) {
            Ok(Resolved::Float(f)) if !f.is_finite() => {
                let shown = if f.is_nan() {
                    "NaN"
                } else if f > 0.0 {
                    "+Inf"
                } else {
                    "-Inf"
                };
                Some(Error::bare(s.line, 0, format!("json: unsupported value: {shown}")))
            }
            Ok(Resolved::Timestamp(t)) => t.json_problem().map(|problem| {
                let message =
                    format!("json: error calling MarshalJSON for type time.Time: Time.MarshalJSON: {problem}");
                Error::bare(s.line, 0, message)
            }),
            _ => None,
        },
        Node::Seq(items) => items.iter().find_map(|item| json_problem(item, false)),
        Node::Map(map) if !top && !is_string_map(map) => {
            Some(Error::bare(map.entries.first().map_or(0, |(k, _)| k.line), 0, GENERAL_MAP))
        }
        Node::Map(map) => {
            let mut sorted = BTreeMap::new();
            collect_entries(map, &mut sorted, false);
            sorted.values().find_map(|value| json_problem(value, false))
        }
    }
}

/// A string-keyed mapping's entries as decoded, merged ones included (they never replace).
fn collect_entries<'a>(map: &'a Map, into: &mut BTreeMap<String, &'a Node>, merged: bool) {
    let mut merge = None;
    for (k, v) in &map.entries {
        if is_merge(k) {
            merge = Some(v);
        } else if let Ok(Some(key)) = key_text(k) {
            if merged {
                into.entry(key.into_owned()).or_insert(v);
            } else {
                into.insert(key.into_owned(), v);
            }
        }
    }
    match merge {
        Some(Node::Map(source)) => collect_entries(source, into, true),
        Some(Node::Seq(items)) => {
            for item in items {
                if let Node::Map(source) = item {
                    collect_entries(source, into, true);
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::node::parse_documents;

    fn json_of(text: &str) -> Result<Value, String> {
        let docs = parse_documents(text).map_err(|e| e.to_string())?;
        docs[0].to_json().map_err(|e| e.to_string())
    }

    #[test]
    fn untagged_scalars_are_typed_by_their_text_unless_quoted() {
        let untagged = |value: &str, style| {
            Node::Scalar(Scalar { tag: Tag::Other(String::new()), style, ..Scalar::string(value) })
        };
        let map = Node::Map(Map {
            entries: vec![
                (Scalar::string("int"), untagged("1", Style::Plain)),
                (Scalar::string("bool"), untagged("true", Style::Plain)),
                (Scalar::string("null"), untagged("", Style::Plain)),
                (Scalar::string("str"), untagged("web", Style::Plain)),
                (Scalar::string("quoted"), untagged("1", Style::DoubleQuoted)),
                (
                    Scalar::string("other"),
                    Node::Scalar(Scalar { tag: Tag::Other("!foo".into()), ..Scalar::string("1") }),
                ),
            ],
            flow: false,
        });
        assert_eq!(
            map.to_json().unwrap(),
            json!({"int": 1, "bool": true, "null": null, "str": "web", "quoted": "1", "other": "1"})
        );
    }

    #[test]
    fn values_as_kustomize_prints_them() {
        let got = json_of(
            "a: 0755\nb: yes\nc: 2001-12-14 21:59:43.10\nd: !!binary aGk=\ne: 1.0\nf: 12345678901234567890\n\
             g: {x: , y}\nh:\n1: top\n~: dropped\n",
        );
        // The `~` key is duplicated by kyaml's merge pass, which go-yaml then refuses.
        assert_eq!(got, Err("yaml: unmarshal errors:\n  line 10: mapping key \"~\" already defined at line 10".into()));
        let got = json_of(
            "a: 0755\nb: yes\nc: 2001-12-14 21:59:43.10\nd: !!binary aGk=\ne: 1.0\nf: 12345678901234567890\n\
             g: {x: , y}\nh:\n1: top\n? \n: empty\n",
        );
        let want = json!({
            "a": 493, "b": "yes", "c": "2001-12-14T21:59:43.1Z", "d": "hi", "e": 1,
            "f": 12_345_678_901_234_567_890_u64, "g": {"x": "", "y": ""}, "h": null, "1": "top", "": "empty",
        });
        assert_eq!(got, Ok(want));
    }

    #[test]
    fn decoding_errors_come_before_json_errors() {
        // go-yaml's panic stops decoding; its collected errors come next; encoding/json's last.
        assert_eq!(json_of("a: .inf\nb: !!int x\n"), Err("yaml: cannot decode !!str `x` as a !!int".into()));
        assert_eq!(
            json_of("a: .inf\nb: {c: 1, c: 2}\n"),
            Err("yaml: unmarshal errors:\n  line 2: mapping key \"c\" already defined at line 2".into())
        );
        // encoding/json walks keys in order: `a` before `b`, whatever the document order.
        assert_eq!(json_of("b: {1: x}\na: [.nan]\n"), Err("json: unsupported value: NaN".into()));
        assert_eq!(
            json_of("b: -.inf\na: {1: x}\n"),
            Err("json: unsupported type: map[interface {}]interface {}".into())
        );
        // Inside a mapping with a duplicate, nothing is decoded.
        assert_eq!(
            json_of("a: {k: !!int x, k: 2}\n"),
            Err("yaml: unmarshal errors:\n  line 1: mapping key \"k\" already defined at line 1".into())
        );
    }

    #[test]
    fn a_merge_key_left_by_kyaml_is_merged_by_go_yaml() {
        let node = Node::Map(Map {
            entries: vec![
                (Scalar::string("a"), Node::string("own")),
                (
                    Scalar {
                        value: "<<".into(),
                        tag: Tag::Merge,
                        style: super::super::Style::Plain,
                        tagged: false,
                        line: 0,
                        alias: 0,
                    },
                    Node::Seq(vec![
                        from_json(&json!({"a": "first", "b": "first"})),
                        from_json(&json!({"b": "second", "c": "second"})),
                    ]),
                ),
            ],
            flow: false,
        });
        assert_eq!(node.to_json(), Ok(json!({"a": "own", "b": "first", "c": "second"})));
    }

    #[test]
    fn from_json_round_trips() {
        let value = json!({"s": "yes", "i": -3, "u": u64::MAX, "f": 1.5, "g": 3.0, "b": true, "n": null,
                           "l": [1, "x", {}], "o": {"k": "v"}, "e": 1e21});
        let node = from_json(&value);
        let mut want = value.clone();
        want["g"] = json!(3);
        assert_eq!(node.to_json(), Ok(want));
        let Node::Map(map) = &node else { panic!("an object is a mapping") };
        let tag = |key: &str| map.entries.iter().find(|(k, _)| k.value == key).map(|(_, v)| v.clone());
        assert!(matches!(tag("g"), Some(Node::Scalar(Scalar { tag: Tag::Int, .. }))));
        assert!(matches!(tag("e"), Some(Node::Scalar(Scalar { tag: Tag::Float, .. }))));
    }

    #[test]
    fn to_yaml_refuses_what_go_yaml_cannot_read_back() {
        let docs = parse_documents("a: \"\\x7f\"\nb: \"x\\x85y\"\n").unwrap_or_default();
        assert_eq!(
            docs[0].to_yaml().map_err(|e| e.to_string()),
            Err("yaml: control characters are not allowed".into())
        );
        let docs = parse_documents("b: \"x\\x85y\"\n").unwrap_or_default();
        assert_eq!(docs[0].to_yaml(), Ok("b: x y\n".to_owned()));
    }

    #[test]
    fn invalid_utf8_per_byte() {
        assert_eq!(go_string(vec![0xff]), "\u{FFFD}");
        assert_eq!(go_string(vec![0xe2, 0x82]), "\u{FFFD}\u{FFFD}");
        assert_eq!(go_string(vec![b'a', 0xe2, 0x82, b'b']), "a\u{FFFD}\u{FFFD}b");
        assert_eq!(go_string(b"hi".to_vec()), "hi");
    }
}
