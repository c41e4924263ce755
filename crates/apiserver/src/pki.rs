//! Credentials of the embedded server: a CA, a serving certificate, the admin token and the kubeconfig.
//!
//! Generated at first start and kept in the data directory (files 0600), so a restarted server is the
//! same server to its clients: same CA, same token.

use std::fs;
use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use base64::Engine;
use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, KeyPair, KeyUsagePurpose, SanType};

/// The server's identity, the admin credential and the service-account signing key.
pub struct Credentials {
    pub ca_pem: String,
    pub cert_pem: String,
    pub key_pem: String,
    pub token: String,
    /// PKCS#8 DER of the ES256 key that signs service account tokens (`pki/sa.key`).
    pub sa_key_der: Vec<u8>,
}

const CA_NAME: &str = "flux-rs-embedded-ca";

/// Loads the credentials from `dir/pki`, creating what is missing. The serving certificate is re-issued by
/// the same CA when the listen address is not among its names.
pub fn load_or_create(dir: &Path, listen: SocketAddr) -> Result<Credentials, String> {
    let pki = dir.join("pki");
    create_private_dir(&pki)?;
    let ca_key_path = pki.join("ca.key");
    let (ca_key_pem, ca_pem, fresh_ca) = if ca_key_path.exists() {
        (read(&ca_key_path)?, read(&pki.join("ca.crt"))?, false)
    } else {
        let key = KeyPair::generate().map_err(|e| format!("generating the CA key: {e}"))?;
        let cert = ca_params().self_signed(&key).map_err(|e| format!("signing the CA: {e}"))?;
        write_private(&ca_key_path, &key.serialize_pem())?;
        write_private(&pki.join("ca.crt"), &cert.pem())?;
        (key.serialize_pem(), cert.pem(), true)
    };
    let names = serving_names(listen);
    let names_path = pki.join("server.names");
    let cert_path = pki.join("server.crt");
    let key_path = pki.join("server.key");
    let recorded = fs::read_to_string(&names_path).unwrap_or_default();
    if fresh_ca || !cert_path.exists() || recorded.trim() != names.join(",") {
        let ca_key = KeyPair::from_pem(&ca_key_pem).map_err(|e| format!("reading {}: {e}", ca_key_path.display()))?;
        // Signing needs the issuer as an rcgen object; the same key and name make an equivalent issuer.
        let issuer = ca_params().self_signed(&ca_key).map_err(|e| format!("loading the CA: {e}"))?;
        let key = KeyPair::generate().map_err(|e| format!("generating the serving key: {e}"))?;
        let mut params = CertificateParams::default();
        params.distinguished_name.push(DnType::CommonName, "flux-rs-embedded-apiserver");
        params.subject_alt_names = names
            .iter()
            .map(|n| match n.parse::<IpAddr>() {
                Ok(ip) => Ok(SanType::IpAddress(ip)),
                Err(_) => n.clone().try_into().map(SanType::DnsName).map_err(|e| format!("bad DNS name {n}: {e}")),
            })
            .collect::<Result<_, _>>()?;
        params.key_usages = vec![KeyUsagePurpose::DigitalSignature, KeyUsagePurpose::KeyEncipherment];
        params.extended_key_usages = vec![rcgen::ExtendedKeyUsagePurpose::ServerAuth];
        let cert =
            params.signed_by(&key, &issuer, &ca_key).map_err(|e| format!("signing the serving certificate: {e}"))?;
        write_private(&key_path, &key.serialize_pem())?;
        write_private(&cert_path, &cert.pem())?;
        write_private(&names_path, &names.join(","))?;
    }
    let token_path = dir.join("token");
    let token = if token_path.exists() {
        read(&token_path)?.trim().to_string()
    } else {
        let bytes: [u8; 24] = rand::random();
        let token: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
        write_private(&token_path, &token)?;
        token
    };
    let sa_key_path = pki.join("sa.key");
    let sa_key_der = if sa_key_path.exists() {
        crate::tokens::pkcs8_der(&read(&sa_key_path)?)?
    } else {
        let der = crate::tokens::Issuer::generate_pkcs8()?;
        write_private(&sa_key_path, &crate::tokens::pkcs8_pem(&der))?;
        der
    };
    Ok(Credentials { ca_pem, cert_pem: read(&cert_path)?, key_pem: read(&key_path)?, token, sa_key_der })
}

