//! go-yaml v3's typing of scalars (its `resolve.go`), the YAML 1.2 flavour kustomize reads with.
//!
//! It differs from go-yaml v2 ([`crate::resolve`]) in its keywords only: `true`/`false` and
//! `null`/`~` in three spellings each are the only booleans and nulls, so `yes`, `on` and `y`
//! are strings. Numbers and timestamps are read alike (v2's rules are reused), except that an
//! untagged timestamp is a time, not the text it was written as.

use super::Tag;
use crate::resolve::{parse_timestamp, resolve as resolve_v2, Resolved as V2, Timestamp};

/// What a scalar means once its tag is applied.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Resolved {
    Null,
    Bool(bool),
    Int(i64),
    Uint(u64),
    Float(f64),
    Timestamp(Timestamp),
    /// The text as it is (`!!str`, any non-core tag, and everything that is nothing else).
    Str,
    /// `!!binary`: the text is base64.
    Binary,
}

impl Resolved {
    /// The tag go-yaml v3 names this kind of value with, as in its error messages.
    fn tag_name(self) -> &'static str {
        match self {
            Resolved::Null => "!!null",
            Resolved::Bool(_) => "!!bool",
            Resolved::Int(_) | Resolved::Uint(_) => "!!int",
            Resolved::Float(_) => "!!float",
            Resolved::Timestamp(_) => "!!timestamp",
            Resolved::Str => "!!str",
            Resolved::Binary => "!!binary",
        }
    }

    fn tag(self) -> Tag {
        match self {
            Resolved::Null => Tag::Null,
            Resolved::Bool(_) => Tag::Bool,
            Resolved::Int(_) | Resolved::Uint(_) => Tag::Int,
            Resolved::Float(_) => Tag::Float,
            Resolved::Timestamp(_) => Tag::Timestamp,
            Resolved::Str => Tag::Str,
            Resolved::Binary => Tag::Binary,
        }
    }
}

/// The tag go-yaml v3's parser gives an untagged plain scalar. `<<` is the merge key.
pub fn plain_tag(value: &str) -> Tag {
    if value == "<<" {
        return Tag::Merge;
    }
    implicit(value, true).tag()
}

/// go-yaml v3's `resolve("", value)`, with timestamps tried only when `timestamps` is set (an
/// untagged scalar or `!!timestamp`).
fn implicit(value: &str, timestamps: bool) -> Resolved {
    let Some(&first) = value.as_bytes().first() else {
        return Resolved::Null;
    };
    match first {
        b'+' | b'-' | b'0'..=b'9' | b'.' => {
            if timestamps {
                if let Some(t) = parse_timestamp(value) {
                    return Resolved::Timestamp(t);
                }
            }
            match resolve_v2(value, false) {
                V2::Null => Resolved::Null,
                V2::Bool(b) => Resolved::Bool(b),
                V2::Int(i) => Resolved::Int(i),
                V2::Uint(u) => Resolved::Uint(u),
                V2::Float(f) => Resolved::Float(f),
                V2::Timestamp | V2::Str => Resolved::Str,
            }
        }
        b'y' | b'Y' | b'n' | b'N' | b't' | b'T' | b'f' | b'F' | b'o' | b'O' | b'~' => match value {
            "true" | "True" | "TRUE" => Resolved::Bool(true),
            "false" | "False" | "FALSE" => Resolved::Bool(false),
            "~" | "null" | "Null" | "NULL" => Resolved::Null,
            _ => Resolved::Str,
        },
        _ => Resolved::Str,
    }
}

/// go-yaml v3's `resolve(tag, value)` as its decoder calls it: the core tags `!!null`, `!!bool`,
/// `!!int`, `!!float` and `!!timestamp` must match the text (an integer is accepted as a
/// `!!float`), `!!str` and unknown tags keep the text, `!!binary` is base64.
///
/// The error is go-yaml's message (`cannot decode !!str `abc` as a !!int`).
pub(crate) fn resolve(tag: &Tag, value: &str) -> Result<Resolved, String> {
    let want = match tag {
        // go-yaml's empty tag: typed by the text, as a plain scalar read from a document.
        Tag::Other(t) if t.is_empty() => return Ok(implicit(value, true)),
        Tag::Str | Tag::Merge | Tag::Other(_) => return Ok(Resolved::Str),
        Tag::Binary => return Ok(Resolved::Binary),
        Tag::Null => "!!null",
        Tag::Bool => "!!bool",
        Tag::Int => "!!int",
        Tag::Float => "!!float",
        Tag::Timestamp => "!!timestamp",
    };
    let got = implicit(value, *tag == Tag::Timestamp);
    match (got, tag) {
        (Resolved::Null, Tag::Null)
        | (Resolved::Bool(_), Tag::Bool)
        | (Resolved::Int(_) | Resolved::Uint(_), Tag::Int)
        | (Resolved::Float(_), Tag::Float)
        | (Resolved::Timestamp(_), Tag::Timestamp) => Ok(got),
        // Only Go `int`s are converted, not `uint64`s.
        (Resolved::Int(i), Tag::Float) => Ok(Resolved::Float(i as f64)),
        _ => Err(format!("cannot decode {} `{value}` as a {want}", got.tag_name())),
    }
}

