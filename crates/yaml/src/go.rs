//! Numbers and JSON as Go writes them, for text that has to match the Go tools byte for byte
//! (hashes of JSON, keys of `managedFields`, values substituted into strings).
//!
//! Rust and Go both print the shortest digits that read back as the same float; they differ in
//! where they switch to an exponent and how they write it. `strconv.FormatFloat(f, 'g', -1, 64)`
//! (also fmt's `%v`) writes an exponent below 1e-4 and from 1e6 on, signed and with at least two
//! digits (`1e-05`, `1e+06`); `encoding/json` writes plain decimals from 1e-6 up to 1e21 and
//! `1e-7`, `1e+21` outside. Rust's `Display` never uses an exponent, its `{:e}` always does.
//!
//! ```
//! use yaml::go::{format_float_g, format_float_json, write_json, Encoder, Numbers};
//!
//! assert_eq!(format_float_g(1500000.0), "1.5e+06");
//! assert_eq!(format_float_json(1500000.0), "1500000");
//! assert_eq!(format_float_json(1e21), "1e+21");
//!
//! let mut out = String::new();
//! let value = serde_json::json!({"b": "<x>", "a": 3});
//! write_json(&value, &mut out, Numbers::Float64, Encoder::EncodingJson);
//! assert_eq!(out, r#"{"a":3,"b":"\u003cx\u003e"}"#);
//! ```

use std::fmt::Write;

use serde_json::{Number, Value};

/// Go's `strconv.FormatFloat(f, 'g', -1, 64)`, which is also what `fmt` prints for `%v` of a
/// `float64`: the shortest digits that read back as `f`, as an exponent (`1e+06`, `1.5e-05`) when
/// the decimal exponent is below -4 or at least 6, else as plain decimals. `NaN`, `+Inf`, `-Inf`.
///
/// ```
/// assert_eq!(yaml::go::format_float_g(123456789.0), "1.23456789e+08");
/// assert_eq!(yaml::go::format_float_g(0.0001), "0.0001");
/// assert_eq!(yaml::go::format_float_g(-0.0), "-0");
/// ```
pub fn format_float_g(f: f64) -> String {
    match non_finite(f) {
        Some(text) => text.to_string(),
        None => shortest_g(f.is_sign_negative(), &format!("{:e}", f.abs())),
    }
}

/// The same for a `float32` (`strconv.FormatFloat(float64(f), 'g', -1, 32)`): the shortest
/// digits that read back as the same 32-bit float, so `3.3` rather than `3.299999952316284`.
///
/// ```
/// assert_eq!(yaml::go::format_float32_g(123456789.0), "1.2345679e+08");
/// ```
pub fn format_float32_g(f: f32) -> String {
    match non_finite(f64::from(f)) {
        Some(text) => text.to_string(),
        None => shortest_g(f.is_sign_negative(), &format!("{:e}", f.abs())),
    }
}

/// A `float64` as `encoding/json` (and json-iterator) writes it: plain decimals from 1e-6 up to
/// 1e21 (`0.000001`, `100000000000000000000`), an exponent without leading zeros outside
/// (`1e+21`, `1e-7`), the shortest digits that read back as `f` either way.
///
/// Go refuses to encode NaN and the infinities; for them this returns
/// [`format_float_g`]'s text, which is not JSON (a `serde_json::Value` never holds them).
///
/// ```
/// assert_eq!(yaml::go::format_float_json(1e-7), "1e-7");
/// assert_eq!(yaml::go::format_float_json(12345678901234567890.0), "12345678901234567000");
/// ```
pub fn format_float_json(f: f64) -> String {
    if let Some(text) = non_finite(f) {
        return text.to_string();
    }
    let abs = f.abs();
    if abs == 0.0 || (1e-6..1e21).contains(&abs) {
        // Rust's `Display` is Go's `'f'` with precision -1: shortest digits, never an exponent.
        return format!("{f}");
    }
    // Rust's `{:e}` is Go's `'e'` with the exponent's sign and leading zero dropped (`1e21`,
    // `1e-7`); encoding/json drops the zero too, but keeps a `+`.
    let text = format!("{f:e}");
    match text.split_once('e') {
        Some((mantissa, exponent)) if !exponent.starts_with('-') => format!("{mantissa}e+{exponent}"),
        _ => text,
    }
}

