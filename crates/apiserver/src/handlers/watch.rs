//! Watch: a chunked stream of `{"type","object"}` lines read from the store's shared history.

use std::time::Duration;

use bytes::Bytes;
use serde_json::{json, Value};

use super::read::{scope_prefix, ListFilter};
use super::{partial_metadata, present, shape, Shape};
use crate::registry::ResourceInfo;
use crate::server::{Ctx, Reply, Server};
use crate::status::{ApiError, ApiResult};
use crate::store::EventKind;
use crate::table::{self, IncludeObject};

/// How often a bookmark is sent to watchers that allow them.
const BOOKMARK_EVERY: Duration = Duration::from_secs(30);

struct WatchSpec {
    resource: std::sync::Arc<ResourceInfo>,
    prefix: String,
    filter: ListFilter,
    shape: Shape,
    include: IncludeObject,
    bookmarks: bool,
    initial_events: bool,
    start: Option<u64>,
    timeout: Option<Duration>,
}

impl Server {
    pub(crate) fn watch(self: &std::sync::Arc<Self>, ctx: &Ctx) -> ApiResult<Reply> {
        let rv = ctx.query.get("resourceVersion").filter(|v| !v.is_empty());
        let start = match rv {
            None | Some("0") => None,
            Some(v) => {
                Some(v.parse::<u64>().map_err(|_| ApiError::bad_request(format!("invalid resource version: {v}")))?)
            }
        };
        let send_initial = ctx.query.get("sendInitialEvents").map(|v| v == "true");
        let spec = WatchSpec {
            resource: ctx.resource.clone(),
            prefix: scope_prefix(ctx),
            filter: ListFilter::from_ctx(ctx)?,
            shape: shape(ctx)?,
            include: IncludeObject::from_query(ctx.query.get("includeObject")),
            bookmarks: ctx.query.flag("allowWatchBookmarks"),
            initial_events: send_initial.unwrap_or(start.is_none()),
            start,
            timeout: ctx.query.u64("timeoutSeconds").filter(|s| *s > 0).map(Duration::from_secs),
        };
        let (tx, rx) = tokio::sync::mpsc::channel::<Bytes>(256);
        let server = self.clone();
        tokio::spawn(async move { server.run_watch(spec, tx, send_initial == Some(true)).await });
        Ok(Reply::Stream("application/json", rx))
    }

    async fn run_watch(
        self: std::sync::Arc<Self>,
        spec: WatchSpec,
        tx: tokio::sync::mpsc::Sender<Bytes>,
        initial_end_bookmark: bool,
    ) {
        let mut signal = self.store.subscribe();
        let mut shutdown = self.shutdown.clone();
        signal.borrow_and_update();
        let mut cursor = match spec.start {
            Some(rv) => rv,
            None => self.store.revision(),
        };
        if spec.initial_events {
            let (items, _, list_rv) = self.store.list(&spec.prefix, None, 0);
            if spec.start.is_none() {
                cursor = list_rv;
            }
            for (_, stored) in items {
                let obj = stored.value();
                if spec.filter.matches(&obj) && tx.send(line(&spec, "ADDED", &stored.json, &obj)).await.is_err() {
                    return;
                }
            }
            if initial_end_bookmark {
                let b = bookmark(&spec.resource, cursor, true);
                if tx.send(b).await.is_err() {
                    return;
                }
            }
        }
        let deadline = spec.timeout.map(|t| tokio::time::Instant::now() + t);
        let mut next_bookmark = tokio::time::Instant::now() + BOOKMARK_EVERY;
        loop {
            signal.borrow_and_update();
            match self.store.events_since(cursor) {
                Err(oldest) => {
                    let status =
                        ApiError::expired(format!("too old resource version: {cursor} ({})", oldest.saturating_sub(1)));
                    let ev = json!({"type": "ERROR", "object": status.to_status()});
                    let _ = tx.send(Bytes::from(format!("{ev}\n"))).await;
                    return;
                }
                Ok(events) => {
                    for e in events {
                        cursor = e.revision;
                        if !e.key.starts_with(&spec.prefix) {
                            continue;
                        }
                        let Some((kind, bytes, obj)) = filtered(&spec, &e) else { continue };
                        if tx.send(line(&spec, kind, &bytes, &obj)).await.is_err() {
                            return;
                        }
                    }
                }
            }
            let sleep_until = match deadline {
                Some(d) if d < next_bookmark => d,
                _ => next_bookmark,
            };
            tokio::select! {
                changed = signal.changed() => if changed.is_err() { return },
                _ = tokio::time::sleep_until(sleep_until) => {
                    if deadline.is_some_and(|d| tokio::time::Instant::now() >= d) {
                        return;
                    }
                    if spec.bookmarks && tx.send(bookmark(&spec.resource, cursor, false)).await.is_err() {
                        return;
                    }
                    next_bookmark = tokio::time::Instant::now() + BOOKMARK_EVERY;
                }
                _ = tx.closed() => return,
                _ = shutdown.changed() => return,
            }
        }
    }
}

/// Applies the selector to an event, turning moves in and out of the selection into ADDED and DELETED.
fn filtered(spec: &WatchSpec, e: &crate::store::Event) -> Option<(&'static str, Bytes, Value)> {
    let obj: Value = serde_json::from_slice(&e.object).ok()?;
    if spec.filter.is_empty() {
        return Some((e.kind.as_str(), e.object.clone(), obj));
    }
    let now = spec.filter.matches(&obj);
    let before =
        e.prev.as_ref().and_then(|p| serde_json::from_slice::<Value>(p).ok()).is_some_and(|p| spec.filter.matches(&p));
    match e.kind {
        EventKind::Added if now => Some(("ADDED", e.object.clone(), obj)),
        EventKind::Deleted if before || now => Some(("DELETED", e.object.clone(), obj)),
        EventKind::Modified if now && before => Some(("MODIFIED", e.object.clone(), obj)),
        EventKind::Modified if now => Some(("ADDED", e.object.clone(), obj)),
        EventKind::Modified if before => Some(("DELETED", e.object.clone(), obj)),
        _ => None,
    }
}

fn line(spec: &WatchSpec, kind: &str, bytes: &Bytes, obj: &Value) -> Bytes {
    let r = &spec.resource;
    let body = match spec.shape {
        Shape::Object => {
            let presented = present(r, bytes);
            let mut out = Vec::with_capacity(presented.len() + 32);
            out.extend_from_slice(format!("{{\"type\":\"{kind}\",\"object\":").as_bytes());
            out.extend_from_slice(&presented);
            out.extend_from_slice(b"}\n");
            return Bytes::from(out);
        }
        Shape::Metadata => partial_metadata(obj),
        Shape::Table => {
            let rv = obj.pointer("/metadata/resourceVersion").cloned().unwrap_or(Value::Null);
            table::table(r, vec![super::present_value(r, obj.clone())], spec.include, json!({"resourceVersion": rv}))
        }
    };
    Bytes::from(format!("{}\n", json!({"type": kind, "object": body})))
}

fn bookmark(r: &ResourceInfo, rv: u64, initial_end: bool) -> Bytes {
    let mut meta = json!({"resourceVersion": rv.to_string()});
    if initial_end {
        meta["annotations"] = json!({"k8s.io/initial-events-end": "true"});
    }
    let ev = json!({"type": "BOOKMARK", "object": {"kind": r.kind, "apiVersion": r.api_version(), "metadata": meta}});
    Bytes::from(format!("{ev}\n"))
}
