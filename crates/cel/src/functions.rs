//! The functions flux-rs implements, per library: CEL's standard ones (`size`, string predicates, `matches`,
//! conversions, timestamp accessors), cel-go's string extensions, sets and optionals (both environments),
//! Kubernetes' list `indexOf`/`lastIndexOf` and Flux's base64 encoders. [`check`] is the compile-time
//! table, so an expression calling anything else fails to compile instead of failing at runtime, and
//! [`signatures`] gives the checker each overload's types.

use std::sync::Arc;

use chrono::{DateTime, Utc};

use crate::ext;
use crate::types::{fits, Type};
use crate::value::{equal, to_string, Val};
use crate::Library;

/// Kubernetes' CRD validation environment.
const K: u8 = 1;
/// fluxcd/pkg `runtime/cel`: the standard library, `cel.OptionalTypes()`, `ext.Strings()` (latest),
/// `ext.Sets()`, `ext.Encoders()`.
const F: u8 = 2;
const KF: u8 = K | F;

struct Func {
    name: &'static str,
    /// Called as `target.name(args)`; the receiver is the first parameter of each signature.
    receiver: bool,
    libraries: u8,
    signatures: &'static [&'static str],
}

const fn f(name: &'static str, receiver: bool, libraries: u8, signatures: &'static [&'static str]) -> Func {
    Func { name, receiver, libraries, signatures }
}

const SIZE: &[&str] = &["string -> int", "bytes -> int", "list(A) -> int", "map(K, V) -> int"];
const STRING_PREDICATE: &[&str] = &["string, string -> bool"];
const STRING_TO_STRING: &[&str] = &["string -> string"];
const DATE_PART: &[&str] = &["timestamp -> int", "timestamp, string -> int"];
const TIME_PART: &[&str] = &["timestamp -> int", "timestamp, string -> int", "duration -> int"];
const SETS: &[&str] = &["list(A), list(A) -> bool"];

const TABLE: &[Func] = &[
    f("size", false, KF, SIZE),
    f("size", true, KF, SIZE),
    f("startsWith", true, KF, STRING_PREDICATE),
    f("endsWith", true, KF, STRING_PREDICATE),
    f("contains", true, KF, STRING_PREDICATE),
    f("matches", true, KF, STRING_PREDICATE),
    f("matches", false, KF, STRING_PREDICATE),
    f("lowerAscii", true, KF, STRING_TO_STRING),
    f("upperAscii", true, KF, STRING_TO_STRING),
    f("trim", true, KF, STRING_TO_STRING),
    f("reverse", true, F, STRING_TO_STRING),
    f("split", true, KF, &["string, string -> list(string)", "string, string, int -> list(string)"]),
    f("indexOf", true, KF, &["string, string -> int", "string, string, int -> int"]),
    f("lastIndexOf", true, KF, &["string, string -> int", "string, string, int -> int"]),
    f("indexOf", true, K, &["list(A), A -> int"]),
    f("lastIndexOf", true, K, &["list(A), A -> int"]),
    f("replace", true, KF, &["string, string, string -> string", "string, string, string, int -> string"]),
    f("substring", true, KF, &["string, int -> string", "string, int, int -> string"]),
    f("charAt", true, KF, &["string, int -> string"]),
    f("join", true, KF, &["list(string) -> string", "list(string), string -> string"]),
    f("strings.quote", false, KF, STRING_TO_STRING),
    f(
        "int",
        false,
        KF,
        &["int -> int", "uint -> int", "double -> int", "string -> int", "timestamp -> int", "duration -> int"],
    ),
    f("uint", false, KF, &["int -> uint", "uint -> uint", "double -> uint", "string -> uint"]),
    f("double", false, KF, &["int -> double", "uint -> double", "double -> double", "string -> double"]),
    f(
        "string",
        false,
        KF,
        &[
            "int -> string",
            "uint -> string",
            "double -> string",
            "string -> string",
            "bool -> string",
            "bytes -> string",
            "timestamp -> string",
            "duration -> string",
        ],
    ),
    f("bool", false, KF, &["bool -> bool", "string -> bool"]),
    f("bytes", false, KF, &["bytes -> bytes", "string -> bytes"]),
    f("dyn", false, KF, &["A -> A"]),
    f("duration", false, KF, &["string -> duration", "duration -> duration"]),
    f("timestamp", false, KF, &["string -> timestamp", "int -> timestamp", "timestamp -> timestamp"]),
    f("getFullYear", true, KF, DATE_PART),
    f("getMonth", true, KF, DATE_PART),
    f("getDayOfYear", true, KF, DATE_PART),
    f("getDayOfMonth", true, KF, DATE_PART),
    f("getDate", true, KF, DATE_PART),
    f("getDayOfWeek", true, KF, DATE_PART),
    f("getHours", true, KF, TIME_PART),
    f("getMinutes", true, KF, TIME_PART),
    f("getSeconds", true, KF, TIME_PART),
    f("getMilliseconds", true, KF, TIME_PART),
    f("hasValue", true, KF, &["optional(A) -> bool"]),
    f("value", true, KF, &["optional(A) -> A"]),
    f("orValue", true, KF, &["optional(A), A -> A"]),
    f("or", true, KF, &["optional(A), optional(A) -> optional(A)"]),
    f("optional.of", false, KF, &["A -> optional(A)"]),
    f("optional.ofNonZeroValue", false, KF, &["A -> optional(A)"]),
    f("optional.none", false, KF, &[" -> optional(A)"]),
    f("first", true, F, &["list(A) -> optional(A)"]),
    f("last", true, F, &["list(A) -> optional(A)"]),
    f("optional.unwrap", false, F, &["list(optional(A)) -> list(A)"]),
    f("unwrapOpt", true, F, &["list(optional(A)) -> list(A)"]),
    f("sets.contains", false, KF, SETS),
    f("sets.equivalent", false, KF, SETS),
    f("sets.intersects", false, KF, SETS),
    f("base64.encode", false, F, &["bytes -> string"]),
    f("base64.decode", false, F, &["string -> bytes"]),
];

fn bit(library: Library) -> u8 {
    match library {
        Library::Kubernetes => K,
        Library::Flux => F,
    }
}

/// How many parameters a signature declares (the receiver included).
fn arity(sig: &str) -> usize {
    let params = sig.split("->").next().unwrap_or_default();
    if params.trim().is_empty() {
        return 0;
    }
    let mut depth = 0usize;
    1 + params
        .chars()
        .filter(|c| {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                _ => {}
            }
            *c == ',' && depth == 0
        })
        .count()
}

