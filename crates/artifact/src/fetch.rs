//! Downloading an artifact the way the kustomize and helm controllers do (upstream's fluxcd/pkg
//! `http/fetch.ArchiveFetcher`): GET the artifact URL with retries, write the body to a temporary file,
//! verify its digest, and only then extract it — a mismatch leaves the destination untouched.
//!
//! Plain `http://` only (the artifact server speaks nothing else); HTTP/1.1 over hyper's connection API,
//! one connection per attempt. Retried: connection failures, errors while reading the body, `429` and
//! `5xx` except `501`, waiting `retry_wait_min · 2^attempt` capped at `retry_wait_max` (or the server's
//! `Retry-After`, capped the same way). Not retried: `404` ([`FetchError::NotFound`]) and other statuses.

use std::fs::File;
use std::io::{Seek, SeekFrom};
use std::path::Path;
use std::time::Duration;

use http::{header, Request, StatusCode};
use http_body_util::{BodyExt, Empty};
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncSeekExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::digest::{Digest, DigestError};
use crate::untar::{self, LinkPolicy, UntarError, UntarOptions, UntarStats};

/// How artifacts are downloaded. [`Default`] gives upstream's client settings (9 retries as
/// kustomize-controller's `--http-retry`, waits of 5 s to 30 s) and upstream's untar size limit.
#[derive(Debug, Clone)]
pub struct Fetcher {
    /// Retries after the first attempt.
    pub retries: u32,
    pub retry_wait_min: Duration,
    pub retry_wait_max: Duration,
    /// How long one connection attempt may take.
    pub connect_timeout: Duration,
    /// The most bytes a download may have; `None` for no limit.
    pub max_download_size: Option<u64>,
    /// Limits of the extraction. Links are skipped by default, as upstream's fetcher does.
    pub untar: UntarOptions,
    /// Replaces the host (and port) of every URL, like `SOURCE_CONTROLLER_LOCALHOST` upstream.
    pub host_override: Option<String>,
}

impl Default for Fetcher {
    fn default() -> Self {
        Fetcher {
            retries: 9,
            retry_wait_min: Duration::from_secs(5),
            retry_wait_max: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(30),
            max_download_size: None,
            untar: UntarOptions { links: LinkPolicy::Skip, ..UntarOptions::default() },
            host_override: None,
        }
    }
}

