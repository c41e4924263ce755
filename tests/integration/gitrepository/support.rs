//! The GitRepository controller as it runs for real: `flux-rs run --controllers=source-controller` as a
//! child process against an in-process embedded API server, its artifact server on a free port, and
//! helpers to create objects, wait on their conditions, download artifacts and read the controller's log.

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use api::source::GitRepository;
use k8s_openapi::api::core::v1::{Event, Secret};
use kube::api::{Api, DeleteParams, ListParams, Patch, PatchParams, PostParams};
use serde_json::{json, Value};
use sha2::Digest as _;

use crate::cli::controller::install_flux;
use crate::support::{eventually, TestServer};

/// The namespace every object of these tests lives in.
pub const NS: &str = "flux-system";

/// How long the controller may take for one reconciliation of a small local repository, on a loaded
/// two-core machine (clone, archive, a few status patches).
pub const RECONCILE: Duration = Duration::from_secs(30);

/// `3 × interval + RECONCILE`: the deadline for something that happens on the interval.
pub fn after_intervals(interval: Duration) -> Duration {
    interval * 3 + RECONCILE
}

/// An API server with the Flux CRDs and the source controller running against it.
pub struct Fixture {
    pub server: TestServer,
    pub client: kube::Client,
    pub controller: Controller,
    pub storage: tempfile::TempDir,
}

/// `flux-rs run` as a child process, logging JSON to a file.
pub struct Controller {
    child: Child,
    pub log: PathBuf,
    args: Vec<std::ffi::OsString>,
    dir: tempfile::TempDir,
}

impl Controller {
    /// Starts `flux-rs <args>` in `dir`, appending its stderr to `log`.
    fn spawn(args: Vec<std::ffi::OsString>, dir: tempfile::TempDir, log: PathBuf) -> Controller {
        let stderr =
            std::fs::OpenOptions::new().create(true).append(true).open(&log).expect("opening the controller log");
        let child = Command::new(env!("CARGO_BIN_EXE_flux-rs"))
            .args(&args)
            .env("HOME", dir.path())
            .env("TMPDIR", dir.path())
            .env_remove("KUBECONFIG")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(stderr)
            .spawn()
            .expect("starting flux-rs run");
        Controller { child, log, args, dir }
    }

    /// Kills the process with SIGKILL (no chance to finish anything) and starts it again with the same
    /// arguments, state directory and log.
    pub fn kill_and_restart(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let dir = std::mem::replace(&mut self.dir, tempfile::tempdir().expect("a placeholder directory"));
        *self = Controller::spawn(self.args.clone(), dir, self.log.clone());
    }
}

impl Drop for Controller {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Fixture {
    /// The server, the CRDs, the namespace and the controller with short retry delays.
    pub async fn start() -> Fixture {
        Fixture::start_with(&[]).await
    }

    /// Same, with extra `flux-rs run` flags.
    pub async fn start_with(extra: &[&str]) -> Fixture {
        Fixture::start_controllers("source-controller", extra).await
    }

    /// The server, the CRDs, the namespace and `flux-rs run --controllers=<controllers> <extra>`.
    pub async fn start_controllers(controllers: &str, extra: &[&str]) -> Fixture {
        let server = TestServer::start().await;
        let client = install_flux(&server, NS).await;
        let storage = tempfile::tempdir().expect("a storage directory");
        let dir = tempfile::tempdir().expect("a controller directory");
        let log = dir.path().join("controller.log");
        let mut args: Vec<std::ffi::OsString> = vec!["run".into(), "--kubeconfig".into(), server.kubeconfig().into()];
        args.extend(
            [
                format!("--controllers={controllers}").as_str(),
                "--metrics-addr=0",
                "--health-addr=127.0.0.1:0",
                "--log-encoding=json",
                "--log-level=debug",
                "--min-retry-delay=250ms",
                "--max-retry-delay=2s",
                "--requeue-dependency=2s",
                "--storage-path",
            ]
            .map(Into::into),
        );
        args.push(storage.path().into());
        if !extra.iter().any(|a| a.starts_with("--storage-addr")) {
            args.push("--storage-addr=127.0.0.1:0".into());
        }
        args.extend(extra.iter().map(Into::into));
        let controller = Controller::spawn(args, dir, log);
        Fixture { server, client, controller, storage }
    }

    pub fn repos(&self) -> Api<GitRepository> {
        Api::namespaced(self.client.clone(), NS)
    }

    /// Creates a GitRepository from `spec` (interval defaults to 1h so only what a test does happens).
    pub async fn create(&self, name: &str, spec: Value) -> GitRepository {
        let mut spec = spec;
        if spec.get("interval").is_none() {
            spec["interval"] = "1h".into();
        }
        let obj: GitRepository = serde_json::from_value(json!({
            "apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository",
            "metadata": {"name": name, "namespace": NS}, "spec": spec
        }))
        .expect("a GitRepository");
        self.repos().create(&PostParams::default(), &obj).await.expect("creating a GitRepository")
    }

