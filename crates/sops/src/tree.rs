//! The document model sops decrypts: ordered branches of items, comments kept in place.
//!
//! Every store reads its format into this model and writes it back; the walk that decrypts values
//! and computes the MAC ([`crate::decrypt`]) only knows this model. Order matters: the MAC hashes
//! the values in the order the walk meets them.

use std::fmt;

/// A value of the tree, with the Go types sops's stores produce.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Value {
    Null,
    Str(String),
    /// A decrypted string that is not UTF-8 (a binary file's `data`, for one). Go strings are
    /// bytes; this is the same value where Rust needs to know.
    Raw(Vec<u8>),
    Int(i64),
    Float(f64),
    Bool(bool),
    Time(Time),
    /// `type:bytes`, which only other sops implementations write.
    Bytes(Vec<u8>),
    Map(Vec<Item>),
    Seq(Vec<Value>),
    /// A comment line between the items of a sequence.
    Comment(Comment),
}

/// One entry of a mapping: a key and its value, or a comment line (key `Comment`, value `Null`).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Item {
    pub key: Key,
    pub value: Value,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Key {
    Str(String),
    Comment(Comment),
    /// A key that is not a string (`1: a` in YAML): sops refuses to walk such a tree.
    Other(String),
}

/// A comment: the text after `#`, and whether it stood at the end of a value's line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Comment {
    pub text: String,
    pub inline: bool,
}

impl Item {
    pub fn new(key: impl Into<String>, value: Value) -> Item {
        Item { key: Key::Str(key.into()), value }
    }

    pub fn comment(text: impl Into<String>, inline: bool) -> Item {
        Item { key: Key::Comment(Comment { text: text.into(), inline }), value: Value::Null }
    }

    pub fn key_str(&self) -> Option<&str> {
        match &self.key {
            Key::Str(s) => Some(s),
            _ => None,
        }
    }
}

impl Value {
    pub fn is_complex(&self) -> bool {
        matches!(self, Value::Map(_) | Value::Seq(_))
    }

    /// The bytes of a string value, UTF-8 or not.
    pub fn str_bytes(&self) -> Option<&[u8]> {
        match self {
            Value::Str(s) => Some(s.as_bytes()),
            Value::Raw(b) => Some(b),
            _ => None,
        }
    }
}

/// A Go `time.Time` as sops meets it: read from RFC 3339 text (or a YAML timestamp), printed
/// with `MarshalText` (RFC 3339 with nanoseconds) or `Format(time.RFC3339)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Time {
    year: i32,
    month: u8,
    day: u8,
    hour: u8,
    minute: u8,
    second: u8,
    nanos: u32,
    /// Offset from UTC in seconds; `None` is UTC, printed `Z`.
    offset: Option<i32>,
}

impl Time {
    /// Go's `time.Parse(time.RFC3339, s)`: `2006-01-02T15:04:05Z07:00`, where Go also takes a
    /// fractional second that the layout does not show, and a lower-case `t`/`z`.
    pub fn parse_rfc3339(s: &str) -> Option<Time> {
        let b = s.as_bytes();
        let num = |from: usize, len: usize| -> Option<u32> {
            let part = b.get(from..from + len)?;
            part.iter().all(u8::is_ascii_digit).then(|| part.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
        };
        if b.len() < 20
            || b[4] != b'-'
            || b[7] != b'-'
            || !matches!(b[10], b'T' | b't')
            || b[13] != b':'
            || b[16] != b':'
        {
            return None;
        }
        let year = i32::try_from(num(0, 4)?).ok()?;
        let (month, day, hour, minute, second) = (num(5, 2)?, num(8, 2)?, num(11, 2)?, num(14, 2)?, num(17, 2)?);
        let mut i = 19;
        let mut nanos = 0u32;
        if b.get(i) == Some(&b'.') || b.get(i) == Some(&b',') {
            let start = i + 1;
            i = start;
            while b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            if i == start {
                return None;
            }
            let digits = &s[start..i.min(start + 9)];
            nanos = digits.parse::<u32>().ok()? * 10u32.pow(9 - u32::try_from(digits.len()).ok()?);
        }
        let offset = match &b[i..] {
            [b'Z' | b'z'] => None,
            [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
                let digits = [*h1, *h2, *m1, *m2];
                if !digits.iter().all(u8::is_ascii_digit) {
                    return None;
                }
                let hours = i32::from(h1 - b'0') * 10 + i32::from(h2 - b'0');
                let minutes = i32::from(m1 - b'0') * 10 + i32::from(m2 - b'0');
                if hours > 23 || minutes > 59 {
                    return None;
                }
                let secs = (hours * 60 + minutes) * 60;
                Some(if *sign == b'-' { -secs } else { secs })
            }
            _ => return None,
        };
        let days_in_month = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
            2 => 28,
            _ => return None,
        };
        if day == 0 || day > days_in_month || hour > 23 || minute > 59 || second > 59 {
            return None;
        }
        Some(Time {
            year,
            month: month as u8,
            day: day as u8,
            hour: hour as u8,
            minute: minute as u8,
            second: second as u8,
            nanos,
            offset,
        })
    }

    /// `Format(time.RFC3339)`: no fractional second.
    pub fn rfc3339(&self) -> String {
        self.format(false)
    }

    /// `MarshalText`, `Format(time.RFC3339Nano)`: the fractional second without trailing zeros.
    pub fn rfc3339_nano(&self) -> String {
        self.format(true)
    }

    fn format(&self, nano: bool) -> String {
        let mut s = format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}",
            self.year, self.month, self.day, self.hour, self.minute, self.second
        );
        if nano && self.nanos > 0 {
            let frac = format!("{:09}", self.nanos);
            s.push('.');
            s.push_str(frac.trim_end_matches('0'));
        }
        match self.offset {
            // Go prints a zero offset as `Z`, however it was written.
            Some(off) if off != 0 => {
                let sign = if off < 0 { '-' } else { '+' };
                let off = off.unsigned_abs();
                s.push_str(&format!("{sign}{:02}:{:02}", off / 3600, off / 60 % 60));
            }
            _ => s.push('Z'),
        }
        s
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.rfc3339_nano())
    }
}

/// Go's `strconv.FormatFloat(f, 'f', -1, 64)`: the shortest decimal that reads back, never an
/// exponent. This is how sops hashes and encrypts floats.
pub(crate) fn format_float_f(f: f64) -> String {
    if f.is_nan() {
        return "NaN".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    // Rust's `Display` for f64 is the shortest round-trip decimal without an exponent.
    let s = format!("{f}");
    if s == "-0" {
        return "-0".into();
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_print_as_go_does() {
        let t = Time::parse_rfc3339("2024-03-01T10:20:30.500Z").unwrap();
        assert_eq!(t.rfc3339(), "2024-03-01T10:20:30Z");
        assert_eq!(t.rfc3339_nano(), "2024-03-01T10:20:30.5Z");
        let t = Time::parse_rfc3339("2024-03-01T10:20:30+02:00").unwrap();
        assert_eq!(t.rfc3339_nano(), "2024-03-01T10:20:30+02:00");
        assert!(Time::parse_rfc3339("2024-02-30T10:20:30Z").is_none());
        assert!(Time::parse_rfc3339("2024-02-01 10:20:30Z").is_none());
    }

    #[test]
    fn floats_print_as_go_does() {
        assert_eq!(format_float_f(1.0), "1");
        assert_eq!(format_float_f(0.000001), "0.000001");
        assert_eq!(format_float_f(1e21), "1000000000000000000000");
    }
}
