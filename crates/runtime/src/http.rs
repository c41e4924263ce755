//! The manager's two small HTTP listeners — `/metrics`, and `/healthz` + `/readyz` — and the parsing of
//! Go-style bind addresses (`:8080`) every `flux-rs run` listener flag takes.

use std::convert::Infallible;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr, ToSocketAddrs};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use bytes::Bytes;
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use tokio::net::TcpListener;

use crate::metrics::Metrics;

/// Parses a listener address as Go's `net.Listen` takes it: `:8080` (every interface), `host:port`,
/// `[::1]:8080`; port 0 picks a free port. `0` and the empty string disable the listener, as
/// controller-runtime's metrics address does.
///
/// ```
/// use runtime::http::parse_bind_address;
/// assert_eq!(parse_bind_address(":8080").unwrap().unwrap().port(), 8080);
/// assert!(parse_bind_address(":8080").unwrap().unwrap().ip().is_unspecified());
/// assert_eq!(parse_bind_address("127.0.0.1:0").unwrap().unwrap().to_string(), "127.0.0.1:0");
/// assert_eq!(parse_bind_address("0").unwrap(), None);
/// assert!(parse_bind_address("8080").is_err());
/// ```
pub fn parse_bind_address(text: &str) -> Result<Option<SocketAddr>, String> {
    let text = text.trim();
    if text.is_empty() || text == "0" {
        return Ok(None);
    }
    if let Some(port) = text.strip_prefix(':') {
        let port: u16 = port.parse().map_err(|_| format!("invalid address {text:?}: bad port"))?;
        return Ok(Some(SocketAddr::new(IpAddr::V6(Ipv6Addr::UNSPECIFIED), port)));
    }
    if let Ok(addr) = text.parse::<SocketAddr>() {
        return Ok(Some(addr));
    }
    if !text.contains(':') {
        return Err(format!("invalid address {text:?}: missing port in address"));
    }
    text.to_socket_addrs()
        .map_err(|e| format!("invalid address {text:?}: {e}"))?
        .next()
        .map(Some)
        .ok_or_else(|| format!("invalid address {text:?}: no such host"))
}

/// Binds `addr`; the unspecified IPv6 address (from `:port`) falls back to `0.0.0.0` on hosts without
/// IPv6.
pub async fn bind(addr: SocketAddr) -> std::io::Result<TcpListener> {
    match TcpListener::bind(addr).await {
        Err(e) if addr.ip() == IpAddr::V6(Ipv6Addr::UNSPECIFIED) => {
            let v4 = SocketAddr::new(IpAddr::V4(Ipv4Addr::UNSPECIFIED), addr.port());
            TcpListener::bind(v4).await.map_err(|_| e)
        }
        other => other,
    }
}

/// A response: status, content type and body.
pub(crate) type Reply = (StatusCode, &'static str, String);

/// Answers a request from its path and query.
pub(crate) type Route = Arc<dyn Fn(&str, &str) -> Reply + Send + Sync>;

/// Serves `route` on every connection of `listener`, until dropped.
pub(crate) async fn serve(listener: TcpListener, route: Route) {
    loop {
        let Ok((stream, _)) = listener.accept().await else {
            // Out of file descriptors, most likely: give the process a moment rather than spin.
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            continue;
        };
        let route = route.clone();
        tokio::spawn(async move {
            let service = service_fn(move |request: Request<Incoming>| {
                let (status, content_type, body) =
                    route(request.uri().path(), request.uri().query().unwrap_or_default());
                let response = Response::builder()
                    .status(status)
                    .header("Content-Type", content_type)
                    .body(Full::new(Bytes::from(body)))
                    .unwrap_or_else(|_| Response::new(Full::new(Bytes::new())));
                async move { Ok::<_, Infallible>(response) }
            });
            let _ = hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
        });
    }
}

const TEXT: &str = "text/plain; charset=utf-8";

/// `/metrics` in the Prometheus text format.
pub(crate) fn metrics_route(metrics: Metrics) -> Route {
    Arc::new(move |path, _| match path {
        "/metrics" => (StatusCode::OK, "text/plain; version=0.0.4; charset=utf-8", metrics.render()),
        _ => (StatusCode::NOT_FOUND, TEXT, "404 page not found\n".into()),
    })
}

/// controller-runtime's probes: `/healthz` (`ping`) answers while the process runs; `/readyz` once the
/// caches have synced — with leader election, on standbys too.
pub(crate) fn health_route(ready: Arc<AtomicBool>) -> Route {
    Arc::new(move |path, query| {
        let verbose = query.split('&').any(|p| p == "verbose" || p.starts_with("verbose="));
        let synced = ready.load(Ordering::Acquire);
        let checks: &[(&str, bool)] = match path.trim_end_matches('/') {
            "/healthz" => &[("ping", true)],
            "/healthz/ping" | "/readyz/ping" => &[("ping", true)],
            "/readyz" => &[("ping", true), ("informer-sync", synced)],
            "/readyz/informer-sync" => &[("informer-sync", synced)],
            _ => return (StatusCode::NOT_FOUND, TEXT, "404 page not found\n".into()),
        };
        let failed = checks.iter().any(|(_, ok)| !ok);
        if !failed && !verbose {
            return (StatusCode::OK, TEXT, "ok".into());
        }
        let mut body = String::new();
        for (name, ok) in checks {
            if *ok {
                body.push_str(&format!("[+]{name} ok\n"));
            } else {
                body.push_str(&format!("[-]{name} failed: reason withheld\n"));
            }
        }
        if failed {
            let what = if path.starts_with("/readyz") { "readyz" } else { "healthz" };
            body.push_str(&format!("{what} check failed\n"));
            (StatusCode::INTERNAL_SERVER_ERROR, TEXT, body)
        } else {
            body.push_str(&format!("{} check passed\n", path.trim_start_matches('/')));
            (StatusCode::OK, TEXT, body)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readiness_follows_the_caches() {
        let ready = Arc::new(AtomicBool::new(false));
        let route = health_route(ready.clone());
        assert_eq!(route("/healthz", "").0, StatusCode::OK);
        let (status, _, body) = route("/readyz", "");
        assert_eq!(status, StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(body, "[+]ping ok\n[-]informer-sync failed: reason withheld\nreadyz check failed\n");
        ready.store(true, Ordering::Release);
        assert_eq!(route("/readyz", ""), (StatusCode::OK, TEXT, "ok".to_string()));
        assert_eq!(route("/nope", "").0, StatusCode::NOT_FOUND);
    }

    #[test]
    fn bind_addresses() {
        assert_eq!(parse_bind_address("").unwrap(), None);
        assert_eq!(parse_bind_address("[::1]:9440").unwrap().unwrap().port(), 9440);
        assert_eq!(parse_bind_address("localhost:9440").unwrap().unwrap().port(), 9440);
        assert!(parse_bind_address(":http").is_err());
    }
}
