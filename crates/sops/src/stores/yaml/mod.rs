//! The YAML store: documents read with their comments into sops's tree, and printed back as
//! sops prints them (go-yaml v3's encoder, 4-space indent).
//!
//! sops reads YAML through go-yaml v3 nodes: each scalar is decoded into a Go value (YAML 1.2
//! types, unquoted timestamps as times), aliases are copied (merge keys are not applied), and
//! comments become comment items in the order they appear, a comment at the end of a value's
//! line marked inline and placed before its entry. Reading, a comment goes to the collection
//! its position and indentation put it in (go-yaml's head, line and foot comments, flattened).

mod emit;

use std::collections::HashMap;

use base64::Engine;
use granit_parser::{Event as YamlEvent, Options, Parser, Placement, ScalarStyle as EventStyle, Span, Tag as EventTag};

use self::emit::{Event, ScalarStyle};
use crate::tree::{Item, Key, Time, Value};
use yaml::node::{Scalar, Style, Tag};

/// sops's YAML store prints with go-yaml's indent set to 4.
const INDENT: i64 = 4;

/// Reads every document of a YAML stream into a branch.
pub(crate) fn load(text: &str) -> Result<Vec<Vec<Item>>, String> {
    let (docs, comments) = parse(text)?;
    let mut branches = Vec::new();
    for (index, doc) in docs.iter().enumerate() {
        let next_start = docs.get(index + 1).map(|d| d.start);
        let mine: Vec<&CommentAt> = comments
            .iter()
            .filter(|c| {
                let after_start = index == 0 || (c.line, c.col) >= doc.start;
                let before_next = next_start.is_none_or(|s| (c.line, c.col) < s);
                after_start && before_next
            })
            .collect();
        let mut starts = doc.starts.clone();
        starts.sort_unstable();
        let mut flat = Flattener { comments: mine, next: 0, last_line: 0, starts };
        let branch = match &doc.root {
            None => flat.rest(),
            Some(PNode { kind: PKind::Map(entries), col, .. }) => {
                if index == 0 {
                    check_duplicates(entries)?;
                }
                let mut items = flat.map_items(entries, *col);
                items.extend(flat.rest());
                items
            }
            Some(PNode { kind: PKind::Seq(_), .. }) => {
                return Err("YAML documents that are sequences are not supported".into());
            }
            Some(PNode { kind: PKind::Scalar(Value::Null), .. }) => flat.rest(),
            Some(_) => return Err("YAML documents that are values are not supported".into()),
        };
        branches.push(branch);
    }
    Ok(branches)
}

/// go-yaml's decoder refuses a mapping that repeats a key; sops decodes the first document
/// once only to get that check.
fn check_duplicates(entries: &[(PKey, PNode)]) -> Result<(), String> {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (key, value) in entries {
        if let Key::Str(k) = &key.key {
            if let Some(first) = seen.insert(k, key.line) {
                return Err(format!(
                    "yaml: unmarshal errors:\n  line {}: mapping key {k:?} already defined at line {first}",
                    key.line
                )
                .replace('\n', " "));
            }
        }
        check_nested(value)?;
    }
    Ok(())
}

fn check_nested(node: &PNode) -> Result<(), String> {
    match &node.kind {
        PKind::Map(inner) => check_duplicates(inner),
        PKind::Seq(items) => items.iter().try_for_each(check_nested),
        PKind::Scalar(_) => Ok(()),
    }
}

struct CommentAt {
    text: String,
    line: usize,
    col: usize,
    /// On the same line as content before it.
    right: bool,
}

#[derive(Clone)]
struct PNode {
    kind: PKind,
    line: usize,
    col: usize,
    /// The last line the node's content is on.
    end_line: usize,
    flow: bool,
}

#[derive(Clone)]
enum PKind {
    Scalar(Value),
    Map(Vec<(PKey, PNode)>),
    Seq(Vec<PNode>),
}

#[derive(Clone)]
struct PKey {
    key: Key,
    line: usize,
    col: usize,
}