/// How the Go program holds the numbers it encodes, which follows from how it decoded them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Numbers {
    /// Every number is a `float64`: `encoding/json` decoding into `interface{}` (kustomize's
    /// name-suffix hash). `100` stays `100`, but `12345678901234567890` becomes
    /// `12345678901234567000`.
    Float64,
    /// Integers that fit an `int64` stay integers, every other number is a `float64`:
    /// apimachinery's unstructured decoding, which structured-merge-diff sees. `100.0` is a float
    /// and written `100`; `18446744073709551615` does not fit and is written
    /// `18446744073709552000`.
    Int64OrFloat64,
}

/// Which Go encoder writes the JSON. Both sort map keys and escape `<`, `>`, `&`, U+2028 and
/// U+2029 as `\u003c`, `\u003e`, `\u0026`, `\u2028`, `\u2029`; they differ in two control
/// characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoder {
    /// `encoding/json` as of Go 1.22: backspace and form feed as `\b` and `\f` (kustomize in
    /// kubectl 1.32 and 1.33, built with Go 1.23 and 1.24).
    EncodingJson,
    /// json-iterator's `ConfigCompatibleWithStandardLibrary`, which copied `encoding/json` from
    /// before Go 1.22: backspace and form feed as `\u0008` and `\u000c`. structured-merge-diff v4
    /// (Kubernetes 1.33) writes the `k:` and `v:` keys of `managedFields` with it.
    JsonIterator,
}

/// Appends `value` as Go's JSON encoder writes the value it decoded: no whitespace, map keys
/// sorted by bytes, numbers as [`Numbers`] says, strings escaped as [`Encoder`] says (`"`, `\`,
/// `\n`, `\r`, `\t` with a backslash, other control characters as `\u00XX`).
///
/// ```
/// use yaml::go::{write_json, Encoder, Numbers};
///
/// let value = serde_json::json!({"port": 8080, "ratio": 1e21, "s": "a\u{8}&"});
/// let mut kustomize = String::new();
/// write_json(&value, &mut kustomize, Numbers::Float64, Encoder::EncodingJson);
/// assert_eq!(kustomize, r#"{"port":8080,"ratio":1e+21,"s":"a\b\u0026"}"#);
/// let mut apiserver = String::new();
/// write_json(&value, &mut apiserver, Numbers::Int64OrFloat64, Encoder::JsonIterator);
/// assert_eq!(apiserver, r#"{"port":8080,"ratio":1e+21,"s":"a\u0008\u0026"}"#);
/// ```
pub fn write_json(value: &Value, out: &mut String, numbers: Numbers, encoder: Encoder) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => write_number(n, out, numbers),
        Value::String(s) => write_json_string(s, out, encoder),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json(item, out, numbers, encoder);
            }
            out.push(']');
        }
        Value::Object(map) => {
            // serde_json's map is sorted already unless its `preserve_order` feature is on.
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            entries.sort_unstable_by(|a, b| a.0.cmp(b.0));
            out.push('{');
            for (i, (key, item)) in entries.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json_string(key, out, encoder);
                out.push(':');
                write_json(item, out, numbers, encoder);
            }
            out.push('}');
        }
    }
}

/// Appends `s` as a JSON string the way [`write_json`] writes strings.
///
/// ```
/// let mut out = String::new();
/// yaml::go::write_json_string("a<b\u{1}", &mut out, yaml::go::Encoder::EncodingJson);
/// assert_eq!(out, r#""a\u003cb\u0001""#);
/// ```
pub fn write_json_string(s: &str, out: &mut String, encoder: Encoder) {
    write_json_bytes(s.as_bytes(), out, encoder);
}

