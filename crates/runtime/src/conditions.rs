//! Status conditions the way Flux sets them (upstream's `runtime/conditions`): a condition's
//! `lastTransitionTime` moves only when its status, reason or message changes; `Stalled`, `Reconciling`
//! and `Ready` come first, then the others by newest `observedGeneration` and by type; messages are
//! trimmed to 32 KiB. [`finalize`] applies the end-of-reconcile rules every Flux controller shares.

use api::meta::{condition, reason, Condition};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::Time;
use k8s_openapi::jiff::Timestamp;

use crate::object::FluxObject;
use crate::reconciler::Error;

pub const TRUE: &str = "True";
pub const FALSE: &str = "False";
pub const UNKNOWN: &str = "Unknown";

const MAX_MESSAGE_LENGTH: usize = 32768;
const TRIMMED_SUFFIX: &str = "...";

/// The condition of this type, if any.
pub fn get<'a, K: FluxObject>(obj: &'a K, type_: &str) -> Option<&'a Condition> {
    api::meta::find_condition(obj.conditions(), type_)
}

/// The condition is present and True.
pub fn is_true<K: FluxObject>(obj: &K, type_: &str) -> bool {
    api::meta::is_true(obj.conditions(), type_)
}

/// The condition is present and False.
pub fn is_false<K: FluxObject>(obj: &K, type_: &str) -> bool {
    get(obj, type_).is_some_and(|c| c.status == FALSE)
}

/// The condition is absent or Unknown (upstream's `IsUnknown`).
pub fn is_unknown<K: FluxObject>(obj: &K, type_: &str) -> bool {
    get(obj, type_).is_none_or(|c| c.status != TRUE && c.status != FALSE)
}

/// Sets a condition on the object; see [`set_in`].
pub fn set<K: FluxObject>(obj: &mut K, type_: &str, status: &str, reason: &str, message: impl Into<String>) {
    let generation = obj.generation();
    let condition = Condition {
        type_: type_.to_string(),
        status: status.to_string(),
        reason: reason.to_string(),
        message: message.into(),
        observed_generation: None,
        last_transition_time: now(),
    };
    set_in(obj.conditions_mut(), generation, condition);
}

/// `type_=True`.
pub fn mark_true<K: FluxObject>(obj: &mut K, type_: &str, reason: &str, message: impl Into<String>) {
    set(obj, type_, TRUE, reason, message);
}

/// `type_=False`.
pub fn mark_false<K: FluxObject>(obj: &mut K, type_: &str, reason: &str, message: impl Into<String>) {
    set(obj, type_, FALSE, reason, message);
}

/// `type_=Unknown`.
pub fn mark_unknown<K: FluxObject>(obj: &mut K, type_: &str, reason: &str, message: impl Into<String>) {
    set(obj, type_, UNKNOWN, reason, message);
}

/// Removes the condition of this type.
pub fn delete<K: FluxObject>(obj: &mut K, type_: &str) {
    obj.conditions_mut().retain(|c| c.type_ != type_);
}

/// `Reconciling=True` and no `Stalled`: work is under way.
pub fn mark_reconciling<K: FluxObject>(obj: &mut K, reason: &str, message: impl Into<String>) {
    delete(obj, condition::STALLED);
    mark_true(obj, condition::RECONCILING, reason, message);
}

/// `Stalled=True` and no `Reconciling`: nothing will change until the object does.
pub fn mark_stalled<K: FluxObject>(obj: &mut K, reason: &str, message: impl Into<String>) {
    delete(obj, condition::RECONCILING);
    mark_true(obj, condition::STALLED, reason, message);
}

/// What a reconciliation reports when it starts (upstream's `ProgressiveStatus`): `Reconciling=True` and
/// `Ready=Unknown`, both with reason `Progressing` and this message.
pub fn progressing<K: FluxObject>(obj: &mut K, message: impl Into<String>) {
    let message = message.into();
    mark_reconciling(obj, reason::PROGRESSING, message.clone());
    mark_unknown(obj, condition::READY, reason::PROGRESSING, message);
}

/// Upstream's `conditions.Set` on a list: the condition's `observedGeneration` becomes `generation`; an
/// existing condition of the same type keeps its `lastTransitionTime` unless status, reason or message
/// changed; the list is kept in upstream's order.
pub fn set_in(conditions: &mut Vec<Condition>, generation: i64, mut condition: Condition) {
    condition.observed_generation = Some(generation);
    condition.message = trim_message(condition.message);
    match conditions.iter_mut().find(|c| c.type_ == condition.type_) {
        Some(existing) => {
            if same_state(existing, &condition) {
                condition.last_transition_time = existing.last_transition_time.clone();
            }
            *existing = condition;
        }
        None => conditions.push(condition),
    }
    sort(conditions);
}

