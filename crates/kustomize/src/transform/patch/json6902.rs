//! JSON patches (RFC 6902) as kustomize applies them: with evanphx/json-patch v4 on the JSON form
//! of the resource, whose result is read back into nodes.
//!
//! v4 has its own rules, kept here: `replace` of a missing field of an object adds it, `copy` from
//! a missing field of an object copies `null`, negative array indices count from the end, a path
//! without a leading `/` loses its first segment, and `test` compares numbers by their JSON text.
//! On the way back every number has been a Go `float64` (so `1000000` becomes `1e+06` in the
//! nodes, and prints as `1000000` again), and the keys of every mapping are sorted.

use serde_json::{Map, Value};
use yaml::node::{self, Node, Scalar, Style, Tag};

use super::scalar::resolve_plain;

/// One operation of a patch.
#[derive(Debug, Clone)]
pub(crate) struct Operation {
    fields: Map<String, Value>,
}

/// A decoded JSON patch.
#[derive(Debug, Clone, Default)]
pub(crate) struct JsonPatch {
    pub operations: Vec<Operation>,
}

impl JsonPatch {
    /// Decodes a patch written as a JSON array (`[...]` as the first character) or as YAML (read as
    /// sigs.k8s.io/yaml reads it, YAML 1.1).
    ///
    /// # Errors
    /// Text that is neither, or not a list of objects.
    pub fn decode(text: &str) -> Result<JsonPatch, String> {
        if text.is_empty() {
            return Err("empty json patch operations".into());
        }
        let value: Value = if text.starts_with('[') {
            serde_json::from_str(text).map_err(|e| e.to_string())?
        } else {
            yaml::from_str(text).map_err(|e| e.to_string())?
        };
        let items = match value {
            Value::Null => Vec::new(),
            Value::Array(items) => items,
            _ => return Err("a JSON patch is a list of operations".into()),
        };
        let operations = items
            .into_iter()
            .map(|item| match item {
                Value::Object(fields) => Ok(Operation { fields }),
                Value::Null => Ok(Operation { fields: Map::new() }),
                _ => Err("a JSON patch operation is an object".to_string()),
            })
            .collect::<Result<_, _>>()?;
        Ok(JsonPatch { operations })
    }

    /// Applies the patch to a resource's JSON form and reads the result back into nodes.
    ///
    /// # Errors
    /// An operation that does not apply (a missing path, an index out of range, a failed `test`),
    /// or a result that is not an object.
    pub fn apply(&self, mut doc: Value) -> Result<Node, String> {
        for operation in &self.operations {
            operation.apply(&mut doc)?;
        }
        match doc {
            Value::Object(_) => Ok(from_go_json(&doc)),
            _ => Err("the patched resource is not an object".into()),
        }
    }
}

/// A path split into its parent's segments and its last key, with `~1` and `~0` decoded. v4 drops
/// whatever comes before the first `/`.
fn split(path: &str) -> Option<(Vec<String>, String)> {
    let mut parts: Vec<String> = path.split('/').map(decode_key).collect();
    if parts.len() < 2 {
        return None;
    }
    let key = parts.pop().expect("two parts at least");
    parts.remove(0);
    Some((parts, key))
}

fn decode_key(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    let mut chars = key.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('~', Some('1')) => {
                out.push('/');
                chars.next();
            }
            ('~', Some('0')) => {
                out.push('~');
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

/// Go's `strconv.Atoi`.
fn atoi(key: &str) -> Option<i64> {
    key.parse::<i64>().ok()
}

/// The container a path's last key lives in; `None` when a segment is missing, `null`, or neither
/// an object nor an array.
fn container<'a>(doc: &'a mut Value, parents: &[String]) -> Option<&'a mut Value> {
    let mut current = doc;
    for part in parents {
        let next = match current {
            Value::Object(map) => map.get_mut(part)?,
            Value::Array(items) => {
                let len = items.len() as i64;
                let mut index = atoi(part)?;
                if index < 0 {
                    if index < -len {
                        return None;
                    }
                    index += len;
                }
                items.get_mut(usize::try_from(index).ok()?)?
            }
            _ => return None,
        };
        if !matches!(next, Value::Object(_) | Value::Array(_)) {
            return None;
        }
        current = next;
    }
    Some(current)
}

/// An array index for reading, writing or removing: negative counts from the end.
fn index(items: &[Value], key: &str) -> Result<usize, String> {
    let len = items.len() as i64;
    let mut index = atoi(key).ok_or_else(|| format!("invalid array index '{key}'"))?;
    if index < 0 {
        if index < -len {
            return Err(format!("Unable to access invalid index: {index}"));
        }
        index += len;
    }
    if index >= len {
        return Err(format!("Unable to access invalid index: {index}"));
    }
    Ok(index as usize)
}

fn get(container: &Value, key: &str) -> Result<Option<Value>, String> {
    match container {
        Value::Object(map) => Ok(map.get(key).cloned()),
        Value::Array(items) => Ok(Some(items[index(items, key)?].clone())),
        _ => Err("not a container".into()),
    }
}

