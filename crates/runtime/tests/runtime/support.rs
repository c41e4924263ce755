//! An embedded API server with the GitRepository CRD, a fake GitRepository reconciler that records every
//! call, and polling helpers with deadlines.

use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use api::source::{GitRepository, GitRepositorySpec};
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::api::{Api, Patch, PatchParams, PostParams};
use runtime::backoff::Backoff;
use runtime::jitter::Jitter;
use runtime::metrics::Metrics;
use runtime::{
    conditions, Action, Context, Error, EventSink, EventType, FluxEvent, Manager, ManagerOptions, ObjectKey,
    Reconciler, Running,
};
use tokio::time::Instant;

pub const NS: &str = "default";

/// An in-process API server with Flux's GitRepository kind installed.
pub struct Cluster {
    server: Option<apiserver::ApiServer>,
    _dir: tempfile::TempDir,
}

impl Cluster {
    pub async fn start() -> Cluster {
        let dir = tempfile::tempdir().expect("a temporary data dir");
        let config = apiserver::Config::ephemeral_in(dir.path().to_path_buf());
        let server = apiserver::ApiServer::start(config).await.expect("starting the embedded API server");
        let cluster = Cluster { server: Some(server), _dir: dir };
        let client = cluster.client().await;
        let crd = api::crds()
            .into_iter()
            .find(|c| c.metadata.name.as_deref() == Some("gitrepositories.source.toolkit.fluxcd.io"))
            .expect("the GitRepository CRD");
        Api::<CustomResourceDefinition>::all(client.clone())
            .create(&PostParams::default(), &crd)
            .await
            .expect("creating the GitRepository CRD");
        let repos: Api<GitRepository> = Api::all(client);
        wait_until("the GitRepository API is served", Duration::from_secs(10), || {
            let repos = repos.clone();
            async move { repos.list(&Default::default()).await.is_ok() }
        })
        .await;
        cluster
    }

    /// A new client (each manager gets its own, as separate processes would).
    pub async fn client(&self) -> kube::Client {
        let path = self.server.as_ref().expect("running").kubeconfig_path();
        let kc = kube::config::Kubeconfig::read_from(path).expect("reading the kubeconfig");
        let config = kube::Config::from_custom_kubeconfig(kc, &Default::default()).await.expect("the kubeconfig");
        kube::Client::try_from(config).expect("a client")
    }

    pub async fn stop(mut self) {
        if let Some(s) = self.server.take() {
            s.shutdown().await;
        }
    }
}

/// A cluster and a started manager, with the journal of its fake controllers.
pub struct Harness {
    pub cluster: Cluster,
    pub client: kube::Client,
    pub journal: Journal,
    pub metrics: Metrics,
    pub running: Running,
}

impl Harness {
    /// A manager running the fake GitRepository controller (as manager "a").
    pub async fn start(options: ManagerOptions) -> Harness {
        Harness::start_with(options, |manager, journal| {
            manager.controller("source-controller", FakeSource { manager: "a", journal: journal.clone() }).register();
        })
        .await
    }

    /// A manager set up by `setup`.
    pub async fn start_with(options: ManagerOptions, setup: impl FnOnce(&mut Manager, &Journal)) -> Harness {
        let cluster = Cluster::start().await;
        let client = cluster.client().await;
        let journal = Journal::default();
        let mut manager = Manager::new(client.clone(), options);
        setup(&mut manager, &journal);
        let metrics = manager.metrics().clone();
        let running = manager.start().await.expect("starting the manager");
        Harness { cluster, client, journal, metrics, running }
    }

    pub async fn stop(self) {
        self.running.shutdown().await.expect("a clean shutdown");
        self.cluster.stop().await;
    }
}

/// Options for a test manager: no listeners, no jitter, short backoff, two workers.
pub fn options() -> ManagerOptions {
    ManagerOptions {
        concurrent: Some(2),
        jitter: Jitter::none(),
        backoff: Backoff::new(Duration::from_millis(100), Duration::from_secs(2)),
        graceful_shutdown_timeout: Duration::from_secs(5),
        ..Default::default()
    }
}

