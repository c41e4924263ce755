//! Workload simulation: what kubelet and the workload controllers would do, enough for health checks.

use std::collections::HashMap;

use parking_lot::Mutex;

/// Container log lines of simulated pods, by (namespace, pod, container).
#[derive(Default)]
pub struct Logs {
    lines: Mutex<HashMap<(String, String, String), Vec<(String, String)>>>,
}

impl Logs {
    /// Appends a line (with its RFC 3339 timestamp) to a container's log.
    pub fn push(&self, namespace: &str, pod: &str, container: &str, line: String) {
        let ts = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Nanos, true);
        self.lines.lock().entry((namespace.into(), pod.into(), container.into())).or_default().push((ts, line));
    }

    /// The lines logged so far, oldest first.
    pub fn lines(&self, namespace: &str, pod: &str, container: &str) -> Vec<(String, String)> {
        self.lines.lock().get(&(namespace.into(), pod.into(), container.into())).cloned().unwrap_or_default()
    }
}
