//! Requeue intervals with jitter, and exponential backoff on errors, measured between the starts of
//! consecutive reconciliations. Lower bounds are exact (a requeue never comes early); upper bounds allow
//! for the patches and watch round-trips of a loaded 2-core machine.

use std::time::Duration;

use runtime::backoff::Backoff;
use runtime::jitter::Jitter;
use runtime::ManagerOptions;

use crate::support::*;

/// What a reconciliation and its status patch may add to a delay on a busy machine.
const SLACK: Duration = Duration::from_millis(700);

fn gaps(calls: &[Call]) -> Vec<Duration> {
    calls.windows(2).map(|w| w[1].start - w[0].start).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn success_requeues_after_the_interval_with_jitter() {
    let jitter = Jitter::new(10).unwrap();
    let interval = Duration::from_secs(1);
    let h = Harness::start(ManagerOptions { jitter, ..options() }).await;
    let (client, journal) = (h.client.clone(), h.journal.clone());

    create_repo(&client, "periodic", "ok", "1s").await;
    let wanted = 5;
    let (_, high) = jitter.bounds(interval);
    wait_until("five reconciliations", (high + SLACK) * (wanted + 2), || async {
        journal.reconciles("periodic").len() >= wanted as usize
    })
    .await;
    let (low, high) = jitter.bounds(interval);
    let gaps = gaps(&journal.reconciles("periodic"));
    for gap in &gaps {
        assert!(*gap >= low, "requeued before interval − 10 %: {gaps:?}");
        assert!(*gap <= high + SLACK, "requeued long after interval + 10 %: {gaps:?}");
    }
    h.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_back_off_exponentially_up_to_the_cap() {
    let backoff = Backoff::new(Duration::from_millis(100), Duration::from_millis(400));
    let h = Harness::start(ManagerOptions { backoff, ..options() }).await;
    let (client, journal, metrics) = (h.client.clone(), h.journal.clone(), h.metrics.clone());

    create_repo(&client, "broken", "fail", "1m").await;
    // Adding the finalizer is the first "failure" (upstream requeues it through the rate limiter), so the
    // reconciliations that fail then wait 200ms, 400ms, and 400ms from then on.
    let expected: Vec<Duration> = (1..6).map(|n| backoff.delay(n)).collect();
    let deadline: Duration = expected.iter().map(|d| *d + SLACK).sum::<Duration>() + Duration::from_secs(5);
    wait_until("six failed reconciliations", deadline, || async { journal.reconciles("broken").len() >= 6 }).await;
    let gaps = gaps(&journal.reconciles("broken"));
    assert_eq!(expected.iter().map(|d| d.as_millis()).collect::<Vec<_>>(), [200, 400, 400, 400, 400], "the cap holds");
    for (gap, want) in gaps.iter().zip(&expected) {
        assert!(gap >= want, "retried before the backoff delay: {gaps:?} vs {expected:?}");
        assert!(*gap <= *want + SLACK, "retried long after the backoff delay: {gaps:?} vs {expected:?}");
    }
    let errors = metrics.value("controller_runtime_reconcile_errors_total", &["gitrepository"]).unwrap_or_default();
    assert!(errors >= 5.0, "{errors}");
    h.stop().await;
}
