//! The tree walk of `sops.Tree.Decrypt`: which values are encrypted (the suffix, regex and
//! comment rules), their decryption with the path as additional data, and the MAC.
//!
//! The MAC is SHA-512 over the values in walk order (comments and nulls excluded), written as
//! upper-case hex; with `mac_only_encrypted` only the encrypted values count, after a fixed
//! prefix. It is stored encrypted under the data key with the `lastmodified` time as additional
//! data.

use regex::Regex;
use sha2::{Digest, Sha512};

use crate::cipher;
use crate::error::Error;
use crate::metadata::Metadata;
use crate::tree::{format_float_f, Comment, Item, Key, Value};

/// sha256("sops"): what the MAC starts from when only encrypted values count.
const MAC_ONLY_ENCRYPTED_INIT: [u8; 32] = [
    0x8a, 0x3f, 0xd2, 0xad, 0x54, 0xce, 0x66, 0x52, 0x7b, 0x10, 0x34, 0xf3, 0xd1, 0x47, 0xbe, 0x0b, 0x0b, 0x97, 0x5b,
    0x3b, 0xf4, 0x4f, 0x72, 0xc6, 0xfd, 0xad, 0xec, 0x81, 0x76, 0xf2, 0x7d, 0x69,
];

/// The metadata's encryption rule, compiled. Go ignores a pattern that does not compile (it
/// never matches); so does this.
struct Rules<'a> {
    meta: &'a Metadata,
    unencrypted_regex: Option<Regex>,
    encrypted_regex: Option<Regex>,
    unencrypted_comment_regex: Option<Regex>,
    encrypted_comment_regex: Option<Regex>,
}

fn compile(pattern: &str) -> Option<Regex> {
    if pattern.is_empty() {
        None
    } else {
        Regex::new(pattern).ok()
    }
}

impl<'a> Rules<'a> {
    fn new(meta: &'a Metadata) -> Self {
        Rules {
            meta,
            unencrypted_regex: compile(&meta.unencrypted_regex),
            encrypted_regex: compile(&meta.encrypted_regex),
            unencrypted_comment_regex: compile(&meta.unencrypted_comment_regex),
            encrypted_comment_regex: compile(&meta.encrypted_comment_regex),
        }
    }

    /// `Tree.shouldBeEncrypted`.
    fn encrypted(&self, path: &[String], comments: &[Vec<String>], is_comment: bool) -> bool {
        let m = self.meta;
        let mut encrypted = true;
        if !m.unencrypted_suffix.is_empty() && path.iter().any(|p| p.ends_with(&m.unencrypted_suffix)) {
            encrypted = false;
        }
        if !m.encrypted_suffix.is_empty() {
            encrypted = path.iter().any(|p| p.ends_with(&m.encrypted_suffix));
        }
        if !m.unencrypted_regex.is_empty() && path.iter().any(|p| matches(&self.unencrypted_regex, p)) {
            encrypted = false;
        }
        if !m.encrypted_regex.is_empty() {
            encrypted = path.iter().any(|p| matches(&self.encrypted_regex, p));
        }
        if !m.unencrypted_comment_regex.is_empty()
            && comments.iter().flatten().any(|c| matches(&self.unencrypted_comment_regex, c))
        {
            encrypted = false;
        }
        if !m.encrypted_comment_regex.is_empty() {
            // The comment that matches the rule stays in clear itself: the last comment of the
            // innermost level is skipped when a comment is being looked at.
            let last_level = comments.len().saturating_sub(1);
            let last_index = comments.last().map_or(0, Vec::len).saturating_sub(1);
            encrypted = comments.iter().enumerate().any(|(i, level)| {
                level.iter().enumerate().any(|(j, c)| {
                    !(is_comment && i == last_level && j == last_index) && matches(&self.encrypted_comment_regex, c)
                })
            });
        }
        encrypted
    }
}

fn matches(re: &Option<Regex>, text: &str) -> bool {
    re.as_ref().is_some_and(|re| re.is_match(text))
}

/// Decrypts every branch in place and returns the MAC of the cleartext, as `Tree.Decrypt` does.
pub(crate) fn decrypt_tree(branches: &mut [Vec<Item>], meta: &Metadata, key: &[u8; 32]) -> Result<String, Error> {
    let mut walker = Walker { rules: Rules::new(meta), key, hash: Sha512::new() };
    if meta.mac_only_encrypted {
        walker.hash.update(MAC_ONLY_ENCRYPTED_INIT);
    }
    for branch in branches.iter_mut() {
        let mut path = Vec::new();
        let mut comments = Vec::new();
        walker.branch(branch, &mut path, &mut comments)?;
    }
    Ok(hex_upper(&walker.hash.finalize()))
}

/// Decrypts the stored MAC (`ENC[…]` with the `lastmodified` time as additional data).
pub(crate) fn stored_mac(meta: &Metadata, key: &[u8; 32]) -> Result<String, Error> {
    match cipher::decrypt(&meta.mac, key, &meta.last_modified.rfc3339()) {
        Ok(Value::Str(s)) => Ok(s),
        Ok(_) => Err(Error::Value { path: "sops.mac".into(), cause: "the MAC is not a string".into() }),
        Err(e) => Err(Error::Value { path: "sops.mac".into(), cause: e.to_string() }),
    }
}

struct Walker<'a> {
    rules: Rules<'a>,
    key: &'a [u8; 32],
    hash: Sha512,
}

