//! The extension functions beyond CEL's core: cel-go's `ext.Strings` details (`split`, `indexOf` offsets,
//! `strings.quote`), `ext.Sets`, `ext.Encoders` (base64), the optional library's helpers, and the standard
//! timestamp and duration accessors (`getFullYear()`, `getHours()`, …).

use std::sync::Arc;

use chrono::{DateTime, Datelike, FixedOffset, Timelike, Utc};

use crate::value::{equal, Val};

/// `optional.ofNonZeroValue`: the zero values of cel-go's `Zeroer` types.
pub(crate) fn is_zero(v: &Val) -> bool {
    match v {
        Val::Null => true,
        Val::Bool(b) => !b,
        Val::Int(i) => *i == 0,
        Val::Uint(u) => *u == 0,
        Val::Double(d) => *d == 0.0,
        Val::Str(s) => s.is_empty(),
        Val::Bytes(b) => b.is_empty(),
        Val::List(l) => l.is_empty(),
        Val::Map(m) => m.is_empty(),
        Val::Duration(n) => *n == 0,
        // Go's zero time.Time, 0001-01-01T00:00:00Z.
        Val::Timestamp(t) => t.timestamp() == -62_135_596_800 && t.timestamp_subsec_nanos() == 0,
        Val::Optional(_) => false,
    }
}

/// `optional.unwrap(list)` / `list.unwrapOpt()`: the values of the optionals that have one.
pub(crate) fn unwrap_optionals(items: &[Val]) -> Option<Val> {
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        match item {
            Val::Optional(Some(v)) => out.push((**v).clone()),
            Val::Optional(None) => {}
            _ => return None,
        }
    }
    Some(Val::List(Arc::new(out)))
}

/// `sets.contains(a, b)` (every element of `b` is in `a`), `sets.equivalent`, `sets.intersects`, with CEL's
/// equality (so `[1]` contains `1.0`).
pub(crate) fn sets(name: &str, a: &[Val], b: &[Val]) -> bool {
    let contains = |outer: &[Val], inner: &[Val]| inner.iter().all(|x| outer.iter().any(|y| equal(x, y)));
    match name {
        "sets.contains" => contains(a, b),
        "sets.equivalent" => contains(a, b) && contains(b, a),
        _ => a.iter().any(|x| b.iter().any(|y| equal(x, y))),
    }
}

/// `strings.quote`: a double-quoted string with CEL's escapes for control characters, quotes and backslashes.
pub(crate) fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{b}' => out.push_str("\\v"),
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `s.split(sep, limit)` as Go's `strings.SplitN`: an empty separator splits into characters, a limit of
/// 0 gives no parts, a negative one all of them.
pub(crate) fn split(s: &str, sep: &str, limit: i64) -> Vec<Val> {
    if limit == 0 {
        return Vec::new();
    }
    let max = if limit < 0 { usize::MAX } else { limit as usize };
    if sep.is_empty() {
        let chars: Vec<char> = s.chars().collect();
        if chars.len() <= max {
            return chars.iter().map(|c| Val::from(c.to_string())).collect();
        }
        let mut parts: Vec<Val> = chars[..max - 1].iter().map(|c| Val::from(c.to_string())).collect();
        parts.push(Val::from(chars[max - 1..].iter().collect::<String>()));
        return parts;
    }
    s.splitn(max, sep).map(Val::from).collect()
}

