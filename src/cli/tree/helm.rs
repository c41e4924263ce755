//! The objects a HelmRelease installed, read from Helm's storage Secret as upstream's
//! `getHelmReleaseInventory` does: `sh.helm.release.v1.<name>.v<version>` in the storage namespace, its
//! `release` key base64 (and usually gzip) encoded JSON, whose `manifest` lists the objects.

use std::collections::HashMap;
use std::io::Read;

use api::helm::{CRDsPolicy, HelmRelease};
use base64::Engine;
use k8s_openapi::api::core::v1::Secret;
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::api::{Api, ListParams};
use kube::core::GroupVersionKind;
use kube::discovery::Scope;
use serde_json::Value;

use super::node::ObjMetadata;
use crate::cli::client::Kube;

const GZIP_MAGIC: [u8; 3] = [0x1f, 0x8b, 0x08];

/// The part of a Helm release the tree needs.
#[derive(serde::Deserialize)]
struct Release {
    #[serde(default)]
    manifest: String,
}

/// Remembers which kinds are namespaced, so each is discovered once.
#[derive(Default)]
pub struct Scopes(HashMap<(String, String), bool>);

impl Scopes {
    /// Whether objects of `api_version`/`kind` live in a namespace; `false` for kinds the server does not
    /// know (upstream leaves their namespace empty too).
    async fn namespaced(&mut self, kube: &Kube, api_version: &str, kind: &str) -> bool {
        let key = (api_version.to_string(), kind.to_string());
        if let Some(known) = self.0.get(&key) {
            return *known;
        }
        let (group, version) = api_version.split_once('/').unwrap_or(("", api_version));
        let gvk = GroupVersionKind::gvk(group, version, kind);
        let namespaced = match kube::discovery::pinned_kind(&kube.throttled().await, &gvk).await {
            Ok((_, caps)) => caps.scope == Scope::Namespaced,
            Err(_) => false,
        };
        self.0.insert(key, namespaced);
        namespaced
    }
}

/// The objects of the latest release of the HelmRelease `namespace/name`, in the manifest's order, then
/// the CRDs it manages when it installs or upgrades CRDs. Nothing for a release on a remote cluster, not
/// yet installed, or whose storage is gone.
pub async fn inventory(
    kube: &Kube,
    scopes: &mut Scopes,
    namespace: &str,
    name: &str,
) -> anyhow::Result<Vec<ObjMetadata>> {
    let key = format!("{namespace}/{name}");
    let api: Api<HelmRelease> = Api::namespaced(kube.throttled().await, namespace);
    let path = format!("/apis/helm.toolkit.fluxcd.io/v2/namespaces/{namespace}/helmreleases/{name}");
    let hr = api.get(name).await.map_err(|e| anyhow::anyhow!(kube.describe(&e, &path)))?;
    if hr.spec.kube_config.is_some() {
        return Ok(Vec::new());
    }
    let status = hr.status.clone().unwrap_or_default();
    let storage_namespace = status.storage_namespace.unwrap_or_default();
    let Some(latest) = status.history.as_ref().and_then(|h| h.first()) else { return Ok(Vec::new()) };
    if storage_namespace.is_empty() {
        return Ok(Vec::new());
    }

    let secret_name = format!("sh.helm.release.v1.{}.v{}", latest.name, latest.version);
    let secrets: Api<Secret> = Api::namespaced(kube.throttled().await, &storage_namespace);
    let secret_path = format!("/api/v1/namespaces/{storage_namespace}/secrets/{secret_name}");
    let secret = match secrets.get_opt(&secret_name).await {
        Ok(Some(s)) => s,
        Ok(None) => return Ok(Vec::new()),
        Err(e) => anyhow::bail!(
            "failed to find the Helm storage object for HelmRelease '{key}': {}",
            kube.describe(&e, &secret_path)
        ),
    };
    let Some(data) = secret.data.as_ref().and_then(|d| d.get("release")) else {
        anyhow::bail!("failed to decode the Helm storage object for HelmRelease '{key}'");
    };
    let release = decode_release(&data.0)?;
    let release: Release = serde_json::from_slice(&release)
        .map_err(|e| anyhow::anyhow!("failed to decode the Helm storage object for HelmRelease '{key}': {e}"))?;
    let objects = read_objects(&release.manifest)
        .map_err(|e| anyhow::anyhow!("failed to read the Helm storage object for HelmRelease '{key}': {e}"))?;

    let mut result = Vec::with_capacity(objects.len());
    for obj in objects {
        let api_version = obj["apiVersion"].as_str().unwrap_or_default();
        let kind = obj["kind"].as_str().unwrap_or_default();
        let mut ns = obj.pointer("/metadata/namespace").and_then(Value::as_str).unwrap_or_default().to_string();
        if ns.is_empty() && scopes.namespaced(kube, api_version, kind).await {
            ns = latest.namespace.clone();
        }
        let group = api_version.rsplit_once('/').map(|(g, _)| g).unwrap_or("");
        let name = obj.pointer("/metadata/name").and_then(Value::as_str).unwrap_or_default();
        result.push(ObjMetadata::new(&ns, name, group, kind));
    }

    if manages_crds(&hr) {
        add_crds(kube, namespace, name, &mut result).await;
    }
    Ok(result)
}

