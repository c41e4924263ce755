//! SSH keys for Git over SSH: generating a key pair, reading one from a file, and scanning a server's
//! host key into a `known_hosts` line — what `flux create secret git` and `flux create source git` put
//! into a Secret's `identity`, `identity.pub` and `known_hosts`.
//!
//! * Private keys are written in the OpenSSH format (`-----BEGIN OPENSSH PRIVATE KEY-----`), public
//!   keys as one `authorized_keys` line (`<type> <base64>\n`, no comment), as Go's
//!   `ssh.MarshalAuthorizedKey` prints them. ECDSA and Ed25519 keys are made by the `ssh-key` crate;
//!   RSA keys by the `rsa` crate and encoded here, because `ssh-key` refuses RSA below 2048 bits and
//!   Flux accepts 1024.
//! * [`load`] reads OpenSSH keys itself (decrypting with the passphrase when one is given) and hands any
//!   other format (PEM PKCS#1, PKCS#8, SEC1) to `ssh-keygen -y`, which reads them all.
//! * [`scan_host_key`] runs OpenSSH's `ssh-keyscan` and keeps the one key Go's SSH client would have
//!   been shown — ECDSA first, then RSA, then Ed25519 — as Flux's scan does. No SSH handshake is
//!   written here: the scan is the one place where a host key is taken without checking it, and it is
//!   left to OpenSSH.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use base64::Engine;
use ssh_key::rand_core::{OsRng, RngCore};
use ssh_key::{Algorithm, EcdsaCurve, LineEnding, PrivateKey};

/// Why a key could not be made, read or scanned. Messages never include key material.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    #[error("RSA key bit size must be at least 1024")]
    RsaTooSmall,
    #[error("RSA key bit size must be a multiples of 8")]
    RsaNotMultipleOf8,
    #[error("key pair generation failed, error: {0}")]
    Generate(String),
    #[error("ssh: this private key is passphrase protected")]
    PassphraseRequired,
    #[error("ssh: {0}")]
    Parse(String),
    #[error("SSH key scan for host {host} failed, error: {message}")]
    Scan { host: String, message: String },
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// An ECDSA curve.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Curve {
    P256,
    P384,
    P521,
}

/// The algorithm of a key pair to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyAlgorithm {
    /// RSA with this many bits: at least 1024, a multiple of 8.
    Rsa {
        bits: usize,
    },
    Ecdsa(Curve),
    Ed25519,
}

/// A private key and its public half.
#[derive(Clone, PartialEq, Eq)]
pub struct KeyPair {
    /// The private key file's content: as generated (OpenSSH format), or as read by [`load`], unchanged.
    pub private_key: Vec<u8>,
    /// `<type> <base64>\n`: one `authorized_keys` line.
    pub public_key: String,
}

impl std::fmt::Debug for KeyPair {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeyPair").field("private_key", &"***").field("public_key", &self.public_key).finish()
    }
}

/// Generates a new, unencrypted key pair.
pub fn generate(algorithm: KeyAlgorithm) -> Result<KeyPair, KeyError> {
    let key = match algorithm {
        KeyAlgorithm::Rsa { bits } => return generate_rsa(bits),
        KeyAlgorithm::Ed25519 => PrivateKey::random(&mut OsRng, Algorithm::Ed25519),
        KeyAlgorithm::Ecdsa(curve) => {
            let curve = match curve {
                Curve::P256 => EcdsaCurve::NistP256,
                Curve::P384 => EcdsaCurve::NistP384,
                Curve::P521 => EcdsaCurve::NistP521,
            };
            PrivateKey::random(&mut OsRng, Algorithm::Ecdsa { curve })
        }
    }
    .map_err(|e| KeyError::Generate(e.to_string()))?;
    let private_key = key.to_openssh(LineEnding::LF).map_err(|e| KeyError::Generate(e.to_string()))?;
    let public_key = authorized_key(&key).map_err(|e| KeyError::Generate(e.to_string()))?;
    Ok(KeyPair { private_key: private_key.as_bytes().to_vec(), public_key })
}

/// `<type> <base64>\n`, without the comment.
fn authorized_key(key: &PrivateKey) -> Result<String, ssh_key::Error> {
    let mut public = key.public_key().clone();
    public.set_comment("");
    Ok(format!("{}\n", public.to_openssh()?.trim_end()))
}

