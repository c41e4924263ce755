//! Protobuf request bodies (`application/vnd.kubernetes.protobuf`).
//!
//! client-go's typed clients prefer protobuf, so `kubectl create namespace|configmap|secret|serviceaccount|service`
//! send it and do not fall back to JSON on 415. This module decodes kube's envelope (the `k8s\0` magic, then a
//! `runtime.Unknown{1: typeMeta{1: apiVersion, 2: kind}, 2: raw, 3: contentEncoding, 4: contentType}`) and, for a
//! handful of core/v1 kinds, the `raw` message into the JSON an equivalent JSON request would carry.
//!
//! Each kind is described by a table of its fields (number, JSON name, type, cardinality) taken from
//! `k8s.io/api/core/v1/generated.proto` and `k8s.io/apimachinery/pkg/apis/meta/v1/generated.proto`; one generic
//! walker turns a message into a JSON object with it. Go marshals every non-pointer field, so a zero value
//! (`""`, `0`, `false`, an empty `Time`, an empty nested message) means "unset" and is omitted, as Go's JSON
//! `omitempty` would; a pointer field is only marshalled when set, so whatever it carries is kept.

use base64::Engine;
use serde_json::{Map, Value};

use crate::registry::ResourceInfo;
use crate::status::{ApiError, ApiResult};

const MAGIC: &[u8] = b"k8s\0";

/// Decodes a protobuf-encoded object into JSON.
///
/// Kinds without a field table here get 415, as a kube-apiserver does for a type it has no protobuf codec for;
/// malformed bytes get 400 with the path of the field that failed.
pub fn decode(body: &[u8], r: &ResourceInfo) -> ApiResult<Value> {
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
    let Some(fields) = kind_fields(&api_version, &kind) else {
        return Err(ApiError::unsupported_media_type(
            "application/vnd.kubernetes.protobuf",
            &["application/json", "application/yaml"],
        ));
    };
    let mut obj = Map::new();
    obj.insert("apiVersion".into(), Value::String(api_version));
    obj.insert("kind".into(), Value::String(kind.clone()));
    let decoded = decode_message(fields, envelope.raw)
        .map_err(|e| ApiError::bad_request(format!("protobuf body: {}", e.within(&kind))))?;
    obj.extend(decoded);
    Ok(Value::Object(obj))
}

/// The field table of a kind this module decodes.
fn kind_fields(api_version: &str, kind: &str) -> Option<&'static [Field]> {
    if api_version == "authorization.k8s.io/v1" {
        // `kubectl auth can-i` sends its access reviews through a typed (protobuf) client.
        return match kind {
            "SelfSubjectAccessReview" => Some(SELF_SUBJECT_ACCESS_REVIEW),
            "SubjectAccessReview" | "LocalSubjectAccessReview" => Some(SUBJECT_ACCESS_REVIEW),
            _ => None,
        };
    }
    if api_version != "v1" {
        return None;
    }
    Some(match kind {
        "Namespace" => NAMESPACE,
        "ConfigMap" => CONFIG_MAP,
        "Secret" => SECRET,
        "ServiceAccount" => SERVICE_ACCOUNT,
        "Service" => SERVICE,
        "Event" => EVENT,
        _ => return None,
    })
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
// Field tables. Numbers from k8s.io/api core/v1 and k8s.io/apimachinery meta/v1 generated.proto.

