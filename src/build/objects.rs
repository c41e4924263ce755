//! The built resources as Kubernetes objects (JSON), and what happens to them after the build:
//! upstream's `ReadObjects` filter, owner labels, `spec.commonMetadata`, and the masking of SOPS
//! data that `flux build` prints instead of secrets.

use std::collections::BTreeMap;

use base64::Engine;
use serde_json::Value;
use yaml::node::Node;

use crate::apply::{self, Owner, Selector};

/// What `flux build` prints in place of SOPS-encrypted values.
pub const MASK: &str = "**SOPS**";

const DOCKER_CONFIG_JSON: &str = "kubernetes.io/dockerconfigjson";

/// Upstream's `ReadObjects` over the build output: each resource as JSON; an object with an
/// `items` list (a `List`) gives its items instead; objects without `apiVersion`, `kind` and name,
/// and kustomize's own `Kustomization` objects, are dropped.
///
/// # Errors
/// A resource JSON cannot carry (duplicate keys, `.inf`), in go-yaml's words.
pub fn to_objects(resources: &[Node]) -> Result<Vec<Value>, String> {
    let mut out = Vec::new();
    for resource in resources {
        let value = resource.to_json().map_err(|e| e.to_string())?;
        if let Some(Value::Array(items)) = value.get("items") {
            out.extend(items.iter().filter(|i| i.is_object()).cloned());
            continue;
        }
        let field =
            |path: &[&str]| path.iter().try_fold(&value, |v, k| v.get(*k)).and_then(Value::as_str).unwrap_or("");
        let (api_version, kind) = (field(&["apiVersion"]), field(&["kind"]));
        if api_version.is_empty() || kind.is_empty() || field(&["metadata", "name"]).is_empty() {
            continue;
        }
        if kind.eq_ignore_ascii_case("kustomization") && api_version.starts_with("kustomize.config.k8s.io/") {
            continue;
        }
        out.push(value);
    }
    Ok(out)
}

/// `spec.commonMetadata`: labels and annotations set on every object, overriding existing keys
/// (ssa `SetCommonMetadata`), with the function the applier uses for it: the controller applies it
/// at apply time, `flux build` before printing.
pub fn set_common_metadata(
    objects: &mut [Value],
    labels: Option<&BTreeMap<String, String>>,
    annotations: Option<&BTreeMap<String, String>>,
) {
    let none = Selector::new();
    for object in objects {
        apply::set_metadata(object, labels.unwrap_or(&none), annotations.unwrap_or(&none));
    }
}

/// The owner labels (`kustomize.toolkit.fluxcd.io/name` and `/namespace`) on every object, as the
/// applier sets them.
pub fn set_owner_labels(objects: &mut [Value], name: &str, namespace: &str) {
    let owner = Owner { name: name.into(), namespace: namespace.into(), group: api::kustomize::GROUP.into() };
    let labels = owner.labels();
    for object in objects {
        apply::set_metadata(object, &labels, &Selector::new());
    }
}

/// `flux build`'s masking of a Secret (upstream `maskSopsData`): a Secret that is a SOPS document
/// loses its `sops` metadata and every value is replaced by the mask (`{"mask":"**SOPS**"}` for a
/// docker config); in another Secret, any value that holds SOPS-encrypted text is masked. Values go
/// out base64-encoded in `data`; `stringData` values masked in a SOPS document are plain, other
/// masked `stringData` values are base64, as upstream writes them. Other kinds pass unchanged.
///
/// # Errors
/// A `data` value that is not base64 (`failed to mask secret <name> sops data: illegal base64 data
/// at input byte N`).
pub fn mask_sops_data(object: &mut Value) -> Result<(), String> {
    if object.get("kind").and_then(Value::as_str) != Some("Secret") {
        return Ok(());
    }
    let name = object.pointer("/metadata/name").and_then(Value::as_str).unwrap_or_default().to_string();
    let fail = |e: String| format!("failed to mask secret {name} sops data: {e}");
    let text = yaml::to_string(object);
    let Some(map) = object.as_object_mut() else { return Ok(()) };
    let mut data = string_map(map.get("data"));
    let mut string_data = string_map(map.get("stringData"));
    let b64 = base64::engine::general_purpose::STANDARD;
    let encoded_mask = b64.encode(MASK);

    if text.contains("sops:") && text.contains("mac: ENC[") {
        map.remove("sops");
        let secret_type = map.get("type").and_then(Value::as_str).unwrap_or("Opaque");
        if secret_type == DOCKER_CONFIG_JSON {
            let json_mask = format!("{{\"mask\":\"{MASK}\"}}");
            data.values_mut().for_each(|v| *v = b64.encode(&json_mask));
            string_data.values_mut().for_each(|v| v.clone_from(&json_mask));
        } else {
            data.values_mut().for_each(|v| v.clone_from(&encoded_mask));
            string_data.values_mut().for_each(|v| *v = MASK.to_string());
        }
    } else {
        for value in data.values_mut() {
            let decoded = decode_go_base64(value).map_err(fail)?;
            if contains(&decoded, b"sops") && contains(&decoded, b"ENC[") {
                value.clone_from(&encoded_mask);
            }
        }
        for value in string_data.values_mut() {
            if value.contains("sops") && value.contains("ENC[") {
                value.clone_from(&encoded_mask);
            }
        }
    }

    // kyaml's SetDataMap: `data` is rewritten from the map, and dropped when it is empty.
    map.remove("data");
    if !data.is_empty() {
        map.insert("data".into(), strings_to_json(data));
    }
    if !string_data.is_empty() {
        map.insert("stringData".into(), strings_to_json(string_data));
    }
    Ok(())
}

