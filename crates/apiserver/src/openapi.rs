//! OpenAPI v3 documents: an index with content hashes and one document per group-version.
//!
//! kubectl refuses `apply` and `create -f` without them (it checks each kind's PATCH operation for a
//! `fieldValidation` parameter) and `explain` reads `components.schemas`. Built-in documents come from the
//! vendored definitions; CRD documents from each version's `openAPIV3Schema`.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::{Arc, OnceLock};

use bytes::Bytes;
use k8s_schema::Definitions;
use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};

use crate::registry::{Registry, ResourceInfo, SchemaSource};

/// One rendered document.
#[derive(Debug, Clone)]
pub struct Document {
    pub hash: String,
    pub body: Bytes,
}

/// Documents for one registry snapshot, keyed by `api/v1`, `apis/apps/v1`, ….
#[derive(Debug, Default)]
pub struct OpenApi {
    docs: BTreeMap<String, Document>,
}

impl OpenApi {
    pub fn build(reg: &Registry) -> OpenApi {
        let builtin = builtin_documents();
        let mut docs = BTreeMap::new();
        for (group, versions) in reg.groups() {
            for version in versions {
                let path = gv_path(group, version);
                if let Some(doc) = builtin.get(&path) {
                    docs.insert(path, doc.clone());
                } else {
                    let resources = reg.resources_of(group, version);
                    docs.insert(path, render(&document(&resources)));
                }
            }
        }
        OpenApi { docs }
    }

    /// `GET /openapi/v3`.
    pub fn index(&self) -> Value {
        let paths: Map<String, Value> = self
            .docs
            .iter()
            .map(|(p, d)| (p.clone(), json!({"serverRelativeURL": format!("/openapi/v3/{p}?hash={}", d.hash)})))
            .collect();
        json!({"paths": paths})
    }

    pub fn get(&self, path: &str) -> Option<&Document> {
        self.docs.get(path)
    }
}

fn gv_path(group: &str, version: &str) -> String {
    if group.is_empty() {
        format!("api/{version}")
    } else {
        format!("apis/{group}/{version}")
    }
}

fn render(doc: &Value) -> Document {
    let body = serde_json::to_vec(doc).unwrap_or_default();
    let digest = Sha256::digest(&body);
    let hash: String = digest.iter().map(|b| format!("{b:02X}")).collect();
    Document { hash, body: Bytes::from(body) }
}

/// Built-in group-version documents never change: rendered once per process.
fn builtin_documents() -> &'static HashMap<String, Document> {
    static DOCS: OnceLock<HashMap<String, Document>> = OnceLock::new();
    DOCS.get_or_init(|| {
        let reg = Registry::build(&[]);
        let mut out = HashMap::new();
        for (group, versions) in reg.groups() {
            for version in versions {
                out.insert(gv_path(group, version), render(&document(&reg.resources_of(group, version))));
            }
        }
        out
    })
}

fn gvk_ext(r: &ResourceInfo) -> Value {
    json!({"group": r.group, "version": r.version, "kind": r.kind})
}

/// The operations kubectl looks at: GET and PATCH (with `fieldValidation`) on the collection and item paths.
fn paths_for(r: &ResourceInfo) -> Vec<(String, Value)> {
    let base = format!("/{}", gv_path(&r.group, &r.version));
    let collection = if r.namespaced {
        format!("{base}/namespaces/{{namespace}}/{}", r.plural)
    } else {
        format!("{base}/{}", r.plural)
    };
    let schema_ref = json!({"$ref": format!("#/components/schemas/{}", schema_name(r))});
    let ok = json!({"200": {"description": "OK", "content": {"application/json": {"schema": schema_ref}}}});
    let field_validation = json!({"name": "fieldValidation", "in": "query", "schema": {"type": "string", "uniqueItems": true},
        "description": "fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore - Warn - Strict"});
    let field_manager =
        json!({"name": "fieldManager", "in": "query", "schema": {"type": "string", "uniqueItems": true}});
    let dry_run = json!({"name": "dryRun", "in": "query", "schema": {"type": "string", "uniqueItems": true}});
    let patch_body = json!({"content": {
        "application/apply-patch+yaml": {"schema": {"type": "object"}},
        "application/json-patch+json": {"schema": {"type": "object"}},
        "application/merge-patch+json": {"schema": {"type": "object"}},
    }, "required": true});
    let item = json!({
        "get": {"operationId": format!("read{}", r.kind), "responses": ok, "x-kubernetes-action": "get", "x-kubernetes-group-version-kind": gvk_ext(r)},
        "put": {"operationId": format!("replace{}", r.kind), "responses": ok, "parameters": [dry_run, field_manager, field_validation],
                "x-kubernetes-action": "put", "x-kubernetes-group-version-kind": gvk_ext(r)},
        "patch": {"operationId": format!("patch{}", r.kind), "responses": ok, "requestBody": patch_body,
                  "parameters": [dry_run, field_manager, field_validation, {"name": "force", "in": "query", "schema": {"type": "boolean", "uniqueItems": true}}],
                  "x-kubernetes-action": "patch", "x-kubernetes-group-version-kind": gvk_ext(r)},
        "parameters": [{"name": "name", "in": "path", "required": true, "schema": {"type": "string", "uniqueItems": true}}],
    });
    let coll = json!({
        "post": {"operationId": format!("create{}", r.kind), "responses": ok, "parameters": [dry_run, field_manager, field_validation],
                 "x-kubernetes-action": "post", "x-kubernetes-group-version-kind": gvk_ext(r)},
    });
    vec![(collection.clone(), coll), (format!("{collection}/{{name}}"), item)]
}

