//! The HTTP face of the API server: authentication, routing, content negotiation and responses.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;

use bytes::Bytes;
use http::{HeaderMap, Method, Request, Response, StatusCode};
use http_body_util::{BodyExt, Full, Limited};
use parking_lot::RwLock;
use serde_json::{json, Value};

use crate::discovery;
use crate::openapi::OpenApi;
use crate::registry::{Registry, ResourceInfo};
use crate::request::{self, Query, RequestInfo};
use crate::status::{ApiError, ApiResult};
use crate::store::Store;

pub type Body = http_body_util::combinators::BoxBody<Bytes, Infallible>;

/// kube-apiserver's request body limit (`MaxRequestBodyBytes`).
pub const MAX_BODY: usize = 3 * 1024 * 1024;

/// The Kubernetes version this server reports: the kubectl dispatcher picks kubectl 1.33 from it.
pub const GIT_VERSION: &str = "v1.33.0";

/// Who is making a request.
#[derive(Debug, Clone, Default)]
pub struct Identity {
    pub user: String,
    /// Set for service accounts (their uid).
    pub uid: String,
    pub groups: Vec<String>,
    /// `user.Info` extras (service account tokens carry their credential id and bound pod).
    pub extra: std::collections::BTreeMap<String, Vec<String>>,
    /// The admin token's identity bypasses authorization (it is cluster-admin).
    pub admin: bool,
}

/// Everything a resource handler gets.
pub struct Ctx {
    pub info: RequestInfo,
    pub query: Query,
    pub headers: HeaderMap,
    pub body: Bytes,
    pub resource: Arc<ResourceInfo>,
    pub identity: Identity,
}

impl Ctx {
    pub fn header(&self, name: &str) -> &str {
        self.headers.get(name).and_then(|v| v.to_str().ok()).unwrap_or_default()
    }

    pub fn dry_run(&self) -> bool {
        self.query.get("dryRun") == Some("All")
    }

    /// The field manager of a write: `fieldManager`, else the User-Agent's program name, as kube-apiserver does.
    pub fn manager(&self) -> String {
        if let Some(m) = self.query.get("fieldManager").filter(|m| !m.is_empty()) {
            return m.to_string();
        }
        let ua = self.header("user-agent");
        match ua.split('/').next().filter(|s| !s.is_empty()) {
            Some(prog) => prog.to_string(),
            None => "unknown".to_string(),
        }
    }
}

