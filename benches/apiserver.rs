//! Embedded API server benchmark: create, list, watch fan-out and server-side apply throughput with N
//! concurrent writers, in memory and persistent, plus the RSS cost of 10 000 objects of 1 KiB.
//!
//! Run: `cargo bench --bench apiserver` (prints a Markdown table; copy it into docs/benchmarks.md).
//! The server runs as a child process (`flux-rs run --embedded`), so its RSS is measured on its own.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::{StreamExt, TryStreamExt};
use k8s_openapi::api::core::v1::ConfigMap;
use kube::api::{Api, ListParams, Patch, PatchParams, PostParams, WatchParams};
use serde_json::json;

struct Server {
    child: Child,
    kubeconfig: PathBuf,
    _dir: tempfile::TempDir,
}

impl Server {
    fn start(ephemeral: bool) -> Server {
        let dir = tempfile::tempdir().expect("tempdir");
        let log = dir.path().join("stderr.log");
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_flux-rs"));
        cmd.args(["run", "--embedded", "--listen", "127.0.0.1:0", "--simulate-workloads=false", "--data-dir"])
            .arg(dir.path().join("data"));
        if ephemeral {
            cmd.arg("--ephemeral");
        }
        let child = cmd
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).expect("log"))
            .spawn()
            .expect("spawn flux-rs");
        let deadline = Instant::now() + Duration::from_secs(30);
        while !std::fs::read_to_string(&log).unwrap_or_default().contains("serving on") {
            assert!(Instant::now() < deadline, "server did not start");
            std::thread::sleep(Duration::from_millis(10));
        }
        Server { kubeconfig: dir.path().join("data/kubeconfig"), child, _dir: dir }
    }

    fn rss_kib(&self) -> u64 {
        rss_of(self.child.id())
    }

    async fn client(&self) -> kube::Client {
        client_for(&self.kubeconfig).await
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn rss_of(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

async fn client_for(kubeconfig: &Path) -> kube::Client {
    let kc = kube::config::Kubeconfig::read_from(kubeconfig).expect("kubeconfig");
    let config = kube::Config::from_custom_kubeconfig(kc, &Default::default()).await.expect("config");
    kube::Client::try_from(config).expect("client")
}

fn payload(i: usize, bytes: usize) -> serde_json::Value {
    json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": format!("cm-{i}")}, "data": {"v": "x".repeat(bytes)}})
}

/// Runs `total` operations split over `writers` tasks, each with its own client; returns ops/s.
async fn concurrently<F, Fut>(server: &Server, writers: usize, total: usize, op: F) -> f64
where
    F: Fn(Api<ConfigMap>, usize) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    let op = Arc::new(op);
    let mut apis = Vec::new();
    for _ in 0..writers {
        apis.push(Api::<ConfigMap>::namespaced(server.client().await, "default"));
    }
    let start = Instant::now();
    let mut tasks = Vec::new();
    for (w, api) in apis.into_iter().enumerate() {
        let op = op.clone();
        tasks.push(tokio::spawn(async move {
            let mut i = w;
            while i < total {
                op(api.clone(), i).await;
                i += writers;
            }
        }));
    }
    for t in tasks {
        t.await.expect("writer task");
    }
    total as f64 / start.elapsed().as_secs_f64()
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let total = 4000;
    println!("| mode | writers | create/s | server-side apply/s | list of {total} (ms) |");
    println!("|---|---|---|---|---|");
    for ephemeral in [true, false] {
        for writers in [1, 8, 32] {
            let server = Server::start(ephemeral);
            let create = concurrently(&server, writers, total, |api, i| async move {
                api.create(&PostParams::default(), &serde_json::from_value(payload(i, 256)).expect("cm"))
                    .await
                    .expect("create");
            })
            .await;
            let apply = concurrently(&server, writers, total, |api, i| async move {
                let mut p = payload(i, 256);
                p["data"]["applied"] = json!("yes");
                api.patch(&format!("cm-{i}"), &PatchParams::apply("bench").force(), &Patch::Apply(p))
                    .await
                    .expect("apply");
            })
            .await;
            let api: Api<ConfigMap> = Api::namespaced(server.client().await, "default");
            let start = Instant::now();
            let rounds = 5;
            for _ in 0..rounds {
                let l = api.list(&ListParams::default()).await.expect("list");
                assert_eq!(l.items.len(), total);
            }
            let list_ms = start.elapsed().as_secs_f64() * 1000.0 / rounds as f64;
            let mode = if ephemeral { "memory" } else { "persistent" };
            println!("| {mode} | {writers} | {create:.0} | {apply:.0} | {list_ms:.1} |");
        }
    }

    // Watch fan-out: 100 watchers, 1 000 writes; time until every watcher has seen every write.
    let server = Server::start(true);
    let watchers = 100;
    let writes = 1000;
    let client = server.client().await;
    let api: Api<ConfigMap> = Api::namespaced(client.clone(), "default");
    let rv = api.list(&ListParams::default()).await.expect("list").metadata.resource_version.expect("rv");
    let mut handles = Vec::new();
    for _ in 0..watchers {
        let api = api.clone();
        let rv = rv.clone();
        handles.push(tokio::spawn(async move {
            let mut stream = api.watch(&WatchParams::default().timeout(290), &rv).await.expect("watch").boxed();
            let mut seen = 0;
            while seen < writes {
                if stream.try_next().await.expect("watch event").is_none() {
                    break;
                }
                seen += 1;
            }
            seen
        }));
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let start = Instant::now();
    for i in 0..writes {
        api.create(&PostParams::default(), &serde_json::from_value(payload(i, 256)).expect("cm"))
            .await
            .expect("create");
    }
    for h in handles {
        assert_eq!(h.await.expect("watcher"), writes);
    }
    let elapsed = start.elapsed().as_secs_f64();
    println!();
    println!(
        "watch fan-out: {watchers} watchers × {writes} writes delivered in {elapsed:.2} s ({:.0} events/s)",
        (watchers * writes) as f64 / elapsed
    );

    // RSS: 10 000 objects of 1 KiB in memory.
    let server = Server::start(true);
    let client = server.client().await;
    let api: Api<ConfigMap> = Api::namespaced(client, "default");
    api.list(&ListParams::default()).await.expect("warm-up");
    let before = server.rss_kib();
    let mut stored = 0usize;
    for i in 0..10_000 {
        let created = api
            .create(&PostParams::default(), &serde_json::from_value(payload(i, 1024)).expect("cm"))
            .await
            .expect("create");
        stored += serde_json::to_vec(&created).expect("json").len();
    }
    let after = server.rss_kib();
    let increase = after.saturating_sub(before);
    println!(
        "RSS: {before} KiB empty, {after} KiB with 10 000 objects: +{increase} KiB for {} KiB of stored JSON ({:.2}×)",
        stored / 1024,
        increase as f64 / (stored as f64 / 1024.0)
    );
}
