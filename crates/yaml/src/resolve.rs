//! Implicit typing of plain scalars, as go-yaml v2 (the fork inside sigs.k8s.io/yaml) does it.
//!
//! go-yaml v2 is YAML 1.1-flavoured: `yes`/`no`/`on`/`off`/`y`/`n` are booleans, `010` is octal,
//! `0x1F` hexadecimal, `1_000` has its underscores dropped, and `2024-01-01` is a timestamp
//! (which sigs.k8s.io/yaml hands back as the original string). The same rules decide, on the
//! way out, which strings must be quoted so that they read back as strings.

use crate::go;

/// What a plain scalar means when no tag says otherwise.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Resolved {
    Null,
    Bool(bool),
    Int(i64),
    Uint(u64),
    Float(f64),
    /// Looks like a date or time; read back as the original text.
    Timestamp,
    Str,
}

/// Resolves an untagged plain scalar (go-yaml's `resolve("", s)`).
pub(crate) fn resolve_plain(s: &str) -> Resolved {
    resolve(s, true)
}

/// Resolves a scalar under an explicit core tag; `timestamps` is false unless the tag is
/// `!!timestamp`, as in go-yaml.
pub(crate) fn resolve(s: &str, timestamps: bool) -> Resolved {
    let Some(&first) = s.as_bytes().first() else {
        return Resolved::Null;
    };
    let hint = match first {
        b'+' | b'-' => b'S',
        b'0'..=b'9' => b'D',
        b'y' | b'Y' | b'n' | b'N' | b't' | b'T' | b'f' | b'F' | b'o' | b'O' | b'~' => b'M',
        b'.' => b'.',
        _ => return Resolved::Str,
    };
    if let Some(r) = keyword(s) {
        return r;
    }
    match hint {
        b'.' => match parse_dot_float(s) {
            Some(f) => Resolved::Float(f),
            None => Resolved::Str,
        },
        b'D' | b'S' => resolve_number(s, timestamps),
        _ => Resolved::Str,
    }
}

fn keyword(s: &str) -> Option<Resolved> {
    Some(match s {
        "y" | "Y" | "yes" | "Yes" | "YES" | "true" | "True" | "TRUE" | "on" | "On" | "ON" => Resolved::Bool(true),
        "n" | "N" | "no" | "No" | "NO" | "false" | "False" | "FALSE" | "off" | "Off" | "OFF" => Resolved::Bool(false),
        "~" | "null" | "Null" | "NULL" => Resolved::Null,
        ".nan" | ".NaN" | ".NAN" => Resolved::Float(f64::NAN),
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => Resolved::Float(f64::INFINITY),
        "-.inf" | "-.Inf" | "-.INF" => Resolved::Float(f64::NEG_INFINITY),
        _ => return None,
    })
}

fn resolve_number(s: &str, timestamps: bool) -> Resolved {
    if timestamps && is_timestamp(s) {
        return Resolved::Timestamp;
    }
    let plain: String = s.chars().filter(|&c| c != '_').collect();
    if let Ok(i) = go_parse_int(&plain) {
        return Resolved::Int(i);
    }
    let uint = go_parse_uint(&plain);
    if let Ok(u) = uint {
        return Resolved::Uint(u);
    }
    if is_yaml_style_float(&plain) {
        if let Some(f) = parse_decimal_float(&plain) {
            return Resolved::Float(f);
        }
    }
    // go-yaml's explicit `0b` branches are already covered by Go's base-0 integer parsing; an
    // integer past 64 bits written with a base prefix (`0x1_0000_0000_0000_0000`) is a string.
    Resolved::Str
}

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub(crate) enum NumError {
    Syntax,
    Range,
}

/// Go's `strconv.ParseUint(s, 0, 64)` on a string without underscores.
pub(crate) fn go_parse_uint(s: &str) -> Result<u64, NumError> {
    let (base, digits) = split_base(s).ok_or(NumError::Syntax)?;
    let mut n: u64 = 0;
    for c in digits.bytes() {
        let d = match c {
            b'0'..=b'9' => c - b'0',
            b'a'..=b'z' => c - b'a' + 10,
            b'A'..=b'Z' => c - b'A' + 10,
            _ => return Err(NumError::Syntax),
        };
        if u32::from(d) >= base {
            return Err(NumError::Syntax);
        }
        n = n.checked_mul(u64::from(base)).and_then(|n| n.checked_add(u64::from(d))).ok_or(NumError::Range)?;
    }
    Ok(n)
}

