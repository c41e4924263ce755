//! CEL runtime values, their conversion from JSON, and CEL's equality and ordering across types.

use std::cmp::Ordering;
use std::collections::BTreeMap;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use serde_json::Value;

#[derive(Debug, Clone)]
pub(crate) enum Val {
    Null,
    Bool(bool),
    Int(i64),
    Uint(u64),
    Double(f64),
    Str(Arc<str>),
    Bytes(Arc<[u8]>),
    List(Arc<Vec<Val>>),
    Map(Arc<BTreeMap<Key, (Val, Val)>>),
    /// Nanoseconds; CEL allows ±10,000 years but nothing in a CRD comes near ±292.
    Duration(i64),
    Timestamp(DateTime<Utc>),
    /// `optional.of(x)` / `optional.none()`, and `oldSelf` under `optionalOldSelf: true`.
    Optional(Option<Arc<Val>>),
}

/// A map key, normalised so `1`, `1u` and `1.0`-free numerics find the same entry, as CEL's
/// heterogeneous equality asks. The original key value is kept beside the entry.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Key {
    Bool(bool),
    Num(i128),
    Str(Arc<str>),
}

impl From<String> for Val {
    fn from(s: String) -> Val {
        Val::Str(s.into())
    }
}

impl From<&str> for Val {
    fn from(s: &str) -> Val {
        Val::Str(s.into())
    }
}

impl From<&Value> for Val {
    fn from(v: &Value) -> Val {
        match v {
            Value::Null => Val::Null,
            Value::Bool(b) => Val::Bool(*b),
            Value::Number(n) => match (n.as_i64(), n.as_u64()) {
                (Some(i), _) => Val::Int(i),
                (None, Some(u)) => Val::Uint(u),
                _ => Val::Double(n.as_f64().unwrap_or(f64::NAN)),
            },
            Value::String(s) => Val::from(s.as_str()),
            Value::Array(items) => Val::List(Arc::new(items.iter().map(Val::from).collect())),
            Value::Object(map) => Val::Map(Arc::new(
                map.iter().map(|(k, v)| (Key::Str(k.as_str().into()), (Val::from(k.as_str()), Val::from(v)))).collect(),
            )),
        }
    }
}

impl Val {
    /// CEL's name for the value's type, as used in error messages (`no such overload: string + int`).
    pub(crate) fn type_name(&self) -> &'static str {
        match self {
            Val::Null => "null_type",
            Val::Bool(_) => "bool",
            Val::Int(_) => "int",
            Val::Uint(_) => "uint",
            Val::Double(_) => "double",
            Val::Str(_) => "string",
            Val::Bytes(_) => "bytes",
            Val::List(_) => "list",
            Val::Map(_) => "map",
            Val::Duration(_) => "google.protobuf.Duration",
            Val::Timestamp(_) => "google.protobuf.Timestamp",
            Val::Optional(_) => "optional_type",
        }
    }

    pub(crate) fn key(&self) -> Result<Key, String> {
        match self {
            Val::Bool(b) => Ok(Key::Bool(*b)),
            Val::Int(i) => Ok(Key::Num(i128::from(*i))),
            Val::Uint(u) => Ok(Key::Num(i128::from(*u))),
            Val::Str(s) => Ok(Key::Str(s.clone())),
            // A lookup with an integral double finds the int key, as heterogeneous equality says.
            Val::Double(d) if d.fract() == 0.0 && d.abs() < 1e38 => Ok(Key::Num(*d as i128)),
            other => Err(format!("unsupported key type: {}", other.type_name())),
        }
    }

    pub(crate) fn map_of(entries: Vec<(Val, Val)>) -> Result<Val, String> {
        let mut map = BTreeMap::new();
        for (k, v) in entries {
            if matches!(k, Val::Double(_)) {
                return Err("unsupported key type: double".into());
            }
            if map.insert(k.key()?, (k, v)).is_some() {
                return Err("repeated key in map literal".into());
            }
        }
        Ok(Val::Map(Arc::new(map)))
    }
}

/// `==` as CEL defines it: numbers compare by value across int, uint and double; values of other
/// differing types are simply unequal; lists and maps compare element-wise.
pub(crate) fn equal(a: &Val, b: &Val) -> bool {
    if let Some(o) = numeric_cmp(a, b) {
        return o == Some(Ordering::Equal);
    }
    match (a, b) {
        (Val::Null, Val::Null) => true,
        (Val::Bool(x), Val::Bool(y)) => x == y,
        (Val::Str(x), Val::Str(y)) => x == y,
        (Val::Bytes(x), Val::Bytes(y)) => x == y,
        (Val::Duration(x), Val::Duration(y)) => x == y,
        (Val::Timestamp(x), Val::Timestamp(y)) => x == y,
        (Val::List(x), Val::List(y)) => x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| equal(p, q)),
        (Val::Map(x), Val::Map(y)) => {
            x.len() == y.len() && x.iter().all(|(k, (_, v))| y.get(k).is_some_and(|(_, w)| equal(v, w)))
        }
        (Val::Optional(x), Val::Optional(y)) => match (x, y) {
            (Some(p), Some(q)) => equal(p, q),
            (None, None) => true,
            _ => false,
        },
        _ => false,
    }
}