/// How a field is represented on the wire and in JSON.
#[derive(Clone, Copy)]
enum Ty {
    Str,
    /// `bytes` holding JSON text (`FieldsV1.Raw`), inlined as JSON.
    RawJson,
    /// int32 and int64 (two's complement varints).
    Int,
    Bool,
    /// meta/v1 `Time`: RFC 3339 with seconds.
    Time,
    /// meta/v1 `MicroTime`: RFC 3339 with microseconds.
    MicroTime,
    /// util/intstr `IntOrString{1: type, 2: intVal, 3: strVal}`: a JSON number or string.
    IntOrString,
    Msg(&'static [Field]),
    /// `map<string, string>`.
    StrMap,
    /// `map<string, bytes>`, base64 values in JSON.
    BytesMap,
}

/// Whether a zero value means "unset".
#[derive(Clone, Copy, PartialEq, Eq)]
enum Card {
    /// A non-pointer Go field: always marshalled, so the zero value is dropped.
    Plain,
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

use Card::{Plain, Ptr, Repeated};
use Ty::{Bool, BytesMap, Int, IntOrString, MicroTime, Msg, RawJson, Str, StrMap, Time};

const OBJECT_META: &[Field] = &[
    f(1, "name", Str, Plain),
    f(2, "generateName", Str, Plain),
    f(3, "namespace", Str, Plain),
    f(4, "selfLink", Str, Plain),
    f(5, "uid", Str, Plain),
    f(6, "resourceVersion", Str, Plain),
    f(7, "generation", Int, Plain),
    f(8, "creationTimestamp", Time, Plain),
    f(9, "deletionTimestamp", Time, Ptr),
    f(10, "deletionGracePeriodSeconds", Int, Ptr),
    f(11, "labels", StrMap, Plain),
    f(12, "annotations", StrMap, Plain),
    f(13, "ownerReferences", Msg(OWNER_REFERENCE), Repeated),
    f(14, "finalizers", Str, Repeated),
    f(17, "managedFields", Msg(MANAGED_FIELDS_ENTRY), Repeated),
];

const OWNER_REFERENCE: &[Field] = &[
    f(5, "apiVersion", Str, Plain),
    f(1, "kind", Str, Plain),
    f(3, "name", Str, Plain),
    f(4, "uid", Str, Plain),
    f(6, "controller", Bool, Ptr),
    f(7, "blockOwnerDeletion", Bool, Ptr),
];

const MANAGED_FIELDS_ENTRY: &[Field] = &[
    f(1, "manager", Str, Plain),
    f(2, "operation", Str, Plain),
    f(3, "apiVersion", Str, Plain),
    f(4, "time", Time, Ptr),
    f(6, "fieldsType", Str, Plain),
    f(7, "fieldsV1", Msg(FIELDS_V1), Ptr),
    f(8, "subresource", Str, Plain),
];

/// `FieldsV1{1: Raw}`; the JSON form is the raw JSON itself, see [`Ty::RawJson`].
const FIELDS_V1: &[Field] = &[f(1, "Raw", RawJson, Plain)];

const META_CONDITION: &[Field] = &[
    f(1, "type", Str, Plain),
    f(2, "status", Str, Plain),
    f(3, "observedGeneration", Int, Plain),
    f(4, "lastTransitionTime", Time, Plain),
    f(5, "reason", Str, Plain),
    f(6, "message", Str, Plain),
];

const SELF_SUBJECT_ACCESS_REVIEW: &[Field] =
    &[f(1, "metadata", Msg(OBJECT_META), Plain), f(2, "spec", Msg(SELF_SUBJECT_ACCESS_REVIEW_SPEC), Plain)];

const SELF_SUBJECT_ACCESS_REVIEW_SPEC: &[Field] = &[
    f(1, "resourceAttributes", Msg(RESOURCE_ATTRIBUTES), Ptr),
    f(2, "nonResourceAttributes", Msg(NON_RESOURCE_ATTRIBUTES), Ptr),
];

const SUBJECT_ACCESS_REVIEW: &[Field] =
    &[f(1, "metadata", Msg(OBJECT_META), Plain), f(2, "spec", Msg(SUBJECT_ACCESS_REVIEW_SPEC), Plain)];

const SUBJECT_ACCESS_REVIEW_SPEC: &[Field] = &[
    f(1, "resourceAttributes", Msg(RESOURCE_ATTRIBUTES), Ptr),
    f(2, "nonResourceAttributes", Msg(NON_RESOURCE_ATTRIBUTES), Ptr),
    f(3, "user", Str, Plain),
    f(4, "groups", Str, Repeated),
    f(6, "uid", Str, Plain),
];

const RESOURCE_ATTRIBUTES: &[Field] = &[
    f(1, "namespace", Str, Plain),
    f(2, "verb", Str, Plain),
    f(3, "group", Str, Plain),
    f(4, "version", Str, Plain),
    f(5, "resource", Str, Plain),
    f(6, "subresource", Str, Plain),
    f(7, "name", Str, Plain),
];

const NON_RESOURCE_ATTRIBUTES: &[Field] = &[f(1, "path", Str, Plain), f(2, "verb", Str, Plain)];

const NAMESPACE: &[Field] = &[
    f(1, "metadata", Msg(OBJECT_META), Plain),
    f(2, "spec", Msg(NAMESPACE_SPEC), Plain),
    f(3, "status", Msg(NAMESPACE_STATUS), Plain),
];

const NAMESPACE_SPEC: &[Field] = &[f(1, "finalizers", Str, Repeated)];

const NAMESPACE_STATUS: &[Field] = &[f(1, "phase", Str, Plain), f(2, "conditions", Msg(NAMESPACE_CONDITION), Repeated)];

const NAMESPACE_CONDITION: &[Field] = &[
    f(1, "type", Str, Plain),
    f(2, "status", Str, Plain),
    f(4, "lastTransitionTime", Time, Plain),
    f(5, "reason", Str, Plain),
    f(6, "message", Str, Plain),
];

const CONFIG_MAP: &[Field] = &[
    f(1, "metadata", Msg(OBJECT_META), Plain),
    f(4, "immutable", Bool, Ptr),
    f(2, "data", StrMap, Plain),
    f(3, "binaryData", BytesMap, Plain),
];

const SECRET: &[Field] = &[
    f(1, "metadata", Msg(OBJECT_META), Plain),
    f(5, "immutable", Bool, Ptr),
    f(2, "data", BytesMap, Plain),
    f(4, "stringData", StrMap, Plain),
    f(3, "type", Str, Plain),
];

const SERVICE_ACCOUNT: &[Field] = &[
    f(1, "metadata", Msg(OBJECT_META), Plain),
    f(2, "secrets", Msg(OBJECT_REFERENCE), Repeated),
    f(3, "imagePullSecrets", Msg(LOCAL_OBJECT_REFERENCE), Repeated),
    f(4, "automountServiceAccountToken", Bool, Ptr),
];

const OBJECT_REFERENCE: &[Field] = &[
    f(1, "kind", Str, Plain),
    f(2, "namespace", Str, Plain),
    f(3, "name", Str, Plain),
    f(4, "uid", Str, Plain),
    f(5, "apiVersion", Str, Plain),
    f(6, "resourceVersion", Str, Plain),
    f(7, "fieldPath", Str, Plain),
];

const LOCAL_OBJECT_REFERENCE: &[Field] = &[f(1, "name", Str, Plain)];

const SERVICE: &[Field] = &[
    f(1, "metadata", Msg(OBJECT_META), Plain),
    f(2, "spec", Msg(SERVICE_SPEC), Plain),
    f(3, "status", Msg(SERVICE_STATUS), Plain),
];

const SERVICE_SPEC: &[Field] = &[
    f(1, "ports", Msg(SERVICE_PORT), Repeated),
    f(2, "selector", StrMap, Plain),
    f(3, "clusterIP", Str, Plain),
    f(18, "clusterIPs", Str, Repeated),
    f(4, "type", Str, Plain),
    f(5, "externalIPs", Str, Repeated),
    f(7, "sessionAffinity", Str, Plain),
    f(8, "loadBalancerIP", Str, Plain),
    f(9, "loadBalancerSourceRanges", Str, Repeated),
    f(10, "externalName", Str, Plain),
    f(11, "externalTrafficPolicy", Str, Plain),
    f(12, "healthCheckNodePort", Int, Plain),
    f(13, "publishNotReadyAddresses", Bool, Plain),
    f(14, "sessionAffinityConfig", Msg(SESSION_AFFINITY_CONFIG), Ptr),
    f(19, "ipFamilies", Str, Repeated),
    f(17, "ipFamilyPolicy", Str, Ptr),
    f(20, "allocateLoadBalancerNodePorts", Bool, Ptr),
    f(21, "loadBalancerClass", Str, Ptr),
    f(22, "internalTrafficPolicy", Str, Ptr),
    f(23, "trafficDistribution", Str, Ptr),
];

const SERVICE_PORT: &[Field] = &[
    f(1, "name", Str, Plain),
    f(2, "protocol", Str, Plain),
    f(6, "appProtocol", Str, Ptr),
    f(3, "port", Int, Plain),
    f(4, "targetPort", IntOrString, Plain),
    f(5, "nodePort", Int, Plain),
];

const SESSION_AFFINITY_CONFIG: &[Field] = &[f(1, "clientIP", Msg(CLIENT_IP_CONFIG), Ptr)];

const CLIENT_IP_CONFIG: &[Field] = &[f(1, "timeoutSeconds", Int, Ptr)];

const SERVICE_STATUS: &[Field] =
    &[f(1, "loadBalancer", Msg(LOAD_BALANCER_STATUS), Plain), f(2, "conditions", Msg(META_CONDITION), Repeated)];

const LOAD_BALANCER_STATUS: &[Field] = &[f(1, "ingress", Msg(LOAD_BALANCER_INGRESS), Repeated)];

const LOAD_BALANCER_INGRESS: &[Field] = &[
    f(1, "ip", Str, Plain),
    f(2, "hostname", Str, Plain),
    f(3, "ipMode", Str, Ptr),
    f(4, "ports", Msg(PORT_STATUS), Repeated),
];

const PORT_STATUS: &[Field] = &[f(1, "port", Int, Plain), f(2, "protocol", Str, Plain), f(3, "error", Str, Ptr)];

const EVENT: &[Field] = &[
    f(1, "metadata", Msg(OBJECT_META), Plain),
    f(2, "involvedObject", Msg(OBJECT_REFERENCE), Plain),
    f(3, "reason", Str, Plain),
    f(4, "message", Str, Plain),
    f(5, "source", Msg(EVENT_SOURCE), Plain),
    f(6, "firstTimestamp", Time, Plain),
    f(7, "lastTimestamp", Time, Plain),
    f(8, "count", Int, Plain),
    f(9, "type", Str, Plain),
    f(10, "eventTime", MicroTime, Plain),
    f(11, "series", Msg(EVENT_SERIES), Ptr),
    f(12, "action", Str, Plain),
    f(13, "related", Msg(OBJECT_REFERENCE), Ptr),
    f(14, "reportingComponent", Str, Plain),
    f(15, "reportingInstance", Str, Plain),
];

const EVENT_SOURCE: &[Field] = &[f(1, "component", Str, Plain), f(2, "host", Str, Plain)];

const EVENT_SERIES: &[Field] = &[f(1, "count", Int, Plain), f(2, "lastObservedTime", MicroTime, Plain)];

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
            StrMap | BytesMap => {
                let entry = rd.field_bytes(field, wire).map_err(|e| e.within(field.name))?;
                let (key, value) = decode_map_entry(entry, field.ty).map_err(|e| e.within(field.name))?;
                let map = out.entry(field.name).or_insert_with(|| Value::Object(Map::new()));
                if let Value::Object(map) = map {
                    map.insert(key, value);
                }
            }
            _ if field.card == Repeated => {
                let index = out.get(field.name).and_then(Value::as_array).map_or(0, Vec::len);
                let value = decode_value(&mut rd, field, wire)
                    .map_err(|e| e.within(&format!("{}[{index}]", field.name)))?
                    .unwrap_or(Value::Null); // an empty Time in a list; none of these kinds has such a list
                let list = out.entry(field.name).or_insert_with(|| Value::Array(Vec::new()));
                if let Value::Array(list) = list {
                    list.push(value);
                }
            }
            _ => {
                // A singular field seen twice: the last one wins (nested messages would merge in proto; Go never
                // emits a field twice, so that case is not worth the code).
                match decode_value(&mut rd, field, wire).map_err(|e| e.within(field.name))? {
                    Some(value) if field.card == Ptr || !is_zero(&value) => {
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

/// Decodes one non-map field value. `None` is an empty `Time`, which is unset whatever the field's cardinality.
fn decode_value(rd: &mut Reader<'_>, field: &Field, wire: u8) -> Result<Option<Value>, DecodeError> {
    Ok(Some(match field.ty {
        Str => Value::String(utf8(rd.field_bytes(field, wire)?)?),
        RawJson => {
            let raw = rd.field_bytes(field, wire)?;
            serde_json::from_slice(raw).map_err(|e| DecodeError::new(format!("invalid JSON: {e}")))?
        }
        Int => Value::from(rd.field_varint(field, wire)? as i64),
        Bool => Value::Bool(rd.field_varint(field, wire)? != 0),
        Time => return time(rd.field_bytes(field, wire)?, "%Y-%m-%dT%H:%M:%SZ"),
        MicroTime => return time(rd.field_bytes(field, wire)?, "%Y-%m-%dT%H:%M:%S%.6fZ"),
        IntOrString => int_or_string(rd.field_bytes(field, wire)?)?,
        Msg(fields) => Value::Object(decode_message(fields, rd.field_bytes(field, wire)?)?),
        StrMap | BytesMap => return Err(DecodeError::new("map decoded as a single value".into())),
    }))
}

/// A map entry is a message `{1: key, 2: value}`.
fn decode_map_entry(buf: &[u8], ty: Ty) -> Result<(String, Value), DecodeError> {
    let mut key = String::new();
    let mut value: &[u8] = &[];
    let mut rd = Reader::new(buf);
    while let Some((num, wire)) = rd.key()? {
        match (num, wire) {
            (1, LEN) => key = utf8(rd.bytes()?).map_err(|e| e.within("key"))?,
            (2, LEN) => value = rd.bytes()?,
            _ => rd.skip(wire)?,
        }
    }
    let value = match ty {
        BytesMap => Value::String(base64::engine::general_purpose::STANDARD.encode(value)),
        _ => Value::String(utf8(value).map_err(|e| e.within(&format!("{key:?}")))?),
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

fn utf8(buf: &[u8]) -> Result<String, DecodeError> {
    String::from_utf8(buf.to_vec()).map_err(|e| DecodeError::new(format!("invalid UTF-8 in string: {e}")))
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

// ---------------------------------------------------------------------------------------------------------------
// The wire reader.

const VARINT: u8 = 0;
const I64: u8 = 1;
const LEN: u8 = 2;
const I32: u8 = 5;

/// A decoding failure and the field path that led to it, innermost first.
#[derive(Debug)]
struct DecodeError {
    path: Vec<String>,
    msg: String,
}

impl DecodeError {
    fn new(msg: String) -> DecodeError {
        DecodeError { path: Vec::new(), msg }
    }

    fn within(mut self, name: &str) -> DecodeError {
        self.path.push(name.to_string());
        self
    }
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let path: Vec<&str> = self.path.iter().rev().map(String::as_str).collect();
        if path.is_empty() {
            f.write_str(&self.msg)
        } else {
            write!(f, "{}: {}", path.join("."), self.msg)
        }
    }
}

struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn new(buf: &'a [u8]) -> Reader<'a> {
        Reader { buf, pos: 0 }
    }

    /// The next field's number and wire type, or `None` at the end of the message.
    fn key(&mut self) -> Result<Option<(u64, u8)>, DecodeError> {
        if self.pos >= self.buf.len() {
            return Ok(None);
        }
        let at = self.pos;
        let key = self.varint()?;
        let (num, wire) = (key >> 3, (key & 7) as u8);
        if num == 0 {
            return Err(DecodeError::new(format!("field number 0 at byte {at}")));
        }
        Ok(Some((num, wire)))
    }

    fn varint(&mut self) -> Result<u64, DecodeError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let Some(&byte) = self.buf.get(self.pos) else {
                return Err(DecodeError::new(format!("truncated varint at byte {}", self.pos)));
            };
            self.pos += 1;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(DecodeError::new(format!("varint longer than 10 bytes before byte {}", self.pos)))
    }

    fn take(&mut self, n: u64) -> Result<&'a [u8], DecodeError> {
        let end = usize::try_from(n).ok().and_then(|n| self.pos.checked_add(n)).filter(|&end| end <= self.buf.len());
        let Some(end) = end else {
            return Err(DecodeError::new(format!(
                "truncated: {n} bytes announced at byte {}, {} left",
                self.pos,
                self.buf.len() - self.pos
            )));
        };
        let out = &self.buf[self.pos..end];
        self.pos = end;
        Ok(out)
    }

    fn bytes(&mut self) -> Result<&'a [u8], DecodeError> {
        let n = self.varint()?;
        self.take(n)
    }

    fn string(&mut self) -> Result<String, DecodeError> {
        utf8(self.bytes()?)
    }

    fn skip(&mut self, wire: u8) -> Result<(), DecodeError> {
        match wire {
            VARINT => self.varint().map(drop),
            I64 => self.take(8).map(drop),
            LEN => self.bytes().map(drop),
            I32 => self.take(4).map(drop),
            other => Err(DecodeError::new(format!("unsupported wire type {other} before byte {}", self.pos))),
        }
    }

    fn field_bytes(&mut self, field: &Field, wire: u8) -> Result<&'a [u8], DecodeError> {
        expect_wire(field, wire, LEN)?;
        self.bytes()
    }

    fn field_varint(&mut self, field: &Field, wire: u8) -> Result<u64, DecodeError> {
        expect_wire(field, wire, VARINT)?;
        self.varint()
    }
}

fn expect_wire(field: &Field, wire: u8, want: u8) -> Result<(), DecodeError> {
    if wire == want {
        Ok(())
    } else {
        Err(DecodeError::new(format!("field {} has wire type {wire}, expected {want}", field.num)))
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// Reads a fixture: `#` lines are comments, the rest is whitespace-separated hex bytes.
    fn fixture(text: &str) -> Vec<u8> {
        text.lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(str::split_whitespace)
            .map(|b| u8::from_str_radix(b, 16).unwrap())
            .collect()
    }

    fn resource(group: &str, kind: &str) -> std::sync::Arc<ResourceInfo> {
        crate::registry::Registry::build(&[])
            .all()
            .iter()
            .find(|r| r.group == group && r.version == "v1" && r.kind == kind)
            .cloned()
            .unwrap()
    }

    fn decode_as(body: &[u8], kind: &str) -> ApiResult<Value> {
        decode(body, &resource("", kind))
    }

    // A tiny encoder for hand-built messages, so tests can exercise fields kubectl create never sets.
    fn varint(mut v: u64, out: &mut Vec<u8>) {
        while v >= 0x80 {
            out.push((v as u8) | 0x80);
            v >>= 7;
        }
        out.push(v as u8);
    }

    fn len(num: u64, payload: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        varint(num << 3 | 2, &mut out);
        varint(payload.len() as u64, &mut out);
        out.extend_from_slice(payload);
        out
    }

    fn int(num: u64, v: u64) -> Vec<u8> {
        let mut out = Vec::new();
        varint(num << 3, &mut out);
        varint(v, &mut out);
        out
    }

    fn entry(k: &str, v: &[u8]) -> Vec<u8> {
        [len(1, k.as_bytes()), len(2, v)].concat()
    }

    fn envelope(api_version: &str, kind: &str, raw: &[u8]) -> Vec<u8> {
        let type_meta = [len(1, api_version.as_bytes()), len(2, kind.as_bytes())].concat();
        [MAGIC.to_vec(), len(1, &type_meta), len(2, raw), len(3, b""), len(4, b"")].concat()
    }

    #[test]
    fn kubectl_create_namespace() {
        let body = fixture(include_str!("protobuf/fixtures/namespace.hex"));
        let obj = decode_as(&body, "Namespace").unwrap();
        assert_eq!(obj, json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "demo"}}));
    }

