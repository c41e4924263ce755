//! The storage settings source-controller takes as flags (fluxcd/pkg `artifact/config`), with upstream's
//! defaults. `flux-rs run` binds them to its command line; this crate only reads them.

use std::path::PathBuf;
use std::time::Duration;

use crate::digest::Algorithm;

/// `--storage-path` default.
pub const DEFAULT_STORAGE_PATH: &str = "/data";
/// `--storage-addr` default.
pub const DEFAULT_STORAGE_ADDRESS: &str = ":9090";
/// `--artifact-retention-ttl` default: artifacts older than this (except the current one) are collected.
pub const DEFAULT_RETENTION_TTL: Duration = Duration::from_secs(60);
/// `--artifact-retention-records` default: how many artifacts an object keeps after a collection.
pub const DEFAULT_RETENTION_RECORDS: usize = 2;

/// Storage and artifact-server settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StorageOptions {
    /// `--storage-path` (env `STORAGE_PATH`): the directory artifacts are stored in.
    pub path: PathBuf,
    /// `--storage-addr` (env `STORAGE_ADDRESS`): the address the artifact server binds.
    pub address: String,
    /// `--storage-adv-addr` (env `STORAGE_ADV_ADDR`): the address put in artifact URLs; with or without an
    /// `http://`/`https://` scheme. Derived from `address` when empty.
    pub advertised_address: String,
    /// `--artifact-retention-ttl`.
    pub retention_ttl: Duration,
    /// `--artifact-retention-records`.
    pub retention_records: usize,
    /// `--artifact-digest-algo`.
    pub digest_algorithm: Algorithm,
}

impl Default for StorageOptions {
    fn default() -> Self {
        StorageOptions {
            path: PathBuf::from(DEFAULT_STORAGE_PATH),
            address: DEFAULT_STORAGE_ADDRESS.to_string(),
            advertised_address: String::new(),
            retention_ttl: DEFAULT_RETENTION_TTL,
            retention_records: DEFAULT_RETENTION_RECORDS,
            digest_algorithm: Algorithm::Sha256,
        }
    }
}

/// A storage address that is not `host:port`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid storage address {address:?}: {reason}")]
pub struct AddressError {
    pub address: String,
    pub reason: &'static str,
}

impl StorageOptions {
    /// The address artifact URLs use (upstream's `GetAdvertisedAddress`): `advertised_address` verbatim when
    /// set; otherwise `address` with an empty host replaced by `localhost` and `0.0.0.0` by the machine's
    /// host name (`$HOSTNAME`, else the kernel's).
    ///
    /// ```
    /// let mut o = artifact::config::StorageOptions::default();
    /// assert_eq!(o.advertised_address().unwrap(), "localhost:9090");
    /// o.advertised_address = "source-controller.flux-system.svc.cluster.local.".into();
    /// assert_eq!(o.advertised_address().unwrap(), "source-controller.flux-system.svc.cluster.local.");
    /// ```
    pub fn advertised_address(&self) -> Result<String, AddressError> {
        if !self.advertised_address.is_empty() {
            return Ok(self.advertised_address.clone());
        }
        let (host, port) = split_host_port(&self.address)?;
        let host = match host {
            "" => "localhost".to_string(),
            "0.0.0.0" => host_name(),
            h => h.to_string(),
        };
        Ok(join_host_port(&host, port))
    }
}

/// Splits `host:port`, `[v6]:port` or `:port` as Go's `net.SplitHostPort` does.
pub(crate) fn split_host_port(address: &str) -> Result<(&str, &str), AddressError> {
    let err = |reason| AddressError { address: address.to_string(), reason };
    if let Some(rest) = address.strip_prefix('[') {
        let (host, after) = rest.split_once(']').ok_or_else(|| err("missing ']' in address"))?;
        let port = after.strip_prefix(':').ok_or_else(|| err("missing port in address"))?;
        return Ok((host, port));
    }
    let (host, port) = address.rsplit_once(':').ok_or_else(|| err("missing port in address"))?;
    if host.contains(':') {
        return Err(err("too many colons in address"));
    }
    Ok((host, port))
}

fn join_host_port(host: &str, port: &str) -> String {
    if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    }
}

fn host_name() -> String {
    if let Ok(h) = std::env::var("HOSTNAME") {
        if !h.is_empty() {
            return h;
        }
    }
    let mut buf = [0u8; 256];
    // SAFETY: the buffer is valid for its length; gethostname NUL-terminates within it on success.
    let rc = unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) };
    if rc == 0 {
        let end = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
        if let Ok(h) = std::str::from_utf8(&buf[..end]) {
            if !h.is_empty() {
                return h.to_string();
            }
        }
    }
    "localhost".to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn advertised_address_from_bind_address() {
        let with =
            |address: &str| StorageOptions { address: address.into(), ..Default::default() }.advertised_address();
        assert_eq!(with(":9090").unwrap(), "localhost:9090");
        assert_eq!(with("127.0.0.1:8080").unwrap(), "127.0.0.1:8080");
        assert_eq!(with("[::1]:80").unwrap(), "[::1]:80");
        assert!(!with("0.0.0.0:9090").unwrap().starts_with("0.0.0.0"));
        assert!(with("invalid:address:format").unwrap_err().to_string().contains("invalid:address:format"));
        assert!(with("no-port").is_err());
    }
}
