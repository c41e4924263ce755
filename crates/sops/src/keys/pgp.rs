//! OpenPGP secret keys and the armored messages sops stores PGP-encrypted data keys in.
//!
//! kustomize-controller imports `.asc` entries into a GnuPG home and lets `gpg -d` find the key a
//! message is for; rpgp does the same lookup by key id here (primary keys and subkeys).

use pgp::composed::{Message, PublicOrSecret, SignedSecretKey};
use pgp::types::{KeyDetails, Password};

/// One OpenPGP secret key (with its subkeys).
#[derive(Clone, Debug)]
pub(crate) struct SecretKey {
    key: SignedSecretKey,
    /// The primary key's fingerprint, upper-case hex, as sops writes `fp`.
    pub fingerprint: String,
}

/// Reads every secret key in `text`: one or more armored blocks (or binary packets). Public keys
/// are skipped; a file with no secret key at all is an error, and so is a key protected by a
/// passphrase (kustomize-controller has no way to enter one either).
pub(crate) fn parse_keys(data: &[u8]) -> Result<Vec<SecretKey>, String> {
    let mut keys = Vec::new();
    let text = std::str::from_utf8(data).ok().filter(|t| t.contains("-----BEGIN PGP "));
    match text {
        Some(text) => {
            for block in armor_blocks(text) {
                read_keys(block.as_bytes(), &mut keys)?;
            }
        }
        None => read_keys(data, &mut keys)?,
    }
    if keys.is_empty() {
        return Err("no OpenPGP secret key found".into());
    }
    Ok(keys)
}

fn read_keys(data: &[u8], keys: &mut Vec<SecretKey>) -> Result<(), String> {
    let (parsed, _) = PublicOrSecret::from_reader_many(data)
        .map_err(|e| format!("not an OpenPGP key: {}", one_line(&e.to_string())))?;
    for key in parsed {
        let key = key.map_err(|e| format!("not an OpenPGP key: {}", one_line(&e.to_string())))?;
        let PublicOrSecret::Secret(key) = key else { continue };
        let fingerprint = format!("{:X}", key.primary_key.fingerprint());
        let locked = key.primary_key.secret_params().is_encrypted()
            || key.secret_subkeys.iter().any(|k| k.key.secret_params().is_encrypted());
        if locked {
            return Err(format!(
                "the OpenPGP secret key {fingerprint} is protected by a passphrase, which is not supported"
            ));
        }
        keys.push(SecretKey { key, fingerprint });
    }
    Ok(())
}

/// Each `-----BEGIN PGP …-----` … `-----END PGP …-----` block of a text, in order.
fn armor_blocks(text: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in text.lines() {
        let trimmed = line.trim_end();
        if trimmed.starts_with("-----BEGIN PGP ") {
            current = Some(String::new());
        }
        if let Some(block) = current.as_mut() {
            block.push_str(trimmed);
            block.push('\n');
        }
        if trimmed.starts_with("-----END PGP ") {
            if let Some(block) = current.take() {
                blocks.push(block);
            }
        }
    }
    blocks
}

/// Why a PGP data key did not open.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum PgpError {
    /// None of the keys is a recipient of the message.
    NoMatch,
    Invalid(String),
}

/// Decrypts an armored PGP message with whichever of `keys` it is for.
pub(crate) fn decrypt(message: &str, keys: &[SecretKey]) -> Result<Vec<u8>, PgpError> {
    if keys.is_empty() {
        return Err(PgpError::NoMatch);
    }
    let (msg, _) = Message::from_string(message.trim())
        .map_err(|e| PgpError::Invalid(format!("not an armored PGP message: {}", one_line(&e.to_string()))))?;
    let secret_keys: Vec<&SignedSecretKey> = keys.iter().map(|k| &k.key).collect();
    let password = Password::empty();
    let mut msg = match msg.decrypt_with_keys(vec![&password], secret_keys) {
        Ok(msg) => msg,
        Err(pgp::errors::Error::MissingKey) => return Err(PgpError::NoMatch),
        Err(e) => return Err(PgpError::Invalid(one_line(&e.to_string()))),
    };
    if msg.is_compressed() {
        msg = msg.decompress().map_err(|e| PgpError::Invalid(one_line(&e.to_string())))?;
    }
    msg.as_data_vec().map_err(|e| PgpError::Invalid(one_line(&e.to_string())))
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}