    #[test]
    fn kubectl_create_configmap() {
        let body = fixture(include_str!("protobuf/fixtures/configmap.hex"));
        let obj = decode_as(&body, "ConfigMap").unwrap();
        assert_eq!(
            obj,
            json!({
                "apiVersion": "v1", "kind": "ConfigMap",
                "metadata": {"name": "c", "namespace": "demo"},
                "data": {"a": "1", "greeting.txt": "hello\nworld\n"},
                "binaryData": {"blob.bin": "AAH//g=="},
            })
        );
    }

    #[test]
    fn kubectl_create_secret_generic() {
        let body = fixture(include_str!("protobuf/fixtures/secret-generic.hex"));
        let obj = decode_as(&body, "Secret").unwrap();
        assert_eq!(
            obj,
            json!({
                "apiVersion": "v1", "kind": "Secret",
                "metadata": {"name": "s", "namespace": "demo"},
                "data": {"p": "eA=="},
            })
        );
    }

    #[test]
    fn kubectl_create_secret_docker_registry() {
        let body = fixture(include_str!("protobuf/fixtures/secret-docker-registry.hex"));
        let obj = decode_as(&body, "Secret").unwrap();
        assert_eq!(obj["type"], "kubernetes.io/dockerconfigjson");
        assert_eq!(obj["metadata"], json!({"name": "d", "namespace": "demo"}));
        let data = obj["data"][".dockerconfigjson"].as_str().unwrap();
        let config = base64::engine::general_purpose::STANDARD.decode(data).unwrap();
        assert_eq!(
            serde_json::from_slice::<Value>(&config).unwrap(),
            json!({"auths": {"r.example": {"username": "u", "password": "p", "auth": "dTpw"}}})
        );
    }