fn ca_params() -> CertificateParams {
    let mut p = CertificateParams::default();
    p.distinguished_name.push(DnType::CommonName, CA_NAME);
    p.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    p.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign, KeyUsagePurpose::DigitalSignature];
    p
}

/// Names the serving certificate covers: loopback always, plus the listen address when it is not a wildcard.
fn serving_names(listen: SocketAddr) -> Vec<String> {
    let mut names = vec!["localhost".to_string(), "127.0.0.1".to_string(), "::1".to_string()];
    let ip = listen.ip();
    if !ip.is_unspecified() && !ip.is_loopback() {
        names.push(ip.to_string());
    }
    names
}

/// A rustls configuration serving HTTP/2 and HTTP/1.1 with the server's certificate.
pub fn tls_config(creds: &Credentials) -> Result<Arc<rustls::ServerConfig>, String> {
    let certs = rustls_pemfile::certs(&mut creds.cert_pem.as_bytes())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| format!("reading the serving certificate: {e}"))?;
    let key = rustls_pemfile::private_key(&mut creds.key_pem.as_bytes())
        .map_err(|e| format!("reading the serving key: {e}"))?
        .ok_or("the serving key file holds no key")?;
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let mut config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("TLS setup: {e}"))?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .map_err(|e| format!("TLS setup: {e}"))?;
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok(Arc::new(config))
}

/// The context name written into kubeconfigs.
pub const CONTEXT: &str = "flux-rs-embedded";

/// A kubeconfig for the admin user at `server` (e.g. `https://127.0.0.1:6443`).
pub fn kubeconfig(server: &str, creds: &Credentials) -> String {
    let ca = base64::engine::general_purpose::STANDARD.encode(creds.ca_pem.as_bytes());
    format!(
        "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: {ca}\n    server: {server}\n  name: {CONTEXT}\ncontexts:\n- context:\n    cluster: {CONTEXT}\n    user: {CONTEXT}-admin\n  name: {CONTEXT}\ncurrent-context: {CONTEXT}\npreferences: {{}}\nusers:\n- name: {CONTEXT}-admin\n  user:\n    token: {token}\n",
        token = creds.token
    )
}

/// Writes a kubeconfig file with mode 0600, creating its directory.
pub fn write_kubeconfig(path: &Path, content: &str) -> Result<PathBuf, String> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent).map_err(|e| format!("creating {}: {e}", parent.display()))?;
    }
    write_private(path, content)?;
    Ok(path.to_path_buf())
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("reading {}: {e}", path.display()))
}

pub(crate) fn create_private_dir(dir: &Path) -> Result<(), String> {
    fs::create_dir_all(dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    set_mode(dir, 0o700)
}

fn write_private(path: &Path, content: &str) -> Result<(), String> {
    // Write beside the target and rename, so a crash never leaves half a key behind.
    let tmp = path.with_extension("tmp");
    let mut f = open_private(&tmp)?;
    f.write_all(content.as_bytes())
        .and_then(|_| f.sync_all())
        .map_err(|e| format!("writing {}: {e}", tmp.display()))?;
    fs::rename(&tmp, path).map_err(|e| format!("writing {}: {e}", path.display()))
}

#[cfg(unix)]
fn open_private(path: &Path) -> Result<fs::File, String> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| format!("creating {}: {e}", path.display()))
}

#[cfg(not(unix))]
fn open_private(path: &Path) -> Result<fs::File, String> {
    fs::File::create(path).map_err(|e| format!("creating {}: {e}", path.display()))
}

#[cfg(unix)]
fn set_mode(path: &Path, mode: u32) -> Result<(), String> {
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).map_err(|e| format!("chmod {}: {e}", path.display()))
}

#[cfg(not(unix))]
fn set_mode(_: &Path, _: u32) -> Result<(), String> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_persist_across_loads() {
        let dir = tempfile::tempdir().unwrap();
        let addr: SocketAddr = "127.0.0.1:0".parse().unwrap();
        let a = load_or_create(dir.path(), addr).unwrap();
        let b = load_or_create(dir.path(), addr).unwrap();
        assert_eq!(a.ca_pem, b.ca_pem);
        assert_eq!(a.token, b.token);
        assert_eq!(a.cert_pem, b.cert_pem);
        assert_eq!(a.sa_key_der, b.sa_key_der, "service account tokens outlive a restart");
        assert!(tls_config(&a).is_ok());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(dir.path().join("token")).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        let kc = kubeconfig("https://127.0.0.1:1", &a);
        assert!(kc.contains("current-context: flux-rs-embedded"));
    }
}
