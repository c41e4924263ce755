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
    /// Held so that the server lives as long as the cluster.
    _server: TestServer,
    pub client: kube::Client,
    kubeconfig: String,
}

impl Cluster {
    pub async fn start() -> Cluster {
        let server = TestServer::start().await;
        let client = controller::install_flux(&server, "default-flux-tests").await;
        let kubeconfig = server.kubeconfig().to_str().expect("a UTF-8 path").to_string();
        Cluster { _server: server, client, kubeconfig }
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

/// One of upstream's scenarios: its fixture, the command, its golden and the times it shows.
struct Scenario {
    name: &'static str,
    args: &'static [&'static str],
    times: &'static [(&'static str, &'static str)],
}

/// Upstream's `TestTrace` cases. With `{{ .ns }}`, `{{ .fluxns }}` and the times as variables, each
/// golden's stdout is byte for byte upstream's `testdata/trace/<name>.golden` (TZ=UTC).
const SCENARIOS: &[Scenario] = &[
    Scenario {
        name: "deployment",
        args: &["trace", "podinfo", "--kind", "deployment", "--api-version=apps/v1"],
        times: &[
            ("helmReleaseLastReconcile", "2021-07-16 15:42:20 +0000 UTC"),
            ("helmChartLastReconcile", "2021-07-16 15:32:09 +0000 UTC"),
            ("helmRepositoryLastReconcile", "2021-07-11 00:25:46 +0000 UTC"),
        ],
    },
    Scenario {
        name: "helmrelease",
        args: &["trace", "podinfo", "--kind", "HelmRelease", "--api-version=helm.toolkit.fluxcd.io/v2"],
        times: &[
            ("kustomizationLastReconcile", "2021-08-01 04:52:56 +0000 UTC"),
            ("gitRepositoryLastReconcile", "2021-07-20 00:48:16 +0000 UTC"),
        ],
    },
    Scenario {
        name: "helmrelease-oci",
        args: &["trace", "podinfo", "--kind", "HelmRelease", "--api-version=helm.toolkit.fluxcd.io/v2"],
        times: &[
            ("kustomizationLastReconcile", "2021-08-01 04:52:56 +0000 UTC"),
            ("ociRepositoryLastReconcile", "2021-07-20 00:48:16 +0000 UTC"),
        ],
    },
    Scenario {
        name: "deployment-hr-ocirepo",
        args: &["trace", "podinfo", "--kind", "deployment", "--api-version=apps/v1"],
        times: &[
            ("helmReleaseLastReconcile", "2021-07-16 15:42:20 +0000 UTC"),
            ("ociRepositoryLastReconcile", "2021-07-20 00:48:16 +0000 UTC"),
        ],
    },
];

/// The namespaces of scenario `i`: `{{ .ns }}` and `{{ .fluxns }}`.
fn namespaces(i: usize) -> (String, String) {
    (format!("trace-apps-{i}"), format!("trace-flux-{i}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn upstream_scenarios() {
    let c = Cluster::start().await;
    for (i, s) in SCENARIOS.iter().enumerate() {
        let (ns, fluxns) = namespaces(i);
        let mut vars = vec![("ns", ns.as_str()), ("fluxns", fluxns.as_str())];
        c.load(&format!("trace/{}.yaml", s.name), &vars).await;
        let ns_flag = format!("-n={ns}");
        let mut args = s.args.to_vec();
        args.push(&ns_flag);
        let out = c.flux(&args).await;
        vars.extend(s.times.iter().copied());
        assert_golden(&format!("trace/{}", s.name), &out, &vars);
    }
}

/// `<resource> <name>` and `<resource>/<name>` arguments, owners, and objects that cannot be traced.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn resources_owners_and_failures() {
    let c = Cluster::start().await;
    let (ns, fluxns) = ("trace-apps", "trace-flux");
    let vars = [("ns", ns), ("fluxns", fluxns)];
    c.load("trace/deployment.yaml", &vars).await;

    // A ConfigMap owned by the Deployment is traced through its owner.
    let deployments: Api<k8s_openapi::api::apps::v1::Deployment> = Api::namespaced(c.client.clone(), ns);
    let uid = deployments.get("podinfo").await.expect("the Deployment").metadata.uid.expect("a uid");
    let owned = serde_json::json!({
        "apiVersion": "v1", "kind": "ConfigMap",
        "metadata": {"name": "owned", "namespace": ns, "ownerReferences": [
            {"apiVersion": "apps/v1", "kind": "Deployment", "name": "podinfo", "uid": uid}
        ]},
        "data": {"key": "value"}
    });
    let configmaps: Api<k8s_openapi::api::core::v1::ConfigMap> = Api::namespaced(c.client.clone(), ns);
    configmaps
        .create(&PostParams::default(), &serde_json::from_value(owned).expect("a ConfigMap"))
        .await
        .expect("creating");

    let cases: &[(&str, &[&str])] = &[
        ("resource_name", &["trace", "deployment", "podinfo", "-n", ns]),
        ("several", &["trace", "deploy/podinfo", "hr/podinfo", "-n", ns]),
        ("owner", &["trace", "configmap", "owned", "-n", ns]),
        ("not_managed", &["trace", "cm/plain", "-n", ns]),
        ("applier_missing", &["trace", "cm/orphan", "-n", ns]),
        ("not_managed_then_managed", &["trace", "cm/plain", "deployments.apps/podinfo", "-n", ns]),
        ("cluster_scoped", &["trace", "namespace", ns]),
        ("no_arguments", &["trace"]),
        ("no_name", &["trace", "deployment"]),
        ("not_found", &["trace", "deployment", "nope", "-n", ns]),
        ("not_found_static", &["trace", "nope", "--kind", "Deployment", "--api-version", "apps/v1", "-n", ns]),
        ("unknown_resource", &["trace", "widgets", "podinfo"]),
        ("unknown_kind", &["trace", "podinfo", "--kind", "Widget", "--api-version", "apps/v1"]),
        ("kind_without_api_version", &["trace", "podinfo", "--kind", "Deployment"]),
        ("bad_api_version", &["trace", "podinfo", "--kind", "Deployment", "--api-version", "a/b/c"]),
    ];
    for (name, args) in cases {
        let out = c.flux(args).await;
        assert_golden(&format!("trace/{name}"), &out, &vars);
    }
    let out = unreachable(&["trace", "deployment", "podinfo"]).await;
    assert_eq!(out.code, 1, "{out:?}");
    assert_eq!(out.stderr.lines().count(), 1, "{out:?}");
    assert!(out.stderr.trim_end().ends_with("connect: connection refused"), "{out:?}");
}