/// Splits Go's base-0 prefix: `0x`/`0o`/`0b` (only with at least one more character), a bare
/// leading `0` for octal, otherwise decimal. `None` for the empty string.
fn split_base(s: &str) -> Option<(u32, &str)> {
    let b = s.as_bytes();
    if b.is_empty() {
        return None;
    }
    if b[0] != b'0' {
        return Some((10, s));
    }
    if b.len() >= 3 {
        match b[1].to_ascii_lowercase() {
            b'b' => return Some((2, &s[2..])),
            b'o' => return Some((8, &s[2..])),
            b'x' => return Some((16, &s[2..])),
            _ => {}
        }
    }
    Some((8, &s[1..]))
}

/// Go's `strconv.ParseInt(s, 0, 64)` on a string without underscores.
pub(crate) fn go_parse_int(s: &str) -> Result<i64, NumError> {
    let (neg, rest) = match s.as_bytes().first() {
        Some(b'+') => (false, &s[1..]),
        Some(b'-') => (true, &s[1..]),
        _ => (false, s),
    };
    let u = go_parse_uint(rest)?;
    if neg {
        if u > 1u64 << 63 {
            return Err(NumError::Range);
        }
        Ok((u as i64).wrapping_neg())
    } else {
        i64::try_from(u).map_err(|_| NumError::Range)
    }
}

/// `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`
fn is_yaml_style_float(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let digits = |i: &mut usize| {
        let start = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - start
    };
    if b.get(i) == Some(&b'.') {
        i += 1;
        if digits(&mut i) == 0 {
            return false;
        }
    } else {
        if digits(&mut i) == 0 {
            return false;
        }
        if b.get(i) == Some(&b'.') {
            i += 1;
            digits(&mut i);
        }
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(b.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// A decimal float; `None` where Go's `ParseFloat` reports an overflow.
fn parse_decimal_float(s: &str) -> Option<f64> {
    let f: f64 = s.strip_prefix('+').unwrap_or(s).parse().ok()?;
    f.is_finite().then_some(f)
}

/// Go's `ParseFloat` on a scalar starting with `.`: only `.5`, `.5e3` and the like succeed.
fn parse_dot_float(s: &str) -> Option<f64> {
    if is_yaml_style_float(s) {
        parse_decimal_float(s)
    } else {
        None
    }
}

/// go-yaml quotes YAML 1.1 base-60 floats (`1:20`) on the way out although it no longer reads
/// them: `^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$`.
pub(crate) fn is_base60_float(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    if matches!(b.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    if !b.get(i).is_some_and(u8::is_ascii_digit) {
        return false;
    }
    i += 1;
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
        i += 1;
    }
    let mut groups = 0;
    while b.get(i) == Some(&b':') {
        i += 1;
        // `[0-5]?[0-9]`: one digit, or two with the first in 0-5.
        match (b.get(i), b.get(i + 1)) {
            (Some(b'0'..=b'5'), Some(b'0'..=b'9')) => i += 2,
            (Some(b'0'..=b'9'), _) => i += 1,
            _ => return false,
        }
        groups += 1;
    }
    if groups == 0 {
        return false;
    }
    if b.get(i) == Some(&b'.') {
        i += 1;
        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
            i += 1;
        }
    }
    i == b.len()
}

/// Whether Go's `time.Parse` accepts `s` with one of go-yaml's layouts:
/// `2006-1-2T15:4:5.999999999Z07:00`, the same with a lower-case `t`,
/// `2006-1-2 15:4:5.999999999` and `2006-1-2`.
pub(crate) fn is_timestamp(s: &str) -> bool {
    parse_timestamp(s).is_some()
}

/// A time as Go's `time.Parse` reads it with go-yaml's layouts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Timestamp {
    year: u32,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
    second: u32,
    nanosecond: u32,
    /// Seconds east of UTC; 0 for UTC and for the layouts without a zone.
    offset: i32,
}

impl Timestamp {
    /// Why Go's `time.Time.MarshalJSON` refuses the time, if it does: RFC 3339 has no zone
    /// offset of 24 hours or more (`+24:00`, `+23:60`).
    pub(crate) fn json_problem(self) -> Option<&'static str> {
        (self.offset.unsigned_abs() / 3600 >= 24).then_some("timezone hour outside of range [0,23]")
    }

    /// The time as Go's `time.Time.MarshalJSON` writes it (RFC 3339 with nanoseconds, trailing
    /// zeros of the fraction dropped, `Z` for UTC): `2001-12-14T21:59:43.1-05:00`.
    pub(crate) fn to_rfc3339_nano(self) -> String {
        use std::fmt::Write as _;
        let mut out = String::with_capacity(35);
        // Writing to a String cannot fail.
        let _ = write!(
            out,
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        );
        if self.nanosecond != 0 {
            let fraction = format!("{:09}", self.nanosecond);
            out.push('.');
            out.push_str(fraction.trim_end_matches('0'));
        }
        if self.offset == 0 {
            out.push('Z');
        } else {
            let minutes = self.offset.unsigned_abs() / 60;
            let sign = if self.offset < 0 { '-' } else { '+' };
            let _ = write!(out, "{sign}{:02}:{:02}", minutes / 60, minutes % 60);
        }
        out
    }
}