    #[test]
    fn kubectl_create_serviceaccount() {
        let body = fixture(include_str!("protobuf/fixtures/serviceaccount.hex"));
        let obj = decode_as(&body, "ServiceAccount").unwrap();
        assert_eq!(
            obj,
            json!({"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": "sa", "namespace": "demo"}})
        );
    }

    #[test]
    fn kubectl_create_service_clusterip() {
        let body = fixture(include_str!("protobuf/fixtures/service.hex"));
        let obj = decode_as(&body, "Service").unwrap();
        assert_eq!(
            obj,
            json!({
                "apiVersion": "v1", "kind": "Service",
                "metadata": {"name": "web", "namespace": "demo", "labels": {"app": "web"}},
                "spec": {
                    "ports": [{"name": "80-8080", "protocol": "TCP", "port": 80, "targetPort": 8080}],
                    "selector": {"app": "web"},
                    "type": "ClusterIP",
                },
            })
        );
    }

    #[test]
    fn object_meta_in_full() {
        let time = [int(1, 1_700_000_000)].concat();
        let owner =
            [len(5, b"apps/v1"), len(1, b"Deployment"), len(3, b"web"), len(4, b"u-1"), int(6, 1), int(7, 0)].concat();
        let meta = [
            len(1, b""),
            len(2, b"gen-"),
            len(3, b"demo"),
            int(7, 0),
            len(8, &time),
            len(11, &entry("app", b"web")),
            len(11, &entry("tier", b"")),
            len(12, &entry("note", b"x")),
            len(13, &owner),
            len(14, b"example.com/a"),
            len(14, b"example.com/b"),
            int(10, 0),
        ]
        .concat();
        let ns = [len(1, &meta), len(2, &len(1, b"kubernetes")), len(3, &len(1, b""))].concat();
        let obj = decode_as(&envelope("v1", "Namespace", &ns), "Namespace").unwrap();
        assert_eq!(
            obj,
            json!({
                "apiVersion": "v1", "kind": "Namespace",
                "metadata": {
                    "generateName": "gen-",
                    "namespace": "demo",
                    "creationTimestamp": "2023-11-14T22:13:20Z",
                    "deletionGracePeriodSeconds": 0,
                    "labels": {"app": "web", "tier": ""},
                    "annotations": {"note": "x"},
                    "ownerReferences": [{
                        "apiVersion": "apps/v1", "kind": "Deployment", "name": "web", "uid": "u-1",
                        "controller": true, "blockOwnerDeletion": false,
                    }],
                    "finalizers": ["example.com/a", "example.com/b"],
                },
                "spec": {"finalizers": ["kubernetes"]},
            })
        );
    }

