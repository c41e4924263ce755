//! `git daemon` serving `git://` on a random loopback port.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use super::{free_port, git_binary, run, stop, wait_listening};

/// A running `git daemon`; stopped on drop.
#[derive(Debug)]
pub struct GitDaemon {
    child: Child,
    addr: SocketAddr,
    root: PathBuf,
}

impl GitDaemon {
    /// Serves every repository under `root` for fetching.
    pub fn start(root: &Path) -> Self {
        Self::spawn(root, false)
    }

    /// Serves every repository under `root` for fetching and pushing (`--enable=receive-pack`).
    pub fn start_with_push(root: &Path) -> Self {
        Self::spawn(root, true)
    }

    fn spawn(root: &Path, push: bool) -> Self {
        // `git daemon` would run `git-daemon` as a child that outlives a killed `git`: start it directly.
        let exec_path = PathBuf::from(run(Command::new(git_binary()).arg("--exec-path")));
        let daemon = exec_path.join("git-daemon");
        if !daemon.is_file() {
            panic!("git daemon: {} not found (install git)", daemon.display());
        }
        for _ in 0..5 {
            let port = free_port();
            let mut cmd = Command::new(&daemon);
            cmd.args(["--reuseaddr", "--export-all", "--informative-errors", "--listen=127.0.0.1"])
                .arg(format!("--port={port}"))
                .arg(format!("--base-path={}", root.display()))
                .env("GIT_CONFIG_NOSYSTEM", "1")
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null());
            if push {
                cmd.arg("--enable=receive-pack");
            }
            cmd.arg(root);
            let mut child =
                cmd.spawn().unwrap_or_else(|e| panic!("git daemon: cannot start {}: {e}", daemon.display()));
            let addr: SocketAddr = ([127, 0, 0, 1], port).into();
            if wait_listening(addr, &mut child, "git daemon") {
                return GitDaemon { child, addr, root: root.to_path_buf() };
            }
            // The port was taken in between: try another one.
        }
        panic!("git daemon: exited at start five times (is `git daemon` available?)");
    }

    /// `127.0.0.1:<port>`.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The folder served.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// `git://127.0.0.1:<port>/<name>`.
    pub fn url(&self, name: &str) -> String {
        format!("git://{}/{}", self.addr, name.trim_start_matches('/'))
    }
}

impl Drop for GitDaemon {
    fn drop(&mut self) {
        stop(&mut self.child);
    }
}
