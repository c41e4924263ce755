//! structured-merge-diff's typed conversion of an applied configuration (`TypeConverter.ObjectToTyped`,
//! `typed/validate.go`), which server-side apply runs before merging. Unlike Go's JSON decoding it knows
//! the schema exactly: fields the schema does not declare are refused (`.spec.foo: field not declared in
//! schema`) and every error is reported with its path, `.spec.ports[port=80,protocol="TCP"].port: expected
//! numeric (int or float), got string`.

use std::collections::HashSet;

use k8s_schema::ssa::{path_string, PathElement};
use k8s_schema::{Definitions, ListType, Schema};
use serde_json::{Map, Value};

use super::gofmt::{sharp_v, type_of, v as go_v, Numbers};

/// The errors of converting `obj` (decoded from YAML, so every number is a float64) with `root`, the
/// kind's schema; `custom` roots are CRD schemas, whose `metadata` is `ObjectMeta`. Each error is
/// `path: message`, as `ValidationError.Error()` prints it.
pub(crate) fn validate(obj: &Value, root: Schema<'_>, custom: bool) -> Vec<String> {
    let mut w = Walker { errors: Vec::new(), custom_root: custom };
    w.value(obj, Some(root), &mut Vec::new(), true);
    w.errors
}

/// `ValidationErrors.Error()`: one error alone, several as an indented list.
pub(crate) fn render(errors: &[String]) -> String {
    match errors {
        [one] => one.clone(),
        many => format!("errors:\n  {}", many.join("\n  ")),
    }
}

/// What a schema point is to structured-merge-diff.
enum Atom<'a> {
    /// No schema, a free-form object or preserved unknown fields: any value, nothing to check.
    Deduced,
    Scalar(Scalar),
    /// An object: declared fields, else `elem` for every key (a map), else unknown keys refused unless
    /// `preserve`.
    Map {
        schema: Schema<'a>,
        elem: Option<Schema<'a>>,
        preserve: bool,
    },
    List(Schema<'a>),
}

#[derive(Clone, Copy)]
enum Scalar {
    Numeric,
    String,
    Boolean,
    Untyped,
}

