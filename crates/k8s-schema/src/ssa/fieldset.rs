//! Field paths and sets of them, and their `FieldsV1` wire form.
//!
//! A [`FieldSet`] is a trie: at each level some path elements are *members* (the node itself is owned) and
//! some have *children*. `FieldsV1` writes a member as `"f:x": {}` and a node that is both a member and has
//! children as `"f:x": {".": {}, …}` (structured-merge-diff `fieldpath/serialize.go`).

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde_json::{Map, Value};
use yaml::go::{self, Encoder, Numbers};

use super::SsaError;

/// One step of a path into an object.
#[derive(Debug, Clone)]
pub enum PathElement {
    /// A struct field or map key: `f:name`.
    Field(String),
    /// An item of an associative list, by its key fields sorted by name: `k:{"name":"c"}`.
    Key(Vec<(String, Value)>),
    /// An item of a set list, by value: `v:"x"`.
    Value(Value),
    /// An item of an atomic list, by position: `i:0`.
    Index(usize),
}

/// A path from the root of an object.
pub type Path = Vec<PathElement>;

impl PathElement {
    /// Parses one `FieldsV1` key such as `f:spec` or `k:{"port":80,"protocol":"TCP"}`.
    pub fn parse(s: &str) -> Result<PathElement, SsaError> {
        let invalid = |why: &str| SsaError::Invalid(format!("invalid FieldsV1 key {s:?}: {why}"));
        let (kind, rest) = s.split_at_checked(2).ok_or_else(|| invalid("too short"))?;
        match kind {
            "f:" => Ok(PathElement::Field(rest.to_string())),
            "k:" => match serde_json::from_str::<Value>(rest) {
                Ok(Value::Object(fields)) => {
                    // BTreeMap-backed or insertion-ordered, the key fields are kept sorted by name.
                    let mut fields: Vec<(String, Value)> = fields.into_iter().collect();
                    fields.sort_by(|a, b| a.0.cmp(&b.0));
                    Ok(PathElement::Key(fields))
                }
                Ok(_) => Err(invalid("a key must be a JSON object")),
                Err(e) => Err(invalid(&e.to_string())),
            },
            "v:" => serde_json::from_str(rest).map(PathElement::Value).map_err(|e| invalid(&e.to_string())),
            "i:" => rest.parse().map(PathElement::Index).map_err(|e| invalid(&e.to_string())),
            _ => Err(invalid("unknown path element type")),
        }
    }

    /// The `FieldsV1` key, with JSON written as kube-apiserver writes it, so that keys compare equal
    /// to the ones it wrote: json-iterator's standard-library mode (structured-merge-diff v4) over
    /// apimachinery's unstructured values, integers as `int64`, other numbers as `float64`.
    pub fn serialize(&self) -> String {
        match self {
            PathElement::Field(name) => format!("f:{name}"),
            PathElement::Key(fields) => {
                let mut out = String::from("k:{");
                for (i, (name, value)) in fields.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    // json-iterator writes these names without the HTML escapes (`WriteObjectField`);
                    // they are schema property names, which never hold `<`, `>`, `&`, U+2028, U+2029.
                    go::write_json_string(name, &mut out, Encoder::JsonIterator);
                    out.push(':');
                    go::write_json(value, &mut out, Numbers::Int64OrFloat64, Encoder::JsonIterator);
                }
                out.push('}');
                out
            }
            PathElement::Value(value) => {
                let mut out = String::from("v:");
                go::write_json(value, &mut out, Numbers::Int64OrFloat64, Encoder::JsonIterator);
                out
            }
            PathElement::Index(i) => format!("i:{i}"),
        }
    }
}

impl fmt::Display for PathElement {
    /// The human form used in conflict messages: `.name`, `[name="c"]`, `[=5]`, `[0]`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PathElement::Field(name) => write!(f, ".{name}"),
            PathElement::Key(fields) => {
                let parts: Vec<String> = fields.iter().map(|(k, v)| format!("{k}={}", go_to_string(v))).collect();
                write!(f, "[{}]", parts.join(","))
            }
            PathElement::Value(v) => write!(f, "[={}]", go_to_string(v)),
            PathElement::Index(i) => write!(f, "[{i}]"),
        }
    }
}

