//! Structural schema processing: pruning unknown fields, defaulting and validation, as kube-apiserver does
//! for custom resources (and, for pruning, as Go's typed decoding does for built-ins).

use k8s_schema::{Definitions, Schema};
use serde_json::{Map, Value};

use crate::status::Cause;

/// Removes fields the schema does not declare and returns their paths (`spec.foo`), which
/// `fieldValidation=Strict|Warn` reports. `crd` selects the strict structural rule: an object schema with
/// neither properties nor additionalProperties holds nothing (built-in free-form types keep everything).
pub fn prune(obj: &mut Value, schema: Schema<'_>, crd: bool) -> Vec<String> {
    let mut pruned = Vec::new();
    let Value::Object(map) = obj else { return pruned };
    let object_meta = Definitions::k8s_1_33().schema_named("io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta");
    for (key, value) in map.iter_mut() {
        match key.as_str() {
            "apiVersion" | "kind" => {}
            "metadata" => {
                if let Some(meta_schema) = object_meta {
                    prune_value(value, meta_schema, false, "metadata", &mut pruned);
                }
            }
            _ => match schema.field(key) {
                Some(s) => prune_value(value, s, crd, key, &mut pruned),
                None if schema.preserves_unknown_fields() => {}
                None => pruned.push(key.clone()),
            },
        }
    }
    let known = |k: &String| {
        matches!(k.as_str(), "apiVersion" | "kind" | "metadata")
            || schema.field(k).is_some()
            || schema.preserves_unknown_fields()
    };
    map.retain(|k, _| known(k));
    pruned
}

fn prune_value(v: &mut Value, s: Schema<'_>, crd: bool, path: &str, pruned: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            if s.keyword("x-kubernetes-embedded-resource").and_then(Value::as_bool) == Some(true) {
                // apiVersion, kind and metadata of an embedded object are always allowed.
                for k in ["apiVersion", "kind", "metadata"] {
                    if let Some(x) = map.get_mut(k) {
                        let _ = x;
                    }
                }
            }
            let preserve = s.preserves_unknown_fields();
            let free_form = !s.is_struct() && !s.is_map();
            if free_form && (preserve || !crd) {
                return;
            }
            let embedded = s.keyword("x-kubernetes-embedded-resource").and_then(Value::as_bool) == Some(true);
            let mut drop = Vec::new();
            for (k, child) in map.iter_mut() {
                let child_path = format!("{path}.{k}");
                match s.field(k) {
                    Some(cs) => prune_value(child, cs, crd, &child_path, pruned),
                    None if preserve || (embedded && matches!(k.as_str(), "apiVersion" | "kind" | "metadata")) => {}
                    None => {
                        pruned.push(child_path);
                        drop.push(k.clone());
                    }
                }
            }
            for k in drop {
                map.remove(&k);
            }
        }
        Value::Array(items) => {
            if let Some(is) = s.items() {
                for (i, item) in items.iter_mut().enumerate() {
                    prune_value(item, is, crd, &format!("{path}[{i}]"), pruned);
                }
            }
        }
        _ => {}
    }
}

/// Applies `default:` values from the schema where fields are absent, recursively.
pub fn apply_defaults(v: &mut Value, s: Schema<'_>) {
    match v {
        Value::Object(map) => {
            if let Some(Value::Object(props)) = s.json().get("properties") {
                for (k, ps) in props {
                    if !map.contains_key(k) {
                        if let Some(d) = ps.get("default") {
                            map.insert(k.clone(), d.clone());
                        }
                    }
                }
            }
            let keys: Vec<String> = map.keys().cloned().collect();
            for k in keys {
                if let (Some(child), Some(cs)) = (map.get_mut(&k), s.field(&k)) {
                    apply_defaults(child, cs);
                }
            }
        }
        Value::Array(items) => {
            if let Some(is) = s.items() {
                items.iter_mut().for_each(|i| apply_defaults(i, is));
            }
        }
        _ => {}
    }
}

/// Validates a custom resource against its schema (types, enums, required, patterns, bounds), collecting
/// causes worded like kube-apiserver's OpenAPI validation.
pub fn validate(obj: &Value, s: Schema<'_>) -> Vec<Cause> {
    let mut causes = Vec::new();
    if let Value::Object(map) = obj {
        for (k, v) in map {
            if matches!(k.as_str(), "apiVersion" | "kind" | "metadata") {
                continue;
            }
            if let Some(cs) = s.field(k) {
                validate_value(v, cs, k, &mut causes);
            }
        }
        check_required(map, s, "", &mut causes);
    }
    causes
}