/// The same for a Go string that need not be UTF-8: each byte that is not part of a valid
/// sequence is written `\ufffd`, as Go's encoders write it.
///
/// ```
/// let mut out = String::new();
/// yaml::go::write_json_bytes(b"a\xff&", &mut out, yaml::go::Encoder::EncodingJson);
/// assert_eq!(out, r#""a\ufffd\u0026""#);
/// ```
pub fn write_json_bytes(bytes: &[u8], out: &mut String, encoder: Encoder) {
    out.push('"');
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\u{8}' if encoder == Encoder::EncodingJson => out.push_str("\\b"),
                '\u{c}' if encoder == Encoder::EncodingJson => out.push_str("\\f"),
                '<' | '>' | '&' | '\u{2028}' | '\u{2029}' | '\0'..='\u{1f}' => {
                    let _ = write!(out, "\\u{:04x}", u32::from(c));
                }
                c => out.push(c),
            }
        }
        for _ in chunk.invalid() {
            out.push_str("\\ufffd");
        }
    }
    out.push('"');
}

fn write_number(n: &Number, out: &mut String, numbers: Numbers) {
    if numbers == Numbers::Int64OrFloat64 {
        if let Some(i) = n.as_i64() {
            let _ = write!(out, "{i}");
            return;
        }
    }
    // `as_f64` is `None` only for arbitrary-precision numbers beyond `f64`, which Go's decoder
    // refuses; NaN makes the impossible visible instead of writing a plausible number.
    out.push_str(&format_float_json(n.as_f64().unwrap_or(f64::NAN)));
}

/// strconv's text for NaN and the infinities.
fn non_finite(f: f64) -> Option<&'static str> {
    if f.is_nan() {
        Some("NaN")
    } else if f.is_infinite() {
        Some(if f > 0.0 { "+Inf" } else { "-Inf" })
    } else {
        None
    }
}