/// The signatures of `name` in `library` taking `argc` arguments (plus the receiver, for a method).
pub(crate) fn signatures(library: Library, name: &str, receiver: bool, argc: usize) -> Vec<&'static str> {
    TABLE
        .iter()
        .filter(|fun| fun.name == name && fun.receiver == receiver && fun.libraries & bit(library) != 0)
        .flat_map(|fun| fun.signatures.iter().copied())
        .filter(|sig| arity(sig) == argc + usize::from(receiver))
        .collect()
}

/// Accepts a call only if flux-rs implements that function with that many arguments in `library`.
pub(crate) fn check(library: Library, name: &str, receiver: bool, argc: usize) -> Result<(), String> {
    if !signatures(library, name, receiver, argc).is_empty() {
        return Ok(());
    }
    let style = if receiver { format!("<target>.{name}") } else { name.to_string() };
    Err(format!("unsupported function {style}() with {argc} argument(s)"))
}

pub(crate) fn is_qualified(library: Library, name: &str) -> bool {
    TABLE.iter().any(|fun| fun.name == name && fun.name.contains('.') && fun.libraries & bit(library) != 0)
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

/// Calls a function whose arguments are already evaluated. The values must fit one of the library's
/// signatures, so a name shared by two libraries (`indexOf` on strings everywhere, on lists only in
/// Kubernetes) does only what the expression's own library defines.
pub(crate) fn call(library: Library, name: &str, target: Option<&Val>, args: &[Val]) -> Result<Val, String> {
    let bad = || overload(name, target, args);
    let types: Vec<Type> = target.into_iter().chain(args).map(Type::of).collect();
    if !signatures(library, name, target.is_some(), args.len()).iter().any(|sig| fits(sig, &types)) {
        return Err(bad());
    }
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
        ("optional.ofNonZeroValue", Some(v)) => Val::Optional((!ext::is_zero(v)).then(|| Arc::new(v.clone()))),
        ("optional.none", None) => Val::Optional(None),
        ("optional.unwrap", Some(Val::List(items))) => ext::unwrap_optionals(items).ok_or_else(bad)?,
        ("strings.quote", Some(Val::Str(s))) => Val::from(ext::quote(s)),
        ("sets.contains" | "sets.equivalent" | "sets.intersects", Some(Val::List(a))) => match args.get(1) {
            Some(Val::List(b)) => Val::Bool(ext::sets(name, a, b)),
            _ => return Err(bad()),
        },
        ("base64.encode", Some(Val::Bytes(b))) => Val::from(ext::base64_encode(b)),
        ("base64.decode", Some(Val::Str(s))) => Val::Bytes(ext::base64_decode(s)?.into()),
        _ => return Err(bad()),
    };
    Ok(out)
}

