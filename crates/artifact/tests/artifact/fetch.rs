//! Fetching artifacts: from our own server end to end, and from scripted servers for retries, statuses,
//! size limits and digest mismatches.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use artifact::archive::NoFilter;
use artifact::fetch::{FetchError, Fetcher};
use artifact::{ArtifactServer, Storage};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::common::*;

fn fast() -> Fetcher {
    Fetcher {
        retry_wait_min: Duration::from_millis(5),
        retry_wait_max: Duration::from_millis(20),
        ..Fetcher::default()
    }
}

/// A server answering the n-th request with `responses[min(n, last)]`; returns its address and a
/// request counter.
async fn scripted(responses: Vec<Vec<u8>>) -> (std::net::SocketAddr, Arc<AtomicUsize>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let count = Arc::new(AtomicUsize::new(0));
    let counter = count.clone();
    tokio::spawn(async move {
        loop {
            let Ok((mut stream, _)) = listener.accept().await else { return };
            let n = counter.fetch_add(1, Ordering::SeqCst);
            let response = responses[n.min(responses.len() - 1)].clone();
            tokio::spawn(async move {
                let mut buf = Vec::new();
                let mut chunk = [0u8; 1024];
                while !buf.windows(4).any(|w| w == b"\r\n\r\n") {
                    match stream.read(&mut chunk).await {
                        Ok(0) | Err(_) => return,
                        Ok(k) => buf.extend_from_slice(&chunk[..k]),
                    }
                }
                let _ = stream.write_all(&response).await;
                let _ = stream.shutdown().await;
            });
        }
    });
    (addr, count)
}

fn ok(body: &[u8]) -> Vec<u8> {
    let mut r = format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len()).into_bytes();
    r.extend_from_slice(body);
    r
}

fn status(code: u16) -> Vec<u8> {
    format!("HTTP/1.1 {code} X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n").into_bytes()
}

fn tree_tgz() -> (tempfile::TempDir, Vec<u8>) {
    let src = temp();
    write_tree(src.path(), &[("deploy/app.yaml", "kind: ConfigMap\n"), ("README.md", "hi\n")]);
    let (tgz, _) = artifact::archive::write_archive(src.path(), &NoFilter, Vec::new()).unwrap();
    (src, tgz)
}

#[tokio::test]
async fn end_to_end_from_storage_through_the_server() {
    let root = temp();
    let src = temp();
    write_tree(src.path(), &[("deploy/app.yaml", "kind: ConfigMap\n"), (".git/HEAD", "ref\n")]);
    let server = ArtifactServer::bind("127.0.0.1:0", root.path()).await.unwrap().spawn();
    let storage = Storage::at(root.path(), &server.local_addr().to_string()).unwrap();
    let filter = artifact::ignore::source_filter(src.path(), None).unwrap();
    let stored = {
        let (storage, src) = (storage.clone(), src.path().to_path_buf());
        tokio::task::spawn_blocking(move || {
            let new =
                storage.new_artifact_for("GitRepository", "flux-system", "podinfo", "main@sha1:abc", "abc.tar.gz");
            storage.archive(new, &src, &filter).unwrap()
        })
        .await
        .unwrap()
    };
    let dest = temp();
    let stats = artifact::fetch_and_verify(&stored.url, &stored.digest, &dest.path().join("out")).await.unwrap();
    assert_eq!(stats.files, 1);
    assert_eq!(listing(&dest.path().join("out")), ["deploy", "deploy/app.yaml"]);
    assert_eq!(std::fs::read_to_string(dest.path().join("out/deploy/app.yaml")).unwrap(), "kind: ConfigMap\n");

    // Through the host override, as SOURCE_CONTROLLER_LOCALHOST does.
    let elsewhere = stored.url.replace(&server.local_addr().to_string(), "source-controller.flux-system.svc");
    let fetcher = Fetcher { host_override: Some(server.local_addr().to_string()), ..fast() };
    fetcher.fetch_and_verify(&elsewhere, &stored.digest, &dest.path().join("again")).await.unwrap();

    // Into a file, unextracted.
    let file = dest.path().join("copy.tar.gz");
    let size = fast().fetch_to_file(&stored.url, &stored.digest, &file).await.unwrap();
    assert_eq!(Some(size as i64), stored.size);
    assert_eq!(artifact::digest::Algorithm::Sha256.digest(&std::fs::read(&file).unwrap()).to_string(), stored.digest);
    server.shutdown().await.unwrap();
}

