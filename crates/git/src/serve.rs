//! Serving the repositories under a folder over smart HTTP: `git http-backend` (CGI) behind a small
//! HTTP/1.1 server on std threads — what `flux-rs run --embedded --sync` serves its repository with, and
//! what the test servers (`testing`) build on.
//!
//! ```no_run
//! use git::serve::{Server, ServeOptions};
//! let server = Server::start("/srv/git".as_ref(), "127.0.0.1:0".parse().unwrap(), ServeOptions::default())?;
//! println!("{}", server.url("app.git")); // http://127.0.0.1:<port>/app.git
//! server.shutdown(); // stops accepting, ends open connections, reaps every backend
//! # Ok::<(), git::serve::ServeError>(())
//! ```
//!
//! One connection answers one request (`Connection: close`); each request runs one `git http-backend`
//! process. The `git` command must be installed: [`http_backend`] finds its backend, or says in one line
//! that git is missing. Shutting down (or dropping) the server stops accepting, shuts the open connections
//! down, kills backends still running and waits for every connection thread, so no process outlives it.

use std::collections::HashMap;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use base64::Engine as _;

/// How long a client may stay silent in the middle of a request.
const READ_TIMEOUT: Duration = Duration::from_secs(60);
/// How long shutting down waits for connection threads after ending their connections.
const STOP_DEADLINE: Duration = Duration::from_secs(5);

/// Why a server could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// `git` (and with it `git http-backend`) is not installed.
    #[error("git is not installed: {0}")]
    GitMissing(String),
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: SocketAddr, source: io::Error },
    #[error("cannot serve {root}: {message}")]
    Root { root: PathBuf, message: String },
}

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

/// Called once per answered request, on the connection's thread.
pub type Observer = Arc<dyn Fn(&Request<'_>) + Send + Sync>;

/// How a [`Server`] serves.
#[derive(Clone, Default)]
pub struct ServeOptions {
    pub auth: HttpAuth,
    /// Allow pushes (`git-receive-pack`).
    pub receive_pack: bool,
    /// Serve HTTPS with this configuration instead of plain HTTP.
    pub tls: Option<Arc<rustls::ServerConfig>>,
    /// Sees every answered request (logging, tests).
    pub observer: Option<Observer>,
}

impl std::fmt::Debug for ServeOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let auth = match self.auth {
            HttpAuth::None => "none",
            HttpAuth::Basic { .. } => "basic(***)",
            HttpAuth::Bearer(_) => "bearer(***)",
        };
        f.debug_struct("ServeOptions")
            .field("auth", &auth)
            .field("receive_pack", &self.receive_pack)
            .field("tls", &self.tls.is_some())
            .field("observer", &self.observer.is_some())
            .finish()
    }
}

/// One answered request, as an [`Observer`] sees it.
#[derive(Debug)]
pub struct Request<'a> {
    pub method: &'a str,
    /// The path, without the query.
    pub path: &'a str,
    pub query: &'a str,
    /// The status answered (0 when the backend sent none it could parse).
    pub status: u16,
    /// The request headers as received (credentials included: observers must not log them as they are).
    pub headers: &'a [(String, String)],
    /// The first 4 KiB of the request body.
    pub body_start: &'a [u8],
}

impl Request<'_> {
    /// The first header called `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        header(self.headers, name)
    }
}

fn header<'h>(headers: &'h [(String, String)], name: &str) -> Option<&'h str> {
    headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
}

/// The `git http-backend` program of the installed git, or why there is none.
pub fn http_backend() -> Result<PathBuf, ServeError> {
    let output = Command::new("git").arg("--exec-path").stdin(Stdio::null()).stderr(Stdio::null()).output();
    let output = match output {
        Ok(o) if o.status.success() => o,
        Ok(o) => return Err(ServeError::GitMissing(format!("`git --exec-path` failed ({})", o.status))),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            return Err(ServeError::GitMissing("no `git` command on PATH".into()))
        }
        Err(e) => return Err(ServeError::GitMissing(format!("cannot run `git`: {e}"))),
    };
    let exec_path = PathBuf::from(String::from_utf8_lossy(&output.stdout).trim());
    [exec_path.join("git-http-backend"), PathBuf::from("/usr/lib/git-core/git-http-backend")]
        .into_iter()
        .find(|p| p.is_file())
        .ok_or_else(|| ServeError::GitMissing(format!("no git-http-backend in {}", exec_path.display())))
}

/// A smart HTTP Git server. Stopped by [`Server::shutdown`] or on drop.
pub struct Server {
    addr: SocketAddr,
    tls: bool,
    stopping: Arc<AtomicBool>,
    connections: Arc<Connections>,
    accept: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Server").field("addr", &self.addr).field("tls", &self.tls).finish()
    }
}