/// The scalar values of a mapping as text (kyaml's `GetDataMap`).
fn string_map(value: Option<&Value>) -> BTreeMap<String, String> {
    let Some(Value::Object(map)) = value else { return BTreeMap::new() };
    map.iter()
        .map(|(k, v)| {
            let text = match v {
                Value::String(s) => s.clone(),
                Value::Null => String::new(),
                other => other.to_string(),
            };
            (k.clone(), text)
        })
        .collect()
}

fn strings_to_json(map: BTreeMap<String, String>) -> Value {
    Value::Object(map.into_iter().map(|(k, v)| (k, Value::String(v))).collect())
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Go's `base64.StdEncoding.DecodeString`: padding required, `\r` and `\n` ignored; the error
/// names the offset of the first bad byte.
fn decode_go_base64(text: &str) -> Result<Vec<u8>, String> {
    let cleaned: Vec<u8> = text.bytes().filter(|b| *b != b'\r' && *b != b'\n').collect();
    base64::engine::general_purpose::STANDARD.decode(&cleaned).map_err(|e| {
        let offset = match e {
            base64::DecodeError::InvalidByte(offset, _) | base64::DecodeError::InvalidLastSymbol(offset, _) => offset,
            base64::DecodeError::InvalidLength(len) => len - len % 4,
            base64::DecodeError::InvalidPadding => cleaned.len().saturating_sub(1),
        };
        format!("illegal base64 data at input byte {offset}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_objects_like_upstream() {
        let docs = yaml::node::parse_documents(
            "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\nkind: ConfigMap\nmetadata: {name: b}\n---\n\
             apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nmetadata: {name: k}\n---\n\
             apiVersion: v1\nkind: Thing\nmetadata: {name: c}\nitems: [{kind: X}, 3]\n",
        )
        .unwrap();
        let objects = to_objects(&docs).unwrap();
        assert_eq!(
            objects,
            vec![json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "a"}}), json!({"kind": "X"})]
        );
    }

    #[test]
    fn common_metadata_and_owner_labels_override() {
        let mut objects = vec![
            json!({"kind": "A", "metadata": {"name": "a", "labels": {"app": "old", "keep": "x"}}}),
            json!({"kind": "B", "metadata": {"name": "b"}}),
        ];
        let labels = BTreeMap::from([("app".to_string(), "new".to_string())]);
        set_common_metadata(&mut objects, Some(&labels), None);
        set_owner_labels(&mut objects, "apps", "flux-system");
        assert_eq!(
            objects[0]["metadata"]["labels"],
            json!({
                "app": "new", "keep": "x",
                "kustomize.toolkit.fluxcd.io/name": "apps", "kustomize.toolkit.fluxcd.io/namespace": "flux-system",
            })
        );
        assert_eq!(objects[1]["metadata"]["labels"]["app"], "new");
        assert!(objects[1]["metadata"].get("annotations").is_none(), "no empty annotations");
    }

    #[test]
    fn sops_documents_are_masked_whole() {
        let mut secret = json!({
            "apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s"},
            "data": {"token": "RU5DW0FFUzI1Nl9HQ00=", "other": "eA=="},
            "stringData": {"user": "ENC[AES256_GCM,data:x]"},
            "sops": {"mac": "ENC[AES256_GCM,data:abc]", "version": "3.7.1"},
        });
        mask_sops_data(&mut secret).unwrap();
        assert_eq!(
            secret,
            json!({
                "apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s"},
                "data": {"token": "KipTT1BTKio=", "other": "KipTT1BTKio="},
                "stringData": {"user": "**SOPS**"},
            })
        );
        let mut docker = json!({
            "apiVersion": "v1", "kind": "Secret", "metadata": {"name": "d"}, "type": DOCKER_CONFIG_JSON,
            "data": {".dockerconfigjson": "ENC[AES256_GCM,data:x]"}, "sops": {"mac": "ENC[AES256_GCM,data:y]"},
        });
        mask_sops_data(&mut docker).unwrap();
        assert_eq!(docker["data"][".dockerconfigjson"], "eyJtYXNrIjoiKipTT1BTKioifQ==");
        assert!(docker.get("sops").is_none());
    }

    #[test]
    fn encrypted_values_in_plain_secrets_are_masked() {
        let encrypted =
            base64::engine::general_purpose::STANDARD.encode("{\"data\": \"ENC[AES256_GCM]\", \"sops\": {}}");
        let mut secret = json!({
            "apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s"},
            "data": {"file": encrypted, "plain": "aGVsbG8="},
            "stringData": {"inline": "sops ENC[x]", "clear": "hello"},
        });
        mask_sops_data(&mut secret).unwrap();
        assert_eq!(secret["data"], json!({"file": "KipTT1BTKio=", "plain": "aGVsbG8="}));
        assert_eq!(secret["stringData"], json!({"inline": "KipTT1BTKio=", "clear": "hello"}));
        let mut empty = json!({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "e"}, "data": {}});
        mask_sops_data(&mut empty).unwrap();
        assert!(empty.get("data").is_none(), "kyaml drops an empty data map");
        let mut bad = json!({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "b"}, "data": {"x": "a!=="}});
        assert_eq!(
            mask_sops_data(&mut bad).unwrap_err(),
            "failed to mask secret b sops data: illegal base64 data at input byte 1"
        );
        let mut config = json!({"kind": "ConfigMap", "data": {"x": "not base64 at all"}});
        mask_sops_data(&mut config).unwrap();
        assert_eq!(config["data"]["x"], "not base64 at all");
    }
}
