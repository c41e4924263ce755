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

/// The outcome of [`validate`]: causes refuse the write, warnings travel back with it.
#[derive(Debug, Default)]
pub struct Validation {
    pub causes: Vec<Cause>,
    /// Rules flux-rs could not evaluate, and failures kube-apiserver ratchets (unchanged values on update).
    pub warnings: Vec<String>,
}

/// Validates a custom resource against its schema (types, enums, required, patterns, bounds), then its
/// `x-kubernetes-validations` rules, collecting causes worded like kube-apiserver's. `old` is the stored
/// object on update: it binds `oldSelf` for transition rules and ratchets unchanged values.
pub fn validate(obj: &Value, old: Option<&Value>, s: Schema<'_>) -> Validation {
    let mut out = Validation::default();
    if let Value::Object(map) = obj {
        for (k, v) in map {
            if matches!(k.as_str(), "apiVersion" | "kind" | "metadata") {
                continue;
            }
            if let Some(cs) = s.field(k) {
                validate_value(v, cs, k, &mut out.causes);
            }
        }
        check_required(map, s, "", &mut out.causes);
    }
    if has_rules(s.json()) {
        // As kube-apiserver: rules assume a well-typed object, so the shape errors come first.
        if out.causes.iter().any(blocks_rules) {
            let detail = "some validation rules were not checked because the object was invalid; \
                          correct the existing errors to complete validation";
            out.causes.push(Cause::invalid("<nil>", &Value::String("null".into()), detail));
        } else {
            check_rules(obj, old, s, "", true, false, &mut out);
        }
    }
    out
}

fn blocks_rules(c: &Cause) -> bool {
    matches!(
        c.reason.as_str(),
        "FieldValueNotSupported" | "FieldValueRequired" | "FieldValueTooLong" | "FieldValueTooMany"
    ) || c.message.contains(" in body must be of type ")
}

fn has_rules(schema: &Value) -> bool {
    match schema {
        Value::Object(m) => m.contains_key("x-kubernetes-validations") || m.values().any(has_rules),
        Value::Array(items) => items.iter().any(has_rules),
        _ => false,
    }
}

/// Runs the `x-kubernetes-validations` rules of `s` on `v` and recurses into its fields and items, as
/// kube-apiserver's CEL validator does. `old` is the correlated old value (map keys, list-map keys);
/// `parent_unchanged` carries ratcheting into values that cannot be correlated (atomic list items).
fn check_rules(
    v: &Value,
    old: Option<&Value>,
    s: Schema<'_>,
    path: &str,
    resource_root: bool,
    parent_unchanged: bool,
    out: &mut Validation,
) {
    if v.is_null() {
        return; // Rules only see non-null values.
    }
    let unchanged = old.map_or(parent_unchanged, |o| o == v);
    if let Some(Value::Array(rules)) = s.keyword("x-kubernetes-validations") {
        let embedded = s.keyword("x-kubernetes-embedded-resource").and_then(Value::as_bool) == Some(true);
        let root = resource_root || embedded;
        let (this, before) = if root { (resource_view(v), old.map(resource_view)) } else { (v.clone(), old.cloned()) };
        for rule in rules {
            check_rule(rule, &this, before.as_ref(), s, path, unchanged, out);
        }
    }
    let child_path = |seg: &str| if path.is_empty() { seg.to_string() } else { format!("{path}.{seg}") };
    match v {
        Value::Object(map) => {
            let correlated = !s.is_atomic_map();
            for (k, child) in map {
                if let Some(cs) = s.field(k) {
                    let o = old.filter(|_| correlated).and_then(|o| o.get(k));
                    check_rules(child, o, cs, &child_path(k), false, unchanged, out);
                }
            }
        }
        Value::Array(items) => {
            let Some(is) = s.items() else { return };
            let keys = match s.list_type() {
                k8s_schema::ListType::Map(keys) => Some(keys),
                _ => None,
            };
            for (i, item) in items.iter().enumerate() {
                // Only list-map items have an old counterpart: the old item with the same key values.
                let o = keys.as_ref().and_then(|keys| {
                    old.and_then(Value::as_array)?.iter().find(|o| keys.iter().all(|k| o.get(k) == item.get(k)))
                });
                check_rules(item, o, is, &format!("{path}[{i}]"), false, unchanged, out);
            }
        }
        _ => {}
    }
}

