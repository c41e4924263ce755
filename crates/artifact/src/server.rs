//! The artifact server: the storage root over plain HTTP/1.1, as source-controller serves it on
//! `--storage-addr` (upstream: Go's `http.FileServer`), but stricter.
//!
//! * `GET` and `HEAD` of regular files under the root, with `Content-Length`, `Content-Type` (from the
//!   name: `.tar.gz`/`.tgz`/`.gz` → `application/gzip`, `.yaml`/`.yml` → `application/yaml`, `.json` →
//!   `application/json`, else `application/octet-stream`) and `Last-Modified`. Other methods: `405`.
//! * Symlinks are followed only when they resolve inside the root (`latest.tar.gz`, `index.yaml`).
//! * `404` for anything else: missing files, directories (no listing), `..` components (also when written
//!   `%2e%2e`), paths that resolve outside the root. Malformed percent-encoding: `400`.
//! * With [`ArtifactServer::leader_only`], `503` to every request while this replica is not the elected
//!   leader (upstream binds nothing until then: clients would see connection refused).
//! * Shutdown is graceful: the listener closes, connections finish their current response, and whatever is
//!   still open after [`SHUTDOWN_GRACE`] is dropped.

use std::convert::Infallible;
use std::ffi::OsStr;
use std::future::Future;
use std::io;
use std::net::SocketAddr;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use http::{header, HeaderValue, Method, Request, Response, StatusCode};
use http_body_util::combinators::BoxBody;
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::{Bytes, Frame};
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use tokio::io::AsyncReadExt;
use tokio::net::TcpListener;
use tokio::sync::{oneshot, watch};
use tokio::task::JoinSet;

/// How long open connections may take to finish once shutdown starts (upstream: 5 s).
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(5);

/// The body of the `503` a replica that is not the leader answers with.
pub const NOT_LEADER: &str =
    "503 service unavailable: this replica is not the leader, artifacts are served by the elected leader\n";

type Body = BoxBody<Bytes, io::Error>;

/// A failure to start or run the server.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("artifact server: invalid address {address:?}: {reason}")]
    Address { address: String, reason: String },
    #[error("artifact server: bind {address}: {source}")]
    Bind {
        address: String,
        #[source]
        source: io::Error,
    },
    #[error("artifact server: storage root {path}: {source}")]
    Root {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("artifact server: task failed: {0}")]
    Task(String),
}

/// A bound, not yet serving, artifact server.
#[derive(Debug)]
pub struct ArtifactServer {
    listener: TcpListener,
    root: Arc<PathBuf>,
    local_addr: SocketAddr,
    elected: Option<watch::Receiver<bool>>,
}

impl ArtifactServer {
    /// Binds `address` (`host:port`; `:9090` binds every IPv4 interface; port 0 picks a free port) to
    /// serve `root`.
    pub async fn bind(address: &str, root: &Path) -> Result<ArtifactServer, ServerError> {
        let (host, port) = crate::config::split_host_port(address)
            .map_err(|e| ServerError::Address { address: address.to_string(), reason: e.reason.to_string() })?;
        let host = if host.is_empty() { "0.0.0.0" } else { host };
        let port: u16 = port
            .parse()
            .map_err(|_| ServerError::Address { address: address.to_string(), reason: "invalid port".to_string() })?;
        let root = tokio::fs::canonicalize(root)
            .await
            .map_err(|source| ServerError::Root { path: root.to_path_buf(), source })?;
        let listener = TcpListener::bind((host, port))
            .await
            .map_err(|source| ServerError::Bind { address: address.to_string(), source })?;
        let local_addr =
            listener.local_addr().map_err(|source| ServerError::Bind { address: address.to_string(), source })?;
        Ok(ArtifactServer { listener, root: Arc::new(root), local_addr, elected: None })
    }

    /// Serves files only while `elected` is true; until then, and whenever it turns false again, every
    /// request is answered `503 Service Unavailable` with [`NOT_LEADER`] as its body. Checked per request,
    /// so a connection opened before the election is served once it is won. Upstream's source-controller
    /// binds nothing before it is elected; binding at once lets a bind error fail at start-up and port 0
    /// report its port, and a standby answers at once instead of refusing or hanging.
    ///
    /// ```no_run
    /// # async fn example(root: &std::path::Path) -> Result<(), artifact::server::ServerError> {
    /// let (leading, elected) = tokio::sync::watch::channel(false);
    /// let server = artifact::ArtifactServer::bind("127.0.0.1:0", root).await?.leader_only(elected).spawn();
    /// // … 503 until:
    /// leading.send_replace(true);
    /// # Ok(()) }
    /// ```
    pub fn leader_only(mut self, elected: watch::Receiver<bool>) -> ArtifactServer {
        self.elected = Some(elected);
        self
    }

