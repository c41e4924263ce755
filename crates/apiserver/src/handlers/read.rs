//! get, list, `/scale` reads and `pods/log`.

use base64::Engine;
use bytes::Bytes;
use http::StatusCode;
use serde_json::{json, Value};

use super::{partial_metadata, present, present_value, shape, Shape};
use crate::registry::ResourceInfo;
use crate::selectors::{builtin_selectable_fields, FieldSelector, LabelSelector};
use crate::server::{Ctx, Reply, Server};
use crate::status::{ApiError, ApiResult};
use crate::table::{self, IncludeObject};

/// Selectors and paging of a list or watch request.
pub(crate) struct ListFilter {
    pub labels: LabelSelector,
    pub fields: FieldSelector,
}

impl ListFilter {
    pub fn from_ctx(ctx: &Ctx) -> ApiResult<ListFilter> {
        let labels = LabelSelector::parse(ctx.query.get("labelSelector").unwrap_or_default())?;
        let r = &ctx.resource;
        let extra = builtin_selectable_fields(&r.group, &r.plural);
        let supported = |f: &str| {
            matches!(f, "metadata.name" | "metadata.namespace")
                || extra.contains(&f)
                || r.selectable_fields.iter().any(|s| s == f)
        };
        let mut fields = FieldSelector::parse(ctx.query.get("fieldSelector").unwrap_or_default(), &supported)?;
        if crate::events::is_events_view(&r.group, &r.plural) {
            fields = fields.map_fields(crate::events::core_field);
        }
        Ok(ListFilter { labels, fields })
    }

    pub fn is_empty(&self) -> bool {
        self.labels.is_empty() && self.fields.is_empty()
    }

    pub fn matches(&self, obj: &Value) -> bool {
        self.labels.matches(obj.pointer("/metadata/labels")) && self.fields.matches(obj)
    }
}

/// The storage prefix a list or watch covers.
pub(crate) fn scope_prefix(ctx: &Ctx) -> String {
    let r = &ctx.resource;
    if r.namespaced && !ctx.info.namespace.is_empty() {
        format!("{}{}/", r.key_prefix(), ctx.info.namespace)
    } else {
        r.key_prefix()
    }
}

#[derive(serde::Serialize, serde::Deserialize)]
struct ContinueToken {
    v: String,
    rv: u64,
    start: String,
}

impl Server {
    pub(crate) fn get(&self, ctx: &Ctx) -> ApiResult<Reply> {
        let r = &ctx.resource;
        let key = r.key(&ctx.info.namespace, &ctx.info.name);
        let stored = self.store.get(&key).ok_or_else(|| ApiError::not_found(&r.group, &r.plural, &ctx.info.name))?;
        match shape(ctx)? {
            Shape::Object => Ok(Reply::Raw(StatusCode::OK, "application/json", present(r, &stored.json))),
            Shape::Metadata => Ok(Reply::Json(StatusCode::OK, partial_metadata(&stored.value()))),
            Shape::Table => {
                let obj = present_value(r, stored.value());
                let include = IncludeObject::from_query(ctx.query.get("includeObject"));
                let meta = json!({"resourceVersion": stored.revision.to_string()});
                Ok(Reply::Json(StatusCode::OK, table::table(r, vec![obj], include, meta)))
            }
        }
    }