    #[test]
    fn configmap_and_secret_optional_fields() {
        let meta = len(1, b"c");
        let cm = [len(1, &meta), int(4, 0), len(2, &entry("k", b"v"))].concat();
        let obj = decode_as(&envelope("v1", "ConfigMap", &cm), "ConfigMap").unwrap();
        assert_eq!(obj["immutable"], json!(false), "a set pointer bool is kept even when false");
        assert_eq!(obj["data"], json!({"k": "v"}));

        let secret = [len(1, &meta), int(5, 1), len(4, &entry("plain", b"text")), len(3, b"Opaque")].concat();
        let obj = decode_as(&envelope("v1", "Secret", &secret), "Secret").unwrap();
        assert_eq!(obj["immutable"], json!(true));
        assert_eq!(obj["stringData"], json!({"plain": "text"}));
        assert_eq!(obj["type"], "Opaque");
        assert!(obj.get("data").is_none());
    }

    #[test]
    fn serviceaccount_references() {
        let reference = [len(1, b""), len(3, b"token"), len(2, b"")].concat();
        let sa =
            [len(1, &len(1, b"sa")), len(2, &reference), len(3, &len(1, b"pull")), len(3, b""), int(4, 0)].concat();
        let obj = decode_as(&envelope("v1", "ServiceAccount", &sa), "ServiceAccount").unwrap();
        assert_eq!(obj["secrets"], json!([{"name": "token"}]));
        assert_eq!(obj["imagePullSecrets"], json!([{"name": "pull"}, {}]), "list elements are never dropped");
        assert_eq!(obj["automountServiceAccountToken"], json!(false));
    }

