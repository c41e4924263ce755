//! The eviction subresource and PodDisruptionBudgets, as `kubectl drain` and client-go use them.

use std::time::Duration;

use k8s_openapi::api::core::v1::Pod;
use kube::api::{Api, ListParams};

use crate::support::{eventually, Kubectl, TestServer};

const APP: &str = "apiVersion: v1\nkind: Namespace\nmetadata:\n  name: demo\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: demo\nspec:\n  replicas: 2\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n";

async fn budget_allows(k: &Kubectl, name: &str, allowed: &str) {
    let (k, name, allowed) = (k.clone(), name.to_string(), allowed.to_string());
    eventually(Duration::from_secs(30), &format!("PodDisruptionBudget {name} to allow {allowed}"), move || {
        let (k, name, allowed) = (k.clone(), name.clone(), allowed.clone());
        async move {
            let jsonpath =
                "jsonpath={.status.observedGeneration}/{.status.currentHealthy}/{.status.disruptionsAllowed}";
            let out = k.run(&["get", "pdb", &name, "-n", "demo", "-o", jsonpath]).stdout;
            (out.starts_with(&format!("{}/", generation(&k, &name))) && out.ends_with(&format!("/2/{allowed}")))
                .then_some(())
        }
    })
    .await;
}

fn generation(k: &Kubectl, name: &str) -> String {
    k.run(&["get", "pdb", name, "-n", "demo", "-o", "jsonpath={.metadata.generation}"]).ok().stdout
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn evictions_honour_disruption_budgets_and_drain_waits_for_them() {
    let server = TestServer::start().await;
    let k = server.kubectl();
    k.run_stdin(&["apply", "-f", "-"], APP).ok();
    k.run(&["wait", "--for=condition=Available", "deployment/web", "-n", "demo", "--timeout=30s"]).ok();
    k.run(&["create", "poddisruptionbudget", "web", "-n", "demo", "--selector=app=web", "--min-available=2"]).ok();
    budget_allows(&k, "web", "0").await;
    let condition = k
        .run(&[
            "get",
            "pdb",
            "web",
            "-n",
            "demo",
            "-o",
            "jsonpath={.status.conditions[0].type}={.status.conditions[0].reason}",
        ])
        .ok()
        .stdout;
    assert_eq!(condition, "DisruptionAllowed=InsufficientPods");

    let pods: Api<Pod> = Api::namespaced(server.client().await, "demo");
    let names: Vec<String> = pods
        .list(&ListParams::default().labels("app=web"))
        .await
        .unwrap()
        .items
        .iter()
        .filter_map(|p| p.metadata.name.clone())
        .collect();
    // kube-rs retries 429s by itself; `kubectl create --raw` shows the answer as it is.
    let evict = |pod: &str| {
        let path = format!("/api/v1/namespaces/demo/pods/{pod}/eviction");
        let body = format!(
            r#"{{"apiVersion":"policy/v1","kind":"Eviction","metadata":{{"name":"{pod}","namespace":"demo"}}}}"#
        );
        k.run_stdin(&["create", "--raw", &path, "-f", "-"], &body)
    };
    let err = evict(&names[0]).fails();
    assert!(
        err.contains(
            "Error from server (TooManyRequests): Cannot evict pod as it would violate the pod's disruption budget."
        ),
        "{err}"
    );
    // The cause names the budget's numbers; kubectl shows the response body at -v=8.
    let verbose = k
        .run_stdin(
            &["create", "--raw", &format!("/api/v1/namespaces/demo/pods/{}/eviction", names[0]), "-f", "-", "-v=8"],
            &format!(r#"{{"apiVersion":"policy/v1","kind":"Eviction","metadata":{{"name":"{}"}}}}"#, names[0]),
        )
        .stderr;
    assert!(
        verbose.contains("The disruption budget web needs 2 healthy pods and has 2 currently")
            && verbose.contains("DisruptionBudget"),
        "{verbose}"
    );
    let err = k.run(&["drain", "flux-rs-embedded", "--pod-selector=app=web", "--timeout=2s"]).fails();
    assert!(err.contains("Cannot evict pod as it would violate the pod's disruption budget."), "{err}");
    k.run(&["uncordon", "flux-rs-embedded"]).ok();

    // A second budget over the same pods is more than eviction supports.
    k.run(&["create", "poddisruptionbudget", "web-too", "-n", "demo", "--selector=app=web", "--max-unavailable=1"])
        .ok();
    let err = evict(&names[0]).fails();
    assert!(
        err.contains(
            "This pod has more than one PodDisruptionBudget, which the eviction subresource does not support."
        ),
        "{err}"
    );
    k.run(&["delete", "pdb", "web-too", "-n", "demo"]).ok();

    // With room for one disruption, drain evicts the pods one by one as replacements become ready.
    k.run(&["patch", "pdb", "web", "-n", "demo", "--type=merge", "-p", r#"{"spec":{"minAvailable":1}}"#]).ok();
    budget_allows(&k, "web", "1").await;
    let drained = k.run(&["drain", "flux-rs-embedded", "--pod-selector=app=web", "--timeout=60s"]).ok();
    assert!(drained.stdout.contains("evicted"), "{drained:?}");
    assert!(drained.stdout.contains("node/flux-rs-embedded drained"), "{drained:?}");
    for name in &names {
        assert!(pods.get_opt(name).await.unwrap().is_none(), "{name} was evicted");
    }
    k.run(&["uncordon", "flux-rs-embedded"]).ok();
    let err = evict("gone").fails();
    assert!(err.contains(r#"pods "gone" not found"#), "{err}");
}
