//! Engine tests against an in-process embedded API server (the binary crate's code cannot be reached from
//! `tests/`), with the real kubectl where a test needs another field manager's writes.

mod apply;
mod diff;
mod prune;
mod wait;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use serde_json::Value;

use super::resources::Discovery;
use super::{ApplyOptions, Owner, ResourceManager};

const GROUP: &str = "kustomize.toolkit.fluxcd.io";
const MANAGER: &str = "kustomize-controller";

/// An embedded API server for one test.
struct Cluster {
    /// Dropped with the test; its serving task ends with the test's runtime.
    server: apiserver::ApiServer,
    client: kube::Client,
    _dir: tempfile::TempDir,
    kubectl_cache: tempfile::TempDir,
}

impl Cluster {
    /// A server whose workloads never roll out: objects change only when the test changes them.
    async fn start() -> Cluster {
        Cluster::with_workloads(false).await
    }

    /// A server that simulates workloads (Deployments become ready, `sim.flux-rs.io/fail` makes them fail).
    async fn with_workloads(simulate: bool) -> Cluster {
        let dir = tempfile::tempdir().expect("a temporary data dir");
        let mut config = apiserver::Config::ephemeral_in(dir.path().to_path_buf());
        config.simulate_workloads = simulate;
        let server = apiserver::ApiServer::start(config).await.expect("starting the embedded API server");
        let client = client_for(server.kubeconfig_path()).await;
        Cluster { server, client, _dir: dir, kubectl_cache: tempfile::tempdir().expect("a cache dir") }
    }

    fn kubeconfig(&self) -> PathBuf {
        self.server.kubeconfig_path().to_path_buf()
    }

    /// The manager of the Kustomization `flux-system/apps`.
    fn manager(&self) -> ResourceManager {
        self.manager_of("apps")
    }

    fn manager_of(&self, kustomization: &str) -> ResourceManager {
        let owner = Owner { name: kustomization.into(), namespace: "flux-system".into(), group: GROUP.into() };
        ResourceManager::new(self.client.clone(), MANAGER, Some(owner))
    }

    /// The live object, or None.
    async fn get(&self, api_version: &str, kind: &str, namespace: &str, name: &str) -> Option<Value> {
        let endpoint = Discovery::new(self.client.clone())
            .endpoint(api_version, kind, namespace, name)
            .await
            .expect("a known kind");
        endpoint.get().await.expect("reading the object")
    }

    /// Runs kubectl against this server; panics unless it succeeds.
    fn kubectl(&self, args: &[&str], stdin: &str) -> String {
        use std::io::Write;
        let mut child = Command::new("kubectl")
            .arg("--kubeconfig")
            .arg(self.kubeconfig())
            .arg("--cache-dir")
            .arg(self.kubectl_cache.path())
            .args(args)
            .env_remove("KUBECONFIG")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("kubectl 1.33 (or the dispatcher) on PATH");
        child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("writing kubectl's stdin");
        let out = child.wait_with_output().expect("waiting for kubectl");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "kubectl {args:?} failed: {stderr}");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }
}

async fn client_for(kubeconfig: &Path) -> kube::Client {
    let kc = kube::config::Kubeconfig::read_from(kubeconfig).expect("reading the kubeconfig");
    let config = kube::Config::from_custom_kubeconfig(kc, &kube::config::KubeConfigOptions::default())
        .await
        .expect("loading the kubeconfig");
    kube::Client::try_from(config).expect("a kube client")
}

/// The documents of a fixture under `tests/fixtures/apply/`.
fn fixture(name: &str) -> Vec<Value> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/apply").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    yaml::documents(&text).unwrap_or_else(|e| panic!("parsing {}: {e}", path.display()))
}

/// The fixture's object of `kind` named `name`.
fn pick(objects: &[Value], kind: &str, name: &str) -> Value {
    objects
        .iter()
        .find(|o| o["kind"] == kind && o["metadata"]["name"] == name)
        .cloned()
        .unwrap_or_else(|| panic!("no {kind}/{name} in the fixture"))
}

/// What kustomize-controller applies with, waiting on stages every 100 ms.
fn flux_options() -> ApplyOptions {
    ApplyOptions { wait_interval: Duration::from_millis(100), ..ApplyOptions::flux(GROUP, MANAGER) }
}

fn rv(object: &Value) -> &str {
    object["metadata"]["resourceVersion"].as_str().unwrap_or_default()
}

/// A ConfigMap manifest.
fn config_map(namespace: &str, name: &str, data: Value) -> Value {
    serde_json::json!({
        "apiVersion": "v1", "kind": "ConfigMap",
        "metadata": {"name": name, "namespace": namespace}, "data": data
    })
}
