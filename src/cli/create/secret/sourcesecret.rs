//! The Secrets Flux's sources and receivers read, generated from credentials (upstream's
//! `pkg/manifestgen/sourcesecret` and the `runtime/secrets` factories it calls).
//!
//! Pure functions: credentials in, a `core/v1` Secret out, with upstream's keys (`username`, `ca.crt`,
//! `bearerToken`, …), types (`kubernetes.io/basic-auth`, `kubernetes.io/tls`, …) and validation
//! messages. [`manifest`] prints one as upstream's `--export` does. Files are read by the commands
//! with [`read_file`], whose errors read as Go's `os.ReadFile`.

use std::collections::BTreeMap;
use std::path::Path;

use base64::Engine;
use k8s_openapi::api::core::v1::Secret;
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::cli::create::source::url;

pub const USERNAME: &str = "username";
pub const PASSWORD: &str = "password";
pub const BEARER_TOKEN: &str = "bearerToken";
pub const CA_CRT: &str = "ca.crt";
pub const IDENTITY: &str = "identity";
pub const IDENTITY_PUB: &str = "identity.pub";
pub const KNOWN_HOSTS: &str = "known_hosts";
pub const TLS_CRT: &str = "tls.crt";
pub const TLS_KEY: &str = "tls.key";
pub const ADDRESS: &str = "address";
pub const TOKEN: &str = "token";
pub const EMAIL: &str = "email";
pub const AUDIENCE: &str = "audience";
pub const DOCKER_CONFIG_JSON: &str = ".dockerconfigjson";
/// The annotation carrying a Receiver's webhook URL.
pub const WEBHOOK_ANNOTATION: &str = "notification.toolkit.fluxcd.io/webhook";

const TYPE_OPAQUE: &str = "Opaque";
const TYPE_BASIC_AUTH: &str = "kubernetes.io/basic-auth";
const TYPE_TLS: &str = "kubernetes.io/tls";
const TYPE_DOCKER_CONFIG_JSON: &str = "kubernetes.io/dockerconfigjson";

/// Who the Secret is: name, namespace and the `--label`s.
#[derive(Debug, Clone, Default)]
pub struct Meta {
    pub name: String,
    pub namespace: String,
    pub labels: Option<BTreeMap<String, String>>,
}

fn secret(meta: &Meta, type_: Option<&str>, data: BTreeMap<String, String>) -> Secret {
    Secret {
        metadata: ObjectMeta {
            name: Some(meta.name.clone()),
            namespace: Some(meta.namespace.clone()),
            labels: meta.labels.clone().filter(|l| !l.is_empty()),
            ..ObjectMeta::default()
        },
        // Go's `omitempty`: an empty map is left out of the manifest.
        string_data: (!data.is_empty()).then_some(data),
        type_: type_.map(str::to_string),
        ..Secret::default()
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Git credentials: basic auth, a bearer token and a CA for HTTP/S, or an SSH key pair with the server's
/// host key. Empty credentials give a Secret with no data, which `create source git` then does not apply.
#[derive(Debug, Clone, Default)]
pub struct GitCredentials {
    pub username: String,
    /// Basic auth's password, or the SSH private key's passphrase.
    pub password: String,
    pub bearer_token: String,
    pub ca: Option<Vec<u8>>,
    pub ssh: Option<SshKeys>,
}

/// Git over SSH: the private key file's content, its `authorized_keys` line and the `known_hosts` line.
#[derive(Clone, Default)]
pub struct SshKeys {
    pub identity: String,
    pub identity_pub: String,
    pub known_hosts: String,
}

impl std::fmt::Debug for SshKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SshKeys")
            .field("identity", &"***")
            .field("identity_pub", &self.identity_pub)
            .field("known_hosts", &self.known_hosts)
            .finish()
    }
}

/// Upstream's `GenerateGit`: no `type`, so the API server makes it Opaque. With SSH keys it holds
/// `identity`, `identity.pub`, `known_hosts` and the key's `password` when there is one.
pub fn git(meta: &Meta, creds: &GitCredentials) -> Secret {
    let mut data = BTreeMap::new();
    if !creds.username.is_empty() && !creds.password.is_empty() {
        data.insert(USERNAME.into(), creds.username.clone());
        data.insert(PASSWORD.into(), creds.password.clone());
    }
    if !creds.bearer_token.is_empty() {
        data.insert(BEARER_TOKEN.into(), creds.bearer_token.clone());
    }
    if let Some(ca) = creds.ca.as_deref().filter(|ca| !ca.is_empty()) {
        data.insert(CA_CRT.into(), text(ca));
    }
    if let Some(ssh) = creds.ssh.as_ref().filter(|s| !s.known_hosts.is_empty()) {
        data.insert(IDENTITY.into(), ssh.identity.clone());
        data.insert(IDENTITY_PUB.into(), ssh.identity_pub.clone());
        data.insert(KNOWN_HOSTS.into(), ssh.known_hosts.clone());
        if !creds.password.is_empty() {
            data.insert(PASSWORD.into(), creds.password.clone());
        }
    }
    secret(meta, None, data)
}

