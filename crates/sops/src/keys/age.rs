//! age (age-encryption.org/v1) as sops uses it: an armored file holding the 32-byte data key,
//! opened with X25519 identities (`AGE-SECRET-KEY-1…`).
//!
//! The format, from the age specification (C2SP age.md):
//!
//! - the header is `age-encryption.org/v1\n`, then stanzas (`-> type args…\n` and a body in
//!   unpadded base64, wrapped at 64 columns, ended by a line shorter than 64 columns), then
//!   `--- ` and the header MAC in unpadded base64;
//! - an X25519 stanza is `-> X25519 <ephemeral share>`; its body is the file key wrapped with
//!   ChaCha20-Poly1305 (nonce zero) under HKDF-SHA-256(shared secret, salt = ephemeral share ‖
//!   recipient, info = `age-encryption.org/v1/X25519`);
//! - the header MAC is HMAC-SHA-256 under HKDF-SHA-256(file key, no salt, info = `header`) over
//!   the header up to and including `---`;
//! - the payload is a 16-byte nonce, then STREAM: 64 KiB chunks sealed with ChaCha20-Poly1305
//!   under HKDF-SHA-256(file key, salt = nonce, info = `payload`), the chunk nonce being an
//!   11-byte big-endian counter and a last-chunk flag byte.

use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD};
use base64::Engine;
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::ChaCha20Poly1305;
use hkdf::Hkdf;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use x25519_dalek::{PublicKey, StaticSecret};

const INTRO: &str = "age-encryption.org/v1\n";
const ARMOR_BEGIN: &str = "-----BEGIN AGE ENCRYPTED FILE-----";
const ARMOR_END: &str = "-----END AGE ENCRYPTED FILE-----";
const X25519_INFO: &[u8] = b"age-encryption.org/v1/X25519";
const CHUNK: usize = 64 * 1024;
const TAG: usize = 16;

/// An age X25519 identity.
#[derive(Clone)]
pub(crate) struct Identity {
    secret: StaticSecret,
    /// The recipient (`age1…`) the identity answers to.
    pub recipient: String,
}

impl std::fmt::Debug for Identity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Identity").field("recipient", &self.recipient).finish_non_exhaustive()
    }
}

impl Identity {
    /// Reads `AGE-SECRET-KEY-1…` (upper case, as age writes it; age also takes lower case).
    pub fn parse(text: &str) -> Result<Identity, String> {
        let (hrp, data) = bech32_decode(text).ok_or("not a valid Bech32 age secret key")?;
        if hrp != "age-secret-key-" {
            return Err("not an age secret key".into());
        }
        let bytes: [u8; 32] = data.try_into().map_err(|_| "an age secret key holds 32 bytes")?;
        let secret = StaticSecret::from(bytes);
        let public = PublicKey::from(&secret);
        let recipient = bech32_encode("age", public.as_bytes());
        Ok(Identity { secret, recipient })
    }
}

/// Why an age file did not open.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum AgeError {
    /// No stanza is for one of the identities.
    NoMatch,
    /// The file is not a well-formed age file, or does not authenticate.
    Invalid(&'static str),
}

/// Opens an armored (or binary) age file with any of `identities`.
pub(crate) fn decrypt(file: &str, identities: &[Identity]) -> Result<Vec<u8>, AgeError> {
    if identities.is_empty() {
        return Err(AgeError::NoMatch);
    }
    let binary = dearmor(file)?;
    let header_end = find_header_end(&binary).ok_or(AgeError::Invalid("no age header"))?;
    let header = std::str::from_utf8(&binary[..header_end.mac_line_end])
        .map_err(|_| AgeError::Invalid("the age header is not text"))?;
    let (stanzas, mac_b64) = parse_header(header)?;
    let mut file_key = None;
    for stanza in &stanzas {
        if stanza.kind != "X25519" {
            continue;
        }
        for identity in identities {
            if let Some(key) = unwrap_x25519(stanza, identity)? {
                file_key = Some(key);
                break;
            }
        }
        if file_key.is_some() {
            break;
        }
    }
    let file_key = file_key.ok_or(AgeError::NoMatch)?;
    verify_header_mac(&file_key, &header[..header_end.mac_start], mac_b64)?;
    decrypt_payload(&file_key, &binary[header_end.mac_line_end..])
}

