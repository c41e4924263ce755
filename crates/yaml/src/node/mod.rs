//! Documents as trees that keep what kustomize keeps: each scalar's text, tag and quoting style.
//!
//! kustomize (through kyaml) does not read manifests into JSON values the way `kubectl` does: it
//! parses them with go-yaml v3 into nodes, transforms the nodes, and turns each resource into JSON
//! only when it prints it. The difference shows in the output: `yes` stays the string `"yes"`
//! (YAML 1.2), `0755` is the integer 493, an annotation keeps the text it was written with
//! (`t: true` prints as `t: "true"`), and a date becomes `"2024-01-01T00:00:00Z"`. This module is
//! that model:
//!
//! - [`parse_documents`] reads a `---` separated stream as kustomize does (kyaml's
//!   `kio.FromBytes`: go-yaml v3's parser, anchors and merge keys expanded);
//! - [`Node::to_json`] is go-yaml v3's decoding into Go values followed by Go's `encoding/json`,
//!   which is how kustomize turns a resource into JSON before printing it with
//!   [`crate::to_string`]; [`Node::to_yaml`] is both, kustomize's `AsYAML`;
//! - [`Node::from_json`] builds nodes from JSON values (what kyaml does for generated content).
//!
//! Mapping keys are scalars, in document order; duplicate keys are kept as written (go-yaml v3
//! refuses them when it decodes, see [`Node::to_json`]). `docs/yaml.md` lists the rules.

use serde_json::Value;

/// One node of a YAML document.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Scalar(Scalar),
    Seq(Vec<Node>),
    Map(Map),
}

/// A scalar as go-yaml v3 keeps it: the text after quotes and escapes are resolved, the tag it was
/// resolved to (explicit or implicit), whether the tag was written, and how the text was written.
///
/// `line` is where the scalar was read (1-based, counted from the start of its document as
/// kustomize splits the stream), 0 for a scalar that was built rather than read. go-yaml names
/// it in some errors (`mapping key "a" already defined at line 6`). It is not part of the
/// value: `==` ignores it.
#[derive(Debug, Clone)]
pub struct Scalar {
    pub value: String,
    pub tag: Tag,
    pub style: Style,
    /// The tag was written (`!!str 1`, `!foo x`), not resolved; go-yaml prints it back.
    pub tagged: bool,
    pub line: usize,
    /// Scalars of one document with the same non-zero `alias` are one node in go-yaml's memory:
    /// kustomize sets one node object at several fields (a label added to metadata and selectors at
    /// once), and a later in-place write to any of them shows in all. 0: a node of its own.
    pub alias: u32,
}

impl PartialEq for Scalar {
    fn eq(&self, other: &Scalar) -> bool {
        self.value == other.value && self.tag == other.tag && self.style == other.style && self.tagged == other.tagged
    }
}

impl Eq for Scalar {}

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
    /// Any other tag, as written. `Other("")` is go-yaml's empty tag, which the parser never
    /// leaves but programs building nodes do (kyaml's `NewScalarRNode`): decoded, such a scalar is
    /// a string when quoted and typed by its text when plain, like a plain scalar read from a
    /// document.
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
    /// Written in flow style (`{a: 1}`): go-yaml prints an empty value in it as `''`, which
    /// then reads back as the empty string.
    pub flow: bool,
}

impl Scalar {
    /// A string scalar (tag `!!str`, plain style): what kyaml writes for a value it sets.
    pub fn string(value: impl Into<String>) -> Scalar {
        Scalar { value: value.into(), tag: Tag::Str, style: Style::Plain, tagged: false, line: 0, alias: 0 }
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

    /// The node as JSON, as kustomize's `RNode.MarshalJSON` makes it: a mapping's keys are its
    /// keys' text (`1:` is `"1"`), unquoted timestamps are RFC 3339 times, numbers get the JSON
    /// type Go's number text reads back as.
    ///
    /// # Errors
    /// What go-yaml v3 or `encoding/json` refuse: duplicate keys (`yaml: unmarshal errors:\n  line
    /// 7: mapping key "a" already defined at line 6`), non-string keys below the top mapping,
    /// `.inf`/`.nan`, tags that contradict their text.
    pub fn to_json(&self) -> Result<Value, crate::Error> {
        json::to_json(self)
    }

    /// The node printed as kustomize prints a resource (`Resource.AsYAML`): [`Node::to_json`],
    /// then sigs.k8s.io/yaml's `JSONToYAML`, which is [`crate::to_string`].
    ///
    /// ```
    /// let docs = yaml::node::parse_documents("kind: A\ndata: {mode: 0755, on: yes, d: 2024-01-01}\n").unwrap();
    /// assert_eq!(
    ///     docs[0].to_yaml().unwrap(),
    ///     "data:\n  d: \"2024-01-01T00:00:00Z\"\n  mode: 493\n  \"on\": \"yes\"\nkind: A\n"
    /// );
    /// ```
    ///
    /// # Errors
    /// As [`Node::to_json`]; and `yaml: control characters are not allowed` for a string with
    /// DEL, a C1 control other than NEL, U+FFFE or U+FFFF, which Go's JSON leaves as they are and
    /// go-yaml v2 refuses to read back.
    pub fn to_yaml(&self) -> Result<String, crate::Error> {
        let value = self.to_json()?;
        json::check_printable(&value)?;
        Ok(crate::to_string(&value))
    }

    /// Nodes for a JSON value: strings are `!!str` (quoted where needed when printed), numbers
    /// `!!int` or `!!float`, keys in the value's order.
    pub fn from_json(value: &Value) -> Node {
        json::from_json(value)
    }
}

/// Reads every document of a YAML stream as kustomize does: cut at `---` lines, the first
/// document of each piece, empty and null documents skipped, a lone `List` unwrapped, aliases
/// copied and merge keys applied.
///
/// ```
/// use yaml::node::{parse_documents, Node, Tag};
///
/// let docs = parse_documents("---\n# nothing\n---\na: &x yes\nb: *x\nc: 0o17\n").unwrap();
/// let Node::Map(map) = &docs[0] else { unreachable!("a mapping") };
/// let tags: Vec<(&str, &Tag)> = map.entries.iter().map(|(k, v)| match v {
///     Node::Scalar(s) => (k.value.as_str(), &s.tag),
///     _ => unreachable!("scalars"),
/// }).collect();
/// assert_eq!(tags, [("a", &Tag::Str), ("b", &Tag::Str), ("c", &Tag::Int)]);
/// ```
///
/// # Errors
/// Syntax errors, with go-yaml v3's wording and line (counted from the start of the document);
/// kyaml's `invalid document separator` and merge key errors.
pub fn parse_documents(text: &str) -> Result<Vec<Node>, crate::Error> {
    parse::parse_documents(text)
}

mod json;
mod parse;
mod resolve;

pub use resolve::plain_tag;