    /// Merges `spec` into the object's spec.
    pub async fn patch_spec(&self, name: &str, spec: Value) {
        self.repos()
            .patch(name, &PatchParams::default(), &Patch::Merge(&json!({"spec": spec})))
            .await
            .expect("patching a GitRepository");
    }

    pub async fn delete(&self, name: &str) {
        self.repos().delete(name, &DeleteParams::default()).await.expect("deleting a GitRepository");
    }

    /// Creates an Opaque Secret with these string values.
    pub async fn secret(&self, name: &str, data: &[(&str, &str)]) {
        let string_data: BTreeMap<String, String> = data.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        let data: BTreeMap<String, String> =
            string_data.iter().map(|(k, v)| (k.clone(), base64(v.as_bytes()))).collect();
        let secret: Secret = serde_json::from_value(json!({
            "apiVersion": "v1", "kind": "Secret", "metadata": {"name": name, "namespace": NS}, "data": data
        }))
        .expect("a Secret");
        Api::<Secret>::namespaced(self.client.clone(), NS)
            .create(&PostParams::default(), &secret)
            .await
            .expect("creating a Secret");
    }

    pub async fn get(&self, name: &str) -> Option<GitRepository> {
        self.repos().get_opt(name).await.expect("reading a GitRepository")
    }

