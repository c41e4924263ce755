//! sops's value cipher: `ENC[AES256_GCM,data:…,iv:…,tag:…,type:…]`, AES-256-GCM under the data
//! key, authenticated with the value's path (`a:b:c:`) as additional data.

use std::sync::LazyLock;

use aes_gcm::aead::generic_array::typenum::{U12, U16, U32};
use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::aes::Aes256;
use aes_gcm::AesGcm;
use base64::alphabet;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use base64::Engine;
use regex::Regex;

use crate::tree::{Comment, Time, Value};

/// sops's own pattern, greedy groups and no end anchor included.
static ENC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^ENC\[AES256_GCM,data:(.+),iv:(.+),tag:(.+),type:(.+)\]").expect("a valid pattern"));

/// Go's `base64.StdEncoding`: padded, and lenient about the bits after the last character.
const STD: GeneralPurpose = GeneralPurpose::new(
    &alphabet::STANDARD,
    GeneralPurposeConfig::new()
        .with_decode_allow_trailing_bits(true)
        .with_decode_padding_mode(DecodePaddingMode::RequireCanonical),
);

/// Why a value did not decrypt. None of these carries the value itself.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum CipherError {
    #[error("the value is not in sops's ENC[AES256_GCM,…] format")]
    Format,
    #[error("the value's {0} is not valid base64")]
    Base64(&'static str),
    #[error("the value's IV has an unsupported length of {0} bytes")]
    IvLength(usize),
    #[error("the value does not authenticate with the data key (wrong key, or the value was altered or moved)")]
    Auth,
    #[error("the value is marked type:{0} but its plaintext is not one")]
    Type(&'static str),
    #[error("the value has an unknown type '{0}'")]
    UnknownType(String),
}

/// Decrypts one value; the empty string is the empty string, as sops encrypts it.
pub(crate) fn decrypt(ciphertext: &str, key: &[u8; 32], additional_data: &str) -> Result<Value, CipherError> {
    if ciphertext.is_empty() {
        return Ok(Value::Str(String::new()));
    }
    let caps = ENC.captures(ciphertext).ok_or(CipherError::Format)?;
    let field = |i: usize| caps.get(i).map_or("", |m| m.as_str());
    let decode = |i: usize, what: &'static str| {
        let text: String = field(i).chars().filter(|c| *c != '\r' && *c != '\n').collect();
        STD.decode(text).map_err(|_| CipherError::Base64(what))
    };
    let mut data = decode(1, "data")?;
    let iv = decode(2, "iv")?;
    let tag = decode(3, "tag")?;
    let datatype = field(4);
    // Go opens `data || tag` and takes the last 16 bytes as the tag, whatever the split was.
    data.extend_from_slice(&tag);
    let payload = Payload { msg: &data, aad: additional_data.as_bytes() };
    let plain = match iv.len() {
        32 => AesGcm::<Aes256, U32>::new(key.into()).decrypt(iv.as_slice().into(), payload),
        16 => AesGcm::<Aes256, U16>::new(key.into()).decrypt(iv.as_slice().into(), payload),
        12 => AesGcm::<Aes256, U12>::new(key.into()).decrypt(iv.as_slice().into(), payload),
        n => return Err(CipherError::IvLength(n)),
    }
    .map_err(|_| CipherError::Auth)?;
    typed(plain, datatype)
}

/// The plaintext read back as the type it was encrypted with, as sops's cipher does.
fn typed(plain: Vec<u8>, datatype: &str) -> Result<Value, CipherError> {
    let text = || std::str::from_utf8(&plain).ok();
    Ok(match datatype {
        "str" => match String::from_utf8(plain) {
            Ok(s) => Value::Str(s),
            Err(e) => Value::Raw(e.into_bytes()),
        },
        "int" => Value::Int(text().and_then(parse_go_int).ok_or(CipherError::Type("int"))?),
        "float" => Value::Float(text().and_then(parse_go_float).ok_or(CipherError::Type("float"))?),
        "bool" => Value::Bool(text().and_then(parse_go_bool).ok_or(CipherError::Type("bool"))?),
        "time" => Value::Time(text().and_then(Time::parse_rfc3339).ok_or(CipherError::Type("time"))?),
        "bytes" => Value::Bytes(plain),
        "comment" => Value::Comment(Comment { text: String::from_utf8_lossy(&plain).into_owned(), inline: false }),
        other => return Err(CipherError::UnknownType(other.chars().take(20).collect())),
    })
}

