//! How a source reconciliation ends, as source-controller ends it (`internal/reconcile`,
//! `internal/reconcile/summarize`, `internal/error`): the kinds of failure a sub-reconciler reports, the
//! conditions they leave behind, and the `Ready` condition summarised from the others.
//!
//! The runtime applies the rules every Flux kind shares afterwards (`lastHandledReconcileAt`,
//! `observedGeneration`, the Warning event of an error); what is particular to the source kinds — the
//! "no change" result that is not an error, the wait for an include, the summary with its negative
//! polarities — happens here, on the object, before the runtime sees it.

use std::time::Duration;

use api::meta::{condition, reason, Condition};
use runtime::conditions::{self, FALSE, TRUE, UNKNOWN};
use runtime::{Action, FluxObject};

/// Why a sub-reconciler stopped the reconciliation (upstream's `serror` types).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    pub kind: FailureKind,
    pub reason: String,
    pub message: String,
}

/// The three behaviours upstream's errors have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailureKind {
    /// Retried with backoff; a Warning event (`serror.Generic`).
    Generic,
    /// A no-op that is not a failure: the remote still has the stored revision. Ready stays True, the
    /// object is requeued at its interval, and a Trace event tells why (`Generic` with `Ignore`).
    Unchanged,
    /// Retrying cannot help until the object changes: `Stalled=True`, no requeue (`serror.Stalling`).
    Stalling,
    /// Something else must happen first (an include gets its artifact): requeued after this delay,
    /// without backoff, with a Trace event (`serror.Waiting`).
    Waiting(Duration),
}

impl Failure {
    pub fn generic(reason: &str, message: impl Into<String>) -> Failure {
        Failure { kind: FailureKind::Generic, reason: reason.to_string(), message: message.into() }
    }

    pub fn stalling(reason: &str, message: impl Into<String>) -> Failure {
        Failure { kind: FailureKind::Stalling, reason: reason.to_string(), message: message.into() }
    }

    pub fn waiting(reason: &str, message: impl Into<String>, after: Duration) -> Failure {
        Failure { kind: FailureKind::Waiting(after), reason: reason.to_string(), message: message.into() }
    }

    pub fn unchanged(message: impl Into<String>) -> Failure {
        Failure {
            kind: FailureKind::Unchanged,
            reason: reason::GIT_OPERATION_SUCCEEDED.to_string(),
            message: message.into(),
        }
    }
}

/// The conditions `Ready` summarises, in the order that picks its reason and message (upstream's
/// `gitRepositoryReadyCondition.Summarize`).
pub const SUMMARIZE: [&str; 8] = [
    condition::STORAGE_OPERATION_FAILED,
    condition::FETCH_FAILED,
    condition::INCLUDE_UNAVAILABLE,
    condition::ARTIFACT_OUTDATED,
    condition::ARTIFACT_IN_STORAGE,
    condition::SOURCE_VERIFIED,
    condition::STALLED,
    condition::RECONCILING,
];

/// The summarised conditions that are abnormal when True.
pub const NEGATIVE_POLARITY: [&str; 6] = [
    condition::STORAGE_OPERATION_FAILED,
    condition::FETCH_FAILED,
    condition::INCLUDE_UNAVAILABLE,
    condition::ARTIFACT_OUTDATED,
    condition::STALLED,
    condition::RECONCILING,
];

/// The conditions whose presence means a failure; their disappearance is a recovery worth an event.
pub const FAIL_CONDITIONS: [&str; 3] =
    [condition::FETCH_FAILED, condition::INCLUDE_UNAVAILABLE, condition::STORAGE_OPERATION_FAILED];

/// What the controller hands back to the runtime once the object's status is final.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Requeue as the action says.
    Done(Action),
    /// Retry with backoff (or, stalling, never); `event` tells whether the runtime records the error as
    /// a Warning event.
    Failed { reason: String, message: String, stalling: bool, event: bool },
}

