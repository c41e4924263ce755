//! apimachinery's unstructured converter (`runtime.DefaultUnstructuredConverter.FromUnstructured`), which
//! turns the result of a strategic merge patch into the Go struct. It copies Go values by reflection and
//! words its refusals by Go kinds, without a path: `cannot convert int64 to string`, `unrecognized type:
//! int32`, `cannot restore struct from: string`. Types with their own `UnmarshalJSON` go through JSON.

use k8s_schema::Schema;
use serde_json::Value;

use super::gofmt::{kind_of, Numbers};
use super::scalars::{base64_error, parse_quantity};
use super::{go_kind, map_values, GoKind};

/// Converts `obj` (numbers as int64 where integral, as the patch handler decodes them) into the kind whose
/// top-level definition is `root_def`. Returns the converter's error.
pub(crate) fn from_unstructured(obj: &Value, root: Schema<'_>, root_def: &str) -> Result<(), String> {
    convert(obj, &root, Some(root_def))
}

fn convert(v: &Value, s: &Schema<'_>, root_def: Option<&str>) -> Result<(), String> {
    if v.is_null() {
        return Ok(());
    }
    let src = kind_of(v, Numbers::Int64OrFloat64);
    match go_kind(s, root_def) {
        GoKind::Any => Ok(()),
        // Through json.Marshal and the type's UnmarshalJSON, whose inner json.Unmarshal has no context.
        GoKind::IntOrString => match v {
            Value::String(_) => Ok(()),
            Value::Number(n) if n.as_i64().is_some_and(|i| i32::try_from(i).is_ok()) => Ok(()),
            Value::Number(n) => Err(format!("json: cannot unmarshal number {n} into Go value of type int32")),
            Value::Bool(_) => Err("json: cannot unmarshal bool into Go value of type int32".into()),
            Value::Array(_) => Err("json: cannot unmarshal array into Go value of type int32".into()),
            _ => Err("json: cannot unmarshal object into Go value of type int32".into()),
        },
        GoKind::Quantity => {
            let text = match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            parse_quantity(text.trim()).map_err(str::to_string)
        }
        GoKind::Time => match v {
            Value::String(_) => Ok(()),
            Value::Bool(_) => Err("json: cannot unmarshal bool into Go value of type string".into()),
            Value::Number(_) => Err("json: cannot unmarshal number into Go value of type string".into()),
            Value::Array(_) => Err("json: cannot unmarshal array into Go value of type string".into()),
            _ => Err("json: cannot unmarshal object into Go value of type string".into()),
        },
        GoKind::Struct(_) => {
            let Value::Object(map) = v else { return Err(format!("cannot restore struct from: {src}")) };
            let declared = s.json().get("properties");
            for (k, child) in map {
                if let Some(field) = declared.and_then(|p| p.get(k)).and_then(|_| s.field(k)) {
                    convert(child, &field, None)?;
                }
            }
            Ok(())
        }
        GoKind::Map => {
            let Value::Object(map) = v else { return Err(format!("cannot restore map from {src}")) };
            match map_values(s) {
                Some(elem) => map.values().try_for_each(|child| convert(child, &elem, None)),
                None => Ok(()),
            }
        }
        GoKind::Slice => {
            let Value::Array(items) = v else { return Err(format!("cannot restore slice from {src}")) };
            match s.items() {
                Some(elem) => items.iter().try_for_each(|item| convert(item, &elem, None)),
                None => Ok(()),
            }
        }
        GoKind::Bytes => match v {
            Value::String(text) => match base64_error(text) {
                Some(e) => Err(format!("error decoding from json: {e}")),
                None => Ok(()),
            },
            Value::Array(items) => items.iter().try_for_each(|item| scalar(item, "uint8")),
            _ => Err(format!("cannot restore slice from {src}")),
        },
        GoKind::String => scalar(v, "string"),
        GoKind::Bool => scalar(v, "bool"),
        GoKind::Int32 => scalar(v, "int32"),
        GoKind::Int64 => scalar(v, "int64"),
        GoKind::Float64 => scalar(v, "float64"),
    }
}

/// A scalar copied by reflection: assignable, or convertible within JSON's groups (integers and floats
/// among themselves, whole floats to integers).
fn scalar(v: &Value, dst: &str) -> Result<(), String> {
    let src = kind_of(v, Numbers::Int64OrFloat64);
    let integer_dst = matches!(dst, "int32" | "int64" | "uint8");
    let ok = match v {
        Value::Null => true,
        Value::String(_) => dst == "string",
        Value::Bool(_) => dst == "bool",
        Value::Number(n) if n.as_i64().is_some() => {
            if dst == "string" {
                // Go can convert an integer to a string (a rune), which the converter refuses by name.
                return Err(format!("cannot convert {src} to {dst}"));
            }
            integer_dst || dst == "float64"
        }
        Value::Number(n) => {
            let f = n.as_f64().unwrap_or(f64::NAN);
            if integer_dst {
                if f.trunc() != f {
                    return Err(format!("cannot convert {src} to {dst}"));
                }
                true
            } else {
                dst == "float64"
            }
        }
        Value::Array(_) | Value::Object(_) => false,
    };
    if ok {
        Ok(())
    } else {
        Err(format!("unrecognized type: {dst}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use k8s_schema::{Definitions, Gvk};
    use serde_json::json;

    fn check(group: &str, kind: &str, obj: Value) -> Result<(), String> {
        let defs = Definitions::k8s_1_33();
        let gvk = Gvk::new(group, "v1", kind);
        from_unstructured(&obj, defs.schema_for(&gvk).unwrap(), defs.name_for(&gvk).unwrap())
    }

    #[test]
    fn refusals_name_go_kinds() {
        assert_eq!(check("", "ConfigMap", json!({"data": {"k": 1}})).unwrap_err(), "cannot convert int64 to string");
        assert_eq!(check("", "ConfigMap", json!({"data": {"k": true}})).unwrap_err(), "unrecognized type: string");
        assert_eq!(
            check("apps", "Deployment", json!({"spec": {"replicas": "3"}})).unwrap_err(),
            "unrecognized type: int32"
        );
        assert_eq!(
            check("apps", "Deployment", json!({"spec": {"replicas": 2.5}})).unwrap_err(),
            "cannot convert float64 to int32"
        );
        assert_eq!(check("apps", "Deployment", json!({"spec": {"replicas": 2.0}})), Ok(()));
        assert_eq!(
            check("apps", "Deployment", json!({"spec": "x"})).unwrap_err(),
            "cannot restore struct from: string"
        );
        assert_eq!(check("", "ConfigMap", json!({"data": [1]})).unwrap_err(), "cannot restore map from slice");
        assert_eq!(
            check("", "Service", json!({"spec": {"ports": [{"port": 80, "targetPort": false}]}})).unwrap_err(),
            "json: cannot unmarshal bool into Go value of type int32"
        );
        assert_eq!(
            check("", "Secret", json!({"data": {"k": "%%%"}})).unwrap_err(),
            "error decoding from json: illegal base64 data at input byte 0"
        );
    }
}
