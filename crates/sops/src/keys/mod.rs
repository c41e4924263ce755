//! The keys a decryption may use, and the recovery of a document's data key with them.

pub(crate) mod age;
pub(crate) mod pgp;

use crate::error::Error;
use crate::metadata::{MasterKey, Metadata};

/// Secret entries kustomize-controller reads for key services this implementation does not
/// have: Vault tokens and cloud KMS credentials.
const UNSUPPORTED_ENTRIES: [&str; 4] = ["sops.vault-token", "sops.aws-kms", "sops.azure-kv", "sops.gcp-kms"];

/// The age identities and OpenPGP secret keys a decryption may use.
///
/// ```
/// let keyring = sops::Keyring::from_secret_data([
///     ("identity.agekey", b"# created: 2024-01-01\nAGE-SECRET-KEY-1MXJCSCAQ5GUK06Y86W6KEZAJRY453V7W5WNC2RP3AH7ZNTSMASQQXX50WU\n".as_slice()),
///     ("sops.vault-token", b"s.token".as_slice()),
///     ("README", b"not a key".as_slice()),
/// ])
/// .unwrap();
/// assert_eq!(keyring.age_recipients(), ["age1c8d6v3vp9n2v5k6xuh63dcx3saqvgsc2pp0emsx678ed4fhnrucqmx89xp"]);
/// assert_eq!(keyring.unsupported(), ["sops.vault-token"]);
/// ```
#[derive(Debug, Clone, Default)]
pub struct Keyring {
    age: Vec<age::Identity>,
    pgp: Vec<pgp::SecretKey>,
    unsupported: Vec<String>,
}

impl Keyring {
    /// An empty keyring.
    pub fn new() -> Keyring {
        Keyring::default()
    }

