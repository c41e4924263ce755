//! The functions flux-rs implements: CEL's standard ones (`size`, string predicates, `matches`,
//! conversions), the Kubernetes string extensions most rules use, and optionals. [`check`] is the
//! compile-time table, so a rule calling anything else fails to compile instead of failing at runtime.

use std::sync::Arc;

use chrono::{DateTime, Utc};

use crate::value::{equal, to_string, Val};

/// `(name, receiver style, accepted argument counts)`.
const TABLE: &[(&str, bool, &[usize])] = &[
    ("size", false, &[1]),
    ("size", true, &[0]),
    ("startsWith", true, &[1]),
    ("endsWith", true, &[1]),
    ("contains", true, &[1]),
    ("matches", true, &[1]),
    ("matches", false, &[2]),
    ("lowerAscii", true, &[0]),
    ("upperAscii", true, &[0]),
    ("trim", true, &[0]),
    ("split", true, &[1, 2]),
    ("indexOf", true, &[1, 2]),
    ("lastIndexOf", true, &[1]),
    ("replace", true, &[2, 3]),
    ("substring", true, &[1, 2]),
    ("charAt", true, &[1]),
    ("join", true, &[0, 1]),
    ("int", false, &[1]),
    ("uint", false, &[1]),
    ("double", false, &[1]),
    ("string", false, &[1]),
    ("bool", false, &[1]),
    ("bytes", false, &[1]),
    ("dyn", false, &[1]),
    ("duration", false, &[1]),
    ("timestamp", false, &[1]),
    ("hasValue", true, &[0]),
    ("value", true, &[0]),
    ("orValue", true, &[1]),
    ("optional.of", false, &[1]),
    ("optional.none", false, &[0]),
];

/// Accepts a call only if flux-rs implements that function with that many arguments.
pub(crate) fn check(name: &str, receiver: bool, argc: usize) -> Result<(), String> {
    let known = TABLE.iter().any(|(n, r, counts)| *n == name && *r == receiver && counts.contains(&argc));
    if known {
        return Ok(());
    }
    let style = if receiver { format!("<target>.{name}") } else { name.to_string() };
    Err(format!("unsupported function {style}() with {argc} argument(s)"))
}

pub(crate) fn is_qualified(name: &str) -> bool {
    TABLE.iter().any(|(n, _, _)| *n == name && n.contains('.'))
}

fn overload(name: &str, target: Option<&Val>, args: &[Val]) -> String {
    let types: Vec<&str> = args.iter().map(Val::type_name).collect();
    match target {
        Some(t) => format!("no such overload: {}.{name}({})", t.type_name(), types.join(", ")),
        None => format!("no such overload: {name}({})", types.join(", ")),
    }
}

fn int_arg(v: &Val) -> Option<i64> {
    match v {
        Val::Int(i) => Some(*i),
        _ => None,
    }
}

/// Calls a function whose arguments are already evaluated.
pub(crate) fn call(name: &str, target: Option<&Val>, args: &[Val]) -> Result<Val, String> {
    let bad = || overload(name, target, args);
    if let Some(t) = target {
        return method(name, t, args).ok_or_else(bad)?;
    }
    let arg = args.first();
    let out = match (name, arg) {
        ("size", Some(v)) => return size(v).ok_or_else(bad),
        ("matches", Some(Val::Str(s))) => match args.get(1) {
            Some(Val::Str(re)) => matches(s, re)?,
            _ => return Err(bad()),
        },
        ("int", Some(v)) => to_int(v)?,
        ("uint", Some(v)) => to_uint(v)?,
        ("double", Some(v)) => to_double(v)?,
        ("string", Some(v)) => Val::from(to_string(v)?),
        ("bool", Some(Val::Bool(b))) => Val::Bool(*b),
        ("bool", Some(Val::Str(s))) => match s.as_ref() {
            "1" | "t" | "true" | "TRUE" | "True" => Val::Bool(true),
            "0" | "f" | "false" | "FALSE" | "False" => Val::Bool(false),
            _ => return Err(format!("type conversion error from 'string' to 'bool': {s:?}")),
        },
        ("bytes", Some(Val::Str(s))) => Val::Bytes(s.as_bytes().into()),
        ("bytes", Some(b @ Val::Bytes(_))) => b.clone(),
        ("dyn", Some(v)) => v.clone(),
        ("duration", Some(Val::Str(s))) => Val::Duration(parse_duration(s)?),
        ("duration", Some(d @ Val::Duration(_))) => d.clone(),
        ("timestamp", Some(Val::Str(s))) => Val::Timestamp(
            DateTime::parse_from_rfc3339(s)
                .map_err(|e| format!("timestamp parse error: {s:?}: {e}"))?
                .with_timezone(&Utc),
        ),
        ("timestamp", Some(Val::Int(secs))) => {
            Val::Timestamp(DateTime::from_timestamp(*secs, 0).ok_or("timestamp out of range")?)
        }
        ("timestamp", Some(t @ Val::Timestamp(_))) => t.clone(),
        ("optional.of", Some(v)) => Val::Optional(Some(Arc::new(v.clone()))),
        ("optional.none", None) => Val::Optional(None),
        _ => return Err(bad()),
    };
    Ok(out)
}

