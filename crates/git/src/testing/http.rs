//! Smart HTTP through `git http-backend`, and a forwarding HTTP proxy, on std threads.

use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use base64::Engine as _;

use super::{git_binary, run};

/// What the server demands before serving anything.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum HttpAuth {
    /// Anonymous access.
    #[default]
    None,
    /// `Authorization: Basic …` with these credentials; 401 otherwise.
    Basic { username: String, password: String },
    /// `Authorization: Bearer <token>`; 401 otherwise.
    Bearer(String),
}

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

/// A smart HTTP Git server: `git http-backend` as CGI behind a small HTTP/1.1 server. Stopped on drop.
pub struct GitHttpServer {
    addr: SocketAddr,
    tls: bool,
    ca_pem: Option<String>,
    log: RequestLog,
    stopping: Arc<AtomicBool>,
    accept: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for GitHttpServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GitHttpServer").field("addr", &self.addr).field("tls", &self.tls).finish()
    }
}

struct Backend {
    program: PathBuf,
    root: PathBuf,
    options: HttpServerOptions,
    log: RequestLog,
}

impl GitHttpServer {
    /// Serves the repositories under `root`, anonymously, over plain HTTP.
    pub fn start(root: &Path) -> Self {
        Self::start_with(root, HttpServerOptions::default())
    }

    /// Serves the repositories under `root` as `options` say.
    pub fn start_with(root: &Path, options: HttpServerOptions) -> Self {
        let exec_path = PathBuf::from(run(std::process::Command::new(git_binary()).arg("--exec-path")));
        let program = [exec_path.join("git-http-backend"), PathBuf::from("/usr/lib/git-core/git-http-backend")]
            .into_iter()
            .find(|p| p.is_file())
            .unwrap_or_else(|| panic!("git-http-backend not found in {} (install git)", exec_path.display()));

        let (tls_config, ca_pem) = if options.tls {
            let (config, ca) = tls_server_config();
            (Some(config), Some(ca))
        } else {
            (None, None)
        };
        let listener = TcpListener::bind("127.0.0.1:0").expect("git http server: bind loopback");
        let addr = listener.local_addr().expect("local address");
        let log = RequestLog::default();
        let tls = options.tls;
        let backend = Arc::new(Backend { program, root: root.to_path_buf(), options, log: log.clone() });
        let stopping = Arc::new(AtomicBool::new(false));
        let stop_flag = stopping.clone();
        let accept = std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stop_flag.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let backend = backend.clone();
                let tls_config = tls_config.clone();
                std::thread::spawn(move || {
                    let _ = stream.set_read_timeout(Some(Duration::from_secs(60)));
                    match tls_config {
                        Some(config) => {
                            if let Ok(conn) = rustls::ServerConnection::new(config) {
                                let mut tls = rustls::StreamOwned::new(conn, stream);
                                let _ = backend.serve(&mut tls);
                                tls.conn.send_close_notify();
                                let _ = tls.flush();
                                let _ = tls.sock.shutdown(Shutdown::Both);
                            }
                        }
                        None => {
                            let mut stream = stream;
                            let _ = backend.serve(&mut stream);
                            let _ = stream.flush();
                            let _ = stream.shutdown(Shutdown::Both);
                        }
                    }
                });
            }
        });
        GitHttpServer { addr, tls, ca_pem, log, stopping, accept: Some(accept) }
    }

    /// `127.0.0.1:<port>`.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http(s)://127.0.0.1:<port>/<name>`.
    pub fn url(&self, name: &str) -> String {
        let scheme = if self.tls { "https" } else { "http" };
        format!("{scheme}://{}/{}", self.addr, name.trim_start_matches('/'))
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

impl Drop for GitHttpServer {
    fn drop(&mut self) {
        self.stopping.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
        if let Some(accept) = self.accept.take() {
            let _ = accept.join();
        }
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

/// An HTTP request head.
struct Head {
    method: String,
    target: String,
    headers: Vec<(String, String)>,
}

impl Head {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

fn read_head(reader: &mut impl BufRead) -> io::Result<Option<Head>> {
    let mut line = String::new();
    if reader.read_line(&mut line)? == 0 {
        return Ok(None);
    }
    let mut parts = line.split_whitespace();
    let (Some(method), Some(target)) = (parts.next(), parts.next()) else {
        return Err(io::Error::new(io::ErrorKind::InvalidData, "bad request line"));
    };
    let (method, target) = (method.to_string(), target.to_string());
    let mut headers = Vec::new();
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        let trimmed = line.trim_end();
        if trimmed.is_empty() {
            break;
        }
        if let Some((name, value)) = trimmed.split_once(':') {
            headers.push((name.trim().to_string(), value.trim().to_string()));
        }
    }
    Ok(Some(Head { method, target, headers }))
}

fn read_body(reader: &mut impl BufRead, head: &Head) -> io::Result<Vec<u8>> {
    let mut body = Vec::new();
    if head.header("transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked")) {
        loop {
            let mut size = String::new();
            reader.read_line(&mut size)?;
            let size = usize::from_str_radix(size.trim().split(';').next().unwrap_or("0"), 16)
                .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "bad chunk size"))?;
            if size == 0 {
                // Trailers, then the final empty line.
                let mut line = String::new();
                while reader.read_line(&mut line)? > 0 && !line.trim_end().is_empty() {
                    line.clear();
                }
                break;
            }
            let start = body.len();
            body.resize(start + size, 0);
            reader.read_exact(&mut body[start..])?;
            let mut crlf = [0u8; 2];
            reader.read_exact(&mut crlf)?;
        }
    } else if let Some(length) = head.header("content-length") {
        let length: usize =
            length.parse().map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "bad content-length"))?;
        body.resize(length, 0);
        reader.read_exact(&mut body)?;
    }
    Ok(body)
}

