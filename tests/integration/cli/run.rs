//! `flux-rs run` as a process: two replicas side by side against one API server, with the flags the
//! install manifests pass, their probes, metrics and Flux-shaped JSON logs, and a clean SIGTERM.

use std::io::{Read, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::Value;

use crate::support::{eventually, TestServer};

use super::support::flux;

/// A `flux-rs run` child process logging to a file.
struct Replica {
    child: Child,
    log: PathBuf,
}

impl Replica {
    fn start(dir: &Path, name: &str, kubeconfig: &Path) -> Replica {
        let log = dir.join(format!("{name}.log"));
        let child = Command::new(env!("CARGO_BIN_EXE_flux-rs"))
            .args(["run", "--kubeconfig"])
            .arg(kubeconfig)
            .args([
                "--controllers=source-controller,kustomize-controller,helm-controller",
                "--watch-all-namespaces=true",
                "--log-level=info",
                "--log-encoding=json",
                "--enable-leader-election",
                "--metrics-addr=127.0.0.1:0",
                "--health-addr=127.0.0.1:0",
                // Each replica its own storage and artifact port (in a cluster, each pod has its own).
                "--storage-addr=127.0.0.1:0",
                "--storage-adv-addr=source-controller.flux-system.svc.cluster.local.",
                "--storage-path",
            ])
            .arg(dir.join(format!("{name}-storage")))
            .env("RUNTIME_NAMESPACE", "flux-system")
            .env("HOME", dir)
            .env_remove("KUBECONFIG")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).expect("creating the log"))
            .spawn()
            .expect("starting flux-rs run");
        Replica { child, log }
    }

    /// Every log line, parsed; each must be a JSON object.
    fn entries(&self) -> Vec<Value> {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        text.lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not a JSON log line ({e}): {l}")))
            .collect()
    }

    /// The address a "Starting … server" entry reported.
    fn address(&self, kind: &str) -> Option<SocketAddr> {
        self.entries().iter().find(|e| e["kind"] == kind).and_then(|e| e["addr"].as_str()?.parse().ok())
    }

    fn terminate(mut self) -> (std::process::ExitStatus, Vec<Value>) {
        let _ = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status();
        let status = self.child.wait().expect("waiting for flux-rs run");
        let entries = self.entries();
        (status, entries)
    }
}

impl Drop for Replica {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn get(addr: SocketAddr, path: &str) -> (u16, String) {
    let mut stream = std::net::TcpStream::connect(addr).expect("connecting");
    write!(stream, "GET {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n").expect("sending");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("reading");
    let status = response.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    (status, response.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_replicas_side_by_side() {
    let server = TestServer::start().await;
    // source-controller watches GitRepositories: readiness waits for their watch to list.
    super::controller::install_flux(&server, "flux-system").await;
    let dir = tempfile::tempdir().unwrap();
    let kubeconfig = server.kubeconfig();
    let a = Replica::start(dir.path(), "a", &kubeconfig);
    let b = Replica::start(dir.path(), "b", &kubeconfig);
    for replica in [&a, &b] {
        let health = eventually(Duration::from_secs(30), "the health address in the log", || async {
            replica.address("health probe")
        })
        .await;
        let metrics = replica.address("metrics").expect("the metrics address in the log");
        assert_ne!(health.port(), 0);
        let ready = eventually(Duration::from_secs(30), "/readyz", || async move {
            let r = tokio::task::spawn_blocking(move || get(health, "/readyz")).await.ok()?;
            (r.0 == 200).then_some(r)
        })
        .await;
        assert_eq!(ready, (200, "ok".to_string()), "both replicas are ready, leader or not");
        let (status, body) = tokio::task::spawn_blocking(move || get(metrics, "/metrics")).await.unwrap();
        assert_eq!(status, 200);
        assert!(body.contains("process_resident_memory_bytes "), "{body}");
    }

    let (status, entries) = a.terminate();
    assert!(status.success(), "{entries:?}");
    for entry in &entries {
        assert!(entry["level"].is_string() && entry["msg"].is_string(), "{entry}");
        let ts = entry["ts"].as_str().unwrap_or_default();
        assert!(ts.len() == 24 && ts.ends_with('Z'), "zap's ISO 8601 time: {entry}");
    }
    let skipped: Vec<&str> = entries
        .iter()
        .filter(|e| e["level"] == "warn" && e["msg"].as_str().unwrap_or_default().contains("not implemented"))
        .filter_map(|e| e["controller"].as_str())
        .collect();
    assert_eq!(
        skipped,
        ["helm-controller"],
        "each named once; source-controller and kustomize-controller are implemented"
    );
    assert_eq!(
        entries.last().map(|e| e["msg"].clone()),
        Some("Wait completed, proceeding to shutdown the manager".into())
    );
    let (status, _) = b.terminate();
    assert!(status.success());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_flags_are_usage_errors() {
    let out = flux(&["run", "--controllers", "source-controller,tf-controller"], &[], None).await;
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("unknown controller \"tf-controller\""), "{}", out.stderr);
    let out = flux(&["run", "--interval-jitter-percentage", "100"], &[], None).await;
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.contains("less than 100"), "{}", out.stderr);
    let out = flux(&["run", "--log-encoding", "text"], &[], None).await;
    assert_eq!(out.code, 2, "{}", out.stderr);
}

/// A GitRepository "controller" on the real runtime that stores nothing but reports the revision.
struct FakeSourceController;

impl runtime::Reconciler for FakeSourceController {
    type Object = api::source::GitRepository;