#[tokio::test]
async fn digest_mismatch_extracts_nothing() {
    let (_src, tgz) = tree_tgz();
    let (addr, _) = scripted(vec![ok(&tgz)]).await;
    let dest = temp();
    let out = dest.path().join("out");
    let wrong = artifact::digest::Algorithm::Sha256.digest(b"something else").to_string();
    match fast().fetch_and_verify(&format!("http://{addr}/a.tar.gz"), &wrong, &out).await {
        Err(FetchError::DigestMismatch { expected, actual, .. }) => {
            assert_eq!(expected, wrong);
            assert_eq!(actual, artifact::digest::Algorithm::Sha256.digest(&tgz).to_string());
        }
        other => panic!("expected a digest mismatch, got {other:?}"),
    }
    assert!(!out.exists(), "nothing may be extracted when the digest does not match");
    assert!(listing(dest.path()).is_empty());

    // A bare hex digest is sha256; a malformed digest is refused before any request.
    let right = artifact::digest::Algorithm::Sha256.digest(&tgz).hex;
    fast().fetch_and_verify(&format!("http://{addr}/a.tar.gz"), &right, &out).await.unwrap();
    assert!(out.join("deploy/app.yaml").exists());
    let err = fast().fetch_and_verify(&format!("http://{addr}/a.tar.gz"), "sha256:nothex", &out).await.unwrap_err();
    assert!(matches!(err, FetchError::Digest { .. }), "{err}");
}

#[tokio::test]
async fn server_errors_are_retried() {
    let (_src, tgz) = tree_tgz();
    let digest = artifact::digest::Algorithm::Sha256.digest(&tgz).to_string();
    let (addr, count) = scripted(vec![status(503), status(500), ok(&tgz)]).await;
    let dest = temp();
    fast().fetch_and_verify(&format!("http://{addr}/a.tar.gz"), &digest, dest.path()).await.unwrap();
    assert_eq!(count.load(Ordering::SeqCst), 3);

    // Out of retries: the last status is reported.
    let (addr, count) = scripted(vec![status(502)]).await;
    let err = Fetcher { retries: 2, ..fast() }
        .fetch_and_verify(&format!("http://{addr}/a"), &digest, dest.path())
        .await
        .unwrap_err();
    assert!(matches!(err, FetchError::Status { status, .. } if status.as_u16() == 502), "{err}");
    assert_eq!(count.load(Ordering::SeqCst), 3);
}

#[tokio::test]
async fn not_found_and_client_errors_are_not_retried() {
    let digest = artifact::digest::Algorithm::Sha256.digest(b"").to_string();
    let (addr, count) = scripted(vec![status(404)]).await;
    let err = fast().fetch_and_verify(&format!("http://{addr}/gone.tar.gz"), &digest, temp().path()).await.unwrap_err();
    assert!(matches!(err, FetchError::NotFound { .. }), "{err}");
    assert_eq!(count.load(Ordering::SeqCst), 1);

    let (addr, count) = scripted(vec![status(403), status(501)]).await;
    let err = fast().fetch_and_verify(&format!("http://{addr}/x"), &digest, temp().path()).await.unwrap_err();
    assert!(matches!(err, FetchError::Status { status, .. } if status.as_u16() == 403), "{err}");
    assert_eq!(count.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn connection_failures_are_retried_then_reported() {
    // A port nobody listens on: bind, note the port, close.
    let addr = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap().local_addr().unwrap();
    let digest = artifact::digest::Algorithm::Sha256.digest(b"").to_string();
    let started = std::time::Instant::now();
    let err = Fetcher { retries: 2, ..fast() }
        .fetch_and_verify(&format!("http://{addr}/x"), &digest, temp().path())
        .await
        .unwrap_err();
    assert!(matches!(err, FetchError::Transport { .. }), "{err}");
    // Two waits of 5 and 10 ms at least.
    assert!(started.elapsed() >= Duration::from_millis(15));
}

#[tokio::test]
async fn download_size_limit() {
    let (_src, tgz) = tree_tgz();
    let digest = artifact::digest::Algorithm::Sha256.digest(&tgz).to_string();
    let (addr, _) = scripted(vec![ok(&tgz)]).await;
    let dest = temp();
    let limited = Fetcher { max_download_size: Some(tgz.len() as u64 - 1), ..fast() };
    let err =
        limited.fetch_and_verify(&format!("http://{addr}/a"), &digest, &dest.path().join("out")).await.unwrap_err();
    assert!(matches!(err, FetchError::TooLarge { .. }), "{err}");
    assert!(!dest.path().join("out").exists());
}

#[tokio::test]
async fn only_plain_http() {
    let err = fast().fetch_and_verify("https://example.invalid/x", "sha256:", temp().path()).await.unwrap_err();
    assert!(matches!(err, FetchError::Digest { .. } | FetchError::InvalidUrl { .. }), "{err}");
    let digest = artifact::digest::Algorithm::Sha256.digest(b"").to_string();
    let err = fast().fetch_and_verify("https://example.invalid/x", &digest, temp().path()).await.unwrap_err();
    assert!(matches!(err, FetchError::InvalidUrl { .. }), "{err}");
}