/// The human form of a whole path, e.g. `.spec.template.spec.containers[name="c"].image`.
pub fn path_string(path: &[PathElement]) -> String {
    path.iter().map(ToString::to_string).collect()
}

impl Ord for PathElement {
    /// structured-merge-diff's order: fields, then keys, then values, then indexes.
    fn cmp(&self, other: &Self) -> Ordering {
        use PathElement::*;
        let rank = |e: &PathElement| match e {
            Field(_) => 0,
            Key(_) => 1,
            Value(_) => 2,
            Index(_) => 3,
        };
        match (self, other) {
            (Field(a), Field(b)) => a.cmp(b),
            (Key(a), Key(b)) => {
                for ((ka, va), (kb, vb)) in a.iter().zip(b) {
                    let c = ka.cmp(kb).then_with(|| value_cmp(va, vb));
                    if c != Ordering::Equal {
                        return c;
                    }
                }
                a.len().cmp(&b.len())
            }
            (Value(a), Value(b)) => value_cmp(a, b),
            (Index(a), Index(b)) => a.cmp(b),
            _ => rank(self).cmp(&rank(other)),
        }
    }
}

impl PartialOrd for PathElement {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for PathElement {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for PathElement {}

/// structured-merge-diff's total order on values: floats and ints (numerically), strings, bools, lists,
/// maps, null.
pub(crate) fn value_cmp(a: &Value, b: &Value) -> Ordering {
    fn rank(v: &Value) -> u8 {
        match v {
            Value::Number(_) => 0,
            Value::String(_) => 2,
            Value::Bool(_) => 3,
            Value::Array(_) => 4,
            Value::Object(_) => 5,
            Value::Null => 6,
        }
    }
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_i64(), y.as_i64()) {
            (Some(x), Some(y)) => x.cmp(&y),
            _ => {
                let (x, y) = (x.as_f64().unwrap_or(f64::NAN), y.as_f64().unwrap_or(f64::NAN));
                x.partial_cmp(&y).unwrap_or(Ordering::Equal)
            }
        },
        (Value::String(x), Value::String(y)) => x.cmp(y),
        (Value::Bool(x), Value::Bool(y)) => x.cmp(y),
        (Value::Array(x), Value::Array(y)) => {
            for (a, b) in x.iter().zip(y) {
                let c = value_cmp(a, b);
                if c != Ordering::Equal {
                    return c;
                }
            }
            x.len().cmp(&y.len())
        }
        (Value::Object(x), Value::Object(y)) => {
            let mut xs: Vec<_> = x.iter().collect();
            let mut ys: Vec<_> = y.iter().collect();
            xs.sort_by(|a, b| a.0.cmp(b.0));
            ys.sort_by(|a, b| a.0.cmp(b.0));
            for ((ka, va), (kb, vb)) in xs.iter().zip(&ys) {
                let c = ka.cmp(kb).then_with(|| value_cmp(va, vb));
                if c != Ordering::Equal {
                    return c;
                }
            }
            xs.len().cmp(&ys.len())
        }
        _ => rank(a).cmp(&rank(b)),
    }
}

/// Value equality as structured-merge-diff sees it (`1` equals `1.0`).
pub(crate) fn value_eq(a: &Value, b: &Value) -> bool {
    value_cmp(a, b) == Ordering::Equal
}

/// A set of field paths, as stored in one `managedFields` entry.
///
/// ```
/// use k8s_schema::ssa::FieldSet;
/// let json = serde_json::json!({"f:metadata": {"f:labels": {"f:app": {}}},
///                               "f:spec": {"f:containers": {"k:{\"name\":\"c\"}": {".": {}, "f:image": {}}}}});
/// let set = FieldSet::from_fields_v1(&json).unwrap();
/// assert_eq!(set.to_fields_v1(), json);
/// assert_eq!(set.paths().len(), 3);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldSet {
    members: BTreeSet<PathElement>,
    /// Never holds an empty set.
    children: BTreeMap<PathElement, FieldSet>,
}

impl FieldSet {
    /// The empty set.
    pub fn new() -> FieldSet {
        FieldSet::default()
    }