fn add(container: &mut Value, key: &str, value: Value) -> Result<(), String> {
    match container {
        Value::Object(map) => {
            map.insert(key.to_string(), value);
            Ok(())
        }
        Value::Array(items) => {
            if key == "-" {
                items.push(value);
                return Ok(());
            }
            let size = items.len() as i64 + 1;
            let mut index = atoi(key).ok_or_else(|| format!("value was not a proper array index: '{key}'"))?;
            if index >= size {
                return Err(format!("Unable to access invalid index: {index}"));
            }
            if index < 0 {
                if index < -size {
                    return Err(format!("Unable to access invalid index: {index}"));
                }
                index += size;
            }
            items.insert(index as usize, value);
            Ok(())
        }
        _ => Err("not a container".into()),
    }
}

fn remove(container: &mut Value, key: &str) -> Result<Value, String> {
    match container {
        Value::Object(map) => map.remove(key).ok_or_else(|| format!("Unable to remove nonexistent key: {key}")),
        Value::Array(items) => {
            let i = index(items, key)?;
            Ok(items.remove(i))
        }
        _ => Err("not a container".into()),
    }
}

impl Operation {
    fn string(&self, field: &str) -> Option<&str> {
        self.fields.get(field).and_then(Value::as_str)
    }

    fn kind(&self) -> &str {
        self.string("op").unwrap_or("unknown")
    }

    fn path(&self) -> Result<&str, String> {
        self.string("path").ok_or_else(|| format!("{} operation: missing or invalid path", self.kind()))
    }

    fn from(&self) -> Result<&str, String> {
        self.string("from").ok_or_else(|| format!("{} operation: missing or invalid from", self.kind()))
    }

    /// The operation's value; a missing one is `null`, as in v4.
    fn value(&self) -> Value {
        self.fields.get("value").cloned().unwrap_or(Value::Null)
    }

    fn apply(&self, doc: &mut Value) -> Result<(), String> {
        let kind = self.kind();
        let missing = |path: &str| format!("{kind} operation does not apply: doc is missing path: \"{path}\"");
        match kind {
            "add" => {
                let path = self.path()?;
                let (parents, key) = split(path).ok_or_else(|| missing(path))?;
                let target = container(doc, &parents).ok_or_else(|| missing(path))?;
                add(target, &key, self.value()).map_err(|e| format!("error in add for path: '{path}': {e}"))
            }
            "remove" => {
                let path = self.path()?;
                let (parents, key) = split(path).ok_or_else(|| missing(path))?;
                let target = container(doc, &parents).ok_or_else(|| missing(path))?;
                remove(target, &key).map(drop).map_err(|e| format!("error in remove for path: '{path}': {e}"))
            }
            "replace" => {
                let path = self.path()?;
                if path.is_empty() {
                    return match self.value() {
                        value @ (Value::Object(_) | Value::Array(_)) => {
                            *doc = value;
                            Ok(())
                        }
                        _ => Err("replace operation value must be object or array".into()),
                    };
                }
                let (parents, key) = split(path).ok_or_else(|| missing(path))?;
                let target = container(doc, &parents).ok_or_else(|| missing(path))?;
                match target {
                    Value::Object(map) => {
                        map.insert(key, self.value());
                    }
                    Value::Array(items) => {
                        let i = index(items, &key).map_err(|e| format!("replace operation does not apply: {e}"))?;
                        items[i] = self.value();
                    }
                    _ => return Err(missing(path)),
                }
                Ok(())
            }
            "move" => {
                let from = self.from()?;
                let (parents, key) = split(from).ok_or_else(|| missing(from))?;
                let source = container(doc, &parents).ok_or_else(|| missing(from))?;
                let value = remove(source, &key).map_err(|e| format!("error in move for path: '{key}': {e}"))?;
                let path = self.path()?;
                let (parents, key) = split(path).ok_or_else(|| missing(path))?;
                let target = container(doc, &parents).ok_or_else(|| missing(path))?;
                add(target, &key, value).map_err(|e| format!("error in move for path: '{path}': {e}"))
            }
            "copy" => {
                let from = self.from()?;
                let (parents, key) = split(from).ok_or_else(|| missing(from))?;
                let source = container(doc, &parents).ok_or_else(|| missing(from))?;
                let value = get(source, &key).map_err(|e| format!("error in copy for from: '{from}': {e}"))?;
                let path = self.path()?;
                let (parents, key) = split(path).ok_or_else(|| missing(path))?;
                let target = container(doc, &parents).ok_or_else(|| missing(path))?;
                add(target, &key, value.unwrap_or(Value::Null))
                    .map_err(|e| format!("error while adding value during copy: {e}"))
            }
            "test" => {
                let path = self.path()?;
                let failed = || format!("testing value {path} failed");
                if path.is_empty() {
                    return if *doc == self.value() { Ok(()) } else { Err(failed()) };
                }
                let (parents, key) = split(path).ok_or_else(|| missing(path))?;
                let target = container(doc, &parents).ok_or_else(|| missing(path))?;
                let found = get(target, &key).map_err(|e| format!("error in test for path: '{path}': {e}"))?;
                let expected = self.fields.get("value");
                match (found.filter(|v| !v.is_null()), expected) {
                    (None, Some(Value::Null)) => Ok(()),
                    (None, None) => Err(format!("test operation for path '{path}' has no value")),
                    (Some(found), Some(expected)) if found == *expected => Ok(()),
                    _ => Err(failed()),
                }
            }
            other => Err(format!("Unexpected kind: {other}")),
        }
    }
}

