//! A controller's work queue, with client-go's rules: a key is queued at most once (adding it again
//! while queued is a no-op), a key being processed is never handed to a second worker (adding it then
//! marks it to be queued again when the first worker is done), delayed adds keep the earliest time, and
//! rate-limited adds wait for the per-key exponential [`Backoff`] until the key is forgotten.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet, VecDeque};
use std::sync::Mutex;
use std::time::Duration;

use tokio::sync::Notify;
use tokio::time::Instant;

use crate::backoff::Backoff;
use crate::object::ObjectKey;

/// The work queue of one controller.
#[derive(Debug)]
pub struct WorkQueue {
    state: Mutex<State>,
    wakeup: Notify,
    backoff: Backoff,
}

#[derive(Debug, Default)]
struct State {
    ready: VecDeque<ObjectKey>,
    /// Keys that must be processed: queued, or to be queued again once processed.
    dirty: HashSet<ObjectKey>,
    processing: HashSet<ObjectKey>,
    /// The earliest time each delayed key is due.
    waiting: HashMap<ObjectKey, Instant>,
    /// Due times, possibly stale (an entry counts only while it matches `waiting`).
    timers: BinaryHeap<Reverse<(Instant, ObjectKey)>>,
    failures: HashMap<ObjectKey, u32>,
    adds: u64,
    retries: u64,
    shut_down: bool,
}

impl State {
    fn add(&mut self, key: ObjectKey) {
        if self.shut_down || self.dirty.contains(&key) {
            return;
        }
        self.adds += 1;
        self.dirty.insert(key.clone());
        if !self.processing.contains(&key) {
            self.ready.push_back(key);
        }
    }

    /// Moves every delayed key that is due to the ready queue; returns when the next one is due.
    fn promote(&mut self, now: Instant) -> Option<Instant> {
        while let Some(Reverse((at, _))) = self.timers.peek() {
            if *at > now {
                return Some(*at);
            }
            let Some(Reverse((at, key))) = self.timers.pop() else { break };
            if self.waiting.get(&key) == Some(&at) {
                self.waiting.remove(&key);
                self.add(key);
            }
        }
        None
    }
}

