//! The reconciliation history of an applier (`status.history`): the last snapshots, most recent first,
//! deduplicated by digest and status (upstream's `meta.History`).

use std::collections::BTreeMap;

use k8s_openapi::apimachinery::pkg::apis::meta::v1::Time;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How many snapshots a history keeps.
pub const HISTORY_MAX_SIZE: usize = 5;

/// One reconciliation outcome of an applier.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Snapshot {
    /// Checksum of the applied manifests, `sha256:<hex>`.
    pub digest: String,
    /// When this digest was first reconciled with this status.
    pub first_reconciled: Time,
    /// When it was last reconciled.
    pub last_reconciled: Time,
    /// How long the last reconciliation took (a Go duration, e.g. `1.5s`).
    pub last_reconciled_duration: String,
    /// The outcome, e.g. `ReconciliationSucceeded`.
    pub last_reconciled_status: String,
    /// How many times this digest was reconciled with this status.
    pub total_reconciliations: i64,
    /// The revisions the manifests came from (`revision`, `originRevision`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub metadata: Option<BTreeMap<String, String>>,
}

/// Records a reconciliation: an existing snapshot with the same digest and status is updated and moved to
/// the front, otherwise a new one is prepended; the history is then cut to [`HISTORY_MAX_SIZE`].
pub fn upsert(
    history: &mut Vec<Snapshot>,
    digest: &str,
    at: Time,
    duration: String,
    status: &str,
    metadata: Option<BTreeMap<String, String>>,
) {
    if let Some(i) = history.iter().position(|s| s.digest == digest && s.last_reconciled_status == status) {
        let mut snapshot = history.remove(i);
        snapshot.last_reconciled = at;
        snapshot.last_reconciled_duration = duration;
        snapshot.total_reconciliations += 1;
        snapshot.metadata = metadata;
        history.insert(0, snapshot);
    } else {
        let snapshot = Snapshot {
            digest: digest.to_string(),
            first_reconciled: at.clone(),
            last_reconciled: at,
            last_reconciled_duration: duration,
            last_reconciled_status: status.to_string(),
            total_reconciliations: 1,
            metadata,
        };
        history.insert(0, snapshot);
    }
    history.truncate(HISTORY_MAX_SIZE);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(secs: i64) -> Time {
        Time(k8s_openapi::jiff::Timestamp::from_second(secs).unwrap())
    }

    #[test]
    fn upsert_deduplicates_and_truncates() {
        let mut h = Vec::new();
        upsert(&mut h, "sha256:a", t(1), "1s".into(), "ReconciliationSucceeded", None);
        upsert(&mut h, "sha256:b", t(2), "1s".into(), "ReconciliationSucceeded", None);
        upsert(&mut h, "sha256:a", t(3), "2s".into(), "ReconciliationSucceeded", None);
        assert_eq!(h.len(), 2);
        assert_eq!(h[0].digest, "sha256:a");
        assert_eq!(h[0].total_reconciliations, 2);
        assert_eq!(h[0].first_reconciled, t(1));
        assert_eq!(h[0].last_reconciled, t(3));
        upsert(&mut h, "sha256:a", t(4), "1s".into(), "ReconciliationFailed", None);
        assert_eq!(h.len(), 3, "another status is another snapshot");
        for i in 0..10 {
            upsert(&mut h, &format!("sha256:{i}"), t(10 + i), "1s".into(), "ReconciliationSucceeded", None);
        }
        assert_eq!(h.len(), HISTORY_MAX_SIZE);
        assert_eq!(h[0].digest, "sha256:9");
    }
}