    /// Waits until `check` accepts the object, failing with the object and the controller's log.
    pub async fn wait_for(
        &self,
        name: &str,
        deadline: Duration,
        what: &str,
        check: impl Fn(&GitRepository) -> bool,
    ) -> GitRepository {
        let until = tokio::time::Instant::now() + deadline;
        loop {
            let obj = self.get(name).await;
            if let Some(o) = &obj {
                if check(o) {
                    return o.clone();
                }
            }
            if tokio::time::Instant::now() >= until {
                panic!(
                    "timed out after {deadline:?} waiting for {name} to be {what}\n--- object\n{}\n--- controller log\n{}",
                    serde_json::to_string_pretty(&obj).unwrap_or_default(),
                    self.log()
                );
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the object is Ready for its current generation.
    pub async fn wait_ready(&self, name: &str) -> GitRepository {
        self.wait_for(name, RECONCILE, "Ready", is_ready).await
    }

    /// Waits until `Ready` has this status and reason.
    pub async fn wait_ready_condition(&self, name: &str, status: &str, reason: &str) -> GitRepository {
        let what = format!("Ready={status} ({reason})");
        self.wait_for(name, RECONCILE, &what, |o| {
            condition(o, "Ready").is_some_and(|c| c.status == status && c.reason == reason)
        })
        .await
    }

    /// The controller's log so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(&self.controller.log).unwrap_or_default()
    }

    /// The Events recorded about `name`.
    pub async fn events(&self, name: &str) -> Vec<Event> {
        let events: Api<Event> = Api::namespaced(self.client.clone(), NS);
        let list = events.list(&ListParams::default()).await.expect("listing Events");
        list.items.into_iter().filter(|e| e.involved_object.name.as_deref() == Some(name)).collect()
    }

    /// Waits for an Event about `name` with this reason.
    pub async fn wait_event(&self, name: &str, reason: &str) -> Event {
        let what = format!("an Event {reason} about {name}");
        eventually(RECONCILE, &what, || async {
            self.events(name).await.into_iter().find(|e| e.reason.as_deref() == Some(reason))
        })
        .await
    }

    /// The files of the object's storage directory.
    pub fn stored_files(&self, name: &str) -> Vec<String> {
        let dir = self.storage.path().join("gitrepository").join(NS).join(name);
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .map(|d| d.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
            .unwrap_or_default();
        files.sort();
        files
    }
}

pub fn condition<'a>(obj: &'a GitRepository, type_: &str) -> Option<&'a api::meta::Condition> {
    obj.status.as_ref()?.conditions.as_ref()?.iter().find(|c| c.type_ == type_)
}

/// Ready=True for the current generation.
pub fn is_ready(obj: &GitRepository) -> bool {
    condition(obj, "Ready").is_some_and(|c| c.status == "True")
        && obj.status.as_ref().and_then(|s| s.observed_generation) == obj.metadata.generation
}

pub fn artifact(obj: &GitRepository) -> &api::artifact::Artifact {
    obj.status.as_ref().and_then(|s| s.artifact.as_ref()).expect("status.artifact")
}

pub fn base64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// `GET url` over a plain TCP connection: status and body.
pub fn http_get(url: &str) -> (u16, Vec<u8>) {
    let rest = url.strip_prefix("http://").expect("an http:// URL");
    let (host, path) = rest.split_once('/').map(|(h, p)| (h, format!("/{p}"))).unwrap_or((rest, "/".into()));
    let mut stream = std::net::TcpStream::connect(host).unwrap_or_else(|e| panic!("connecting to {host}: {e}"));
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n").expect("sending");
    let mut response = Vec::new();
    stream.read_to_end(&mut response).expect("reading");
    let split = response.windows(4).position(|w| w == b"\r\n\r\n").expect("a complete HTTP response");
    let head = String::from_utf8_lossy(&response[..split]).into_owned();
    let status = head.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, response[split + 4..].to_vec())
}

/// Downloads the artifact from the artifact server, checks its size and digest, and extracts it with
/// `tar` into a new directory.
pub async fn download(artifact: &api::artifact::Artifact) -> tempfile::TempDir {
    let url = artifact.url.clone();
    let (status, body) = tokio::task::spawn_blocking(move || http_get(&url)).await.expect("the download");
    assert_eq!(status, 200, "GET {}", artifact.url);
    assert_eq!(Some(body.len() as i64), artifact.size, "the artifact's size");
    let digest = format!("sha256:{:x}", sha2::Sha256::digest(&body));
    assert_eq!(digest, artifact.digest, "the digest of the downloaded artifact");
    let dir = tempfile::tempdir().expect("an extraction directory");
    let archive = dir.path().join("artifact.tar.gz");
    std::fs::write(&archive, &body).expect("writing the archive");
    let out_dir = dir.path().join("tree");
    std::fs::create_dir(&out_dir).expect("creating the tree directory");
    let status = Command::new("tar").arg("-xzf").arg(&archive).arg("-C").arg(&out_dir).status().expect("running tar");
    assert!(status.success(), "tar -xzf failed");
    std::fs::remove_file(&archive).expect("removing the archive");
    dir
}

/// Every regular file under `dir` (relative path → content); fails on anything else but directories.
pub fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        for entry in std::fs::read_dir(dir).expect("reading a directory") {
            let entry = entry.expect("a directory entry");
            let path = entry.path();
            let kind = entry.file_type().expect("a file type");
            if kind.is_dir() {
                walk(root, &path, out);
            } else {
                assert!(kind.is_file(), "only files and directories in an artifact: {}", path.display());
                let rel = path.strip_prefix(root).expect("under the root").to_string_lossy().into_owned();
                out.insert(rel, std::fs::read(&path).expect("reading a file"));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// The extracted artifact's files.
pub fn artifact_tree(extracted: &tempfile::TempDir) -> BTreeMap<String, Vec<u8>> {
    tree(&extracted.path().join("tree"))
}

/// The files of a commit as Git has them (regular files only: links are not artifact content).
pub fn git_tree(repo: &git::testing::TestRepo, rev: &str) -> BTreeMap<String, Vec<u8>> {
    let listing = repo.git(&["ls-tree", "-r", "--full-tree", rev]);
    let mut out = BTreeMap::new();
    for line in listing.lines() {
        let (meta, path) = line.split_once('\t').expect("ls-tree line");
        let mode = meta.split_whitespace().next().unwrap_or_default();
        if mode == "100644" || mode == "100755" {
            let content = Command::new(git::testing::git_binary())
                .arg("--git-dir")
                .arg(repo.path())
                .args(["cat-file", "blob", &format!("{rev}:{path}")])
                .output()
                .expect("git cat-file");
            out.insert(path.to_string(), content.stdout);
        }
    }
    out
}

/// A tree of (path, content) string pairs, for assertions.
pub fn files(pairs: &[(&str, &str)]) -> BTreeMap<String, Vec<u8>> {
    pairs.iter().map(|(p, c)| (p.to_string(), c.as_bytes().to_vec())).collect()
}

/// The names of a tree, for readable failures.
pub fn names(tree: &BTreeMap<String, Vec<u8>>) -> Vec<&str> {
    tree.keys().map(String::as_str).collect()
}

impl Fixture {
    /// Merges `annotations` into the object's annotations.
    pub async fn patch_annotations(&self, name: &str, annotations: Value) {
        self.repos()
            .patch(name, &PatchParams::default(), &Patch::Merge(&json!({"metadata": {"annotations": annotations}})))
            .await
            .expect("annotating a GitRepository");
    }

    /// Waits until the object is gone (its finalizer removed).
    pub async fn wait_for_gone(&self, name: &str) {
        let what = format!("{name} to be deleted");
        eventually(RECONCILE, &what, || async { self.get(name).await.is_none().then_some(()) }).await;
    }
}