/// Upstream's `ProgressiveStatus`: `Reconciling=True` with the message, and `Ready=Unknown` too when
/// `drift` is set or Ready is not yet known (a known Ready stays as it is while work is under way).
pub fn progressive_status<K: FluxObject>(obj: &mut K, drift: bool, message: &str) {
    conditions::mark_reconciling(obj, reason::PROGRESSING, message);
    if drift || conditions::is_unknown(obj, condition::READY) {
        conditions::mark_unknown(obj, condition::READY, reason::PROGRESSING, message);
    }
}

/// Applies the end of a reconciliation to `obj` (upstream's `ComputeReconcileResult`, then
/// `SetSummary` of Ready, then the bipolar `SourceVerified` override) and says what the runtime does
/// next. `interval` is `spec.interval`, the requeue after a success.
pub fn finish<K: FluxObject>(obj: &mut K, outcome: &Result<(), Failure>, interval: Duration) -> Verdict {
    let mut verdict = match outcome {
        Ok(()) => {
            conditions::delete(obj, condition::RECONCILING);
            conditions::delete(obj, condition::STALLED);
            Verdict::Done(Action::requeue_jittered(interval))
        }
        Err(f) => match f.kind {
            FailureKind::Stalling => {
                conditions::mark_stalled(obj, &f.reason, f.message.clone());
                Verdict::Failed { reason: f.reason.clone(), message: f.message.clone(), stalling: true, event: true }
            }
            FailureKind::Waiting(after) => {
                retrying(obj);
                conditions::delete(obj, condition::STALLED);
                Verdict::Done(Action::requeue(after))
            }
            FailureKind::Unchanged => {
                conditions::delete(obj, condition::STALLED);
                conditions::delete(obj, condition::RECONCILING);
                Verdict::Done(Action::requeue_jittered(interval))
            }
            FailureKind::Generic => {
                retrying(obj);
                conditions::delete(obj, condition::STALLED);
                Verdict::Failed { reason: f.reason.clone(), message: f.message.clone(), stalling: false, event: true }
            }
        },
    };

    if let Some(ready) = summary(obj.conditions(), condition::READY, &SUMMARIZE, &NEGATIVE_POLARITY) {
        conditions::set(obj, condition::READY, &ready.status, &ready.reason, ready.message);
    }
    if let Some(verified) = conditions::get(obj, condition::SOURCE_VERIFIED).filter(|c| c.status == FALSE).cloned() {
        conditions::mark_false(obj, condition::READY, &verified.reason, verified.message);
    }

    // A success that did not make the object Ready is retried with Ready's message as the error, without
    // an event (upstream's `isNonStalledSuccess` check).
    let success = matches!(outcome, Ok(()) | Err(Failure { kind: FailureKind::Unchanged, .. }));
    if success && !conditions::is_true(obj, condition::READY) {
        let ready = conditions::get(obj, condition::READY);
        verdict = Verdict::Failed {
            reason: ready.map(|c| c.reason.clone()).unwrap_or_else(|| reason::FAILED.to_string()),
            message: ready.map(|c| c.message.clone()).unwrap_or_default(),
            stalling: false,
            event: false,
        };
    }
    verdict
}

/// A reconciliation that will be retried says so in `Reconciling`'s reason.
fn retrying<K: FluxObject>(obj: &mut K) {
    if let Some(c) = conditions::get(obj, condition::RECONCILING).cloned() {
        conditions::set(obj, condition::RECONCILING, &c.status, reason::PROGRESSING_WITH_RETRY, c.message);
    }
}

/// The status, reason and message of a summary condition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub status: String,
    pub reason: String,
    pub message: String,
}