struct Doc {
    start: (usize, usize),
    root: Option<PNode>,
    /// Where each key and each sequence item starts, in order.
    starts: Vec<(usize, usize)>,
}

enum Frame {
    Map { entries: Vec<(PKey, PNode)>, key: Option<PKey>, line: usize, col: usize, flow: bool, anchor: usize },
    Seq { items: Vec<PNode>, line: usize, col: usize, flow: bool, anchor: usize },
}

/// The documents of the stream as positioned nodes, and every comment with its position.
fn parse(text: &str) -> Result<(Vec<Doc>, Vec<CommentAt>), String> {
    let mut options = Options::default();
    options.set_emit_comments(true);
    let mut docs = Vec::new();
    let mut comments = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    let mut anchors: HashMap<usize, PNode> = HashMap::new();
    let mut current: Option<Doc> = None;
    let mut last_content_line = 0;
    for next in Parser::new_from_str_with_options(text, options) {
        let (event, span) = next.map_err(|e| format!("yaml: {e}"))?;
        let (line, col) = (span.start.line(), span.start.col());
        match event {
            YamlEvent::Comment(body, placement) => {
                let right = placement == Placement::Right || line == last_content_line;
                comments.push(CommentAt { text: body.into_owned(), line, col, right });
            }
            YamlEvent::DocumentStart(..) => current = Some(Doc { start: (line, col), root: None, starts: Vec::new() }),
            YamlEvent::DocumentEnd => {
                if let Some(doc) = current.take() {
                    docs.push(doc);
                }
            }
            YamlEvent::MappingStart(style, anchor, _) => {
                if let Some(doc) = current.as_mut() {
                    doc.starts.push((line, col));
                }
                let flow = style == granit_parser::StructureStyle::Flow;
                stack.push(Frame::Map { entries: Vec::new(), key: None, line, col, flow, anchor });
            }
            YamlEvent::SequenceStart(style, anchor, _) => {
                if let Some(doc) = current.as_mut() {
                    doc.starts.push((line, col));
                }
                let flow = style == granit_parser::StructureStyle::Flow;
                stack.push(Frame::Seq { items: Vec::new(), line, col, flow, anchor });
            }
            YamlEvent::MappingEnd | YamlEvent::SequenceEnd => {
                let end_line = end_line(&span).max(last_content_line);
                let (node, anchor) = match stack.pop() {
                    Some(Frame::Map { entries, line, col, flow, anchor, .. }) => {
                        (PNode { kind: PKind::Map(entries), line, col, end_line, flow }, anchor)
                    }
                    Some(Frame::Seq { items, line, col, flow, anchor }) => {
                        let col = if flow { col } else { dash_column(text, &items).unwrap_or(col) };
                        (PNode { kind: PKind::Seq(items), line, col, end_line, flow }, anchor)
                    }
                    None => continue,
                };
                if anchor != 0 {
                    anchors.insert(anchor, node.clone());
                }
                complete(&mut stack, &mut current, node)?;
            }
            YamlEvent::Scalar(value, style, anchor, tag) => {
                if let Some(doc) = current.as_mut() {
                    doc.starts.push((line, col));
                }
                let empty = span.start.index() == span.end.index() && style == EventStyle::Plain;
                let value = if empty { String::new() } else { value.into_owned() };
                let end = end_line(&span).max(line);
                last_content_line = end;
                let node = PNode {
                    kind: PKind::Scalar(scalar_value(&value, style, tag.as_deref())?),
                    line,
                    col,
                    end_line: end,
                    flow: false,
                };
                if anchor != 0 {
                    anchors.insert(anchor, node.clone());
                }
                // A key keeps its text: sops needs it as a string.
                if let Some(Frame::Map { key: key @ None, .. }) = stack.last_mut() {
                    *key = Some(PKey { key: key_of(&node, &value), line, col });
                    continue;
                }
                complete(&mut stack, &mut current, node)?;
            }
            YamlEvent::Alias(id) => {
                if let Some(doc) = current.as_mut() {
                    doc.starts.push((line, col));
                }
                let Some(target) = anchors.get(&id).cloned() else {
                    return Err("yaml: unknown anchor referenced".into());
                };
                let node = PNode { line, col, end_line: line, ..target };
                last_content_line = line;
                if let Some(Frame::Map { key: key @ None, .. }) = stack.last_mut() {
                    let text = match &node.kind {
                        PKind::Scalar(v) => String::from_utf8_lossy(&crate::walk::to_bytes(v)).into_owned(),
                        _ => String::new(),
                    };
                    *key = Some(PKey { key: key_of(&node, &text), line, col });
                    continue;
                }
                complete(&mut stack, &mut current, node)?;
            }
            YamlEvent::UnresolvedAlias(_) => return Err("yaml: unknown anchor referenced".into()),
            _ => {}
        }
    }
    if let Some(doc) = current.take() {
        docs.push(doc);
    }
    comments.sort_by_key(|c| (c.line, c.col));
    Ok((docs, comments))
}