/// Why an artifact could not be fetched.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("invalid artifact URL {url:?}: {reason}")]
    InvalidUrl { url: String, reason: &'static str },
    #[error("failed to verify artifact {url}: {source}")]
    Digest {
        url: String,
        #[source]
        source: DigestError,
    },
    #[error("artifact {url} not found")]
    NotFound { url: String },
    #[error("failed to download archive from {url} (status: {status})")]
    Status { url: String, status: StatusCode },
    #[error("failed to download archive from {url}: {source}")]
    Transport {
        url: String,
        #[source]
        source: std::io::Error,
    },
    #[error("artifact {url} is larger than the max download size of {limit} bytes")]
    TooLarge { url: String, limit: u64 },
    #[error("failed to verify archive {url}: computed digest {actual} doesn't match provided '{expected}'")]
    DigestMismatch { url: String, expected: String, actual: String },
    #[error("temporary file for {url}: {source}")]
    TempFile {
        url: String,
        #[source]
        source: std::io::Error,
    },
    #[error("failed to extract archive {url}: {source}")]
    Untar {
        url: String,
        #[source]
        source: UntarError,
    },
    #[error("writing {path}: {source}")]
    Write {
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// Downloads, verifies and extracts an artifact with the [default](Fetcher::default) settings.
pub async fn fetch_and_verify(url: &str, expected_digest: &str, dest: &Path) -> Result<UntarStats, FetchError> {
    Fetcher::default().fetch_and_verify(url, expected_digest, dest).await
}

impl Fetcher {
    /// Downloads the artifact at `url`, checks it against `expected_digest` (`<algorithm>:<hex>`; a bare hex
    /// is sha256) and extracts it into `dest` with [`untar`](crate::untar). Nothing is written to `dest`
    /// unless the digest matches.
    pub async fn fetch_and_verify(
        &self,
        url: &str,
        expected_digest: &str,
        dest: &Path,
    ) -> Result<UntarStats, FetchError> {
        let file = self.fetch_verified(url, expected_digest).await?;
        let (dest, options, owned_url) = (dest.to_path_buf(), self.untar.clone(), url.to_string());
        let extracted =
            tokio::task::spawn_blocking(move || untar::untar(std::io::BufReader::new(file), &dest, &options))
                .await
                .map_err(|e| FetchError::TempFile { url: owned_url.clone(), source: std::io::Error::other(e) })?;
        extracted.map_err(|source| FetchError::Untar { url: owned_url, source })
    }

    /// Downloads and verifies the artifact, then moves it to `path` (created, mode 0600; an existing file is
    /// replaced atomically). Returns its size.
    pub async fn fetch_to_file(&self, url: &str, expected_digest: &str, path: &Path) -> Result<u64, FetchError> {
        let mut file = self.fetch_verified(url, expected_digest).await?;
        let path = path.to_path_buf();
        let write_err = |path: &Path| {
            let path = path.to_path_buf();
            move |source| FetchError::Write { path, source }
        };
        tokio::task::spawn_blocking(move || {
            let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
            let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(write_err(&path))?;
            let size = std::io::copy(&mut file, tmp.as_file_mut()).map_err(write_err(&path))?;
            tmp.persist(&path).map_err(|e| FetchError::Write { path: path.clone(), source: e.error })?;
            Ok(size)
        })
        .await
        .map_err(|e| FetchError::TempFile { url: url.to_string(), source: std::io::Error::other(e) })?
    }

    /// Downloads the artifact into an anonymous temporary file, verifies it, and returns the file positioned
    /// at its start.
    pub async fn fetch_verified(&self, url: &str, expected_digest: &str) -> Result<File, FetchError> {
        let expected =
            Digest::parse(expected_digest).map_err(|source| FetchError::Digest { url: url.to_string(), source })?;
        let target = Target::parse(url, self.host_override.as_deref())?;
        let temp_err = |source| FetchError::TempFile { url: url.to_string(), source };
        let mut file = tokio::fs::File::from_std(tempfile::tempfile().map_err(temp_err)?);
        let mut attempt = 0u32;
        let actual = loop {
            match self.attempt(&target, &mut file, &expected).await {
                Ok(actual) => break actual,
                Err(Attempt::Final(e)) => return Err(e),
                Err(Attempt::Retry(e, retry_after)) => {
                    if attempt >= self.retries {
                        return Err(e);
                    }
                    let wait = retry_after.unwrap_or_else(|| self.backoff(attempt)).min(self.retry_wait_max);
                    tracing::warn!(url = %target.url, attempt = attempt + 1, error = %e, wait_ms = wait.as_millis() as u64, "retrying artifact download");
                    tokio::time::sleep(wait).await;
                    attempt += 1;
                }
            }
        };
        if actual != expected {
            return Err(FetchError::DigestMismatch {
                url: target.url,
                expected: expected.to_string(),
                actual: actual.to_string(),
            });
        }
        let mut file = file.into_std().await;
        file.seek(SeekFrom::Start(0)).map_err(temp_err)?;
        Ok(file)
    }

    fn backoff(&self, attempt: u32) -> Duration {
        let factor = 1u32.checked_shl(attempt).unwrap_or(u32::MAX);
        self.retry_wait_min.saturating_mul(factor).min(self.retry_wait_max)
    }

    /// One GET into `file` (truncated first); returns the digest of what was written.
    async fn attempt(&self, target: &Target, file: &mut tokio::fs::File, expected: &Digest) -> Result<Digest, Attempt> {
        let url = &target.url;
        let transport =
            |source: std::io::Error| Attempt::Retry(FetchError::Transport { url: url.clone(), source }, None);
        let hyper_err = |e: hyper::Error| transport(std::io::Error::other(e));
        let temp_err = |source| Attempt::Final(FetchError::TempFile { url: url.clone(), source });

        let connect = TcpStream::connect((target.connect_host.as_str(), target.port));
        let stream = match tokio::time::timeout(self.connect_timeout, connect).await {
            Ok(stream) => stream.map_err(transport)?,
            Err(_) => return Err(transport(std::io::Error::new(std::io::ErrorKind::TimedOut, "connect timed out"))),
        };
        let (mut sender, connection) =
            hyper::client::conn::http1::handshake::<_, Empty<Bytes>>(TokioIo::new(stream)).await.map_err(hyper_err)?;
        tokio::spawn(async move {
            // Ends when the response has been read or the sender is dropped; errors surface on the request.
            let _ = connection.await;
        });
        let request = Request::get(&target.path_and_query)
            .header(header::HOST, &target.authority)
            .header(header::USER_AGENT, concat!("flux-rs/", env!("CARGO_PKG_VERSION")))
            .body(Empty::new())
            .map_err(|_| Attempt::Final(FetchError::InvalidUrl { url: url.clone(), reason: "not a valid request" }))?;
        let response = sender.send_request(request).await.map_err(hyper_err)?;

        let status = response.status();
        if status != StatusCode::OK {
            let error = if status == StatusCode::NOT_FOUND {
                FetchError::NotFound { url: url.clone() }
            } else {
                FetchError::Status { url: url.clone(), status }
            };
            let retryable = status == StatusCode::TOO_MANY_REQUESTS
                || (status.is_server_error() && status != StatusCode::NOT_IMPLEMENTED);
            if !retryable {
                return Err(Attempt::Final(error));
            }
            let retry_after = response
                .headers()
                .get(header::RETRY_AFTER)
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.trim().parse::<u64>().ok())
                .map(Duration::from_secs);
            return Err(Attempt::Retry(error, retry_after));
        }

        file.set_len(0).await.map_err(temp_err)?;
        file.seek(SeekFrom::Start(0)).await.map_err(temp_err)?;
        let mut hasher = expected.algorithm.hasher();
        let mut received = 0u64;
        let mut body = response.into_body();
        while let Some(frame) = body.frame().await {
            let frame = frame.map_err(hyper_err)?;
            let Ok(data) = frame.into_data() else { continue };
            received += data.len() as u64;
            if let Some(limit) = self.max_download_size {
                if received > limit {
                    return Err(Attempt::Final(FetchError::TooLarge { url: url.clone(), limit }));
                }
            }
            hasher.update(&data);
            file.write_all(&data).await.map_err(temp_err)?;
        }
        file.flush().await.map_err(temp_err)?;
        Ok(hasher.finish())
    }
}

enum Attempt {
    Retry(FetchError, Option<Duration>),
    Final(FetchError),
}

/// The parts of an `http://` URL a request needs.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Target {
    url: String,
    /// `host[:port]` for the Host header.
    authority: String,
    /// The host to connect to, without IPv6 brackets.
    connect_host: String,
    port: u16,
    path_and_query: String,
}

