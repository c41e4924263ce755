//! One conversation with one remote through gix: URL checks, credentials, the HTTP client's CA, proxy
//! and timeouts, the strict OpenSSH client wrapper, listing refs and fetching, and turning gix's errors
//! into [`Error`]s.

use std::io::Write;
use std::num::NonZeroU32;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use gix::protocol::handshake::Ref;
use gix::protocol::transport::client::blocking_io::http;
use gix::remote::Direction;

use crate::auth::Auth;
use crate::error::{redact, Error};

/// A reference as the remote advertises it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RemoteRef {
    /// The full name, `refs/heads/main`, `refs/tags/v1.0.0`, `HEAD`.
    pub name: String,
    /// What the ref points at: a commit, or for an annotated tag the tag object.
    pub target: gix::ObjectId,
    /// For an annotated tag, the commit it (ultimately) points at.
    pub peeled: Option<gix::ObjectId>,
    /// For a symbolic ref (`HEAD`), the ref it points at.
    pub symbolic_target: Option<String>,
}

impl RemoteRef {
    /// The commit this ref leads to: the peeled object for annotated tags, else the target.
    pub fn commit(&self) -> gix::ObjectId {
        self.peeled.unwrap_or(self.target)
    }
}

/// The URL without its password, for messages.
pub(crate) fn display_url(url: &gix::Url) -> String {
    let mut shown = url.clone();
    if shown.password().is_some() {
        shown.set_password(Some("***".into()));
    }
    shown.to_bstring().to_string()
}

/// Parses and checks a remote URL: `http(s)://`, `ssh://`, `git://` and `file://` only.
pub(crate) fn parse_url(url: &str) -> Result<gix::Url, Error> {
    let invalid = |reason: &str| Error::InvalidUrl { url: strip_userinfo(url), reason: reason.to_string() };
    let has_scheme = url.contains("://");
    let parsed = gix::url::parse(gix::bstr::BStr::new(url)).map_err(|_| invalid("not a Git URL"))?;
    if !has_scheme {
        return Err(invalid("a scheme is required: http://, https://, ssh://, git:// or file://"));
    }
    match parsed.scheme {
        gix::url::Scheme::Http | gix::url::Scheme::Https | gix::url::Scheme::Git | gix::url::Scheme::Ssh => {
            if parsed.host().is_none_or(str::is_empty) {
                return Err(invalid("no host"));
            }
        }
        gix::url::Scheme::File => {}
        _ => return Err(invalid("unsupported scheme: use http://, https://, ssh://, git:// or file://")),
    }
    Ok(parsed)
}

fn strip_userinfo(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => format!("{}{}", &url[..scheme_end + 3], &url[at + 1..]),
        _ => url.to_string(),
    }
}

/// Shared state of one operation (and its submodules): the deadline and the interrupt flag gix checks.
#[derive(Clone, Debug)]
pub(crate) struct Deadline {
    pub at: Instant,
    pub timeout: Duration,
    pub interrupt: Arc<AtomicBool>,
}

impl Deadline {
    pub fn new(timeout: Duration) -> Self {
        Deadline { at: Instant::now() + timeout, timeout, interrupt: Arc::new(AtomicBool::new(false)) }
    }
    pub fn remaining(&self) -> Duration {
        self.at.saturating_duration_since(Instant::now())
    }
    pub fn expired(&self) -> bool {
        self.interrupt.load(Ordering::SeqCst) || Instant::now() >= self.at
    }
}

/// One remote, its credentials and the scratch files they need (removed on drop).
pub(crate) struct Session {
    pub url: gix::Url,
    pub shown_url: String,
    auth: Auth,
    pub deadline: Deadline,
    scratch: tempfile::TempDir,
    ssh_stderr: Option<PathBuf>,
    overrides: Vec<String>,
    auth_rejected: Arc<AtomicBool>,
    secrets: Vec<String>,
}

const DEFAULT_SSH_USER: &str = "git";

