//! Resource request handlers: one function per verb, dispatched from the parsed request.

mod read;
mod watch;
mod write;

use std::sync::Arc;

use bytes::Bytes;
use serde_json::Value;

use crate::registry::ResourceInfo;
use crate::server::{Ctx, Reply, Server};
use crate::status::{ApiError, ApiResult};
use crate::store::StoreError;

pub(crate) use write::{delete_object, parse_body as parse_any_body, DeleteOptions};

impl Server {
    /// Runs the verb of a resource request. Returns the reply and any `Warning` texts.
    pub(crate) async fn dispatch(self: &Arc<Self>, ctx: Ctx) -> ApiResult<(Reply, Vec<String>)> {
        let sub = ctx.info.subresource.as_str();
        let mut warnings = Vec::new();
        if let Some(w) = &ctx.resource.deprecated {
            warnings.push(w.clone());
        }
        let reply = match (ctx.info.verb, sub) {
            ("get", "") | ("get", "status") => self.get(&ctx)?,
            ("get", "scale") => self.get_scale(&ctx)?,
            ("get", "log") => self.pod_log(&ctx).await?,
            ("list", "") => self.list(&ctx)?,
            ("watch", "") => self.watch(&ctx)?,
            ("create", "") => self.create(&ctx, &mut warnings).await?,
            ("create", _) if ctx.resource.group == "authorization.k8s.io" => self.create(&ctx, &mut warnings).await?,
            ("create", "eviction") => self.evict(&ctx).await?,
            ("create", "token") => self.token_request(&ctx).await?,
            ("update", "" | "status" | "finalize" | "approval") => self.update(&ctx, &mut warnings).await?,
            ("update", "scale") | ("patch", "scale") => self.write_scale(&ctx).await?,
            ("patch", "" | "status" | "approval") => self.patch(&ctx, &mut warnings).await?,
            ("delete", "") => self.delete(&ctx).await?,
            ("deletecollection", "") => self.delete_collection(&ctx).await?,
            (verb, _) => return Err(ApiError::method_not_allowed(verb)),
        };
        Ok((reply, warnings))
    }
}

/// Maps a store failure onto the API error naming the object.
pub(crate) fn store_error(e: StoreError, r: &ResourceInfo, name: &str) -> ApiError {
    match e {
        StoreError::NotFound => ApiError::not_found(&r.group, &r.plural, name),
        StoreError::AlreadyExists => ApiError::already_exists(&r.group, &r.plural, name),
        StoreError::Conflict => ApiError::stale(&r.group, &r.plural, name),
        StoreError::Storage(m) => ApiError::internal(m),
    }
}

/// The stored bytes as served at the request's version: custom resources stored at another version of the
/// same group get their `apiVersion` rewritten (conversion strategy None).
pub(crate) fn present(r: &ResourceInfo, json: &Bytes) -> Bytes {
    if crate::events::is_events_view(&r.group, &r.plural) {
        let v: Value = serde_json::from_slice(json).unwrap_or(Value::Null);
        return Bytes::from(serde_json::to_vec(&crate::events::to_events(&v)).unwrap_or_default());
    }
    let want = format!("{{\"apiVersion\":\"{}\"", r.api_version());
    if json.starts_with(want.as_bytes()) {
        return json.clone();
    }
    let mut v: Value = serde_json::from_slice(json).unwrap_or(Value::Null);
    if let Some(m) = v.as_object_mut() {
        m.insert("apiVersion".into(), Value::String(r.api_version()));
    }
    Bytes::from(serde_json::to_vec(&v).unwrap_or_default())
}

/// The serving variant of [`present`] on a parsed object.
pub(crate) fn present_value(r: &ResourceInfo, mut v: Value) -> Value {
    if crate::events::is_events_view(&r.group, &r.plural) {
        return crate::events::to_events(&v);
    }
    if let Some(m) = v.as_object_mut() {
        m.insert("apiVersion".into(), Value::String(r.api_version()));
    }
    v
}

/// What the client asked the response to be, from its Accept header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    Object,
    Table,
    Metadata,
}

pub(crate) fn shape(ctx: &Ctx) -> ApiResult<Shape> {
    let accept = ctx.header("accept");
    for part in accept.split(',') {
        let p: String = part.chars().filter(|c| !c.is_whitespace()).collect();
        if p.contains("as=Table") && p.contains("g=meta.k8s.io") {
            return Ok(Shape::Table);
        }
        if (p.contains("as=PartialObjectMetadata") || p.contains("as=PartialObjectMetadataList"))
            && p.contains("g=meta.k8s.io")
        {
            return Ok(Shape::Metadata);
        }
        if p.starts_with("application/json") || p.starts_with("*/*") || p.starts_with("application/*") || p.is_empty() {
            return Ok(Shape::Object);
        }
    }
    if accept.contains("protobuf") && !accept.contains("json") && !accept.contains("*/*") {
        return Err(ApiError::not_acceptable(
            "only the following media types are accepted: application/json, application/yaml",
        ));
    }
    Ok(Shape::Object)
}

/// `head` (a JSON object) with one more field, an array of already serialized items, written one item at a
/// time: `{…head…,"items":[a,b]}`.
pub(crate) fn json_with_items<T: AsRef<[u8]>>(head: &Value, field: &str, items: impl Iterator<Item = T>) -> Vec<u8> {
    let head = serde_json::to_vec(head).unwrap_or_default();
    let mut out = Vec::with_capacity(head.len() + 4096);
    out.extend_from_slice(&head[..head.len().saturating_sub(1)]);
    if head.len() > 2 {
        out.push(b',');
    }
    out.extend_from_slice(format!("{}:[", Value::from(field)).as_bytes());
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.push(b',');
        }
        out.extend_from_slice(item.as_ref());
    }
    out.extend_from_slice(b"]}");
    out
}

/// `PartialObjectMetadata` for an object.
pub(crate) fn partial_metadata(obj: &Value) -> Value {
    serde_json::json!({
        "kind": "PartialObjectMetadata",
        "apiVersion": "meta.k8s.io/v1",
        "metadata": obj.get("metadata").cloned().unwrap_or(Value::Null),
    })
}
