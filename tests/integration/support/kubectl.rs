//! Running the real kubectl (the dispatcher on PATH picks kubectl 1.33 from the server's version).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// kubectl with an explicit kubeconfig and its own discovery cache (kubectl caches discovery for hours
/// by host:port, which would leak between tests that reuse a port).
#[derive(Clone)]
pub struct Kubectl {
    kubeconfig: PathBuf,
    cache: PathBuf,
}

/// What a kubectl run printed.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Panics with both streams unless kubectl exited 0.
    #[track_caller]
    pub fn ok(self) -> Run {
        assert_eq!(
            self.code, 0,
            "kubectl failed (exit {}):\nstdout: {}\nstderr: {}",
            self.code, self.stdout, self.stderr
        );
        self
    }

    /// Panics unless kubectl failed; returns stderr.
    #[track_caller]
    pub fn fails(self) -> String {
        assert_ne!(self.code, 0, "kubectl unexpectedly succeeded:\nstdout: {}", self.stdout);
        self.stderr
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("kubectl output is not JSON ({e}):\n{}", self.stdout))
    }
}

impl Kubectl {
    pub fn new(kubeconfig: &Path, cache: &Path) -> Kubectl {
        super::require_tool("kubectl", "install the kubectl dispatcher (google-cloud-cli-kubectl) or kubectl 1.33");
        Kubectl { kubeconfig: kubeconfig.to_path_buf(), cache: cache.to_path_buf() }
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new("kubectl");
        c.arg("--kubeconfig").arg(&self.kubeconfig).arg("--cache-dir").arg(&self.cache).args(args);
        c.env_remove("KUBECONFIG");
        c
    }

    /// Runs kubectl with `args`.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_stdin(args, "")
    }

    /// Runs kubectl with `args`, writing `stdin` to it (for `-f -`).
    pub fn run_stdin(&self, args: &[&str], stdin: &str) -> Run {
        let mut child = self
            .command(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawning kubectl");
        if let Some(mut input) = child.stdin.take() {
            input.write_all(stdin.as_bytes()).expect("writing kubectl's stdin");
        }
        let out: Output = child.wait_with_output().expect("waiting for kubectl");
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    /// Starts kubectl in the background (for `get -w`); the caller kills it.
    pub fn spawn(&self, args: &[&str]) -> std::process::Child {
        self.command(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawning kubectl")
    }
}