/// Ordering for `< <= > >=`: numbers across types, strings, bytes, bools, durations and timestamps.
/// `Ok(None)` is a NaN comparison (always false).
pub(crate) fn compare(a: &Val, b: &Val) -> Result<Option<Ordering>, String> {
    if let Some(o) = numeric_cmp(a, b) {
        return Ok(o);
    }
    match (a, b) {
        (Val::Bool(x), Val::Bool(y)) => Ok(Some(x.cmp(y))),
        (Val::Str(x), Val::Str(y)) => Ok(Some(x.cmp(y))),
        (Val::Bytes(x), Val::Bytes(y)) => Ok(Some(x.cmp(y))),
        (Val::Duration(x), Val::Duration(y)) => Ok(Some(x.cmp(y))),
        (Val::Timestamp(x), Val::Timestamp(y)) => Ok(Some(x.cmp(y))),
        _ => Err(no_overload2(a, "<", b)),
    }
}

/// Compares two numbers of any numeric types exactly; `None` when either is not a number.
fn numeric_cmp(a: &Val, b: &Val) -> Option<Option<Ordering>> {
    let exact = |v: &Val| match v {
        Val::Int(i) => Some(i128::from(*i)),
        Val::Uint(u) => Some(i128::from(*u)),
        _ => None,
    };
    match (a, b) {
        (Val::Double(x), Val::Double(y)) => Some(x.partial_cmp(y)),
        (Val::Double(x), other) => exact(other).map(|n| cmp_double_int(*x, n)),
        (other, Val::Double(y)) => exact(other).map(|n| cmp_double_int(*y, n).map(Ordering::reverse)),
        _ => Some(Some(exact(a)?.cmp(&exact(b)?))),
    }
}

fn cmp_double_int(d: f64, n: i128) -> Option<Ordering> {
    if d.is_nan() {
        return None;
    }
    // Every int64/uint64 fits in ±2^64, where an f64 comparison against the rounded integer is decided
    // by the integer part first, then the fraction.
    if d >= 1.9e19 {
        return Some(Ordering::Greater);
    }
    if d <= -1.9e19 {
        return Some(Ordering::Less);
    }
    let whole = d.trunc() as i128;
    Some(whole.cmp(&n).then(if d.fract() > 0.0 {
        Ordering::Greater
    } else if d.fract() < 0.0 {
        Ordering::Less
    } else {
        Ordering::Equal
    }))
}

pub(crate) fn no_overload2(a: &Val, op: &str, b: &Val) -> String {
    format!("no such overload: {} {op} {}", a.type_name(), b.type_name())
}

/// Formats a value as CEL's `string()` does for the scalar types.
pub(crate) fn to_string(v: &Val) -> Result<String, String> {
    match v {
        Val::Str(s) => Ok(s.to_string()),
        Val::Int(i) => Ok(i.to_string()),
        Val::Uint(u) => Ok(u.to_string()),
        Val::Double(d) => Ok(format_double(*d)),
        Val::Bool(b) => Ok(b.to_string()),
        Val::Bytes(b) => String::from_utf8(b.to_vec()).map_err(|_| "invalid UTF-8 in bytes".to_string()),
        Val::Duration(n) => Ok(format_duration(*n)),
        Val::Timestamp(t) => Ok(t.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, true)),
        other => Err(format!("no such overload: string({})", other.type_name())),
    }
}

fn format_double(d: f64) -> String {
    if d.is_infinite() {
        return if d > 0.0 { "+Inf".into() } else { "-Inf".into() };
    }
    if d.is_nan() {
        return "NaN".into();
    }
    if d.fract() == 0.0 && d.abs() < 1e21 {
        return format!("{d:.0}");
    }
    d.to_string()
}

/// A duration as CEL prints it: seconds with up to nine fractional digits and an `s` suffix (`90s`, `1.5s`).
fn format_duration(nanos: i64) -> String {
    let secs = nanos / 1_000_000_000;
    let frac = (nanos % 1_000_000_000).unsigned_abs();
    if frac == 0 {
        return format!("{secs}s");
    }
    let sign = if nanos < 0 && secs == 0 { "-" } else { "" };
    let digits = format!("{frac:09}");
    format!("{sign}{secs}.{}s", digits.trim_end_matches('0'))
}

/// A result as JSON: durations and timestamps in their string forms, bytes in base64 (protobuf's JSON
/// mapping), an optional as its value or `null`.
pub(crate) fn to_json(v: &Val) -> Result<Value, String> {
    Ok(match v {
        Val::Null | Val::Optional(None) => Value::Null,
        Val::Bool(b) => Value::Bool(*b),
        Val::Int(i) => Value::from(*i),
        Val::Uint(u) => Value::from(*u),
        Val::Double(d) => serde_json::Number::from_f64(*d)
            .map(Value::Number)
            .ok_or_else(|| format!("{} cannot be represented in JSON", format_double(*d)))?,
        Val::Str(s) => Value::String(s.to_string()),
        Val::Bytes(b) => Value::String(crate::ext::base64_encode(b)),
        Val::Duration(_) | Val::Timestamp(_) => Value::String(to_string(v)?),
        Val::List(items) => Value::Array(items.iter().map(to_json).collect::<Result<_, _>>()?),
        Val::Map(m) => {
            let mut out = serde_json::Map::with_capacity(m.len());
            for (k, v) in m.values() {
                out.insert(to_string(k)?, to_json(v)?);
            }
            Value::Object(out)
        }
        Val::Optional(Some(inner)) => to_json(inner)?,
    })
}