/// Credentials for a Helm repository: basic auth, a client certificate pair and a CA, each optional.
#[derive(Debug, Clone, Default)]
pub struct HelmCredentials {
    pub username: String,
    pub password: String,
    pub ca: Vec<u8>,
    pub tls_crt: Vec<u8>,
    pub tls_key: Vec<u8>,
}

/// Upstream's `GenerateHelm`: a client certificate wins (a TLS Secret, with the CA), then basic auth
/// (with the CA as `ca.crt`), then a CA alone; without any, a Secret with no data.
pub fn helm(meta: &Meta, creds: &HelmCredentials) -> Result<Secret, String> {
    let basic_auth = !creds.username.is_empty() || !creds.password.is_empty();
    let client_cert = !creds.tls_crt.is_empty() || !creds.tls_key.is_empty();
    if client_cert {
        return tls(meta, &creds.tls_crt, &creds.tls_key, &creds.ca);
    }
    if basic_auth {
        if creds.username.is_empty() {
            return Err("username is required".into());
        }
        if creds.password.is_empty() {
            return Err("password is required".into());
        }
        let mut data = BTreeMap::from([
            (USERNAME.to_string(), creds.username.clone()),
            (PASSWORD.to_string(), creds.password.clone()),
        ]);
        if !creds.ca.is_empty() {
            data.insert(CA_CRT.into(), text(&creds.ca));
        }
        return Ok(secret(meta, Some(TYPE_BASIC_AUTH), data));
    }
    if !creds.ca.is_empty() {
        return tls(meta, &[], &[], &creds.ca);
    }
    Ok(secret(meta, None, BTreeMap::new()))
}

/// Upstream's `MakeTLSSecret`: a certificate pair (type `kubernetes.io/tls`, the pair must match), a CA
/// alone (`Opaque`), or both.
pub fn tls(meta: &Meta, crt: &[u8], key: &[u8], ca: &[u8]) -> Result<Secret, String> {
    match (crt.is_empty(), key.is_empty()) {
        (false, true) => return Err("found certificate but missing private key".into()),
        (true, false) => return Err("found private key but missing certificate".into()),
        (true, true) if ca.is_empty() => return Err("no CA certificate or client certificate pair found".into()),
        _ => {}
    }
    let mut data = BTreeMap::new();
    let mut type_ = TYPE_OPAQUE;
    if !crt.is_empty() {
        check_key_pair(crt, key).map_err(|e| format!("invalid TLS certificate and key pair: {e}"))?;
        data.insert(TLS_CRT.into(), text(crt));
        data.insert(TLS_KEY.into(), text(key));
        type_ = TYPE_TLS;
    }
    if !ca.is_empty() {
        data.insert(CA_CRT.into(), text(ca));
    }
    Ok(secret(meta, Some(type_), data))
}