impl WorkQueue {
    pub fn new(backoff: Backoff) -> WorkQueue {
        WorkQueue { state: Mutex::new(State::default()), wakeup: Notify::new(), backoff }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        // A worker that panicked while holding the lock leaves plain data behind: keep using it.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Queues `key` now.
    pub fn add(&self, key: ObjectKey) {
        self.lock().add(key);
        self.wakeup.notify_waiters();
    }

    /// Queues `key` after `delay`; an earlier pending time for the same key wins.
    pub fn add_after(&self, key: ObjectKey, delay: Duration) {
        if delay.is_zero() {
            return self.add(key);
        }
        let at = Instant::now() + delay;
        let mut state = self.lock();
        if state.shut_down || state.waiting.get(&key).is_some_and(|t| *t <= at) {
            return;
        }
        state.waiting.insert(key.clone(), at);
        state.timers.push(Reverse((at, key)));
        drop(state);
        self.wakeup.notify_waiters();
    }

    /// Queues `key` after its backoff delay and counts one more failure; returns the delay.
    pub fn add_rate_limited(&self, key: ObjectKey) -> Duration {
        let delay = {
            let mut state = self.lock();
            state.retries += 1;
            let failures = state.failures.entry(key.clone()).or_insert(0);
            let delay = self.backoff.delay(*failures);
            *failures = failures.saturating_add(1);
            delay
        };
        self.add_after(key, delay);
        delay
    }

    /// Resets the backoff of `key`.
    pub fn forget(&self, key: &ObjectKey) {
        self.lock().failures.remove(key);
    }

    /// How many consecutive failures `key` has had.
    pub fn failures(&self, key: &ObjectKey) -> u32 {
        self.lock().failures.get(key).copied().unwrap_or(0)
    }

    /// The next key to process, waiting until one is due; `None` once the queue is shut down.
    pub async fn get(&self) -> Option<ObjectKey> {
        loop {
            let wakeup = self.wakeup.notified();
            tokio::pin!(wakeup);
            // Registered before the state is read, so an add in between is not missed.
            wakeup.as_mut().enable();
            let next_timer = {
                let mut state = self.lock();
                if state.shut_down {
                    return None;
                }
                let next = state.promote(Instant::now());
                if let Some(key) = state.ready.pop_front() {
                    state.dirty.remove(&key);
                    state.processing.insert(key.clone());
                    return Some(key);
                }
                next
            };
            match next_timer {
                Some(at) => {
                    tokio::select! {
                        _ = wakeup => {}
                        _ = tokio::time::sleep_until(at) => {}
                    }
                }
                None => wakeup.await,
            }
        }
    }

    /// Marks `key` processed; queues it again if it was added meanwhile.
    pub fn done(&self, key: &ObjectKey) {
        let mut state = self.lock();
        state.processing.remove(key);
        if state.dirty.contains(key) && !state.shut_down {
            state.ready.push_back(key.clone());
            drop(state);
            self.wakeup.notify_waiters();
        }
    }

    /// Stops handing out keys: every waiting [`WorkQueue::get`] returns `None`.
    pub fn shut_down(&self) {
        self.lock().shut_down = true;
        self.wakeup.notify_waiters();
    }

    /// Keys ready to be processed now (the `workqueue_depth` metric).
    pub fn depth(&self) -> usize {
        self.lock().ready.len()
    }

    /// Keys waiting for a delay to pass.
    pub fn delayed(&self) -> usize {
        self.lock().waiting.len()
    }

    /// Total adds and rate-limited retries so far (`workqueue_adds_total`, `workqueue_retries_total`).
    pub fn counters(&self) -> (u64, u64) {
        let state = self.lock();
        (state.adds, state.retries)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(name: &str) -> ObjectKey {
        ObjectKey::new("ns", name)
    }

    fn queue() -> WorkQueue {
        WorkQueue::new(Backoff::new(Duration::from_millis(100), Duration::from_millis(400)))
    }

    #[tokio::test]
    async fn deduplicates_queued_keys() {
        let q = queue();
        q.add(key("a"));
        q.add(key("a"));
        q.add(key("b"));
        assert_eq!(q.depth(), 2);
        assert_eq!(q.get().await, Some(key("a")));
        assert_eq!(q.get().await, Some(key("b")));
        assert_eq!(q.counters().0, 2);
    }

    #[tokio::test]
    async fn a_key_in_progress_is_requeued_once_done() {
        let q = queue();
        q.add(key("a"));
        let k = q.get().await.unwrap();
        q.add(key("a"));
        q.add(key("a"));
        assert_eq!(q.depth(), 0, "not handed to a second worker while processed");
        q.done(&k);
        assert_eq!(q.depth(), 1);
        assert_eq!(q.get().await, Some(key("a")));
        q.done(&key("a"));
        assert_eq!(q.depth(), 0);
    }

    #[tokio::test]
    async fn delayed_adds_keep_the_earliest_time() {
        let q = queue();
        let start = Instant::now();
        q.add_after(key("a"), Duration::from_millis(200));
        q.add_after(key("a"), Duration::from_secs(60));
        q.add_after(key("a"), Duration::from_millis(50));
        assert_eq!(q.delayed(), 1);
        assert_eq!(q.get().await, Some(key("a")));
        let waited = start.elapsed();
        assert!(waited >= Duration::from_millis(50) && waited < Duration::from_millis(200), "{waited:?}");
        q.done(&key("a"));
        // The stale 200ms and 60s timers must not fire again.
        let next = tokio::time::timeout(Duration::from_millis(400), q.get()).await;
        assert!(next.is_err(), "{next:?}");
    }

    #[test]
    fn backoff_grows_per_key_until_forgotten() {
        let q = queue();
        let delays: Vec<u128> = (0..4).map(|_| q.add_rate_limited(key("a")).as_millis()).collect();
        assert_eq!(delays, [100, 200, 400, 400]);
        assert_eq!(q.add_rate_limited(key("b")), Duration::from_millis(100), "per key");
        assert_eq!(q.failures(&key("a")), 4);
        q.forget(&key("a"));
        assert_eq!(q.add_rate_limited(key("a")), Duration::from_millis(100));
        assert_eq!(q.counters().1, 6);
    }

    #[tokio::test]
    async fn shutdown_releases_waiting_workers() {
        let q = std::sync::Arc::new(queue());
        let waiter = tokio::spawn({
            let q = q.clone();
            async move { q.get().await }
        });
        tokio::task::yield_now().await;
        q.shut_down();
        assert_eq!(waiter.await.unwrap(), None);
        q.add(key("a"));
        assert_eq!(q.depth(), 0);
    }
}