/// Reads a private key file's content, decrypting it with `passphrase` if given, and derives its public
/// key. The returned pair keeps `private_key` as given (still encrypted, if it was).
pub fn load(private_key: &[u8], passphrase: Option<&str>) -> Result<KeyPair, KeyError> {
    let passphrase = passphrase.filter(|p| !p.is_empty());
    match PrivateKey::from_openssh(private_key) {
        Ok(key) => {
            let key = match (key.is_encrypted(), passphrase) {
                (true, None) => return Err(KeyError::PassphraseRequired),
                (true, Some(p)) => {
                    key.decrypt(p).map_err(|_| KeyError::Parse("decryption password incorrect".into()))?
                }
                (false, _) => key,
            };
            let public_key = authorized_key(&key).map_err(|e| KeyError::Parse(e.to_string()))?;
            Ok(KeyPair { private_key: private_key.to_vec(), public_key })
        }
        // Not an OpenSSH key `ssh-key` reads (PEM formats, RSA below 2048 bits): OpenSSH reads it.
        Err(_) => {
            let public_key = public_key_by_ssh_keygen(private_key, passphrase)?;
            Ok(KeyPair { private_key: private_key.to_vec(), public_key })
        }
    }
}

/// `ssh-keygen -y`: the public key of a private key file, in any format OpenSSH reads.
fn public_key_by_ssh_keygen(private_key: &[u8], passphrase: Option<&str>) -> Result<String, KeyError> {
    let dir = tempfile::Builder::new().prefix("flux-key-").tempdir()?;
    let key_path = dir.path().join("identity");
    let mut key = private_key.to_vec();
    if !key.ends_with(b"\n") {
        key.push(b'\n');
    }
    write_owner_only(&key_path, &key, 0o600)?;
    let mut command = Command::new("ssh-keygen");
    command.arg("-y").arg("-f").arg(&key_path).stdin(Stdio::null());
    match passphrase {
        // The passphrase reaches ssh-keygen through an askpass helper reading a private file, never
        // through its command line (which any local user could read).
        Some(passphrase) => {
            let secret = dir.path().join("passphrase");
            write_owner_only(&secret, passphrase.as_bytes(), 0o600)?;
            let askpass = dir.path().join("askpass");
            let quoted = format!("'{}'", secret.display().to_string().replace('\'', "'\\''"));
            write_owner_only(&askpass, format!("#!/bin/sh\ncat {quoted}\n").as_bytes(), 0o700)?;
            command.env("SSH_ASKPASS", &askpass).env("SSH_ASKPASS_REQUIRE", "force").env_remove("DISPLAY");
        }
        None => {
            command.args(["-P", ""]);
        }
    }
    let output =
        command.output().map_err(|e| KeyError::Parse(format!("cannot run ssh-keygen to read the key: {e}")))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        if passphrase.is_none() && (stderr.contains("incorrect passphrase") || stderr.contains("passphrase")) {
            return Err(KeyError::PassphraseRequired);
        }
        return Err(KeyError::Parse(format!("no key found: {}", stderr.trim())));
    }
    let line = String::from_utf8_lossy(&output.stdout);
    let mut fields = line.split_whitespace();
    match (fields.next(), fields.next()) {
        (Some(kind), Some(data)) => Ok(format!("{kind} {data}\n")),
        _ => Err(KeyError::Parse("no key found".into())),
    }
}

/// Creates `path` with `mode` (0600 for secrets) and writes `content`.
fn write_owner_only(path: &Path, content: &[u8], mode: u32) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, mode);
    #[cfg(not(unix))]
    let _ = mode;
    options.open(path)?.write_all(content)
}