/// The open connections: their sockets (to end them on shutdown) and threads (to wait for).
#[derive(Default)]
struct Connections {
    next: AtomicU64,
    sockets: Mutex<HashMap<u64, TcpStream>>,
    threads: Mutex<Vec<JoinHandle<()>>>,
}

impl Connections {
    fn lock_sockets(&self) -> std::sync::MutexGuard<'_, HashMap<u64, TcpStream>> {
        // A poisoned map still holds valid sockets: a panicking connection thread does not stop the others.
        self.sockets.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn lock_threads(&self) -> std::sync::MutexGuard<'_, Vec<JoinHandle<()>>> {
        self.threads.lock().unwrap_or_else(|e| e.into_inner())
    }
}

impl Server {
    /// Serves the repositories under `root` on `listen` (port 0: any free port): `<root>/app.git` is
    /// `http://<addr>/app.git`.
    pub fn start(root: &Path, listen: SocketAddr, options: ServeOptions) -> Result<Server, ServeError> {
        let program = http_backend()?;
        let root =
            root.canonicalize().map_err(|e| ServeError::Root { root: root.to_path_buf(), message: e.to_string() })?;
        let listener = TcpListener::bind(listen).map_err(|source| ServeError::Bind { addr: listen, source })?;
        let addr = listener.local_addr().map_err(|source| ServeError::Bind { addr: listen, source })?;
        let tls = options.tls.is_some();
        let backend = Arc::new(Backend { program, root, options });
        let stopping = Arc::new(AtomicBool::new(false));
        let connections = Arc::new(Connections::default());
        let (stop_flag, open) = (stopping.clone(), connections.clone());
        let accept = std::thread::Builder::new()
            .name("git-http-accept".into())
            .spawn(move || accept_loop(listener, backend, stop_flag, open))
            .map_err(|e| ServeError::Root { root: PathBuf::new(), message: format!("cannot start a thread: {e}") })?;
        Ok(Server { addr, tls, stopping, connections, accept: Some(accept) })
    }

    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http(s)://<addr>/<name>`.
    pub fn url(&self, name: &str) -> String {
        let scheme = if self.tls { "https" } else { "http" };
        format!("{scheme}://{}/{}", self.addr, name.trim_start_matches('/'))
    }

    /// Stops accepting, ends the open connections and waits (a few seconds at most) for their threads,
    /// whose backends are killed and reaped.
    pub fn shutdown(mut self) {
        self.stop();
    }