/// Component name of a kind: the definition name for built-ins, reversed group for custom resources
/// (`com.example.v1.Widget`), as kube-apiserver names them.
fn schema_name(r: &ResourceInfo) -> String {
    match &r.schema {
        SchemaSource::Builtin => Definitions::k8s_1_33().name_for(&r.gvk()).unwrap_or(&r.kind).to_string(),
        SchemaSource::Crd(_) => {
            let reversed: Vec<&str> = r.group.split('.').rev().collect();
            format!("{}.{}.{}", reversed.join("."), r.version, r.kind)
        }
    }
}

const OBJECT_META: &str = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";

fn document(resources: &[Arc<ResourceInfo>]) -> Value {
    let defs = Definitions::k8s_1_33();
    let mut paths = Map::new();
    let mut schemas = Map::new();
    let mut wanted: BTreeSet<String> = BTreeSet::new();
    for r in resources {
        for (p, ops) in paths_for(r) {
            paths.insert(p, ops);
        }
        match &r.schema {
            SchemaSource::Builtin => {
                if let Some(name) = defs.name_for(&r.gvk()) {
                    wanted.insert(name.to_string());
                }
            }
            SchemaSource::Crd(schema) => {
                let mut s = convert(schema);
                if let Some(props) = s.get_mut("properties").and_then(Value::as_object_mut) {
                    props.insert("apiVersion".into(), json!({"type": "string", "description": "APIVersion defines the versioned schema of this representation of an object."}));
                    props.insert("kind".into(), json!({"type": "string", "description": "Kind is a string value representing the REST resource this object represents."}));
                    props.insert("metadata".into(), json!({"allOf": [{"$ref": format!("#/components/schemas/{OBJECT_META}")}], "description": "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"}));
                }
                s["x-kubernetes-group-version-kind"] = json!([gvk_ext(r)]);
                schemas.insert(schema_name(r), s);
                wanted.insert(OBJECT_META.to_string());
            }
        }
    }
    // Add the closure of referenced definitions.
    let mut queue: Vec<String> = wanted.into_iter().collect();
    while let Some(name) = queue.pop() {
        if schemas.contains_key(&name) {
            continue;
        }
        let Some(def) = defs.get(&name) else { continue };
        let converted = convert(def);
        collect_refs(&converted, &mut queue);
        schemas.insert(name, converted);
    }
    json!({
        "openapi": "3.0.0",
        "info": {"title": "Kubernetes", "version": "v1.33.0"},
        "paths": paths,
        "components": {"schemas": schemas},
    })
}

fn collect_refs(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            if let Some(Value::String(r)) = m.get("$ref") {
                if let Some(name) = r.strip_prefix("#/components/schemas/") {
                    out.push(name.to_string());
                }
            }
            m.values().for_each(|x| collect_refs(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| collect_refs(x, out)),
        _ => {}
    }
}