    #[test]
    fn event_times() {
        let micro = [int(1, 1_700_000_000), int(2, 123_456_000)].concat();
        let event = [
            len(1, &len(1, b"e")),
            len(2, &[len(1, b"Pod"), len(3, b"p")].concat()),
            len(6, b""),
            len(10, &micro),
            int(8, 3),
        ]
        .concat();
        let obj = decode_as(&envelope("v1", "Event", &event), "Event").unwrap();
        assert_eq!(obj["involvedObject"], json!({"kind": "Pod", "name": "p"}));
        assert_eq!(obj["eventTime"], "2023-11-14T22:13:20.123456Z");
        assert_eq!(obj["count"], 3);
        assert!(obj.get("firstTimestamp").is_none());
    }

    #[test]
    fn unknown_fields_are_skipped() {
        let mut cm = [len(1, &len(1, b"c")), len(99, b"future"), int(98, 7)].concat();
        cm.extend([0xed, 0x06, 1, 2, 3, 4]); // field 109, fixed32
        cm.extend([0xe9, 0x06, 1, 2, 3, 4, 5, 6, 7, 8]); // field 109, fixed64
        let obj = decode_as(&envelope("v1", "ConfigMap", &cm), "ConfigMap").unwrap();
        assert_eq!(obj, json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}}));
    }

    #[test]
    fn kinds_without_a_table_are_415() {
        let body = envelope("apps/v1", "Deployment", &len(1, &len(1, b"d")));
        let err = decode(&body, &resource("apps", "Deployment")).unwrap_err();
        assert_eq!(err.code, 415);
        let err = decode_as(&envelope("v1", "Pod", b""), "Pod").unwrap_err();
        assert_eq!(err.code, 415);
    }

    #[test]
    fn empty_type_meta_falls_back_to_the_endpoint() {
        let obj = decode_as(&envelope("", "", &len(1, &len(1, b"demo"))), "Namespace").unwrap();
        assert_eq!(obj, json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "demo"}}));
    }

    #[test]
    fn malformed_bodies_are_400_naming_the_field() {
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (b"{\"kind\":\"Namespace\"}".to_vec(), "missing the k8s\\0 magic prefix"),
            (
                [MAGIC, &[0x0a, 0x05, 0x0a]].concat(),
                "runtime.Unknown.typeMeta: truncated: 5 bytes announced at byte 2, 1 left",
            ),
            (
                envelope("v1", "Namespace", &len(1, &[0x0a, 0x09, b'x'])),
                "Namespace.metadata.name: truncated: 9 bytes announced at byte 2, 1 left",
            ),
            (envelope("v1", "Namespace", &len(1, &int(1, 5))), "Namespace.metadata.name: field 1 has wire type 0"),
            (envelope("v1", "ConfigMap", &len(2, &entry("k", &[0xff]))), "ConfigMap.data.\"k\": invalid UTF-8"),
            (
                envelope("v1", "Namespace", &len(1, &len(13, &len(1, &[0xc0])))),
                "Namespace.metadata.ownerReferences[0].kind: invalid UTF-8",
            ),
            (envelope("v1", "Namespace", &[0xf8, 0x07, 0xff]), "Namespace: truncated varint at byte 3"),
            (envelope("v1", "Namespace", &[0xfb, 0x07]), "Namespace: unsupported wire type 3"),
            ([MAGIC.to_vec(), len(2, b""), len(3, b"gzip")].concat(), "unsupported contentEncoding \"gzip\""),
        ];
        for (body, want) in cases {
            let err = decode_as(&body, "Namespace").unwrap_err();
            assert_eq!(err.code, 400, "{want}");
            assert!(err.message.contains(want), "{:?} does not contain {want:?}", err.message);
            assert!(!err.message.contains('\n'));
        }
    }
}
