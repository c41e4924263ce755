//! Protobuf request bodies (`application/vnd.kubernetes.protobuf`).
//!
//! client-go's typed clients prefer protobuf and do not fall back to JSON on 415, so every kubectl command that
//! builds a built-in object itself sends it that way: `kubectl create <generator>` (namespace, configmap, secret,
//! service, serviceaccount, role, rolebinding, clusterrole, clusterrolebinding, deployment, job, cronjob, ingress,
//! poddisruptionbudget, priorityclass, quota, token), `create job --from`, `autoscale`, `auth can-i|whoami|reconcile`,
//! `certificate approve`, `debug --copy-to` and `drain`. Commands that send objects read from files or patches
//! (`apply`, `create -f`, `replace`, `patch`, `annotate`, …) go through the dynamic client and send JSON.
//!
//! This module decodes kube's envelope (the `k8s\0` magic, then a
//! `runtime.Unknown{1: typeMeta{1: apiVersion, 2: kind}, 2: raw, 3: contentEncoding, 4: contentType}`) and the `raw`
//! message into the JSON an equivalent JSON request would carry.
//!
//! Each message is described by a table of its fields (number, JSON name, type, cardinality) taken from the
//! `generated.proto` of its k8s.io/api package (see [`tables`]); one generic walker turns a message into a JSON
//! object with it. Go marshals every non-pointer field, so a zero value (`""`, `0`, `false`, an empty `Time`, an
//! empty nested message) means "unset" and is omitted, as Go's JSON `omitempty` would; a pointer field is only
//! marshalled when set, so whatever it carries is kept; a scalar without `omitempty` is kept even when zero, as
//! Go's JSON writes it (`roleRef.apiGroup: ""`, `value: 0`).

mod tables;
mod wire;

use base64::Engine;
use serde_json::{Map, Value};

use crate::registry::ResourceInfo;
use crate::status::{ApiError, ApiResult};
use wire::{utf8, DecodeError, Reader, LEN, VARINT};

const MAGIC: &[u8] = b"k8s\0";

/// The media types the 415 lists: kube-apiserver's custom resource handler negotiates JSON and YAML only.
const CUSTOM_RESOURCE_MEDIA_TYPES: &[&str] = &["application/json", "application/yaml"];

/// Where kube-apiserver registers the built-in kinds; its "not registered" errors name it.
const LEGACY_SCHEME: &str = "pkg/api/legacyscheme/scheme.go:30";

/// Decodes a protobuf-encoded object into JSON.
///
/// Custom resources get 415, as from kube-apiserver, which has no protobuf codec for them. A kind the envelope
/// names that no built-in API registers gets kube-apiserver's 400. Malformed bytes get 400 with the path of the
/// field that failed.
pub fn decode(body: &[u8], r: &ResourceInfo) -> ApiResult<Value> {
    if r.is_custom() {
        return Err(unsupported());
    }
    let unknown = body
        .strip_prefix(MAGIC)
        .ok_or_else(|| ApiError::bad_request("protobuf body: missing the k8s\\0 magic prefix"))?;
    let envelope = Envelope::parse(unknown)
        .map_err(|e| ApiError::bad_request(format!("protobuf body: {}", e.within("runtime.Unknown"))))?;
    if !envelope.content_encoding.is_empty() {
        return Err(ApiError::bad_request(format!(
            "protobuf body: unsupported contentEncoding {:?}",
            envelope.content_encoding
        )));
    }
    // The type meta names what the bytes are; an envelope without one is taken to carry the endpoint's kind.
    let api_version = if envelope.api_version.is_empty() { r.api_version() } else { envelope.api_version };
    let kind = if envelope.kind.is_empty() { r.kind.clone() } else { envelope.kind };
    let Some(fields) = tables::kind(&api_version, &kind) else {
        return Err(no_table(&api_version, &kind, r));
    };
    let mut obj = Map::new();
    obj.insert("apiVersion".into(), Value::String(api_version));
    obj.insert("kind".into(), Value::String(kind.clone()));
    let decoded = decode_message(fields, envelope.raw)
        .map_err(|e| ApiError::bad_request(format!("protobuf body: {}", e.within(&kind))))?;
    obj.extend(decoded);
    Ok(Value::Object(obj))
}

fn unsupported() -> ApiError {
    ApiError::unsupported_media_type("application/vnd.kubernetes.protobuf", CUSTOM_RESOURCE_MEDIA_TYPES)
}