struct HeaderEnd {
    /// Offset just after `---`.
    mac_start: usize,
    /// Offset just after the MAC line's newline.
    mac_line_end: usize,
}

/// Finds the `\n--- ` line that ends the header.
fn find_header_end(data: &[u8]) -> Option<HeaderEnd> {
    let at = data.windows(5).position(|w| w == b"\n--- ")? + 1;
    let newline = data[at..].iter().position(|b| *b == b'\n')? + at;
    Some(HeaderEnd { mac_start: at + 3, mac_line_end: newline + 1 })
}

struct Stanza<'a> {
    kind: &'a str,
    args: Vec<&'a str>,
    body: Vec<u8>,
}

fn parse_header(header: &str) -> Result<(Vec<Stanza<'_>>, &str), AgeError> {
    let rest = header.strip_prefix(INTRO).ok_or(AgeError::Invalid("not an age-encryption.org/v1 file"))?;
    let mut lines = rest.split_inclusive('\n').peekable();
    let mut stanzas = Vec::new();
    loop {
        let line = lines.next().ok_or(AgeError::Invalid("the age header ends early"))?;
        let line = line.strip_suffix('\n').ok_or(AgeError::Invalid("the age header ends early"))?;
        if let Some(mac) = line.strip_prefix("--- ") {
            return Ok((stanzas, mac));
        }
        let args = line.strip_prefix("-> ").ok_or(AgeError::Invalid("malformed age stanza"))?;
        let mut words = args.split(' ');
        let kind = words.next().filter(|k| !k.is_empty()).ok_or(AgeError::Invalid("malformed age stanza"))?;
        let args: Vec<&str> = words.collect();
        let mut body = String::new();
        loop {
            let line = lines.next().ok_or(AgeError::Invalid("the age header ends early"))?;
            let line = line.strip_suffix('\n').ok_or(AgeError::Invalid("the age header ends early"))?;
            if line.len() > 64 {
                return Err(AgeError::Invalid("malformed age stanza body"));
            }
            body.push_str(line);
            if line.len() < 64 {
                break;
            }
        }
        let body = STANDARD_NO_PAD.decode(body).map_err(|_| AgeError::Invalid("malformed age stanza body"))?;
        stanzas.push(Stanza { kind, args, body });
    }
}

fn hkdf(ikm: &[u8], salt: &[u8], info: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    // 32 bytes is always a valid HKDF-SHA-256 output length.
    let _ = Hkdf::<Sha256>::new(Some(salt), ikm).expand(info, &mut out);
    out
}

/// The file key if the stanza is for `identity`; `None` if it is for another recipient.
fn unwrap_x25519(stanza: &Stanza<'_>, identity: &Identity) -> Result<Option<[u8; 16]>, AgeError> {
    let [share] = stanza.args.as_slice() else {
        return Err(AgeError::Invalid("malformed X25519 stanza"));
    };
    let share: [u8; 32] = STANDARD_NO_PAD
        .decode(share)
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or(AgeError::Invalid("malformed X25519 stanza"))?;
    if stanza.body.len() != 32 {
        return Err(AgeError::Invalid("malformed X25519 stanza"));
    }
    let shared = identity.secret.diffie_hellman(&PublicKey::from(share));
    if shared.as_bytes().iter().all(|b| *b == 0) {
        return Err(AgeError::Invalid("X25519 stanza with a low-order share"));
    }
    let public = PublicKey::from(&identity.secret);
    let mut salt = Vec::with_capacity(64);
    salt.extend_from_slice(&share);
    salt.extend_from_slice(public.as_bytes());
    let wrap_key = hkdf(shared.as_bytes(), &salt, X25519_INFO);
    let aead = ChaCha20Poly1305::new(&wrap_key.into());
    match aead.decrypt(&[0u8; 12].into(), stanza.body.as_slice()) {
        Ok(key) => Ok(key.try_into().ok()),
        Err(_) => Ok(None),
    }
}

