//! `flux-rs trace`: upstream's `testdata/trace` scenarios (a Deployment or a HelmRelease traced back to its
//! HelmRelease or Kustomization and their sources), plus the ways tracing fails.
//!
//! Also home of [`Cluster`], the embedded server with the Flux CRDs and YAML fixtures that the `events`,
//! `stats`, `trace` and `tree` tests share.

use kube::api::{Api, DynamicObject, Patch, PatchParams, PostParams};
use kube::core::GroupVersionKind;
use serde_json::Value;

use super::controller;
use super::support::{assert_golden, flux, kubeconfig_for, Output};
use crate::support::{fixture, TestServer};

/// The embedded API server with every Flux CRD installed.
pub struct Cluster {
    pub server: TestServer,
    pub client: kube::Client,
    kubeconfig: String,
}

impl Cluster {
    pub async fn start() -> Cluster {
        let server = TestServer::start().await;
        let client = controller::install_flux(&server, "default-flux-tests").await;
        let kubeconfig = server.kubeconfig().to_str().expect("a UTF-8 path").to_string();
        Cluster { server, client, kubeconfig }
    }

    /// Creates the objects of `tests/fixtures/cli/<path>`, where `{{ .key }}` stands for the values in
    /// `vars`; each object's `status` is written through the status subresource, as a controller does.
    pub async fn load(&self, path: &str, vars: &[(&str, &str)]) {
        let mut text = std::fs::read_to_string(fixture(&format!("cli/{path}"))).expect("reading the fixture");
        for (key, value) in vars {
            text = text.replace(&format!("{{{{ .{key} }}}}"), value);
        }
        for doc in yaml::documents(&text).expect("a YAML fixture") {
            if !doc.is_null() {
                self.create(doc).await;
            }
        }
    }

    async fn create(&self, mut doc: Value) {
        let kind = doc["kind"].as_str().expect("kind").to_string();
        let api_version = doc["apiVersion"].as_str().expect("apiVersion").to_string();
        let (group, version) = api_version.split_once('/').unwrap_or(("", &api_version));
        let gvk = GroupVersionKind::gvk(group, version, &kind);
        let (resource, _) = kube::discovery::pinned_kind(&self.client, &gvk).await.expect("discovering the kind");
        let status = doc.as_object_mut().and_then(|o| o.remove("status"));
        let obj: DynamicObject = serde_json::from_value(doc).expect("an object");
        let name = obj.metadata.name.clone().expect("a name");
        let api: Api<DynamicObject> = match &obj.metadata.namespace {
            Some(ns) => Api::namespaced_with(self.client.clone(), ns, &resource),
            None => Api::all_with(self.client.clone(), &resource),
        };
        match api.create(&PostParams::default(), &obj).await {
            Ok(_) => {}
            // Fixtures name the namespaces they use; some already exist.
            Err(kube::Error::Api(e)) if e.code == 409 && kind == "Namespace" => {}
            Err(e) => panic!("creating {kind} {name}: {e}"),
        }
        if let Some(status) = status {
            let patch = serde_json::json!({ "status": status });
            api.patch_status(&name, &PatchParams::default(), &Patch::Merge(&patch))
                .await
                .unwrap_or_else(|e| panic!("writing the status of {kind} {name}: {e}"));
        }
    }

    /// Runs `flux-rs args… --kubeconfig <this cluster>` with `TZ=UTC` and the extra variables in `env`.
    pub async fn flux_env(&self, args: &[&str], env: &[(&str, &str)]) -> Output {
        let mut all = args.to_vec();
        all.extend(["--kubeconfig", &self.kubeconfig]);
        let mut env = env.to_vec();
        env.push(("TZ", "UTC"));
        flux(&all, &env, None).await
    }

    pub async fn flux(&self, args: &[&str]) -> Output {
        self.flux_env(args, &[]).await
    }
}

/// `flux-rs args… --kubeconfig <a server that is not there>`.
pub async fn unreachable(args: &[&str]) -> Output {
    let dir = tempfile::tempdir().expect("a temporary dir");
    let kubeconfig = kubeconfig_for(dir.path(), "https://127.0.0.1:1", None);
    let mut all = args.to_vec();
    all.extend(["--kubeconfig", kubeconfig.to_str().expect("a UTF-8 path")]);
    flux(&all, &[], None).await
}
