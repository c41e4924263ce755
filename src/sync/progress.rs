//! What `--sync` says about its two objects, each thing once: `✔ <Kind> <ns>/<name>: fetched revision …`
//! when one becomes Ready at a new revision, `✗ <Kind> <ns>/<name>: <message>` when it fails with a new
//! message, and when the loop is complete — the Kustomization applied the commit DIR is at — that it is
//! time to show the `get all` table. Pure: it reads objects, the caller prints.

use serde_json::Value;

use api::meta::condition::READY;

use crate::cli::kinds::Kind;
use crate::cli::readiness;
use crate::ui::Status;

/// One object's state as far as the user is told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    /// Not reconciled yet for its current generation.
    Progressing,
    /// Ready; [`Kind::success`]'s words (`fetched revision main@sha1:…`).
    Ready(String),
    /// Ready=False or Stalled, with the condition's message.
    Failed(String),
}

/// The state of `obj`, an object of `kind`. A Ready=False condition about the current generation is a
/// failure even while the object still says Reconciling (upstream keeps it, as `ProgressingWithRetry`,
/// after a failed attempt).
pub fn state(kind: &Kind, obj: &Value) -> State {
    let Some(ready) = readiness::condition(obj, READY) else { return State::Progressing };
    let generation = obj.pointer("/metadata/generation").and_then(Value::as_i64).unwrap_or(0);
    let observed =
        ready.get("observedGeneration").or_else(|| obj.pointer("/status/observedGeneration")).and_then(Value::as_i64);
    if observed != Some(generation) {
        return State::Progressing;
    }
    let message = || ready.get("message").and_then(Value::as_str).unwrap_or_default();
    match ready.get("status").and_then(Value::as_str) {
        Some("True") if readiness::is_object_ready(obj) == Ok(true) => State::Ready((kind.success)(obj)),
        Some("False") => State::Failed(one_line(message())),
        _ => match readiness::is_object_ready(obj) {
            Err(stalled) => State::Failed(one_line(&stalled)),
            Ok(_) => State::Progressing,
        },
    }
}

/// Controllers' messages may span lines (a YAML error with its excerpt); a status line is one line.
fn one_line(message: &str) -> String {
    message.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What was last said about one object.
pub struct Reporter {
    kind: &'static Kind,
    /// `namespace/name`.
    id: String,
    said: Option<State>,
}

impl Reporter {
    pub fn new(kind: &'static Kind, namespace: &str, name: &str) -> Reporter {
        Reporter { kind, id: format!("{namespace}/{name}"), said: None }
    }

    /// The line to print about `obj` now, if its state changed since the last one printed.
    pub fn observe(&mut self, obj: &Value) -> Option<(Status, String)> {
        let now = state(self.kind, obj);
        if now == State::Progressing || self.said.as_ref() == Some(&now) {
            return None;
        }
        let line = match &now {
            State::Ready(words) => (Status::Success, format!("{} {}: {words}", self.kind.kind, self.id)),
            State::Failed(message) => (Status::Failure, format!("{} {}: {message}", self.kind.kind, self.id)),
            State::Progressing => return None,
        };
        self.said = Some(now);
        Some(line)
    }
}

/// Whether the loop is complete at `revision` (the branch's commit): the GitRepository is Ready with it
/// as its artifact and the Kustomization is Ready having applied it.
pub fn synced(git_repository: &Value, kustomization: &Value, revision: &str) -> bool {
    let ready = |obj: &Value| readiness::is_object_ready(obj) == Ok(true) && readiness::ready_outcome(obj).is_ok();
    let at = |obj: &Value, pointer: &str| obj.pointer(pointer).and_then(Value::as_str) == Some(revision);
    ready(git_repository)
        && at(git_repository, "/status/artifact/revision")
        && ready(kustomization)
        && at(kustomization, "/status/lastAppliedRevision")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::kinds::{GIT_REPOSITORY, KUSTOMIZATION};
    use serde_json::json;

    fn object(ready: &str, message: &str, status: Value) -> Value {
        let mut status = status;
        status["observedGeneration"] = json!(1);
        status["conditions"] = json!([{"type": "Ready", "status": ready, "message": message, "observedGeneration": 1}]);
        json!({"metadata": {"generation": 1}, "status": status})
    }

    #[test]
    fn each_state_is_said_once() {
        let mut reporter = Reporter::new(&KUSTOMIZATION, "flux-system", "podinfo");
        assert_eq!(reporter.observe(&json!({"metadata": {"generation": 1}})), None, "not reconciled yet");
        let applied =
            object("True", "Applied revision: main@sha1:abc", json!({"lastAppliedRevision": "main@sha1:abc"}));
        assert_eq!(
            reporter.observe(&applied),
            Some((Status::Success, "Kustomization flux-system/podinfo: applied revision main@sha1:abc".into()))
        );
        assert_eq!(reporter.observe(&applied), None, "said already");
        let failed = object("False", "kustomization path not found", json!({"lastAppliedRevision": "main@sha1:abc"}));
        assert_eq!(
            reporter.observe(&failed),
            Some((Status::Failure, "Kustomization flux-system/podinfo: kustomization path not found".into()))
        );
        assert_eq!(reporter.observe(&failed), None);
        assert!(reporter.observe(&applied).is_some(), "ready again is news");

        // A failed attempt keeps Reconciling (ProgressingWithRetry): still a failure to tell.
        let mut retrying = object("False", "kustomize build failed:\n  yaml: line 3", json!({}));
        retrying["status"]["conditions"]
            .as_array_mut()
            .unwrap()
            .push(json!({"type": "Reconciling", "status": "True", "reason": "ProgressingWithRetry"}));
        assert_eq!(
            reporter.observe(&retrying),
            Some((Status::Failure, "Kustomization flux-system/podinfo: kustomize build failed: yaml: line 3".into()))
        );
        // A Ready condition about an older generation says nothing yet.
        let mut newer = applied.clone();
        newer["metadata"]["generation"] = json!(2);
        assert_eq!(state(&KUSTOMIZATION, &newer), State::Progressing);
        // Reconciling with Ready Unknown is progress.
        let unknown = object("Unknown", "reconciliation in progress", json!({}));
        assert_eq!(state(&KUSTOMIZATION, &unknown), State::Progressing);
    }

    #[test]
    fn synced_needs_both_at_the_revision() {
        let repo = object("True", "stored", json!({"artifact": {"revision": "main@sha1:new"}}));
        let old = object("True", "Applied", json!({"lastAppliedRevision": "main@sha1:old"}));
        let new = object("True", "Applied", json!({"lastAppliedRevision": "main@sha1:new"}));
        assert!(!synced(&repo, &old, "main@sha1:new"));
        assert!(synced(&repo, &new, "main@sha1:new"));
        assert!(!synced(&repo, &new, "main@sha1:newer"));
        let failed = object("False", "health check failed", json!({"lastAppliedRevision": "main@sha1:new"}));
        assert!(!synced(&repo, &failed, "main@sha1:new"));
        assert_eq!(
            state(&GIT_REPOSITORY, &repo),
            State::Ready("fetched revision main@sha1:new".into()),
            "upstream's success words"
        );
    }
}