/// The column of a block sequence's dashes, from its first item's line (the parser places an
/// indentless sequence at its first item).
fn dash_column(text: &str, items: &[PNode]) -> Option<usize> {
    let first = items.first()?;
    let line = text.split('\n').nth(first.line.checked_sub(1)?)?;
    let before: Vec<char> = line.chars().take(first.col).collect();
    before.iter().rposition(|c| *c == '-')
}

/// The last line a span's content is on (a block scalar's span ends at the start of the next line).
fn end_line(span: &Span) -> usize {
    let end = span.end;
    if end.col() == 0 && end.line() > span.start.line() {
        end.line() - 1
    } else {
        end.line()
    }
}

fn key_of(node: &PNode, text: &str) -> Key {
    match &node.kind {
        PKind::Scalar(Value::Str(s)) => Key::Str(s.clone()),
        PKind::Scalar(_) => Key::Other(text.to_string()),
        _ => Key::Other("a collection".into()),
    }
}

fn complete(stack: &mut [Frame], current: &mut Option<Doc>, node: PNode) -> Result<(), String> {
    match stack.last_mut() {
        Some(Frame::Map { entries, key, .. }) => match key.take() {
            Some(k) => entries.push((k, node)),
            // A collection as a key: kept as a key sops refuses to walk.
            None => {
                *key = Some(PKey { key: Key::Other("a collection".into()), line: node.line, col: node.col });
            }
        },
        Some(Frame::Seq { items, .. }) => items.push(node),
        None => {
            if let Some(doc) = current.as_mut() {
                doc.root = Some(node);
            }
        }
    }
    Ok(())
}

/// A scalar as go-yaml v3 decodes it into an `interface{}`.
fn scalar_value(text: &str, style: EventStyle, tag: Option<&EventTag>) -> Result<Value, String> {
    let explicit = tag.map(|t| match (t.handle(), t.suffix()) {
        ("tag:yaml.org,2002:", suffix) => format!("!!{suffix}"),
        (handle, suffix) => format!("{handle}{suffix}"),
    });
    let tag = match explicit.as_deref() {
        // The non-specific tag `!` makes a string.
        Some("!") => Tag::Str,
        Some("!!str") => Tag::Str,
        Some("!!int") => Tag::Int,
        Some("!!float") => Tag::Float,
        Some("!!bool") => Tag::Bool,
        Some("!!null") => Tag::Null,
        Some("!!timestamp") => Tag::Timestamp,
        Some("!!binary") => Tag::Binary,
        Some(_) => return Ok(Value::Str(text.to_string())),
        None if style == EventStyle::Plain => yaml::node::plain_tag(text),
        None => Tag::Str,
    };
    let tagged = explicit.is_some();
    Ok(match tag {
        Tag::Str | Tag::Merge | Tag::Other(_) => Value::Str(text.to_string()),
        Tag::Null => Value::Null,
        Tag::Binary => {
            let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(compact)
                .map_err(|_| "yaml: !!binary value contains invalid base64 data".to_string())?;
            match String::from_utf8(bytes) {
                Ok(s) => Value::Str(s),
                Err(e) => Value::Raw(e.into_bytes()),
            }
        }
        Tag::Float
            if !tagged
                || matches!(
                    text.trim_start_matches(['+', '-']),
                    ".inf" | ".Inf" | ".INF" | ".nan" | ".NaN" | ".NAN"
                ) =>
        {
            special_float(text).map_or_else(|| decoded(text, Tag::Float, tagged), Ok)?
        }
        other => decoded(text, other, tagged)?,
    })
}