/// Receiver-style calls; `None` is a type mismatch (reported as "no such overload").
fn method(name: &str, t: &Val, args: &[Val]) -> Option<Result<Val, String>> {
    if let Val::Optional(o) = t {
        return match (name, o) {
            ("hasValue", _) => Some(Ok(Val::Bool(o.is_some()))),
            ("value", Some(v)) => Some(Ok((**v).clone())),
            ("value", None) => Some(Err("optional.none() dereference".into())),
            ("orValue", Some(v)) => Some(Ok((**v).clone())),
            ("orValue", None) => args.first().cloned().map(Ok),
            _ => None,
        };
    }
    if name == "size" {
        return size(t).map(Ok);
    }
    if let Val::List(items) = t {
        return match (name, args) {
            ("join", []) => Some(join(items, "")),
            ("join", [Val::Str(sep)]) => Some(join(items, sep)),
            ("indexOf", [v]) => {
                let at = items.iter().position(|x| equal(x, v));
                Some(Ok(Val::Int(at.map_or(-1, |i| i as i64))))
            }
            _ => None,
        };
    }
    let Val::Str(s) = t else { return None };
    let str_arg = |i: usize| match args.get(i) {
        Some(Val::Str(a)) => Some(a.clone()),
        _ => None,
    };
    let out = match name {
        "startsWith" => Val::Bool(s.starts_with(&*str_arg(0)?)),
        "endsWith" => Val::Bool(s.ends_with(&*str_arg(0)?)),
        "contains" => Val::Bool(s.contains(&*str_arg(0)?)),
        "matches" => return Some(matches(s, &str_arg(0)?)),
        "lowerAscii" => Val::from(s.to_ascii_lowercase()),
        "upperAscii" => Val::from(s.to_ascii_uppercase()),
        "trim" => Val::from(s.trim()),
        "split" => {
            let sep = str_arg(0)?;
            let limit = match args.get(1) {
                Some(v) => int_arg(v)?,
                None => -1,
            };
            let parts: Vec<Val> = match limit {
                0 => Vec::new(),
                n if n < 0 => s.split(&*sep).map(Val::from).collect(),
                n => s.splitn(n as usize, &*sep).map(Val::from).collect(),
            };
            Val::List(Arc::new(parts))
        }
        "indexOf" | "lastIndexOf" => {
            let sub = str_arg(0)?;
            let chars: Vec<char> = s.chars().collect();
            let needle: Vec<char> = sub.chars().collect();
            let from = match args.get(1) {
                Some(v) => int_arg(v)?,
                None => 0,
            };
            if from < 0 || from as usize > chars.len() {
                return Some(Err(format!("index out of range: {from}")));
            }
            let hits = (from as usize..=chars.len().saturating_sub(needle.len()))
                .filter(|&i| i + needle.len() <= chars.len() && chars[i..i + needle.len()] == needle[..]);
            let at = if name == "indexOf" { hits.min() } else { hits.max() };
            Val::Int(at.map_or(-1, |i| i as i64))
        }
        "replace" => {
            let (from, to) = (str_arg(0)?, str_arg(1)?);
            match args.get(2) {
                None => Val::from(s.replace(&*from, &to)),
                Some(v) => {
                    let n = int_arg(v)?;
                    if n < 0 {
                        Val::from(s.replace(&*from, &to))
                    } else {
                        Val::from(s.replacen(&*from, &to, n as usize))
                    }
                }
            }
        }
        "substring" | "charAt" => {
            let chars: Vec<char> = s.chars().collect();
            let start = int_arg(args.first()?)?;
            let end = match (name, args.get(1)) {
                ("charAt", _) => start.saturating_add(1).min(chars.len() as i64).max(start),
                (_, Some(v)) => int_arg(v)?,
                (_, None) => chars.len() as i64,
            };
            if start < 0 || end < start || end as usize > chars.len() {
                return Some(Err(format!("index out of range: {start}")));
            }
            Val::from(chars[start as usize..end as usize].iter().collect::<String>())
        }
        _ => return None,
    };
    Some(Ok(out))
}

