//! The SOPS [`Decryptor`] of a Kustomization: the keys of its `spec.decryption.secretRef` (`*.agekey` age
//! identities, `*.asc` OpenPGP keys) and the `sops` crate, with kustomize-controller's rules — files keep
//! their format, whole documents go through JSON, a Secret's encrypted `data` values are decrypted one by
//! one into the format their key names, and the MAC is not checked (kustomize edits resources, a namespace
//! or a label, before they are decrypted).

use std::path::Path;

use api::kustomize::Kustomization;
use base64::Engine as _;
use k8s_openapi::api::core::v1::Secret;
use kube::api::Api;
use kube::ResourceExt;
use sops::{Keyring, MacCheck};
use yaml::node::{Node, Scalar};

use super::decrypt::{Decryptor, FileFormat};

/// Decrypts with the keys of one Kustomization.
pub struct SopsDecryptor {
    keyring: Keyring,
}

impl SopsDecryptor {
    /// The decryptor `obj` asks for (`spec.decryption.provider: sops`), with the keys of its Secret;
    /// `None` when it asks for none.
    ///
    /// # Errors
    /// The Secret cannot be read (`secrets "sops-keys" not found`), or a key in it is not a valid age
    /// identity or unprotected OpenPGP secret key.
    pub async fn for_kustomization(
        client: &kube::Client,
        obj: &Kustomization,
    ) -> Result<Option<SopsDecryptor>, String> {
        SopsDecryptor::with_age_fallback(client, obj, None).await
    }

    /// As [`SopsDecryptor::for_kustomization`], and when `obj` names no `decryption.secretRef`, the age
    /// identities (`*.agekey` entries only) of the Secret `fallback` (kustomize-controller's
    /// `--sops-age-secret`, in its runtime namespace).
    ///
    /// # Errors
    /// Also when the fallback Secret cannot be read or holds an invalid age identity.
    pub async fn with_age_fallback(
        client: &kube::Client,
        obj: &Kustomization,
        fallback: Option<&runtime::ObjectKey>,
    ) -> Result<Option<SopsDecryptor>, String> {
        let Some(decryption) = obj.spec.decryption.as_ref().filter(|d| !d.provider.is_empty()) else {
            return Ok(None);
        };
        if decryption.provider != "sops" {
            return Ok(None);
        }
        let Some(secret_ref) = &decryption.secret_ref else {
            let keyring = match fallback {
                Some(key) => age_fallback(client, key).await?,
                None => Keyring::new(),
            };
            return Ok(Some(SopsDecryptor { keyring }));
        };
        let namespace = obj.namespace().unwrap_or_default();
        let name = format!("{namespace}/{}", secret_ref.name);
        let secrets: Api<Secret> = Api::namespaced(client.clone(), &namespace);
        let secret = match secrets.get(&secret_ref.name).await {
            Ok(secret) => secret,
            Err(kube::Error::Api(status)) if status.code == 404 => return Err(status.message),
            Err(e) => return Err(format!("cannot get sops decryption Secret '{name}': {e}")),
        };
        let data = secret.data.unwrap_or_default();
        let entries = data.iter().map(|(k, v)| (k.as_str(), v.0.as_slice()));
        let keyring = Keyring::from_secret_data(entries)
            .map_err(|e| format!("failed to import data from sops decryption Secret '{name}': {e}"))?;
        for ignored in keyring.unsupported() {
            tracing::info!(secret = %name, key = %ignored, "decryption key not supported by flux-rs, ignored");
        }
        Ok(Some(SopsDecryptor { keyring }))
    }
}

/// The age identities of the `--sops-age-secret` Secret: its `*.agekey` entries, nothing else (upstream
/// keeps the other key kinds to the Kustomization's own Secret).
async fn age_fallback(client: &kube::Client, key: &runtime::ObjectKey) -> Result<Keyring, String> {
    let secrets: Api<Secret> = Api::namespaced(client.clone(), &key.namespace);
    let secret = match secrets.get(&key.name).await {
        Ok(secret) => secret,
        Err(kube::Error::Api(status)) if status.code == 404 => return Err(status.message),
        Err(e) => return Err(format!("cannot get sops SOPS age decryption Secret '{key}': {e}")),
    };
    let mut keyring = Keyring::new();
    for (name, value) in secret.data.unwrap_or_default() {
        if name.rsplit_once('.').is_none_or(|(_, extension)| extension != "agekey") {
            continue;
        }
        let imported = std::str::from_utf8(&value.0)
            .map_err(|_| format!("age identities of '{name}' are not UTF-8 text"))
            .and_then(|text| keyring.add_age_identities(&name, text).map_err(|e| e.to_string()));
        if let Err(e) = imported {
            return Err(format!("failed to import data from sops SOPS age decryption Secret '{key}': {e}"));
        }
    }
    Ok(keyring)
}

impl Decryptor for SopsDecryptor {
    fn decrypt_file(&self, path: &Path, f: FileFormat, content: &[u8]) -> Result<Vec<u8>, String> {
        sops::decrypt_to(content, f, f, &self.keyring, MacCheck::Skip)
            .map_err(|e| format!("failed to decrypt '{}': {e}", path.display()))
    }

    fn decrypt_resource(&self, resource: &Node) -> Result<Option<Node>, String> {
        if sops::is_encrypted_node(resource) {
            return sops::decrypt_node(resource, &self.keyring, MacCheck::Skip).map(Some).map_err(|e| e.to_string());
        }
        let kind = field(resource, "kind").and_then(scalar).unwrap_or_default();
        if kind != "Secret" {
            return Ok(None);
        }
        let Some(Node::Map(data)) = field(resource, "data") else { return Ok(None) };
        let mut decrypted = data.clone();
        let mut changed = false;
        for (key, value) in decrypted.entries.iter_mut() {
            let Node::Scalar(text) = value else { continue };
            let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(text.value.trim()) else { continue };
            let Some(input) = sops::detect_format(&bytes) else { continue };
            let output = FileFormat::from_path(&key.value);
            let plain = sops::decrypt_to(&bytes, input, output, &self.keyring, MacCheck::Skip)
                .map_err(|e| format!("Secret field '{}': {e}", key.value))?;
            *value = Node::Scalar(Scalar::string(base64::engine::general_purpose::STANDARD.encode(plain)));
            changed = true;
        }
        if !changed {
            return Ok(None);
        }
        let mut out = resource.clone();
        if let Node::Map(map) = &mut out {
            if let Some((_, slot)) = map.entries.iter_mut().find(|(k, _)| k.value == "data") {
                *slot = Node::Map(decrypted);
            }
        }
        Ok(Some(out))
    }
}

fn field<'a>(node: &'a Node, name: &str) -> Option<&'a Node> {
    match node {
        Node::Map(map) => map.entries.iter().find(|(k, _)| k.value == name).map(|(_, v)| v),
        _ => None,
    }
}

fn scalar(node: &Node) -> Option<&str> {
    match node {
        Node::Scalar(s) => Some(s.value.as_str()),
        _ => None,
    }
}
