//! Decryption of a whole built resource, as kustomize-controller decrypts a resource that has a
//! top-level `sops` mapping with a `mac`.
//!
//! The controller marshals the resource to JSON, decrypts it with the JSON store and reads the
//! JSON back; the values here take the same route (a YAML scalar is what its JSON is: a string,
//! an integer, a float, a boolean or null), but the keys keep the order they have in the node,
//! which is the order the MAC was computed in.

use serde_json::Value as Json;
use yaml::node::{Map, Node, Scalar};

use crate::error::Error;
use crate::keys::Keyring;
use crate::metadata::{self, Flatten};
use crate::tree::{Item, Value};
use crate::{walk, Format, MacCheck};

/// Whether `node` is a resource sops encrypted: a top-level `sops` mapping with a non-empty
/// `mac` (kustomize-controller's test before it decrypts a built resource).
pub fn is_encrypted_node(node: &Node) -> bool {
    let Node::Map(map) = node else { return false };
    let Some(Node::Map(sops)) = get(map, "sops") else { return false };
    match get(sops, "mac") {
        Some(Node::Scalar(s)) => !s.value.is_empty() && s.tag != yaml::node::Tag::Null,
        Some(Node::Map(m)) => !m.entries.is_empty(),
        Some(Node::Seq(s)) => !s.is_empty(),
        None => false,
    }
}

fn get<'a>(map: &'a Map, key: &str) -> Option<&'a Node> {
    map.entries.iter().find(|(k, _)| k.value == key).map(|(_, v)| v)
}

/// Decrypts a resource: the result is the resource without its `sops` metadata, values
/// decrypted, keys in their order.
///
/// # Errors
/// As [`crate::decrypt`]; and a node whose values JSON cannot carry (`.inf`).
pub fn decrypt_node(node: &Node, keyring: &Keyring, mac: MacCheck) -> Result<Node, Error> {
    let fail = |message: String| Error::Load { format: Format::Json, message };
    let Node::Map(map) = node else {
        return Err(fail("the resource is not a mapping".into()));
    };
    let mut branches = vec![map_items(map).map_err(fail)?];
    let meta = metadata::extract(&mut branches, Flatten::None)?;
    let key = keyring.data_key(&meta)?;
    let computed = walk::decrypt_tree(&mut branches, &meta, &key)?;
    if mac == MacCheck::Verify && walk::stored_mac(&meta, &key)? != computed {
        return Err(Error::MacMismatch);
    }
    let items = branches.pop().unwrap_or_default();
    to_node(&Value::Map(items)).map_err(|message| Error::Emit { format: Format::Json, message })
}

fn map_items(map: &Map) -> Result<Vec<Item>, String> {
    map.entries.iter().map(|(k, v)| Ok(Item::new(k.value.clone(), to_value(v)?))).collect()
}

fn to_value(node: &Node) -> Result<Value, String> {
    Ok(match node {
        Node::Map(map) => Value::Map(map_items(map)?),
        Node::Seq(items) => Value::Seq(items.iter().map(to_value).collect::<Result<_, _>>()?),
        Node::Scalar(s) => match Node::Scalar(s.clone()).to_json().map_err(|e| e.to_string())? {
            Json::Null => Value::Null,
            Json::Bool(b) => Value::Bool(b),
            Json::String(s) => Value::Str(s),
            Json::Number(n) => json_number(&n),
            // A scalar never decodes to a collection.
            Json::Array(_) | Json::Object(_) => Value::Null,
        },
    })
}

/// A JSON number as sops's JSON store reads the text Go's `json.Marshal` wrote for it: an
/// integer when the text is one, else a float.
fn json_number(n: &serde_json::Number) -> Value {
    if let Some(i) = n.as_i64() {
        return Value::Int(i);
    }
    let f = n.as_f64().unwrap_or(0.0);
    // Go prints an integral float below 1e21 without a fraction, and that text reads back as an
    // integer when it fits.
    if f.fract() == 0.0 && f.abs() < 1e21 && f >= i64::MIN as f64 && f < i64::MAX as f64 {
        return Value::Int(f as i64);
    }
    Value::Float(f)
}

fn to_node(value: &Value) -> Result<Node, String> {
    Ok(match value {
        Value::Map(items) => {
            let mut map = Map::default();
            for item in items {
                if let Some(k) = item.key_str() {
                    map.entries.push((Scalar::string(k), to_node(&item.value)?));
                }
            }
            Node::Map(map)
        }
        Value::Seq(values) => {
            Node::Seq(values.iter().filter(|v| !matches!(v, Value::Comment(_))).map(to_node).collect::<Result<_, _>>()?)
        }
        Value::Str(s) => Node::string(s.clone()),
        Value::Raw(b) => {
            let mut text = String::new();
            crate::stores::json::write_string(&mut text, b);
            match serde_json::from_str::<String>(&text) {
                Ok(s) => Node::string(s),
                Err(_) => Node::string(String::from_utf8_lossy(b).into_owned()),
            }
        }
        Value::Int(i) => Node::from_json(&Json::from(*i)),
        Value::Float(f) => {
            let text = crate::stores::json::go_json_float(*f)?;
            Node::from_json(&serde_json::from_str::<Json>(&text).map_err(|e| e.to_string())?)
        }
        Value::Bool(b) => Node::from_json(&Json::Bool(*b)),
        Value::Null => Node::from_json(&Json::Null),
        Value::Time(t) => Node::string(t.rfc3339_nano()),
        Value::Bytes(b) => {
            use base64::Engine;
            Node::string(base64::engine::general_purpose::STANDARD.encode(b))
        }
        Value::Comment(c) => Node::string(c.text.clone()),
    })
}
