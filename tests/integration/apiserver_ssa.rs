//! Server-side apply ownership rules end to end (the merge algebra itself is unit-tested in k8s-schema).

use k8s_openapi::api::apps::v1::Deployment;
use k8s_openapi::api::core::v1::ConfigMap;
use kube::api::{Api, Patch, PatchParams};
use serde_json::json;

use crate::support::TestServer;

fn cm(data: serde_json::Value) -> serde_json::Value {
    json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "owned"}, "data": data})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shared_fields_stay_and_sole_fields_go() {
    let server = TestServer::start().await;
    let cms: Api<ConfigMap> = Api::namespaced(server.client().await, "default");
    cms.patch("owned", &PatchParams::apply("a"), &Patch::Apply(cm(json!({"shared": "x", "mine": "1"})))).await.unwrap();
    cms.patch("owned", &PatchParams::apply("b"), &Patch::Apply(cm(json!({"shared": "x"})))).await.unwrap();
    // `a` stops applying both: `shared` is still owned by `b` and stays; `mine` was only `a`'s and goes.
    let live = cms.patch("owned", &PatchParams::apply("a"), &Patch::Apply(cm(json!({"other": "2"})))).await.unwrap();
    let data = live.data.unwrap();
    assert_eq!(data.get("shared").map(String::as_str), Some("x"));
    assert!(!data.contains_key("mine"), "{data:?}");
    assert_eq!(data.get("other").map(String::as_str), Some("2"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn map_lists_merge_and_atomic_lists_replace() {
    let server = TestServer::start().await;
    let deploys: Api<Deployment> = Api::namespaced(server.client().await, "default");
    let deploy = |containers: serde_json::Value| {
        json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "d"},
               "spec": {"selector": {"matchLabels": {"app": "d"}},
                        "template": {"metadata": {"labels": {"app": "d"}}, "spec": {"containers": containers}}}})
    };
    deploys
        .patch(
            "d",
            &PatchParams::apply("a"),
            &Patch::Apply(deploy(json!([{"name": "main", "image": "i:1", "args": ["--x", "--y"]}]))),
        )
        .await
        .unwrap();
    // Manager b adds a sidecar: containers is a map list keyed by name, so main stays.
    let live = deploys
        .patch("d", &PatchParams::apply("b"), &Patch::Apply(deploy(json!([{"name": "sidecar", "image": "s:1"}]))))
        .await
        .unwrap();
    let names: Vec<String> =
        live.spec.unwrap().template.spec.unwrap().containers.iter().map(|c| c.name.clone()).collect();
    assert_eq!(names, vec!["main", "sidecar"]);
    // args is atomic: a conflicting value is a conflict on the whole list, not a merge.
    let err = deploys
        .patch(
            "d",
            &PatchParams::apply("b"),
            &Patch::Apply(deploy(json!([{"name": "main", "args": ["--z"]}, {"name": "sidecar", "image": "s:1"}]))),
        )
        .await
        .unwrap_err();
    match err {
        kube::Error::Api(s) => {
            assert!(s.message.contains(r#".spec.template.spec.containers[name="main"].args"#), "{}", s.message)
        }
        other => panic!("{other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_status_subresource_has_its_own_manager() {
    let server = TestServer::start().await;
    let deploys: Api<Deployment> = Api::namespaced(server.client().await, "default");
    let d = json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "s"},
                   "spec": {"selector": {"matchLabels": {"app": "s"}}, "template": {"metadata": {"labels": {"app": "s"}}, "spec": {"containers": [{"name": "c", "image": "i"}]}}}});
    deploys.patch("s", &PatchParams::apply("owner"), &Patch::Apply(&d)).await.unwrap();
    let status = json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "s"}, "status": {"observedGeneration": 1, "replicas": 7}});
    let live =
        deploys.patch_status("s", &PatchParams::apply("status-writer").force(), &Patch::Apply(&status)).await.unwrap();
    assert_eq!(live.status.unwrap().replicas, Some(7));
    let mf = live.metadata.managed_fields.unwrap();
    let entry = mf.iter().find(|m| m.manager.as_deref() == Some("status-writer")).expect("status manager entry");
    assert_eq!(entry.subresource.as_deref(), Some("status"));
    assert_eq!(entry.operation.as_deref(), Some("Apply"));
    assert_eq!(live.metadata.generation, Some(1), "status writes do not move generation");
}
