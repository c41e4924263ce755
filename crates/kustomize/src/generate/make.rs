//! The ConfigMap or Secret a generator makes.
//!
//! A ConfigMap keeps UTF-8 values as they are in `data` and puts the others, base64-encoded, in
//! `binaryData`; a Secret has every value base64-encoded in `data` (present even when empty) and
//! a `type` (`Opaque` by default). Base64 text of 70 characters or more is cut into lines of 70,
//! each ending with a newline, as kyaml's encoder does.

use std::collections::BTreeMap;

use base64::Engine;
use yaml::node::{Map, Node, Scalar, Style, Tag};

use crate::fs::Loader;
use crate::node;
use crate::resource::Resource;

use super::kv::{self, Pair};
use super::{GeneratorArgs, GeneratorOptions, Kind};

/// Makes the resource of one generator, marked as needing a name-suffix hash unless the options
/// disable it.
pub(crate) fn resource(
    kind: Kind,
    args: &GeneratorArgs,
    options: &GeneratorOptions,
    loader: &Loader<'_>,
) -> Result<Resource, String> {
    if args.name.is_empty() {
        return Err(format!("a {} must have a name", kind.name()));
    }
    let data = data_map(kv::load(args, loader)?)?;
    let mut metadata = vec![entry("name", node::string(&args.name))];
    if !args.namespace.is_empty() {
        metadata.push(entry("namespace", node::string(&args.namespace)));
    }
    if !options.labels.is_empty() {
        metadata.push(entry("labels", string_map(&options.labels)));
    }
    if !options.annotations.is_empty() {
        metadata.push(entry("annotations", string_map(&options.annotations)));
    }
    let mut top = vec![
        entry("apiVersion", node::string("v1")),
        entry("kind", node::string(kind.name())),
        entry("metadata", Node::Map(Map { entries: metadata, flow: false })),
    ];
    match kind {
        Kind::ConfigMap => {
            let (text, binary): (Vec<_>, Vec<_>) = data.into_iter().partition(|(_, v)| std::str::from_utf8(v).is_ok());
            if !text.is_empty() {
                let entries = text.into_iter().map(|(k, v)| entry(&k, string(&String::from_utf8_lossy(&v)))).collect();
                top.push(entry("data", Node::Map(Map { entries, flow: false })));
            }
            if !binary.is_empty() {
                let entries = binary.into_iter().map(|(k, v)| entry(&k, string(&encode_base64(&v)))).collect();
                top.push(entry("binaryData", Node::Map(Map { entries, flow: false })));
            }
        }
        Kind::Secret => {
            let secret_type = args.secret_type.as_deref().filter(|t| !t.is_empty()).unwrap_or("Opaque");
            top.push(entry("type", node::string(secret_type)));
            let entries = data.into_iter().map(|(k, v)| entry(&k, string(&encode_base64(&v)))).collect();
            top.push(entry("data", Node::Map(Map { entries, flow: false })));
        }
    }
    if options.immutable {
        top.push(entry("immutable", Node::Scalar(Scalar { tag: Tag::Bool, ..Scalar::string("true") })));
    }
    let mut resource = Resource::new(Node::Map(Map { entries: top, flow: false }), None);
    resource.needs_hash = !options.disable_name_suffix_hash;
    Ok(resource)
}

/// The pairs as a map sorted by key, a key given twice refused.
fn data_map(pairs: Vec<Pair>) -> Result<BTreeMap<String, Vec<u8>>, String> {
    let mut map = BTreeMap::new();
    for Pair { key, value } in pairs {
        if map.contains_key(&key) {
            return Err(format!("the key `{key}` is repeated"));
        }
        map.insert(key, value);
    }
    Ok(map)
}

fn entry(key: &str, value: Node) -> (Scalar, Node) {
    (Scalar::string(key), value)
}

/// A `!!str` scalar, in a literal block when it has several lines (as kyaml writes it).
pub(crate) fn string(value: &str) -> Node {
    let style = if value.contains('\n') { Style::Literal } else { Style::Plain };
    Node::Scalar(Scalar { style, ..Scalar::string(value) })
}

/// A mapping of strings, in key order.
pub(crate) fn string_map(map: &BTreeMap<String, String>) -> Node {
    Node::Map(Map { entries: map.iter().map(|(k, v)| entry(k, node::string(v))).collect(), flow: false })
}

/// kyaml's base64: standard encoding with padding, cut into lines of 70 characters that each end
/// with a newline once the text is 70 characters or more.
pub(crate) fn encode_base64(bytes: &[u8]) -> String {
    const LINE: usize = 70;
    let encoded = base64::engine::general_purpose::STANDARD.encode(bytes);
    if encoded.len() < LINE {
        return encoded;
    }
    let mut out = String::with_capacity(encoded.len() + encoded.len() / LINE + 1);
    for chunk in encoded.as_bytes().chunks(LINE) {
        // Base64 is ASCII: every chunk is a valid string.
        out.push_str(std::str::from_utf8(chunk).unwrap_or_default());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_is_cut_into_lines_of_70_from_70_characters_on() {
        assert_eq!(encode_base64(b"1"), "MQ==");
        let short = encode_base64(&[b'a'; 51]);
        assert_eq!(short.len(), 68);
        assert!(!short.contains('\n'));
        let just_over = encode_base64(&[b'a'; 52]);
        assert_eq!(just_over.lines().map(str::len).collect::<Vec<_>>(), [70, 2]);
        assert!(just_over.ends_with('\n'));
        let long = encode_base64(&[b'a'; 105]);
        assert_eq!(long.lines().map(str::len).collect::<Vec<_>>(), [70, 70]);
        assert!(long.ends_with('\n'));
    }

    #[test]
    fn a_key_given_twice_is_refused() {
        let pair = |k: &str| Pair { key: k.into(), value: b"v".to_vec() };
        assert!(data_map(vec![pair("a"), pair("b")]).is_ok());
        assert_eq!(data_map(vec![pair("a"), pair("a")]).unwrap_err(), "the key `a` is repeated");
    }
}