fn special_float(text: &str) -> Option<Value> {
    match text {
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => Some(Value::Float(f64::INFINITY)),
        "-.inf" | "-.Inf" | "-.INF" => Some(Value::Float(f64::NEG_INFINITY)),
        ".nan" | ".NaN" | ".NAN" => Some(Value::Float(f64::NAN)),
        _ => None,
    }
}

/// Numbers, booleans and times through the yaml crate's go-yaml v3 decoding.
fn decoded(text: &str, tag: Tag, tagged: bool) -> Result<Value, String> {
    let scalar = Scalar { value: text.to_string(), tag: tag.clone(), style: Style::Plain, tagged, line: 0, alias: 0 };
    let json = yaml::node::Node::Scalar(scalar).to_json().map_err(|e| e.to_string())?;
    Ok(match (tag, json) {
        (_, serde_json::Value::Bool(b)) => Value::Bool(b),
        (_, serde_json::Value::Null) => Value::Null,
        (Tag::Float, serde_json::Value::Number(n)) => Value::Float(n.as_f64().unwrap_or(0.0)),
        (_, serde_json::Value::Number(n)) => match n.as_i64() {
            Some(i) => Value::Int(i),
            None if n.is_u64() => return Err(format!("yaml: integer {text} does not fit in a signed 64-bit integer")),
            None => Value::Float(n.as_f64().unwrap_or(0.0)),
        },
        (Tag::Timestamp, serde_json::Value::String(s)) => match Time::parse_rfc3339(&s) {
            Some(t) => Value::Time(t),
            None => Value::Str(text.to_string()),
        },
        (_, serde_json::Value::String(s)) => Value::Str(s),
        _ => Value::Str(text.to_string()),
    })
}

/// Hands out the comments of a document in order, to the collection each belongs to.
struct Flattener<'a> {
    comments: Vec<&'a CommentAt>,
    next: usize,
    last_line: usize,
    /// Where the document's nodes start, sorted.
    starts: Vec<(usize, usize)>,
}