    async fn reconcile(
        &self,
        repo: &mut api::source::GitRepository,
        ctx: &runtime::Context<api::source::GitRepository>,
    ) -> Result<runtime::Action, runtime::Error> {
        runtime::conditions::progressing(repo, "reconciliation in progress");
        ctx.patch(repo).await?;
        let revision = super::controller::REVISION;
        let artifact = serde_json::from_value(serde_json::json!({
            "digest": "sha256:2d1f5b3e4f5c6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b",
            "path": "gitrepository/ns/name/sha.tar.gz",
            "url": "http://source-controller./gitrepository/ns/name/sha.tar.gz",
            "revision": revision,
            "lastUpdateTime": "2024-05-01T10:00:00Z",
        }))
        .map_err(|e| runtime::Error::new("Failed", e))?;
        repo.status.get_or_insert_with(Default::default).artifact = Some(artifact);
        let message = format!("stored artifact for revision '{revision}'");
        runtime::conditions::mark_true(repo, "ArtifactInStorage", "Succeeded", message.clone());
        runtime::conditions::mark_true(repo, "Ready", "Succeeded", message);
        Ok(runtime::Action::requeue_jittered(Duration::from_secs(3600)))
    }
}

/// `flux-rs reconcile` against a controller on the runtime: the requestedAt token goes in, comes back as
/// `status.lastHandledReconcileAt`, and the command reports the revision.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reconcile_waits_for_a_runtime_controller() {
    use super::controller::{self, cluster_args, git_repository, with_cluster, NS};
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let mut manager = runtime::Manager::new(client.clone(), runtime::ManagerOptions::default());
    manager.controller("source-controller", FakeSourceController).register();
    let running = manager.start().await.expect("starting the manager");
    let git = controller::resource::<api::source::GitRepository>();
    controller::create(&client, &git, NS, git_repository("tkfg")).await;
    let ready = |obj: Option<kube::api::DynamicObject>| {
        let conditions = obj?.data.pointer("/status/conditions")?.as_array()?.clone();
        conditions.iter().any(|c| c["type"] == "Ready" && c["status"] == "True").then_some(())
    };
    eventually(Duration::from_secs(30), "the GitRepository to be Ready", || async {
        ready(controller::get(&client, &git, NS, "tkfg").await)
    })
    .await;

    let cluster = cluster_args(&server);
    let out = flux(&with_cluster(&["reconcile", "source", "git", "tkfg"], &cluster), &[], None).await;
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("◎ waiting for GitRepository reconciliation"), "{}", out.stderr);
    assert!(out.stderr.contains(&format!("✔ fetched revision {}", controller::REVISION)), "{}", out.stderr);
    let obj = controller::get(&client, &git, NS, "tkfg").await.expect("tkfg exists");
    let requested = obj.metadata.annotations.as_ref().and_then(|a| a.get("reconcile.fluxcd.io/requestedAt")).cloned();
    let handled = obj.data.pointer("/status/lastHandledReconcileAt").and_then(|v| v.as_str()).map(str::to_string);
    assert!(requested.is_some());
    assert_eq!(requested, handled);
    assert_eq!(obj.data.pointer("/status/observedGeneration"), Some(&serde_json::json!(1)));
    running.shutdown().await.expect("stopping the manager");
}