    pub(crate) fn list(&self, ctx: &Ctx) -> ApiResult<Reply> {
        let r = &ctx.resource;
        let filter = ListFilter::from_ctx(ctx)?;
        let prefix = scope_prefix(ctx);
        let limit = ctx.query.u64("limit").unwrap_or(0) as usize;
        let (start_after, token_rv) = match ctx.query.get("continue").filter(|c| !c.is_empty()) {
            Some(c) => {
                let t = decode_continue(c)?;
                if !t.start.starts_with(&prefix) {
                    return Err(ApiError::bad_request("continue key is not valid for this request"));
                }
                (Some(t.start), Some(t.rv))
            }
            None => (None, None),
        };
        if let Some(rv) = ctx.query.get("resourceVersion").filter(|v| !v.is_empty() && *v != "0") {
            let wanted: u64 =
                rv.parse().map_err(|_| ApiError::bad_request(format!("invalid resource version: {rv}")))?;
            let current = self.store.revision();
            if wanted > current {
                return Err(ApiError::timeout(format!("Too large resource version: {wanted}, current: {current}")));
            }
        }
        // Selectors are evaluated on parsed objects; without them the stored bytes are served as they are.
        let (candidates, _, list_rv) = self.store.list(&prefix, start_after.as_deref(), 0);
        let list_rv = token_rv.unwrap_or(list_rv);
        let mut items: Vec<(String, Bytes)> = Vec::new();
        let mut remaining = 0usize;
        for (key, stored) in candidates {
            let keep = filter.is_empty() || filter.matches(&stored.value());
            if !keep {
                continue;
            }
            if limit > 0 && items.len() >= limit {
                remaining += 1;
                continue;
            }
            items.push((key, stored.json.clone()));
        }
        let mut meta = json!({"resourceVersion": list_rv.to_string()});
        if remaining > 0 {
            if let Some((last, _)) = items.last() {
                let token = ContinueToken { v: "meta.k8s.io/v1".into(), rv: list_rv, start: last.clone() };
                let raw = serde_json::to_vec(&token).unwrap_or_default();
                meta["continue"] = json!(base64::engine::general_purpose::STANDARD.encode(raw));
                if filter.is_empty() {
                    meta["remainingItemCount"] = json!(remaining);
                }
            }
        }
        match shape(ctx)? {
            Shape::Object => Ok(Reply::Raw(StatusCode::OK, "application/json", list_bytes(r, &items, &meta))),
            // Each item is parsed only while its own entry is written.
            Shape::Metadata => {
                let head =
                    json!({"kind": "PartialObjectMetadataList", "apiVersion": "meta.k8s.io/v1", "metadata": meta});
                let objs =
                    items.iter().map(|(_, b)| serde_json::to_vec(&partial_metadata(&parse(b))).unwrap_or_default());
                Ok(Reply::Raw(
                    StatusCode::OK,
                    "application/json",
                    Bytes::from(super::json_with_items(&head, "items", objs)),
                ))
            }
            Shape::Table => {
                let objs = items.iter().map(|(_, b)| present_value(r, parse(b)));
                let include = IncludeObject::from_query(ctx.query.get("includeObject"));
                let table = table::table_bytes(r, objs, include, meta);
                Ok(Reply::Raw(StatusCode::OK, "application/json", Bytes::from(table)))
            }
        }
    }

    /// `GET .../scale`: an `autoscaling/v1 Scale` view of the object.
    pub(crate) fn get_scale(&self, ctx: &Ctx) -> ApiResult<Reply> {
        let r = &ctx.resource;
        let stored = self
            .store
            .get(&r.key(&ctx.info.namespace, &ctx.info.name))
            .ok_or_else(|| ApiError::not_found(&r.group, &r.plural, &ctx.info.name))?;
        Ok(Reply::Json(StatusCode::OK, scale_of(r, &stored.value())))
    }