impl Flattener<'_> {
    fn peek(&self) -> Option<&CommentAt> {
        self.comments.get(self.next).copied()
    }

    /// Comments positioned before `(line, col)`.
    fn before(&mut self, line: usize, col: usize) -> Vec<String> {
        let mut out = Vec::new();
        while let Some(c) = self.peek().filter(|c| (c.line, c.col) < (line, col)) {
            out.push(c.text.clone());
            self.last_line = c.line;
            self.next += 1;
        }
        out
    }

    /// Comments on the lines `from..=to` that follow content there.
    fn on_lines(&mut self, from: usize, to: usize) -> Vec<String> {
        let mut out = Vec::new();
        while let Some(c) = self.peek().filter(|c| c.line >= from && c.line <= to && c.right) {
            out.push(c.text.clone());
            self.next += 1;
        }
        out
    }

    /// Comments right after a collection's last content, at its indentation or deeper, with no
    /// blank line in between: go-yaml's foot comments of the collection.
    fn trailing(&mut self, col: usize) -> Vec<String> {
        let mut out = Vec::new();
        while let Some(c) = self.peek().filter(|c| c.line == self.last_line + 1 && c.col >= col && !c.right) {
            out.push(c.text.clone());
            self.last_line = c.line;
            self.next += 1;
        }
        out
    }

    /// The first node that starts after `at`.
    fn next_start(&self, at: (usize, usize)) -> Option<(usize, usize)> {
        let i = self.starts.partition_point(|s| *s <= at);
        self.starts.get(i).copied()
    }

    /// Every comment not handed out yet.
    fn rest(&mut self) -> Vec<Item> {
        let out = self.comments[self.next..].iter().map(|c| Item::comment(c.text.clone(), false)).collect();
        self.next = self.comments.len();
        out
    }

    fn map_items(&mut self, entries: &[(PKey, PNode)], col: usize) -> Vec<Item> {
        let mut items = Vec::new();
        for (key, node) in entries {
            items.extend(self.before(key.line, key.col).into_iter().map(|c| Item::comment(c, false)));
            let value = match &node.kind {
                PKind::Scalar(v) => {
                    items.extend(self.on_lines(key.line, node.end_line).into_iter().map(|c| Item::comment(c, true)));
                    self.last_line = self.last_line.max(node.end_line);
                    v.clone()
                }
                _ if node.flow => {
                    let lead = self.on_lines(key.line, node.end_line);
                    self.last_line = self.last_line.max(node.end_line);
                    self.collection(node, lead)
                }
                _ => {
                    items.extend(self.on_lines(key.line, key.line).into_iter().map(|c| Item::comment(c, false)));
                    self.last_line = self.last_line.max(key.line);
                    self.collection(node, Vec::new())
                }
            };
            items.push(Item { key: key.key.clone(), value });
        }
        items.extend(self.trailing(col).into_iter().map(|c| Item::comment(c, false)));
        items
    }

    fn seq_items(&mut self, nodes: &[PNode], col: usize) -> Vec<Value> {
        let mut values = Vec::new();
        for node in nodes {
            values.extend(self.before(node.line, node.col).into_iter().map(|c| comment_value(c, false)));
            let value = match &node.kind {
                PKind::Scalar(v) => {
                    values.extend(self.on_lines(node.line, node.end_line).into_iter().map(|c| comment_value(c, true)));
                    self.last_line = self.last_line.max(node.end_line);
                    v.clone()
                }
                _ if node.flow => {
                    let lead = self.on_lines(node.line, node.end_line);
                    self.last_line = self.last_line.max(node.end_line);
                    self.collection(node, lead)
                }
                _ => self.collection(node, Vec::new()),
            };
            values.push(value);
        }
        let last_is_collection =
            matches!(nodes.last(), Some(PNode { kind: PKind::Map(_) | PKind::Seq(_), flow: false, .. }));
        if last_is_collection {
            // After a sequence whose last item is a collection, go-yaml gives the comments that
            // come before more content, and are indented deeper than it, to the innermost last
            // collection of that item (blank lines or not).
            if let Some(next) = self.peek().and_then(|c| self.next_start((c.line, c.col))) {
                let mut deep = Vec::new();
                while let Some(c) = self.peek().filter(|c| (c.line, c.col) < next && c.col > next.1 && !c.right) {
                    deep.push(c.text.clone());
                    self.last_line = c.line;
                    self.next += 1;
                }
                let last = values.iter_mut().rev().find(|v| !matches!(v, Value::Comment(_)));
                if let (Some(last), Some(node)) = (last, nodes.last()) {
                    append_deepest(last, node, deep);
                }
            }
        }
        // At the end of the document, a comment at the dashes' column after an item that is a
        // collection goes to the mapping entry holding the sequence.
        let min_col = if last_is_collection { col + 1 } else { col };
        values.extend(self.trailing(min_col).into_iter().map(|c| comment_value(c, false)));
        values
    }

    /// A collection value; `lead` are comments sops puts at its start (a flow collection's line
    /// comment).
    fn collection(&mut self, node: &PNode, lead: Vec<String>) -> Value {
        match &node.kind {
            PKind::Map(entries) => {
                let mut items: Vec<Item> = lead.into_iter().map(|c| Item::comment(c, false)).collect();
                let col = entries.first().map_or(node.col, |(k, _)| k.col);
                items.extend(self.map_items(entries, col));
                Value::Map(items)
            }
            PKind::Seq(nodes) => {
                let mut values: Vec<Value> = lead.into_iter().map(|c| comment_value(c, false)).collect();
                values.extend(self.seq_items(nodes, node.col));
                Value::Seq(values)
            }
            PKind::Scalar(v) => v.clone(),
        }
    }
}