impl Walker<'_> {
    fn branch(
        &mut self,
        items: &mut [Item],
        path: &mut Vec<String>,
        comments: &mut Vec<Vec<String>>,
    ) -> Result<(), Error> {
        comments.push(Vec::new());
        let result = self.branch_items(items, path, comments);
        comments.pop();
        result
    }

    fn branch_items(
        &mut self,
        items: &mut [Item],
        path: &mut Vec<String>,
        comments: &mut Vec<Vec<String>>,
    ) -> Result<(), Error> {
        for item in items.iter_mut() {
            if let Key::Comment(c) = &item.key {
                if let Some(level) = comments.last_mut() {
                    level.push(c.text.clone());
                }
                let inline = c.inline;
                let decrypted = self.leaf(Value::Comment(c.clone()), path, comments)?;
                item.key = match decrypted {
                    Value::Comment(c) => Key::Comment(c),
                    // Not reachable: a comment walks to a comment. Kept as the original would be.
                    other => Key::Comment(Comment { text: describe(&other), inline }),
                };
                continue;
            }
            let value_is_comment = matches!(item.value, Value::Comment(_));
            if let Value::Comment(c) = &item.value {
                if let Some(level) = comments.last_mut() {
                    level.push(c.text.clone());
                }
            }
            let key = match &item.key {
                Key::Str(k) => k.clone(),
                Key::Other(k) => {
                    return Err(Error::Metadata(format!(
                        "the tree contains a non-string key {k:?}; only string keys are supported"
                    )))
                }
                Key::Comment(_) => unreachable!("comment keys are handled above"),
            };
            path.push(key);
            let value = std::mem::replace(&mut item.value, Value::Null);
            let walked = self.value(value, path, comments);
            path.pop();
            item.value = walked?;
            if !value_is_comment {
                if let Some(level) = comments.last_mut() {
                    level.clear();
                }
            }
        }
        Ok(())
    }

    fn value(&mut self, value: Value, path: &mut Vec<String>, comments: &mut Vec<Vec<String>>) -> Result<Value, Error> {
        match value {
            Value::Null => Ok(Value::Null),
            Value::Map(mut items) => {
                self.branch(&mut items, path, comments)?;
                Ok(Value::Map(items))
            }
            Value::Seq(items) => {
                comments.push(Vec::new());
                let mut out = Vec::with_capacity(items.len());
                let mut failed = None;
                for v in items {
                    let is_comment = matches!(v, Value::Comment(_));
                    if let Value::Comment(c) = &v {
                        if let Some(level) = comments.last_mut() {
                            level.push(c.text.clone());
                        }
                    }
                    match self.value(v, path, comments) {
                        Ok(v) => out.push(v),
                        Err(e) => {
                            failed = Some(e);
                            break;
                        }
                    }
                    if !is_comment {
                        if let Some(level) = comments.last_mut() {
                            level.clear();
                        }
                    }
                }
                comments.pop();
                match failed {
                    Some(e) => Err(e),
                    None => Ok(Value::Seq(out)),
                }
            }
            leaf => self.leaf(leaf, path, comments),
        }
    }

    /// `onLeaves` of `Tree.Decrypt`.
    fn leaf(&mut self, value: Value, path: &[String], comments: &[Vec<String>]) -> Result<Value, Error> {
        let is_comment = matches!(value, Value::Comment(_));
        let encrypted = self.rules.encrypted(path, comments, is_comment);
        let additional_data = format!("{}:", path.join(":"));
        let plain = if !encrypted {
            value
        } else {
            match value {
                // A comment that does not decrypt is taken as one written in clear.
                Value::Comment(c) => match cipher::decrypt(&c.text, self.key, &additional_data) {
                    Ok(Value::Comment(d)) => Value::Comment(d),
                    // sops keeps whatever the cipher returned; a non-comment type here is a
                    // comment after all for the stores, which only print comment text.
                    Ok(other) => Value::Comment(Comment { text: describe(&other), inline: false }),
                    Err(_) => Value::Comment(c),
                },
                Value::Str(s) => cipher::decrypt(&s, self.key, &additional_data)
                    .map_err(|e| Error::Value { path: additional_data.clone(), cause: e.to_string() })?,
                other => {
                    return Err(Error::Value {
                        path: additional_data,
                        cause: format!("expected an encrypted value (a string), found {}", kind(&other)),
                    })
                }
            }
        };
        if (!self.rules.meta.mac_only_encrypted || encrypted) && !is_comment {
            self.hash.update(to_bytes(&plain));
        }
        Ok(plain)
    }
}

/// `sops.ToBytes`: how a value enters the MAC.
pub(crate) fn to_bytes(value: &Value) -> Vec<u8> {
    match value {
        Value::Str(s) => s.as_bytes().to_vec(),
        Value::Raw(b) | Value::Bytes(b) => b.clone(),
        Value::Int(i) => i.to_string().into_bytes(),
        Value::Float(f) => format_float_f(*f).into_bytes(),
        Value::Bool(b) => if *b { "True" } else { "False" }.as_bytes().to_vec(),
        Value::Time(t) => t.rfc3339_nano().into_bytes(),
        Value::Comment(c) => c.text.as_bytes().to_vec(),
        Value::Null | Value::Map(_) | Value::Seq(_) => Vec::new(),
    }
}

fn describe(value: &Value) -> String {
    String::from_utf8_lossy(&to_bytes(value)).into_owned()
}

fn kind(value: &Value) -> &'static str {
    match value {
        Value::Int(_) => "an integer",
        Value::Float(_) => "a float",
        Value::Bool(_) => "a boolean",
        Value::Time(_) => "a timestamp",
        Value::Bytes(_) | Value::Raw(_) => "bytes",
        _ => "a non-string value",
    }
}

fn hex_upper(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02X}")).collect()
}
