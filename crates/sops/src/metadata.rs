//! The `sops` metadata of an encrypted document: where it sits in each format, how it reads (as
//! sops's loosely typed decoding reads it), and what it says.

use std::collections::BTreeMap;

use crate::cipher::parse_go_bool;
use crate::error::Error;
use crate::tree::{format_float_f, Item, Key, Time, Value};

/// The default rule when a file names none: keys ending `_unencrypted` stay in clear.
const DEFAULT_UNENCRYPTED_SUFFIX: &str = "_unencrypted";

/// How a format stores the metadata.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Flatten {
    /// YAML and JSON: a nested `sops` mapping at the top of the first document.
    None,
    /// INI: a `[sops]` section whose keys are flattened paths (`age__list_0__map_enc`), and
    /// whose line breaks are written `\n`.
    BelowTop,
    /// dotenv: top-level keys prefixed `sops_`.
    Full,
}

/// One master key that holds a copy of the data key.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum MasterKey {
    Age {
        recipient: String,
        enc: String,
    },
    Pgp {
        fingerprint: String,
        enc: String,
    },
    /// A cloud KMS or Vault key: named in errors, never opened here.
    Other {
        kind: &'static str,
        id: String,
    },
}

impl MasterKey {
    /// sops's decryption order inside a group: age, then PGP, then the rest.
    pub fn priority(&self) -> u8 {
        match self {
            MasterKey::Age { .. } => 0,
            MasterKey::Pgp { .. } => 1,
            MasterKey::Other { .. } => 2,
        }
    }

