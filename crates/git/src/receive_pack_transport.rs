//! Connecting gix's transport for push, with an [`Auth`]'s credentials.
//!
//! * HTTP(S): basic auth as gix's identity, a bearer token as an `Authorization` header, `ca.crt` as the
//!   only trusted CA (written to a temporary file for reqwest), the proxy.
//! * SSH: OpenSSH with the key and `known_hosts` in a private temporary directory and
//!   `StrictHostKeyChecking=yes`, `IdentitiesOnly=yes`, `BatchMode=yes`: an unknown host key is refused.
//! * `file://` and `git://`: no credentials.

use std::io::Write;

use gix::protocol::transport::client::blocking_io::Transport;
use gix::protocol::transport::{Protocol, Service};

use crate::auth::Auth;

/// A transport and the temporary files it reads (key, `known_hosts`, CA) while it lives.
pub(crate) struct Connection {
    pub transport: Box<dyn Transport + Send>,
    _files: Option<tempfile::TempDir>,
}

pub(crate) fn connect(url: &str, auth: &Auth, _service: Service) -> Result<Connection, String> {
    let parsed = gix::url::parse(gix::bstr::BStr::new(url)).map_err(|e| e.to_string())?;
    let mut files = None;
    let mut options = gix::protocol::transport::client::blocking_io::connect::Options {
        version: Protocol::V1,
        ..Default::default()
    };
    if parsed.scheme == gix::url::Scheme::Ssh {
        let ssh = auth.ssh.as_ref().ok_or("an SSH URL needs an SSH key and known_hosts")?;
        let dir = tempfile::Builder::new().prefix("flux-ssh-").tempdir().map_err(|e| e.to_string())?;
        let command = ssh_command(dir.path(), ssh).map_err(|e| e.to_string())?;
        options.ssh.command = Some(command.into());
        options.ssh.kind = Some(gix::protocol::transport::client::blocking_io::ssh::ProgramKind::Ssh);
        files = Some(dir);
    }
    let mut url_with_user = parsed.clone();
    if parsed.scheme == gix::url::Scheme::Ssh && parsed.user().is_none() {
        let user = auth.ssh.as_ref().and_then(|s| s.user.clone()).unwrap_or_else(|| "git".to_string());
        url_with_user.set_user(Some(user));
    }
    let mut transport =
        gix::protocol::transport::client::blocking_io::connect::connect(url_with_user, options).map_err(|e| format!("{e}"))?;
    if matches!(parsed.scheme, gix::url::Scheme::Http | gix::url::Scheme::Https) {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut http = gix::protocol::transport::client::blocking_io::http::Options::default();
        if let Some(token) = &auth.bearer_token {
            http.extra_headers.push(format!("Authorization: Bearer {token}"));
        }
        if let Some(ca) = &auth.ca_pem {
            let dir = tempfile::Builder::new().prefix("flux-ca-").tempdir().map_err(|e| e.to_string())?;
            let path = dir.path().join("ca.crt");
            std::fs::write(&path, ca).map_err(|e| e.to_string())?;
            http.ssl_ca_info = Some(path);
            files = Some(dir);
        }
        if let Some(proxy) = &auth.proxy {
            http.proxy = Some(proxy.address.clone());
        }
        transport.configure(&http).map_err(|e| e.to_string())?;
        if let Some(basic) = &auth.basic {
            transport
                .set_identity(gix::sec::identity::Account {
                    username: basic.username.clone(),
                    password: basic.password.clone(),
                    oauth_refresh_token: None,
                })
                .map_err(|e| e.to_string())?;
        }
    }
    Ok(Connection { transport, _files: files })
}

/// The OpenSSH command line with the key and `known_hosts` written into `dir` (mode 0600).
pub(crate) fn ssh_command(dir: &std::path::Path, ssh: &crate::auth::Ssh) -> std::io::Result<String> {
    let key = dir.join("identity");
    let known_hosts = dir.join("known_hosts");
    write_private(&key, &ssh.private_key)?;
    write_private(&known_hosts, ssh.known_hosts.as_bytes())?;
    if ssh.passphrase.is_some() {
        // OpenSSH cannot take a passphrase in batch mode; the key is decrypted into the private file.
        if let Some(plain) = decrypt(&ssh.private_key, ssh.passphrase.as_deref()) {
            write_private(&key, &plain)?;
        }
    }
    Ok(format!(
        "ssh -o StrictHostKeyChecking=yes -o UserKnownHostsFile={} -o GlobalKnownHostsFile=/dev/null \
         -o IdentitiesOnly=yes -o IdentityFile={} -o BatchMode=yes -o PasswordAuthentication=no -F /dev/null",
        quote(&known_hosts),
        quote(&key)
    ))
}

fn decrypt(key: &[u8], passphrase: Option<&str>) -> Option<Vec<u8>> {
    let parsed = ssh_key::PrivateKey::from_openssh(key).ok()?;
    let plain = parsed.decrypt(passphrase?).ok()?;
    Some(plain.to_openssh(ssh_key::LineEnding::LF).ok()?.as_bytes().to_vec())
}

fn quote(path: &std::path::Path) -> String {
    format!("'{}'", path.display().to_string().replace('\'', r"'\''"))
}

fn write_private(path: &std::path::Path, content: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(content)?;
    if !content.ends_with(b"\n") {
        file.write_all(b"\n")?;
    }
    Ok(())
}