/// Nodes for the patched JSON, as kustomize reads it back: through Go's `interface{}` (numbers are
/// `float64`) and go-yaml v3 (keys sorted, numbers written with `%g`).
fn from_go_json(value: &Value) -> Node {
    let scalar = |value: String, tag: Tag| Node::Scalar(Scalar { tag, style: Style::Plain, ..Scalar::string(value) });
    match value {
        Value::Null => scalar("null".into(), Tag::Null),
        Value::Bool(b) => scalar(b.to_string(), Tag::Bool),
        Value::Number(n) => {
            let text = yaml::go::format_float_g(n.as_f64().unwrap_or(0.0));
            let tag = match resolve_plain(&text) {
                Tag::Int => Tag::Int,
                _ => Tag::Float,
            };
            scalar(text, tag)
        }
        Value::String(s) => scalar(s.clone(), Tag::Str),
        Value::Array(items) => Node::Seq(items.iter().map(from_go_json).collect()),
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            let mut out = node::Map::default();
            out.entries.extend(keys.into_iter().map(|k| (Scalar::string(k.clone()), from_go_json(&map[k]))));
            Node::Map(out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn apply(doc: Value, patch: &str) -> Result<Value, String> {
        let patch = JsonPatch::decode(patch)?;
        let mut doc = doc;
        for op in &patch.operations {
            op.apply(&mut doc)?;
        }
        Ok(doc)
    }

    #[test]
    fn operations() {
        let doc = json!({"a": {"b": [1, 2, 3]}, "c": "x"});
        assert_eq!(
            apply(doc.clone(), r#"[{"op": "add", "path": "/a/b/-", "value": 4}]"#).unwrap()["a"]["b"],
            json!([1, 2, 3, 4])
        );
        assert_eq!(
            apply(doc.clone(), r#"[{"op": "add", "path": "/a/b/-1", "value": 4}]"#).unwrap()["a"]["b"],
            json!([1, 2, 3, 4])
        );
        assert_eq!(
            apply(doc.clone(), r#"[{"op": "add", "path": "/a/b/0", "value": 0}]"#).unwrap()["a"]["b"],
            json!([0, 1, 2, 3])
        );
        assert_eq!(apply(doc.clone(), "- op: remove\n  path: /a/b/-1\n").unwrap()["a"]["b"], json!([1, 2]));
        assert_eq!(apply(doc.clone(), "- {op: replace, path: /d, value: new}").unwrap()["d"], "new");
        assert_eq!(apply(doc.clone(), "- {op: copy, from: /nope, path: /d}").unwrap()["d"], Value::Null);
        assert_eq!(
            apply(doc.clone(), "- {op: move, from: /c, path: /a/c}").unwrap(),
            json!({"a": {"b": [1, 2, 3], "c": "x"}})
        );
        assert_eq!(apply(doc.clone(), "- {op: add, path: /a~1b, value: 1}").unwrap()["a/b"], 1);
        assert!(apply(doc.clone(), "- {op: test, path: /c, value: x}").is_ok());
        assert!(apply(doc.clone(), "- {op: test, path: /c, value: y}").is_err());
        assert!(apply(doc.clone(), "- {op: remove, path: /nope}").is_err());
        assert!(apply(doc.clone(), "- {op: add, path: /x/y, value: 1}").is_err());
        assert!(apply(doc.clone(), "- {op: add, path: /a/b/4, value: 1}").is_err());
        assert!(apply(doc.clone(), "- {op: replace, path: /a/b/3, value: 1}").is_err());
        assert!(apply(doc.clone(), "- {op: frobnicate, path: /a}").is_err());
        assert!(JsonPatch::decode("a: b").is_err());
    }

    #[test]
    fn numbers_come_back_as_go_floats() {
        let node = from_go_json(&json!({"b": 1000000, "a": 2, "c": 1.5}));
        let Node::Map(m) = &node else { panic!() };
        let texts: Vec<(&str, &str)> = m
            .entries
            .iter()
            .map(|(k, v)| {
                (
                    k.value.as_str(),
                    match v {
                        Node::Scalar(s) => s.value.as_str(),
                        _ => "",
                    },
                )
            })
            .collect();
        assert_eq!(texts, [("a", "2"), ("b", "1e+06"), ("c", "1.5")]);
    }
}
