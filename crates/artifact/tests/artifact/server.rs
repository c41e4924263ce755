//! The artifact server over real sockets: files, HEAD, types, listings refused, escapes refused,
//! graceful shutdown.

use std::fs;
use std::time::Duration;

use artifact::ArtifactServer;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::common::*;

/// `data/` is the storage root; `outside/secret` and `data/../secret`-style targets must never be served.
fn layout() -> tempfile::TempDir {
    let dir = temp();
    write_tree(
        dir.path(),
        &[
            ("data/gitrepository/ns/repo/abc.tar.gz", "tarball"),
            ("data/helmrepository/ns/podinfo/index-abc.yaml", "apiVersion: v1\n"),
            ("data/helmchart/ns/podinfo/podinfo-6.0.0.tgz", "chart"),
            ("data/misc/notes", "plain"),
            ("outside/secret", "secret"),
            ("data-sibling/secret", "secret"),
        ],
    );
    let data = dir.path().join("data");
    std::os::unix::fs::symlink("index-abc.yaml", data.join("helmrepository/ns/podinfo/index.yaml")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("outside/secret"), data.join("misc/escape.tar.gz")).unwrap();
    std::os::unix::fs::symlink("../../../outside/secret", data.join("misc/relative-escape")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("outside"), data.join("misc/outdir")).unwrap();
    dir
}

async fn start(dir: &tempfile::TempDir) -> artifact::server::RunningServer {
    ArtifactServer::bind("127.0.0.1:0", &dir.path().join("data")).await.unwrap().spawn()
}

#[tokio::test]
async fn serves_files_with_length_and_type() {
    let dir = layout();
    let server = start(&dir).await;
    let addr = server.local_addr();
    assert_ne!(addr.port(), 0);

    let r = raw_request(addr, "GET", "/gitrepository/ns/repo/abc.tar.gz").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.body, b"tarball");
    assert_eq!(r.header("content-length"), Some("7"));
    assert_eq!(r.header("content-type"), Some("application/gzip"));
    assert!(r.header("last-modified").is_some_and(|v| v.ends_with(" GMT")), "{:?}", r.headers);

    let r = raw_request(addr, "GET", "/helmchart/ns/podinfo/podinfo-6.0.0.tgz").await;
    assert_eq!((r.status, r.header("content-type")), (200, Some("application/gzip")));
    let r = raw_request(addr, "GET", "/helmrepository/ns/podinfo/index-abc.yaml?x=1").await;
    assert_eq!((r.status, r.header("content-type")), (200, Some("application/yaml")));
    let r = raw_request(addr, "GET", "/misc/notes").await;
    assert_eq!((r.status, r.header("content-type")), (200, Some("application/octet-stream")));
    // Percent-encoded but harmless.
    let r = raw_request(addr, "GET", "/gitrepository/ns/repo/%61bc.tar.gz").await;
    assert_eq!(r.status, 200);

    let r = raw_request(addr, "HEAD", "/gitrepository/ns/repo/abc.tar.gz").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.header("content-length"), Some("7"));
    assert!(r.body.is_empty());

    let r = raw_request(addr, "POST", "/gitrepository/ns/repo/abc.tar.gz").await;
    assert_eq!(r.status, 405);
    assert_eq!(r.header("allow"), Some("GET, HEAD"));
    server.shutdown().await.unwrap();
}

#[tokio::test]
async fn symlinks_inside_the_root_are_followed() {
    let dir = layout();
    let server = start(&dir).await;
    let r = raw_request(server.local_addr(), "GET", "/helmrepository/ns/podinfo/index.yaml").await;
    assert_eq!((r.status, r.body.as_slice()), (200, &b"apiVersion: v1\n"[..]));
    server.shutdown().await.unwrap();
}

#[tokio::test]
async fn no_listings_and_no_escapes() {
    let dir = layout();
    let server = start(&dir).await;
    let addr = server.local_addr();
    for path in [
        "/",
        "/gitrepository",
        "/gitrepository/",
        "/gitrepository/ns/repo/",
        "/missing.tar.gz",
        "/../outside/secret",
        "/gitrepository/../../outside/secret",
        "/%2e%2e/outside/secret",
        "/%2E%2E/%2e%2e/outside/secret",
        "/gitrepository/%2e%2e/%2e%2e/outside/secret",
        "/..%2foutside%2fsecret",
        "/%2e%2e%2f%2e%2e%2foutside%2fsecret",
        "/../data-sibling/secret",
        "/misc/escape.tar.gz",
        "/misc/relative-escape",
        "/misc/outdir/secret",
        "/misc/outdir",
        "/misc/notes%00.tar.gz",
        "/misc\\..\\..\\outside\\secret",
    ] {
        let r = raw_request(addr, "GET", path).await;
        assert_eq!(r.status, 404, "{path}: {:?}", String::from_utf8_lossy(&r.body));
        assert!(!String::from_utf8_lossy(&r.body).contains("secret"), "{path}");
    }
    let r = raw_request(addr, "GET", "/misc/bad%zzescape").await;
    assert_eq!(r.status, 400);
    server.shutdown().await.unwrap();
}