impl Session {
    pub fn new(url: &str, auth: &Auth, deadline: Deadline) -> Result<Session, Error> {
        // reqwest is built without a default crypto provider: the workspace's is ring.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut url = parse_url(url)?;
        let shown_url = display_url(&url);
        let scratch = tempfile::Builder::new()
            .prefix("flux-rs-git-")
            .tempdir()
            .map_err(|e| Error::Other { url: shown_url.clone(), detail: format!("creating a scratch folder: {e}") })?;
        let mut secrets = secrets_of(auth);
        if let Some(password) = url.password() {
            secrets.push(password.to_string());
        }
        let mut session = Session {
            url: url.clone(),
            shown_url,
            auth: auth.clone(),
            deadline,
            scratch,
            ssh_stderr: None,
            overrides: vec![
                "protocol.version=2".into(),
                "gitoxide.userAgent=flux-rs".into(),
                "core.askPass=".into(),
                "credential.helper=".into(),
                // Reflogs need an identity and serve no one in a throwaway checkout.
                "core.logAllRefUpdates=false".into(),
                "user.name=flux-rs".into(),
                "user.email=flux-rs@localhost".into(),
            ],
            auth_rejected: Arc::new(AtomicBool::new(false)),
            secrets,
        };
        if url.scheme == gix::url::Scheme::Ssh {
            if url.user().is_none() {
                let user = auth.ssh.as_ref().and_then(|s| s.user.clone()).unwrap_or_else(|| DEFAULT_SSH_USER.into());
                url.set_user(Some(user));
                session.url = url;
            }
            let wrapper = session.write_ssh_wrapper()?;
            session.overrides.push(format!("core.sshCommand={}", wrapper.display()));
            session.overrides.push("ssh.variant=ssh".into());
        }
        Ok(session)
    }

    fn other(&self, detail: impl std::fmt::Display) -> Error {
        Error::Other { url: self.shown_url.clone(), detail: redact(detail.to_string(), &self.secrets) }
    }