/// Upstream's `conditions.summary` (cluster-api's merge): the conditions of the `summarize` types are
/// grouped by status and polarity, the group with the highest priority decides — abnormal True first,
/// then normal False, normal True, abnormal False, Unknown — and its first condition in `summarize`
/// order gives the reason and message. The target is False when that group is abnormal (or normal and
/// False). `None` when no condition is in scope.
pub fn summary(conditions: &[Condition], target: &str, summarize: &[&str], negative: &[&str]) -> Option<Summary> {
    let in_scope: Vec<&Condition> =
        conditions.iter().filter(|c| c.type_ != target && summarize.contains(&c.type_.as_str())).collect();
    let priority = |c: &Condition| {
        let abnormal = negative.contains(&c.type_.as_str());
        match (c.status.as_str(), abnormal) {
            (TRUE, true) => 0,
            (FALSE, false) => 1,
            (TRUE, false) => 2,
            (FALSE, true) => 3,
            (UNKNOWN, _) => 4,
            _ => 99,
        }
    };
    let top = in_scope.iter().map(|c| priority(c)).min()?;
    let group: Vec<&Condition> = in_scope.iter().copied().filter(|c| priority(c) == top).collect();
    let first = summarize
        .iter()
        .find_map(|t| group.iter().find(|c| c.type_ == *t))
        .copied()
        .or_else(|| group.first().copied())?;
    let target_negative = negative.contains(&target);
    let group_negative = negative.contains(&first.type_.as_str());
    let status = match first.status.as_str() {
        TRUE if group_negative != target_negative => FALSE,
        TRUE => TRUE,
        FALSE if group_negative != target_negative => TRUE,
        FALSE => FALSE,
        _ => UNKNOWN,
    };
    Some(Summary { status: status.to_string(), reason: first.reason.clone(), message: first.message.clone() })
}

/// Whether a failure condition present before is gone now: a recovery (upstream's `FailureRecovery`).
pub fn failure_recovery(before: &[Condition], after: &[Condition], fail_conditions: &[&str]) -> bool {
    if fail_conditions.iter().any(|t| after.iter().any(|c| c.type_ == *t)) {
        return false;
    }
    fail_conditions.iter().any(|t| before.iter().any(|c| c.type_ == *t))
}

#[cfg(test)]
mod tests {
    use super::*;
    use api::source::GitRepository;

    fn repo() -> GitRepository {
        serde_json::from_value(serde_json::json!({
            "apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository",
            "metadata": {"name": "r", "namespace": "ns", "generation": 2},
            "spec": {"interval": "1m", "url": "https://example.com/r"}
        }))
        .unwrap()
    }

    fn ready(r: &GitRepository) -> (String, String, String) {
        let c = conditions::get(r, condition::READY).expect("Ready");
        (c.status.clone(), c.reason.clone(), c.message.clone())
    }

    fn types(r: &GitRepository) -> Vec<&str> {
        r.conditions().iter().map(|c| c.type_.as_str()).collect()
    }

    #[test]
    fn success_summarises_the_stored_artifact() {
        let mut r = repo();
        progressive_status(&mut r, false, "reconciliation in progress");
        conditions::mark_true(&mut r, condition::ARTIFACT_IN_STORAGE, "Succeeded", "stored artifact for revision 'x'");
        let v = finish(&mut r, &Ok(()), Duration::from_secs(60));
        assert_eq!(v, Verdict::Done(Action::requeue_jittered(Duration::from_secs(60))));
        assert_eq!(ready(&r), ("True".into(), "Succeeded".into(), "stored artifact for revision 'x'".into()));
        assert_eq!(types(&r), ["Ready", "ArtifactInStorage"]);
    }

    #[test]
    fn a_fetch_failure_wins_over_the_stored_artifact() {
        let mut r = repo();
        progressive_status(&mut r, false, "reconciliation in progress");
        conditions::mark_true(&mut r, condition::ARTIFACT_IN_STORAGE, "Succeeded", "stored");
        conditions::mark_true(&mut r, condition::FETCH_FAILED, "GitOperationFailed", "failed to checkout");
        let v = finish(&mut r, &Err(Failure::generic("GitOperationFailed", "failed to checkout")), Duration::ZERO);
        assert!(matches!(v, Verdict::Failed { stalling: false, event: true, .. }));
        assert_eq!(ready(&r), ("False".into(), "GitOperationFailed".into(), "failed to checkout".into()));
        assert_eq!(conditions::get(&r, condition::RECONCILING).unwrap().reason, "ProgressingWithRetry");
    }