/// The tag for a tag name as written (`!!int`, `!<tag:yaml.org,2002:int>`, `!foo`), in go-yaml
/// v3's short form. `None` for the non-specific `!`, which go-yaml ignores.
pub(crate) fn tag_from_name(full: &str) -> Option<Tag> {
    if full.is_empty() || full == "!" {
        return None;
    }
    Some(match full.strip_prefix("tag:yaml.org,2002:") {
        Some(suffix) => core_tag(suffix),
        None => Tag::Other(full.to_owned()),
    })
}

/// The tag `tag:yaml.org,2002:SUFFIX`, i.e. `!!SUFFIX`.
pub(crate) fn core_tag(suffix: &str) -> Tag {
    match suffix {
        "null" => Tag::Null,
        "bool" => Tag::Bool,
        "int" => Tag::Int,
        "float" => Tag::Float,
        "str" => Tag::Str,
        "timestamp" => Tag::Timestamp,
        "binary" => Tag::Binary,
        "merge" => Tag::Merge,
        other => Tag::Other(format!("!!{other}")),
    }
}

/// Go's `base64.StdEncoding.DecodeString`, which skips line breaks.
pub(crate) fn decode_base64(text: &str) -> Option<Vec<u8>> {
    crate::parse::decode_base64(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_1_2_keywords() {
        for (text, tag) in [
            ("true", Tag::Bool),
            ("False", Tag::Bool),
            ("TRUE", Tag::Bool),
            ("tRUE", Tag::Str),
            ("yes", Tag::Str),
            ("on", Tag::Str),
            ("y", Tag::Str),
            ("~", Tag::Null),
            ("", Tag::Null),
            ("Null", Tag::Null),
            ("nULL", Tag::Str),
            ("<<", Tag::Merge),
            (".inf", Tag::Float),
            ("-.Inf", Tag::Float),
            (".NaN", Tag::Float),
            (".nan.", Tag::Str),
        ] {
            assert_eq!(plain_tag(text), tag, "{text}");
        }
    }

    #[test]
    fn numbers() {
        assert_eq!(implicit("0755", true), Resolved::Int(493));
        assert_eq!(implicit("0o17", true), Resolved::Int(15));
        assert_eq!(implicit("-0x1F", true), Resolved::Int(-31));
        assert_eq!(implicit("1_000", true), Resolved::Int(1000));
        assert_eq!(implicit("08", true), Resolved::Float(8.0));
        assert_eq!(implicit("12345678901234567890", true), Resolved::Uint(12_345_678_901_234_567_890));
        assert_eq!(implicit("0x1_0000_0000_0000_0000", true), Resolved::Str);
        assert_eq!(implicit("1e400", true), Resolved::Str);
        assert_eq!(implicit(".5", true), Resolved::Float(0.5));
    }

    #[test]
    fn tags_must_match_the_text() {
        assert_eq!(resolve(&Tag::Float, "1"), Ok(Resolved::Float(1.0)));
        assert_eq!(resolve(&Tag::Int, "1.5"), Err("cannot decode !!float `1.5` as a !!int".to_owned()));
        assert_eq!(resolve(&Tag::Bool, "yes"), Err("cannot decode !!str `yes` as a !!bool".to_owned()));
        assert_eq!(
            resolve(&Tag::Float, "18446744073709551615"),
            Err("cannot decode !!int `18446744073709551615` as a !!float".to_owned())
        );
        assert!(matches!(resolve(&Tag::Timestamp, "2001-01-01"), Ok(Resolved::Timestamp(_))));
        assert_eq!(resolve(&Tag::Int, "2001-01-01"), Err("cannot decode !!str `2001-01-01` as a !!int".to_owned()));
        assert_eq!(resolve(&Tag::Other("!foo".into()), "12"), Ok(Resolved::Str));
    }

    #[test]
    fn tag_names() {
        assert_eq!(tag_from_name("tag:yaml.org,2002:int"), Some(Tag::Int));
        assert_eq!(tag_from_name("tag:yaml.org,2002:map"), Some(Tag::Other("!!map".into())));
        assert_eq!(tag_from_name("!foo"), Some(Tag::Other("!foo".into())));
        assert_eq!(tag_from_name("!"), None);
    }
}
