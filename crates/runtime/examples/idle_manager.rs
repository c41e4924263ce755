//! A manager with a no-op GitRepository controller, for measuring the runtime's footprint.
//!
//! ```sh
//! flux-rs run --embedded --ephemeral --controllers none --data-dir /tmp/fp &      # a cluster
//! cargo run --release -p flux-rs-runtime --example idle_manager -- /tmp/fp/kubeconfig --create 1000
//! cargo run --release -p flux-rs-runtime --example idle_manager -- /tmp/fp/kubeconfig &
//! grep VmRSS /proc/$!/status
//! ```

use std::time::Duration;

use api::source::{GitRepository, GitRepositorySpec};
use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::CustomResourceDefinition;
use kube::api::{Api, PostParams};
use runtime::logging::{LogEncoding, LogLevel};
use runtime::{conditions, Action, Context, Error, Manager, ManagerOptions, Reconciler};

/// Marks every GitRepository Ready and comes back in ten minutes.
struct Noop;

impl Reconciler for Noop {
    type Object = GitRepository;

    async fn reconcile(&self, repo: &mut GitRepository, _: &Context<GitRepository>) -> Result<Action, Error> {
        conditions::mark_true(repo, "Ready", "Succeeded", "stored artifact for revision 'main@sha1:abc'");
        Ok(Action::requeue_jittered(Duration::from_secs(600)))
    }
}

/// Installs the GitRepository CRD and creates `count` GitRepositories in `default`.
async fn create(client: kube::Client, count: usize) -> Result<(), Box<dyn std::error::Error>> {
    let crd = api::crds()
        .into_iter()
        .find(|c| c.metadata.name.as_deref() == Some("gitrepositories.source.toolkit.fluxcd.io"))
        .ok_or("no GitRepository CRD")?;
    let crds: Api<CustomResourceDefinition> = Api::all(client.clone());
    if crds.get_opt("gitrepositories.source.toolkit.fluxcd.io").await?.is_none() {
        crds.create(&PostParams::default(), &crd).await?;
    }
    let repos: Api<GitRepository> = Api::namespaced(client, "default");
    while repos.list(&Default::default()).await.is_err() {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    for i in 0..count {
        let spec =
            GitRepositorySpec { url: "https://example.com/x".into(), interval: "10m".into(), ..Default::default() };
        match repos.create(&PostParams::default(), &GitRepository::new(&format!("repo-{i}"), spec)).await {
            Ok(_) | Err(kube::Error::Api(_)) => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(())
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let path = args.get(1).ok_or("usage: idle_manager KUBECONFIG [--create N]")?;
    let kubeconfig = kube::config::Kubeconfig::read_from(path)?;
    let client = kube::Client::try_from(kube::Config::from_custom_kubeconfig(kubeconfig, &Default::default()).await?)?;
    if args.get(2).map(String::as_str) == Some("--create") {
        let count = args.get(3).and_then(|n| n.parse().ok()).unwrap_or(100);
        return create(client, count).await;
    }
    runtime::logging::init(LogLevel::Info, LogEncoding::Json)?;
    let loopback = "127.0.0.1:0".parse().ok();
    let mut manager =
        Manager::new(client, ManagerOptions { metrics_addr: loopback, health_addr: loopback, ..Default::default() });
    manager.controller("source-controller", Noop).register();
    let running = manager.start().await?;
    tokio::signal::ctrl_c().await?;
    running.shutdown().await?;
    Ok(())
}