    /// A set holding these paths.
    pub fn from_paths<'p>(paths: impl IntoIterator<Item = &'p [PathElement]>) -> FieldSet {
        let mut set = FieldSet::new();
        for p in paths {
            set.insert(p);
        }
        set
    }

    /// True when no path is in the set.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty() && self.children.is_empty()
    }

    /// Adds a path. The empty path (the root) is ignored: the root is never owned.
    pub fn insert(&mut self, path: &[PathElement]) {
        match path {
            [] => {}
            [last] => {
                self.members.insert(last.clone());
            }
            [first, rest @ ..] => self.children.entry(first.clone()).or_default().insert(rest),
        }
    }

    /// True when the path itself is a member (not merely a prefix of one).
    pub fn contains(&self, path: &[PathElement]) -> bool {
        match path {
            [] => false,
            [last] => self.members.contains(last),
            [first, rest @ ..] => self.children.get(first).is_some_and(|c| c.contains(rest)),
        }
    }

    /// True when `pe` is a member at this level.
    pub(crate) fn has_member(&self, pe: &PathElement) -> bool {
        self.members.contains(pe)
    }

    /// The paths below `pe`, relative to it.
    pub(crate) fn child(&self, pe: &PathElement) -> Option<&FieldSet> {
        self.children.get(pe)
    }

    pub(crate) fn members(&self) -> impl Iterator<Item = &PathElement> {
        self.members.iter()
    }

    pub(crate) fn children(&self) -> impl Iterator<Item = (&PathElement, &FieldSet)> {
        self.children.iter()
    }

    pub(crate) fn insert_member(&mut self, pe: PathElement) {
        self.members.insert(pe);
    }

    pub(crate) fn set_child(&mut self, pe: PathElement, child: FieldSet) {
        if child.is_empty() {
            self.children.remove(&pe);
        } else {
            self.children.insert(pe, child);
        }
    }

    /// Every path in the set, in structured-merge-diff's iteration order (the members of a level, then its
    /// children depth-first), which is also the order conflicts are reported in.
    pub fn paths(&self) -> Vec<Path> {
        let mut out = Vec::new();
        self.collect_paths(&mut Vec::new(), &mut out);
        out
    }

    fn collect_paths(&self, prefix: &mut Path, out: &mut Vec<Path>) {
        for m in &self.members {
            let mut p = prefix.clone();
            p.push(m.clone());
            out.push(p);
        }
        for (pe, child) in &self.children {
            prefix.push(pe.clone());
            child.collect_paths(prefix, out);
            prefix.pop();
        }
    }

    /// Paths in either set.
    pub fn union(&self, other: &FieldSet) -> FieldSet {
        let mut out = self.clone();
        out.members.extend(other.members.iter().cloned());
        for (pe, child) in &other.children {
            let merged = match out.children.get(pe) {
                Some(mine) => mine.union(child),
                None => child.clone(),
            };
            out.children.insert(pe.clone(), merged);
        }
        out
    }

    /// Paths in `self` that are not in `other`. A member of `other` does not remove `self`'s paths below it.
    pub fn difference(&self, other: &FieldSet) -> FieldSet {
        let mut out = FieldSet { members: &self.members - &other.members, children: BTreeMap::new() };
        for (pe, child) in &self.children {
            let rest = match other.children.get(pe) {
                Some(theirs) => child.difference(theirs),
                None => child.clone(),
            };
            out.set_child(pe.clone(), rest);
        }
        out
    }

    /// Paths in both sets.
    pub fn intersection(&self, other: &FieldSet) -> FieldSet {
        let mut out = FieldSet { members: &self.members & &other.members, children: BTreeMap::new() };
        for (pe, child) in &self.children {
            if let Some(theirs) = other.children.get(pe) {
                out.set_child(pe.clone(), child.intersection(theirs));
            }
        }
        out
    }

    /// Paths in `self` that are neither in `other` nor below a member of `other`: how ignored (reset) fields
    /// such as `status` are taken out of whole subtrees.
    pub fn recursive_difference(&self, other: &FieldSet) -> FieldSet {
        let mut out = FieldSet { members: &self.members - &other.members, children: BTreeMap::new() };
        for (pe, child) in &self.children {
            if other.members.contains(pe) {
                continue;
            }
            let rest = match other.children.get(pe) {
                Some(theirs) => child.recursive_difference(theirs),
                None => child.clone(),
            };
            out.set_child(pe.clone(), rest);
        }
        out
    }

    /// Parses a `fieldsV1` object.
    pub fn from_fields_v1(json: &Value) -> Result<FieldSet, SsaError> {
        let Value::Object(map) = json else {
            return Err(SsaError::Invalid(format!("FieldsV1 must be a JSON object, got {json}")));
        };
        let mut set = FieldSet::new();
        for (key, value) in map {
            if key == "." {
                // Handled by the parent, which sees it as "this child is also a member".
                continue;
            }
            let pe = PathElement::parse(key)?;
            let Value::Object(inner) = value else {
                return Err(SsaError::Invalid(format!("FieldsV1 value under {key:?} must be a JSON object")));
            };
            if inner.is_empty() || inner.contains_key(".") {
                set.members.insert(pe.clone());
            }
            let child = FieldSet::from_fields_v1(value)?;
            set.set_child(pe, child);
        }
        Ok(set)
    }

    /// The `fieldsV1` object.
    pub fn to_fields_v1(&self) -> Value {
        Value::Object(self.fields_v1_contents(false))
    }

    fn fields_v1_contents(&self, include_self: bool) -> Map<String, Value> {
        let mut out = Map::new();
        if include_self && !self.is_empty() {
            out.insert(".".into(), Value::Object(Map::new()));
        }
        for m in &self.members {
            if !self.children.contains_key(m) {
                out.insert(m.serialize(), Value::Object(Map::new()));
            }
        }
        for (pe, child) in &self.children {
            out.insert(pe.serialize(), Value::Object(child.fields_v1_contents(self.members.contains(pe))));
        }
        out
    }
}