/// Appends comments to the innermost last block collection of `value` (`node` is its source).
fn append_deepest(value: &mut Value, node: &PNode, comments: Vec<String>) {
    if comments.is_empty() {
        return;
    }
    let block = |n: &PNode| matches!(n.kind, PKind::Map(_) | PKind::Seq(_)) && !n.flow;
    match (value, &node.kind) {
        (Value::Map(items), PKind::Map(entries)) => {
            let inner = entries.last().filter(|(_, n)| block(n));
            let last = items.iter_mut().rev().find(|i| !matches!(i.key, Key::Comment(_)));
            match (inner, last) {
                (Some((_, n)), Some(item)) => append_deepest(&mut item.value, n, comments),
                _ => items.extend(comments.into_iter().map(|c| Item::comment(c, false))),
            }
        }
        (Value::Seq(values), PKind::Seq(nodes)) => {
            let inner = nodes.last().filter(|n| block(n));
            let last = values.iter_mut().rev().find(|v| !matches!(v, Value::Comment(_)));
            match (inner, last) {
                (Some(n), Some(v)) => append_deepest(v, n, comments),
                _ => values.extend(comments.into_iter().map(|c| comment_value(c, false))),
            }
        }
        _ => {}
    }
}

fn comment_value(text: String, inline: bool) -> Value {
    Value::Comment(crate::tree::Comment { text, inline })
}

/// A go-yaml node as sops builds it to print a tree.
struct YNode {
    kind: YKind,
    head: String,
    line: String,
    foot: String,
}

enum YKind {
    Map(Vec<(YNode, YNode)>),
    Seq(Vec<YNode>),
    Scalar { value: String, tag: Option<&'static str>, style: ScalarStyle },
}

impl YNode {
    fn new(kind: YKind) -> YNode {
        YNode { kind, head: String::new(), line: String::new(), foot: String::new() }
    }

