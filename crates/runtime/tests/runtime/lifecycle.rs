//! The reconciliation template: finalizer, Ready, observedGeneration, the requestedAt handshake, suspend,
//! deletion, field managers, predicates and cross-kind watches.

use std::time::Duration;

use api::source::GitRepository;
use k8s_openapi::api::core::v1::ConfigMap;
use kube::api::{Api, DeleteParams, PostParams};
use runtime::{conditions, FluxObject, ObjectKey};

use crate::support::*;

const DEADLINE: Duration = Duration::from_secs(15);

fn ready(repo: &Option<GitRepository>) -> Option<(String, String)> {
    let repo = repo.as_ref()?;
    let c = conditions::get(repo, "Ready")?;
    Some((c.status.clone(), c.reason.clone()))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn finalizer_ready_and_cleanup_on_delete() {
    let h = Harness::start(options()).await;
    let (client, journal) = (h.client.clone(), h.journal.clone());

    let created = create_repo(&client, "podinfo", "ok", "1h").await;
    assert_eq!(created.observed_generation(), -1, "the CRD defaults observedGeneration to -1");
    wait_until("Ready=True", DEADLINE, || async {
        ready(&get_repo(&client, "podinfo").await) == Some(("True".into(), "Succeeded".into()))
    })
    .await;
    let repo = get_repo(&client, "podinfo").await.unwrap();
    assert!(repo.has_finalizer(), "finalizers.fluxcd.io is added before any work");
    assert_eq!(repo.observed_generation(), repo.generation());
    let types: Vec<&str> = repo.conditions().iter().map(|c| c.type_.as_str()).collect();
    assert_eq!(types, ["Ready", "ArtifactInStorage"], "Reconciling is gone once Ready");
    assert_eq!(journal.count("podinfo", CallKind::Reconcile), 1);

    // Status is written through /status by the controller's field manager; metadata (the finalizer) too.
    let managers: Vec<(String, Option<String>)> = repo
        .metadata
        .managed_fields
        .clone()
        .unwrap_or_default()
        .into_iter()
        .map(|m| (m.manager.unwrap_or_default(), m.subresource))
        .collect();
    assert!(managers.contains(&("gotk-source-controller".into(), Some("status".into()))), "{managers:?}");
    assert!(managers.contains(&("gotk-source-controller".into(), None)), "{managers:?}");

    Api::<GitRepository>::namespaced(client.clone(), NS).delete("podinfo", &DeleteParams::default()).await.unwrap();
    wait_until("the object is gone", DEADLINE, || async { get_repo(&client, "podinfo").await.is_none() }).await;
    assert_eq!(journal.count("podinfo", CallKind::Cleanup), 1, "cleanup runs once, then the finalizer goes");
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn observed_generation_stays_minus_one_until_ready_or_stalled() {
    let h = Harness::start(options()).await;
    let (client, journal) = (h.client.clone(), h.journal.clone());

    create_repo(&client, "failing", "fail", "1m").await;
    create_repo(&client, "stalled", "stall", "1m").await;
    // Every attempt first marks the object Progressing, then records its failure: wait for a moment between
    // two attempts, after at least two of them, so the retry bookkeeping is visible.
    let failed_twice = || async {
        let repo = get_repo(&client, "failing").await?;
        let failed = ready(&Some(repo.clone())) == Some(("False".into(), "GitOperationFailed".into()));
        (failed && journal.count("failing", CallKind::Reconcile) >= 2).then_some(repo)
    };
    let seen = std::sync::Mutex::new(None);
    wait_until("two failed attempts", DEADLINE, || async {
        let repo = failed_twice().await;
        let found = repo.is_some();
        *seen.lock().unwrap() = repo;
        found
    })
    .await;
    let failing = seen.lock().unwrap().take().expect("the failure is recorded between attempts");
    assert_eq!(failing.observed_generation(), -1);
    let ready = conditions::get(&failing, "Ready").unwrap();
    assert_eq!((ready.status.as_str(), ready.reason.as_str()), ("False", "GitOperationFailed"));
    assert_eq!(ready.message, "failed to checkout and determine revision: boom");
    assert_eq!(conditions::get(&failing, "Reconciling").unwrap().reason, "ProgressingWithRetry");

    wait_until("Stalled=True", DEADLINE, || async {
        get_repo(&client, "stalled").await.is_some_and(|r| conditions::is_true(&r, "Stalled"))
    })
    .await;
    let stalled = get_repo(&client, "stalled").await.unwrap();
    assert_eq!(stalled.observed_generation(), stalled.generation(), "a stalled object observed its generation");
    assert!(conditions::get(&stalled, "Reconciling").is_none());
    assert_eq!(conditions::get(&stalled, "Ready").unwrap().reason, "URLInvalid");
    // No requeue until the spec changes: the failing object keeps retrying meanwhile.
    let stalled_calls = journal.count("stalled", CallKind::Reconcile);
    let failing_calls = journal.count("failing", CallKind::Reconcile);
    wait_until("more retries of the failing object", DEADLINE, || async {
        journal.count("failing", CallKind::Reconcile) >= failing_calls + 2
    })
    .await;
    assert_eq!(journal.count("stalled", CallKind::Reconcile), stalled_calls);
    patch_repo(&client, "stalled", serde_json::json!({"spec": {"url": "https://example.com/ok"}})).await;
    wait_until("the fixed object is Ready", DEADLINE, || async {
        get_repo(&client, "stalled").await.is_some_and(|r| conditions::is_true(&r, "Ready"))
    })
    .await;
    let fixed = get_repo(&client, "stalled").await.unwrap();
    assert!(conditions::get(&fixed, "Stalled").is_none());
    assert_eq!(fixed.observed_generation(), 2);
    h.stop().await;
}

/// What `flux reconcile` does: annotate with a new token, then wait until
/// `status.lastHandledReconcileAt` changes from what it was, and for Ready=True.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requested_at_handshake() {
    let h = Harness::start(options()).await;
    let (client, journal) = (h.client.clone(), h.journal.clone());

    create_repo(&client, "podinfo", "ok", "1h").await;
    wait_until("Ready", DEADLINE, || async {
        get_repo(&client, "podinfo").await.is_some_and(|r| conditions::is_true(&r, "Ready"))
    })
    .await;
    let before = get_repo(&client, "podinfo").await.unwrap();
    assert_eq!(before.last_handled_reconcile_at(), None);

    for token in ["2024-05-01T10:00:00.000000001Z", "2024-05-01T10:00:05.000000001Z"] {
        let calls = journal.count("podinfo", CallKind::Reconcile);
        let previous = get_repo(&client, "podinfo").await.unwrap().last_handled_reconcile_at().map(str::to_string);
        patch_repo(
            &client,
            "podinfo",
            serde_json::json!({"metadata": {"annotations": {"reconcile.fluxcd.io/requestedAt": token}}}),
        )
        .await;
        wait_until("lastHandledReconcileAt to change", DEADLINE, || async {
            get_repo(&client, "podinfo").await.unwrap().last_handled_reconcile_at().map(str::to_string) != previous
        })
        .await;
        let handled = get_repo(&client, "podinfo").await.unwrap();
        assert_eq!(handled.last_handled_reconcile_at(), Some(token));
        assert!(conditions::is_true(&handled, "Ready"));
        assert_eq!(journal.count("podinfo", CallKind::Reconcile), calls + 1, "one reconciliation per request");
    }

    // Neither a label nor the same token again wakes the controller. A new object going through the same
    // watch afterwards proves both changes were seen and dropped.
    patch_repo(&client, "podinfo", serde_json::json!({"metadata": {"labels": {"team": "a"}, "annotations": {"reconcile.fluxcd.io/requestedAt": "2024-05-01T10:00:05.000000001Z"}}})).await;
    let calls = journal.count("podinfo", CallKind::Reconcile);
    create_repo(&client, "barrier", "ok", "1h").await;
    wait_until("the barrier object is Ready", DEADLINE, || async {
        get_repo(&client, "barrier").await.is_some_and(|r| conditions::is_true(&r, "Ready"))
    })
    .await;
    assert_eq!(journal.count("podinfo", CallKind::Reconcile), calls, "filtered by the predicates");
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn suspended_objects_are_left_alone_until_resumed() {
    let h = Harness::start(options()).await;
    let (client, journal) = (h.client.clone(), h.journal.clone());

    let mut repo = GitRepository::new(
        "paused",
        api::source::GitRepositorySpec {
            url: "https://example.com/ok".into(),
            interval: "1h".into(),
            suspend: Some(true),
            ..Default::default()
        },
    );
    repo.metadata.annotations = Some([("reconcile.fluxcd.io/requestedAt".to_string(), "t1".to_string())].into());
    Api::<GitRepository>::namespaced(client.clone(), NS).create(&PostParams::default(), &repo).await.unwrap();
    wait_until("the request is acknowledged", DEADLINE, || async {
        get_repo(&client, "paused").await.unwrap().last_handled_reconcile_at() == Some("t1")
    })
    .await;
    let paused = get_repo(&client, "paused").await.unwrap();
    assert!(paused.has_finalizer(), "the finalizer comes before the suspend check");
    assert_eq!(journal.count("paused", CallKind::Reconcile), 0);
    assert!(paused.conditions().is_empty());

    patch_repo(&client, "paused", serde_json::json!({"spec": {"suspend": false}})).await;
    wait_until("Ready after resume", DEADLINE, || async {
        get_repo(&client, "paused").await.is_some_and(|r| conditions::is_true(&r, "Ready"))
    })
    .await;
    assert_eq!(journal.count("paused", CallKind::Reconcile), 1);
    h.stop().await;
}

/// One watch per kind shared by everything on the manager, and objects of another kind mapped onto the
/// reconciled kind.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shared_store_and_cross_kind_watches() {
    let mut stores = None;
    let h = Harness::start_with(options(), |manager, journal| {
        let own = manager
            .controller("source-controller", FakeSource { manager: "a", journal: journal.clone() })
            .watches::<ConfigMap, _>(|change| {
                let cm = change.object();
                let repo = cm.metadata.annotations.as_ref().and_then(|a| a.get("example.com/repo")).cloned();
                repo.map(|name| vec![ObjectKey::new(NS, name)]).unwrap_or_default()
            })
            .register();
        stores = Some((own, manager.store::<GitRepository>()));
    })
    .await;
    let (store, shared) = stores.expect("the stores");
    let (client, journal) = (h.client.clone(), h.journal.clone());

    create_repo(&client, "podinfo", "ok", "1h").await;
    wait_until("Ready", DEADLINE, || async {
        get_repo(&client, "podinfo").await.is_some_and(|r| conditions::is_true(&r, "Ready"))
    })
    .await;
    wait_until("both stores see the status", DEADLINE, || async {
        let key = ObjectKey::new(NS, "podinfo");
        [&store, &shared].iter().all(|s| s.get(&key).is_some_and(|r| conditions::is_true(r.as_ref(), "Ready")))
    })
    .await;
    assert!(shared.is_synced());
    let calls = journal.count("podinfo", CallKind::Reconcile);
    let mut cm = ConfigMap::default();
    cm.metadata.name = Some("values".into());
    cm.metadata.annotations = Some([("example.com/repo".to_string(), "podinfo".to_string())].into());
    Api::<ConfigMap>::namespaced(client.clone(), NS).create(&PostParams::default(), &cm).await.unwrap();
    wait_until("the ConfigMap wakes its GitRepository", DEADLINE, || async {
        journal.count("podinfo", CallKind::Reconcile) > calls
    })
    .await;
    h.stop().await;
}

/// The status patch lands on the latest conditions: a condition another writer set meanwhile survives
/// (the patch's resourceVersion precondition fails, the object is read again, the change re-applied).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_condition_writes_survive_status_patches() {
    let h = Harness::start(options()).await;
    let client = h.client.clone();

    create_repo(&client, "shared", "contended", "1h").await;
    wait_until("Ready", DEADLINE, || async {
        get_repo(&client, "shared").await.is_some_and(|r| conditions::is_true(&r, "Ready"))
    })
    .await;
    let repo = get_repo(&client, "shared").await.unwrap();
    let types: Vec<&str> = repo.conditions().iter().map(|c| c.type_.as_str()).collect();
    assert!(types.contains(&"Foreign"), "the other writer's condition was kept: {types:?}");
    assert!(!types.contains(&"Reconciling"), "{types:?}");
    assert_eq!(repo.observed_generation(), 1);
    h.stop().await;
}

/// A kind the cluster does not serve: the manager gives up after the cache sync timeout, as
/// controller-runtime does, instead of idling unready forever.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kind_without_its_crd_ends_the_manager() {
    struct Nothing;
    impl runtime::Reconciler for Nothing {
        type Object = api::kustomize::Kustomization;
        async fn reconcile(
            &self,
            _: &mut api::kustomize::Kustomization,
            _: &runtime::Context<api::kustomize::Kustomization>,
        ) -> Result<runtime::Action, runtime::Error> {
            Ok(runtime::Action::await_change())
        }
    }
    let timeout = Duration::from_secs(1);
    let options = runtime::ManagerOptions { cache_sync_timeout: timeout, ..options() };
    let mut h = Harness::start_with(options, |manager, _| {
        manager.controller("kustomize-controller", Nothing).register();
    })
    .await;
    let ended = tokio::time::timeout(timeout + DEADLINE, h.running.stopped()).await.expect("the manager gives up");
    let error = ended.expect_err("a cache sync error").to_string();
    assert_eq!(error, "failed to wait for caches to sync: timed out waiting for Kustomization to be listed");
    h.stop().await;
}