impl Target {
    fn parse(url: &str, host_override: Option<&str>) -> Result<Target, FetchError> {
        let invalid = |reason| FetchError::InvalidUrl { url: url.to_string(), reason };
        let rest = match url.split_once("://") {
            Some((scheme, rest)) if scheme.eq_ignore_ascii_case("http") => rest,
            Some(_) => return Err(invalid("only http:// artifact URLs are supported")),
            None => return Err(invalid("missing http:// scheme")),
        };
        let (authority, path) = match rest.find(['/', '?']) {
            Some(i) => (&rest[..i], &rest[i..]),
            None => (rest, "/"),
        };
        let path = path.split('#').next().unwrap_or("/");
        let path_and_query = if path.starts_with('/') { path.to_string() } else { format!("/{path}") };
        let authority = host_override.filter(|h| !h.is_empty()).unwrap_or(authority);
        if authority.is_empty() || authority.contains('@') {
            return Err(invalid("missing host, or user info in the URL"));
        }
        let (host, port) = if let Some(v6) = authority.strip_prefix('[') {
            let (host, after) = v6.split_once(']').ok_or_else(|| invalid("unclosed '[' in host"))?;
            (host, after.strip_prefix(':'))
        } else {
            match authority.rsplit_once(':') {
                Some((h, p)) => (h, Some(p)),
                None => (authority, None),
            }
        };
        let port = match port {
            Some(p) => p.parse::<u16>().map_err(|_| invalid("invalid port"))?,
            None => 80,
        };
        let url = if host_override.is_some_and(|h| !h.is_empty()) {
            format!("http://{authority}{path_and_query}")
        } else {
            url.to_string()
        };
        Ok(Target { url, authority: authority.to_string(), connect_host: host.to_string(), port, path_and_query })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls() {
        let t = Target::parse("http://source-controller.flux-system.svc/gitrepository/ns/n/a.tar.gz", None).unwrap();
        assert_eq!((t.connect_host.as_str(), t.port), ("source-controller.flux-system.svc", 80));
        assert_eq!(t.path_and_query, "/gitrepository/ns/n/a.tar.gz");
        let t = Target::parse("http://[::1]:9090/x?y=1#frag", None).unwrap();
        assert_eq!((t.connect_host.as_str(), t.port, t.authority.as_str()), ("::1", 9090, "[::1]:9090"));
        assert_eq!(t.path_and_query, "/x?y=1");
        let t = Target::parse("http://source-controller/x", Some("localhost:9090")).unwrap();
        assert_eq!((t.connect_host.as_str(), t.port), ("localhost", 9090));
        assert_eq!(t.url, "http://localhost:9090/x");
        assert!(Target::parse("https://h/x", None).is_err());
        assert!(Target::parse("h/x", None).is_err());
        assert!(Target::parse("http://h:port/x", None).is_err());
        assert!(Target::parse("http://user@h/x", None).is_err());
    }

    #[test]
    fn backoff_doubles_up_to_the_cap() {
        let f = Fetcher::default();
        assert_eq!(f.backoff(0), Duration::from_secs(5));
        assert_eq!(f.backoff(1), Duration::from_secs(10));
        assert_eq!(f.backoff(3), Duration::from_secs(30));
        assert_eq!(f.backoff(40), Duration::from_secs(30));
    }
}