/// Converts the vendored JSON Schema dialect to OpenAPI 3.0 as kube-apiserver publishes it: `$defs` refs
/// become component refs (wrapped in `allOf` when they carry siblings), nullable type arrays collapse,
/// and string-or-integer alternatives become `int-or-string`. It walks schema positions only: the keys of
/// `properties` are field names (JSONSchemaProps has fields called `$ref` and `$schema`), not keywords.
fn convert(v: &Value) -> Value {
    let Value::Object(m) = v else { return v.clone() };
    if let Some(Value::Array(alts)) = m.get("oneOf") {
        let scalar = alts.iter().all(|a| a.get("type").is_some() && a.get("properties").is_none());
        if scalar {
            let mut out = Map::new();
            if let Some(d) = m.get("description") {
                out.insert("description".into(), d.clone());
            }
            if alts.iter().any(|a| type_names(a).contains(&"integer")) {
                out.insert("format".into(), json!("int-or-string"));
                out.insert("x-kubernetes-int-or-string".into(), json!(true));
            }
            out.insert("type".into(), json!("string"));
            return Value::Object(out);
        }
    }
    let is_type_meta = m
        .get("description")
        .and_then(Value::as_str)
        .is_some_and(|d| d.starts_with("APIVersion defines") || d.starts_with("Kind is a string"));
    let mut out = Map::new();
    let mut reference = None;
    for (k, val) in m {
        match k.as_str() {
            "$ref" => {
                let name = val.as_str().unwrap_or_default().rsplit('/').next().unwrap_or_default();
                reference = Some(format!("#/components/schemas/{name}"));
            }
            "type" => {
                if let Some(t) = type_names(v).first() {
                    out.insert("type".into(), json!(t));
                }
            }
            "enum" if is_type_meta => {}
            "properties" | "patternProperties" => {
                let fields: Map<String, Value> = val
                    .as_object()
                    .map(|f| f.iter().map(|(name, s)| (name.clone(), convert(s))).collect())
                    .unwrap_or_default();
                out.insert(k.clone(), Value::Object(fields));
            }
            "items" | "additionalProperties" | "not" if val.is_object() => {
                out.insert(k.clone(), convert(val));
            }
            "allOf" | "anyOf" | "oneOf" => {
                let list: Vec<Value> = val.as_array().map(|a| a.iter().map(convert).collect()).unwrap_or_default();
                out.insert(k.clone(), Value::Array(list));
            }
            _ => {
                out.insert(k.clone(), val.clone());
            }
        }
    }
    if let Some(r) = reference {
        if out.is_empty() {
            out.insert("$ref".into(), json!(r));
        } else {
            out.insert("allOf".into(), json!([{"$ref": r}]));
        }
    }
    Value::Object(out)
}

fn type_names(v: &Value) -> Vec<&str> {
    match v.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).filter(|t| *t != "null").collect(),
        _ => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_names_that_look_like_keywords_stay_fields() {
        let schema = json!({"properties": {"$ref": {"type": ["string", "null"]}, "items": {"$ref": "#/$defs/X"}}});
        let out = convert(&schema);
        assert_eq!(out["properties"]["$ref"], json!({"type": "string"}));
        assert_eq!(out["properties"]["items"], json!({"$ref": "#/components/schemas/X"}));
    }

    #[test]
    fn index_and_deployment_document() {
        let api = OpenApi::build(&Registry::build(&[]));
        let idx = api.index();
        let url = idx["paths"]["apis/apps/v1"]["serverRelativeURL"].as_str().unwrap();
        assert!(url.starts_with("/openapi/v3/apis/apps/v1?hash="));
        let doc: Value = serde_json::from_slice(&api.get("apis/apps/v1").unwrap().body).unwrap();
        let patch = &doc["paths"]["/apis/apps/v1/namespaces/{namespace}/deployments/{name}"]["patch"];
        assert_eq!(patch["x-kubernetes-group-version-kind"]["kind"], "Deployment");
        assert!(patch["parameters"].as_array().unwrap().iter().any(|p| p["name"] == "fieldValidation"));
        let deploy = &doc["components"]["schemas"]["io.k8s.api.apps.v1.Deployment"];
        assert_eq!(deploy["x-kubernetes-group-version-kind"][0]["kind"], "Deployment");
        assert_eq!(deploy["properties"]["metadata"]["allOf"][0]["$ref"], format!("#/components/schemas/{OBJECT_META}"));
        assert!(doc["components"]["schemas"][OBJECT_META].is_object());
        let ios = &doc["components"]["schemas"]["io.k8s.apimachinery.pkg.util.intstr.IntOrString"];
        assert_eq!(ios["format"], "int-or-string");
    }
}