    /// Reads a decryption Secret's data as kustomize-controller does: entries whose name ends
    /// `.agekey` hold age identities, `.asc` OpenPGP secret keys. The Vault and KMS credential
    /// entries (`sops.vault-token`, `sops.aws-kms`, `sops.azure-kv`, `sops.gcp-kms`) are not
    /// supported and listed by [`Keyring::unsupported`]; other entries are ignored.
    ///
    /// # Errors
    /// An entry that does not read as what its name says, naming the entry.
    pub fn from_secret_data<'a>(entries: impl IntoIterator<Item = (&'a str, &'a [u8])>) -> Result<Keyring, Error> {
        let mut keyring = Keyring::new();
        for (name, value) in entries {
            match extension(name) {
                ".agekey" => {
                    let text = std::str::from_utf8(value).map_err(|_| Error::Key {
                        name: name.into(),
                        message: "age identities are not UTF-8 text".into(),
                    })?;
                    keyring.add_age_identities(name, text)?;
                }
                ".asc" => {
                    keyring.add_pgp_keys(name, value)?;
                }
                _ if UNSUPPORTED_ENTRIES.contains(&name) => keyring.unsupported.push(name.to_string()),
                _ => {}
            }
        }
        Ok(keyring)
    }

    /// Adds the identities of an age key file: one `AGE-SECRET-KEY-1…` per line, blank lines and
    /// `#` comments allowed. Returns how many were added.
    ///
    /// # Errors
    /// A line that is not an X25519 identity (plugin and post-quantum identities are not
    /// supported), naming `name` and the line number.
    pub fn add_age_identities(&mut self, name: &str, text: &str) -> Result<usize, Error> {
        let mut added = 0;
        for (index, line) in text.split('\n').enumerate() {
            let line = line.strip_suffix('\r').unwrap_or(line);
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let fail =
                |message: String| Error::Key { name: name.into(), message: format!("line {}: {message}", index + 1) };
            if line.starts_with("AGE-PLUGIN-") {
                return Err(fail("age plugin identities are not supported".into()));
            }
            if line.starts_with("AGE-SECRET-KEY-PQ-1") {
                return Err(fail("post-quantum age identities are not supported".into()));
            }
            if !line.starts_with("AGE-SECRET-KEY-1") {
                return Err(fail("unknown identity type".into()));
            }
            let identity = age::Identity::parse(line).map_err(|e| fail(e.to_string()))?;
            self.age.push(identity);
            added += 1;
        }
        Ok(added)
    }

    /// Adds the OpenPGP secret keys of an armored (or binary) key file, several blocks allowed.
    /// Returns how many were added.
    ///
    /// # Errors
    /// No secret key in the file, a key protected by a passphrase, or data that is not OpenPGP.
    pub fn add_pgp_keys(&mut self, name: &str, data: &[u8]) -> Result<usize, Error> {
        let keys = pgp::parse_keys(data).map_err(|message| Error::Key { name: name.into(), message })?;
        let added = keys.len();
        self.pgp.extend(keys);
        Ok(added)
    }

    /// The recipients (`age1…`) of the age identities, in the order they were added.
    pub fn age_recipients(&self) -> Vec<&str> {
        self.age.iter().map(|i| i.recipient.as_str()).collect()
    }

    /// The fingerprints of the OpenPGP secret keys (upper-case hex), in the order they were added.
    pub fn pgp_fingerprints(&self) -> Vec<&str> {
        self.pgp.iter().map(|k| k.fingerprint.as_str()).collect()
    }

    /// The Secret entries [`Keyring::from_secret_data`] recognised but cannot use (Vault and
    /// KMS credentials).
    pub fn unsupported(&self) -> &[String] {
        &self.unsupported
    }

    /// Whether the keyring holds no key at all.
    pub fn is_empty(&self) -> bool {
        self.age.is_empty() && self.pgp.is_empty()
    }

    /// Recovers the data key from the first master key of the document that a key of this
    /// keyring opens (age keys tried first, then PGP, as sops does).
    pub(crate) fn data_key(&self, meta: &Metadata) -> Result<[u8; 32], Error> {
        if meta.key_groups.len() > 1 {
            return Err(Error::Unsupported(format!(
                "the data key is split between {} key groups with Shamir's secret sharing (threshold {}), which is not supported",
                meta.key_groups.len(),
                if meta.shamir_threshold > 0 { meta.shamir_threshold } else { meta.key_groups.len() as i64 }
            )));
        }
        let Some(group) = meta.key_groups.first() else {
            return Err(Error::Metadata("no keys found in file".into()));
        };
        let mut order: Vec<&MasterKey> = group.iter().collect();
        order.sort_by_key(|k| k.priority());
        let mut problems = Vec::new();
        for key in &order {
            let opened = match key {
                MasterKey::Age { enc, .. } => match age::decrypt(enc, &self.age) {
                    Ok(key) => Some(key),
                    Err(age::AgeError::NoMatch) => None,
                    Err(age::AgeError::Invalid(why)) => {
                        problems.push(format!("{}: {why}", key.describe()));
                        None
                    }
                },
                MasterKey::Pgp { enc, .. } => match pgp::decrypt(enc, &self.pgp) {
                    Ok(key) => Some(key),
                    Err(pgp::PgpError::NoMatch) => None,
                    Err(pgp::PgpError::Invalid(why)) => {
                        problems.push(format!("{}: {why}", key.describe()));
                        None
                    }
                },
                MasterKey::Other { .. } => None,
            };
            if let Some(data_key) = opened {
                return data_key.try_into().map_err(|k: Vec<u8>| Error::Value {
                    path: key.describe(),
                    cause: format!("the data key has {} bytes instead of 32", k.len()),
                });
            }
        }
        let recipients: Vec<String> = order.iter().map(|k| k.describe()).collect();
        let mut message = if self.is_empty() {
            "the keyring holds no age or PGP key".to_string()
        } else {
            "no age or PGP key in the keyring matches any recipient of the data key".to_string()
        };
        message.push_str(&format!(" (recipients: {})", recipients.join(", ")));
        if !problems.is_empty() {
            message.push_str(&format!("; {}", problems.join("; ")));
        }
        Err(Error::NoMatchingKey(message))
    }
}

/// Go's `filepath.Ext`: from the last dot of the last path element.
fn extension(name: &str) -> &str {
    let base = name.rsplit('/').next().unwrap_or(name);
    base.rfind('.').map_or("", |i| &base[i..])
}
