//! Smart HTTP through [`crate::serve`] with a request log and optional TLS, and a forwarding HTTP proxy,
//! on std threads.

use std::io::{self, BufReader, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use base64::Engine as _;

use super::git_binary;
pub use crate::serve::HttpAuth;
use crate::serve::{read_head, write_simple, Observer, Request, ServeOptions, Server};

/// How a [`GitHttpServer`] runs.
#[derive(Clone, Debug, Default)]
pub struct HttpServerOptions {
    pub auth: HttpAuth,
    /// Serve HTTPS with a certificate for `127.0.0.1` and `localhost` from a generated CA
    /// ([`GitHttpServer::ca_pem`]).
    pub tls: bool,
    /// Allow pushes (`git-receive-pack`).
    pub receive_pack: bool,
}

/// One request a [`GitHttpServer`] answered.
#[derive(Clone, Debug)]
pub struct LoggedRequest {
    pub method: String,
    /// The path, without the query.
    pub path: String,
    pub query: String,
    pub status: u16,
    /// The `Authorization` header as received (tests check that secrets went where they should).
    pub authorization: Option<String>,
    /// The `Git-Protocol` header (`version=2`).
    pub git_protocol: Option<String>,
    /// The first 4 KiB of the request body.
    pub body_start: Vec<u8>,
}

impl LoggedRequest {
    /// Whether this request asked for a pack (`command=fetch` in protocol v2, `want` lines in v0/v1).
    pub fn is_fetch(&self) -> bool {
        self.path.ends_with("/git-upload-pack")
            && (contains(&self.body_start, b"command=fetch") || contains(&self.body_start, b"want "))
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The requests a server answered, shared with its threads.
#[derive(Clone, Debug, Default)]
pub struct RequestLog(Arc<Mutex<Vec<LoggedRequest>>>);

impl RequestLog {
    /// Every request so far.
    pub fn entries(&self) -> Vec<LoggedRequest> {
        self.0.lock().expect("request log").clone()
    }
    /// Forgets every request so far.
    pub fn clear(&self) {
        self.0.lock().expect("request log").clear();
    }
    /// How many requests asked for a pack.
    pub fn fetches(&self) -> usize {
        self.entries().iter().filter(|r| r.is_fetch()).count()
    }
    fn push(&self, entry: LoggedRequest) {
        self.0.lock().expect("request log").push(entry);
    }
}

/// A smart HTTP Git server ([`crate::serve::Server`]) on a random loopback port that logs every request,
/// optionally over TLS with a generated CA. Stopped on drop.
pub struct GitHttpServer {
    server: Server,
    ca_pem: Option<String>,
    log: RequestLog,
}

impl std::fmt::Debug for GitHttpServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GitHttpServer").field("server", &self.server).finish()
    }
}

impl GitHttpServer {
    /// Serves the repositories under `root`, anonymously, over plain HTTP.
    pub fn start(root: &Path) -> Self {
        Self::start_with(root, HttpServerOptions::default())
    }

    /// Serves the repositories under `root` as `options` say.
    pub fn start_with(root: &Path, options: HttpServerOptions) -> Self {
        git_binary();
        let (tls, ca_pem) = if options.tls {
            let (config, ca) = tls_server_config();
            (Some(config), Some(ca))
        } else {
            (None, None)
        };
        let log = RequestLog::default();
        let seen = log.clone();
        let observer: Observer = Arc::new(move |request: &Request<'_>| {
            seen.push(LoggedRequest {
                method: request.method.to_string(),
                path: request.path.to_string(),
                query: request.query.to_string(),
                status: request.status,
                authorization: request.header("authorization").map(str::to_string),
                git_protocol: request.header("git-protocol").map(str::to_string),
                body_start: request.body_start.to_vec(),
            })
        });
        let serve_options =
            ServeOptions { auth: options.auth, receive_pack: options.receive_pack, tls, observer: Some(observer) };
        let loopback = SocketAddr::from(([127, 0, 0, 1], 0));
        let server = Server::start(root, loopback, serve_options).unwrap_or_else(|e| panic!("git http server: {e}"));
        GitHttpServer { server, ca_pem, log }
    }

    /// `127.0.0.1:<port>`.
    pub fn addr(&self) -> SocketAddr {
        self.server.addr()
    }

    /// `http(s)://127.0.0.1:<port>/<name>`.
    pub fn url(&self, name: &str) -> String {
        self.server.url(name)
    }

    /// The PEM of the CA that signed the server's certificate (TLS servers only).
    pub fn ca_pem(&self) -> Option<&str> {
        self.ca_pem.as_deref()
    }

    /// The requests answered so far.
    pub fn log(&self) -> &RequestLog {
        &self.log
    }
}

/// A CA and a server configuration with a certificate for `127.0.0.1` and `localhost` it signed.
fn tls_server_config() -> (Arc<rustls::ServerConfig>, String) {
    use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, KeyPair, KeyUsagePurpose};
    let ca_key = KeyPair::generate().expect("generate CA key");
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).expect("CA params");
    ca_params.distinguished_name.push(DnType::CommonName, "flux-rs test CA");
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    ca_params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    let ca = ca_params.self_signed(&ca_key).expect("self-sign CA");

    let key = KeyPair::generate().expect("generate server key");
    let mut params =
        CertificateParams::new(vec!["127.0.0.1".to_string(), "localhost".to_string()]).expect("server params");
    params.distinguished_name.push(DnType::CommonName, "127.0.0.1");
    let cert = params.signed_by(&key, &ca, &ca_key).expect("sign server certificate");

    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("TLS versions")
        .with_no_client_auth()
        .with_single_cert(
            vec![cert.der().clone(), ca.der().clone()],
            rustls::pki_types::PrivateKeyDer::Pkcs8(key.serialize_der().into()),
        )
        .expect("server TLS config");
    (Arc::new(config), ca.pem())
}