/// Parses `s` as Go's `time.Parse` does with go-yaml's timestamp layouts (see [`is_timestamp`]).
pub(crate) fn parse_timestamp(s: &str) -> Option<Timestamp> {
    let b = s.as_bytes();
    // Quick check, as go-yaml: exactly four digits, then '-'.
    if b.len() < 5 || !b[..4].iter().all(u8::is_ascii_digit) || b[4] != b'-' {
        return None;
    }
    let mut p = Cursor { b, i: 5 };
    let year: u32 = b[..4].iter().fold(0, |n, d| n * 10 + u32::from(d - b'0'));
    let month = p.num()?;
    if !(1..=12).contains(&month) || !p.eat(b'-') {
        return None;
    }
    let day = p.num()?;
    if day < 1 || day > days_in(month, year) {
        return None;
    }
    let mut t = Timestamp { year, month, day, hour: 0, minute: 0, second: 0, nanosecond: 0, offset: 0 };
    if p.done() {
        return Some(t);
    }
    let zoned = match b[p.i] {
        b'T' | b't' => {
            p.i += 1;
            true
        }
        b' ' => {
            // Go's layout space matches any run of spaces in the value.
            while p.i < b.len() && b[p.i] == b' ' {
                p.i += 1;
            }
            false
        }
        _ => return None,
    };
    p.clock(&mut t)?;
    if zoned {
        t.offset = p.zone()?;
    }
    p.done().then_some(t)
}

struct Cursor<'a> {
    b: &'a [u8],
    i: usize,
}

impl Cursor<'_> {
    fn done(&self) -> bool {
        self.i == self.b.len()
    }

    fn eat(&mut self, c: u8) -> bool {
        if self.b.get(self.i) == Some(&c) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    /// One or two digits, as Go's `getnum(s, false)`.
    fn num(&mut self) -> Option<u32> {
        let d1 = *self.b.get(self.i).filter(|c| c.is_ascii_digit())?;
        self.i += 1;
        match self.b.get(self.i) {
            Some(d2) if d2.is_ascii_digit() => {
                self.i += 1;
                Some(u32::from(d1 - b'0') * 10 + u32::from(d2 - b'0'))
            }
            _ => Some(u32::from(d1 - b'0')),
        }
    }

    /// `15:4:5` with an optional `.999999999` (or `,`) fraction; Go keeps nine digits of it.
    fn clock(&mut self, t: &mut Timestamp) -> Option<()> {
        t.hour = self.num().filter(|&h| h < 24)?;
        self.eat(b':').then_some(())?;
        t.minute = self.num().filter(|&m| m < 60)?;
        self.eat(b':').then_some(())?;
        t.second = self.num().filter(|&s| s < 60)?;
        if matches!(self.b.get(self.i), Some(b'.' | b',')) && self.b.get(self.i + 1).is_some_and(u8::is_ascii_digit) {
            self.i += 1;
            let mut digits = 0;
            while let Some(d) = self.b.get(self.i).filter(|d| d.is_ascii_digit()) {
                if digits < 9 {
                    t.nanosecond = t.nanosecond * 10 + u32::from(d - b'0');
                    digits += 1;
                }
                self.i += 1;
            }
            t.nanosecond *= 10u32.pow(9 - digits);
        }
        Some(())
    }

    /// `Z07:00`: `Z`, or a sign with two-digit hours and minutes; the offset in seconds.
    fn zone(&mut self) -> Option<i32> {
        if self.eat(b'Z') {
            return Some(0);
        }
        let rest = &self.b[self.i..];
        if rest.len() < 6 || !matches!(rest[0], b'+' | b'-') || rest[3] != b':' {
            return None;
        }
        let two =
            |x: &[u8]| x.iter().all(u8::is_ascii_digit).then(|| i32::from(x[0] - b'0') * 10 + i32::from(x[1] - b'0'));
        match (two(&rest[1..3]), two(&rest[4..6])) {
            (Some(h), Some(m)) if h <= 24 && m <= 60 => {
                self.i += 6;
                let offset = h * 3600 + m * 60;
                Some(if rest[0] == b'-' { -offset } else { offset })
            }
            _ => None,
        }
    }
}