fn check_required(map: &Map<String, Value>, s: Schema<'_>, path: &str, causes: &mut Vec<Cause>) {
    if let Some(Value::Array(req)) = s.json().get("required") {
        for r in req.iter().filter_map(Value::as_str) {
            let type_meta = path.is_empty() && matches!(r, "apiVersion" | "kind" | "metadata");
            if !map.contains_key(r) && !type_meta {
                let field = if path.is_empty() { r.to_string() } else { format!("{path}.{r}") };
                causes.push(Cause::required(&field));
            }
        }
    }
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

fn validate_value(v: &Value, s: Schema<'_>, path: &str, causes: &mut Vec<Cause>) {
    let types = s.types();
    let actual = json_type(v);
    if s.is_int_or_string() {
        if !matches!(actual, "integer" | "string") {
            causes.push(Cause::invalid(
                path,
                &Value::String(actual.into()),
                &format!("{path} in body must be of type int-or-string: {:?}", actual),
            ));
        }
        return;
    }
    if v.is_null() {
        if s.keyword("nullable").and_then(Value::as_bool) != Some(true) && !types.is_empty() {
            causes.push(Cause::invalid(
                path,
                &Value::String("null".into()),
                &format!("{path} in body must be of type {}: \"null\"", types[0]),
            ));
        }
        return;
    }
    if let Some(want) = types.first() {
        let ok = *want == actual || (*want == "number" && actual == "integer");
        if !ok {
            causes.push(Cause::invalid(
                path,
                &Value::String(actual.into()),
                &format!("{path} in body must be of type {want}: {actual:?}"),
            ));
            return;
        }
    }
    if let Some(Value::Array(allowed)) = s.json().get("enum") {
        if !allowed.contains(v) {
            causes.push(Cause::not_supported(path, v, allowed));
        }
    }
    match v {
        Value::String(text) => {
            if let Some(p) = s.json().get("pattern").and_then(Value::as_str) {
                if let Ok(re) = regex::Regex::new(p) {
                    if !re.is_match(text) {
                        causes.push(Cause::invalid(path, v, &format!("{path} in body should match '{p}'")));
                    }
                }
            }
            let len = text.chars().count() as u64;
            if let Some(min) = s.json().get("minLength").and_then(Value::as_u64) {
                if len < min {
                    causes.push(Cause::invalid(
                        path,
                        v,
                        &format!("{path} in body should be at least {min} chars long"),
                    ));
                }
            }
            if let Some(max) = s.json().get("maxLength").and_then(Value::as_u64) {
                if len > max {
                    causes.push(Cause {
                        reason: "FieldValueTooLong".into(),
                        field: path.into(),
                        message: format!("Too long: may not be more than {max} bytes"),
                    });
                }
            }
        }
        Value::Number(n) => {
            let x = n.as_f64().unwrap_or_default();
            if let Some(min) = s.json().get("minimum").and_then(Value::as_f64) {
                let exclusive = s.json().get("exclusiveMinimum").and_then(Value::as_bool) == Some(true);
                if x < min || (exclusive && x == min) {
                    let rel = if exclusive { "greater than" } else { "greater than or equal to" };
                    causes.push(Cause::invalid(path, v, &format!("{path} in body should be {rel} {}", number(min))));
                }
            }
            if let Some(max) = s.json().get("maximum").and_then(Value::as_f64) {
                let exclusive = s.json().get("exclusiveMaximum").and_then(Value::as_bool) == Some(true);
                if x > max || (exclusive && x == max) {
                    let rel = if exclusive { "less than" } else { "less than or equal to" };
                    causes.push(Cause::invalid(path, v, &format!("{path} in body should be {rel} {}", number(max))));
                }
            }
        }
        Value::Array(items) => {
            if let Some(min) = s.json().get("minItems").and_then(Value::as_u64) {
                if (items.len() as u64) < min {
                    causes.push(Cause::invalid(
                        path,
                        &Value::from(items.len()),
                        &format!("{path} in body should have at least {min} items"),
                    ));
                }
            }
            if let Some(max) = s.json().get("maxItems").and_then(Value::as_u64) {
                if (items.len() as u64) > max {
                    causes.push(Cause {
                        reason: "FieldValueTooMany".into(),
                        field: path.into(),
                        message: format!("Too many: {}: must have at most {max} items", items.len()),
                    });
                }
            }
            if let Some(is) = s.items() {
                for (i, item) in items.iter().enumerate() {
                    validate_value(item, is, &format!("{path}[{i}]"), causes);
                }
            }
        }
        Value::Object(map) => {
            for (k, child) in map {
                if let Some(cs) = s.field(k) {
                    validate_value(child, cs, &format!("{path}.{k}"), causes);
                }
            }
            check_required(map, s, path, causes);
        }
        _ => {}
    }
}

/// Bounds print as Go prints float64s in these messages: whole numbers without a fraction.
fn number(x: f64) -> String {
    if x.fract() == 0.0 {
        format!("{}", x as i64)
    } else {
        x.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn schema() -> Value {
        json!({"type": "object", "properties": {
            "spec": {"type": "object", "required": ["size"], "properties": {
                "size": {"type": "integer", "minimum": 1, "maximum": 10},
                "mode": {"type": "string", "enum": ["a", "b"], "default": "a"},
                "name": {"type": "string", "pattern": "^[a-z]+$"},
                "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 2},
                "extra": {"type": "object", "x-kubernetes-preserve-unknown-fields": true},
                "nested": {"type": "object", "properties": {"x": {"type": "string", "default": "dx"}}}
            }},
            "status": {"type": "object", "properties": {"ready": {"type": "boolean"}}}
        }})
    }

    #[test]
    fn prune_default_validate() {
        let sch = schema();
        let s = Schema::inline(&sch);
        let mut obj = json!({"apiVersion": "x/v1", "kind": "W", "metadata": {"name": "a", "bogus": 1},
            "spec": {"size": 3, "unknown": true, "extra": {"anything": [1]}, "nested": {}}, "top": 1});
        let pruned = prune(&mut obj, s, true);
        assert_eq!(pruned, vec!["metadata.bogus", "spec.unknown", "top"]);
        apply_defaults(&mut obj, s);
        assert_eq!(obj["spec"]["mode"], "a");
        assert_eq!(obj["spec"]["nested"]["x"], "dx");
        assert_eq!(obj["spec"]["extra"]["anything"], json!([1]));
        assert!(validate(&obj, s).is_empty());

        let bad = json!({"spec": {"size": "big", "mode": "c", "name": "A1", "tags": ["a", "b", "c"]}});
        let msgs: Vec<String> = validate(&bad, s).iter().map(Cause::render).collect();
        assert!(
            msgs.contains(
                &"spec.size: Invalid value: \"string\": spec.size in body must be of type integer: \"string\""
                    .to_string()
            ),
            "{msgs:?}"
        );
        assert!(
            msgs.contains(&"spec.mode: Unsupported value: \"c\": supported values: \"a\", \"b\"".to_string()),
            "{msgs:?}"
        );
        assert!(
            msgs.contains(&"spec.name: Invalid value: \"A1\": spec.name in body should match '^[a-z]+$'".to_string()),
            "{msgs:?}"
        );
        assert!(msgs.contains(&"spec.tags: Too many: 3: must have at most 2 items".to_string()), "{msgs:?}");
        let missing: Vec<String> = validate(&json!({"spec": {}}), s).iter().map(Cause::render).collect();
        assert_eq!(missing, vec!["spec.size: Required value"]);
        let big: Vec<String> = validate(&json!({"spec": {"size": 11}}), s).iter().map(Cause::render).collect();
        assert_eq!(big, vec!["spec.size: Invalid value: 11: spec.size in body should be less than or equal to 10"]);
    }

    #[test]
    fn builtin_pruning_keeps_free_form() {
        let defs = Definitions::k8s_1_33();
        let s = defs.schema_for(&k8s_schema::Gvk::new("", "v1", "ConfigMap")).unwrap();
        let mut cm =
            json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}, "data": {"k": "v"}, "nope": 1});
        assert_eq!(prune(&mut cm, s, false), vec!["nope"]);
        assert_eq!(cm["data"]["k"], "v");
    }
}