/// A handler's answer before it becomes an HTTP response.
pub enum Reply {
    Json(StatusCode, Value),
    Raw(StatusCode, &'static str, Bytes),
    Stream(&'static str, tokio::sync::mpsc::Receiver<Bytes>),
}

/// Server-wide settings.
#[derive(Debug, Clone)]
pub struct Settings {
    pub address: SocketAddr,
    pub event_ttl: std::time::Duration,
}

pub struct Server {
    pub(crate) store: Store,
    registry: RwLock<Arc<Registry>>,
    openapi: RwLock<Arc<OpenApi>>,
    /// Serialises registry rebuilds: a rebuild that scanned earlier must not publish after a later one.
    reload: parking_lot::Mutex<()>,
    token: String,
    pub(crate) tokens: crate::tokens::Issuer,
    pub(crate) settings: RwLock<Settings>,
    pub(crate) shutdown: tokio::sync::watch::Receiver<bool>,
    pub(crate) logs: crate::workloads::Logs,
}

impl Server {
    pub fn new(
        store: Store,
        token: String,
        tokens: crate::tokens::Issuer,
        settings: Settings,
        shutdown: tokio::sync::watch::Receiver<bool>,
    ) -> Server {
        let server = Server {
            store,
            registry: RwLock::new(Arc::new(Registry::build(&[]))),
            openapi: RwLock::new(Arc::new(OpenApi::default())),
            reload: parking_lot::Mutex::new(()),
            token,
            tokens,
            settings: RwLock::new(settings),
            shutdown,
            logs: Default::default(),
        };
        server.reload_registry();
        server
    }

    pub fn registry(&self) -> Arc<Registry> {
        self.registry.read().clone()
    }

    /// Rebuilds the served resources from the stored CRDs (after any CRD write).
    pub fn reload_registry(&self) {
        let _one_at_a_time = self.reload.lock();
        let crds: Vec<Value> = self
            .store
            .scan("/apiextensions.k8s.io/customresourcedefinitions/")
            .iter()
            .map(|(_, s)| s.value())
            .filter(crate::crd::is_established)
            .collect();
        let reg = Arc::new(Registry::build(&crds));
        let api = Arc::new(OpenApi::build(&reg));
        *self.registry.write() = reg;
        *self.openapi.write() = api;
    }

    /// Serves one request.
    pub async fn handle(self: Arc<Self>, req: Request<hyper::body::Incoming>) -> Response<Body> {
        let method = req.method().clone();
        let path = req.uri().path().to_string();
        // Which body format a client chose decides which decoder runs (typed client-go clients send protobuf).
        let content_type = req.headers().get(http::header::CONTENT_TYPE).cloned();
        let reply = self.route(req).await;
        let response = match reply {
            Ok(r) => r,
            Err(e) => error_response(&e),
        };
        let content_type = content_type.as_ref().and_then(|v| v.to_str().ok()).unwrap_or_default();
        tracing::debug!(%method, %path, content_type, status = response.status().as_u16(), "request");
        response
    }

    async fn route(self: &Arc<Self>, req: Request<hyper::body::Incoming>) -> ApiResult<Response<Body>> {
        let (parts, body) = req.into_parts();
        let path = parts.uri.path().to_string();
        let query = Query::parse(parts.uri.query());
        let headers = parts.headers;
        let method = parts.method;

        // Health and version are public, as kube-apiserver's system:public-info-viewer role makes them.
        match path.trim_end_matches('/') {
            "/version" => return Ok(json_response(StatusCode::OK, &version_info(), &[])),
            p if p == "/healthz"
                || p == "/livez"
                || p == "/readyz"
                || p.starts_with("/healthz/")
                || p.starts_with("/livez/")
                || p.starts_with("/readyz/") =>
            {
                return Ok(raw_response(StatusCode::OK, "text/plain; charset=utf-8", Bytes::from_static(b"ok"), &[]));
            }
            _ => {}
        }
        let identity = self.authenticate(&headers)?;

        let accept = headers.get(http::header::ACCEPT).and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
        let trimmed = path.trim_end_matches('/');
        let segments: Vec<&str> = trimmed.trim_start_matches('/').split('/').collect();
        if method == Method::GET {
            let reg = self.registry();
            let discovery_doc = match segments.as_slice() {
                ["api"] => Some(match discovery::wants_aggregated(&accept) {
                    Some(ct) => return Ok(typed_json(StatusCode::OK, ct, &discovery::aggregated(&reg, true, ct))),
                    None => discovery::api_versions(&self.settings.read().address.to_string()),
                }),
                ["apis"] => Some(match discovery::wants_aggregated(&accept) {
                    Some(ct) => return Ok(typed_json(StatusCode::OK, ct, &discovery::aggregated(&reg, false, ct))),
                    None => discovery::api_group_list(&reg),
                }),
                ["api", "v1"] => discovery::api_resource_list(&reg, "", "v1"),
                ["apis", group] => Some(discovery::api_group(&reg, group).ok_or_else(ApiError::no_route)?),
                ["apis", group, version] => {
                    Some(discovery::api_resource_list(&reg, group, version).ok_or_else(ApiError::no_route)?)
                }
                ["openapi", "v3"] => Some(self.openapi.read().index()),
                ["openapi", "v3", rest @ ..] => {
                    let api = self.openapi.read().clone();
                    let doc = api.get(&rest.join("/")).ok_or_else(ApiError::no_route)?;
                    return Ok(raw_response(StatusCode::OK, "application/json", doc.body.clone(), &[]));
                }
                ["openapi", "v2"] => return Err(ApiError::no_route()),
                _ => None,
            };
            if let Some(doc) = discovery_doc {
                return Ok(json_response(StatusCode::OK, &doc, &[]));
            }
        }

        let Some(info) = request::parse(&method, &path, &query) else {
            return Ok(raw_response(
                StatusCode::NOT_FOUND,
                "text/plain; charset=utf-8",
                Bytes::from_static(b"404 page not found\n"),
                &[],
            ));
        };
        let reg = self.registry();
        let resource = reg.find(&info.group, &info.version, &info.resource).ok_or_else(ApiError::no_route)?;
        if !info.subresource.is_empty() && !resource.has_subresource(&info.subresource) {
            return Err(ApiError::no_route());
        }
        if info.subresource.is_empty() && !resource.supports(info.verb) {
            return Err(ApiError::method_not_allowed(info.verb));
        }
        if resource.namespaced && info.namespace.is_empty() && !matches!(info.verb, "list" | "watch") {
            return Err(ApiError::no_route());
        }
        if !resource.namespaced && !info.namespace.is_empty() {
            return Err(ApiError::no_route());
        }
        let body = read_body(body).await?;
        crate::rbac::authorize(self, &identity, &info)?;
        let ctx = Ctx { info, query, headers, body, resource, identity };
        let (reply, warnings) = self.dispatch(ctx).await?;
        let warnings: Vec<String> = warnings.into_iter().map(|w| format!("299 - {w:?}")).collect();
        Ok(match reply {
            Reply::Json(status, v) => json_response(status, &v, &warnings),
            Reply::Raw(status, ct, bytes) => raw_response(status, ct, bytes, &warnings),
            Reply::Stream(ct, rx) => stream_response(ct, rx),
        })
    }

    fn authenticate(&self, headers: &HeaderMap) -> ApiResult<Identity> {
        let auth = headers.get(http::header::AUTHORIZATION).and_then(|v| v.to_str().ok()).unwrap_or_default();
        let presented = auth.strip_prefix("Bearer ").unwrap_or_default().trim();
        let caller = if constant_time_eq(presented.as_bytes(), self.token.as_bytes()) {
            Identity {
                user: "flux-rs-admin".into(),
                groups: vec!["system:masters".into(), "system:authenticated".into()],
                admin: true,
                ..Identity::default()
            }
        } else {
            self.service_account_identity(presented).ok_or_else(ApiError::unauthorized)?
        };
        let Some(user) = headers.get("impersonate-user").and_then(|v| v.to_str().ok()) else {
            return Ok(caller);
        };
        let mut groups: Vec<String> =
            headers.get_all("impersonate-group").iter().filter_map(|v| v.to_str().ok()).map(String::from).collect();
        if let Some(rest) = user.strip_prefix("system:serviceaccount:") {
            if let Some((ns, _)) = rest.split_once(':') {
                groups.push("system:serviceaccounts".into());
                groups.push(format!("system:serviceaccounts:{ns}"));
            }
        }
        if !groups.iter().any(|g| g == "system:authenticated") {
            groups.push("system:authenticated".into());
        }
        if !caller.admin {
            crate::rbac::authorize_impersonation(self, &caller, user, &groups)?;
        }
        let admin = groups.iter().any(|g| g == "system:masters");
        Ok(Identity { user: user.to_string(), groups, admin, ..Identity::default() })
    }
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

async fn read_body(body: hyper::body::Incoming) -> ApiResult<Bytes> {
    match Limited::new(body, MAX_BODY).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(e) if e.downcast_ref::<http_body_util::LengthLimitError>().is_some() => Err(ApiError::too_large(MAX_BODY)),
        Err(e) => Err(ApiError::bad_request(format!("reading the request body: {e}"))),
    }
}

pub fn version_info() -> Value {
    json!({
        "major": "1",
        "minor": "33",
        "emulationMajor": "1",
        "emulationMinor": "33",
        "minCompatibilityMajor": "1",
        "minCompatibilityMinor": "32",
        "gitVersion": GIT_VERSION,
        "gitCommit": "flux-rs",
        "gitTreeState": "clean",
        "buildDate": "2025-04-23T00:00:00Z",
        "goVersion": "n/a (flux-rs embedded)",
        "compiler": "rustc",
        "platform": format!("{}/{}", std::env::consts::OS, if std::env::consts::ARCH == "x86_64" { "amd64" } else { std::env::consts::ARCH }),
    })
}

fn full(bytes: Bytes) -> Body {
    Full::new(bytes).map_err(|never| match never {}).boxed()
}

fn with_headers(mut builder: http::response::Builder, warnings: &[String]) -> http::response::Builder {
    builder = builder.header("Audit-Id", uuid::Uuid::new_v4().to_string()).header("Cache-Control", "no-cache, private");
    for w in warnings {
        builder = builder.header("Warning", w);
    }
    builder
}

pub fn json_response(status: StatusCode, v: &Value, warnings: &[String]) -> Response<Body> {
    typed_json_with(status, "application/json", v, warnings)
}

fn typed_json(status: StatusCode, content_type: &str, v: &Value) -> Response<Body> {
    typed_json_with(status, content_type, v, &[])
}

fn typed_json_with(status: StatusCode, content_type: &str, v: &Value, warnings: &[String]) -> Response<Body> {
    let bytes = Bytes::from(serde_json::to_vec(v).unwrap_or_default());
    let builder = with_headers(Response::builder().status(status).header("Content-Type", content_type), warnings);
    builder.body(full(bytes)).unwrap_or_else(|_| Response::new(full(Bytes::new())))
}

pub fn raw_response(status: StatusCode, content_type: &str, bytes: Bytes, warnings: &[String]) -> Response<Body> {
    let builder = with_headers(Response::builder().status(status).header("Content-Type", content_type), warnings);
    builder.body(full(bytes)).unwrap_or_else(|_| Response::new(full(Bytes::new())))
}

fn stream_response(content_type: &str, rx: tokio::sync::mpsc::Receiver<Bytes>) -> Response<Body> {
    let stream = futures::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|chunk| (Ok::<_, Infallible>(hyper::body::Frame::data(chunk)), rx))
    });
    let body = http_body_util::StreamBody::new(stream).boxed();
    with_headers(Response::builder().status(StatusCode::OK).header("Content-Type", content_type), &[])
        .body(body)
        .unwrap_or_else(|_| Response::new(full(Bytes::new())))
}

pub fn error_response(e: &ApiError) -> Response<Body> {
    let status = StatusCode::from_u16(e.code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut resp = json_response(status, &e.to_status(), &[]);
    if let Some(secs) = e.retry_after {
        if let Ok(v) = http::HeaderValue::from_str(&secs.to_string()) {
            resp.headers_mut().insert("Retry-After", v);
        }
    }
    resp
}
