//! Kustomization.

use serde_json::Value;

use crate::cli::kinds;

use super::kind::{reference, status_and_message, str_at, suspended, Kind, Selector};
use crate::ui;

/// REVISION (`status.lastAppliedRevision`), SUSPENDED, READY, MESSAGE; hashes shortened.
fn row(v: &Value) -> Vec<String> {
    let (status, msg) = status_and_message(v);
    let revision = str_at(v, &["status", "lastAppliedRevision"]);
    vec![ui::truncate_hex(revision), suspended(v), status, ui::truncate_hex(&msg)]
}

fn source(v: &Value) -> String {
    reference(v, &["spec", "sourceRef"])
}

fn path(v: &Value) -> String {
    str_at(v, &["spec", "path"]).to_string()
}

pub static KUSTOMIZATION: Kind = Kind {
    kind: "Kustomization",
    human: "kustomization",
    resource: kinds::erase::<api::kustomize::Kustomization>,
    success: kinds::applied_revision,
    columns: &["Revision", "Suspended", "Ready", "Message"],
    row,
    source: Some(source),
    selector: Selector::Conditions,
    wide: Some(("Path", path)),
    secret: None,
};