fn atom(s: Option<Schema<'_>>) -> Atom<'_> {
    let Some(s) = s else { return Atom::Deduced };
    if s.is_int_or_string() {
        return Atom::Scalar(Scalar::Untyped);
    }
    let preserve = s.preserves_unknown_fields();
    let has_props = s.json().get("properties").is_some();
    let elem = if s.is_map() { super::map_values(&s) } else { None };
    match s.types().first().copied() {
        Some("integer" | "number") => Atom::Scalar(Scalar::Numeric),
        Some("string") => Atom::Scalar(Scalar::String),
        Some("boolean") => Atom::Scalar(Scalar::Boolean),
        Some("array") => Atom::List(s),
        Some("object") if has_props || elem.is_some() => Atom::Map { schema: s, elem, preserve },
        Some("object") => Atom::Deduced,
        _ if has_props => Atom::Map { schema: s, elem, preserve },
        _ if s.items().is_some() => Atom::List(s),
        // `oneOf` alternatives without a type of their own (resource.Quantity) accept any scalar.
        _ if s.json().get("oneOf").is_some() || s.json().get("anyOf").is_some() => Atom::Scalar(Scalar::Untyped),
        _ => Atom::Deduced,
    }
}

struct Walker {
    errors: Vec<String>,
    custom_root: bool,
}

/// `&value.valueUnstructured{...}` as `%v` prints it.
fn wrapped_v(v: &Value) -> String {
    format!("&{{{}}}", go_v(v, Numbers::Float64))
}

impl Walker {
    fn error(&mut self, path: &[PathElement], message: String) {
        let at = path_string(path);
        self.errors.push(if at.is_empty() { message } else { format!("{at}: {message}") });
    }

    fn value(&mut self, v: &Value, s: Option<Schema<'_>>, path: &mut Vec<PathElement>, root: bool) {
        if v.is_null() {
            return;
        }
        match atom(s) {
            Atom::Deduced => {}
            Atom::Scalar(t) => self.scalar(t, v, path),
            Atom::Map { schema, elem, preserve } => {
                let Value::Object(map) = v else {
                    self.error(path, format!("expected map, got {}", wrapped_v(v)));
                    return;
                };
                self.map(map, schema, elem, preserve, path, root);
            }
            Atom::List(schema) => {
                let Value::Array(items) = v else {
                    self.error(path, format!("expected list, got {}", wrapped_v(v)));
                    return;
                };
                self.list(items, schema, path);
            }
        }
    }

    fn scalar(&mut self, t: Scalar, v: &Value, path: &[PathElement]) {
        let message = match t {
            Scalar::Numeric if !v.is_number() => {
                format!("expected numeric (int or float), got {}", type_of(v, Numbers::Float64))
            }
            Scalar::String if !v.is_string() => {
                format!("expected string, got &value.valueUnstructured{{Value:{}}}", sharp_v(v, Numbers::Float64))
            }
            Scalar::Boolean if !v.is_boolean() => format!("expected boolean, got {}", wrapped_v(v)),
            Scalar::Untyped if v.is_array() || v.is_object() => format!("expected any scalar, got {}", wrapped_v(v)),
            _ => return,
        };
        self.error(path, message);
    }

    fn map(
        &mut self,
        map: &Map<String, Value>,
        s: Schema<'_>,
        elem: Option<Schema<'_>>,
        preserve: bool,
        path: &mut Vec<PathElement>,
        root: bool,
    ) {
        let declared = s.json().get("properties");
        let embedded = s.keyword("x-kubernetes-embedded-resource").and_then(Value::as_bool) == Some(true);
        let object_meta = || Definitions::k8s_1_33().schema_named("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta");
        for (k, child) in map {
            path.push(PathElement::Field(k.clone()));
            let field = declared.and_then(|p| p.get(k)).and_then(|_| s.field(k));
            match (k.as_str(), field) {
                // A custom resource's metadata is ObjectMeta whatever its schema says.
                ("metadata", _) if root && self.custom_root => self.value(child, object_meta(), path, false),
                ("apiVersion" | "kind", None) if root || embedded => {
                    self.scalar(Scalar::String, child, path);
                }
                ("metadata", None) if embedded => {}
                (_, Some(f)) => self.value(child, Some(f), path, false),
                (_, None) if elem.is_some() => self.value(child, elem, path, false),
                (_, None) if preserve => {}
                (_, None) => {
                    // structured-merge-diff stops walking this object at the first undeclared field.
                    self.error(path, "field not declared in schema".into());
                    path.pop();
                    return;
                }
            }
            path.pop();
        }
    }

    fn list(&mut self, items: &[Value], s: Schema<'_>, path: &mut Vec<PathElement>) {
        let item_schema = s.items();
        let list_type = s.list_type();
        let mut seen = HashSet::new();
        for (i, item) in items.iter().enumerate() {
            let element = match &list_type {
                ListType::Atomic => PathElement::Index(i),
                ListType::Set => match item {
                    Value::Object(_) => {
                        return self.element_error(
                            path,
                            i,
                            "associative list without keys has an element that's a map type",
                        );
                    }
                    Value::Array(_) => {
                        return self.element_error(path, i, "not supported: associative list with lists as elements");
                    }
                    Value::Null => {
                        return self.element_error(
                            path,
                            i,
                            "associative list without keys has an element that's an explicit null",
                        );
                    }
                    v => PathElement::Value(v.clone()),
                },
                ListType::Map(keys) => match item {
                    Value::Null => {
                        return self.element_error(path, i, "associative list with keys may not have a null element");
                    }
                    Value::Object(fields) => {
                        let mut key = Vec::with_capacity(keys.len());
                        for name in keys {
                            match fields.get(name).cloned().or_else(|| key_default(item_schema, name)) {
                                Some(value) => key.push((name.clone(), value)),
                                None => {
                                    let why = format!("associative list with keys has an element that omits key field {name:?} (and doesn't have default value)");
                                    return self.element_error(path, i, &why);
                                }
                            }
                        }
                        key.sort_by(|a, b| a.0.cmp(&b.0));
                        PathElement::Key(key)
                    }
                    _ => {
                        return self.element_error(path, i, "associative list with keys may not have non-map elements");
                    }
                },
            };
            if !matches!(element, PathElement::Index(_)) && !seen.insert(element.to_string()) {
                self.error(path, format!("duplicate entries for key {element}"));
            }
            path.push(element);
            self.value(item, item_schema, path, false);
            path.pop();
        }
    }

    /// An item that cannot be identified ends the walk of its list.
    fn element_error(&mut self, path: &[PathElement], index: usize, why: &str) {
        self.error(path, format!("element {index}: {why}"));
    }
}

/// The value a missing key field takes: its schema default, or `TCP` for the `protocol` of ports.
fn key_default(items: Option<Schema<'_>>, name: &str) -> Option<Value> {
    let field = items.and_then(|s| s.field(name))?;
    if let Some(d) = field.json().get("default") {
        return Some(d.clone());
    }
    (name == "protocol").then(|| Value::String("TCP".into()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use k8s_schema::Gvk;
    use serde_json::json;

    fn check(group: &str, kind: &str, obj: Value) -> Vec<String> {
        let gvk = Gvk::new(group, "v1", kind);
        validate(&obj, Definitions::k8s_1_33().schema_for(&gvk).unwrap(), false)
    }

    #[test]
    fn scalar_types_and_undeclared_fields() {
        let cm = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}, "data": {"key": 1}});
        assert_eq!(
            check("", "ConfigMap", cm),
            vec![".data.key: expected string, got &value.valueUnstructured{Value:1}"]
        );
        assert_eq!(
            check("apps", "Deployment", json!({"spec": {"replicas": "3"}})),
            vec![".spec.replicas: expected numeric (int or float), got string"]
        );
        assert_eq!(
            check("apps", "Deployment", json!({"spec": {"paused": "yes"}})),
            vec![".spec.paused: expected boolean, got &{yes}"]
        );
        assert_eq!(
            check("apps", "Deployment", json!({"spec": {"bogus": 1}})),
            vec![".spec.bogus: field not declared in schema"]
        );
        let svc = json!({"spec": {"ports": [{"port": "80", "targetPort": "http"}]}});
        assert_eq!(
            check("", "Service", svc),
            vec![r#".spec.ports[port="80",protocol="TCP"].port: expected numeric (int or float), got string"#]
        );
        let ok = json!({"spec": {"ports": [{"port": 80, "targetPort": 8080}, {"port": 81, "targetPort": "web"}]},
                        "metadata": {"creationTimestamp": null, "labels": {"a": "b"}}});
        assert!(check("", "Service", ok).is_empty());
        let pod =
            json!({"spec": {"containers": [{"name": "c", "resources": {"limits": {"cpu": 1, "memory": "1Gi"}}}]}});
        assert!(check("", "Pod", pod).is_empty());
    }

    #[test]
    fn list_keys() {
        let dup = json!({"spec": {"template": {"spec": {"containers": [{"name": "a", "env": [{"name": "X"}, {"name": "X"}]}]}}}});
        assert_eq!(
            check("apps", "Deployment", dup),
            vec![r#".spec.template.spec.containers[name="a"].env: duplicate entries for key [name="X"]"#]
        );
        let missing = json!({"spec": {"template": {"spec": {"containers": [{"image": "x"}]}}}});
        assert_eq!(
            check("apps", "Deployment", missing),
            vec![
                r#".spec.template.spec.containers: element 0: associative list with keys has an element that omits key field "name" (and doesn't have default value)"#
            ]
        );
        assert_eq!(render(&["a".into(), "b".into()]), "errors:\n  a\n  b");
    }

    #[test]
    fn custom_resources() {
        let schema = json!({"type": "object", "properties": {
            "spec": {"type": "object", "properties": {"size": {"type": "integer"},
                "free": {"type": "object", "x-kubernetes-preserve-unknown-fields": true},
                "raw": {"type": "object"}}}}});
        let s = Schema::inline(&schema);
        let obj = json!({"apiVersion": "x/v1", "kind": "W", "metadata": {"name": "w", "labels": {"a": 1}},
                         "spec": {"size": 2, "free": {"any": [1]}, "raw": {"x": 1}}, "sops": {}});
        let mut errors = validate(&obj, s, true);
        errors.sort();
        assert_eq!(
            errors,
            vec![
                ".metadata.labels.a: expected string, got &value.valueUnstructured{Value:1}",
                ".sops: field not declared in schema"
            ]
        );
    }
}
