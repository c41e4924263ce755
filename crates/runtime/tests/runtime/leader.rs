//! Leader election: managers in one "cluster" compete for the component's Lease; only the leader
//! reconciles; a crashed leader is replaced once its lease expires, a stopped one at once; and no object
//! is ever reconciled by two managers at the same time. Each component's "elected" signal follows the lease.

use std::time::Duration;

use k8s_openapi::api::coordination::v1::Lease;
use kube::api::Api;
use runtime::leader::LeaderElectionConfig;
use runtime::{Manager, ManagerOptions, Running};
use tokio::sync::watch;
use tokio::time::Instant;

use crate::support::*;

const OBJECTS: usize = 6;

fn election() -> LeaderElectionConfig {
    LeaderElectionConfig {
        namespace: NS.into(),
        lease_duration: Duration::from_secs(2),
        renew_deadline: Duration::from_millis(1500),
        retry_period: Duration::from_millis(200),
        release_on_cancel: true,
    }
}

/// A started manager and its source-controller "elected" signal.
async fn candidate(cluster: &Cluster, name: &'static str, journal: &Journal) -> (Running, watch::Receiver<bool>) {
    let options =
        ManagerOptions { leader_election: Some(election()), identity: Some(format!("{name}_test")), ..options() };
    let mut manager = Manager::new(cluster.client().await, options);
    let elected = manager.elected("source-controller");
    manager.controller("source-controller", FakeSource { manager: name, journal: journal.clone() }).register();
    assert!(!*elected.borrow(), "nobody leads before the election");
    (manager.start().await.expect("starting a manager"), elected)
}

async fn holder(client: &kube::Client) -> Option<String> {
    let leases: Api<Lease> = Api::namespaced(client.clone(), NS);
    leases.get_opt("source-controller-leader-election").await.ok()??.spec?.holder_identity
}

/// The managers that reconciled since `since`.
fn reconcilers_since(journal: &Journal, since: Instant) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = journal.calls().iter().filter(|c| c.start >= since).map(|c| c.manager).collect();
    names.sort();
    names.dedup();
    names
}

/// No two calls for one object overlap in time, whichever manager made them.
fn assert_no_overlap(journal: &Journal) {
    let calls = journal.calls();
    for (i, a) in calls.iter().enumerate() {
        for b in &calls[i + 1..] {
            if a.key != b.key {
                continue;
            }
            let a_end = a.end.unwrap_or_else(Instant::now);
            let b_end = b.end.unwrap_or_else(Instant::now);
            assert!(
                a_end <= b.start || b_end <= a.start,
                "{} was reconciled by {} and {} at the same time: {a:?} {b:?}",
                a.key,
                a.manager,
                b.manager
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_standby_takes_over_from_a_crashed_or_stopped_leader() {
    let cluster = Cluster::start().await;
    let client = cluster.client().await;
    let journal = Journal::default();
    for i in 0..OBJECTS {
        create_repo(&client, &format!("repo-{i}"), "slow", "300ms").await;
    }
    let config = election();

    let (a, a_elected) = candidate(&cluster, "a", &journal).await;
    wait_until("a leads and reconciles", Duration::from_secs(15), || async {
        holder(&client).await.as_deref() == Some("a_test") && !journal.calls().is_empty()
    })
    .await;
    assert!(*a_elected.borrow());
    let (b, b_elected) = candidate(&cluster, "b", &journal).await;
    // b's caches sync and it campaigns; a keeps the lease and b stays idle.
    let watching = Instant::now();
    wait_until("a few more periods of a's work", Duration::from_secs(15), || async {
        journal.calls().iter().filter(|c| c.start >= watching).count() >= 3 * OBJECTS
    })
    .await;
    assert_eq!(reconcilers_since(&journal, watching), ["a"], "only the leader reconciles");
    assert_eq!(holder(&client).await.as_deref(), Some("a_test"));
    assert!(!*b_elected.borrow(), "a standby is not elected");

    // Crash: no release. b must wait for the lease to expire, then take over.
    a.abort();
    let crashed = Instant::now();
    let takeover = config.lease_duration + config.retry_period.mul_f64(2.2) + Duration::from_secs(3);
    wait_until("b takes over", takeover, || async { reconcilers_since(&journal, crashed).contains(&"b") }).await;
    let first_b = journal.calls().iter().filter(|c| c.manager == "b").map(|c| c.start).min().unwrap();
    assert!(
        first_b - crashed >= config.lease_duration - config.retry_period * 2,
        "b started {:?} after the crash, before a's lease could expire",
        first_b - crashed
    );
    assert_eq!(holder(&client).await.as_deref(), Some("b_test"));
    assert!(*b_elected.borrow());

    // Clean stop: b releases the lease and c takes over without waiting for it to expire.
    let (c, c_elected) = candidate(&cluster, "c", &journal).await;
    let standing_by = Instant::now();
    wait_until("more of b's work while c stands by", Duration::from_secs(15), || async {
        journal.calls().iter().filter(|x| x.start >= standing_by).count() >= 2 * OBJECTS
    })
    .await;
    assert_eq!(reconcilers_since(&journal, standing_by), ["b"]);
    assert!(!*c_elected.borrow());
    b.shutdown().await.expect("b stops cleanly");
    assert!(!*b_elected.borrow(), "no longer elected once released");
    let released = Instant::now();
    wait_until("c takes over", config.lease_duration, || async {
        reconcilers_since(&journal, released).contains(&"c")
    })
    .await;
    assert!(released.elapsed() < config.lease_duration, "a released lease is taken at once");
    assert_eq!(reconcilers_since(&journal, released), ["c"]);
    assert_eq!(holder(&client).await.as_deref(), Some("c_test"));
    assert!(*c_elected.borrow());
    c.shutdown().await.unwrap();
    assert_eq!(holder(&client).await.as_deref(), Some(""), "released on shutdown");

    assert_no_overlap(&journal);
    cluster.stop().await;
}

#[tokio::test]
async fn without_leader_election_every_component_is_elected_at_once() {
    // Nothing below talks to the API: the manager is never started.
    let config = kube::Config::new("http://127.0.0.1:9".parse().expect("a URL"));
    let client = kube::Client::try_from(config).expect("a client");
    let mut manager = Manager::new(client.clone(), options());
    assert!(*manager.elected("source-controller").borrow(), "true before the manager starts");
    assert!(*manager.elected("notification-controller").borrow(), "with or without controllers");

    let mut manager = Manager::new(client, ManagerOptions { leader_election: Some(election()), ..options() });
    let elected = manager.elected("source-controller");
    assert!(!*elected.borrow(), "an elected component waits for its lease");
}
