//! Go's `encoding/json` (sigs.k8s.io/json: case-sensitive, ints preserved) decoding an object into its Go
//! struct, which is how kube-apiserver reads create and update bodies and the result of JSON and merge
//! patches.
//!
//! The decoder keeps going after a type mismatch and reports the first one, with the innermost struct's
//! name and the JSON field names leading to it: `json: cannot unmarshal string into Go struct field
//! DeploymentSpec.spec.replicas of type int32`. Map keys and list indexes are not part of that path. Types
//! with their own `UnmarshalJSON` (IntOrString, Quantity, Time) stop decoding at their first error.

use k8s_schema::Schema;
use serde_json::Value;

use super::scalars::{base64_error, parse_quantity};
use super::{go_kind, go_type_name, map_values, qualified_go_name, short_go_name, GoKind};

/// Decodes `obj` as the kind whose top-level definition is `root_def` (`io.k8s.api.core.v1.ConfigMap`).
/// Returns Go's error text for the first ill-typed value.
pub(crate) fn decode(obj: &Value, root: Schema<'_>, root_def: &str) -> Result<(), String> {
    let mut d = Decoder { struct_name: None, stack: Vec::new(), saved: None };
    d.value(obj, &root, Some(root_def))?;
    match d.saved {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

struct Decoder<'a> {
    /// `reflect.Type.Name()` of the struct whose field is being decoded.
    struct_name: Option<&'a str>,
    /// JSON field names from the root.
    stack: Vec<String>,
    /// The first type mismatch; decoding goes on after it.
    saved: Option<String>,
}

impl<'a> Decoder<'a> {
    /// `UnmarshalTypeError` with the current context, as `addErrorContext` words it.
    fn type_error(&self, value: &str, go_type: &str) -> String {
        if self.struct_name.is_some() || !self.stack.is_empty() {
            format!(
                "json: cannot unmarshal {value} into Go struct field {}.{} of type {go_type}",
                self.struct_name.unwrap_or_default(),
                self.stack.join(".")
            )
        } else {
            format!("json: cannot unmarshal {value} into Go value of type {go_type}")
        }
    }

    fn save(&mut self, error: String) {
        if self.saved.is_none() {
            self.saved = Some(error);
        }
    }

    /// Decodes one value; `Err` is an error that ends decoding (from a type's own `UnmarshalJSON`).
    fn value(&mut self, v: &Value, s: &Schema<'a>, root_def: Option<&'a str>) -> Result<(), String> {
        if v.is_null() {
            // null leaves Go values as they are, whatever their type.
            return Ok(());
        }
        match go_kind(s, root_def) {
            GoKind::Any => {}
            GoKind::IntOrString => match v {
                Value::String(_) => {}
                Value::Number(n) if n.as_i64().is_some_and(|i| i32::try_from(i).is_ok()) => {}
                Value::Number(n) => return Err(self.type_error(&format!("number {n}"), "int32")),
                other => return Err(self.type_error(yaml::go::json_type(other), "int32")),
            },
            GoKind::Quantity => {
                let text = match v {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                parse_quantity(text.trim()).map_err(str::to_string)?;
            }
            GoKind::Time => {
                if !v.is_string() {
                    return Err(self.type_error(yaml::go::json_type(v), "string"));
                }
            }
            GoKind::Struct(def) => {
                let Value::Object(map) = v else {
                    let e = self.type_error(yaml::go::json_type(v), &qualified_go_name(def));
                    self.save(e);
                    return Ok(());
                };
                let declared = s.json().get("properties");
                for (k, child) in map {
                    // Unknown fields are skipped (strict decoding reports them separately).
                    let Some(field) = declared.and_then(|p| p.get(k)).and_then(|_| s.field(k)) else { continue };
                    let (outer_struct, depth) = (self.struct_name, self.stack.len());
                    self.stack.push(k.clone());
                    self.struct_name = Some(short_go_name(def));
                    self.value(child, &field, None)?;
                    self.stack.truncate(depth);
                    self.struct_name = outer_struct;
                }
            }
            GoKind::Map => match (v, map_values(s)) {
                (Value::Object(map), Some(elem)) => {
                    for child in map.values() {
                        self.value(child, &elem, None)?;
                    }
                }
                (Value::Object(_), None) => {}
                (other, _) => {
                    let e = self.type_error(yaml::go::json_type(other), &go_type_name(s, None));
                    self.save(e);
                }
            },
            GoKind::Slice => match (v, s.items()) {
                (Value::Array(items), Some(elem)) => {
                    for item in items {
                        self.value(item, &elem, None)?;
                    }
                }
                (Value::Array(_), None) => {}
                (other, _) => {
                    let e = self.type_error(yaml::go::json_type(other), &go_type_name(s, None));
                    self.save(e);
                }
            },
            GoKind::Bytes => match v {
                Value::String(text) => {
                    if let Some(e) = base64_error(text) {
                        self.save(e);
                    }
                }
                // A JSON array fills a []byte element by element.
                Value::Array(items) => {
                    for item in items {
                        match item {
                            Value::Null => {}
                            Value::Number(n) if n.as_u64().is_some_and(|b| b <= 255) => {}
                            Value::Number(n) => {
                                let e = self.type_error(&format!("number {n}"), "uint8");
                                self.save(e);
                            }
                            other => {
                                let e = self.type_error(yaml::go::json_type(other), "uint8");
                                self.save(e);
                            }
                        }
                    }
                }
                other => {
                    let e = self.type_error(yaml::go::json_type(other), "[]uint8");
                    self.save(e);
                }
            },
            GoKind::String => self.scalar(v.is_string(), v, "string"),
            GoKind::Bool => self.scalar(v.is_boolean(), v, "bool"),
            GoKind::Float64 => self.scalar(v.is_number(), v, "float64"),
            GoKind::Int32 | GoKind::Int64 => {
                let int32 = go_kind(s, root_def) == GoKind::Int32;
                let name = if int32 { "int32" } else { "int64" };
                match v {
                    Value::Number(n) => {
                        let fits = n.as_i64().is_some_and(|i| !int32 || i32::try_from(i).is_ok());
                        if !fits {
                            let e = self.type_error(&format!("number {n}"), name);
                            self.save(e);
                        }
                    }
                    other => {
                        let e = self.type_error(yaml::go::json_type(other), name);
                        self.save(e);
                    }
                }
            }
        }
        Ok(())
    }

    fn scalar(&mut self, ok: bool, v: &Value, go_type: &str) {
        if !ok {
            let e = self.type_error(yaml::go::json_type(v), go_type);
            self.save(e);
        }
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
        decode(&obj, defs.schema_for(&gvk).unwrap(), defs.name_for(&gvk).unwrap())
    }

    #[test]
    fn type_mismatches_read_like_go() {
        let cm = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}, "data": {"key": 1}});
        assert_eq!(
            check("", "ConfigMap", cm).unwrap_err(),
            "json: cannot unmarshal number into Go struct field ConfigMap.data of type string"
        );
        let deploy = json!({"metadata": {"name": "d", "labels": {"a": "b"}}, "spec": {"replicas": "3"}});
        assert_eq!(
            check("apps", "Deployment", deploy).unwrap_err(),
            "json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32"
        );
        let svc = json!({"spec": {"ports": [{"port": "80", "targetPort": "http"}]}});
        assert_eq!(
            check("", "Service", svc).unwrap_err(),
            "json: cannot unmarshal string into Go struct field ServicePort.spec.ports.port of type int32"
        );
        let ok = json!({"spec": {"ports": [{"port": 80, "targetPort": 8080}, {"port": 81, "targetPort": "web"}]}});
        assert_eq!(check("", "Service", ok), Ok(()));
        let bad_target = json!({"spec": {"ports": [{"port": 80, "targetPort": true}]}});
        assert_eq!(
            check("", "Service", bad_target).unwrap_err(),
            "json: cannot unmarshal bool into Go struct field ServicePort.spec.ports.targetPort of type int32"
        );
        let spec_string = json!({"spec": "x"});
        assert_eq!(
            check("apps", "Deployment", spec_string).unwrap_err(),
            "json: cannot unmarshal string into Go struct field Deployment.spec of type v1.DeploymentSpec"
        );
        let float = json!({"spec": {"replicas": 1.5}});
        assert_eq!(
            check("apps", "Deployment", float).unwrap_err(),
            "json: cannot unmarshal number 1.5 into Go struct field DeploymentSpec.spec.replicas of type int32"
        );
        // The first mismatch is kept even when later ones follow.
        let labels = json!({"data": {"k": 2}, "metadata": {"labels": {"a": true}}});
        assert_eq!(
            check("", "ConfigMap", labels).unwrap_err(),
            "json: cannot unmarshal number into Go struct field ConfigMap.data of type string"
        );
    }

    #[test]
    fn own_decoders() {
        let secret = json!({"data": {"password": "not base64!"}});
        assert_eq!(check("", "Secret", secret).unwrap_err(), "illegal base64 data at input byte 3");
        let pod = json!({"spec": {"containers": [{"name": "c", "resources": {"limits": {"cpu": "lots"}}}]}});
        assert_eq!(
            check("", "Pod", pod).unwrap_err(),
            "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
        );
        let numeric =
            json!({"spec": {"containers": [{"name": "c", "resources": {"limits": {"cpu": 1, "memory": "1Gi"}}}]}});
        assert_eq!(check("", "Pod", numeric), Ok(()));
        let time = json!({"metadata": {"creationTimestamp": 5}});
        assert_eq!(
            check("", "ConfigMap", time).unwrap_err(),
            "json: cannot unmarshal number into Go struct field ObjectMeta.metadata.creationTimestamp of type string"
        );
        let nulls = json!({"metadata": {"labels": null}, "data": {"a": null}});
        assert_eq!(check("", "ConfigMap", nulls), Ok(()));
    }
}