/// A forwarding HTTP proxy on a random loopback port: `CONNECT host:port` tunnels and absolute-form
/// requests (`GET http://host/…`), to loopback targets only, optionally demanding basic
/// `Proxy-Authorization`. Stopped on drop.
pub struct HttpProxy {
    addr: SocketAddr,
    targets: Arc<Mutex<Vec<String>>>,
    stopping: Arc<AtomicBool>,
    accept: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for HttpProxy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HttpProxy").field("addr", &self.addr).finish()
    }
}

impl HttpProxy {
    /// Starts a proxy; with `credentials`, requests without them get `407`.
    pub fn start(credentials: Option<(&str, &str)>) -> Self {
        let expected = credentials
            .map(|(u, p)| format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(format!("{u}:{p}"))));
        let listener = TcpListener::bind("127.0.0.1:0").expect("http proxy: bind loopback");
        let addr = listener.local_addr().expect("local address");
        let targets = Arc::new(Mutex::new(Vec::new()));
        let stopping = Arc::new(AtomicBool::new(false));
        let (stop_flag, seen) = (stopping.clone(), targets.clone());
        let accept = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stop_flag.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let (expected, seen) = (expected.clone(), seen.clone());
                std::thread::spawn(move || {
                    let _ = proxy_connection(stream, expected.as_deref(), &seen);
                });
            }
        });
        HttpProxy { addr, targets, stopping, accept: Some(accept) }
    }

    /// `http://127.0.0.1:<port>`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// What was asked of the proxy and let through: `CONNECT 127.0.0.1:1234` or `GET http://…`.
    pub fn targets(&self) -> Vec<String> {
        self.targets.lock().expect("proxy log").clone()
    }
}

impl Drop for HttpProxy {
    fn drop(&mut self) {
        self.stopping.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
        if let Some(accept) = self.accept.take() {
            let _ = accept.join();
        }
    }
}

fn proxy_connection(client: TcpStream, expected: Option<&str>, seen: &Mutex<Vec<String>>) -> io::Result<()> {
    let mut reader = BufReader::new(client.try_clone()?);
    let Some(head) = read_head(&mut reader)? else { return Ok(()) };
    let mut client_out = client.try_clone()?;
    if let Some(expected) = expected {
        if head.header("proxy-authorization") != Some(expected) {
            return write_simple(
                &mut client_out,
                "407 Proxy Authentication Required",
                &[("Proxy-Authenticate", "Basic realm=\"proxy\"")],
                "proxy authentication required\n",
            );
        }
    }
    let (authority, origin_target) = if head.method.eq_ignore_ascii_case("CONNECT") {
        (head.target.clone(), None)
    } else {
        let rest = head.target.strip_prefix("http://").unwrap_or(&head.target);
        let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
        let path = if path.is_empty() { "/" } else { path };
        (authority.to_string(), Some(path.to_string()))
    };
    let host = authority.rsplit_once(':').map(|(h, _)| h).unwrap_or(&authority);
    if !matches!(host.trim_matches(['[', ']']), "127.0.0.1" | "localhost" | "::1") {
        return write_simple(&mut client_out, "403 Forbidden", &[], "this test proxy only reaches loopback\n");
    }
    let target = if authority.contains(':') { authority.clone() } else { format!("{authority}:80") };
    let mut upstream = match TcpStream::connect(&target) {
        Ok(s) => s,
        Err(_) => return write_simple(&mut client_out, "502 Bad Gateway", &[], "cannot reach target\n"),
    };
    seen.lock().expect("proxy log").push(format!("{} {}", head.method, head.target));
    match origin_target {
        None => client_out.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")?,
        Some(path) => {
            let mut request = format!("{} {path} HTTP/1.1\r\n", head.method);
            for (name, value) in &head.headers {
                let lower = name.to_ascii_lowercase();
                if lower != "proxy-authorization" && lower != "proxy-connection" && lower != "connection" {
                    request.push_str(&format!("{name}: {value}\r\n"));
                }
            }
            request.push_str("Connection: close\r\n\r\n");
            upstream.write_all(request.as_bytes())?;
        }
    }
    // Whatever the client already sent past the head goes first.
    let buffered = reader.buffer().to_vec();
    upstream.write_all(&buffered)?;
    let mut up_read = upstream.try_clone()?;
    let mut down_write = client_out;
    let pump = std::thread::spawn(move || {
        let _ = io::copy(&mut up_read, &mut down_write);
        let _ = down_write.shutdown(Shutdown::Write);
    });
    let mut client_read = reader.into_inner();
    let _ = io::copy(&mut client_read, &mut upstream);
    let _ = upstream.shutdown(Shutdown::Write);
    let _ = pump.join();
    Ok(())
}
