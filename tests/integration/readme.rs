//! The README's main-job line works as written, so the README cannot rot: it serves a cluster with Flux,
//! syncs `examples/podinfo` through a Git repository it serves itself, shows the objects Ready in
//! `flux-rs get all`, applies edits, and leaves nothing behind on SIGTERM.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::core::v1::{ConfigMap, Service};
use kube::Api;

use crate::support::eventually;
use crate::support::server::client_for;

/// How long the main job may take to serve the cluster and install Flux (as before `--sync`).
const STARTUP: Duration = Duration::from_secs(30);
/// `--sync`'s settings (`flux-rs run --help`): DIR is looked at every 2s, the GitRepository fetches every
/// 10s (and at once after a commit), the Kustomization waits at most 1m for its objects.
const POLL: Duration = Duration::from_secs(2);
const SOURCE_INTERVAL: Duration = Duration::from_secs(10);
const KUSTOMIZATION_TIMEOUT: Duration = Duration::from_secs(60);
/// One fetch, build and apply of a small directory on a loaded two-core machine.
const RECONCILE: Duration = Duration::from_secs(30);
/// From the moment Flux is installed (or a file changes) to both objects Ready at DIR's commit.
const SYNC: Duration = Duration::from_secs(
    POLL.as_secs() + SOURCE_INTERVAL.as_secs() + KUSTOMIZATION_TIMEOUT.as_secs() + RECONCILE.as_secs(),
);

const REPOSITORY: &str = env!("CARGO_MANIFEST_DIR");

/// The first command of the README's first code block, split into words.
fn readme_main_job() -> Vec<String> {
    let readme = std::fs::read_to_string(Path::new(REPOSITORY).join("README.md")).expect("README.md");
    let block = readme.split("```").nth(1).expect("a code block in the README");
    let line = block
        .lines()
        .skip(1)
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .expect("a command in the first code block");
    let command = line.split('#').next().unwrap_or(line).trim();
    command.split_whitespace().map(String::from).collect()
}

#[test]
fn readme_starts_with_the_main_job_and_the_tests() {
    let words = readme_main_job();
    assert_eq!(&words[..4], ["cargo", "run", "--release", "--"], "the main job is run through cargo: {words:?}");
    let readme = std::fs::read_to_string(Path::new(REPOSITORY).join("README.md")).unwrap();
    let block = readme.split("```").nth(1).unwrap();
    assert!(block.contains("cargo test --workspace"), "the second set-up command runs the tests");
    let sync = words.iter().position(|w| w == "--sync").expect("the main job syncs a directory");
    assert!(Path::new(REPOSITORY).join(&words[sync + 1]).join("kustomization.yaml").is_file());
}

/// The main job running as a child process, its home (XDG_DATA_HOME) in a temporary folder.
struct MainJob {
    child: Child,
    home: tempfile::TempDir,
}