/// Helm's encoding of a release: base64, usually of gzip.
fn decode_release(data: &[u8]) -> anyhow::Result<Vec<u8>> {
    let bytes =
        base64::engine::general_purpose::STANDARD.decode(data).map_err(|e| anyhow::anyhow!(go_base64_error(&e)))?;
    if !bytes.starts_with(&GZIP_MAGIC) {
        return Ok(bytes);
    }
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(bytes.as_slice()).read_to_end(&mut out).map_err(|e| anyhow::anyhow!("gzip: {e}"))?;
    Ok(out)
}

/// Go's `base64.CorruptInputError` wording.
fn go_base64_error(e: &base64::DecodeError) -> String {
    match e {
        base64::DecodeError::InvalidByte(at, _) | base64::DecodeError::InvalidLastSymbol(at, _) => {
            format!("illegal base64 data at input byte {at}")
        }
        other => format!("illegal base64 data: {other}"),
    }
}

/// The Kubernetes objects of a multi-document manifest: `List`s expanded, documents without apiVersion,
/// kind or name skipped, and kustomize's own `Kustomization` files left out (fluxcd/pkg's `ReadObjects`).
fn read_objects(manifest: &str) -> Result<Vec<Value>, yaml::Error> {
    let mut objects = Vec::new();
    for doc in yaml::documents(manifest)? {
        // Like apimachinery's `IsList`: any document with an `items` array.
        if doc["items"].is_array() {
            objects.extend(doc["items"].as_array().into_iter().flatten().cloned());
            continue;
        }
        let named = |v: &Value, p: &str| v.pointer(p).and_then(Value::as_str).is_some_and(|s| !s.is_empty());
        let kustomize = doc["apiVersion"].as_str().is_some_and(|v| v.starts_with("kustomize.config.k8s.io/"))
            && doc["kind"].as_str().is_some_and(|k| k.eq_ignore_ascii_case("kustomization"));
        if named(&doc, "/apiVersion") && named(&doc, "/kind") && named(&doc, "/metadata/name") && !kustomize {
            objects.push(doc);
        }
    }
    Ok(objects)
}

fn manages_crds(hr: &HelmRelease) -> bool {
    let creates = |p: Option<CRDsPolicy>| p.is_some_and(|p| p != CRDsPolicy::Skip);
    creates(hr.spec.install.as_ref().and_then(|i| i.crds)) || creates(hr.spec.upgrade.as_ref().and_then(|u| u.crds))
}

/// CRDs labelled as the release's that the manifest does not list (charts install CRDs outside it).
/// Failing to list them leaves the tree without them, as upstream.
async fn add_crds(kube: &Kube, namespace: &str, name: &str, result: &mut Vec<ObjMetadata>) {
    const CRD: &str = "CustomResourceDefinition";
    let api: Api<CustomResourceDefinition> = Api::all(kube.throttled().await);
    let selector = format!("helm.toolkit.fluxcd.io/name={name},helm.toolkit.fluxcd.io/namespace={namespace}");
    let Ok(list) = api.list(&ListParams::default().labels(&selector)).await else { return };
    for crd in list.items {
        let crd_name = crd.metadata.name.unwrap_or_default();
        if !result.iter().any(|r| r.name == crd_name && r.group_kind.kind == CRD) {
            result.push(ObjMetadata::new("", &crd_name, "apiextensions.k8s.io", CRD));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifests() {
        let manifest = "---\n# Source: podinfo/templates/service.yaml\napiVersion: v1\nkind: Service\nmetadata:\n  name: podinfo\n---\napiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: a\n---\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nmetadata:\n  name: k\n---\nkind: Secret\n";
        let objects = read_objects(manifest).unwrap();
        let names: Vec<&str> = objects.iter().map(|o| o["metadata"]["name"].as_str().unwrap()).collect();
        assert_eq!(names, ["podinfo", "a"]);
    }

    #[test]
    fn releases_plain_or_gzipped() {
        use std::io::Write;
        let json = br#"{"name":"podinfo","manifest":"x"}"#;
        let plain = base64::engine::general_purpose::STANDARD.encode(json);
        assert_eq!(decode_release(plain.as_bytes()).unwrap(), json);
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(json).unwrap();
        let zipped = base64::engine::general_purpose::STANDARD.encode(gz.finish().unwrap());
        assert_eq!(decode_release(zipped.as_bytes()).unwrap(), json);
        assert_eq!(decode_release(b"ab!d").unwrap_err().to_string(), "illegal base64 data at input byte 2");
    }
}
