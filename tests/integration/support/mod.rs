//! Test plumbing every suite shares: servers, kubectl, kube-rs clients, and waiting with a deadline.

#![allow(dead_code)]

pub mod kubectl;
pub mod server;

use std::future::Future;
use std::time::Duration;

pub use kubectl::Kubectl;
pub use server::TestServer;

/// Polls `check` until it returns `Some`, or fails the test naming `what` once `deadline` has passed.
/// Deadlines come from the durations the system is configured with, never from guesses about speed.
pub async fn eventually<T, F, Fut>(deadline: Duration, what: &str, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Option<T>>,
{
    let until = tokio::time::Instant::now() + deadline;
    let mut pause = Duration::from_millis(20);
    loop {
        if let Some(v) = check().await {
            return v;
        }
        if tokio::time::Instant::now() >= until {
            panic!("timed out after {deadline:?} waiting for {what}");
        }
        tokio::time::sleep(pause).await;
        pause = (pause * 2).min(Duration::from_millis(250));
    }
}

/// A fixture file under `tests/fixtures/`.
pub fn fixture(path: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(path)
}

/// Fails the test with a clear message when a tool the tests need is missing (never skips silently).
pub fn require_tool(tool: &str, hint: &str) {
    let found =
        std::env::var_os("PATH").map(|p| std::env::split_paths(&p).any(|d| d.join(tool).is_file())).unwrap_or(false);
    assert!(found, "{tool} is required by this test but is not on PATH: {hint}");
}
