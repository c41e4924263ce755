//! kube-rs against the embedded API server: typed and dynamic CRUD, discovery, watches across restarts,
//! and no watch event for a no-op status write.

use std::time::Duration;

use futures::{StreamExt, TryStreamExt};
use k8s_openapi::api::core::v1::ConfigMap;
use kube::api::{Api, ApiResource, DynamicObject, Patch, PatchParams, PostParams};
use kube::discovery::Discovery;
use kube::runtime::watcher;
use serde_json::json;

use crate::support::{eventually, fixture, TestServer};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn typed_and_dynamic_crud() {
    let server = TestServer::start().await;
    let client = server.client().await;
    let cms: Api<ConfigMap> = Api::namespaced(client.clone(), "default");
    let mut cm: ConfigMap = serde_json::from_value(json!({"metadata": {"name": "typed"}, "data": {"a": "1"}})).unwrap();
    let created = cms.create(&PostParams::default(), &cm).await.unwrap();
    assert!(created.metadata.uid.is_some());
    cm.metadata.resource_version = created.metadata.resource_version.clone();
    cm.data.as_mut().unwrap().insert("b".into(), "2".into());
    let replaced = cms.replace("typed", &PostParams::default(), &cm).await.unwrap();
    assert_eq!(replaced.data.unwrap()["b"], "2");
    // A stale resourceVersion is a 409 Conflict.
    let err = cms.replace("typed", &PostParams::default(), &cm).await.unwrap_err();
    assert!(matches!(err, kube::Error::Api(ref s) if s.code == 409 && s.reason == "Conflict"), "{err:?}");
    let list = cms.list(&Default::default()).await.unwrap();
    assert!(list.items.iter().any(|c| c.metadata.name.as_deref() == Some("typed")));
    let gone = cms.delete("typed", &Default::default()).await.unwrap();
    assert!(gone.is_right(), "a ConfigMap delete answers a Status");
    let missing = cms.get("typed").await.unwrap_err();
    assert!(
        matches!(missing, kube::Error::Api(ref s) if s.code == 404 && s.message == "configmaps \"typed\" not found"),
        "{missing:?}"
    );

    let ar = ApiResource::erase::<ConfigMap>(&());
    let dynamic: Api<DynamicObject> = Api::namespaced_with(client, "default", &ar);
    let obj: DynamicObject = serde_json::from_value(
        json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "dyn"}, "data": {"x": "y"}}),
    )
    .unwrap();
    dynamic.create(&PostParams::default(), &obj).await.unwrap();
    let got = dynamic.get("dyn").await.unwrap();
    assert_eq!(got.data["data"]["x"], "y");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discovery_sees_a_fresh_crd_both_ways() {
    let server = TestServer::start().await;
    let client = server.client().await;
    server.kubectl().run(&["apply", "-f", fixture("apiserver/widget-crd.yaml").to_str().unwrap()]).ok();
    let legacy = Discovery::new(client.clone()).run().await.unwrap();
    assert!(legacy.has_group("example.com"), "legacy discovery sees the CRD group");
    assert!(legacy.has_group("apps"));
    let aggregated = Discovery::new(client).run_aggregated().await.unwrap();
    let group = aggregated.get("example.com").expect("aggregated discovery sees the CRD group");
    let (ar, caps) = group.recommended_kind("Widget").expect("Widget kind");
    assert_eq!(ar.plural, "widgets");
    assert!(
        caps.subresources.iter().any(|(s, _)| s.plural == "widgets/status" || s.plural == "status"),
        "{:?}",
        caps.subresources
    );
    assert!(aggregated.get("apps").is_some() && aggregated.get("").is_some(), "core and apps groups listed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_side_apply_conflict_through_kube_rs() {
    let server = TestServer::start().await;
    let cms: Api<ConfigMap> = Api::namespaced(server.client().await, "default");
    let apply =
        |v: &str| json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "ssa"}, "data": {"k": v}});
    cms.patch("ssa", &PatchParams::apply("flux"), &Patch::Apply(apply("1"))).await.unwrap();
    let err = cms.patch("ssa", &PatchParams::apply("other"), &Patch::Apply(apply("2"))).await.unwrap_err();
    match err {
        kube::Error::Api(s) => {
            assert_eq!((s.code, s.reason.as_str()), (409, "Conflict"));
            assert_eq!(s.message, "Apply failed with 1 conflict: conflict with \"flux\": .data.k");
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    let forced = cms.patch("ssa", &PatchParams::apply("other").force(), &Patch::Apply(apply("2"))).await.unwrap();
    assert_eq!(forced.data.unwrap()["k"], "2");
    // dryRun=All changes nothing.
    let mut dry = PatchParams::apply("other").force();
    dry.dry_run = true;
    let preview = cms.patch("ssa", &dry, &Patch::Apply(apply("3"))).await.unwrap();
    assert_eq!(preview.data.unwrap()["k"], "3");
    assert_eq!(cms.get("ssa").await.unwrap().data.unwrap()["k"], "2");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_no_op_status_patch_emits_no_watch_event() {
    let server = TestServer::start().await;
    let client = server.client().await;
    server.kubectl().run(&["apply", "-f", fixture("apiserver/widget-crd.yaml").to_str().unwrap()]).ok();
    let ar = ApiResource {
        group: "example.com".into(),
        version: "v1".into(),
        api_version: "example.com/v1".into(),
        kind: "Widget".into(),
        plural: "widgets".into(),
    };
    let widgets: Api<DynamicObject> = Api::namespaced_with(client, "default", &ar);
    let w: DynamicObject = serde_json::from_value(
        json!({"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "quiet"}, "spec": {"size": 2}}),
    )
    .unwrap();
    widgets.create(&PostParams::default(), &w).await.unwrap();
    let status = json!({"status": {"conditions": [{"type": "Ready", "status": "True"}]}});
    let first = widgets.patch_status("quiet", &PatchParams::default(), &Patch::Merge(&status)).await.unwrap();
    let rv = first.metadata.resource_version.clone().unwrap();
    let again = widgets.patch_status("quiet", &PatchParams::default(), &Patch::Merge(&status)).await.unwrap();
    assert_eq!(again.metadata.resource_version.unwrap(), rv, "a no-op status write keeps the resourceVersion");
    let applied = widgets.patch_status("quiet", &PatchParams::apply("ctl").force(), &Patch::Apply(json!({"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "quiet"}, "status": {"conditions": [{"type": "Ready", "status": "True"}]}}))).await.unwrap();
    let rv2 = applied.metadata.resource_version.unwrap();
    let noop = widgets.patch_status("quiet", &PatchParams::apply("ctl").force(), &Patch::Apply(json!({"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "quiet"}, "status": {"conditions": [{"type": "Ready", "status": "True"}]}}))).await.unwrap();
    assert_eq!(noop.metadata.resource_version.unwrap(), rv2, "a repeated apply is a no-op");

    // Watching from that revision: a marker write is the first event, so nothing happened in between.
    let params = kube::api::WatchParams::default();
    let mut stream = widgets.watch(&params, &rv2).await.unwrap().boxed();
    widgets.patch_status("quiet", &PatchParams::default(), &Patch::Merge(&status)).await.unwrap();
    widgets
        .patch("quiet", &PatchParams::default(), &Patch::Merge(json!({"metadata": {"labels": {"marker": "1"}}})))
        .await
        .unwrap();
    let ev =
        tokio::time::timeout(Duration::from_secs(10), stream.try_next()).await.expect("an event").unwrap().unwrap();
    match ev {
        kube::api::WatchEvent::Modified(o) => assert_eq!(o.metadata.labels.unwrap()["marker"], "1"),
        other => panic!("expected the marker modification first, got {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn watcher_survives_a_server_restart() {
    let mut server = TestServer::start_persistent().await;
    let cms: Api<ConfigMap> = Api::namespaced(server.client().await, "default");
    let seen = std::sync::Arc::new(parking_lot_free::Names::default());
    let names = seen.clone();
    let watch = tokio::spawn(async move {
        watcher(cms, watcher::Config::default())
            .for_each(|ev| {
                if let Ok(watcher::Event::Apply(cm) | watcher::Event::InitApply(cm)) = ev {
                    names.insert(cm.metadata.name.unwrap_or_default());
                }
                async {}
            })
            .await;
    });
    let k = server.kubectl();
    k.run(&["create", "configmap", "before"]).ok();
    let s = seen.clone();
    eventually(Duration::from_secs(20), "the watcher to see `before`", move || {
        let s = s.clone();
        async move { s.contains("before").then_some(()) }
    })
    .await;
    server.restart().await;
    server.kubectl().run(&["create", "configmap", "after"]).ok();
    let s = seen.clone();
    // kube-rs backs off up to a few seconds between reconnects.
    eventually(Duration::from_secs(60), "the watcher to see `after` once the server is back", move || {
        let s = s.clone();
        async move { s.contains("after").then_some(()) }
    })
    .await;
    watch.abort();
}

/// A tiny thread-safe name set, without pulling in another crate.
mod parking_lot_free {
    use std::collections::HashSet;
    use std::sync::Mutex;

    #[derive(Default)]
    pub struct Names(Mutex<HashSet<String>>);

    impl Names {
        pub fn insert(&self, n: String) {
            self.0.lock().unwrap().insert(n);
        }
        pub fn contains(&self, n: &str) -> bool {
            self.0.lock().unwrap().contains(n)
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_watch_from_a_compacted_revision_gets_an_in_stream_410() {
    let server = TestServer::with(|c| {
        c.ephemeral = true;
        c.store.history = 5;
    })
    .await;
    let cms: Api<ConfigMap> = Api::namespaced(server.client().await, "default");
    let first = cms
        .create(&PostParams::default(), &serde_json::from_value(json!({"metadata": {"name": "c0"}})).unwrap())
        .await
        .unwrap();
    let old = first.metadata.resource_version.unwrap();
    for i in 1..12 {
        cms.create(
            &PostParams::default(),
            &serde_json::from_value(json!({"metadata": {"name": format!("c{i}")}})).unwrap(),
        )
        .await
        .unwrap();
    }
    let mut stream = cms
        .watch(&kube::api::WatchParams::default(), &old)
        .await
        .expect("the watch itself is accepted (HTTP 200)")
        .boxed();
    let ev =
        tokio::time::timeout(Duration::from_secs(10), stream.try_next()).await.expect("an event").unwrap().unwrap();
    match ev {
        kube::api::WatchEvent::Error(e) => assert_eq!((e.code, e.reason.as_str()), (410, "Expired")),
        other => panic!("expected an in-stream 410, got {other:?}"),
    }
    // A recent revision resumes without a gap, and bookmarks arrive when asked for.
    let recent = cms.list(&Default::default()).await.unwrap().metadata.resource_version.unwrap();
    let params = kube::api::WatchParams::default().timeout(2);
    let mut resumed = cms.watch(&params, &recent).await.unwrap().boxed();
    cms.create(&PostParams::default(), &serde_json::from_value(json!({"metadata": {"name": "next"}})).unwrap())
        .await
        .unwrap();
    match tokio::time::timeout(Duration::from_secs(10), resumed.try_next()).await.expect("an event").unwrap().unwrap() {
        kube::api::WatchEvent::Added(cm) => assert_eq!(cm.metadata.name.as_deref(), Some("next")),
        other => panic!("{other:?}"),
    }
    // timeoutSeconds ends the stream.
    let end =
        tokio::time::timeout(Duration::from_secs(10), async { while resumed.try_next().await.unwrap().is_some() {} })
            .await;
    assert!(end.is_ok(), "the watch ends after timeoutSeconds");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_are_one_store_in_two_shapes_and_expire() {
    use k8s_openapi::api::core::v1::Event as CoreEvent;
    use k8s_openapi::api::events::v1::Event;
    let ttl = Duration::from_secs(2);
    let server = TestServer::with(|c| {
        c.ephemeral = true;
        c.event_ttl = ttl;
    })
    .await;
    let client = server.client().await;
    let now = chrono_now();
    let modern: Api<Event> = Api::namespaced(client.clone(), "default");
    let ev: Event = serde_json::from_value(json!({
        "metadata": {"name": "e1"}, "eventTime": now, "reportingController": "flux-rs/test", "reportingInstance": "t1",
        "action": "Reconcile", "reason": "Progressing", "type": "Normal", "note": "applied revision main@sha1:abc",
        "regarding": {"kind": "Kustomization", "name": "apps", "namespace": "default", "apiVersion": "kustomize.toolkit.fluxcd.io/v1"}
    }))
    .unwrap();
    modern.create(&PostParams::default(), &ev).await.unwrap();
    let core: Api<CoreEvent> = Api::namespaced(client, "default");
    let seen = core.get("e1").await.expect("the same event through core/v1");
    assert_eq!(seen.message.as_deref(), Some("applied revision main@sha1:abc"));
    assert_eq!(seen.involved_object.name.as_deref(), Some("apps"));
    assert_eq!(seen.reporting_component.as_deref(), Some("flux-rs/test"));
    let by_object = core.list(&kube::api::ListParams::default().fields("involvedObject.name=apps")).await.unwrap();
    assert_eq!(by_object.items.len(), 1);
    let by_regarding = modern.list(&kube::api::ListParams::default().fields("regarding.name=apps")).await.unwrap();
    assert_eq!(by_regarding.items.len(), 1);
    let table = server.kubectl().run(&["get", "events"]).ok().stdout;
    assert!(table.contains("Progressing") && table.contains("kustomization/apps"), "{table}");
    // The TTL counts from when the event last happened; the sweep runs every ttl/10 (at least 1 s).
    eventually(ttl * 3 + Duration::from_secs(10), "the event to expire", || {
        let core = core.clone();
        async move { core.get_opt("e1").await.unwrap().is_none().then_some(()) }
    })
    .await;
}

fn chrono_now() -> String {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap();
    // RFC 3339 with microseconds, the MicroTime form, computed without a date crate.
    let secs = now.as_secs() as i64;
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    let (y, m, d) = civil_from_days(days);
    format!("{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:06}Z", rem / 3600, rem % 3600 / 60, rem % 60, now.subsec_micros())
}

/// Howard Hinnant's days-to-civil algorithm.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn streaming_lists_end_their_initial_events_with_a_bookmark() {
    let server = TestServer::start().await;
    let cms: Api<ConfigMap> = Api::namespaced(server.client().await, "default");
    for name in ["a", "b"] {
        cms.create(&PostParams::default(), &serde_json::from_value(json!({"metadata": {"name": name}})).unwrap())
            .await
            .unwrap();
    }
    // kube-rs's streaming-list watch: sendInitialEvents=true, allowWatchBookmarks=true, no resourceVersion.
    let params = kube::api::WatchParams::streaming_lists();
    let mut stream = cms.watch(&params, "0").await.unwrap().boxed();
    let mut added = Vec::new();
    loop {
        let ev = tokio::time::timeout(Duration::from_secs(10), stream.try_next())
            .await
            .expect("an event")
            .unwrap()
            .expect("open stream");
        match ev {
            kube::api::WatchEvent::Added(cm) => added.push(cm.metadata.name.unwrap()),
            kube::api::WatchEvent::Bookmark(b) => {
                assert_eq!(b.metadata.annotations.get("k8s.io/initial-events-end").map(String::as_str), Some("true"));
                break;
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    added.sort();
    assert_eq!(added, vec!["a", "b"]);
}