    #[test]
    fn stalling_marks_stalled_and_ready_false() {
        let mut r = repo();
        progressive_status(&mut r, false, "reconciliation in progress");
        conditions::mark_true(&mut r, condition::FETCH_FAILED, "URLInvalid", "bad url");
        let v = finish(&mut r, &Err(Failure::stalling("URLInvalid", "bad url")), Duration::ZERO);
        assert!(matches!(v, Verdict::Failed { stalling: true, .. }));
        assert_eq!(types(&r), ["Stalled", "Ready", "FetchFailed"]);
        assert_eq!(ready(&r), ("False".into(), "URLInvalid".into(), "bad url".into()));
    }

    #[test]
    fn waiting_requeues_after_the_delay_with_ready_false() {
        let mut r = repo();
        progressive_status(&mut r, false, "reconciliation in progress");
        conditions::mark_true(&mut r, condition::INCLUDE_UNAVAILABLE, "NoArtifact", "no artifact available");
        let after = Duration::from_secs(30);
        let v = finish(&mut r, &Err(Failure::waiting("NoArtifact", "no artifact available", after)), Duration::ZERO);
        assert_eq!(v, Verdict::Done(Action::requeue(after)));
        assert_eq!(ready(&r), ("False".into(), "NoArtifact".into(), "no artifact available".into()));
    }

    #[test]
    fn unchanged_is_a_success() {
        let mut r = repo();
        progressive_status(&mut r, false, "reconciliation in progress");
        conditions::mark_true(&mut r, condition::ARTIFACT_IN_STORAGE, "Succeeded", "stored artifact for revision 'x'");
        let v = finish(&mut r, &Err(Failure::unchanged("no changes")), Duration::from_secs(5));
        assert_eq!(v, Verdict::Done(Action::requeue_jittered(Duration::from_secs(5))));
        assert_eq!(ready(&r).0, "True");
    }

    #[test]
    fn a_success_without_ready_is_retried_without_event() {
        let mut r = repo();
        progressive_status(&mut r, false, "reconciliation in progress");
        conditions::mark_true(&mut r, condition::ARTIFACT_OUTDATED, "NewRevision", "new upstream revision");
        let v = finish(&mut r, &Ok(()), Duration::from_secs(5));
        assert!(matches!(v, Verdict::Failed { event: false, ref reason, .. } if reason == "NewRevision"));
    }

    #[test]
    fn a_known_ready_stays_while_progressing() {
        let mut r = repo();
        conditions::mark_true(&mut r, condition::READY, "Succeeded", "stored");
        progressive_status(&mut r, false, "reconciliation in progress");
        assert_eq!(ready(&r).0, "True");
        progressive_status(&mut r, true, "building artifact");
        assert_eq!(ready(&r), ("Unknown".into(), "Progressing".into(), "building artifact".into()));
    }

    #[test]
    fn recovery_needs_a_failure_before_and_none_after() {
        let c = |t: &str| Condition {
            type_: t.into(),
            status: "True".into(),
            reason: "R".into(),
            message: String::new(),
            observed_generation: None,
            last_transition_time: conditions::now(),
        };
        assert!(failure_recovery(&[c("FetchFailed")], &[c("Ready")], &FAIL_CONDITIONS));
        assert!(!failure_recovery(&[c("Ready")], &[c("Ready")], &FAIL_CONDITIONS));
        assert!(!failure_recovery(&[c("FetchFailed")], &[c("IncludeUnavailable")], &FAIL_CONDITIONS));
    }
}