    /// The address actually bound (the port chosen for port 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// Serves until `shutdown` completes, then shuts down gracefully.
    pub async fn serve(self, shutdown: impl Future<Output = ()>) -> Result<(), ServerError> {
        let (stop_tx, stop_rx) = watch::channel(false);
        let mut connections = JoinSet::new();
        tokio::pin!(shutdown);
        loop {
            tokio::select! {
                _ = &mut shutdown => break,
                Some(_) = connections.join_next(), if !connections.is_empty() => {}
                accepted = self.listener.accept() => {
                    let stream = match accepted {
                        Ok((stream, _)) => stream,
                        Err(e) => {
                            // Out of descriptors and the like: pause instead of spinning.
                            tracing::warn!(error = %e, "artifact server: accept failed");
                            tokio::time::sleep(Duration::from_millis(50)).await;
                            continue;
                        }
                    };
                    let root = self.root.clone();
                    let elected = self.elected.clone();
                    let mut stop = stop_rx.clone();
                    connections.spawn(async move {
                        let service = service_fn(move |req| {
                            let root = root.clone();
                            let leading = elected.as_ref().is_none_or(|e| *e.borrow());
                            async move {
                                if !leading {
                                    return Ok::<_, Infallible>(text(StatusCode::SERVICE_UNAVAILABLE, NOT_LEADER));
                                }
                                Ok(handle(&root, req).await)
                            }
                        });
                        let conn = hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), service);
                        tokio::pin!(conn);
                        tokio::select! {
                            _ = conn.as_mut() => {}
                            _ = stop.changed() => {
                                conn.as_mut().graceful_shutdown();
                                let _ = conn.await;
                            }
                        }
                    });
                }
            }
        }
        drop(self.listener);
        let _ = stop_tx.send(true);
        let drained =
            tokio::time::timeout(SHUTDOWN_GRACE, async { while connections.join_next().await.is_some() {} }).await;
        if drained.is_err() {
            connections.abort_all();
        }
        Ok(())
    }

    /// Serves in a background task; the returned handle reports the address and shuts the server down.
    pub fn spawn(self) -> RunningServer {
        let local_addr = self.local_addr;
        let (tx, rx) = oneshot::channel::<()>();
        let task = tokio::spawn(self.serve(async move {
            let _ = rx.await;
        }));
        RunningServer { local_addr, stop: Some(tx), task }
    }
}

/// A server started with [`ArtifactServer::spawn`].
#[derive(Debug)]
pub struct RunningServer {
    local_addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<Result<(), ServerError>>,
}

impl RunningServer {
    /// The bound address.
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// Stops accepting, lets open connections finish, and waits for the server to end.
    pub async fn shutdown(mut self) -> Result<(), ServerError> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        (&mut self.task).await.map_err(|e| ServerError::Task(e.to_string()))?
    }
}

/// Answers one request against the (canonical) storage root.
pub async fn handle<B>(root: &Path, req: Request<B>) -> Response<Body> {
    let method = req.method().clone();
    if method != Method::GET && method != Method::HEAD {
        let mut resp = text(StatusCode::METHOD_NOT_ALLOWED, "405 method not allowed\n");
        resp.headers_mut().insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return resp;
    }
    let Some(decoded) = percent_decode(req.uri().path().as_bytes()) else {
        return text(StatusCode::BAD_REQUEST, "400 bad request: malformed percent-encoding\n");
    };
    let Some(path) = resolve(root, &decoded).await else {
        return text(StatusCode::NOT_FOUND, "404 page not found\n");
    };
    let Ok(file) = tokio::fs::File::open(&path).await else {
        return text(StatusCode::NOT_FOUND, "404 page not found\n");
    };
    // The metadata of the open file: a concurrent rename of the artifact cannot mix two versions.
    let meta = match file.metadata().await {
        Ok(m) if m.is_file() => m,
        _ => return text(StatusCode::NOT_FOUND, "404 page not found\n"),
    };
    let size = meta.len();
    let mut builder = Response::builder()
        .status(StatusCode::OK)
        .header(header::CONTENT_TYPE, content_type(&path))
        .header(header::CONTENT_LENGTH, size);
    if let Some(modified) = meta.modified().ok().and_then(http_date) {
        builder = builder.header(header::LAST_MODIFIED, modified);
    }
    let body = if method == Method::HEAD { empty() } else { file_body(file, size) };
    builder.body(body).unwrap_or_else(|_| text(StatusCode::INTERNAL_SERVER_ERROR, "500 internal error\n"))
}