    /// Writes `ssh` (a wrapper around the OpenSSH client with strict options), the key, known_hosts
    /// and, for an encrypted key, an askpass helper, all in the scratch folder (0700, files 0600).
    fn write_ssh_wrapper(&mut self) -> Result<PathBuf, Error> {
        let ssh_binary = find_program("ssh")
            .ok_or_else(|| self.other("the OpenSSH client `ssh` is not installed (needed for ssh:// URLs)"))?;
        let dir = self.scratch.path().join("ssh");
        std::fs::create_dir(&dir).map_err(|e| self.other(e))?;
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700)).map_err(|e| self.other(e))?;
        let write = |name: &str, content: &[u8], mode: u32| -> Result<PathBuf, Error> {
            let path = dir.join(name);
            let mut file = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(mode)
                .open(&path)
                .map_err(|e| self.other(e))?;
            file.write_all(content).map_err(|e| self.other(e))?;
            Ok(path)
        };
        let (identity, known_hosts, passphrase) = match &self.auth.ssh {
            Some(ssh) => {
                let mut key = ssh.private_key.clone();
                if !key.ends_with(b"\n") {
                    key.push(b'\n');
                }
                let identity = write("identity", &key, 0o600)?;
                let known = write("known_hosts", ssh.known_hosts.as_bytes(), 0o600)?;
                (Some(identity), known, ssh.passphrase.clone())
            }
            None => (None, write("known_hosts", b"", 0o600)?, None),
        };
        let stderr = dir.join("stderr");
        let quote = |p: &Path| format!("'{}'", p.display().to_string().replace('\'', "'\\''"));
        let connect_timeout = self.deadline.timeout.as_secs().clamp(1, 60);
        let mut script = String::from("#!/bin/sh\n");
        let mut batch = "yes";
        if let Some(passphrase) = passphrase {
            let secret = write("passphrase", passphrase.as_bytes(), 0o600)?;
            let askpass = write("askpass", format!("#!/bin/sh\ncat {}\n", quote(&secret)).as_bytes(), 0o700)?;
            script.push_str(&format!(
                "SSH_ASKPASS={}\nSSH_ASKPASS_REQUIRE=force\nexport SSH_ASKPASS SSH_ASKPASS_REQUIRE\n",
                quote(&askpass)
            ));
            // BatchMode forbids asking for the passphrase; nothing else can be asked: host keys are
            // never confirmed (StrictHostKeyChecking) and password methods are off.
            batch = "no";
        }
        script.push_str("unset SSH_AUTH_SOCK\n");
        script.push_str(&format!("exec {} -F /dev/null", quote(&ssh_binary)));
        let mut options = vec![
            format!("BatchMode={batch}"),
            "StrictHostKeyChecking=yes".into(),
            format!("UserKnownHostsFile={}", quote(&known_hosts)),
            "GlobalKnownHostsFile=/dev/null".into(),
            "UpdateHostKeys=no".into(),
            "CheckHostIP=no".into(),
            "IdentitiesOnly=yes".into(),
            "IdentityAgent=none".into(),
            "ForwardAgent=no".into(),
            "ForwardX11=no".into(),
            "ClearAllForwardings=yes".into(),
            "PasswordAuthentication=no".into(),
            "KbdInteractiveAuthentication=no".into(),
            "HostbasedAuthentication=no".into(),
            "PubkeyAuthentication=yes".into(),
            "ControlMaster=no".into(),
            "ControlPath=none".into(),
            "ProxyCommand=none".into(),
            "PermitLocalCommand=no".into(),
            format!("ConnectTimeout={connect_timeout}"),
            "ServerAliveInterval=15".into(),
            "ServerAliveCountMax=3".into(),
            "LogLevel=ERROR".into(),
        ];
        match &identity {
            Some(identity) => options.push(format!("IdentityFile={}", quote(identity))),
            None => options.push("IdentityFile=none".into()),
        }
        for option in options {
            script.push_str(&format!(" -o {option}"));
        }
        script.push_str(&format!(" \"$@\" 2>>{}\n", quote(&stderr)));
        let wrapper = write("ssh", script.as_bytes(), 0o700)?;
        self.ssh_stderr = Some(stderr);
        Ok(wrapper)
    }

    /// Options to open or create a repository: no system, global or environment configuration.
    pub fn open_options(&self) -> gix::open::Options {
        gix::open::Options::isolated().config_overrides(self.overrides.clone())
    }

    /// Creates a repository with a work tree at `dest` (which must be empty or missing).
    pub fn init_worktree(&self, dest: &Path) -> Result<gix::Repository, Error> {
        let create = gix::create::Options { destination_must_be_empty: Some(true), ..Default::default() };
        let repo =
            gix::ThreadSafeRepository::init_opts(dest, gix::create::Kind::WithWorktree, create, self.open_options())
                .map_err(|e| self.other(format!("creating a repository in {}: {}", dest.display(), chain(&e))))?;
        // Record the remote as `git clone` does, without any password the URL carried.
        let mut url = self.url.clone();
        url.set_password(None);
        let section = format!(
            "[remote \"origin\"]\n\turl = {}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n",
            url.to_bstring()
        );
        let config = repo.git_dir().join("config");
        std::fs::OpenOptions::new()
            .append(true)
            .open(&config)
            .and_then(|mut f| f.write_all(section.as_bytes()))
            .map_err(|e| self.other(format!("writing {}: {e}", config.display())))?;
        Ok(repo.to_thread_local())
    }

    /// An empty bare repository in the scratch folder, for listing refs (and fetching tags to compare)
    /// without a checkout. Made once per session and reused: an operation may list more than once.
    pub fn scratch_repo(&self) -> Result<gix::Repository, Error> {
        let path = self.scratch.path().join("probe.git");
        if !path.exists() {
            write_minimal_bare_repo(&path)
                .map_err(|e| self.other(format!("creating a scratch repository in {}: {e}", path.display())))?;
        }
        let repo =
            gix::ThreadSafeRepository::open_opts(&path, self.open_options()).map_err(|e| self.other(chain(&e)))?;
        Ok(repo.to_thread_local())
    }

    pub(crate) fn http_options(&self) -> http::Options {
        let timeout = self.deadline.remaining().max(Duration::from_millis(100));
        let ca = self.auth.ca_pem.clone();
        let proxy = self.auth.proxy.clone();
        let authorization = if let Some(token) = &self.auth.bearer_token {
            Some(format!("Bearer {token}"))
        } else {
            self.auth.basic.as_ref().map(|b| {
                use base64::Engine as _;
                format!(
                    "Basic {}",
                    base64::engine::general_purpose::STANDARD.encode(format!("{}:{}", b.username, b.password))
                )
            })
        };
        let configure_client = move |mut builder: reqwest::blocking::ClientBuilder| -> gix::Result<_> {
            builder = builder.timeout(timeout).connect_timeout(timeout.min(Duration::from_secs(30)));
            if let Some(ca) = &ca {
                let certs = reqwest::Certificate::from_pem_bundle(ca).map_err(gix::Error::from_error)?;
                for cert in certs {
                    builder = builder.add_root_certificate(cert);
                }
            }
            if let Some(proxy) = &proxy {
                let mut p = reqwest::Proxy::all(&proxy.address).map_err(gix::Error::from_error)?;
                if let Some(user) = &proxy.username {
                    p = p.basic_auth(user, proxy.password.as_deref().unwrap_or(""));
                }
                builder = builder.proxy(p);
            }
            Ok(builder)
        };
        // Only with credentials: a request hook makes gix refuse redirects (so that credentials never
        // follow one), which anonymous clones should still be able to take.
        let configure_request = authorization.map(|value| {
            move |request: &mut reqwest::blocking::Request| -> gix::Result<()> {
                let mut value = reqwest::header::HeaderValue::from_str(&value).map_err(gix::Error::from_error)?;
                value.set_sensitive(true);
                request.headers_mut().insert(reqwest::header::AUTHORIZATION, value);
                Ok(())
            }
        });
        let backend = http::reqwest::Options {
            configure_client: Some(Box::new(configure_client)),
            configure_request: configure_request.map(|f| Box::new(f) as Box<http::reqwest::ConfigureRequestFn>),
        };
        http::Options {
            backend: Some(Arc::new(Mutex::new(backend))),
            user_agent: Some("flux-rs".into()),
            ..Default::default()
        }
    }

    fn is_http(&self) -> bool {
        matches!(self.url.scheme, gix::url::Scheme::Http | gix::url::Scheme::Https)
    }

    /// Lists the remote's refs whose names start with one of `prefixes` (all refs when empty).
    pub fn list_refs(&self, repo: &gix::Repository, prefixes: &[&str]) -> Result<Vec<RemoteRef>, Error> {
        let specs: Vec<String> = if prefixes.is_empty() {
            vec!["+refs/*:refs/flux-probe/*".into(), "HEAD".into()]
        } else {
            prefixes.iter().map(|p| listing_spec(p)).collect()
        };
        let remote = self.remote(repo, &specs, false)?;
        let mut connection = remote.connect(Direction::Fetch).map_err(|e| self.classify(&e))?;
        self.configure(&mut connection);
        let options = gix::remote::ref_map::Options {
            prefix_from_spec_as_filter_on_remote: !prefixes.is_empty(),
            ..Default::default()
        };
        let (map, _handshake) = connection.ref_map(gix::progress::Discard, options).map_err(|e| self.classify(&e))?;
        let mut refs: Vec<RemoteRef> = map.remote_refs.iter().filter_map(to_remote_ref).collect();
        if !prefixes.is_empty() {
            refs.retain(|r| prefixes.iter().any(|p| r.name == *p || r.name.starts_with(p)));
        }
        Ok(refs)
    }

    fn remote<'r>(&self, repo: &'r gix::Repository, specs: &[String], tags: bool) -> Result<gix::Remote<'r>, Error> {
        let remote = repo.remote_at(self.url.clone()).map_err(|e| self.other(chain(&e)))?;
        let remote = remote
            .with_refspecs(specs.iter().map(String::as_str), Direction::Fetch)
            .map_err(|e| self.other(format!("refspec: {}", chain(&e))))?;
        let tags = if tags { gix::remote::fetch::Tags::Included } else { gix::remote::fetch::Tags::None };
        Ok(remote.with_fetch_tags(tags))
    }

    fn configure<T>(&self, connection: &mut gix::remote::Connection<'_, '_, '_, T>)
    where
        T: gix::protocol::transport::client::blocking_io::Transport,
    {
        let rejected = self.auth_rejected.clone();
        connection.set_credentials(move |action| match action {
            gix::credentials::helper::Action::Get(_) => {
                rejected.store(true, Ordering::SeqCst);
                Err(gix::Error::from_error(std::io::Error::new(
                    std::io::ErrorKind::PermissionDenied,
                    "the server asked for credentials it did not accept",
                )))
            }
            _ => Ok(None),
        });
        if self.is_http() {
            connection.set_transport_options(Box::new(self.http_options()));
        }
    }

    /// Fetches `specs` into `repo`, `depth` commits deep (all history when `None`); `false` when
    /// none of the refspecs matched a ref on the remote.
    pub fn fetch(&self, repo: &gix::Repository, specs: &[String], depth: Option<u32>) -> Result<bool, Error> {
        if self.deadline.expired() {
            return Err(self.timeout());
        }
        let remote = self.remote(repo, specs, false)?;
        let mut connection = remote.connect(Direction::Fetch).map_err(|e| self.classify(&e))?;
        self.configure(&mut connection);
        let mut prepare = match connection.prepare_fetch(gix::progress::Discard, Default::default()) {
            Ok(prepare) => prepare,
            Err(e) if chain(&e).contains("None of the refspec") => return Ok(false),
            Err(e) => return Err(self.classify(&e)),
        };
        if let Some(depth) = depth.and_then(NonZeroU32::new) {
            prepare = prepare.with_shallow(gix::remote::fetch::Shallow::DepthAtRemote(depth));
        }
        match prepare.receive(gix::progress::Discard, &self.deadline.interrupt) {
            Ok(_) => Ok(true),
            Err(e) if chain(&e).contains("None of the refspec") => Ok(false),
            Err(e) => Err(self.classify(&e)),
        }
    }

    pub fn timeout(&self) -> Error {
        Error::Timeout { url: self.shown_url.clone(), timeout: self.deadline.timeout }
    }

    fn ssh_stderr(&self) -> String {
        self.ssh_stderr.as_ref().and_then(|p| std::fs::read_to_string(p).ok()).unwrap_or_default()
    }

    /// Turns a gix error into ours, by what the server, the HTTP client or `ssh` said.
    pub fn classify(&self, error: &gix::Error) -> Error {
        let url = self.shown_url.clone();
        let ssh = self.ssh_stderr();
        let ssh_last = ssh.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("; ");
        let text = redact(chain(error), &self.secrets);
        let detail =
            if ssh_last.is_empty() { text.clone() } else { redact(format!("{text}: {ssh_last}"), &self.secrets) };
        if self.deadline.expired() {
            return self.timeout();
        }
        if ssh.contains("Host key verification failed")
            || ssh.contains("host key is known")
            || ssh.contains("REMOTE HOST IDENTIFICATION HAS CHANGED")
        {
            return Error::UnknownHostKey { url, detail: ssh_last };
        }
        if ssh.contains("Permission denied") || ssh.contains("Too many authentication failures") {
            return Error::AuthenticationFailed { url, detail: ssh_last };
        }
        if ssh.contains("does not appear to be a git repository") || ssh.contains("not found") {
            return Error::RepositoryNotFound { url, detail: ssh_last };
        }
        if ssh.contains("Connection refused")
            || ssh.contains("Could not resolve hostname")
            || ssh.contains("No route to host")
            || ssh.contains("Network is unreachable")
        {
            return Error::Unreachable { url, detail: ssh_last };
        }
        if ssh.contains("Connection timed out") || ssh.contains("Operation timed out") {
            return self.timeout();
        }
        if self.auth_rejected.load(Ordering::SeqCst)
            || text.contains("HTTP status 401")
            || text.contains("HTTP status 403")
        {
            return Error::AuthenticationFailed { url, detail: http_status_detail(&text) };
        }
        for cause in error.iter_errors() {
            if let Some(e) = cause.downcast_ref::<reqwest::Error>() {
                if e.is_timeout() {
                    return self.timeout();
                }
                if e.is_connect() {
                    let deep = redact(deep_chain(e), &self.secrets);
                    if deep.contains("certificate") || deep.contains("tls") || deep.contains("TLS") {
                        return Error::Tls { url, detail: deep };
                    }
                    return Error::Unreachable { url, detail: deep };
                }
            }
            if let Some(e) = cause.downcast_ref::<std::io::Error>() {
                use std::io::ErrorKind::*;
                match e.kind() {
                    ConnectionRefused | HostUnreachable | NetworkUnreachable | AddrNotAvailable => {
                        return Error::Unreachable { url, detail };
                    }
                    TimedOut => return self.timeout(),
                    _ => {}
                }
            }
        }
        let lower = text.to_ascii_lowercase();
        if lower.contains("certificate") || lower.contains("invalid peer") {
            return Error::Tls { url, detail };
        }
        if lower.contains("connection refused")
            || lower.contains("failed to lookup address")
            || lower.contains("dns error")
        {
            return Error::Unreachable { url, detail };
        }
        if text.contains("HTTP status 404")
            || lower.contains("repository not exported")
            || lower.contains("does not appear to be a git repository")
            || lower.contains("no such file or directory") && self.url.scheme == gix::url::Scheme::File
        {
            return Error::RepositoryNotFound { url, detail };
        }
        if lower.contains("interrupted") {
            return self.timeout();
        }
        Error::Other { url, detail }
    }
}