/// Polls `check` every 20ms until it holds; panics with `what` after `deadline`.
pub async fn wait_until<F, Fut>(what: &str, deadline: Duration, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: Future<Output = bool>,
{
    let until = Instant::now() + deadline;
    loop {
        if check().await {
            return;
        }
        assert!(Instant::now() < until, "timed out after {deadline:?} waiting for {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Creates a GitRepository whose URL path tells the fake reconciler what to do: `ok`, `fail`, `stall`,
/// `slow` (ok after 50ms).
pub async fn create_repo(client: &kube::Client, name: &str, behaviour: &str, interval: &str) -> GitRepository {
    let spec = GitRepositorySpec {
        url: format!("https://example.com/{behaviour}"),
        interval: interval.to_string(),
        ..Default::default()
    };
    let repo = GitRepository::new(name, spec);
    Api::<GitRepository>::namespaced(client.clone(), NS)
        .create(&PostParams::default(), &repo)
        .await
        .expect("creating the GitRepository")
}

pub async fn get_repo(client: &kube::Client, name: &str) -> Option<GitRepository> {
    Api::<GitRepository>::namespaced(client.clone(), NS).get_opt(name).await.expect("reading the GitRepository")
}

pub async fn patch_repo(client: &kube::Client, name: &str, patch: serde_json::Value) {
    Api::<GitRepository>::namespaced(client.clone(), NS)
        .patch(name, &PatchParams::default(), &Patch::Merge(&patch))
        .await
        .expect("patching the GitRepository");
}

/// A Go duration such as `1s`, `500ms`, `1h`.
pub fn parse_interval(text: &str) -> Duration {
    let (number, unit) = text.split_at(text.find(|c: char| !c.is_ascii_digit()).unwrap_or(text.len()));
    let n: u64 = number.parse().unwrap_or(60);
    match unit {
        "ms" => Duration::from_millis(n),
        "m" => Duration::from_secs(n * 60),
        "h" => Duration::from_secs(n * 3600),
        _ => Duration::from_secs(n),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallKind {
    Reconcile,
    Cleanup,
}

/// One call of the fake reconciler: who, what, when.
#[derive(Debug, Clone)]
pub struct Call {
    pub manager: &'static str,
    pub kind: CallKind,
    pub key: ObjectKey,
    pub start: Instant,
    /// When the call returned or was dropped (a killed manager drops its calls).
    pub end: Option<Instant>,
}

/// Every call of every fake reconciler of a test.
#[derive(Clone, Default)]
pub struct Journal(Arc<Mutex<Vec<Call>>>);

impl Journal {
    fn begin(&self, manager: &'static str, kind: CallKind, repo: &GitRepository) -> Ended {
        let mut calls = self.0.lock().unwrap();
        calls.push(Call { manager, kind, key: ObjectKey::of(repo), start: Instant::now(), end: None });
        Ended { journal: self.clone(), index: calls.len() - 1 }
    }

    pub fn calls(&self) -> Vec<Call> {
        self.0.lock().unwrap().clone()
    }

    /// The reconcile calls for one object, in order.
    pub fn reconciles(&self, name: &str) -> Vec<Call> {
        self.calls().into_iter().filter(|c| c.kind == CallKind::Reconcile && c.key.name == name).collect()
    }

    pub fn count(&self, name: &str, kind: CallKind) -> usize {
        self.calls().iter().filter(|c| c.kind == kind && c.key.name == name).count()
    }
}

/// Records the end of a call when dropped, which also happens when the call's task is aborted.
struct Ended {
    journal: Journal,
    index: usize,
}

impl Drop for Ended {
    fn drop(&mut self) {
        if let Ok(mut calls) = self.journal.0.lock() {
            calls[self.index].end = Some(Instant::now());
        }
    }
}

/// A GitRepository "controller" that pretends to fetch: behaviour by URL, every call journaled.
pub struct FakeSource {
    pub manager: &'static str,
    pub journal: Journal,
}

impl Reconciler for FakeSource {
    type Object = GitRepository;

    async fn reconcile(&self, repo: &mut GitRepository, ctx: &Context<GitRepository>) -> Result<Action, Error> {
        let _call = self.journal.begin(self.manager, CallKind::Reconcile, repo);
        conditions::progressing(repo, "reconciliation in progress");
        ctx.patch(repo).await?;
        let behaviour = repo.spec.url.rsplit('/').next().unwrap_or_default().to_string();
        match behaviour.as_str() {
            "fail" => return Err(Error::new("GitOperationFailed", "failed to checkout and determine revision: boom")),
            "stall" => return Err(Error::stalling("URLInvalid", "URL scheme not supported")),
            "slow" => tokio::time::sleep(Duration::from_millis(50)).await,
            // Another writer adds its own condition meanwhile: the final patch must keep it.
            "contended" if conditions::get(repo, "Foreign").is_none() => {
                let name = repo.metadata.name.clone().unwrap_or_default();
                let latest = ctx.api().get(&name).await?;
                let mut foreign = latest.status.and_then(|s| s.conditions).unwrap_or_default();
                foreign.push(api::meta::Condition {
                    type_: "Foreign".into(),
                    status: "True".into(),
                    reason: "SetElsewhere".into(),
                    message: String::new(),
                    observed_generation: Some(1),
                    last_transition_time: conditions::now(),
                });
                let patch = serde_json::json!({"status": {"conditions": foreign}});
                ctx.api().patch_status(&name, &PatchParams::default(), &Patch::Merge(&patch)).await?;
            }
            _ => {}
        }
        let first = !conditions::is_true(repo, "ArtifactInStorage");
        conditions::mark_true(repo, "ArtifactInStorage", "Succeeded", "stored artifact for revision 'main@sha1:abc'");
        conditions::mark_true(repo, "Ready", "Succeeded", "stored artifact for revision 'main@sha1:abc'");
        if first {
            ctx.annotated_event(
                repo,
                [("source.toolkit.fluxcd.io/revision".to_string(), "main@sha1:abc".to_string())].into(),
                EventType::Normal,
                "NewArtifact",
                "stored artifact for commit 'init'",
            );
        } else {
            ctx.event(
                repo,
                EventType::Trace,
                "ArtifactUpToDate",
                "artifact up-to-date with remote revision: 'main@sha1:abc'",
            );
        }
        Ok(Action::requeue_jittered(parse_interval(&repo.spec.interval)))
    }

    async fn cleanup(&self, repo: &mut GitRepository, _: &Context<GitRepository>) -> Result<(), Error> {
        let _call = self.journal.begin(self.manager, CallKind::Cleanup, repo);
        Ok(())
    }
}

/// An event sink that keeps what it is given.
#[derive(Default)]
pub struct Sink(pub Mutex<Vec<FluxEvent>>);

impl EventSink for Sink {
    fn forward(&self, event: &FluxEvent) {
        self.0.lock().unwrap().push(event.clone());
    }
}

/// `GET path` over plain HTTP; returns status code and body.
pub async fn http_get(addr: std::net::SocketAddr, path: &str) -> (u16, String) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let mut stream = tokio::net::TcpStream::connect(addr).await.expect("connecting");
    stream
        .write_all(format!("GET {path} HTTP/1.1\r\nHost: test\r\nConnection: close\r\n\r\n").as_bytes())
        .await
        .expect("sending the request");
    let mut response = String::new();
    stream.read_to_string(&mut response).await.expect("reading the response");
    let status = response.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = response.split_once("\r\n\r\n").map(|(_, b)| b.to_string()).unwrap_or_default();
    (status, body)
}