fn verify_header_mac(file_key: &[u8; 16], header: &str, mac_b64: &str) -> Result<(), AgeError> {
    let mac = STANDARD_NO_PAD.decode(mac_b64).map_err(|_| AgeError::Invalid("malformed age header MAC"))?;
    let key = hkdf(file_key, &[], b"header");
    let mut hmac = <Hmac<Sha256> as Mac>::new_from_slice(&key).map_err(|_| AgeError::Invalid("age header MAC"))?;
    hmac.update(header.as_bytes());
    hmac.verify_slice(&mac).map_err(|_| AgeError::Invalid("the age header MAC does not verify"))
}

fn decrypt_payload(file_key: &[u8; 16], payload: &[u8]) -> Result<Vec<u8>, AgeError> {
    if payload.len() < 16 {
        return Err(AgeError::Invalid("the age payload is truncated"));
    }
    let (nonce, mut rest) = payload.split_at(16);
    let key = hkdf(file_key, nonce, b"payload");
    let aead = ChaCha20Poly1305::new(&key.into());
    let mut out = Vec::new();
    let mut counter: u128 = 0;
    loop {
        let take = rest.len().min(CHUNK + TAG);
        let (chunk, after) = rest.split_at(take);
        let last = after.is_empty();
        if chunk.len() < TAG {
            return Err(AgeError::Invalid("the age payload is truncated"));
        }
        let mut chunk_nonce = [0u8; 12];
        chunk_nonce[..11].copy_from_slice(&counter.to_be_bytes()[5..16]);
        chunk_nonce[11] = u8::from(last);
        let plain = aead
            .decrypt(&chunk_nonce.into(), chunk)
            .map_err(|_| AgeError::Invalid("the age payload does not authenticate"))?;
        if last && plain.is_empty() && counter > 0 {
            return Err(AgeError::Invalid("the age payload ends with an empty chunk"));
        }
        out.extend_from_slice(&plain);
        if last {
            return Ok(out);
        }
        counter += 1;
        rest = after;
    }
}

/// The binary age file: armored text is decoded, anything else is taken as it is.
fn dearmor(file: &str) -> Result<Vec<u8>, AgeError> {
    let trimmed = file.trim();
    let Some(body) = trimmed.strip_prefix(ARMOR_BEGIN) else {
        return Ok(file.as_bytes().to_vec());
    };
    let body = body.strip_suffix(ARMOR_END).ok_or(AgeError::Invalid("the age armor has no end line"))?;
    let b64: String = body.split_whitespace().collect();
    STANDARD.decode(b64).map_err(|_| AgeError::Invalid("the age armor is not valid base64"))
}

const CHARSET: &[u8; 32] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";

fn polymod(values: &[u8]) -> u32 {
    const GEN: [u32; 5] = [0x3b6a_57b2, 0x2650_8e6d, 0x1ea1_19fa, 0x3d42_33dd, 0x2a14_62b3];
    let mut chk: u32 = 1;
    for v in values {
        let top = chk >> 25;
        chk = ((chk & 0x1ff_ffff) << 5) ^ u32::from(*v);
        for (i, g) in GEN.iter().enumerate() {
            if (top >> i) & 1 == 1 {
                chk ^= g;
            }
        }
    }
    chk
}

fn hrp_expand(hrp: &str) -> Vec<u8> {
    let mut v: Vec<u8> = hrp.bytes().map(|b| b >> 5).collect();
    v.push(0);
    v.extend(hrp.bytes().map(|b| b & 31));
    v
}