fn http_status_detail(text: &str) -> String {
    if text.contains("HTTP status 403") {
        "the server answered 403 Forbidden".into()
    } else {
        "the server answered 401 Unauthorized".into()
    }
}

/// The least gix opens as a bare repository: `HEAD`, `config`, `objects/pack` and `refs`. `gix::init`
/// also writes eleven hook samples, `description` and `info/exclude` and probes the file system with
/// three more files; on a busy disk creating and removing those took most of an unchanged check
/// (`docs/benchmarks.md`, Git).
fn write_minimal_bare_repo(path: &Path) -> std::io::Result<()> {
    std::fs::create_dir(path)?;
    std::fs::create_dir_all(path.join("objects").join("pack"))?;
    std::fs::create_dir(path.join("refs"))?;
    std::fs::write(path.join("HEAD"), "ref: refs/heads/main\n")?;
    std::fs::write(path.join("config"), "[core]\n\trepositoryformatversion = 0\n\tbare = true\n")
}

/// A refspec whose only purpose is to make the server list `prefix` (v2 `ref-prefix`).
fn listing_spec(prefix: &str) -> String {
    let stripped = prefix.trim_end_matches('/');
    if prefix.ends_with('/') {
        format!("+{stripped}/*:refs/flux-probe/{}/*", stripped.replace('/', "-"))
    } else {
        format!("+{prefix}:refs/flux-probe/{}", prefix.replace('/', "-"))
    }
}