fn generate_rsa(bits: usize) -> Result<KeyPair, KeyError> {
    use rsa::traits::{PrivateKeyParts, PublicKeyParts};
    if bits < 1024 {
        return Err(KeyError::RsaTooSmall);
    }
    if !bits.is_multiple_of(8) {
        return Err(KeyError::RsaNotMultipleOf8);
    }
    let key = rsa::RsaPrivateKey::new(&mut OsRng, bits).map_err(|e| KeyError::Generate(e.to_string()))?;
    let primes = key.primes();
    let iqmp = key.crt_coefficient().ok_or_else(|| KeyError::Generate("no CRT coefficient".into()))?;
    let (n, e, d) = (key.n().to_bytes_be(), key.e().to_bytes_be(), key.d().to_bytes_be());
    let (p, q, iqmp) = (primes[0].to_bytes_be(), primes[1].to_bytes_be(), iqmp.to_bytes_be());

    let mut public = Vec::new();
    put_string(&mut public, b"ssh-rsa");
    put_mpint(&mut public, &e);
    put_mpint(&mut public, &n);

    let mut secret = Vec::new();
    let check = OsRng.next_u32().to_be_bytes();
    secret.extend_from_slice(&check);
    secret.extend_from_slice(&check);
    put_string(&mut secret, b"ssh-rsa");
    for part in [&n, &e, &d, &iqmp, &p, &q] {
        put_mpint(&mut secret, part);
    }
    put_string(&mut secret, b"");
    let mut pad = 1u8;
    while !secret.len().is_multiple_of(8) {
        secret.push(pad);
        pad += 1;
    }
    Ok(KeyPair {
        private_key: openssh_private_key(&public, &secret).into_bytes(),
        public_key: public_line("ssh-rsa", &public),
    })
}

/// An unencrypted `openssh-key-v1` file holding one key.
fn openssh_private_key(public: &[u8], secret: &[u8]) -> String {
    let mut blob = b"openssh-key-v1\0".to_vec();
    put_string(&mut blob, b"none");
    put_string(&mut blob, b"none");
    put_string(&mut blob, b"");
    blob.extend_from_slice(&1u32.to_be_bytes());
    put_string(&mut blob, public);
    put_string(&mut blob, secret);
    let encoded = base64::engine::general_purpose::STANDARD.encode(&blob);
    let mut pem = String::from("-----BEGIN OPENSSH PRIVATE KEY-----\n");
    for chunk in encoded.as_bytes().chunks(70) {
        pem.push_str(std::str::from_utf8(chunk).expect("base64 is ASCII"));
        pem.push('\n');
    }
    pem.push_str("-----END OPENSSH PRIVATE KEY-----\n");
    pem
}

fn public_line(kind: &str, blob: &[u8]) -> String {
    format!("{kind} {}\n", base64::engine::general_purpose::STANDARD.encode(blob))
}

fn put_string(out: &mut Vec<u8>, bytes: &[u8]) {
    out.extend_from_slice(&(bytes.len() as u32).to_be_bytes());
    out.extend_from_slice(bytes);
}

/// An SSH `mpint`: big-endian, no leading zeros, a zero byte first when the top bit is set.
fn put_mpint(out: &mut Vec<u8>, be: &[u8]) {
    let trimmed: &[u8] = match be.iter().position(|b| *b != 0) {
        Some(first) => &be[first..],
        None => &[],
    };
    if trimmed.first().is_some_and(|b| b & 0x80 != 0) {
        out.extend_from_slice(&((trimmed.len() + 1) as u32).to_be_bytes());
        out.push(0);
        out.extend_from_slice(trimmed);
    } else {
        put_string(out, trimmed);
    }
}

/// The key types Go's SSH client asks for, in its order: the one a scan keeps.
const HOST_KEY_PREFERENCE: [&str; 5] =
    ["ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521", "ssh-rsa", "ssh-ed25519"];

