//! SOPS decryption, as kustomize-controller does it: a pure library, no key service, no cluster.
//!
//! A SOPS document keeps its structure in clear and encrypts values
//! (`ENC[AES256_GCM,data:…,iv:…,tag:…,type:str]`, AES-256-GCM under a random data key, the
//! value's path as additional data). The data key is stored in the `sops` metadata, encrypted to
//! each recipient: age X25519 recipients and OpenPGP keys are supported here; Vault and cloud KMS
//! keys are not. A MAC over all values (SHA-512, itself encrypted) detects changes.
//!
//! - [`Keyring`] holds age identities and OpenPGP secret keys, read from a decryption Secret as
//!   kustomize-controller reads it ([`Keyring::from_secret_data`]);
//! - [`decrypt`] turns an encrypted YAML, JSON, dotenv, INI or binary file into what `sops -d`
//!   prints; [`decrypt_to`] writes another format and may skip the MAC, as the controller does;
//! - [`decrypt_node`] decrypts a whole built resource (a YAML node with a top-level `sops`
//!   mapping), keeping the order of its keys.
//!
//! Errors are one line and never hold decrypted values or key material. `docs/sops.md` lists what
//! is supported and what is refused.
//!
//! ```
//! let encrypted = b"password: ENC[AES256_GCM,data:x,iv:y,tag:z,type:str]\nsops:\n    mac: ENC[AES256_GCM,data:x,iv:y,tag:z,type:str]\n";
//! assert!(sops::is_encrypted(encrypted, sops::Format::Yaml));
//! assert_eq!(sops::Format::from_path("secrets/app.enc.yaml"), sops::Format::Yaml);
//! assert_eq!(sops::Format::from_path("creds.bin"), sops::Format::Binary);
//! ```

mod cipher;
mod error;
mod keys;
mod metadata;
mod node;
mod stores;
mod tree;
mod walk;

use std::fmt;

pub use error::Error;
pub use keys::Keyring;
pub use node::{decrypt_node, is_encrypted_node};

use metadata::Flatten;
use tree::{Item, Value};

/// A file format sops reads and writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Any file: the whole content is the `data` value of a JSON envelope.
    Binary,
    /// `KEY=value` lines.
    Dotenv,
    Ini,
    Json,
    Yaml,
}

impl Format {
    /// The format kustomize-controller picks for a file name: `.yaml`/`.yml`, `.json` (and
    /// `.dockerconfigjson`), `.env`, `.ini`, anything else binary.
    pub fn from_path(path: &str) -> Format {
        if path.ends_with(".yaml") || path.ends_with(".yml") {
            Format::Yaml
        } else if path.ends_with(".json") || path.ends_with(".dockerconfigjson") {
            Format::Json
        } else if path.ends_with(".env") {
            Format::Dotenv
        } else if path.ends_with(".ini") {
            Format::Ini
        } else {
            Format::Binary
        }
    }

    /// The bytes kustomize-controller looks for to tell that data of this format is encrypted.
    pub fn marker(self) -> &'static [u8] {
        match self {
            // The binary format is a JSON envelope at rest.
            Format::Binary | Format::Json => b"\"mac\": \"ENC[",
            Format::Dotenv => b"sops_mac=ENC[",
            Format::Ini => b"[sops]",
            Format::Yaml => b"mac: ENC[",
        }
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Format::Binary => "binary",
            Format::Dotenv => "dotenv",
            Format::Ini => "INI",
            Format::Json => "JSON",
            Format::Yaml => "YAML",
        })
    }
}

/// Whether `data` carries the SOPS marker of `format`, the test kustomize-controller makes
/// before it decrypts a file.
pub fn is_encrypted(data: &[u8], format: Format) -> bool {
    contains(data, format.marker())
}

/// The format whose marker `data` carries, as kustomize-controller detects the format of an
/// encrypted Secret value (JSON for the JSON envelope, which the binary format shares).
pub fn detect_format(data: &[u8]) -> Option<Format> {
    [Format::Json, Format::Yaml, Format::Dotenv, Format::Ini].into_iter().find(|f| is_encrypted(data, *f))
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Whether the MAC is checked. `sops -d` checks it; kustomize-controller does not (kustomize
/// changes resources, a namespace or a label, before they are decrypted).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MacCheck {
    Verify,
    Skip,
}

/// Decrypts `data` as `sops -d` does: the output is in the same format, the MAC is verified.
///
/// # Errors
/// See [`Error`]: not encrypted, malformed input or metadata, no key of `keyring` opens the data
/// key, a value that does not decrypt, a MAC mismatch.
pub fn decrypt(data: &[u8], format: Format, keyring: &Keyring) -> Result<Vec<u8>, Error> {
    decrypt_to(data, format, format, keyring, MacCheck::Verify)
}

/// Decrypts `data` read as `input` and writes it as `output`, as kustomize-controller's
/// `SopsDecryptWithFormat` does (with [`MacCheck::Skip`], which is what the controller uses).
///
/// # Errors
/// As [`decrypt`], and a tree the output format cannot hold (nested values in dotenv, a binary
/// output without a string `data` value).
pub fn decrypt_to(
    data: &[u8],
    input: Format,
    output: Format,
    keyring: &Keyring,
    mac: MacCheck,
) -> Result<Vec<u8>, Error> {
    let (mut branches, flatten) = load(data, input)?;
    let meta = metadata::extract(&mut branches, flatten)?;
    let key = keyring.data_key(&meta)?;
    let computed = walk::decrypt_tree(&mut branches, &meta, &key)?;
    if mac == MacCheck::Verify && walk::stored_mac(&meta, &key)? != computed {
        return Err(Error::MacMismatch);
    }
    emit(&branches, output)
}

fn load(data: &[u8], format: Format) -> Result<(Vec<Vec<Item>>, Flatten), Error> {
    let fail = |message: String| Error::Load { format, message };
    let text = std::str::from_utf8(data).map_err(|e| fail(format!("not UTF-8 text (byte {})", e.valid_up_to())))?;
    Ok(match format {
        Format::Yaml => (stores::yaml::load(text).map_err(fail)?, Flatten::None),
        Format::Json | Format::Binary => (vec![stores::json::load(text).map_err(fail)?], Flatten::None),
        Format::Dotenv => (vec![stores::dotenv::load(text).map_err(fail)?], Flatten::Full),
        Format::Ini => (vec![stores::ini::load(text).map_err(fail)?], Flatten::BelowTop),
    })
}

fn emit(branches: &[Vec<Item>], format: Format) -> Result<Vec<u8>, Error> {
    let fail = |message: String| Error::Emit { format, message };
    let first = || branches.first().map_or(&[][..], Vec::as_slice);
    match format {
        Format::Yaml => Ok(stores::yaml::emit(branches).into_bytes()),
        Format::Json => stores::json::emit(first()).map_err(fail),
        Format::Dotenv => stores::dotenv::emit(first()).map_err(fail),
        Format::Ini => stores::ini::emit(branches).map_err(fail),
        Format::Binary => {
            if branches.len() != 1 {
                return Err(fail("there must be exactly one tree branch".into()));
            }
            let data = first().iter().find(|i| i.key_str() == Some("data"));
            match data.map(|i| &i.value) {
                Some(Value::Str(s)) => Ok(s.clone().into_bytes()),
                Some(Value::Raw(b)) => Ok(b.clone()),
                Some(_) => Err(fail("'data' key in tree does not have a string value".into())),
                None => Err(fail("no binary data found in tree".into())),
            }
        }
    }
}