fn to_remote_ref(r: &Ref) -> Option<RemoteRef> {
    Some(match r {
        Ref::Peeled { full_ref_name, tag, object } => {
            RemoteRef { name: full_ref_name.to_string(), target: *tag, peeled: Some(*object), symbolic_target: None }
        }
        Ref::Direct { full_ref_name, object } => {
            RemoteRef { name: full_ref_name.to_string(), target: *object, peeled: None, symbolic_target: None }
        }
        Ref::Symbolic { full_ref_name, target, tag, object } => RemoteRef {
            name: full_ref_name.to_string(),
            target: tag.unwrap_or(*object),
            peeled: tag.map(|_| *object),
            symbolic_target: Some(target.to_string()),
        },
        Ref::Unborn { .. } => return None,
    })
}

/// Every message in a gix error, outermost first, without repeats.
pub(crate) fn chain(error: &gix::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in error.iter_errors() {
        let text = cause.to_string();
        if !text.is_empty() && !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
    }
    parts.join(": ")
}

fn deep_chain(error: &(dyn std::error::Error + 'static)) -> String {
    let mut parts = vec![error.to_string()];
    let mut source = error.source();
    while let Some(cause) = source {
        let text = cause.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
        source = cause.source();
    }
    parts.join(": ")
}

fn secrets_of(auth: &Auth) -> Vec<String> {
    let mut secrets = Vec::new();
    if let Some(basic) = &auth.basic {
        secrets.push(basic.password.clone());
        use base64::Engine as _;
        secrets
            .push(base64::engine::general_purpose::STANDARD.encode(format!("{}:{}", basic.username, basic.password)));
    }
    if let Some(token) = &auth.bearer_token {
        secrets.push(token.clone());
    }
    if let Some(ssh) = &auth.ssh {
        if let Some(p) = &ssh.passphrase {
            secrets.push(p.clone());
        }
    }
    if let Some(proxy) = &auth.proxy {
        if let Some(p) = &proxy.password {
            secrets.push(p.clone());
        }
    }
    secrets.retain(|s| !s.is_empty());
    secrets
}

fn find_program(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|d| d.join(name)).find(|p| p.is_file())
}
