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

/// Go's `strconv.FormatFloat(f, 'g', -1, 64)`: the shortest digits that read back as `f`, in
/// exponent form when the exponent is below -4 or at least 6 (`1e+06`, `1.5e-07`).
pub(crate) fn go_float(f: f64) -> String {
    if f == 0.0 {
        return if f.is_sign_negative() { "-0".into() } else { "0".into() };
    }
    // Rust's `{:e}` gives the shortest round-trip digits too: `1.2345e6`.
    let formatted = format!("{:e}", f.abs());
    let (mantissa, exponent) = formatted.split_once('e').expect("{:e} always has an exponent");
    let exponent: i32 = exponent.parse().expect("{:e} writes an integer exponent");
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let sign = if f < 0.0 { "-" } else { "" };
    if !(-4..6).contains(&exponent) {
        let rest = &digits[1..];
        let dot = if rest.is_empty() { String::new() } else { format!(".{rest}") };
        let exp_sign = if exponent < 0 { '-' } else { '+' };
        return format!("{sign}{}{dot}e{exp_sign}{:02}", &digits[..1], exponent.abs());
    }
    if exponent < 0 {
        let zeros = "0".repeat((-exponent - 1) as usize);
        return format!("{sign}0.{zeros}{digits}");
    }
    let point = exponent as usize + 1;
    if digits.len() <= point {
        format!("{sign}{digits}{}", "0".repeat(point - digits.len()))
    } else {
        format!("{sign}{}.{}", &digits[..point], &digits[point..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_as_go_prints_them() {
        for (f, want) in [
            (1e6, "1e+06"),
            (123456.0, "123456"),
            (1.5, "1.5"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (-2.5e-7, "-2.5e-07"),
            (1234567.0, "1.234567e+06"),
            (1.2345678901234567e19, "1.2345678901234567e+19"),
            (100.0, "100"),
            (0.0, "0"),
            (1e21, "1e+21"),
        ] {
            assert_eq!(go_float(f), want, "{f}");
        }
    }

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