/// The error for an envelope whose kind has no table. A kind kube-apiserver serves (only CustomResourceDefinition
/// lacks a table) is refused with 415, the one place this server differs; anything else is a kind no built-in API
/// registers, which kube-apiserver's decoder reports as a 400 (apiserver `handlers/rest.go` `transformDecodeError`).
fn no_table(api_version: &str, kind: &str, r: &ResourceInfo) -> ApiError {
    let (group, version) = api_version.rsplit_once('/').unwrap_or(("", api_version));
    if k8s_schema::resources::find_by_kind(group, version, kind).is_some() {
        return unsupported();
    }
    ApiError::bad_request(format!(
        "{kind} in version {version:?} cannot be handled as a {}: no kind {kind:?} is registered for version \
         {api_version:?} in scheme {LEGACY_SCHEME:?}",
        r.kind
    ))
}

/// The decoded `runtime.Unknown`.
struct Envelope<'a> {
    api_version: String,
    kind: String,
    raw: &'a [u8],
    content_encoding: String,
}

impl<'a> Envelope<'a> {
    fn parse(buf: &'a [u8]) -> Result<Envelope<'a>, DecodeError> {
        let mut env =
            Envelope { api_version: String::new(), kind: String::new(), raw: &[], content_encoding: String::new() };
        let mut rd = Reader::new(buf);
        while let Some((num, wire)) = rd.key()? {
            match (num, wire) {
                (1, LEN) => {
                    let type_meta = rd.bytes().map_err(|e| e.within("typeMeta"))?;
                    let mut tm = Reader::new(type_meta);
                    while let Some((num, wire)) = tm.key().map_err(|e| e.within("typeMeta"))? {
                        match (num, wire) {
                            (1, LEN) => env.api_version = tm.string().map_err(|e| e.within("typeMeta.apiVersion"))?,
                            (2, LEN) => env.kind = tm.string().map_err(|e| e.within("typeMeta.kind"))?,
                            _ => tm.skip(wire).map_err(|e| e.within("typeMeta"))?,
                        }
                    }
                }
                (2, LEN) => env.raw = rd.bytes().map_err(|e| e.within("raw"))?,
                (3, LEN) => env.content_encoding = rd.string().map_err(|e| e.within("contentEncoding"))?,
                _ => rd.skip(wire)?,
            }
        }
        Ok(env)
    }
}

// ---------------------------------------------------------------------------------------------------------------
// The field model the tables are written in.

/// How a field is represented on the wire and in JSON.
#[derive(Clone, Copy)]
enum Ty {
    Str,
    /// `bytes`: base64 in JSON.
    Bytes,
    /// int32 and int64 (two's complement varints).
    Int,
    Bool,
    /// meta/v1 `Time{1: seconds, 2: nanos}`: RFC 3339 with seconds.
    Time,
    /// meta/v1 `MicroTime`: RFC 3339 with microseconds.
    MicroTime,
    /// util/intstr `IntOrString{1: type, 2: intVal, 3: strVal}`: a JSON number or string.
    IntOrString,
    /// api/resource `Quantity{1: string}`: the string.
    Quantity,
    /// A message `{1: bytes}` whose bytes are JSON text (meta/v1 `FieldsV1`, runtime `RawExtension`): that JSON.
    RawJson,
    /// A message `{1: repeated string}` standing for a Go `[]string` (`ExtraValue`): a JSON array.
    StrList,
    Msg(&'static [Field]),
    /// A message embedded with `json:",inline"` (`Volume.VolumeSource`): its fields join the enclosing object.
    Inline(&'static [Field]),
    /// `map<string, V>`, entries `{1: key, 2: value}`: a JSON object.
    Map(&'static Ty),
}

/// Whether a zero value means "unset".
#[derive(Clone, Copy, PartialEq, Eq)]
enum Card {
    /// A non-pointer Go field with `omitempty`, or a struct: always marshalled, so the zero value is dropped.
    Plain,
    /// A non-pointer scalar without `omitempty`: Go's JSON writes it even when zero, so the zero value is kept.
    Always,
    /// A pointer Go field: only marshalled when set, so any value is kept.
    Ptr,
    /// A repeated field; every element is kept, the field is dropped when it has none.
    Repeated,
}

struct Field {
    num: u64,
    name: &'static str,
    ty: Ty,
    card: Card,
}

const fn f(num: u64, name: &'static str, ty: Ty, card: Card) -> Field {
    Field { num, name, ty, card }
}

// ---------------------------------------------------------------------------------------------------------------
// The walker.

/// Decodes one message with its field table. Unknown field numbers are skipped, as proto2 readers do.
fn decode_message(fields: &[Field], buf: &[u8]) -> Result<Map<String, Value>, DecodeError> {
    let mut out = Map::new();
    let mut rd = Reader::new(buf);
    while let Some((num, wire)) = rd.key()? {
        let Some(field) = fields.iter().find(|fl| fl.num == num) else {
            rd.skip(wire)?;
            continue;
        };
        match field.ty {
            Ty::Map(value_ty) => {
                let entry = rd.len_field(num, wire).map_err(|e| e.within(field.name))?;
                let (key, value) = decode_map_entry(entry, *value_ty).map_err(|e| e.within(field.name))?;
                if let Value::Object(map) = out.entry(field.name).or_insert_with(|| Value::Object(Map::new())) {
                    map.insert(key, value);
                }
            }
            Ty::Inline(inner) => {
                let bytes = rd.len_field(num, wire).map_err(|e| e.within(field.name))?;
                out.extend(decode_message(inner, bytes)?);
            }
            _ if field.card == Card::Repeated => {
                let at = |index: usize| format!("{}[{index}]", field.name);
                let start = out.get(field.name).and_then(Value::as_array).map_or(0, Vec::len);
                let values = if wire == LEN && matches!(field.ty, Ty::Int | Ty::Bool) {
                    // A packed repeated scalar: proto3 writers emit these, and readers must accept them.
                    packed(field.ty, rd.bytes()?).map_err(|e| e.within(&at(start)))?
                } else {
                    // An empty Time in a list has no JSON form but null; no list of the tables holds Times.
                    let value = decode_value(&mut rd, field, wire).map_err(|e| e.within(&at(start)))?;
                    vec![value.unwrap_or(Value::Null)]
                };
                if let Value::Array(list) = out.entry(field.name).or_insert_with(|| Value::Array(Vec::new())) {
                    list.extend(values);
                }
            }
            _ => {
                // A singular field seen twice: the last one wins (nested messages would merge in proto; Go never
                // emits a field twice, so that case is not worth the code).
                match decode_value(&mut rd, field, wire).map_err(|e| e.within(field.name))? {
                    Some(value) if field.card != Card::Plain || !is_zero(&value) => {
                        out.insert(field.name.into(), value);
                    }
                    _ => {
                        out.remove(field.name);
                    }
                }
            }
        }
    }
    Ok(out)
}

/// Decodes one field value. `None` is a value with no JSON form (an empty `Time` or `RawJson`), which is unset
/// whatever the field's cardinality.
fn decode_value(rd: &mut Reader<'_>, field: &Field, wire: u8) -> Result<Option<Value>, DecodeError> {
    let num = field.num;
    if matches!(field.ty, Ty::Int | Ty::Bool) {
        let v = rd.varint_field(num, wire)?;
        return Ok(Some(if matches!(field.ty, Ty::Int) { Value::from(v as i64) } else { Value::Bool(v != 0) }));
    }
    let bytes = rd.len_field(num, wire)?;
    value_of(field.ty, bytes)
}

/// The JSON of a length-delimited value of type `ty`.
fn value_of(ty: Ty, bytes: &[u8]) -> Result<Option<Value>, DecodeError> {
    Ok(Some(match ty {
        Ty::Str => Value::String(utf8(bytes)?),
        Ty::Bytes => Value::String(base64::engine::general_purpose::STANDARD.encode(bytes)),
        Ty::Time => return time(bytes, "%Y-%m-%dT%H:%M:%SZ"),
        Ty::MicroTime => return time(bytes, "%Y-%m-%dT%H:%M:%S%.6fZ"),
        Ty::IntOrString => int_or_string(bytes)?,
        Ty::Quantity => {
            Value::String(single(bytes, |rd, wire| rd.len_field(1, wire).and_then(utf8))?.unwrap_or_default())
        }
        Ty::RawJson => match single(bytes, |rd, wire| rd.len_field(1, wire))? {
            Some(raw) if !raw.is_empty() => {
                serde_json::from_slice(raw).map_err(|e| DecodeError::new(format!("invalid JSON: {e}")))?
            }
            _ => return Ok(None),
        },
        Ty::StrList => {
            let mut items = Vec::new();
            let mut rd = Reader::new(bytes);
            while let Some((num, wire)) = rd.key()? {
                match num {
                    1 => items.push(Value::String(utf8(rd.len_field(num, wire)?)?)),
                    _ => rd.skip(wire)?,
                }
            }
            Value::Array(items)
        }
        Ty::Msg(fields) => Value::Object(decode_message(fields, bytes)?),
        Ty::Int | Ty::Bool | Ty::Inline(_) | Ty::Map(_) => {
            return Err(DecodeError::new("a varint, inline or map type read as a length-delimited value".into()))
        }
    }))
}

/// Field 1 of a one-field wrapper message (`Quantity`, `FieldsV1`, `RawExtension`), if present.
fn single<'a, T>(
    buf: &'a [u8],
    read: impl Fn(&mut Reader<'a>, u8) -> Result<T, DecodeError>,
) -> Result<Option<T>, DecodeError> {
    let mut out = None;
    let mut rd = Reader::new(buf);
    while let Some((num, wire)) = rd.key()? {
        match num {
            1 => out = Some(read(&mut rd, wire)?),
            _ => rd.skip(wire)?,
        }
    }
    Ok(out)
}

/// The elements of a packed repeated varint field.
fn packed(ty: Ty, buf: &[u8]) -> Result<Vec<Value>, DecodeError> {
    let mut rd = Reader::new(buf);
    let mut out = Vec::new();
    while !rd.at_end() {
        let v = rd.varint()?;
        out.push(if matches!(ty, Ty::Bool) { Value::Bool(v != 0) } else { Value::from(v as i64) });
    }
    Ok(out)
}

/// A map entry is a message `{1: key, 2: value}`; a missing value is the type's zero.
fn decode_map_entry(buf: &[u8], value_ty: Ty) -> Result<(String, Value), DecodeError> {
    let mut key = String::new();
    let mut value = None;
    let mut rd = Reader::new(buf);
    while let Some((num, wire)) = rd.key()? {
        match num {
            1 => key = utf8(rd.len_field(num, wire)?).map_err(|e| e.within("key"))?,
            2 => {
                let field = Field { num, name: "", ty: value_ty, card: Card::Always };
                value = Some(decode_value(&mut rd, &field, wire).map_err(|e| e.within(&format!("{key:?}")))?);
            }
            _ => rd.skip(wire)?,
        }
    }
    let value = match value {
        Some(v) => v.unwrap_or(Value::Null),
        None => match value_ty {
            Ty::Int => Value::from(0),
            Ty::Bool => Value::Bool(false),
            Ty::Msg(_) => Value::Object(Map::new()),
            Ty::StrList => Value::Array(Vec::new()),
            Ty::Time | Ty::MicroTime | Ty::RawJson => Value::Null,
            _ => Value::String(String::new()),
        },
    };
    Ok((key, value))
}

/// `Time{1: seconds, 2: nanos}` in UTC; zero seconds and nanos are Go's zero time, i.e. unset.
fn time(buf: &[u8], format: &str) -> Result<Option<Value>, DecodeError> {
    let (mut seconds, mut nanos) = (0i64, 0i64);
    let mut rd = Reader::new(buf);
    while let Some((num, wire)) = rd.key()? {
        match (num, wire) {
            (1, VARINT) => seconds = rd.varint()? as i64,
            (2, VARINT) => nanos = rd.varint()? as i64,
            _ => rd.skip(wire)?,
        }
    }
    if seconds == 0 && nanos == 0 {
        return Ok(None);
    }
    let at = u32::try_from(nanos)
        .ok()
        .and_then(|n| chrono::DateTime::from_timestamp(seconds, n))
        .ok_or_else(|| DecodeError::new(format!("time out of range: seconds {seconds}, nanos {nanos}")))?;
    Ok(Some(Value::String(at.format(format).to_string())))
}

/// `IntOrString{1: type (0 int, 1 string), 2: intVal, 3: strVal}`.
fn int_or_string(buf: &[u8]) -> Result<Value, DecodeError> {
    let (mut kind, mut int_val, mut str_val) = (0u64, 0i64, String::new());
    let mut rd = Reader::new(buf);
    while let Some((num, wire)) = rd.key()? {
        match (num, wire) {
            (1, VARINT) => kind = rd.varint()?,
            (2, VARINT) => int_val = rd.varint()? as i64,
            (3, LEN) => str_val = utf8(rd.bytes()?)?,
            _ => rd.skip(wire)?,
        }
    }
    match kind {
        0 => Ok(Value::from(int_val)),
        1 => Ok(Value::String(str_val)),
        other => Err(DecodeError::new(format!("IntOrString type {other} is neither 0 (int) nor 1 (string)"))),
    }
}

fn is_zero(v: &Value) -> bool {
    match v {
        Value::String(s) => s.is_empty(),
        Value::Number(n) => n.as_i64() == Some(0),
        Value::Bool(b) => !b,
        Value::Object(m) => m.is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Null => true,
    }
}

#[cfg(test)]
mod tests;
