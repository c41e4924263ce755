//! Documents as trees that keep what kustomize keeps: each scalar's text, tag and quoting style.
//!
//! kustomize (through kyaml) does not read manifests into JSON values the way `kubectl` does: it
//! parses them with go-yaml v3 into nodes, transforms the nodes, and turns each resource into JSON
//! only when it prints it. The difference shows in the output: `yes` stays the string `"yes"`
//! (YAML 1.2), `0755` is the integer 493, an annotation keeps the text it was written with
//! (`t: true` prints as `t: "true"`), and a date becomes `"2024-01-01T00:00:00Z"`. This module is
//! that model:
//!
//! - [`parse_documents`] reads a `---` separated stream as go-yaml v3 does;
//! - [`Node::to_json`] is go-yaml v3's decoding into `interface{}` followed by Go's
//!   `encoding/json`, which is how kustomize turns a resource into JSON before printing it with
//!   [`crate::to_string`];
//! - [`Node::from_json`] builds nodes from JSON values (what kyaml does for generated content).
//!
//! Mapping keys are scalars, in document order; duplicate keys are kept as written (go-yaml v3
//! refuses them when it decodes, see [`Node::to_json`]).

use serde_json::Value;

/// One node of a YAML document.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Scalar(Scalar),
    Seq(Vec<Node>),
    Map(Map),
}

/// A scalar as go-yaml v3 keeps it: the text after quotes and escapes are resolved, the tag it was
/// resolved to (explicit or implicit) and how it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scalar {
    pub value: String,
    pub tag: Tag,
    pub style: Style,
    /// Scalars of one document with the same non-zero `alias` are one node in go-yaml's memory:
    /// kustomize sets one node object at several fields (a label added to metadata and selectors at
    /// once), and a later in-place write to any of them shows in all. 0: a node of its own.
    pub alias: u32,
}

/// go-yaml v3's short tags (`!!str`, `!!int`, …); any other tag is kept as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tag {
    Null,
    Bool,
    Int,
    Float,
    Str,
    Timestamp,
    Binary,
    /// `<<`, a merge key (only meaningful as a mapping key).
    Merge,
    Other(String),
}

/// How a scalar was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Style {
    #[default]
    Plain,
    SingleQuoted,
    DoubleQuoted,
    Literal,
    Folded,
}

/// A mapping: entries in document order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Map {
    pub entries: Vec<(Scalar, Node)>,
}

impl Scalar {
    /// A string scalar (tag `!!str`, plain style): what kyaml writes for a value it sets.
    pub fn string(value: impl Into<String>) -> Scalar {
        Scalar { value: value.into(), tag: Tag::Str, style: Style::Plain, alias: 0 }
    }
}

impl Node {
    /// A string scalar node.
    pub fn string(value: impl Into<String>) -> Node {
        Node::Scalar(Scalar::string(value))
    }

    /// An empty mapping.
    pub fn map() -> Node {
        Node::Map(Map::default())
    }

    /// The node as JSON; see the module documentation.
    ///
    /// # Errors
    /// What go-yaml v3 or `encoding/json` refuse: duplicate keys, non-string keys where a string is
    /// needed, `.inf`/`.nan`, tags that contradict their text.
    pub fn to_json(&self) -> Result<Value, crate::Error> {
        json::to_json(self)
    }

    /// Nodes for a JSON value: strings are `!!str` (quoted where needed when printed), numbers
    /// `!!int` or `!!float`, keys in the value's order.
    pub fn from_json(value: &Value) -> Node {
        json::from_json(value)
    }
}

/// Reads every document of a YAML stream as go-yaml v3 does.
///
/// # Errors
/// Syntax errors, with go-yaml v3's wording and line.
pub fn parse_documents(text: &str) -> Result<Vec<Node>, crate::Error> {
    parse::parse_documents(text)
}

mod json;
mod parse;