/// `indexOf`/`lastIndexOf` over characters, with cel-go's offset rules: an empty needle is found at the
/// offset, an offset past the end finds nothing, a negative one is an error.
pub(crate) fn index_of(s: &str, needle: &str, offset: Option<i64>, last: bool) -> Result<i64, String> {
    let chars: Vec<char> = s.chars().collect();
    let sub: Vec<char> = needle.chars().collect();
    let len = chars.len() as i64;
    if sub.is_empty() {
        return Ok(offset.unwrap_or(if last { len } else { 0 }));
    }
    let off = match offset {
        Some(o) if o < 0 => return Err(format!("index out of range: {o}")),
        Some(o) if o >= len => return Ok(-1),
        Some(o) => o as usize,
        None if last => usize::MAX,
        None => 0,
    };
    if sub.len() > chars.len() {
        return Ok(-1);
    }
    let at = |i: usize| chars[i..i + sub.len()] == sub[..];
    let last_start = chars.len() - sub.len();
    let found =
        if last { (0..=off.min(last_start)).rev().find(|&i| at(i)) } else { (off..=last_start).find(|&i| at(i)) };
    Ok(found.map_or(-1, |i| i as i64))
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/// `base64.encode`: standard alphabet, padded.
pub(crate) fn base64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |acc, (i, b)| acc | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// `base64.decode`: standard alphabet, padded or not (cel-go retries without padding); line breaks are
/// skipped and stray low bits tolerated, as Go's non-strict decoder does.
pub(crate) fn base64_decode(s: &str) -> Result<Vec<u8>, String> {
    let err = || format!("illegal base64 data in {s:?}");
    let clean: String = s.chars().filter(|c| !matches!(c, '\r' | '\n')).collect();
    let body = clean.strip_suffix("==").or_else(|| clean.strip_suffix('=')).unwrap_or(&clean);
    let padded = body.len() != clean.len();
    if (padded && !clean.len().is_multiple_of(4)) || body.len() % 4 == 1 {
        return Err(err());
    }
    let mut out = Vec::with_capacity(body.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in body.bytes() {
        let v = ALPHABET.iter().position(|a| *a == c).ok_or_else(err)? as u32;
        acc = (acc << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Ok(out)
}

/// The zone a timestamp accessor reads in: UTC by default (`cel.DefaultUTCTimeZone(true)`), or a fixed
/// offset such as `+02:00`. IANA names need a time zone database flux-rs does not carry.
fn zone(args: &[Val]) -> Option<Result<FixedOffset, String>> {
    let utc = FixedOffset::east_opt(0)?;
    let tz = match args {
        [] => return Some(Ok(utc)),
        [Val::Str(tz)] => tz,
        _ => return None,
    };
    if matches!(tz.as_ref(), "" | "UTC" | "GMT" | "Etc/UTC" | "Etc/GMT" | "Z") {
        return Some(Ok(utc));
    }
    let parsed = tz.split_once(':').and_then(|(h, m)| {
        let (neg, h) = match h.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, h.strip_prefix('+').unwrap_or(h)),
        };
        let minutes = h.parse::<i32>().ok()? * 60 + m.parse::<i32>().ok()?;
        FixedOffset::east_opt(if neg { -minutes * 60 } else { minutes * 60 })
    });
    Some(parsed.ok_or_else(|| {
        format!("unsupported time zone {tz:?}: flux-rs knows UTC and fixed offsets such as '+02:00' or '-05:30'")
    }))
}

/// `getFullYear()`, `getMonth()` (0-based), `getDate()` (1-based), `getDayOfMonth()` (0-based),
/// `getDayOfYear()` (0-based), `getDayOfWeek()` (Sunday is 0), `getHours()`, … with an optional zone.
pub(crate) fn timestamp_part(name: &str, t: &DateTime<Utc>, args: &[Val]) -> Option<Result<Val, String>> {
    let tz = match zone(args)? {
        Ok(tz) => tz,
        Err(e) => return Some(Err(e)),
    };
    let local = t.with_timezone(&tz);
    let n = match name {
        "getFullYear" => i64::from(local.year()),
        "getMonth" => i64::from(local.month0()),
        "getDayOfYear" => i64::from(local.ordinal0()),
        "getDayOfMonth" => i64::from(local.day0()),
        "getDate" => i64::from(local.day()),
        "getDayOfWeek" => i64::from(local.weekday().num_days_from_sunday()),
        "getHours" => i64::from(local.hour()),
        "getMinutes" => i64::from(local.minute()),
        "getSeconds" => i64::from(local.second()),
        "getMilliseconds" => i64::from(local.timestamp_subsec_millis()),
        _ => return None,
    };
    Some(Ok(Val::Int(n)))
}

/// `getHours()`, `getMinutes()`, `getSeconds()`, `getMilliseconds()` of a duration: whole units in total.
pub(crate) fn duration_part(name: &str, nanos: i64, args: &[Val]) -> Option<Result<Val, String>> {
    if !args.is_empty() {
        return None;
    }
    let unit = match name {
        "getHours" => 3_600_000_000_000,
        "getMinutes" => 60_000_000_000,
        "getSeconds" => 1_000_000_000,
        "getMilliseconds" => 1_000_000,
        _ => return None,
    };
    Some(Ok(Val::Int(nanos / unit)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trips() {
        for (plain, encoded) in [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foobar", "Zm9vYmFy")] {
            assert_eq!(base64_encode(plain.as_bytes()), encoded);
            assert_eq!(base64_decode(encoded).unwrap(), plain.as_bytes());
        }
        assert_eq!(base64_decode("Zm8").unwrap(), b"fo");
        assert!(base64_decode("Zm9v!").is_err());
        assert!(base64_decode("Z").is_err());
    }

    #[test]
    fn index_of_offsets() {
        let s = "hello mellow";
        assert_eq!(index_of(s, "", None, false), Ok(0));
        assert_eq!(index_of(s, "ello", None, false), Ok(1));
        assert_eq!(index_of(s, "jello", None, false), Ok(-1));
        assert_eq!(index_of(s, "", Some(2), false), Ok(2));
        assert_eq!(index_of(s, "ello", Some(2), false), Ok(7));
        assert_eq!(index_of(s, "ello", Some(20), false), Ok(-1));
        assert!(index_of(s, "ello", Some(-1), false).is_err());
        assert_eq!(index_of(s, "", None, true), Ok(12));
        assert_eq!(index_of(s, "ello", None, true), Ok(7));
        assert_eq!(index_of(s, "ello", Some(6), true), Ok(1));
        assert_eq!(index_of(s, "ello", Some(20), true), Ok(-1));
        assert!(index_of(s, "ello", Some(-1), true).is_err());
    }
}
