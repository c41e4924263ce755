//! Real Git servers and repositories for tests (feature `testing`).
//!
//! * [`TestRepo`]: a bare repository built with the `git` command line — commits with files, branches,
//!   lightweight and annotated tags, submodules, signed commits — written with plumbing commands, so no
//!   work tree or hook is involved.
//! * [`GitDaemon`]: `git daemon` on a random loopback port, serving `git://`.
//! * [`GitHttpServer`]: smart HTTP through `git http-backend` (CGI), optionally behind basic auth or a
//!   bearer token, optionally over TLS with a generated CA.
//! * [`HttpProxy`]: a forwarding HTTP proxy (`CONNECT` and absolute-form requests), optionally with basic
//!   auth, that counts what went through it.
//! * [`Sshd`]: OpenSSH `sshd` on a random loopback port with its own config, host key and a generated
//!   client key, forced to run `git-upload-pack`/`git-receive-pack` on repositories under a root.
//!
//! Every server serves the repositories under one root folder (see [`TestRepo::init`]); a repository at
//! `<root>/app.git` is `app.git` in every URL. Every fixture stops its server and removes its files on
//! drop, and panics with one line naming the tool when that tool is missing.

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::{Duration, Instant};

mod daemon;
mod http;
mod repo;
mod sshd;

pub use daemon::GitDaemon;
pub use http::{GitHttpServer, HttpAuth, HttpProxy, HttpServerOptions, RequestLog};
pub use repo::{FileChange, TestRepo};
pub use sshd::Sshd;

/// How long a server may take to start listening.
const START_DEADLINE: Duration = Duration::from_secs(20);

/// The absolute path of `program` on `PATH`, or a one-line panic naming it.
pub fn require_program(program: &str, hint: &str) -> PathBuf {
    if program.contains('/') {
        let path = PathBuf::from(program);
        if path.is_file() {
            return path;
        }
        panic!("{program} not found ({hint})");
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path) {
        let candidate = dir.join(program);
        if candidate.is_file() {
            return candidate;
        }
    }
    panic!("{program} not found on PATH ({hint})");
}

/// The `git` binary, or a one-line panic.
pub fn git_binary() -> PathBuf {
    require_program("git", "install git")
}

/// A loopback port that was free a moment ago.
pub(crate) fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("bind a loopback port")
}

/// Waits until `addr` accepts connections, `child` exits (false), or the deadline passes (panic).
pub(crate) fn wait_listening(addr: SocketAddr, child: &mut Child, what: &str) -> bool {
    let deadline = Instant::now() + START_DEADLINE;
    loop {
        if let Ok(Some(_)) = child.try_wait() {
            return false;
        }
        if TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_ok() {
            return true;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("{what} did not listen on {addr} within {START_DEADLINE:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Runs `cmd`, panicking with its stderr if it fails; returns stdout, trimmed.
pub(crate) fn run(cmd: &mut Command) -> String {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    if !out.status.success() {
        panic!("{cmd:?} failed ({}): {}", out.status, String::from_utf8_lossy(&out.stderr).trim());
    }
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// Kills and reaps a child process.
pub(crate) fn stop(child: &mut Child) {
    let _ = child.kill();
    let _ = child.wait();
}

/// A fresh temporary folder, removed on drop.
pub fn tempdir() -> tempfile::TempDir {
    tempfile::Builder::new().prefix("flux-rs-git-").tempdir().expect("create a temporary folder")
}

/// `path` as UTF-8, for config files and URLs.
pub(crate) fn utf8(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}