/// Go's shortest `%g` from Rust's shortest `{:e}` of the magnitude (`1.2345e6`, `0e0`).
fn shortest_g(negative: bool, scientific: &str) -> String {
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((scientific, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let mut out = String::with_capacity(digits.len() + 8);
    if negative {
        out.push('-');
    }
    if !(-4..6).contains(&exponent) {
        let (first, rest) = digits.split_at(1);
        out.push_str(first);
        if !rest.is_empty() {
            out.push('.');
            out.push_str(rest);
        }
        let _ = write!(out, "e{}{:02}", if exponent < 0 { '-' } else { '+' }, exponent.unsigned_abs());
        return out;
    }
    // Digits before the decimal point; zero or less means `0.` and leading zeros.
    let point = exponent + 1;
    if point <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', point.unsigned_abs() as usize));
        out.push_str(&digits);
    } else if point as usize >= digits.len() {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', point as usize - digits.len()));
    } else {
        let (int, frac) = digits.split_at(point as usize);
        out.push_str(int);
        out.push('.');
        out.push_str(frac);
    }
    out
}

/// Go's `strconv.Quote` (also `%q`, and `%#v` of a string). Go escapes what
/// `unicode.IsPrint` rejects; this approximates that with control characters, the non-ASCII
/// spaces and the format characters that occur in text.
pub fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{b}' => out.push_str("\\v"),
            // Writing to a String cannot fail.
            c if c < ' ' || c == '\u{7f}' => {
                let _ = write!(out, "\\x{:02x}", u32::from(c));
            }
            c if !printable(c) && u32::from(c) < 0x10000 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c if !printable(c) => {
                let _ = write!(out, "\\U{:08x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn printable(c: char) -> bool {
    !(c.is_control()
        || matches!(c,
            '\u{a0}' | '\u{ad}' | '\u{61c}' | '\u{1680}' | '\u{180e}'
            | '\u{2000}'..='\u{200f}' | '\u{2028}'..='\u{202f}' | '\u{205f}'..='\u{206f}'
            | '\u{3000}' | '\u{e000}'..='\u{f8ff}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}'
            | '\u{fffe}' | '\u{ffff}' | '\u{e0001}'..='\u{e007f}' | '\u{f0000}'..))
}

/// `encoding/json`'s name for the JSON type of a value in its `UnmarshalTypeError`s (`cannot unmarshal
/// number into …`).
pub fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn json(value: &Value, numbers: Numbers, encoder: Encoder) -> String {
        let mut out = String::new();
        write_json(value, &mut out, numbers, encoder);
        out
    }

    #[test]
    fn g_format_is_strconv_s() {
        for (f, want) in [
            (1.5, "1.5"),
            (1e300, "1e+300"),
            (1e-7, "1e-07"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (0.000001, "1e-06"),
            (123456.5, "123456.5"),
            (123456.0, "123456"),
            (100000.0, "100000"),
            (1e6, "1e+06"),
            (1.5e6, "1.5e+06"),
            (1234567.0, "1.234567e+06"),
            (1234567.5, "1.2345675e+06"),
            (123456789.0, "1.23456789e+08"),
            (1.2345678901234567e19, "1.2345678901234567e+19"),
            (-2.5e-7, "-2.5e-07"),
            (-2.5e-10, "-2.5e-10"),
            (1e21, "1e+21"),
            (2.5, "2.5"),
            (0.0, "0"),
            (-0.0, "-0"),
            (100.0, "100"),
            (f64::NAN, "NaN"),
            (f64::INFINITY, "+Inf"),
            (f64::NEG_INFINITY, "-Inf"),
        ] {
            assert_eq!(format_float_g(f), want, "{f}");
        }
        assert_eq!(format_float32_g(3.3), "3.3");
        assert_eq!(format_float32_g(123456789.0), "1.2345679e+08");
        assert_eq!(format_float32_g(1e6), "1e+06");
        assert_eq!(format_float32_g(-0.0), "-0");
    }

    #[test]
    fn json_floats_are_encoding_json_s() {
        for (f, want) in [
            (1.5, "1.5"),
            (100.0, "100"),
            (0.0, "0"),
            (-0.0, "-0"),
            (1e21, "1e+21"),
            (-1e21, "-1e+21"),
            (1.5e300, "1.5e+300"),
            (1e20, "100000000000000000000"),
            (1e-7, "1e-7"),
            (-2.5e-10, "-2.5e-10"),
            (0.000001, "0.000001"),
            (123456789.0, "123456789"),
            (12345678901234567890.0, "12345678901234567000"),
        ] {
            assert_eq!(format_float_json(f), want, "{f}");
        }
    }

    #[test]
    fn json_is_written_as_go_writes_it() {
        let value = json!({"b": "<a&b>\u{2028}\u{2029}\u{1}\u{8}\u{c}\"\\\n\r\t\u{7f}é", "a": [1.5, 1e21, 1e-7, 100, true, null]});
        assert_eq!(
            json(&value, Numbers::Float64, Encoder::EncodingJson),
            r#"{"a":[1.5,1e+21,1e-7,100,true,null],"b":"\u003ca\u0026b\u003e\u2028\u2029\u0001\b\f\"\\\n\r\t"#
                .to_string()
                + "\u{7f}é\"}"
        );
        assert_eq!(
            json(&json!(["\u{8}\u{c}\u{1f}", {}, []]), Numbers::Float64, Encoder::JsonIterator),
            r#"["\u0008\u000c\u001f",{},[]]"#
        );
    }

    #[test]
    fn numbers_follow_the_decoding() {
        let value = json!([100, -7, 100.0, 1e21, 1.5, u64::MAX, i64::MIN, -0.0]);
        assert_eq!(
            json(&value, Numbers::Float64, Encoder::EncodingJson),
            "[100,-7,100,1e+21,1.5,18446744073709552000,-9223372036854776000,-0]"
        );
        assert_eq!(
            json(&value, Numbers::Int64OrFloat64, Encoder::JsonIterator),
            "[100,-7,100,1e+21,1.5,18446744073709552000,-9223372036854775808,-0]"
        );
    }

    #[test]
    fn go_quotes_like_strconv() {
        assert_eq!(quote("a"), "\"a\"");
        assert_eq!(quote("a\"b\\c\n\t\u{1}\u{7f}"), "\"a\\\"b\\\\c\\n\\t\\x01\\x7f\"");
        assert_eq!(quote("é日🚀\u{a0}\u{feff}"), "\"é日🚀\\u00a0\\ufeff\"");
    }
}