/// `self` at a resource root: apiVersion, kind, and of metadata only name and generateName.
fn resource_view(v: &Value) -> Value {
    let mut view = v.clone();
    if let Some(Value::Object(meta)) = view.get_mut("metadata") {
        meta.retain(|k, _| k == "name" || k == "generateName");
    }
    view
}

fn check_rule(
    rule: &Value,
    this: &Value,
    old: Option<&Value>,
    s: Schema<'_>,
    path: &str,
    unchanged: bool,
    out: &mut Validation,
) {
    let text = rule.get("rule").and_then(Value::as_str).unwrap_or_default().trim();
    if text.is_empty() {
        return;
    }
    let program = cel::compile_cached(text, rule_env());
    let program = match program.as_ref() {
        Ok(p) => p,
        Err(e) => {
            out.warnings.push(format!("x-kubernetes-validations rule not supported by flux-rs: {text} ({e})"));
            return;
        }
    };
    let optional_old = rule.get("optionalOldSelf").and_then(Value::as_bool) == Some(true);
    let transition = program.references("oldSelf");
    if transition && old.is_none() && !optional_old {
        return; // A transition rule needs an old value.
    }
    let message = rule.get("message").and_then(Value::as_str).map(str::trim).filter(|m| !m.is_empty());
    // kube-apiserver names a rule by its message when it has one.
    let name = message.unwrap_or(text);
    let kind = Value::String(s.types().first().copied().unwrap_or_default().into());
    let node = if path.is_empty() { "<nil>" } else { path };
    let result = cel::eval_bool(program, &rule_vars(this, old, optional_old));
    match result {
        Ok(true) => {}
        Ok(false) => {
            let field = match rule.get("fieldPath").and_then(Value::as_str) {
                Some(fp) if !fp.is_empty() => rule_field_path(path, fp, s),
                _ => node.to_string(),
            };
            let detail = rule
                .get("messageExpression")
                .and_then(Value::as_str)
                .and_then(|expr| message_expression(expr, this, old, out))
                .unwrap_or_else(|| message.map_or_else(|| format!("failed rule: {text}"), str::to_string));
            let cause = match rule.get("reason").and_then(Value::as_str) {
                Some("FieldValueForbidden") => Cause::forbidden(&field, &detail),
                Some("FieldValueRequired") => Cause {
                    reason: "FieldValueRequired".into(),
                    field,
                    message: format!("Required value: {detail}"),
                },
                Some("FieldValueDuplicate") => Cause {
                    reason: "FieldValueDuplicate".into(),
                    message: format!("Duplicate value: {}", crate::status::go_value(&kind)),
                    field,
                },
                _ => Cause::invalid(&field, &kind, &detail),
            };
            // Ratcheting: a value the update leaves as it was keeps passing, with a warning.
            if unchanged && !transition {
                out.warnings.push(cause.render());
            } else {
                out.causes.push(cause);
            }
        }
        Err(e) if e.starts_with("no such overload") => out.causes.push(Cause::invalid(
            node,
            &kind,
            &format!("'{e}': call arguments did not match a supported operator, function or macro signature for rule: {name}"),
        )),
        Err(e) => out.causes.push(Cause::invalid(node, &kind, &format!("{e} evaluating rule: {name}"))),
    }
}

/// The CEL environment of `x-kubernetes-validations` rules: `self` and `oldSelf`.
fn rule_env() -> &'static cel::Env {
    static ENV: std::sync::OnceLock<cel::Env> = std::sync::OnceLock::new();
    ENV.get_or_init(cel::Env::kubernetes_rule)
}