    /// How the key is named to a person: recipient, fingerprint or resource.
    pub fn describe(&self) -> String {
        match self {
            MasterKey::Age { recipient, .. } => format!("age {recipient}"),
            MasterKey::Pgp { fingerprint, .. } => format!("PGP {fingerprint}"),
            MasterKey::Other { kind, id } => format!("{kind} {id}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Metadata {
    pub last_modified: Time,
    pub mac: String,
    pub unencrypted_suffix: String,
    pub encrypted_suffix: String,
    pub unencrypted_regex: String,
    pub encrypted_regex: String,
    pub unencrypted_comment_regex: String,
    pub encrypted_comment_regex: String,
    pub mac_only_encrypted: bool,
    pub shamir_threshold: i64,
    pub key_groups: Vec<Vec<MasterKey>>,
}

/// Takes the metadata out of `branches` (every `sops` entry goes; the first document's is read).
pub(crate) fn extract(branches: &mut [Vec<Item>], flatten: Flatten) -> Result<Metadata, Error> {
    let mut found: Option<Vec<Item>> = None;
    match flatten {
        Flatten::None | Flatten::BelowTop => {
            for (index, branch) in branches.iter_mut().enumerate() {
                let mut kept = Vec::with_capacity(branch.len());
                for item in branch.drain(..) {
                    if item.key_str() != Some("sops") {
                        kept.push(item);
                        continue;
                    }
                    if index > 0 {
                        continue;
                    }
                    if found.is_some() {
                        return Err(Error::Metadata("found duplicate sops entry".into()));
                    }
                    match item.value {
                        Value::Map(items) => found = Some(items),
                        _ => return Err(Error::Metadata("found sops entry that is not a mapping".into())),
                    }
                }
                *branch = kept;
            }
        }
        Flatten::Full => {
            if let Some(branch) = branches.first_mut() {
                let mut kept = Vec::with_capacity(branch.len());
                let mut meta = Vec::new();
                for item in branch.drain(..) {
                    match item.key_str().and_then(|k| k.strip_prefix("sops_")).map(str::to_string) {
                        Some(rest) => meta.push(Item::new(rest, item.value)),
                        None => kept.push(item),
                    }
                }
                *branch = kept;
                if !meta.is_empty() {
                    found = Some(meta);
                }
            }
        }
    }
    let mut tree = found.ok_or(Error::NotEncrypted)?;
    if flatten != Flatten::None {
        if flatten == Flatten::BelowTop {
            for item in &mut tree {
                if let Value::Str(s) = &mut item.value {
                    *s = s.replace("\\n", "\n");
                }
            }
        }
        tree = unflatten(&tree)?;
    }
    from_tree(&tree)
}

fn from_tree(tree: &[Item]) -> Result<Metadata, Error> {
    let fields: BTreeMap<&str, &Value> = tree.iter().filter_map(|i| Some((i.key_str()?, &i.value))).collect();
    let text =
        |name: &str| -> Result<String, Error> { fields.get(name).map_or(Ok(String::new()), |v| weak_string(name, v)) };
    let last_modified = text("lastmodified")?;
    let last_modified = Time::parse_rfc3339(&last_modified)
        .ok_or_else(|| Error::Metadata(format!("lastmodified '{last_modified}' is not an RFC 3339 time")))?;
    let mut meta = Metadata {
        last_modified,
        mac: text("mac")?,
        unencrypted_suffix: text("unencrypted_suffix")?,
        encrypted_suffix: text("encrypted_suffix")?,
        unencrypted_regex: text("unencrypted_regex")?,
        encrypted_regex: text("encrypted_regex")?,
        unencrypted_comment_regex: text("unencrypted_comment_regex")?,
        encrypted_comment_regex: text("encrypted_comment_regex")?,
        mac_only_encrypted: fields
            .get("mac_only_encrypted")
            .map_or(Ok(false), |v| weak_bool("mac_only_encrypted", v))?,
        shamir_threshold: fields.get("shamir_threshold").map_or(Ok(0), |v| weak_int("shamir_threshold", v))?,
        key_groups: Vec::new(),
    };
    let rules = [
        &meta.unencrypted_suffix,
        &meta.encrypted_suffix,
        &meta.unencrypted_regex,
        &meta.encrypted_regex,
        &meta.unencrypted_comment_regex,
        &meta.encrypted_comment_regex,
    ];
    match rules.iter().filter(|r| !r.is_empty()).count() {
        0 => meta.unencrypted_suffix = DEFAULT_UNENCRYPTED_SUFFIX.into(),
        1 => {}
        _ => return Err(Error::Metadata(
            "cannot use more than one of encrypted_suffix, unencrypted_suffix, encrypted_regex, unencrypted_regex, \
                 encrypted_comment_regex, or unencrypted_comment_regex in the same file"
                .into(),
        )),
    }
    let top = group(&fields)?;
    if !top.is_empty() {
        meta.key_groups.push(top);
    } else if let Some(groups) = fields.get("key_groups") {
        for g in list("key_groups", groups)? {
            let Value::Map(items) = g else {
                return Err(Error::Metadata("key_groups holds an entry that is not a mapping".into()));
            };
            let fields: BTreeMap<&str, &Value> = items.iter().filter_map(|i| Some((i.key_str()?, &i.value))).collect();
            meta.key_groups.push(group(&fields)?);
        }
    }
    if meta.key_groups.is_empty() {
        return Err(Error::Metadata("no keys found in file".into()));
    }
    Ok(meta)
}

/// The master keys of one group, in sops's order (KMS, GCP, HuaweiCloud, Azure, Vault, PGP, age).
fn group(fields: &BTreeMap<&str, &Value>) -> Result<Vec<MasterKey>, Error> {
    let mut keys = Vec::new();
    let others: [(&str, &'static str, &str); 5] = [
        ("kms", "AWS KMS", "arn"),
        ("gcp_kms", "GCP KMS", "resource_id"),
        ("hckms", "HuaweiCloud KMS", "key_id"),
        ("azure_kv", "Azure Key Vault", "vault_url"),
        ("hc_vault", "Vault", "vault_address"),
    ];
    for (field, kind, id_field) in others {
        for entry in entries(fields, field)? {
            keys.push(MasterKey::Other { kind, id: entry.get(id_field).cloned().unwrap_or_default() });
        }
    }
    for entry in entries(fields, "pgp")? {
        let created = entry.get("created_at").cloned().unwrap_or_default();
        if Time::parse_rfc3339(&created).is_none() {
            return Err(Error::Metadata(format!("pgp key created_at '{created}' is not an RFC 3339 time")));
        }
        keys.push(MasterKey::Pgp {
            fingerprint: entry.get("fp").cloned().unwrap_or_default(),
            enc: entry.get("enc").cloned().unwrap_or_default(),
        });
    }
    for entry in entries(fields, "age")? {
        keys.push(MasterKey::Age {
            recipient: entry.get("recipient").cloned().unwrap_or_default(),
            enc: entry.get("enc").cloned().unwrap_or_default(),
        });
    }
    Ok(keys)
}

/// The entries of a key list, each as its string fields.
fn entries(fields: &BTreeMap<&str, &Value>, name: &str) -> Result<Vec<BTreeMap<String, String>>, Error> {
    let Some(value) = fields.get(name) else { return Ok(Vec::new()) };
    let mut out = Vec::new();
    for entry in list(name, value)? {
        let Value::Map(items) = entry else {
            return Err(Error::Metadata(format!("{name} holds an entry that is not a mapping")));
        };
        let mut map = BTreeMap::new();
        for item in items {
            if let Some(k) = item.key_str() {
                if !item.value.is_complex() {
                    map.insert(k.to_string(), weak_string(k, &item.value)?);
                }
            }
        }
        out.push(map);
    }
    Ok(out)
}

fn list<'a>(name: &str, value: &'a Value) -> Result<Vec<&'a Value>, Error> {
    match value {
        Value::Seq(items) => Ok(items.iter().filter(|v| !matches!(v, Value::Comment(_))).collect()),
        Value::Null => Ok(Vec::new()),
        // A loosely typed decoder takes a single value where a list is expected.
        Value::Map(_) => Ok(vec![value]),
        _ => Err(Error::Metadata(format!("{name} is not a list"))),
    }
}

fn weak_string(name: &str, value: &Value) -> Result<String, Error> {
    Ok(match value {
        Value::Str(s) => s.clone(),
        Value::Raw(b) | Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => format_float_f(*f),
        Value::Bool(b) => if *b { "1" } else { "0" }.into(),
        Value::Null => String::new(),
        Value::Time(t) => t.rfc3339_nano(),
        _ => return Err(Error::Metadata(format!("{name} is not a string"))),
    })
}

fn weak_bool(name: &str, value: &Value) -> Result<bool, Error> {
    match value {
        Value::Bool(b) => Ok(*b),
        Value::Int(i) => Ok(*i != 0),
        Value::Float(f) => Ok(*f != 0.0),
        Value::Null => Ok(false),
        Value::Str(s) if s.is_empty() => Ok(false),
        Value::Str(s) => parse_go_bool(s).ok_or_else(|| Error::Metadata(format!("{name} '{s}' is not a boolean"))),
        _ => Err(Error::Metadata(format!("{name} is not a boolean"))),
    }
}

fn weak_int(name: &str, value: &Value) -> Result<i64, Error> {
    match value {
        Value::Int(i) => Ok(*i),
        // Truncation is what a loosely typed decoder does with a float.
        Value::Float(f) => Ok(*f as i64),
        Value::Bool(b) => Ok(i64::from(*b)),
        Value::Null => Ok(0),
        Value::Str(s) if s.is_empty() => Ok(0),
        Value::Str(s) => s.parse().map_err(|_| Error::Metadata(format!("{name} '{s}' is not an integer"))),
        _ => Err(Error::Metadata(format!("{name} is not an integer"))),
    }
}

/// Rebuilds nested metadata from flattened keys (`age__list_0__map_recipient`): mappings with
/// their keys sorted, lists that must be complete.
fn unflatten(items: &[Item]) -> Result<Vec<Item>, Error> {
    #[derive(Default)]
    struct Slot {
        value: Option<Value>,
        keys: BTreeMap<String, Slot>,
        indices: BTreeMap<i64, Slot>,
    }
    fn convert(slot: Slot) -> Result<Value, Error> {
        let kinds = usize::from(slot.value.is_some())
            + usize::from(!slot.keys.is_empty())
            + usize::from(!slot.indices.is_empty());
        if kinds > 1 {
            return Err(Error::Metadata("error while unflattening: type mismatch".into()));
        }
        if let Some(value) = slot.value {
            return Ok(value);
        }
        if !slot.indices.is_empty() {
            let n = slot.indices.len();
            if slot.indices.keys().copied().ne(0..i64::try_from(n).unwrap_or(i64::MAX)) {
                return Err(Error::Metadata("error while unflattening: incomplete list".into()));
            }
            return slot.indices.into_values().map(convert).collect::<Result<_, _>>().map(Value::Seq);
        }
        let mut out = Vec::new();
        for (k, v) in slot.keys {
            out.push(Item::new(k, convert(v)?));
        }
        Ok(Value::Map(out))
    }
    let mut root = Slot::default();
    for item in items {
        let key = match &item.key {
            Key::Str(k) => k,
            Key::Comment(_) => continue,
            Key::Other(k) => return Err(Error::Metadata(format!("found non-string key {k:?} when unflattening"))),
        };
        let mut slot = &mut root;
        for token in tokenize(key) {
            slot = match token {
                Token::Map(k) => slot.keys.entry(k).or_default(),
                Token::List(i) => slot.indices.entry(i).or_default(),
            };
        }
        if slot.value.is_some() {
            return Err(Error::Metadata(format!("error while unflattening {key:?}: duplicate value")));
        }
        slot.value = Some(item.value.clone());
    }
    match convert(root)? {
        Value::Map(items) => Ok(items),
        _ => Err(Error::Metadata("error while unflattening: the metadata is not a mapping".into())),
    }
}

enum Token {
    Map(String),
    List(i64),
}

/// Splits a flattened key at `__map_` and `__list_`, as sops does (a list index that is not a
/// number reads as 0).
fn tokenize(path: &str) -> Vec<Token> {
    const MAP: &str = "__map_";
    const LIST: &str = "__list_";
    let mut tokens = Vec::new();
    let mut state_list = false;
    let mut start = 0;
    let mut i = 0;
    let finish = |tokens: &mut Vec<Token>, text: &str, list: bool| {
        tokens.push(if list { Token::List(text.parse().unwrap_or(0)) } else { Token::Map(text.to_string()) });
    };
    while i < path.len() {
        if path[i..].starts_with(MAP) {
            finish(&mut tokens, &path[start..i], state_list);
            state_list = false;
            i += MAP.len();
            start = i;
        } else if path[i..].starts_with(LIST) {
            finish(&mut tokens, &path[start..i], state_list);
            state_list = true;
            i += LIST.len();
            start = i;
        } else {
            i += path[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    finish(&mut tokens, &path[start..], state_list);
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotenv_metadata_unflattens() {
        let mut branches = vec![vec![
            Item::new("A", Value::Str("x".into())),
            Item::new("sops_age__list_0__map_recipient", Value::Str("age1abc".into())),
            Item::new("sops_age__list_0__map_enc", Value::Str("-----BEGIN".into())),
            Item::new("sops_lastmodified", Value::Str("2024-01-01T00:00:00Z".into())),
            Item::new("sops_mac", Value::Str("ENC[x]".into())),
            Item::new("sops_mac_only_encrypted", Value::Str("true".into())),
        ]];
        let meta = extract(&mut branches, Flatten::Full).unwrap();
        assert_eq!(branches[0].len(), 1);
        assert_eq!(
            meta.key_groups,
            vec![vec![MasterKey::Age { recipient: "age1abc".into(), enc: "-----BEGIN".into() }]]
        );
        assert!(meta.mac_only_encrypted);
        assert_eq!(meta.unencrypted_suffix, "_unencrypted");
    }

    #[test]
    fn missing_or_conflicting_metadata_is_refused() {
        let mut branches = vec![vec![Item::new("a", Value::Str("x".into()))]];
        assert!(matches!(extract(&mut branches, Flatten::None), Err(Error::NotEncrypted)));
        let meta = vec![
            Item::new("lastmodified", Value::Str("2024-01-01T00:00:00Z".into())),
            Item::new("encrypted_regex", Value::Str("^data$".into())),
            Item::new("unencrypted_suffix", Value::Str("_u".into())),
        ];
        let mut branches = vec![vec![Item::new("sops", Value::Map(meta))]];
        let err = extract(&mut branches, Flatten::None).unwrap_err();
        assert!(err.to_string().contains("more than one"), "{err}");
    }
}