fn days_in(month: u32, year: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A number as sigs.k8s.io/yaml hands it to the emitter: Go's `encoding/json` writes the float,
/// go-yaml v2 reads the text back.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum JsonNumber {
    Int(i64),
    Uint(u64),
    Float(f64),
}

/// What a finite float becomes on that trip. `encoding/json` writes an integral float below
/// 1e21 as its shortest digits padded with zeros (`9223372036854776000` for 2^63), which
/// go-yaml reads as an integer when the text fits 64 bits; everything else stays a float.
pub(crate) fn json_number(f: f64) -> JsonNumber {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53: every integer below is its own shortest form
    if f.fract() != 0.0 || f.abs() >= 1e21 {
        return JsonNumber::Float(f);
    }
    if f.abs() < EXACT {
        return JsonNumber::Int(f as i64);
    }
    // Rust's shortest decimal form is Go's `'f'` formatting with precision -1.
    let text = f.to_string();
    if let Ok(i) = text.parse::<i64>() {
        JsonNumber::Int(i)
    } else if let Ok(u) = text.parse::<u64>() {
        JsonNumber::Uint(u)
    } else {
        JsonNumber::Float(f)
    }
}

/// Go's `strconv.FormatFloat(f, 'g', -1, 64)` with go-yaml's names for the infinities and NaN.
pub(crate) fn format_float(f: f64) -> String {
    go_yaml_non_finite(f).map_or_else(|| go::format_float_g(f), str::to_string)
}

/// The same for a float narrowed to 32 bits, as sigs.k8s.io/yaml formats float map keys.
pub(crate) fn format_float32(f: f64) -> String {
    let narrow = f as f32;
    go_yaml_non_finite(f64::from(narrow)).map_or_else(|| go::format_float32_g(narrow), str::to_string)
}