fn same_state(a: &Condition, b: &Condition) -> bool {
    a.type_ == b.type_ && a.status == b.status && a.reason == b.reason && a.message == b.message
}

fn weight(type_: &str) -> Option<u8> {
    match type_ {
        condition::STALLED => Some(0),
        condition::RECONCILING => Some(1),
        condition::READY => Some(2),
        _ => None,
    }
}

/// Stalled, Reconciling, Ready; then by newest observedGeneration, then by type.
fn sort(conditions: &mut [Condition]) {
    conditions.sort_by(|a, b| match (weight(&a.type_), weight(&b.type_)) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => b.observed_generation.cmp(&a.observed_generation).then_with(|| a.type_.cmp(&b.type_)),
    });
}

fn trim_message(message: String) -> String {
    if message.len() <= MAX_MESSAGE_LENGTH {
        return message;
    }
    let mut end = MAX_MESSAGE_LENGTH - TRIMMED_SUFFIX.len();
    while !message.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}{TRIMMED_SUFFIX}", &message[..end])
}

/// Now, truncated to the second as metav1.Time is.
pub fn now() -> Time {
    Time(Timestamp::from_second(chrono::Utc::now().timestamp()).unwrap_or(Timestamp::UNIX_EPOCH))
}

/// How a reconciliation ended, for [`finalize`].
#[derive(Debug, Clone, Copy)]
pub enum Outcome<'a> {
    /// The reconciler returned an action.
    Done,
    /// `spec.suspend` is true: nothing was reconciled.
    Suspended,
    /// The reconciler returned an error.
    Failed(&'a Error),
}

