// TEMPORARY (not to be committed).
use super::{Map, Node, Scalar, Style, Tag};
use serde_json::{Map as JMap, Number, Value};
pub(crate) fn to_json(node: &Node) -> Result<Value, crate::Error> {
    Ok(match node {
        Node::Scalar(s) => match s.tag {
            Tag::Null => Value::Null,
            Tag::Bool => Value::Bool(s.value == "true"),
            Tag::Int | Tag::Float => {
                s.value.parse::<serde_json::Number>().map(Value::Number).unwrap_or(Value::String(s.value.clone()))
            }
            _ => Value::String(s.value.clone()),
        },
        Node::Seq(items) => Value::Array(items.iter().map(to_json).collect::<Result<_, _>>()?),
        Node::Map(m) => {
            let mut out = JMap::new();
            for (k, v) in &m.entries {
                out.insert(k.value.clone(), to_json(v)?);
            }
            Value::Object(out)
        }
    })
}
pub(crate) fn from_json(value: &Value) -> Node {
    let scalar = |value: String, tag| Node::Scalar(Scalar { value, tag, style: Style::Plain, alias: 0 });
    match value {
        Value::Null => scalar("null".into(), Tag::Null),
        Value::Bool(b) => scalar(b.to_string(), Tag::Bool),
        Value::Number(n) => scalar(n.to_string(), if n.is_f64() { Tag::Float } else { Tag::Int }),
        Value::String(s) => scalar(s.clone(), Tag::Str),
        Value::Array(a) => Node::Seq(a.iter().map(from_json).collect()),
        Value::Object(o) => {
            Node::Map(Map { entries: o.iter().map(|(k, v)| (Scalar::string(k.clone()), from_json(v))).collect() })
        }
    }
}
#[allow(dead_code)]
fn _unused(_: Number) {}