/// Streams a file in frames of up to 64 KiB, ending after `size` bytes, or with an error if the file is
/// shorter than that.
fn file_body(file: tokio::fs::File, size: u64) -> Body {
    let chunks = futures::stream::unfold((file, size), |(mut file, remaining)| async move {
        if remaining == 0 {
            return None;
        }
        let mut buf = vec![0u8; remaining.min(64 * 1024) as usize];
        match file.read(&mut buf).await {
            Ok(0) => {
                let short = io::Error::new(io::ErrorKind::UnexpectedEof, "file shrank while being served");
                Some((Err(short), (file, 0)))
            }
            Ok(n) => {
                buf.truncate(n);
                Some((Ok(Frame::data(Bytes::from(buf))), (file, remaining - n as u64)))
            }
            Err(e) => Some((Err(e), (file, 0))),
        }
    });
    BodyExt::boxed(StreamBody::new(chunks))
}

/// The file a request path names, if it is inside the root: `..` anywhere is refused, and symlinks are
/// resolved and must stay inside.
async fn resolve(root: &Path, decoded: &[u8]) -> Option<PathBuf> {
    if decoded.first() != Some(&b'/') || decoded.contains(&0) || decoded.contains(&b'\\') {
        return None;
    }
    let mut path = root.to_path_buf();
    for part in decoded.split(|&c| c == b'/') {
        match part {
            b"" | b"." => {}
            b".." => return None,
            p => path.push(OsStr::from_bytes(p)),
        }
    }
    let real = tokio::fs::canonicalize(&path).await.ok()?;
    real.starts_with(root).then_some(real)
}

fn percent_decode(s: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            let v = u8::from_str_radix(std::str::from_utf8(hex).ok()?, 16).ok()?;
            out.push(v);
            i += 3;
        } else {
            out.push(s[i]);
            i += 1;
        }
    }
    Some(out)
}

/// The media type of an artifact file, from its name.
pub fn content_type(path: &Path) -> &'static str {
    let name = path.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    if name.ends_with(".tar.gz") || name.ends_with(".tgz") || name.ends_with(".gz") {
        "application/gzip"
    } else if name.ends_with(".yaml") || name.ends_with(".yml") {
        "application/yaml"
    } else if name.ends_with(".json") {
        "application/json"
    } else if name.ends_with(".txt") {
        "text/plain; charset=utf-8"
    } else {
        "application/octet-stream"
    }
}

fn http_date(t: std::time::SystemTime) -> Option<String> {
    let ts = k8s_openapi::jiff::Timestamp::try_from(t).ok()?;
    Some(ts.strftime("%a, %d %b %Y %H:%M:%S GMT").to_string())
}

fn empty() -> Body {
    Full::new(Bytes::new()).map_err(|never| match never {}).boxed()
}

fn text(status: StatusCode, body: &'static str) -> Response<Body> {
    let mut resp =
        Response::new(Full::new(Bytes::from_static(body.as_bytes())).map_err(|never| match never {}).boxed());
    *resp.status_mut() = status;
    resp.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain; charset=utf-8"));
    resp.headers_mut().insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    resp
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode(b"/a%2e%2E/b").unwrap(), b"/a../b");
        assert_eq!(percent_decode(b"/%2e%2e/etc").unwrap(), b"/../etc");
        assert!(percent_decode(b"/a%2").is_none());
        assert!(percent_decode(b"/a%zz").is_none());
    }

    #[test]
    fn content_types() {
        assert_eq!(content_type(Path::new("a/b.tar.gz")), "application/gzip");
        assert_eq!(content_type(Path::new("podinfo-6.0.0.tgz")), "application/gzip");
        assert_eq!(content_type(Path::new("index.yaml")), "application/yaml");
        assert_eq!(content_type(Path::new("x")), "application/octet-stream");
    }
}