/// Receiver-style calls; `None` is a type mismatch (reported as "no such overload").
fn method(name: &str, t: &Val, args: &[Val]) -> Option<Result<Val, String>> {
    if let Val::Optional(o) = t {
        return match (name, o, args) {
            ("hasValue", _, []) => Some(Ok(Val::Bool(o.is_some()))),
            ("value", Some(v), []) => Some(Ok((**v).clone())),
            ("value", None, []) => Some(Err("optional.none() dereference".into())),
            // `or` and `orValue` short-circuit in the evaluator; these are the evaluated forms.
            ("orValue", Some(v), [_]) => Some(Ok((**v).clone())),
            ("orValue", None, [d]) => Some(Ok(d.clone())),
            ("or", Some(_), [Val::Optional(_)]) => Some(Ok(t.clone())),
            ("or", None, [other @ Val::Optional(_)]) => Some(Ok(other.clone())),
            _ => None,
        };
    }
    if name == "size" {
        return size(t).map(Ok);
    }
    if let Val::Timestamp(ts) = t {
        return ext::timestamp_part(name, ts, args);
    }
    if let Val::Duration(nanos) = t {
        return ext::duration_part(name, *nanos, args);
    }
    if let Val::List(items) = t {
        return match (name, args) {
            ("join", []) => Some(join(items, "")),
            ("join", [Val::Str(sep)]) => Some(join(items, sep)),
            ("indexOf", [v]) => {
                let at = items.iter().position(|x| equal(x, v));
                Some(Ok(Val::Int(at.map_or(-1, |i| i as i64))))
            }
            ("lastIndexOf", [v]) => {
                let at = items.iter().rposition(|x| equal(x, v));
                Some(Ok(Val::Int(at.map_or(-1, |i| i as i64))))
            }
            ("first", []) => Some(Ok(Val::Optional(items.first().cloned().map(Arc::new)))),
            ("last", []) => Some(Ok(Val::Optional(items.last().cloned().map(Arc::new)))),
            ("unwrapOpt", []) => ext::unwrap_optionals(items).map(Ok),
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
        "reverse" => Val::from(s.chars().rev().collect::<String>()),
        "split" => {
            let limit = match args.get(1) {
                Some(v) => int_arg(v)?,
                None => -1,
            };
            Val::List(Arc::new(ext::split(s, &str_arg(0)?, limit)))
        }
        "indexOf" | "lastIndexOf" => {
            let offset = match args.get(1) {
                Some(v) => Some(int_arg(v)?),
                None => None,
            };
            return Some(ext::index_of(s, &str_arg(0)?, offset, name == "lastIndexOf").map(Val::Int));
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