/// `strconv.Atoi`: an optional sign and decimal digits.
fn parse_go_int(s: &str) -> Option<i64> {
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// `strconv.ParseFloat(s, 64)` for what sops writes and a little more: decimals, exponents,
/// `inf`/`infinity`/`nan` in any case with an optional sign, and `_` between digits.
fn parse_go_float(s: &str) -> Option<f64> {
    let lower = s.to_ascii_lowercase();
    let unsigned = lower.trim_start_matches(['+', '-']);
    if matches!(unsigned, "inf" | "infinity") {
        return Some(if lower.starts_with('-') { f64::NEG_INFINITY } else { f64::INFINITY });
    }
    if unsigned == "nan" && lower.len() == 3 {
        return Some(f64::NAN);
    }
    if !lower.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'+' | b'-' | b'.' | b'e' | b'_')) {
        return None;
    }
    let cleaned: String = lower.chars().filter(|c| *c != '_').collect();
    cleaned.parse().ok()
}

/// `strconv.ParseBool`.
pub(crate) fn parse_go_bool(s: &str) -> Option<bool> {
    match s {
        "1" | "t" | "T" | "TRUE" | "true" | "True" => Some(true),
        "0" | "f" | "F" | "FALSE" | "false" | "False" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // A value sops 3.9 wrote for `hello: world` at path `hello:` under the key of zeros.
    fn encrypt_for_test(plain: &[u8], key: &[u8; 32], aad: &str, datatype: &str) -> String {
        use aes_gcm::aead::Aead;
        let iv = [7u8; 32];
        let out = AesGcm::<Aes256, U32>::new(key.into())
            .encrypt(iv.as_slice().into(), Payload { msg: plain, aad: aad.as_bytes() })
            .unwrap();
        let (data, tag) = out.split_at(out.len() - 16);
        format!(
            "ENC[AES256_GCM,data:{},iv:{},tag:{},type:{datatype}]",
            STD.encode(data),
            STD.encode(iv),
            STD.encode(tag)
        )
    }

    #[test]
    fn values_decrypt_to_their_types() {
        let key = [1u8; 32];
        let cases: [(&[u8], &str, Value); 6] = [
            (b"world", "str", Value::Str("world".into())),
            (b"-42", "int", Value::Int(-42)),
            (b"1.5", "float", Value::Float(1.5)),
            (b"True", "bool", Value::Bool(true)),
            (b" a comment", "comment", Value::Comment(Comment { text: " a comment".into(), inline: false })),
            (&[0xff, 0x00], "str", Value::Raw(vec![0xff, 0x00])),
        ];
        for (plain, datatype, want) in cases {
            let enc = encrypt_for_test(plain, &key, "a:b:", datatype);
            assert_eq!(decrypt(&enc, &key, "a:b:").unwrap(), want);
        }
    }

    #[test]
    fn wrong_path_wrong_key_and_garbage_are_errors() {
        let key = [1u8; 32];
        let enc = encrypt_for_test(b"secret", &key, "a:", "str");
        assert_eq!(decrypt(&enc, &key, "b:"), Err(CipherError::Auth));
        assert_eq!(decrypt(&enc, &[2u8; 32], "a:"), Err(CipherError::Auth));
        assert_eq!(
            decrypt("ENC[AES256_GCM,data:!!,iv:x,tag:y,type:str]", &key, "a:"),
            Err(CipherError::Base64("data"))
        );
        assert_eq!(decrypt("plain", &key, "a:"), Err(CipherError::Format));
        assert_eq!(decrypt("", &key, "a:"), Ok(Value::Str(String::new())));
        let enc = encrypt_for_test(b"12x", &key, "a:", "int");
        let err = decrypt(&enc, &key, "a:").unwrap_err();
        assert!(!err.to_string().contains("12x"));
    }
}