/// `self`, and `oldSelf` when there is an old value; under `optionalOldSelf: true`, `oldSelf` is an
/// optional, empty on create.
fn rule_vars(this: &Value, old: Option<&Value>, optional_old: bool) -> cel::Vars {
    let vars = cel::Vars::new().with("self", this);
    match (old, optional_old) {
        (_, true) => vars.with_optional("oldSelf", old),
        (Some(o), false) => vars.with("oldSelf", o),
        (None, false) => vars,
    }
}

/// A `messageExpression`'s text, or `None` to fall back to `message` (as kube-apiserver does when the
/// expression fails or yields an empty or multi-line string).
fn message_expression(expr: &str, this: &Value, old: Option<&Value>, out: &mut Validation) -> Option<String> {
    let program = cel::compile_cached(expr, rule_env());
    let program = match program.as_ref() {
        Ok(p) => p,
        Err(e) => {
            out.warnings
                .push(format!("x-kubernetes-validations messageExpression not supported by flux-rs: {expr} ({e})"));
            return None;
        }
    };
    let text = cel::eval_string(program, &rule_vars(this, old, false)).ok()?;
    let text = text.trim();
    (!text.is_empty() && !text.contains('\n')).then(|| text.to_string())
}

/// Joins a rule's `fieldPath` (`.spec.replicas`, `.labels['app.kubernetes.io/name']`) to the node's path,
/// rendering declared fields as `.name` and map keys as `[key]`, as `field.Path` does.
fn rule_field_path(path: &str, field_path: &str, s: Schema<'_>) -> String {
    let mut out = path.to_string();
    let mut schema = Some(s);
    let mut rest = field_path;
    while !rest.is_empty() {
        let name = if let Some(r) = rest.strip_prefix("['") {
            let end = r.find("']").unwrap_or(r.len());
            rest = r.get(end + 2..).unwrap_or_default();
            r[..end].replace("\\'", "'")
        } else {
            let r = rest.strip_prefix('.').unwrap_or(rest);
            let end = r.find(['.', '[']).unwrap_or(r.len());
            rest = &r[end..];
            r[..end].to_string()
        };
        let is_map = schema.is_some_and(|s| s.is_map());
        if is_map {
            out.push_str(&format!("[{name}]"));
        } else if out.is_empty() {
            out = name.clone();
        } else {
            out.push_str(&format!(".{name}"));
        }
        schema = schema.and_then(|s| s.field(&name));
    }
    if out.is_empty() {
        "<nil>".into()
    } else {
        out
    }
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
                if let Some(re) = pattern(p) {
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

/// A schema's `pattern`, compiled once per process: CRDs repeat a few patterns (condition reasons and types)
/// on every status write. `None` for a pattern the regex engine does not accept, which is not enforced.
fn pattern(p: &str) -> Option<regex::Regex> {
    static COMPILED: std::sync::OnceLock<parking_lot::Mutex<std::collections::HashMap<String, Option<regex::Regex>>>> =
        std::sync::OnceLock::new();
    let mut compiled = COMPILED.get_or_init(Default::default).lock();
    compiled.entry(p.to_string()).or_insert_with(|| regex::Regex::new(p).ok()).clone()
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
        assert!(validate(&obj, None, s).causes.is_empty());

        let bad = json!({"spec": {"size": "big", "mode": "c", "name": "A1", "tags": ["a", "b", "c"]}});
        let msgs: Vec<String> = validate(&bad, None, s).causes.iter().map(Cause::render).collect();
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
        let missing: Vec<String> = validate(&json!({"spec": {}}), None, s).causes.iter().map(Cause::render).collect();
        assert_eq!(missing, vec!["spec.size: Required value"]);
        let big: Vec<String> =
            validate(&json!({"spec": {"size": 11}}), None, s).causes.iter().map(Cause::render).collect();
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

    fn rules_schema() -> Value {
        json!({"type": "object",
            "x-kubernetes-validations": [{"rule": "self.metadata.name.startsWith('g')", "message": "name must start with g"}],
            "properties": {"spec": {"type": "object",
                "x-kubernetes-validations": [
                    {"rule": "self.min <= self.max", "message": "min must not exceed max", "fieldPath": ".min"},
                    {"rule": "!has(self.secret) || has(self.owner)", "reason": "FieldValueRequired",
                     "fieldPath": ".owner", "message": "owner is required with secret"},
                    {"rule": "quantity(self.q).isZero()"}],
                "properties": {
                    "min": {"type": "integer"}, "max": {"type": "integer"}, "secret": {"type": "string"},
                    "owner": {"type": "string"}, "q": {"type": "string"},
                    "id": {"type": "string", "x-kubernetes-validations": [{"rule": "self == oldSelf", "message": "id is immutable"}]},
                    "tags": {"type": "array", "items": {"type": "string"},
                        "x-kubernetes-validations": [{"rule": "self.all(t, t.size() <= 3)"}]},
                    "labels": {"type": "object", "additionalProperties": {"type": "string"}},
                    "size": {"type": "integer", "enum": [1, 2]}}}}})
    }

    #[test]
    fn validation_rules() {
        let sch = rules_schema();
        let s = Schema::inline(&sch);
        let render = |v: &Validation| v.causes.iter().map(Cause::render).collect::<Vec<_>>();
        let ok = json!({"metadata": {"name": "g1", "namespace": "x"}, "spec": {"min": 1, "max": 2, "id": "a", "tags": ["ab"]}});
        let report = validate(&ok, None, s);
        assert!(report.causes.is_empty(), "{:?}", report.causes);
        assert_eq!(
            report.warnings,
            vec![
                "x-kubernetes-validations rule not supported by flux-rs: quantity(self.q).isZero() \
                  (unsupported function quantity() with 1 argument(s))"
            ]
        );

        let bad = json!({"metadata": {"name": "b"}, "spec": {"min": 3, "max": 2, "secret": "s", "id": "b", "tags": ["abcd"]}});
        assert_eq!(
            render(&validate(&bad, Some(&ok), s)),
            vec![
                "<nil>: Invalid value: \"object\": name must start with g",
                "spec.min: Invalid value: \"object\": min must not exceed max",
                "spec.owner: Required value: owner is required with secret",
                "spec.id: Invalid value: \"string\": id is immutable",
                "spec.tags: Invalid value: \"array\": failed rule: self.all(t, t.size() <= 3)",
            ]
        );
        // The transition rule does not run on create; a missing field is an evaluation error.
        let created = json!({"metadata": {"name": "g"}, "spec": {"max": 2, "id": "b"}});
        assert_eq!(
            render(&validate(&created, None, s)),
            vec!["spec: Invalid value: \"object\": no such key: min evaluating rule: min must not exceed max"]
        );
        // Ratcheting: an unchanged invalid value passes with a warning on update.
        let old = json!({"metadata": {"name": "g"}, "spec": {"min": 1, "max": 2, "tags": ["abcd"]}});
        let report = validate(&old, Some(&old), s);
        assert!(report.causes.is_empty(), "{:?}", report.causes);
        assert!(report
            .warnings
            .contains(&"spec.tags: Invalid value: \"array\": failed rule: self.all(t, t.size() <= 3)".to_string()));
        // Schema errors that make the object ill-typed stop rule evaluation.
        let ill = json!({"metadata": {"name": "b"}, "spec": {"min": 1, "max": 2, "size": 3}});
        assert_eq!(
            render(&validate(&ill, None, s)),
            vec![
                "spec.size: Unsupported value: 3: supported values: 1, 2",
                "<nil>: Invalid value: \"null\": some validation rules were not checked because the object was invalid; \
                 correct the existing errors to complete validation",
            ]
        );
        assert_eq!(rule_field_path("spec", ".labels['a.b/c']", s.field("spec").unwrap()), "spec.labels[a.b/c]");
        assert_eq!(rule_field_path("", ".spec.min", s), "spec.min");
    }
}
