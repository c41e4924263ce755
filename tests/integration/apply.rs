//! What the apply engine (`src/apply`, tested itself beside its code) relies on from the API server, called the
//! way the engine calls it: dry-run applies that write nothing, managed fields handed over with a JSON patch,
//! immutable-field errors as kube-apiserver answers them, and deletion with background garbage collection.

use std::time::Duration;

use futures::{StreamExt, TryStreamExt};
use k8s_openapi::api::core::v1::ConfigMap;
use kube::api::{Api, ApiResource, DeleteParams, DynamicObject, Patch, PatchParams, PropagationPolicy, WatchParams};
use kube::core::WatchEvent;
use serde_json::{json, Value};

use crate::support::{eventually, fixture, TestServer};

fn cm(name: &str, data: Value) -> Value {
    json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": name, "namespace": "default"}, "data": data})
}

fn apply(manager: &str) -> PatchParams {
    PatchParams::apply(manager).force()
}

fn dry_apply(manager: &str) -> PatchParams {
    PatchParams::apply(manager).force().dry_run()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dry_run_applies_write_nothing() {
    let server = TestServer::start().await;
    let cms: Api<DynamicObject> =
        Api::namespaced_with(server.client().await, "default", &ApiResource::erase::<ConfigMap>(&()));

    // A dry-run create answers the object without a resourceVersion, and nothing is stored.
    let created = cms.patch("new", &dry_apply("flux"), &Patch::Apply(cm("new", json!({"a": "1"})))).await.unwrap();
    assert_eq!(created.metadata.resource_version, None);
    assert!(created.metadata.uid.is_some());
    assert!(cms.get_opt("new").await.unwrap().is_none());

    let live = cms.patch("settings", &apply("flux"), &Patch::Apply(cm("settings", json!({"a": "1"})))).await.unwrap();
    let rv = live.metadata.resource_version.clone().unwrap();
    let mut events = cms.watch(&WatchParams::default().timeout(30), &rv).await.unwrap().boxed();

    // A dry-run update answers the merged object with the live resourceVersion and emits no watch event.
    let merged =
        cms.patch("settings", &dry_apply("flux"), &Patch::Apply(cm("settings", json!({"a": "2"})))).await.unwrap();
    assert_eq!(merged.data["data"]["a"], "2");
    assert_eq!(merged.metadata.resource_version.as_deref(), Some(rv.as_str()));
    // The same manifest again: the dry run equals the live object, managed fields included.
    let same =
        cms.patch("settings", &dry_apply("flux"), &Patch::Apply(cm("settings", json!({"a": "1"})))).await.unwrap();
    assert_eq!(same.metadata.managed_fields, live.metadata.managed_fields);
    assert_eq!(cms.get("settings").await.unwrap().data["data"]["a"], "1");

    // The next event is the marker written afterwards, not the dry runs.
    cms.patch("marker", &apply("flux"), &Patch::Apply(cm("marker", json!({})))).await.unwrap();
    let first = tokio::time::timeout(Duration::from_secs(30), events.try_next()).await.unwrap().unwrap();
    match first {
        Some(WatchEvent::Added(o)) => assert_eq!(o.metadata.name.as_deref(), Some("marker")),
        other => panic!("expected the marker's ADDED event, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn managed_fields_are_handed_over_with_a_json_patch() {
    let server = TestServer::start().await;
    let kubectl = server.kubectl();
    kubectl
        .run_stdin(
            &["apply", "-f", "-"],
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: default\ndata:\n  a: \"1\"\n  b: \"2\"\n",
        )
        .ok();
    let cms: Api<ConfigMap> = Api::namespaced(server.client().await, "default");
    let live = cms.get("settings").await.unwrap();
    let mut entries = serde_json::to_value(live.metadata.managed_fields.unwrap()).unwrap();
    assert_eq!(entries[0]["manager"], "kubectl-client-side-apply");
    entries[0]["manager"] = json!("flux");
    entries[0]["operation"] = json!("Apply");
    let ops = json!([
        {"op": "remove", "path": "/metadata/annotations/kubectl.kubernetes.io~1last-applied-configuration"},
        {"op": "replace", "path": "/metadata/managedFields", "value": entries}
    ]);
    let params = PatchParams { field_manager: Some("flux".into()), ..Default::default() };
    let patched =
        cms.patch("settings", &params, &Patch::<()>::Json(serde_json::from_value(ops).unwrap())).await.unwrap();
    let managers: Vec<(String, String)> = patched
        .metadata
        .managed_fields
        .unwrap()
        .into_iter()
        .map(|e| (e.manager.unwrap(), e.operation.unwrap()))
        .collect();
    // The patch's own change (an annotation removed) adds no Update entry.
    assert_eq!(managers, [("flux".to_string(), "Apply".to_string())]);
    assert!(patched.metadata.annotations.unwrap_or_default().is_empty());
    // `flux` now owns `b`: applying without it removes it.
    let applied =
        cms.patch("settings", &apply("flux"), &Patch::Apply(cm("settings", json!({"a": "1"})))).await.unwrap();
    assert_eq!(applied.data.unwrap().into_keys().collect::<Vec<_>>(), ["a"]);
}

fn api_status(e: kube::Error) -> Box<kube::core::Status> {
    match e {
        kube::Error::Api(s) => s,
        other => panic!("not an API error: {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn immutable_fields_answer_invalid() {
    let server = TestServer::start().await;
    let client = server.client().await;
    let kubectl = server.kubectl();
    kubectl.run_stdin(&["apply", "-f", "-"], &std::fs::read_to_string(fixture("apiserver/app.yaml")).unwrap()).ok();
    let dynamic = |ar: ApiResource| Api::<DynamicObject>::namespaced_with(client.clone(), "demo", &ar);
    let ar = |group: &str, version: &str, kind: &str, plural: &str| {
        ApiResource::from_gvk_with_plural(&kube::core::GroupVersionKind::gvk(group, version, kind), plural)
    };

    let deployments = dynamic(ar("apps", "v1", "Deployment", "deployments"));
    let mut web = serde_json::to_value(deployments.get("web").await.unwrap()).unwrap();
    for field in ["managedFields", "resourceVersion", "uid", "creationTimestamp", "generation"] {
        web["metadata"].as_object_mut().unwrap().remove(field);
    }
    web.as_object_mut().unwrap().remove("status");
    web["spec"]["selector"]["matchLabels"]["tier"] = json!("front");
    web["spec"]["template"]["metadata"]["labels"]["tier"] = json!("front");
    let s = api_status(deployments.patch("web", &dry_apply("flux"), &Patch::Apply(&web)).await.unwrap_err());
    assert_eq!((s.code, s.reason.as_str()), (422, "Invalid"));
    assert_eq!(
        s.message,
        "Deployment.apps \"web\" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{\"app\":\"web\", \"tier\":\"front\"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: field is immutable"
    );

    let services = dynamic(ar("", "v1", "Service", "services"));
    let svc = json!({"apiVersion": "v1", "kind": "Service", "metadata": {"name": "web", "namespace": "demo"},
                     "spec": {"clusterIP": "10.96.99.99"}});
    let s = api_status(services.patch("web", &dry_apply("flux"), &Patch::Apply(&svc)).await.unwrap_err());
    assert_eq!((s.code, s.reason.as_str()), (422, "Invalid"));
    assert!(
        s.message.contains("spec.clusterIPs[0]: Invalid value: []string{\"10.96.99.99\"}: may not change once set"),
        "{}",
        s.message
    );

    let jobs = dynamic(ar("batch", "v1", "Job", "jobs"));
    let job = |image: &str| {
        json!({"apiVersion": "batch/v1", "kind": "Job", "metadata": {"name": "migrate", "namespace": "demo"},
               "spec": {"template": {"spec": {"restartPolicy": "Never",
                        "containers": [{"name": "m", "image": image}]}}}})
    };
    jobs.patch("migrate", &apply("flux"), &Patch::Apply(job("busybox:1.36"))).await.unwrap();
    let same = jobs.patch("migrate", &dry_apply("flux"), &Patch::Apply(job("busybox:1.36"))).await;
    assert!(same.is_ok(), "re-applying a Job's template unchanged is allowed: {same:?}");
    let s =
        api_status(jobs.patch("migrate", &dry_apply("flux"), &Patch::Apply(job("busybox:1.37"))).await.unwrap_err());
    assert_eq!((s.code, s.reason.as_str()), (422, "Invalid"));
    assert!(
        s.message.starts_with("Job.batch \"migrate\" is invalid: spec.template: Invalid value: core.PodTemplateSpec{"),
        "{}",
        s.message
    );
    assert!(s.message.ends_with("field is immutable"), "{}", s.message);

    for (kind, plural, data) in [("ConfigMap", "configmaps", "data"), ("Secret", "secrets", "data")] {
        let api = dynamic(ar("", "v1", kind, plural));
        let object = |value: &str| {
            json!({"apiVersion": "v1", "kind": kind, "metadata": {"name": "frozen", "namespace": "demo"},
                   "immutable": true, data: {"k": value}})
        };
        api.patch("frozen", &apply("flux"), &Patch::Apply(object("YQ=="))).await.unwrap();
        let s = api_status(api.patch("frozen", &dry_apply("flux"), &Patch::Apply(object("Yg=="))).await.unwrap_err());
        assert_eq!((s.code, s.reason.as_str()), (422, "Invalid"), "{kind}");
        assert_eq!(
            s.message,
            format!("{kind} \"frozen\" is invalid: data: Forbidden: field is immutable when `immutable` is set")
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn background_deletion_leaves_dependents_to_the_garbage_collector() {
    let server = TestServer::start().await;
    let kubectl = server.kubectl();
    kubectl.run_stdin(&["apply", "-f", "-"], &std::fs::read_to_string(fixture("apiserver/app.yaml")).unwrap()).ok();
    kubectl.run(&["wait", "--for=condition=Available", "deployment/web", "-n", "demo", "--timeout=30s"]).ok();
    let client = server.client().await;
    let deployments: Api<k8s_openapi::api::apps::v1::Deployment> = Api::namespaced(client.clone(), "demo");
    let params = DeleteParams { propagation_policy: Some(PropagationPolicy::Background), ..Default::default() };
    deployments.delete("web", &params).await.unwrap();
    // The owner is gone at once; its ReplicaSets and Pods follow.
    assert!(deployments.get_opt("web").await.unwrap().is_none());
    let replica_sets: Api<k8s_openapi::api::apps::v1::ReplicaSet> = Api::namespaced(client.clone(), "demo");
    let pods: Api<k8s_openapi::api::core::v1::Pod> = Api::namespaced(client, "demo");
    eventually(Duration::from_secs(30), "the dependents of web to be collected", || {
        let (replica_sets, pods) = (replica_sets.clone(), pods.clone());
        async move {
            let rs = replica_sets.list(&Default::default()).await.ok()?;
            let ps = pods.list(&Default::default()).await.ok()?;
            (rs.items.is_empty()
                && ps.items.iter().all(|p| !p.metadata.name.as_deref().unwrap_or("").starts_with("web-")))
            .then_some(())
        }
    })
    .await;
}
