//! kustomize itself, as kubectl carries it: the reference every fixture is compared with.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The kubectl binaries whose built-in kustomize is the oracle, with the kustomize version each one
/// carries. They sit next to the `kubectl` dispatcher; calling them directly skips its wait for a
/// server.
pub const ORACLES: [(&str, &str); 2] = [("kubectl.1.32", "v5.5.0"), ("kubectl.1.33", "v5.6.0")];

/// Where the versioned kubectl binaries are: beside the real `kubectl` the dispatcher links to.
fn oracle_dir() -> PathBuf {
    let dispatcher = which("kubectl").expect("kubectl is on every machine (the oracle for the kustomize engine)");
    let real = std::fs::canonicalize(&dispatcher).unwrap_or(dispatcher);
    real.parent().expect("kubectl has a directory").to_path_buf()
}

fn which(program: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")?.to_str()?.split(':').map(|d| Path::new(d).join(program)).find(|p| p.is_file())
}

/// What kustomize printed: stdout on success, stderr's error on failure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Built(String),
    Failed(String),
}

/// Runs `kubectl.<version> kustomize dir`. A missing oracle is a test failure, never a skip.
pub fn kustomize(oracle: &str, dir: &Path, args: &[&str]) -> Outcome {
    let binary = oracle_dir().join(oracle);
    assert!(binary.is_file(), "the oracle {} is missing: the kustomize tests need it", binary.display());
    let out = Command::new(&binary)
        .arg("kustomize")
        .arg(dir)
        .args(args)
        .env("KUBECONFIG", "/dev/null")
        .output()
        .unwrap_or_else(|e| panic!("running {}: {e}", binary.display()));
    if out.status.success() {
        Outcome::Built(String::from_utf8(out.stdout).expect("kustomize prints UTF-8"))
    } else {
        Outcome::Failed(String::from_utf8_lossy(&out.stderr).trim().to_string())
    }
}