/// The status rules applied after every reconciliation, before the status is patched (upstream's
/// `finalizeStatus` and `ResultFinalizer`):
///
/// * the `reconcile.fluxcd.io/requestedAt` token is copied to `status.lastHandledReconcileAt`;
/// * a stalling error sets `Stalled=True` (and `Ready=False` unless already False); any other error removes
///   `Stalled` and sets `Ready=False` with the error's reason unless Ready is already False;
/// * `Ready=True` or `Stalled=True` removes `Reconciling` and sets `observedGeneration` to `generation` —
///   the only way `observedGeneration` leaves -1;
/// * `Ready=False` with `Reconciling` present turns Reconciling's reason into `ProgressingWithRetry`.
pub fn finalize<K: FluxObject>(obj: &mut K, outcome: Outcome<'_>) {
    if let Some(token) = obj.requested_at().map(str::to_string) {
        obj.set_last_handled_reconcile_at(&token);
    }
    if let Outcome::Failed(error) = outcome {
        if error.is_stalling() {
            mark_stalled(obj, error.reason(), error.message());
            if !is_false(obj, condition::READY) {
                mark_false(obj, condition::READY, error.reason(), error.message());
            }
        } else {
            delete(obj, condition::STALLED);
            if !is_false(obj, condition::READY) {
                mark_false(obj, condition::READY, error.reason(), error.message());
            }
        }
    }
    if is_true(obj, condition::READY) || is_true(obj, condition::STALLED) {
        delete(obj, condition::RECONCILING);
        let generation = obj.generation();
        obj.set_observed_generation(generation);
    }
    if is_false(obj, condition::READY) {
        let generation = obj.generation();
        if let Some(reconciling) = obj.conditions_mut().iter_mut().find(|c| c.type_ == condition::RECONCILING) {
            if reconciling.reason != reason::PROGRESSING_WITH_RETRY {
                reconciling.reason = reason::PROGRESSING_WITH_RETRY.to_string();
                reconciling.observed_generation = Some(generation);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use api::source::GitRepository;

    fn repo(generation: i64) -> GitRepository {
        serde_json::from_value(serde_json::json!({
            "apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository",
            "metadata": {"name": "r", "namespace": "ns", "generation": generation},
            "spec": {"interval": "1m", "url": "https://example.com/r"}
        }))
        .unwrap()
    }

    fn types(r: &GitRepository) -> Vec<&str> {
        r.conditions().iter().map(|c| c.type_.as_str()).collect()
    }

    #[test]
    fn upstream_order() {
        let mut r = repo(1);
        mark_true(&mut r, "ArtifactInStorage", "Succeeded", "stored");
        mark_true(&mut r, "FetchFailed", "GitOperationFailed", "x");
        mark_true(&mut r, condition::READY, "Succeeded", "ok");
        mark_reconciling(&mut r, "Progressing", "working");
        assert_eq!(types(&r), ["Reconciling", "Ready", "ArtifactInStorage", "FetchFailed"]);
        mark_stalled(&mut r, "URLInvalid", "bad");
        assert_eq!(types(&r), ["Stalled", "Ready", "ArtifactInStorage", "FetchFailed"]);
        r.metadata.generation = Some(2);
        mark_true(&mut r, "FetchFailed", "GitOperationFailed", "x");
        assert_eq!(types(&r), ["Stalled", "Ready", "FetchFailed", "ArtifactInStorage"], "newest generation first");
    }

    #[test]
    fn transition_time_moves_only_on_state_change() {
        let mut conds = Vec::new();
        let at = |s: i64| Time(Timestamp::from_second(s).unwrap());
        let c = |status: &str, message: &str, t| Condition {
            type_: "Ready".into(),
            status: status.into(),
            reason: "R".into(),
            message: message.into(),
            observed_generation: None,
            last_transition_time: at(t),
        };
        set_in(&mut conds, 1, c(TRUE, "m", 10));
        set_in(&mut conds, 2, c(TRUE, "m", 20));
        assert_eq!((conds[0].last_transition_time.clone(), conds[0].observed_generation), (at(10), Some(2)));
        set_in(&mut conds, 2, c(TRUE, "other", 30));
        assert_eq!(conds[0].last_transition_time, at(30), "a new message is a transition");
        set_in(&mut conds, 2, c(FALSE, "other", 40));
        assert_eq!(conds[0].last_transition_time, at(40));
    }

    #[test]
    fn long_messages_are_trimmed() {
        let mut r = repo(1);
        mark_false(&mut r, "Ready", "Failed", "é".repeat(20000));
        let m = &r.conditions()[0].message;
        assert!(m.len() <= MAX_MESSAGE_LENGTH && m.ends_with("..."));
    }

    #[test]
    fn observed_generation_stays_minus_one_until_ready() {
        let mut r = repo(4);
        progressing(&mut r, "reconciliation in progress");
        finalize(&mut r, Outcome::Done);
        assert_eq!(r.observed_generation(), -1);
        assert_eq!(types(&r), ["Reconciling", "Ready"]);
        mark_true(&mut r, condition::READY, "Succeeded", "done");
        finalize(&mut r, Outcome::Done);
        assert_eq!(r.observed_generation(), 4);
        assert_eq!(types(&r), ["Ready"], "Reconciling is removed once Ready");
    }

    #[test]
    fn errors_mark_ready_false_and_retry() {
        let mut r = repo(2);
        r.metadata.annotations = Some([("reconcile.fluxcd.io/requestedAt".to_string(), "t1".to_string())].into());
        progressing(&mut r, "working");
        let error = Error::new("GitOperationFailed", "clone failed");
        finalize(&mut r, Outcome::Failed(&error));
        let ready = get(&r, "Ready").unwrap();
        assert_eq!(
            (ready.status.as_str(), ready.reason.as_str(), ready.message.as_str()),
            (FALSE, "GitOperationFailed", "clone failed")
        );
        assert_eq!(get(&r, "Reconciling").unwrap().reason, "ProgressingWithRetry");
        assert_eq!(r.observed_generation(), -1);
        assert_eq!(r.last_handled_reconcile_at(), Some("t1"));
    }

    #[test]
    fn stalling_errors_observe_the_generation() {
        let mut r = repo(5);
        progressing(&mut r, "working");
        let error = Error::stalling("URLInvalid", "invalid url");
        finalize(&mut r, Outcome::Failed(&error));
        assert_eq!(types(&r), ["Stalled", "Ready"]);
        assert!(is_false(&r, "Ready"));
        assert_eq!(r.observed_generation(), 5);
    }

    #[test]
    fn a_false_ready_set_by_the_reconciler_is_kept() {
        let mut r = repo(1);
        mark_false(&mut r, "Ready", "DependencyNotReady", "waiting");
        finalize(&mut r, Outcome::Failed(&Error::new("Failed", "other")));
        assert_eq!(get(&r, "Ready").unwrap().reason, "DependencyNotReady");
        assert!(is_unknown(&r, "Healthy"));
    }
}