fn write_simple(out: &mut impl Write, status: &str, extra: &[(&str, &str)], body: &str) -> io::Result<()> {
    let mut response = format!("HTTP/1.1 {status}\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n", body.len());
    for (name, value) in extra {
        response.push_str(&format!("{name}: {value}\r\n"));
    }
    response.push_str("Connection: close\r\n\r\n");
    response.push_str(body);
    out.write_all(response.as_bytes())?;
    out.flush()
}

impl Backend {
    /// Answers one request on `stream`, then the connection is closed.
    fn serve<S: Read + Write>(&self, stream: &mut S) -> io::Result<()> {
        let mut reader = BufReader::new(stream);
        let Some(head) = read_head(&mut reader)? else { return Ok(()) };
        if head.header("expect").is_some_and(|v| v.eq_ignore_ascii_case("100-continue")) {
            reader.get_mut().write_all(b"HTTP/1.1 100 Continue\r\n\r\n")?;
        }
        let body = read_body(&mut reader, &head)?;
        let (path, query) = match head.target.split_once('?') {
            Some((p, q)) => (p.to_string(), q.to_string()),
            None => (head.target.clone(), String::new()),
        };
        let mut entry = LoggedRequest {
            method: head.method.clone(),
            path: path.clone(),
            query: query.clone(),
            status: 0,
            authorization: head.header("authorization").map(str::to_string),
            git_protocol: head.header("git-protocol").map(str::to_string),
            body_start: body[..body.len().min(4096)].to_vec(),
        };
        let out = reader.get_mut();

        let remote_user = match self.authorize(head.header("authorization")) {
            Ok(user) => user,
            Err(challenge) => {
                entry.status = 401;
                self.log.push(entry);
                return write_simple(
                    out,
                    "401 Unauthorized",
                    &[("WWW-Authenticate", challenge)],
                    "authentication required\n",
                );
            }
        };

        let mut cmd = Command::new(&self.program);
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("GIT_PROJECT_ROOT", &self.root)
            .env("GIT_HTTP_EXPORT_ALL", "1")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_CONFIG_COUNT", "1")
            .env("GIT_CONFIG_KEY_0", "http.receivepack")
            .env("GIT_CONFIG_VALUE_0", if self.options.receive_pack { "true" } else { "false" })
            .env("GATEWAY_INTERFACE", "CGI/1.1")
            .env("SERVER_PROTOCOL", "HTTP/1.1")
            .env("REQUEST_METHOD", &head.method)
            .env("PATH_INFO", &path)
            .env("QUERY_STRING", &query)
            .env("REMOTE_ADDR", "127.0.0.1")
            .env("CONTENT_LENGTH", body.len().to_string())
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        if let Some(user) = remote_user {
            cmd.env("REMOTE_USER", user);
        }
        if let Some(v) = head.header("content-type") {
            cmd.env("CONTENT_TYPE", v);
        }
        if let Some(v) = head.header("content-encoding") {
            cmd.env("HTTP_CONTENT_ENCODING", v);
        }
        if let Some(v) = head.header("git-protocol") {
            cmd.env("GIT_PROTOCOL", v);
        }
        let mut child = cmd.spawn()?;
        let mut stdin = child.stdin.take().expect("stdin");
        let writer = std::thread::spawn(move || {
            let _ = stdin.write_all(&body);
        });
        let mut cgi = BufReader::new(child.stdout.take().expect("stdout"));
        let mut status = "200 OK".to_string();
        let mut headers = String::new();
        let mut line = String::new();
        loop {
            line.clear();
            if cgi.read_line(&mut line)? == 0 {
                break;
            }
            let trimmed = line.trim_end();
            if trimmed.is_empty() {
                break;
            }
            match trimmed.split_once(':') {
                Some((name, value)) if name.eq_ignore_ascii_case("status") => status = value.trim().to_string(),
                Some(_) => headers.push_str(&format!("{trimmed}\r\n")),
                None => {}
            }
        }
        entry.status = status.split_whitespace().next().and_then(|s| s.parse().ok()).unwrap_or(0);
        self.log.push(entry);
        out.write_all(
            format!("HTTP/1.1 {status}\r\n{headers}Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").as_bytes(),
        )?;
        let mut buf = vec![0u8; 64 * 1024];
        loop {
            let n = cgi.read(&mut buf)?;
            if n == 0 {
                break;
            }
            out.write_all(format!("{n:x}\r\n").as_bytes())?;
            out.write_all(&buf[..n])?;
            out.write_all(b"\r\n")?;
        }
        out.write_all(b"0\r\n\r\n")?;
        out.flush()?;
        let _ = writer.join();
        let _ = child.wait();
        Ok(())
    }

    /// The `REMOTE_USER` for an accepted request, or the `WWW-Authenticate` challenge.
    fn authorize(&self, header: Option<&str>) -> Result<Option<String>, &'static str> {
        match &self.options.auth {
            HttpAuth::None => Ok(None),
            HttpAuth::Basic { username, password } => {
                let expected = base64::engine::general_purpose::STANDARD.encode(format!("{username}:{password}"));
                match header.and_then(|h| h.strip_prefix("Basic ")) {
                    Some(given) if given.trim() == expected => Ok(Some(username.clone())),
                    _ => Err("Basic realm=\"git\""),
                }
            }
            HttpAuth::Bearer(token) => match header.and_then(|h| h.strip_prefix("Bearer ")) {
                Some(given) if given.trim() == token => Ok(Some("bearer".to_string())),
                _ => Err("Bearer realm=\"git\""),
            },
        }
    }
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