/// structured-merge-diff's `value.ToString`: strings quoted as Go's `%q` does, other scalars bare.
fn go_to_string(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::String(s) => go_quote(s),
        Value::Array(items) => format!("[{}]", items.iter().map(go_to_string).collect::<Vec<_>>().join(",")),
        Value::Object(map) => map.iter().map(|(k, v)| format!("{k}={}", go_to_string(v))).collect(),
        // `%v` of the int64 or float64 apimachinery decoded the number into.
        Value::Number(n) => {
            n.as_i64().map_or_else(|| go::format_float_g(n.as_f64().unwrap_or(f64::NAN)), |i| i.to_string())
        }
        Value::Bool(b) => b.to_string(),
    }
}

/// Go's `strconv.Quote`, which `%q` uses.
pub(crate) use yaml::go::quote as go_quote;

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn f(name: &str) -> PathElement {
        PathElement::Field(name.into())
    }

    #[test]
    fn path_elements_round_trip() {
        for key in [
            "f:spec",
            "f:kubectl.kubernetes.io/last-applied-configuration",
            r#"k:{"name":"c"}"#,
            r#"k:{"containerPort":80,"protocol":"TCP"}"#,
            r#"v:"example.com/finalizer""#,
            "v:5",
            "i:0",
            r#"k:{"name":"a\u003cb"}"#,
        ] {
            let pe = PathElement::parse(key).unwrap();
            assert_eq!(pe.serialize(), key);
        }
    }

    #[test]
    fn keys_are_written_as_kube_apiserver_writes_them() {
        let cases = [
            // Floats as encoding/json writes them, integral ones without a fraction.
            (json!(1e21), "v:1e+21"),
            (json!(1e-7), "v:1e-7"),
            (json!(100.0), "v:100"),
            (json!(0.000001), "v:0.000001"),
            (json!(-0.0), "v:-0"),
            (json!(i64::MIN), "v:-9223372036854775808"),
            // Past int64, apimachinery decodes a float64.
            (json!(u64::MAX), "v:18446744073709552000"),
            // json-iterator predates Go 1.22's `\b` and `\f`.
            (json!("\u{8}\u{c}\u{1}<>&\u{2028}"), r#"v:"\u0008\u000c\u0001\u003c\u003e\u0026\u2028""#),
        ];
        for (value, want) in cases {
            assert_eq!(PathElement::Value(value).serialize(), want);
        }
        let key = PathElement::Key(vec![("port".into(), json!(8080)), ("weight".into(), json!(1.5e6))]);
        assert_eq!(key.serialize(), r#"k:{"port":8080,"weight":1500000}"#);
        assert_eq!(key.to_string(), "[port=8080,weight=1.5e+06]");
    }

    #[test]
    fn key_fields_are_sorted() {
        let pe = PathElement::parse(r#"k:{"protocol":"TCP","containerPort":80}"#).unwrap();
        assert_eq!(pe.serialize(), r#"k:{"containerPort":80,"protocol":"TCP"}"#);
        assert_eq!(pe.to_string(), r#"[containerPort=80,protocol="TCP"]"#);
    }

    #[test]
    fn bad_keys_are_rejected() {
        for key in ["x", "z:a", "k:[1]", "k:{", "i:x", "v:"] {
            assert!(PathElement::parse(key).is_err(), "{key}");
        }
        assert!(FieldSet::from_fields_v1(&json!({"f:a": 1})).is_err());
        assert!(FieldSet::from_fields_v1(&json!([])).is_err());
    }

    #[test]
    fn fields_v1_round_trip_with_dot() {
        let json = json!({
            "f:metadata": {"f:annotations": {".": {}, "f:a": {}}, "f:labels": {"f:app": {}}},
            "f:spec": {
                "f:finalizers": {"v:\"x\"": {}},
                "f:template": {"f:spec": {"f:containers": {
                    "k:{\"name\":\"c\"}": {".": {}, "f:env": {"k:{\"name\":\"A\"}": {".": {}, "f:name": {}, "f:value": {}}}, "f:name": {}}
                }}},
                "f:args": {"i:0": {}}
            }
        });
        let set = FieldSet::from_fields_v1(&json).unwrap();
        assert_eq!(set.to_fields_v1(), json);
        assert!(set.contains(&[f("metadata"), f("annotations")]));
        assert!(!set.contains(&[f("metadata"), f("labels")]));
        assert!(set.contains(&[f("metadata"), f("labels"), f("app")]));
        assert!(!set.contains(&[f("metadata")]));
    }

    #[test]
    fn path_strings() {
        let p = vec![
            f("spec"),
            f("containers"),
            PathElement::Key(vec![("name".into(), json!("c"))]),
            f("ports"),
            PathElement::Value(json!("x")),
            PathElement::Index(3),
        ];
        assert_eq!(path_string(&p), r#".spec.containers[name="c"].ports[="x"][3]"#);
    }

    #[test]
    fn set_algebra() {
        let a =
            FieldSet::from_fields_v1(&json!({"f:a": {}, "f:b": {"f:c": {}, "f:d": {}}, "f:s": {"f:x": {}}})).unwrap();
        let b = FieldSet::from_fields_v1(&json!({"f:b": {"f:c": {}}, "f:s": {}, "f:z": {}})).unwrap();
        assert_eq!(a.difference(&b).to_fields_v1(), json!({"f:a": {}, "f:b": {"f:d": {}}, "f:s": {"f:x": {}}}));
        assert_eq!(a.recursive_difference(&b).to_fields_v1(), json!({"f:a": {}, "f:b": {"f:d": {}}}));
        assert_eq!(a.intersection(&b).to_fields_v1(), json!({"f:b": {"f:c": {}}}));
        assert_eq!(
            a.union(&b).to_fields_v1(),
            json!({"f:a": {}, "f:b": {"f:c": {}, "f:d": {}}, "f:s": {".": {}, "f:x": {}}, "f:z": {}})
        );
        assert!(a.difference(&a).is_empty());
    }

    #[test]
    fn iteration_order_is_members_then_children() {
        let set = FieldSet::from_fields_v1(&json!({"f:data": {"f:b": {}, "f:a": {}}, "f:z": {}})).unwrap();
        let paths: Vec<String> = set.paths().iter().map(|p| path_string(p)).collect();
        assert_eq!(paths, [".z", ".data.a", ".data.b"]);
    }

    #[test]
    fn element_order() {
        let mut v = [PathElement::Index(0), PathElement::Value(json!(1)), PathElement::Key(vec![]), f("a")];
        v.sort();
        assert!(matches!(v[0], PathElement::Field(_)));
        assert!(matches!(v[3], PathElement::Index(_)));
        assert!(value_cmp(&json!(1), &json!("a")).is_lt());
        assert!(value_eq(&json!(1), &json!(1.0)));
    }

    #[test]
    fn go_quoting() {
        assert_eq!(go_quote("a\"b\n"), r#""a\"b\n""#);
    }
}
