//! Running `flux-rs` as a user would, and comparing what it printed with golden files.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use crate::support::fixture;

/// What one run printed, and how it exited.
#[derive(Debug, Clone)]
pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs the binary with `args`, only the variables in `env` (plus PATH, an empty HOME and NO_COLOR, so
/// the user's kubeconfig and namespace settings never leak in) and `stdin`.
pub fn run_flux(args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> (i32, String, String) {
    let home = tempfile::tempdir().expect("an empty HOME");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_flux-rs"));
    cmd.args(args)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home.path())
        .env("NO_COLOR", "1")
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let mut child = cmd.spawn().expect("starting flux-rs");
    if let Some(input) = stdin {
        let mut pipe = child.stdin.take().expect("stdin pipe");
        pipe.write_all(input.as_bytes()).expect("writing stdin");
    }
    let out = child.wait_with_output().expect("waiting for flux-rs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// [`run_flux`] off the async runtime, so the in-process API server keeps serving while it runs.
pub async fn flux(args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Output {
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let env: Vec<(String, String)> = env.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let stdin = stdin.map(str::to_string);
    tokio::task::spawn_blocking(move || {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let env: Vec<(&str, &str)> = env.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let (code, stdout, stderr) = run_flux(&args, &env, stdin.as_deref());
        Output { code, stdout, stderr }
    })
    .await
    .expect("the flux-rs runner")
}

/// Same as [`flux`], blocking (for tests without a server).
pub fn flux_sync(args: &[&str], env: &[(&str, &str)], stdin: Option<&str>) -> Output {
    let (code, stdout, stderr) = run_flux(args, env, stdin);
    Output { code, stdout, stderr }
}

fn golden_path(name: &str) -> PathBuf {
    fixture(&format!("cli/{name}.golden"))
}

/// The golden file's text for an output: `exit: N`, then `--- stdout`, stdout, `--- stderr`, stderr.
fn render(out: &Output) -> String {
    format!("exit: {}\n--- stdout\n{}--- stderr\n{}", out.code, out.stdout, out.stderr)
}

/// Compares `out` with `tests/fixtures/cli/<name>.golden`, where `{{ .key }}` stands for the values in
/// `vars` (server URL, versions: whatever changes between runs). `UPDATE_GOLDEN=1` rewrites the file.
#[track_caller]
pub fn assert_golden(name: &str, out: &Output, vars: &[(&str, &str)]) {
    let path = golden_path(name);
    let have = render(out);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        let mut text = have.clone();
        for (key, value) in vars {
            text = text.replace(value, &format!("{{{{ .{key} }}}}"));
        }
        std::fs::write(&path, text).expect("writing the golden file");
        return;
    }
    let mut want = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("reading {}: {e} (UPDATE_GOLDEN=1 creates it)", path.display()));
    for (key, value) in vars {
        want = want.replace(&format!("{{{{ .{key} }}}}"), value);
    }
    assert!(
        have == want,
        "{} differs (UPDATE_GOLDEN=1 rewrites it)\n--- want\n{want}\n--- have\n{have}",
        path.display()
    );
}

/// A kubeconfig pointing at `server` with the embedded server's layout, for unreachable-server cases.
pub fn kubeconfig_for(dir: &std::path::Path, server: &str, namespace: Option<&str>) -> PathBuf {
    let ns = namespace.map(|n| format!("\n    namespace: {n}")).unwrap_or_default();
    let text = format!(
        "apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: {server}\n    insecure-skip-tls-verify: true\n  name: dead\ncontexts:\n- context:\n    cluster: dead\n    user: dead{ns}\n  name: dead\ncurrent-context: dead\nusers:\n- name: dead\n  user:\n    token: nothing\n"
    );
    let path = dir.join("kubeconfig-dead");
    std::fs::write(&path, text).expect("writing a kubeconfig");
    path
}
