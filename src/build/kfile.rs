//! A kustomization file as Flux's generator sees it: read into kustomize's Go struct
//! (`types.Kustomization`) with sigs.k8s.io/yaml and written back from it.
//!
//! That round trip is what upstream's rewrite of an existing `kustomization.yaml` amounts to, and it
//! is not the identity:
//!
//! - fields the struct does not have are dropped (Go's JSON decoding ignores them, where kustomize
//!   itself refuses them), matched case-insensitively as `encoding/json` matches names;
//! - empty values of `omitempty` fields disappear (`namespace: ""`, `patches: []`);
//! - a number or boolean given for a string field becomes a string (sigs.k8s.io/yaml's coercion);
//! - keys come out sorted (the struct goes to JSON, which sigs.k8s.io/yaml prints sorted);
//! - a value of the wrong shape is an error, in `encoding/json`'s words.
//!
//! The schema below lists the struct's JSON fields. Deep, rarely hand-written parts (replacements,
//! vars, Helm charts, generator options) are kept as written rather than modelled field by field.

use serde_json::{Map, Value};

/// The shape of a field, with the Go type named in errors.
#[derive(Clone, Copy)]
enum Shape {
    Str,
    Bool,
    /// A number kept as written (`replicas[].count`).
    Int,
    StrList,
    StrMap,
    /// Anything: kept as written (`omitempty` still drops an empty one).
    Any,
    Struct(&'static Struct),
    List(&'static Struct),
}

struct Struct {
    /// The Go type's name, as `encoding/json` names it in errors (`Kustomization`, `Patch`).
    name: &'static str,
    fields: &'static [Field],
}

struct Field {
    json: &'static str,
    shape: Shape,
    omitempty: bool,
}

const fn f(json: &'static str, shape: Shape) -> Field {
    Field { json, shape, omitempty: true }
}

use Shape::{Any, Bool, Int, Str, StrList, StrMap};

static OBJECT_META: Struct = Struct {
    name: "ObjectMeta",
    fields: &[f("name", Str), f("namespace", Str), f("labels", StrMap), f("annotations", StrMap)],
};

static FIELD_SPEC: Struct = Struct {
    name: "FieldSpec",
    fields: &[f("group", Str), f("version", Str), f("kind", Str), f("path", Str), f("create", Bool)],
};

static LABEL: Struct = Struct {
    name: "Label",
    fields: &[
        f("pairs", StrMap),
        f("includeSelectors", Bool),
        f("includeTemplates", Bool),
        f("includeVolumeClaimTemplates", Bool),
        f("fields", Shape::List(&FIELD_SPEC)),
    ],
};

static SELECTOR: Struct = Struct {
    name: "Selector",
    fields: &[
        f("group", Str),
        f("version", Str),
        f("kind", Str),
        f("name", Str),
        f("namespace", Str),
        f("annotationSelector", Str),
        f("labelSelector", Str),
    ],
};

static PATCH: Struct = Struct {
    name: "Patch",
    fields: &[f("path", Str), f("patch", Str), f("target", Shape::Struct(&SELECTOR)), f("options", Any)],
};

static IMAGE: Struct = Struct {
    name: "Image",
    fields: &[f("name", Str), f("newName", Str), f("tagSuffix", Str), f("newTag", Str), f("digest", Str)],
};

static REPLICA: Struct =
    Struct { name: "Replica", fields: &[f("name", Str), Field { json: "count", shape: Int, omitempty: false }] };

static CONFIG_MAP_ARGS: Struct = Struct {
    name: "ConfigMapArgs",
    fields: &[
        f("namespace", Str),
        f("name", Str),
        f("behavior", Str),
        f("literals", StrList),
        f("files", StrList),
        f("envs", StrList),
        f("env", Str),
        f("options", Any),
    ],
};

static SECRET_ARGS: Struct = Struct {
    name: "SecretArgs",
    fields: &[
        f("namespace", Str),
        f("name", Str),
        f("behavior", Str),
        f("literals", StrList),
        f("files", StrList),
        f("envs", StrList),
        f("env", Str),
        f("options", Any),
        f("type", Str),
    ],
};

static KUSTOMIZATION: Struct = Struct {
    name: "Kustomization",
    fields: &[
        f("kind", Str),
        f("apiVersion", Str),
        f("metadata", Shape::Struct(&OBJECT_META)),
        f("openapi", StrMap),
        f("namePrefix", Str),
        f("nameSuffix", Str),
        f("namespace", Str),
        f("commonLabels", StrMap),
        f("labels", Shape::List(&LABEL)),
        f("commonAnnotations", StrMap),
        f("patchesStrategicMerge", StrList),
        f("patchesJson6902", Shape::List(&PATCH)),
        f("patches", Shape::List(&PATCH)),
        f("images", Shape::List(&IMAGE)),
        f("imageTags", Shape::List(&IMAGE)),
        f("replacements", Any),
        f("replicas", Shape::List(&REPLICA)),
        f("vars", Any),
        f("sortOptions", Any),
        f("resources", StrList),
        f("components", StrList),
        f("crds", StrList),
        f("bases", StrList),
        f("configMapGenerator", Shape::List(&CONFIG_MAP_ARGS)),
        f("secretGenerator", Shape::List(&SECRET_ARGS)),
        f("helmGlobals", Any),
        f("helmCharts", Any),
        f("helmChartInflationGenerator", Any),
        f("generatorOptions", Any),
        f("configurations", StrList),
        f("generators", StrList),
        f("transformers", StrList),
        f("validators", StrList),
        f("buildMetadata", StrList),
    ],
};

/// The `apiVersion` and `kind` the generator starts from before it reads a file.
pub const KUSTOMIZATION_API_VERSION: &str = "kustomize.config.k8s.io/v1beta1";
pub const KUSTOMIZATION_KIND: &str = "Kustomization";

/// Reads a kustomization file's text into the struct's JSON form: known fields only, empties
/// dropped, `apiVersion` and `kind` defaulted when the file has none.
///
/// # Errors
/// Invalid YAML, or a value of the wrong shape (sigs.k8s.io/yaml's `error unmarshaling JSON: while
/// decoding JSON: json: cannot unmarshal …`).
pub fn read(text: &str) -> Result<Map<String, Value>, String> {
    let value = yaml::from_str(text).map_err(|e| format!("error converting YAML to JSON: {e}"))?;
    let mut out = Map::new();
    out.insert("apiVersion".into(), Value::String(KUSTOMIZATION_API_VERSION.into()));
    out.insert("kind".into(), Value::String(KUSTOMIZATION_KIND.into()));
    match value {
        Value::Null => {}
        Value::Object(object) => decode_into(&KUSTOMIZATION, object, &mut out, "")
            .map_err(|e| format!("error unmarshaling JSON: while decoding JSON: {e}"))?,
        other => {
            return Err(format!(
                "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal {} into Go value of type types.Kustomization",
                yaml::go::json_type(&other)
            ))
        }
    }
    drop_empty(&KUSTOMIZATION, &mut out);
    Ok(out)
}

/// Prints the struct's JSON form as sigs.k8s.io/yaml's `Marshal` does (keys sorted).
pub fn write(kustomization: &Map<String, Value>) -> String {
    let mut object = kustomization.clone();
    drop_empty(&KUSTOMIZATION, &mut object);
    yaml::to_string(&Value::Object(object))
}

/// A fresh kustomization (what the generator creates when there is no file).
pub fn new() -> Map<String, Value> {
    let mut out = Map::new();
    out.insert("apiVersion".into(), Value::String(KUSTOMIZATION_API_VERSION.into()));
    out.insert("kind".into(), Value::String(KUSTOMIZATION_KIND.into()));
    out
}

/// Decodes the fields of `object` into `out` as `encoding/json` would into a struct of type
/// `schema` (`path` is the dotted path of the struct, for messages).
fn decode_into(
    schema: &'static Struct,
    object: Map<String, Value>,
    out: &mut Map<String, Value>,
    path: &str,
) -> Result<(), String> {
    for (key, value) in object {
        let field = schema
            .fields
            .iter()
            .find(|f| f.json == key)
            .or_else(|| schema.fields.iter().find(|f| f.json.eq_ignore_ascii_case(&key)));
        let Some(field) = field else { continue };
        let field_path = if path.is_empty() { field.json.to_string() } else { format!("{path}.{}", field.json) };
        let mismatch = |value: &Value, go_type: &str| {
            format!(
                "json: cannot unmarshal {} into Go struct field {}.{field_path} of type {go_type}",
                yaml::go::json_type(value),
                schema.name
            )
        };
        if value.is_null() {
            // JSON null leaves a Go field as it was.
            continue;
        }
        let decoded = match field.shape {
            Str => Value::String(coerce_string(&value).ok_or_else(|| mismatch(&value, "string"))?),
            Bool => match value {
                Value::Bool(_) => value,
                other => return Err(mismatch(&other, "bool")),
            },
            Int => match value {
                Value::Number(ref n) if n.is_i64() || n.is_u64() => value,
                other => return Err(mismatch(&other, "int64")),
            },
            StrList => match value {
                Value::Array(items) => {
                    let mut list = Vec::with_capacity(items.len());
                    for item in items {
                        if item.is_null() {
                            list.push(Value::String(String::new()));
                            continue;
                        }
                        list.push(Value::String(coerce_string(&item).ok_or_else(|| mismatch(&item, "string"))?));
                    }
                    Value::Array(list)
                }
                other => return Err(mismatch(&other, "[]string")),
            },
            StrMap => match value {
                Value::Object(map) => {
                    let mut strings = Map::new();
                    for (k, v) in map {
                        let text = if v.is_null() {
                            String::new()
                        } else {
                            coerce_string(&v).ok_or_else(|| mismatch(&v, "string"))?
                        };
                        strings.insert(k, Value::String(text));
                    }
                    Value::Object(strings)
                }
                other => return Err(mismatch(&other, "map[string]string")),
            },
            Any => value,
            Shape::Struct(inner) => match value {
                Value::Object(map) => {
                    let mut nested = match out.remove(field.json) {
                        Some(Value::Object(existing)) => existing,
                        _ => Map::new(),
                    };
                    decode_into(inner, map, &mut nested, &field_path)?;
                    Value::Object(nested)
                }
                other => return Err(mismatch(&other, &format!("types.{}", inner.name))),
            },
            Shape::List(inner) => match value {
                Value::Array(items) => {
                    let mut list = Vec::with_capacity(items.len());
                    for item in items {
                        let mut nested = Map::new();
                        match item {
                            Value::Null => {}
                            Value::Object(map) => decode_into(inner, map, &mut nested, &field_path)?,
                            other => return Err(mismatch(&other, &format!("types.{}", inner.name))),
                        }
                        list.push(Value::Object(nested));
                    }
                    Value::Array(list)
                }
                other => return Err(mismatch(&other, &format!("[]types.{}", inner.name))),
            },
        };
        out.insert(field.json.to_string(), decoded);
    }
    Ok(())
}

/// sigs.k8s.io/yaml's coercion of scalars read for a string field.
fn coerce_string(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Drops what `omitempty` leaves out when the struct is marshalled, recursively through the
/// modelled structs.
fn drop_empty(schema: &'static Struct, object: &mut Map<String, Value>) {
    object.retain(|key, value| {
        let Some(field) = schema.fields.iter().find(|f| f.json == key) else { return true };
        match (field.shape, value) {
            (Shape::Struct(inner), Value::Object(map)) => {
                drop_empty(inner, map);
                true
            }
            (Shape::List(inner), Value::Array(items)) => {
                for item in items.iter_mut() {
                    if let Value::Object(map) = item {
                        drop_empty(inner, map);
                    }
                }
                !items.is_empty()
            }
            (_, value) => !field.omitempty || !is_empty(value),
        }
    });
}

/// Go's notion of an empty value for `omitempty`.
fn is_empty(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Bool(b) => !b,
        Value::Number(n) => n.as_f64() == Some(0.0),
        Value::String(s) => s.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Object(o) => o.is_empty(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(text: &str) -> String {
        write(&read(text).unwrap())
    }

    #[test]
    fn rewrite_drops_unknown_and_empty_fields_and_sorts_keys() {
        let text = "resources:\n- b.yaml\n- a.yaml\nnamespace: \"\"\nnotAField: 1\nkind: Kustomization\npatches: []\n\
                    images:\n- name: nginx\n  newTag: \"1.2\"\n  bogus: x\nnamePrefix: 12\nreplicas:\n- name: web\n  count: 0\n";
        assert_eq!(
            round_trip(text),
            "apiVersion: kustomize.config.k8s.io/v1beta1\nimages:\n- name: nginx\n  newTag: \"1.2\"\nkind: Kustomization\n\
             namePrefix: \"12\"\nreplicas:\n- count: 0\n  name: web\nresources:\n- b.yaml\n- a.yaml\n"
        );
    }

    #[test]
    fn names_match_case_insensitively_and_kind_is_kept() {
        assert_eq!(
            round_trip("Resources: [a.yaml]\nkind: Component\napiVersion: kustomize.config.k8s.io/v1alpha1\n"),
            "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources:\n- a.yaml\n"
        );
    }

    #[test]
    fn deep_parts_are_kept_as_written() {
        let text = "patches:\n- path: p.yaml\n  target: {kind: Deployment, labelSelector: \"a=b\"}\n  options: {allowNameChange: true}\n\
                    configMapGenerator:\n- name: c\n  literals: [a=1]\n  options: {disableNameSuffixHash: true}\n";
        let out = round_trip(text);
        assert!(out.contains("- options:\n    allowNameChange: true\n  path: p.yaml\n"), "{out}");
        assert!(out.contains("  target:\n    kind: Deployment\n    labelSelector: a=b\n"), "{out}");
        assert!(
            out.contains("- literals:\n  - a=1\n  name: c\n  options:\n    disableNameSuffixHash: true\n"),
            "{out}"
        );
    }

    #[test]
    fn wrong_shapes_are_go_errors() {
        assert_eq!(
            read("resources: a.yaml\n").unwrap_err(),
            "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go struct field Kustomization.resources of type []string"
        );
        assert_eq!(
            read("patches:\n- target: x\n").unwrap_err(),
            "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go struct field Patch.patches.target of type types.Selector"
        );
        assert!(read("a: b: c").unwrap_err().starts_with("error converting YAML to JSON: yaml: line 1:"));
    }

    #[test]
    fn empty_file_is_a_bare_kustomization() {
        assert_eq!(round_trip(""), "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n");
    }
}