/// Go's `tls.X509KeyPair` checks, with its messages: a `CERTIFICATE` block in the one input and a
/// `… PRIVATE KEY` block in the other, a private key the crypto provider can load, and a public key
/// matching the first certificate's.
fn check_key_pair(crt: &[u8], key: &[u8]) -> Result<(), String> {
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let crt_blocks = pem_block_types(crt);
    if !crt_blocks.iter().any(|t| t == "CERTIFICATE") {
        return Err(match crt_blocks.as_slice() {
            [] => "tls: failed to find any PEM data in certificate input".into(),
            [only] if only.ends_with("PRIVATE KEY") => "tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched".into(),
            skipped => format!(
                "tls: failed to find \"CERTIFICATE\" PEM block in certificate input after skipping PEM blocks of the following types: [{}]",
                skipped.join(" ")
            ),
        });
    }
    let key_blocks = pem_block_types(key);
    if !key_blocks.iter().any(|t| t == "PRIVATE KEY" || t.ends_with(" PRIVATE KEY")) {
        return Err(match key_blocks.as_slice() {
            [] => "tls: failed to find any PEM data in key input".into(),
            [only] if only == "CERTIFICATE" => "tls: found a certificate rather than a key in the PEM for the private key".into(),
            skipped => format!(
                "tls: failed to find PEM block with type ending in \"PRIVATE KEY\" in key input after skipping PEM blocks of the following types: [{}]",
                skipped.join(" ")
            ),
        });
    }
    let certs: Vec<CertificateDer<'static>> =
        rustls_pemfile::certs(&mut &crt[..]).collect::<Result<_, _>>().map_err(|_| "x509: malformed certificate")?;
    let key: PrivateKeyDer<'static> =
        rustls_pemfile::private_key(&mut &key[..]).ok().flatten().ok_or("tls: failed to parse private key")?;
    let provider = rustls::crypto::ring::default_provider();
    let signing = provider.key_provider.load_private_key(key).map_err(|_| "tls: failed to parse private key")?;
    match rustls::sign::CertifiedKey::new(certs, signing).keys_match() {
        Ok(()) | Err(rustls::Error::InconsistentKeys(rustls::InconsistentKeys::Unknown)) => Ok(()),
        Err(rustls::Error::InconsistentKeys(_)) => Err("tls: private key does not match public key".into()),
        Err(_) => Err("x509: malformed certificate".into()),
    }
}

/// The types of the PEM blocks in `data`, in order (`-----BEGIN <type>-----`).
fn pem_block_types(data: &[u8]) -> Vec<String> {
    String::from_utf8_lossy(data)
        .lines()
        .filter_map(|line| line.trim_end().strip_prefix("-----BEGIN ")?.strip_suffix("-----").map(str::to_string))
        .collect()
}

/// The static credentials of a Bucket (`create source bucket --access-key/--secret-key`), kept only
/// when both are given; no `type`, so the API server makes it Opaque.
pub fn bucket(meta: &Meta, access_key: &str, secret_key: &str) -> Secret {
    let mut data = BTreeMap::new();
    if !access_key.is_empty() && !secret_key.is_empty() {
        data.insert("accesskey".to_string(), access_key.to_string());
        data.insert("secretkey".to_string(), secret_key.to_string());
    }
    secret(meta, None, data)
}

/// Upstream's `MakeRegistrySecret`: a `kubernetes.io/dockerconfigjson` Secret for one registry.
pub fn oci(meta: &Meta, registry: &str, username: &str, password: &str) -> Result<Secret, String> {
    for (value, field) in [(registry, "server"), (username, USERNAME), (password, PASSWORD)] {
        if value.is_empty() {
            return Err(format!("{field} is required"));
        }
    }
    // Field order and indentation of Go's `json.MarshalIndent(config, "", "  ")`.
    #[derive(Serialize)]
    struct Auth<'a> {
        username: &'a str,
        password: &'a str,
        auth: String,
    }
    #[derive(Serialize)]
    struct Config<'a> {
        auths: BTreeMap<&'a str, Auth<'a>>,
    }
    let auth = base64::engine::general_purpose::STANDARD.encode(format!("{username}:{password}"));
    let config = Config { auths: BTreeMap::from([(registry, Auth { username, password, auth })]) };
    let json = serde_json::to_string_pretty(&config).map_err(|e| format!("failed to marshal Docker config: {e}"))?;
    let data = BTreeMap::from([(DOCKER_CONFIG_JSON.to_string(), go_html_escape(&json))]);
    Ok(secret(meta, Some(TYPE_DOCKER_CONFIG_JSON), data))
}