#[tokio::test]
async fn bind_errors_name_the_address() {
    let dir = layout();
    let taken = ArtifactServer::bind("127.0.0.1:0", &dir.path().join("data")).await.unwrap();
    let addr = taken.local_addr().to_string();
    let err = ArtifactServer::bind(&addr, &dir.path().join("data")).await.unwrap_err();
    assert!(err.to_string().contains(&addr), "{err}");
    let err = ArtifactServer::bind("invalid:address:format", &dir.path().join("data")).await.unwrap_err();
    assert!(err.to_string().contains("invalid:address:format"), "{err}");
    let err = ArtifactServer::bind("127.0.0.1:0", &dir.path().join("missing")).await.unwrap_err();
    assert!(err.to_string().contains("missing"), "{err}");
}

#[tokio::test]
async fn shutdown_finishes_the_response_in_flight_and_stops_listening() {
    let dir = layout();
    let big = vec![7u8; 8 << 20];
    fs::write(dir.path().join("data/big.tar.gz"), &big).unwrap();
    let server = start(&dir).await;
    let addr = server.local_addr();

    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream.write_all(b"GET /big.tar.gz HTTP/1.1\r\nHost: t\r\n\r\n").await.unwrap();
    // Wait until the response has started, then shut down while it is still being written.
    let mut head = [0u8; 64];
    let mut n = 0;
    while n < 12 {
        let k = stream.read(&mut head[n..]).await.unwrap();
        assert!(k > 0, "connection closed before the response started");
        n += k;
    }
    assert!(head[..n].starts_with(b"HTTP/1.1 200"), "{:?}", String::from_utf8_lossy(&head[..n]));
    let shutdown = tokio::spawn(server.shutdown());
    let mut rest = Vec::new();
    tokio::time::timeout(Duration::from_secs(20), stream.read_to_end(&mut rest)).await.unwrap().unwrap();
    let mut all = head[..n].to_vec();
    all.extend_from_slice(&rest);
    let r = parse_response(&all);
    assert_eq!(r.body.len(), big.len(), "the response in flight was cut short");
    tokio::time::timeout(Duration::from_secs(10), shutdown).await.unwrap().unwrap().unwrap();
    assert!(tokio::net::TcpStream::connect(addr).await.is_err(), "still listening after shutdown");
}

/// Reads one response with a `Content-Length` from a kept-alive connection.
async fn read_response(stream: &mut tokio::net::TcpStream) -> RawResponse {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        if let Some(end) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = parse_response(&buf[..end + 4]);
            let length: usize = head.header("content-length").and_then(|l| l.parse().ok()).expect("a Content-Length");
            if buf.len() >= end + 4 + length {
                return parse_response(&buf[..end + 4 + length]);
            }
        }
        let n = stream.read(&mut chunk).await.unwrap();
        assert!(n > 0, "connection closed mid-response: {:?}", String::from_utf8_lossy(&buf));
        buf.extend_from_slice(&chunk[..n]);
    }
}

#[tokio::test]
async fn a_replica_that_does_not_lead_answers_503_until_elected() {
    let dir = layout();
    let (leading, elected) = tokio::sync::watch::channel(false);
    let server =
        ArtifactServer::bind("127.0.0.1:0", &dir.path().join("data")).await.unwrap().leader_only(elected).spawn();
    let addr = server.local_addr();
    let file = "/gitrepository/ns/repo/abc.tar.gz";

    for (method, path) in [("GET", file), ("HEAD", file), ("GET", "/missing"), ("POST", file)] {
        let r = raw_request(addr, method, path).await;
        assert_eq!(r.status, 503, "{method} {path}");
        assert_eq!(r.header("content-type"), Some("text/plain; charset=utf-8"));
        if method != "HEAD" {
            assert_eq!(String::from_utf8_lossy(&r.body), artifact::server::NOT_LEADER);
        }
    }
    assert!(artifact::server::NOT_LEADER.contains("not the leader"));

    // The gate is read per request: a connection opened before the election is served after it.
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let request = format!("GET {file} HTTP/1.1\r\nHost: test\r\n\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    assert_eq!(read_response(&mut stream).await.status, 503);
    leading.send_replace(true);
    stream.write_all(request.as_bytes()).await.unwrap();
    let r = read_response(&mut stream).await;
    assert_eq!((r.status, r.body.as_slice()), (200, &b"tarball"[..]));
    assert_eq!(raw_request(addr, "GET", file).await.status, 200);

    // Leadership lost (or given up): back to 503; and a dropped signal keeps its last word.
    leading.send_replace(false);
    assert_eq!(raw_request(addr, "GET", file).await.status, 503);
    drop(leading);
    assert_eq!(raw_request(addr, "GET", file).await.status, 503);
    server.shutdown().await.unwrap();
}
