//! How Go's `fmt` prints the `interface{}` values a JSON document decodes into, for error messages that
//! quote them: `%v` (`map[a:1 b:[x y]]`), `%#v` (`map[string]interface {}{"a":1}`) and `%T`.

use serde_json::Value;
use yaml::go::format_float_g;

/// How the Go program decoded numbers: apimachinery's unstructured decoding keeps integers as `int64`
/// ("preserve ints"), `encoding/json` into `interface{}` makes every number a `float64`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Numbers {
    Int64OrFloat64,
    Float64,
}

fn number(n: &serde_json::Number, numbers: Numbers) -> String {
    match (numbers, n.as_i64()) {
        (Numbers::Int64OrFloat64, Some(i)) => i.to_string(),
        _ => format_float_g(n.as_f64().unwrap_or(f64::NAN)),
    }
}

/// `%v`.
pub(crate) fn v(value: &Value, numbers: Numbers) -> String {
    match value {
        Value::Null => "<nil>".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => number(n, numbers),
        Value::String(s) => s.clone(),
        Value::Array(items) => format!("[{}]", items.iter().map(|i| v(i, numbers)).collect::<Vec<_>>().join(" ")),
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_by(|a, b| a.0.cmp(b.0));
            let shown: Vec<String> = entries.iter().map(|(k, x)| format!("{k}:{}", v(x, numbers))).collect();
            format!("map[{}]", shown.join(" "))
        }
    }
}

/// `%#v` of a value inside an `interface{}`.
pub(crate) fn sharp_v(value: &Value, numbers: Numbers) -> String {
    match value {
        Value::Null => "interface {}(nil)".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => number(n, numbers),
        Value::String(s) => quote(s),
        Value::Array(items) => {
            format!("[]interface {{}}{{{}}}", items.iter().map(|i| sharp_v(i, numbers)).collect::<Vec<_>>().join(", "))
        }
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_by(|a, b| a.0.cmp(b.0));
            let shown: Vec<String> =
                entries.iter().map(|(k, x)| format!("{}:{}", quote(k), sharp_v(x, numbers))).collect();
            format!("map[string]interface {{}}{{{}}}", shown.join(", "))
        }
    }
}

/// `%T`.
pub(crate) fn type_of(value: &Value, numbers: Numbers) -> &'static str {
    match value {
        Value::Null => "<nil>",
        Value::Bool(_) => "bool",
        Value::Number(n) if numbers == Numbers::Int64OrFloat64 && n.as_i64().is_some() => "int64",
        Value::Number(_) => "float64",
        Value::String(_) => "string",
        Value::Array(_) => "[]interface {}",
        Value::Object(_) => "map[string]interface {}",
    }
}

/// `reflect.Kind` of the decoded value, as `%v` prints it (`int64`, `slice`, `map`).
pub(crate) fn kind_of(value: &Value, numbers: Numbers) -> &'static str {
    match value {
        Value::Null => "invalid",
        Value::Array(_) => "slice",
        Value::Object(_) => "map",
        other => type_of(other, numbers),
    }
}

pub(crate) use yaml::go::quote;

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn prints_like_go_fmt() {
        let doc = json!({"b": [1, "x", null], "a": {"k": 1.5}, "c": true, "d": 1000000});
        assert_eq!(v(&doc, Numbers::Int64OrFloat64), "map[a:map[k:1.5] b:[1 x <nil>] c:true d:1000000]");
        assert_eq!(v(&doc, Numbers::Float64), "map[a:map[k:1.5] b:[1 x <nil>] c:true d:1e+06]");
        assert_eq!(
            sharp_v(&doc, Numbers::Float64),
            r#"map[string]interface {}{"a":map[string]interface {}{"k":1.5}, "b":[]interface {}{1, "x", interface {}(nil)}, "c":true, "d":1e+06}"#
        );
        assert_eq!(type_of(&json!(3), Numbers::Float64), "float64");
        assert_eq!(type_of(&json!(3), Numbers::Int64OrFloat64), "int64");
        assert_eq!(kind_of(&json!([1]), Numbers::Float64), "slice");
        assert_eq!(quote("a\"b\n\u{1}"), r#""a\"b\n\x01""#);
    }
}