impl MainJob {
    /// Runs the binary cargo already built (cargo itself is busy running this test) with `args`, from the
    /// repository's root as the README's `cargo run` does.
    fn start(args: &[String]) -> MainJob {
        let home = tempfile::tempdir().unwrap();
        let child = Command::new(env!("CARGO_BIN_EXE_flux-rs"))
            .args(args)
            .current_dir(REPOSITORY)
            .env("XDG_DATA_HOME", home.path())
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(home.path().join("stdout.log")).unwrap())
            .stderr(std::fs::File::create(home.path().join("stderr.log")).unwrap())
            .spawn()
            .expect("starting the README's main job");
        MainJob { child, home }
    }

    fn stdout(&self) -> String {
        std::fs::read_to_string(self.home.path().join("stdout.log")).unwrap_or_default()
    }

    fn stderr(&self) -> String {
        std::fs::read_to_string(self.home.path().join("stderr.log")).unwrap_or_default()
    }

    fn data_dir(&self) -> PathBuf {
        self.home.path().join("flux-rs/embedded")
    }

    fn kubeconfig(&self) -> PathBuf {
        self.data_dir().join("kubeconfig")
    }

    /// Waits for `text` on stderr, failing early if the main job exits.
    async fn wait_for(&mut self, text: &str, deadline: Duration) {
        let until = Instant::now() + deadline;
        while !self.stderr().contains(text) {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("the README's main job exited early ({status}):\n{}", self.stderr());
            }
            assert!(Instant::now() < until, "no {text:?} within {deadline:?}:\n{}", self.stderr());
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// `flux-rs get all -n flux-system` against the main job's cluster.
    fn get_all(&self) -> String {
        let out = Command::new(env!("CARGO_BIN_EXE_flux-rs"))
            .args(["get", "all", "-n", "flux-system", "--kubeconfig"])
            .arg(self.kubeconfig())
            .output()
            .expect("running flux-rs get all");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Waits until `get all` shows `gitrepository/<name>` and `kustomization/<name>` Ready at the same
    /// revision, other than `not`; returns that revision.
    async fn wait_synced(&self, name: &str, not: Option<&str>) -> String {
        let what = format!("GitRepository and Kustomization {name} Ready in `flux-rs get all`");
        eventually(SYNC, &what, || async move {
            let table = self.get_all();
            let source = ready_revision(&table, &format!("gitrepository/{name}"))?;
            let applied = ready_revision(&table, &format!("kustomization/{name}"))?;
            (source == applied && Some(source.as_str()) != not).then_some(source)
        })
        .await
    }

    /// SIGTERM, then: a clean exit, the Git server's port closed, no `git http-backend` left serving the
    /// data dir's repositories.
    fn stop(mut self) {
        let git_port = served_port(&self.stderr());
        let _ = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status();
        let status = self.child.wait().unwrap();
        assert!(status.success(), "{}", self.stderr());
        assert!(self.stderr().contains("✔ stopped"), "{}", self.stderr());
        let git_server = std::net::SocketAddr::from(([127, 0, 0, 1], git_port));
        assert!(
            std::net::TcpStream::connect_timeout(&git_server, Duration::from_millis(500)).is_err(),
            "the Git server still listens on {git_server} after SIGTERM"
        );
        let root = self.data_dir().join("sync").canonicalize().expect("the sync repositories");
        let left = processes_serving(&root);
        assert!(left.is_empty(), "git processes left serving {}: {left:?}", root.display());
    }
}

impl Drop for MainJob {
    /// A failed test must not leave a cluster holding the README's port.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// The REVISION of the `get all` row named `name` when its READY column is True.
fn ready_revision(table: &str, name: &str) -> Option<String> {
    let row = table.lines().find(|l| l.split_whitespace().next() == Some(name))?;
    let cells: Vec<&str> = row.split('\t').map(str::trim).collect();
    // NAME, REVISION, SUSPENDED, READY, MESSAGE
    (cells.get(3) == Some(&"True")).then(|| cells[1].to_string())
}

/// The port in `served at http://127.0.0.1:<port>/…`.
fn served_port(stderr: &str) -> u16 {
    let after = stderr.split("served at http://127.0.0.1:").nth(1).expect("the main job says where Git is served");
    after.split('/').next().and_then(|p| p.parse().ok()).expect("a port")
}

/// Processes whose environment serves `root` (`git http-backend` gets `GIT_PROJECT_ROOT`).
fn processes_serving(root: &Path) -> Vec<String> {
    let needle = format!("GIT_PROJECT_ROOT={}", root.display());
    let Ok(entries) = std::fs::read_dir("/proc") else { return Vec::new() };
    entries
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().chars().all(|c| c.is_ascii_digit()))
        .filter(|e| {
            std::fs::read(e.path().join("environ"))
                .map(|env| env.split(|b| *b == 0).any(|v| v == needle.as_bytes()))
                .unwrap_or(false)
        })
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readme_main_job_runs_the_gitops_loop() {
    let words = readme_main_job();
    let mut job = MainJob::start(&words[4..]);
    // The main job serves the cluster and installs Flux into it before it says where the kubeconfig is.
    job.wait_for("Flux installed", STARTUP).await;
    let client = client_for(&job.kubeconfig()).await;
    let version = client.apiserver_version().await.expect("the cluster answers");
    assert_eq!((version.major.as_str(), version.minor.as_str()), ("1", "33"));

    let revision = job.wait_synced("podinfo", None).await;
    assert!(revision.starts_with("main@sha1:"), "{revision}");
    let deployment = Api::<Deployment>::namespaced(client.clone(), "default").get_opt("podinfo").await.unwrap();
    assert!(deployment.is_some(), "the example Deployment was applied");
    // The main job shows the same table itself once the loop is complete.
    eventually(STARTUP, "the main job's own `get all` table", || async {
        let out = job.stdout();
        (out.contains("gitrepository/podinfo") && out.contains("kustomization/podinfo")).then_some(())
    })
    .await;
    let stderr = job.stderr();
    for line in [
        "✔ GitRepository flux-system/podinfo: fetched revision main@sha1:",
        "✔ Kustomization flux-system/podinfo: applied revision main@sha1:",
    ] {
        assert!(stderr.contains(line), "no {line:?} in:\n{stderr}");
    }
    job.stop();
}

/// The README's command with `--sync` pointing at a copy of its directory (the repository's files stay
/// untouched): edits are committed and applied, what leaves the directory is pruned, and a broken file
/// is reported.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readme_main_job_applies_edits() {
    let words = readme_main_job();
    let sync = words.iter().position(|w| w == "--sync").expect("the main job syncs a directory");
    let copy = tempfile::tempdir().unwrap();
    let dir = copy.path().join("podinfo");
    std::fs::create_dir(&dir).unwrap();
    for entry in std::fs::read_dir(Path::new(REPOSITORY).join(&words[sync + 1])).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), dir.join(entry.file_name())).unwrap();
    }
    let mut args = words[4..].to_vec();
    args[sync - 3] = dir.display().to_string();
    // The other test holds the README's default port.
    args.extend(["--listen".to_string(), "127.0.0.1:0".to_string()]);
    let mut job = MainJob::start(&args);
    job.wait_for("Flux installed", STARTUP).await;
    let client = client_for(&job.kubeconfig()).await;
    let first = job.wait_synced("podinfo", None).await;
    let services = Api::<Service>::namespaced(client.clone(), "default");
    assert!(services.get_opt("podinfo").await.unwrap().is_some(), "the example Service was applied");

    let edit = |file: &str, from: &str, to: &str| {
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{file} has no {from:?}");
        std::fs::write(&path, text.replace(from, to)).unwrap();
    };
    edit("deployment.yaml", "replicas: 2", "replicas: 3");
    edit("configmap.yaml", "Hello from flux-rs", "Edited");
    edit("kustomization.yaml", "  - service.yaml\n", "");
    std::fs::remove_file(dir.join("service.yaml")).unwrap();

    let second = job.wait_synced("podinfo", Some(&first)).await;
    assert!(job.stderr().contains(&format!("changed: committed {second}")), "{}", job.stderr());
    let deployment = Api::<Deployment>::namespaced(client.clone(), "default").get("podinfo").await.unwrap();
    assert_eq!(deployment.spec.and_then(|s| s.replicas), Some(3));
    let config = Api::<ConfigMap>::namespaced(client.clone(), "default").get("podinfo").await.unwrap();
    assert_eq!(config.data.unwrap_or_default().get("PODINFO_UI_MESSAGE").map(String::as_str), Some("Edited"));
    assert!(services.get_opt("podinfo").await.unwrap().is_none(), "the removed Service was pruned");

    // A broken file is one ✗ line naming the Kustomization and kustomize's error.
    std::fs::write(dir.join("deployment.yaml"), "garbage: [\n").unwrap();
    job.wait_for("✗ Kustomization flux-system/podinfo: kustomize build failed", SYNC).await;
    job.stop();
}

#[test]
fn sync_without_git_fails_in_one_line() {
    let words = readme_main_job();
    let empty = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_flux-rs"))
        .args(&words[4..])
        .current_dir(REPOSITORY)
        .env("PATH", empty.path())
        .env("XDG_DATA_HOME", empty.path())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.starts_with('{')).collect();
    assert_eq!(lines.len(), 1, "{stderr}");
    assert!(lines[0].starts_with("✗ --sync needs git") && lines[0].contains("git is not installed"), "{stderr}");
    assert!(!empty.path().join("flux-rs/embedded/kubeconfig").exists(), "nothing started before the check");
}
