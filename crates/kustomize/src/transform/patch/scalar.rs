//! Scalars the way kyaml makes them when it writes values of its own: untagged nodes that go-yaml
//! v3 types by their text when the resource is printed, and numbers that went through Go's
//! `float64` on their way through JSON.

use yaml::node::{Node, Scalar, Style, Tag};

/// A node's text as go-yaml v3 keeps it (`Node.Value`): a scalar's value, `""` for collections.
pub(crate) fn text(node: &Node) -> &str {
    match node {
        Node::Scalar(s) => &s.value,
        _ => "",
    }
}

/// An untagged scalar with `value`, as kyaml's `NewScalarRNode` + `SetField` write it: in `style`
/// (the style of the value it replaces) or, for a new field, double-quoted where YAML 1.1 would
/// read the text as something else than a string. Plain, its type is what go-yaml v3 resolves the
/// text to; quoted, it is a string.
pub(crate) fn untagged(value: &str, style: Option<Style>) -> Node {
    let style = style.unwrap_or(if yaml11_non_string(value) { Style::DoubleQuoted } else { Style::Plain });
    let tag = if style == Style::Plain { resolve_plain(value) } else { Tag::Str };
    Node::Scalar(Scalar { tag, style, ..Scalar::string(value) })
}

/// kyaml's `IsValueNonString`: whether go-yaml v2 reads the text as something else than a string.
pub(super) fn yaml11_non_string(value: &str) -> bool {
    !value.is_empty() && !value.contains('\n') && yaml::from_str(value).is_ok_and(|v| !v.is_string())
}

/// The tag go-yaml v3 gives a plain scalar (timestamps aside: they stay strings here).
pub(crate) fn resolve_plain(s: &str) -> Tag {
    match s {
        "" | "~" | "null" | "Null" | "NULL" => return Tag::Null,
        "true" | "True" | "TRUE" | "false" | "False" | "FALSE" => return Tag::Bool,
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" | "-.inf" | "-.Inf" | "-.INF" | ".nan" | ".NaN"
        | ".NAN" => return Tag::Float,
        "<<" => return Tag::Merge,
        _ => {}
    }
    if !s.starts_with(|c: char| c.is_ascii_digit() || c == '+' || c == '-' || c == '.') {
        return Tag::Str;
    }
    let plain = s.replace('_', "");
    if go_int(&plain) {
        Tag::Int
    } else if yaml_style_float(&plain) {
        Tag::Float
    } else {
        Tag::Str
    }
}

/// Whether Go's `strconv.ParseInt(s, 0, 64)` or `ParseUint(s, 0, 64)` accepts the text (which
/// covers go-yaml v3's `0b` and `0o` forms too).
fn go_int(s: &str) -> bool {
    let (negative, unsigned) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let (radix, digits) = if let Some(d) = unsigned.strip_prefix("0x").or_else(|| unsigned.strip_prefix("0X")) {
        (16, d)
    } else if let Some(d) = unsigned.strip_prefix("0b").or_else(|| unsigned.strip_prefix("0B")) {
        (2, d)
    } else if let Some(d) = unsigned.strip_prefix("0o").or_else(|| unsigned.strip_prefix("0O")) {
        (8, d)
    } else if unsigned.len() > 1 && unsigned.starts_with('0') {
        (8, &unsigned[1..])
    } else {
        (10, unsigned)
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return false;
    }
    match u64::from_str_radix(digits, radix) {
        Ok(v) if negative => v <= 1 << 63,
        Ok(_) => true,
        Err(_) => false,
    }
}

/// go-yaml v3's `yamlStyleFloat`: `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`.
fn yaml_style_float(s: &str) -> bool {
    let s = s.strip_prefix(['-', '+']).unwrap_or(s);
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = match mantissa.split_once('.') {
        Some(("", frac)) => digits(frac),
        Some((int, frac)) => digits(int) && (frac.is_empty() || digits(frac)),
        None => digits(mantissa),
    };
    mantissa_ok && exponent.is_none_or(|e| digits(e.strip_prefix(['-', '+']).unwrap_or(e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_scalars_resolve_as_go_yaml_v3_does() {
        assert_eq!(resolve_plain("123"), Tag::Int);
        assert_eq!(resolve_plain("0755"), Tag::Int);
        assert_eq!(resolve_plain("0x1F"), Tag::Int);
        assert_eq!(resolve_plain("1_000"), Tag::Int);
        assert_eq!(resolve_plain("1e+06"), Tag::Float);
        assert_eq!(resolve_plain(".5"), Tag::Float);
        assert_eq!(resolve_plain("yes"), Tag::Str);
        assert_eq!(resolve_plain("True"), Tag::Bool);
        assert_eq!(resolve_plain(""), Tag::Null);
        assert_eq!(resolve_plain("web"), Tag::Str);
        assert_eq!(resolve_plain("1.2.3"), Tag::Str);
        assert_eq!(resolve_plain("-"), Tag::Str);
        assert_eq!(resolve_plain("99999999999999999999"), Tag::Float);
    }

    #[test]
    fn new_fields_are_quoted_where_yaml_1_1_would_not_read_a_string() {
        assert_eq!(untagged("yes", None), Node::Scalar(Scalar { style: Style::DoubleQuoted, ..Scalar::string("yes") }));
        assert_eq!(untagged("web", None), Node::Scalar(Scalar::string("web")));
        assert_eq!(
            untagged("123", Some(Style::Plain)),
            Node::Scalar(Scalar { tag: Tag::Int, ..Scalar::string("123") })
        );
    }
}