    /// `GET pods/NAME/log`: the simulated container's log lines.
    pub(crate) async fn pod_log(&self, ctx: &Ctx) -> ApiResult<Reply> {
        let r = &ctx.resource;
        let pod = self
            .store
            .get(&r.key(&ctx.info.namespace, &ctx.info.name))
            .ok_or_else(|| ApiError::not_found(&r.group, &r.plural, &ctx.info.name))?
            .value();
        let containers: Vec<String> = pod
            .pointer("/spec/containers")
            .and_then(Value::as_array)
            .map(|cs| cs.iter().filter_map(|c| c.get("name").and_then(Value::as_str)).map(String::from).collect())
            .unwrap_or_default();
        let container = match ctx.query.get("container") {
            Some(c) if !c.is_empty() => c.to_string(),
            _ if containers.len() == 1 => containers[0].clone(),
            _ => {
                return Err(ApiError::bad_request(format!(
                    "a container name must be specified for pod {}, choose one of: [{}]",
                    ctx.info.name,
                    containers.join(" ")
                )))
            }
        };
        if !containers.contains(&container) {
            return Err(ApiError::bad_request(format!("container {container} is not valid for pod {}", ctx.info.name)));
        }
        let mut lines = self.logs.lines(&ctx.info.namespace, &ctx.info.name, &container);
        if let Some(n) = ctx.query.u64("tailLines") {
            let skip = lines.len().saturating_sub(n as usize);
            lines.drain(..skip);
        }
        let mut text = String::new();
        for (ts, line) in &lines {
            if ctx.query.flag("timestamps") {
                text.push_str(ts);
                text.push(' ');
            }
            text.push_str(line);
            text.push('\n');
        }
        if let Some(limit) = ctx.query.u64("limitBytes") {
            text.truncate(limit as usize);
        }
        Ok(Reply::Raw(StatusCode::OK, "text/plain", Bytes::from(text)))
    }
}

fn parse(b: &Bytes) -> Value {
    serde_json::from_slice(b).unwrap_or(Value::Null)
}

fn decode_continue(token: &str) -> ApiResult<ContinueToken> {
    let raw = base64::engine::general_purpose::STANDARD
        .decode(token)
        .or_else(|_| base64::engine::general_purpose::URL_SAFE.decode(token))
        .map_err(|_| ApiError::bad_request("continue key is not valid: illegal base64 data"))?;
    serde_json::from_slice(&raw)
        .map_err(|_| ApiError::bad_request("continue key is not valid: incorrect encoded start resourceVersion"))
}

/// A list body assembled from stored bytes, without re-parsing the items.
fn list_bytes(r: &ResourceInfo, items: &[(String, Bytes)], meta: &Value) -> Bytes {
    let head = json!({"apiVersion": r.api_version(), "kind": format!("{}List", r.kind), "metadata": meta});
    Bytes::from(super::json_with_items(&head, "items", items.iter().map(|(_, b)| present(r, b))))
}

/// The `Scale` view: Deployments, ReplicaSets, StatefulSets and custom resources with a scale subresource.
pub(crate) fn scale_of(r: &ResourceInfo, obj: &Value) -> Value {
    let (spec_path, status_path, selector) = match &r.scale {
        Some(s) => {
            let sel = s
                .label_selector
                .as_ref()
                .and_then(|p| crate::table::jsonpath_first(obj, p))
                .and_then(|v| v.as_str().map(String::from));
            (s.spec_replicas.clone(), s.status_replicas.clone(), sel.unwrap_or_default())
        }
        None => {
            let sel = obj
                .pointer("/spec/selector")
                .and_then(|s| LabelSelector::from_object(s).ok())
                .map(|s| s.to_string_form())
                .unwrap_or_default();
            (".spec.replicas".to_string(), ".status.replicas".to_string(), sel)
        }
    };
    let spec = crate::table::jsonpath_first(obj, &spec_path).and_then(|v| v.as_i64()).unwrap_or(if r.is_custom() {
        0
    } else {
        1
    });
    let status = crate::table::jsonpath_first(obj, &status_path).and_then(|v| v.as_i64()).unwrap_or(0);
    let meta = obj.get("metadata").cloned().unwrap_or(Value::Null);
    let mut scale_meta = json!({
        "name": meta.get("name"), "namespace": meta.get("namespace"), "uid": meta.get("uid"),
        "resourceVersion": meta.get("resourceVersion"), "creationTimestamp": meta.get("creationTimestamp"),
    });
    if let Some(m) = scale_meta.as_object_mut() {
        m.retain(|_, v| !v.is_null());
    }
    let mut out = json!({"kind": "Scale", "apiVersion": "autoscaling/v1", "metadata": scale_meta,
                         "spec": {"replicas": spec}, "status": {"replicas": status}});
    if !selector.is_empty() {
        out["status"]["selector"] = json!(selector);
    }
    out
}