fn size(v: &Val) -> Option<Val> {
    let n = match v {
        Val::Str(s) => s.chars().count(),
        Val::Bytes(b) => b.len(),
        Val::List(l) => l.len(),
        Val::Map(m) => m.len(),
        _ => return None,
    };
    Some(Val::Int(n as i64))
}

fn join(items: &[Val], sep: &str) -> Result<Val, String> {
    let parts: Option<Vec<&str>> = items
        .iter()
        .map(|v| match v {
            Val::Str(s) => Some(&**s),
            _ => None,
        })
        .collect();
    let parts = parts.ok_or("no such overload: join on a list that is not list(string)")?;
    Ok(Val::from(parts.join(sep)))
}

/// RE2 semantics as CEL has them: an unanchored search.
fn matches(s: &str, re: &str) -> Result<Val, String> {
    let r = regex::Regex::new(re).map_err(|e| format!("invalid regular expression {re:?}: {e}"))?;
    Ok(Val::Bool(r.is_match(s)))
}

fn to_int(v: &Val) -> Result<Val, String> {
    let range = || "range error converting to int".to_string();
    Ok(Val::Int(match v {
        Val::Int(i) => *i,
        Val::Uint(u) => i64::try_from(*u).map_err(|_| range())?,
        Val::Double(d) if d.is_finite() && *d > -9.223_372_036_854_776e18 && *d < 9.223_372_036_854_776e18 => *d as i64,
        Val::Double(_) => return Err(range()),
        Val::Str(s) => s.parse().map_err(|_| format!("type conversion error from 'string' to 'int': {s:?}"))?,
        Val::Timestamp(t) => t.timestamp(),
        Val::Duration(n) => *n,
        other => return Err(format!("no such overload: int({})", other.type_name())),
    }))
}

fn to_uint(v: &Val) -> Result<Val, String> {
    let range = || "range error converting to uint".to_string();
    Ok(Val::Uint(match v {
        Val::Uint(u) => *u,
        Val::Int(i) => u64::try_from(*i).map_err(|_| range())?,
        Val::Double(d) if d.is_finite() && *d >= 0.0 && *d < 1.844_674_407_370_955_2e19 => *d as u64,
        Val::Double(_) => return Err(range()),
        Val::Str(s) => s.parse().map_err(|_| format!("type conversion error from 'string' to 'uint': {s:?}"))?,
        other => return Err(format!("no such overload: uint({})", other.type_name())),
    }))
}

fn to_double(v: &Val) -> Result<Val, String> {
    Ok(Val::Double(match v {
        Val::Double(d) => *d,
        Val::Int(i) => *i as f64,
        Val::Uint(u) => *u as f64,
        Val::Str(s) => s.parse().map_err(|_| format!("type conversion error from 'string' to 'double': {s:?}"))?,
        other => return Err(format!("no such overload: double({})", other.type_name())),
    }))
}

/// Parses a Go duration (`1h30m`, `1.5s`, `300ms`, `-2us`), which is what CEL's `duration()` accepts.
pub(crate) fn parse_duration(s: &str) -> Result<i64, String> {
    let err = || format!("invalid duration {s:?}");
    let (neg, mut rest) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    if rest == "0" {
        return Ok(0);
    }
    if rest.is_empty() {
        return Err(err());
    }
    let mut total: f64 = 0.0;
    while !rest.is_empty() {
        let num_len = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).ok_or_else(err)?;
        if num_len == 0 {
            return Err(err());
        }
        let n: f64 = rest[..num_len].parse().map_err(|_| err())?;
        rest = &rest[num_len..];
        let unit_len = rest.find(|c: char| c.is_ascii_digit() || c == '.').unwrap_or(rest.len());
        let scale = match &rest[..unit_len] {
            "ns" => 1.0,
            "us" | "µs" | "μs" => 1e3,
            "ms" => 1e6,
            "s" => 1e9,
            "m" => 60e9,
            "h" => 3600e9,
            _ => return Err(err()),
        };
        total += n * scale;
        rest = &rest[unit_len..];
    }
    if total > i64::MAX as f64 {
        return Err(err());
    }
    let nanos = total.round() as i64;
    Ok(if neg { -nanos } else { nanos })
}