    fn scalar(value: String, style: ScalarStyle) -> YNode {
        YNode::new(YKind::Scalar { value, tag: None, style })
    }
}

fn joined(comments: &[String]) -> String {
    format!("#{}", comments.join("\n#"))
}

fn add_head(node: &mut YNode, comments: &mut Vec<String>) {
    if !comments.is_empty() {
        let c = joined(comments);
        node.head = if node.head.is_empty() { c } else { format!("{c}\n{}", node.head) };
    }
    comments.clear();
}

fn add_foot(field: &mut String, comments: &mut Vec<String>) {
    if !comments.is_empty() {
        let c = joined(comments);
        *field = if field.is_empty() { c } else { format!("{field}\n{c}") };
    }
    comments.clear();
}

/// Prints the branches as sops's YAML store does, one document each.
pub(crate) fn emit(branches: &[Vec<Item>]) -> String {
    let mut events = vec![Event::StreamStart];
    for branch in branches {
        let mut mapping = YNode::new(YKind::Map(Vec::new()));
        append_branch(branch, &mut mapping);
        events.push(Event::DocumentStart { head: String::new() });
        node_events(mapping, String::new(), &mut events);
        events.push(Event::DocumentEnd { foot: String::new() });
    }
    if branches.is_empty() {
        return String::new();
    }
    events.push(Event::StreamEnd);
    emit::emit(events, INDENT)
}

fn append_branch(items: &[Item], mapping: &mut YNode) {
    let (mut head, mut inline) = (Vec::new(), Vec::new());
    let mut entries: Vec<(YNode, YNode)> = Vec::new();
    let mut beginning = true;
    for item in items {
        match &item.key {
            Key::Comment(c) if c.inline => inline.push(c.text.clone()),
            Key::Comment(c) => head.push(c.text.clone()),
            Key::Str(k) | Key::Other(k) => {
                if beginning {
                    add_head(mapping, &mut head);
                    beginning = false;
                }
                let mut key = string_node(k);
                add_head(&mut key, &mut head);
                let mut value = value_node(&item.value);
                add_foot(&mut value.line, &mut inline);
                entries.push((key, value));
            }
        }
    }
    head.append(&mut inline);
    if !head.is_empty() {
        match entries.last_mut() {
            Some((key, _)) if !beginning => add_foot(&mut key.foot, &mut head),
            _ => add_head(mapping, &mut head),
        }
    }
    mapping.kind = YKind::Map(entries);
}

fn append_sequence(values: &[Value], sequence: &mut YNode) {
    let (mut head, mut inline) = (Vec::new(), Vec::new());
    let mut nodes: Vec<YNode> = Vec::new();
    let mut beginning = true;
    for value in values {
        match value {
            Value::Comment(c) if c.inline => inline.push(c.text.clone()),
            Value::Comment(c) => head.push(c.text.clone()),
            _ => {
                if beginning {
                    add_head(sequence, &mut head);
                    beginning = false;
                }
                let mut node = value_node(value);
                add_head(&mut node, &mut head);
                add_foot(&mut node.line, &mut inline);
                nodes.push(node);
            }
        }
    }
    head.append(&mut inline);
    if !head.is_empty() {
        match nodes.last_mut() {
            Some(last) if !beginning => add_foot(&mut last.foot, &mut head),
            _ => add_head(sequence, &mut head),
        }
    }
    sequence.kind = YKind::Seq(nodes);
}

fn string_node(s: &str) -> YNode {
    YNode::scalar(s.to_string(), emit::string_style(s))
}

/// A leaf as go-yaml's `Node.Encode` makes it.
fn value_node(value: &Value) -> YNode {
    match value {
        Value::Map(items) => {
            let mut node = YNode::new(YKind::Map(Vec::new()));
            append_branch(items, &mut node);
            node
        }
        Value::Seq(values) => {
            let mut node = YNode::new(YKind::Seq(Vec::new()));
            append_sequence(values, &mut node);
            node
        }
        Value::Str(s) => string_node(s),
        Value::Raw(b) => YNode::new(YKind::Scalar {
            value: base64::engine::general_purpose::STANDARD.encode(b),
            tag: Some("!!binary"),
            style: ScalarStyle::Plain,
        }),
        Value::Int(i) => YNode::scalar(i.to_string(), ScalarStyle::Plain),
        Value::Float(f) => {
            let text = match yaml::go::format_float_g(*f).as_str() {
                "+Inf" => ".inf".to_string(),
                "-Inf" => "-.inf".to_string(),
                "NaN" => ".nan".to_string(),
                other => other.to_string(),
            };
            YNode::scalar(text, ScalarStyle::Plain)
        }
        Value::Bool(b) => YNode::scalar(b.to_string(), ScalarStyle::Plain),
        Value::Null => YNode::scalar("null".into(), ScalarStyle::Plain),
        Value::Time(t) => YNode::scalar(t.rfc3339_nano(), ScalarStyle::Plain),
        // A byte slice is a sequence of numbers to go-yaml.
        Value::Bytes(b) => {
            YNode::new(YKind::Seq(b.iter().map(|v| YNode::scalar(v.to_string(), ScalarStyle::Plain)).collect()))
        }
        Value::Comment(c) => string_node(&c.text),
    }
}

/// go-yaml's `encoder.node`: a key's foot comment is written as the next key's tail, the last
/// one with the mapping's end.
fn node_events(node: YNode, tail: String, events: &mut Vec<Event>) {
    match node.kind {
        YKind::Map(entries) => {
            events.push(Event::MappingStart { head: node.head, tail });
            let mut tail = String::new();
            for (mut key, value) in entries {
                let foot = std::mem::take(&mut key.foot);
                node_events(key, tail, events);
                tail = foot;
                node_events(value, String::new(), events);
            }
            events.push(Event::MappingEnd { tail, line: node.line, foot: node.foot });
        }
        YKind::Seq(items) => {
            events.push(Event::SequenceStart { head: node.head });
            for item in items {
                node_events(item, String::new(), events);
            }
            events.push(Event::SequenceEnd { line: node.line, foot: node.foot });
        }
        YKind::Scalar { value, tag, style } => {
            events.push(Event::Scalar { value, tag, style, head: node.head, line: node.line, foot: node.foot, tail });
        }
    }
}

#[cfg(test)]
mod tests;