/// Go's `encoding/json` escapes these even outside HTML; they only ever occur inside JSON strings.
fn go_html_escape(json: &str) -> String {
    json.replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// Upstream's `MakeProxySecret`: the proxy address and, when given, its credentials.
pub fn proxy(meta: &Meta, address: &str, username: &str, password: &str) -> Result<Secret, String> {
    if address.is_empty() {
        return Err("address is required".into());
    }
    url::parse(address).map_err(|e| format!("invalid proxy address: {e}"))?;
    let mut data = BTreeMap::from([(ADDRESS.to_string(), address.to_string())]);
    if !username.is_empty() {
        data.insert(USERNAME.into(), username.into());
    }
    if !password.is_empty() {
        data.insert(PASSWORD.into(), password.into());
    }
    Ok(secret(meta, Some(TYPE_OPAQUE), data))
}

/// What a Receiver's Secret is made of.
#[derive(Debug, Clone, Default)]
pub struct ReceiverOptions {
    pub receiver_type: String,
    /// Empty: 32 random bytes, hex-encoded.
    pub token: String,
    pub hostname: String,
    pub email_claim: String,
    pub audience_claim: String,
}

/// Upstream's `GenerateReceiver`: the token, and the webhook URL notification-controller will serve
/// (`/hook/` + sha256 of token, name and namespace) as an annotation; `gcr` adds the OIDC claims.
pub fn receiver(meta: &Meta, opts: &ReceiverOptions) -> Result<Secret, String> {
    let token = if opts.token.is_empty() { random_token() } else { opts.token.clone() };
    if opts.hostname.is_empty() {
        return Err("hostname is required".into());
    }
    let url = format!("https://{}{}", opts.hostname, webhook_path(&token, &meta.name, &meta.namespace));
    let mut data = BTreeMap::from([(TOKEN.to_string(), token)]);
    if opts.receiver_type == "gcr" {
        if opts.email_claim.is_empty() {
            return Err("email-claim is required for gcr receiver type".into());
        }
        data.insert(EMAIL.into(), opts.email_claim.clone());
        let audience = if opts.audience_claim.is_empty() { url.clone() } else { opts.audience_claim.clone() };
        data.insert(AUDIENCE.into(), audience);
    }
    let mut secret = secret(meta, None, data);
    secret.metadata.annotations = Some(BTreeMap::from([(WEBHOOK_ANNOTATION.to_string(), url)]));
    Ok(secret)
}

/// notification-controller's `Receiver.GetWebhookPath`.
pub fn webhook_path(token: &str, name: &str, namespace: &str) -> String {
    let digest = Sha256::digest(format!("{token}{name}{namespace}").as_bytes());
    format!("/hook/{}", hex(&digest))
}

fn random_token() -> String {
    let bytes: [u8; 32] = rand::random();
    hex(&bytes)
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The Secret as upstream's manifest: `---`, then the YAML (keys sorted, as sigs.k8s.io/yaml writes).
pub fn manifest(secret: &Secret) -> Result<String, String> {
    let value = serde_json::to_value(secret).map_err(|e| format!("encoding the Secret: {e}"))?;
    Ok(format!("---\n{}", yaml::to_string(&value)))
}

/// `os.ReadFile` with Go's error wording (`open ./ca.crt: no such file or directory`), so messages name
/// the file and read as upstream's.
pub fn read_file(path: &str) -> Result<Vec<u8>, String> {
    let go_reason = |e: &std::io::Error| -> String {
        match e.kind() {
            std::io::ErrorKind::NotFound => "no such file or directory".into(),
            std::io::ErrorKind::PermissionDenied => "permission denied".into(),
            std::io::ErrorKind::IsADirectory => "is a directory".into(),
            _ => {
                let text = e.to_string();
                let text = text.split(" (os error").next().unwrap_or(&text).to_string();
                let mut chars = text.chars();
                chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
            }
        }
    };
    let file = std::fs::File::open(Path::new(path)).map_err(|e| format!("open {path}: {}", go_reason(&e)))?;
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut &file, &mut bytes).map_err(|e| format!("read {path}: {}", go_reason(&e)))?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(name: &str) -> Meta {
        Meta { name: name.into(), namespace: "my-namespace".into(), labels: None }
    }

    #[test]
    fn git_keeps_only_complete_basic_auth() {
        let creds = GitCredentials { username: "u".into(), ..Default::default() };
        assert_eq!(git(&meta("x"), &creds).string_data, None);
        let creds = GitCredentials {
            username: "u".into(),
            password: "p".into(),
            ca: Some(b"ca".to_vec()),
            ..Default::default()
        };
        let data = git(&meta("x"), &creds).string_data.unwrap();
        assert_eq!(data.keys().collect::<Vec<_>>(), ["ca.crt", "password", "username"]);
    }

    #[test]
    fn helm_prefers_client_certificates_then_basic_auth() {
        let s = helm(
            &meta("h"),
            &HelmCredentials { username: "u".into(), password: "p".into(), ca: b"ca".to_vec(), ..Default::default() },
        )
        .unwrap();
        assert_eq!(s.type_.as_deref(), Some(TYPE_BASIC_AUTH));
        assert_eq!(s.string_data.unwrap().get(CA_CRT).map(String::as_str), Some("ca"));
        let s = helm(&meta("h"), &HelmCredentials { ca: b"ca".to_vec(), ..Default::default() }).unwrap();
        assert_eq!(s.type_.as_deref(), Some(TYPE_OPAQUE));
        let s = helm(&meta("h"), &HelmCredentials::default()).unwrap();
        assert_eq!((s.type_, s.string_data), (None, None));
        let err = helm(&meta("h"), &HelmCredentials { username: "u".into(), ..Default::default() }).unwrap_err();
        assert_eq!(err, "password is required");
        let err = helm(&meta("h"), &HelmCredentials { tls_crt: b"x".to_vec(), ..Default::default() }).unwrap_err();
        assert_eq!(err, "found certificate but missing private key");
    }

    #[test]
    fn tls_pairs_must_parse_and_match() {
        assert_eq!(tls(&meta("t"), &[], &[], &[]).unwrap_err(), "no CA certificate or client certificate pair found");
        assert_eq!(tls(&meta("t"), &[], b"k", &[]).unwrap_err(), "found private key but missing certificate");
        let err = tls(&meta("t"), b"not pem", b"not pem", &[]).unwrap_err();
        assert_eq!(err, "invalid TLS certificate and key pair: tls: failed to find any PEM data in certificate input");
        let (crt, key) = self_signed();
        let err = tls(&meta("t"), key.as_bytes(), crt.as_bytes(), &[]).unwrap_err();
        assert_eq!(err, "invalid TLS certificate and key pair: tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched");
        let err = tls(&meta("t"), crt.as_bytes(), crt.as_bytes(), &[]).unwrap_err();
        assert_eq!(err, "invalid TLS certificate and key pair: tls: found a certificate rather than a key in the PEM for the private key");
        let a = self_signed();
        let b = self_signed();
        assert!(tls(&meta("t"), a.0.as_bytes(), a.1.as_bytes(), &[]).is_ok());
        let err = tls(&meta("t"), a.0.as_bytes(), b.1.as_bytes(), &[]).unwrap_err();
        assert_eq!(err, "invalid TLS certificate and key pair: tls: private key does not match public key");
    }

    /// A certificate and its key, PEM-encoded; generated so that no key material lives in the tree.
    fn self_signed() -> (String, String) {
        let rcgen::CertifiedKey { cert, key_pair } =
            rcgen::generate_simple_self_signed(vec!["example.com".to_string()]).expect("a self-signed certificate");
        (cert.pem(), key_pair.serialize_pem())
    }

    #[test]
    fn oci_writes_gos_indented_json() {
        let s = oci(&meta("ghcr"), "ghcr.io", "stefanprodan", "pass<&>").unwrap();
        let json = &s.string_data.unwrap()[DOCKER_CONFIG_JSON];
        let want = "{\n  \"auths\": {\n    \"ghcr.io\": {\n      \"username\": \"stefanprodan\",\n      \"password\": \"pass\\u003c\\u0026\\u003e\",\n      \"auth\": \"c3RlZmFucHJvZGFuOnBhc3M8Jj4=\"\n    }\n  }\n}";
        assert_eq!(json, want);
        assert_eq!(oci(&meta("x"), "r", "", "p").unwrap_err(), "username is required");
    }

    #[test]
    fn receiver_webhook_matches_notification_controller() {
        let opts = ReceiverOptions {
            receiver_type: "github".into(),
            token: "test-token".into(),
            hostname: "flux.example.com".into(),
            ..Default::default()
        };
        let s = receiver(&meta("receiver-secret"), &opts).unwrap();
        let url = &s.metadata.annotations.unwrap()[WEBHOOK_ANNOTATION];
        assert_eq!(
            url,
            "https://flux.example.com/hook/106120121d366c2f67e93200f6c1dbe938235eb588daa5e8c0516d3a77ac1dee"
        );
        let opts = ReceiverOptions { token: String::new(), ..opts };
        let token = receiver(&meta("r"), &opts).unwrap().string_data.unwrap()[TOKEN].clone();
        assert_eq!(token.len(), 64);
        assert!(token.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
    }

    #[test]
    fn read_errors_name_the_file() {
        assert_eq!(
            read_file("/nonexistent/ca.crt").unwrap_err(),
            "open /nonexistent/ca.crt: no such file or directory"
        );
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().to_str().unwrap().to_string();
        assert_eq!(read_file(&path).unwrap_err(), format!("read {path}: is a directory"));
    }
}