/// Scans the host key of an SSH server and returns one `known_hosts` line, `host type base64` for
/// port 22 and `[host]:port type base64` otherwise, without a trailing newline.
///
/// `host` is a URL's host part, with or without `:port` (an IPv6 address in brackets). The key is the
/// one a Go SSH client negotiates — ECDSA (P-256, P-384, P-521), then RSA, then Ed25519 — which is
/// what Flux stores. Runs `ssh-keyscan`.
pub fn scan_host_key(host: &str, timeout: Duration) -> Result<String, KeyError> {
    let (name, port) = split_host_port(host);
    let shown = format!("{}:{port}", if name.contains(':') { format!("[{name}]") } else { name.to_string() });
    let fail = |message: String| KeyError::Scan { host: shown.clone(), message };
    // Reach the port first, so that an unreachable server reads as Go's dial error, not as silence.
    let addrs: Vec<std::net::SocketAddr> = std::net::ToSocketAddrs::to_socket_addrs(&(name, port))
        .map_err(|e| fail(format!("dial tcp: lookup {name}: {e}")))?
        .collect();
    let reached = addrs.iter().find_map(|a| std::net::TcpStream::connect_timeout(a, timeout).ok().map(|_| ()));
    if reached.is_none() {
        let reason = match addrs.first().map(|a| std::net::TcpStream::connect_timeout(a, timeout)) {
            Some(Err(e)) if e.kind() == std::io::ErrorKind::ConnectionRefused => "connection refused".to_string(),
            Some(Err(e)) if e.kind() == std::io::ErrorKind::TimedOut => "i/o timeout".to_string(),
            Some(Err(e)) => e.to_string(),
            _ => "no address".to_string(),
        };
        return Err(fail(format!("dial tcp {shown}: connect: {reason}")));
    }
    let output = Command::new("ssh-keyscan")
        .args(["-T", &timeout.as_secs().max(1).to_string(), "-p", &port.to_string()])
        .args(["-t", "ecdsa,rsa,ed25519", "--"])
        .arg(name)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| fail(format!("cannot run ssh-keyscan: {e}")))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    let keys: Vec<(&str, &str, &str)> = stdout
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let mut f = l.split_whitespace();
            Some((f.next()?, f.next()?, f.next()?))
        })
        .collect();
    HOST_KEY_PREFERENCE
        .iter()
        .find_map(|want| keys.iter().find(|(_, kind, _)| kind == want))
        .map(|(host, kind, key)| format!("{host} {kind} {key}"))
        .ok_or_else(|| {
            let stderr = String::from_utf8_lossy(&output.stderr);
            let detail: Vec<&str> = stderr.lines().filter(|l| !l.starts_with('#')).collect();
            fail(if detail.is_empty() { "no host key collected".into() } else { detail.join("; ") })
        })
}

/// `host[:port]` → (host, port), port 22 when absent; `[v6]:port` and bare `[v6]` lose their brackets.
fn split_host_port(host: &str) -> (&str, u16) {
    if let Some(rest) = host.strip_prefix('[') {
        if let Some((name, after)) = rest.split_once(']') {
            let port = after.strip_prefix(':').and_then(|p| p.parse().ok()).unwrap_or(22);
            return (name, port);
        }
    }
    match host.rsplit_once(':') {
        Some((name, port)) if !name.contains(':') => match port.parse() {
            Ok(port) => (name, port),
            Err(_) => (host, 22),
        },
        _ => (host, 22),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_and_port_are_split() {
        assert_eq!(split_host_port("github.com"), ("github.com", 22));
        assert_eq!(split_host_port("github.com:2222"), ("github.com", 2222));
        assert_eq!(split_host_port("[::1]:2222"), ("::1", 2222));
        assert_eq!(split_host_port("[::1]"), ("::1", 22));
    }

    #[test]
    fn mpint_is_sshs() {
        let mut out = Vec::new();
        put_mpint(&mut out, &[0, 0x80, 1]);
        assert_eq!(out, [0, 0, 0, 3, 0, 0x80, 1]);
        out.clear();
        put_mpint(&mut out, &[0x7f]);
        assert_eq!(out, [0, 0, 0, 1, 0x7f]);
    }

    #[test]
    fn rsa_sizes_are_checked() {
        assert!(matches!(generate(KeyAlgorithm::Rsa { bits: 512 }), Err(KeyError::RsaTooSmall)));
        assert!(matches!(generate(KeyAlgorithm::Rsa { bits: 1025 }), Err(KeyError::RsaNotMultipleOf8)));
    }

    #[test]
    fn generated_keys_load_back() {
        for algorithm in [KeyAlgorithm::Ed25519, KeyAlgorithm::Ecdsa(Curve::P256), KeyAlgorithm::Rsa { bits: 1024 }] {
            let pair = generate(algorithm).unwrap();
            let loaded = load(&pair.private_key, None).unwrap();
            assert_eq!(loaded.public_key, pair.public_key, "{algorithm:?}");
            assert!(!format!("{pair:?}").contains("PRIVATE KEY"));
        }
    }
}
