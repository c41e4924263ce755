//! Name-suffix hashes: `-` and ten characters derived from a generated ConfigMap's or Secret's
//! content, added to its name at the top of the build, after every transformer.
//!
//! kustomize's hasher encodes the resource as a small JSON object — for a ConfigMap `kind`,
//! `name`, `data` and `binaryData` (the latter only when it is a mapping), for a Secret `kind`,
//! `name`, `type`, `data` and `stringData` (only when a mapping) — with Go's `encoding/json`
//! (keys sorted, `<`, `>`, `&` escaped), takes the SHA-256 of it in hex and keeps the first ten
//! characters with `0`, `1`, `3`, `a`, `e` replaced by `g`, `h`, `k`, `m`, `t` (so that the
//! suffix is never all digits nor reads as a word). A field that is absent is `""`; a scalar is its
//! text. The `name` is always `""`: kustomize looks the name up with the one-segment path
//! `metadata/name`, which finds nothing — so a ConfigMap's hash does not depend on its name.

use std::collections::BTreeMap;
use std::fmt::Write;

use serde_json::Value;
use sha2::{Digest, Sha256};
use yaml::go::{self, Encoder, Numbers};
use yaml::node::Node;

use crate::node;
use crate::resmap::ResMap;
use crate::resource::{Resource, NEEDS_HASH_ANNOTATION};

/// kustomize's `HashTransformer`: every resource marked as needing a hash gets it appended to its
/// name, its previous id remembered for name references.
///
/// # Errors
/// A resource of another kind than ConfigMap or Secret marked for a hash (kustomize hashes the
/// Go structure of its YAML node, positions and comments included, which this engine cannot
/// reproduce), or content JSON cannot carry.
pub(crate) fn add_hashes(resources: &mut ResMap) -> Result<(), String> {
    for resource in resources.resources_mut() {
        if !needs_hash(resource) {
            continue;
        }
        let hash = hash(&resource.node).map_err(|e| format!("name-suffix hash of {}: {e}", resource.id()))?;
        let name = format!("{}-{hash}", resource.name());
        resource.store_previous_id();
        if let Some(metadata) = node::get_mut(&mut resource.node, "metadata") {
            node::set(metadata, "name", node::string(&name));
        }
    }
    Ok(())
}

/// Whether the resource gets a hash: made by a generator without `disableNameSuffixHash`, or
/// carrying kustomize's own mark as an annotation (which kustomize honours on any resource).
fn needs_hash(resource: &Resource) -> bool {
    resource.needs_hash || resource.annotation(NEEDS_HASH_ANNOTATION) == Some("enabled")
}

/// The ten-character hash of a ConfigMap or Secret.
pub(crate) fn hash(resource: &Node) -> Result<String, String> {
    let kind = node::str_at(resource, &["kind"]);
    let mut encoded = BTreeMap::new();
    encoded.insert("kind", Value::String(kind.to_string()));
    encoded.insert("name", Value::String(String::new()));
    match kind {
        "ConfigMap" => {
            encoded.insert("data", field(resource, "data")?);
            if let Some(binary) = mapping(resource, "binaryData")? {
                encoded.insert("binaryData", binary);
            }
        }
        "Secret" => {
            encoded.insert("type", field(resource, "type")?);
            encoded.insert("data", field(resource, "data")?);
            if let Some(string_data) = mapping(resource, "stringData")? {
                encoded.insert("stringData", string_data);
            }
        }
        other => return Err(format!("kind {other:?} cannot be hashed by this engine (only ConfigMap and Secret)")),
    }
    let encoded = Value::Object(encoded.into_iter().map(|(k, v)| (k.to_string(), v)).collect());
    let mut json = String::new();
    go::write_json(&encoded, &mut json, Numbers::Float64, Encoder::EncodingJson);
    Ok(encode(&Sha256::digest(json.as_bytes())))
}

/// A top-level field as the hasher sees it: `""` when absent, a scalar's text, a collection as
/// JSON.
fn field(resource: &Node, name: &str) -> Result<Value, String> {
    match node::get(resource, name) {
        None => Ok(Value::String(String::new())),
        Some(Node::Scalar(s)) => Ok(Value::String(s.value.clone())),
        Some(collection) => as_object(collection),
    }
}

/// A field that is only part of the encoding when it is a collection.
fn mapping(resource: &Node, name: &str) -> Result<Option<Value>, String> {
    match node::get(resource, name) {
        Some(collection @ (Node::Map(_) | Node::Seq(_))) => as_object(collection).map(Some),
        _ => Ok(None),
    }
}

/// A collection decoded into a Go `map[string]interface{}`: a mapping as its JSON, anything else
/// (which Go fails to decode, silently) as `null`.
fn as_object(collection: &Node) -> Result<Value, String> {
    match collection.to_json().map_err(|e| e.to_string())? {
        object @ Value::Object(_) => Ok(object),
        _ => Ok(Value::Null),
    }
}

/// The first ten hex digits of the digest, with kustomize's substitutions.
fn encode(digest: &[u8]) -> String {
    let mut hex = String::with_capacity(10);
    for byte in &digest[..5] {
        let _ = write!(hex, "{byte:02x}");
    }
    hex.chars()
        .map(|c| match c {
            '0' => 'g',
            '1' => 'h',
            '3' => 'k',
            'a' => 'm',
            'e' => 't',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Node {
        yaml::node::parse_documents(text).unwrap().remove(0)
    }

    // The expected hashes are kustomize's (kubectl 1.33) for the same objects.
    #[test]
    fn config_maps_and_secrets_hash_as_in_kustomize() {
        let cm = parse(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n\
             data:\n  a: \"1\"\n  b: quoted\n  c: single\n  d: x=y\n  e e: sp\n  f: \"\"\n",
        );
        assert_eq!(hash(&cm).unwrap(), "6b9c8974c7");
        let renamed = parse(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: other\n\
             data:\n  a: \"1\"\n  b: quoted\n  c: single\n  d: x=y\n  e e: sp\n  f: \"\"\n",
        );
        assert_eq!(hash(&renamed).unwrap(), "6b9c8974c7", "the name is not part of the hash");
        let empty = parse("apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ntype: Opaque\ndata: {}\n");
        assert_eq!(hash(&empty).unwrap(), "46f8b28mk5");
        let no_data = parse("apiVersion: v1\nkind: Secret\nmetadata:\n  name: s\ntype: Opaque\n");
        assert_eq!(hash(&no_data).unwrap(), "8226t8dd99");
        assert!(hash(&parse("kind: Deployment\nmetadata:\n  name: d\n")).is_err());
    }

    #[test]
    fn control_characters_hash_as_in_kustomize() {
        // `configMapGenerator` literal `k=a\bb\fc\u0001d<&>`: kubectl 1.33 names it cm-97dg4b7f2c,
        // which takes `\b` and `\f` (Go 1.22's encoding/json), not `\u0008` and `\u000c`.
        let literal =
            parse("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  k: \"a\\bb\\fc\\x01d<&>\"\n");
        assert_eq!(hash(&literal).unwrap(), "97dg4b7f2c");
    }
}