    fn stop(&mut self) {
        let Some(accept) = self.accept.take() else { return };
        self.stopping.store(true, Ordering::SeqCst);
        // Wakes the accept loop, which then sees the flag.
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
        let _ = accept.join();
        for socket in self.connections.lock_sockets().values() {
            let _ = socket.shutdown(Shutdown::Both);
        }
        let threads = std::mem::take(&mut *self.connections.lock_threads());
        let deadline = Instant::now() + STOP_DEADLINE;
        for thread in threads {
            while !thread.is_finished() && Instant::now() < deadline {
                std::thread::sleep(Duration::from_millis(10));
            }
            if thread.is_finished() {
                let _ = thread.join();
            }
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

fn accept_loop(listener: TcpListener, backend: Arc<Backend>, stopping: Arc<AtomicBool>, open: Arc<Connections>) {
    for stream in listener.incoming() {
        if stopping.load(Ordering::SeqCst) {
            break;
        }
        let Ok(stream) = stream else { continue };
        let id = open.next.fetch_add(1, Ordering::Relaxed);
        if let Ok(socket) = stream.try_clone() {
            open.lock_sockets().insert(id, socket);
        }
        let (backend, conns) = (backend.clone(), open.clone());
        let thread = std::thread::Builder::new().name("git-http-conn".into()).spawn(move || {
            let _ = stream.set_read_timeout(Some(READ_TIMEOUT));
            backend.connection(stream);
            conns.lock_sockets().remove(&id);
        });
        let mut threads = open.lock_threads();
        threads.retain(|t| !t.is_finished());
        if let Ok(thread) = thread {
            threads.push(thread);
        } else {
            open.lock_sockets().remove(&id);
        }
    }
}

struct Backend {
    program: PathBuf,
    root: PathBuf,
    options: ServeOptions,
}

/// A backend process that is killed and reaped if the request ends early.
struct Running(Option<Child>);

impl Running {
    /// Waits for the backend to exit on its own (its output was read to the end).
    fn finish(mut self) {
        if let Some(mut child) = self.0.take() {
            let _ = child.wait();
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        if let Some(child) = &mut self.0 {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Backend {
    fn connection(&self, stream: TcpStream) {
        match &self.options.tls {
            Some(config) => {
                if let Ok(conn) = rustls::ServerConnection::new(config.clone()) {
                    let mut tls = rustls::StreamOwned::new(conn, stream);
                    let _ = self.serve(&mut tls);
                    tls.conn.send_close_notify();
                    let _ = tls.flush();
                    let _ = tls.sock.shutdown(Shutdown::Both);
                }
            }
            None => {
                let mut stream = stream;
                let _ = self.serve(&mut stream);
                let _ = stream.flush();
                let _ = stream.shutdown(Shutdown::Both);
            }
        }
    }

    fn observe(&self, head: &Head, path: &str, query: &str, status: u16, body: &[u8]) {
        if let Some(observer) = &self.options.observer {
            observer(&Request {
                method: &head.method,
                path,
                query,
                status,
                headers: &head.headers,
                body_start: &body[..body.len().min(4096)],
            });
        }
    }

    /// Answers one request on `stream`, then the connection is closed.
    fn serve<S: Read + Write>(&self, stream: &mut S) -> io::Result<()> {
        let mut reader = BufReader::new(stream);
        let Some(head) = read_head(&mut reader)? else { return Ok(()) };
        if head.header("expect").is_some_and(|v| v.eq_ignore_ascii_case("100-continue")) {
            reader.get_mut().write_all(b"HTTP/1.1 100 Continue\r\n\r\n")?;
        }
        let body = read_body(&mut reader, &head)?;
        let (path, query) = head.target.split_once('?').unwrap_or((head.target.as_str(), ""));
        let out = reader.get_mut();

        let remote_user = match self.authorize(head.header("authorization")) {
            Ok(user) => user,
            Err(challenge) => {
                self.observe(&head, path, query, 401, &body);
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
            .env("PATH_INFO", path)
            .env("QUERY_STRING", query)
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
        let (stdin, stdout) = (child.stdin.take(), child.stdout.take());
        let running = Running(Some(child));
        let (Some(mut stdin), Some(stdout)) = (stdin, stdout) else {
            return Err(io::Error::other("git http-backend started without its pipes"));
        };
        let request_body = body.clone();
        let writer = std::thread::spawn(move || {
            let _ = stdin.write_all(&request_body);
        });
        let mut cgi = BufReader::new(stdout);
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
        let code = status.split_whitespace().next().and_then(|s| s.parse().ok()).unwrap_or(0);
        self.observe(&head, path, query, code, &body);
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
        running.finish();
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

/// An HTTP request head.
pub(crate) struct Head {
    pub(crate) method: String,
    pub(crate) target: String,
    pub(crate) headers: Vec<(String, String)>,
}

impl Head {
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        header(&self.headers, name)
    }
}

/// Reads a request line and headers; `None` when the peer closed the connection before sending any.
pub(crate) fn read_head(reader: &mut impl BufRead) -> io::Result<Option<Head>> {
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

/// A complete plain-text response that closes the connection.
pub(crate) fn write_simple(out: &mut impl Write, status: &str, extra: &[(&str, &str)], body: &str) -> io::Result<()> {
    let mut response = format!("HTTP/1.1 {status}\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n", body.len());
    for (name, value) in extra {
        response.push_str(&format!("{name}: {value}\r\n"));
    }
    response.push_str("Connection: close\r\n\r\n");
    response.push_str(body);
    out.write_all(response.as_bytes())?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_and_bodies_parse() {
        let raw =
            b"POST /app.git/git-upload-pack?x=1 HTTP/1.1\r\nContent-Length: 3\r\nGit-Protocol: version=2\r\n\r\nabc";
        let mut reader = BufReader::new(&raw[..]);
        let head = read_head(&mut reader).unwrap().unwrap();
        assert_eq!((head.method.as_str(), head.target.as_str()), ("POST", "/app.git/git-upload-pack?x=1"));
        assert_eq!(head.header("git-protocol"), Some("version=2"));
        assert_eq!(read_body(&mut reader, &head).unwrap(), b"abc");

        let chunked = b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2;x=y\r\nde\r\n0\r\n\r\n";
        let mut reader = BufReader::new(&chunked[..]);
        let head = read_head(&mut reader).unwrap().unwrap();
        assert_eq!(read_body(&mut reader, &head).unwrap(), b"abcde");

        assert!(read_head(&mut BufReader::new(&b""[..])).unwrap().is_none());
        assert!(read_head(&mut BufReader::new(&b"GARBAGE\r\n\r\n"[..])).is_err());
    }

    #[test]
    fn options_never_show_credentials() {
        let options = ServeOptions {
            auth: HttpAuth::Basic { username: "u".into(), password: "s3cret".into() },
            ..Default::default()
        };
        let shown = format!("{options:?}");
        assert!(!shown.contains("s3cret") && shown.contains("basic(***)"), "{shown}");
    }
}