fn go_yaml_non_finite(f: f64) -> Option<&'static str> {
    if f.is_nan() {
        Some(".nan")
    } else if f.is_infinite() {
        Some(if f > 0.0 { ".inf" } else { "-.inf" })
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_1_1_keywords() {
        for s in ["y", "Yes", "ON", "true"] {
            assert_eq!(resolve_plain(s), Resolved::Bool(true), "{s}");
        }
        for s in ["n", "NO", "off", "False"] {
            assert_eq!(resolve_plain(s), Resolved::Bool(false), "{s}");
        }
        for s in ["", "~", "null", "NULL"] {
            assert_eq!(resolve_plain(s), Resolved::Null, "{s}");
        }
        for s in ["yEs", "nil", "None", "TRue", "inf", "nan", "+inf"] {
            assert_eq!(resolve_plain(s), Resolved::Str, "{s}");
        }
        // `<` is not in go-yaml's hint table, so the merge key resolves as a plain string.
        assert_eq!(resolve_plain("<<"), Resolved::Str);
    }

    #[test]
    fn integers_follow_go_base_prefixes() {
        assert_eq!(resolve_plain("010"), Resolved::Int(8));
        assert_eq!(resolve_plain("0x1F"), Resolved::Int(31));
        assert_eq!(resolve_plain("-0x1F"), Resolved::Int(-31));
        assert_eq!(resolve_plain("0o17"), Resolved::Int(15));
        assert_eq!(resolve_plain("0b101"), Resolved::Int(5));
        assert_eq!(resolve_plain("1_000"), Resolved::Int(1000));
        assert_eq!(resolve_plain("+12"), Resolved::Int(12));
        assert_eq!(resolve_plain("0"), Resolved::Int(0));
        assert_eq!(resolve_plain("08"), Resolved::Float(8.0));
        assert_eq!(resolve_plain("0x"), Resolved::Str);
        assert_eq!(resolve_plain("18446744073709551615"), Resolved::Uint(u64::MAX));
        assert_eq!(resolve_plain("-9223372036854775808"), Resolved::Int(i64::MIN));
        assert_eq!(resolve_plain("0x1_0000_0000_0000_0000"), Resolved::Str);
    }

    #[test]
    fn floats() {
        assert_eq!(resolve_plain("1.0"), Resolved::Float(1.0));
        assert_eq!(resolve_plain("1e3"), Resolved::Float(1000.0));
        assert_eq!(resolve_plain(".5"), Resolved::Float(0.5));
        assert_eq!(resolve_plain("-.5e1"), Resolved::Float(-5.0));
        assert_eq!(resolve_plain("1."), Resolved::Float(1.0));
        assert_eq!(resolve_plain("1e400"), Resolved::Str);
        assert_eq!(resolve_plain("1.2.3"), Resolved::Str);
        assert_eq!(resolve_plain("."), Resolved::Str);
        assert!(matches!(resolve_plain(".nan"), Resolved::Float(f) if f.is_nan()));
        assert_eq!(resolve_plain("-.inf"), Resolved::Float(f64::NEG_INFINITY));
    }

    #[test]
    fn timestamps() {
        for s in
            ["2024-01-01", "2024-1-2", "2001-12-14t21:59:43.10Z", "2001-12-14T21:59:43+05:00", "2001-12-14 21:59:43.1"]
        {
            assert!(is_timestamp(s), "{s}");
            assert_eq!(resolve_plain(s), Resolved::Timestamp, "{s}");
        }
        for s in
            ["2024-13-01", "2023-02-29", "2024-01-01T10:00:00", "2024-01-01 10:00:00Z", "20240-01-01", "2024-01-01x"]
        {
            assert!(!is_timestamp(s), "{s}");
        }
        assert!(is_timestamp("2024-02-29"));
    }

    #[test]
    fn timestamps_as_go_marshals_them() {
        let cases = [
            ("2024-01-01", "2024-01-01T00:00:00Z"),
            ("2001-12-14t21:59:43.10-05:00", "2001-12-14T21:59:43.1-05:00"),
            ("2001-12-14 21:59:43.10", "2001-12-14T21:59:43.1Z"),
            ("2001-1-2T3:4:5Z", "2001-01-02T03:04:05Z"),
            ("2001-01-02T03:04:05+00:00", "2001-01-02T03:04:05Z"),
            ("2001-01-02T03:04:05.1234567891+01:60", "2001-01-02T03:04:05.123456789+02:00"),
            ("2001-01-02T03:04:05,5-00:30", "2001-01-02T03:04:05.5-00:30"),
        ];
        for (text, want) in cases {
            assert_eq!(parse_timestamp(text).map(Timestamp::to_rfc3339_nano).as_deref(), Some(want), "{text}");
        }
    }

    #[test]
    fn base60() {
        for s in ["1:20", "-1:20:30", "190:20:30.15", "1_0:5"] {
            assert!(is_base60_float(s), "{s}");
        }
        for s in ["1:60", "1:", ":1", "a:1", "1:2:345"] {
            assert!(!is_base60_float(s), "{s}");
        }
    }

    #[test]
    fn floats_through_go_json() {
        assert_eq!(json_number(3.0), JsonNumber::Int(3));
        assert_eq!(json_number(-0.0), JsonNumber::Int(0));
        assert_eq!(json_number(1.5), JsonNumber::Float(1.5));
        assert_eq!(json_number(1e19), JsonNumber::Uint(10_000_000_000_000_000_000));
        assert_eq!(json_number(2f64.powi(63)), JsonNumber::Uint(9_223_372_036_854_776_000));
        assert_eq!(json_number(-(2f64.powi(63))), JsonNumber::Float(-9.223_372_036_854_776e18));
        assert_eq!(json_number(-1e18), JsonNumber::Int(-1_000_000_000_000_000_000));
        assert_eq!(json_number(1e20), JsonNumber::Float(1e20));
        assert_eq!(json_number(1e21), JsonNumber::Float(1e21));
    }

    #[test]
    fn go_yaml_names_the_floats_strconv_cannot_write() {
        // The digits are `go::format_float_g`'s, tested there.
        assert_eq!(format_float(1e-7), "1e-07");
        assert_eq!(format_float(f64::NAN), ".nan");
        assert_eq!(format_float(f64::NEG_INFINITY), "-.inf");
        assert_eq!(format_float32(123456789.0), "1.2345679e+08");
        assert_eq!(format_float32(1e300), ".inf");
    }
}