/// Regroups bits (`from` bits per input value to `to` per output value).
fn convert_bits(data: &[u8], from: u32, to: u32, pad: bool) -> Option<Vec<u8>> {
    let mut acc: u32 = 0;
    let mut bits = 0;
    let mut out = Vec::new();
    let max = (1u32 << to) - 1;
    for v in data {
        acc = (acc << from) | u32::from(*v);
        bits += from;
        while bits >= to {
            bits -= to;
            out.push(((acc >> bits) & max) as u8);
        }
    }
    if pad {
        if bits > 0 {
            out.push(((acc << (to - bits)) & max) as u8);
        }
    } else if bits >= from || ((acc << (to - bits)) & max) != 0 {
        return None;
    }
    Some(out)
}

/// BIP 173 Bech32 (not Bech32m), without its 90-character limit, as age uses it. Mixed case is
/// refused; the human-readable part comes back in lower case.
fn bech32_decode(s: &str) -> Option<(String, Vec<u8>)> {
    if s.bytes().any(|b| b.is_ascii_lowercase()) && s.bytes().any(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let s = s.to_ascii_lowercase();
    let pos = s.rfind('1')?;
    if pos < 1 || pos + 7 > s.len() || s.bytes().any(|b| !(33..=126).contains(&b)) {
        return None;
    }
    let (hrp, data) = (&s[..pos], &s[pos + 1..]);
    let values: Vec<u8> =
        data.bytes().map(|c| CHARSET.iter().position(|x| *x == c).map(|p| p as u8)).collect::<Option<_>>()?;
    let mut check = hrp_expand(hrp);
    check.extend_from_slice(&values);
    if polymod(&check) != 1 {
        return None;
    }
    let bytes = convert_bits(&values[..values.len() - 6], 5, 8, false)?;
    Some((hrp.to_string(), bytes))
}

fn bech32_encode(hrp: &str, data: &[u8]) -> String {
    // Regrouping 8-bit bytes into 5-bit groups with padding cannot fail.
    let values = convert_bits(data, 8, 5, true).unwrap_or_default();
    let mut check = hrp_expand(hrp);
    check.extend_from_slice(&values);
    check.extend_from_slice(&[0; 6]);
    let pm = polymod(&check) ^ 1;
    let mut out = String::from(hrp);
    out.push('1');
    for v in &values {
        out.push(char::from(CHARSET[usize::from(*v)]));
    }
    for i in 0..6 {
        out.push(char::from(CHARSET[((pm >> (5 * (5 - i))) & 31) as usize]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // A pair age-keygen 1.1.1 made (a test key, secret to nobody).
    const IDENTITY: &str = "AGE-SECRET-KEY-1MXJCSCAQ5GUK06Y86W6KEZAJRY453V7W5WNC2RP3AH7ZNTSMASQQXX50WU";
    const RECIPIENT: &str = "age1c8d6v3vp9n2v5k6xuh63dcx3saqvgsc2pp0emsx678ed4fhnrucqmx89xp";

    #[test]
    fn identities_derive_their_recipient() {
        let id = Identity::parse(IDENTITY).unwrap();
        assert_eq!(id.recipient, RECIPIENT);
        assert!(Identity::parse("AGE-SECRET-KEY-1MXJCSCAQ5GUK06Y86W6KEZAJRY453V7W5WNC2RP3AH7ZNTSMASQQXX50WV").is_err());
        assert!(Identity::parse(RECIPIENT).is_err());
    }

    #[test]
    fn bech32_round_trips() {
        let (hrp, data) = bech32_decode(RECIPIENT).unwrap();
        assert_eq!(hrp, "age");
        assert_eq!(bech32_encode("age", &data), RECIPIENT);
    }

    #[test]
    fn malformed_files_are_errors_not_panics() {
        let id = Identity::parse(IDENTITY).unwrap();
        for text in ["", "age-encryption.org/v1\n", "age-encryption.org/v1\n-> X25519\n\n--- AAAA\n", ARMOR_BEGIN] {
            assert!(decrypt(text, std::slice::from_ref(&id)).is_err(), "{text:?}");
        }
    }
}
