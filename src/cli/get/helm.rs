//! HelmRelease.

use serde_json::Value;

use crate::cli::kinds;

use super::kind::{at, reference, status_and_message, str_at, suspended, Kind, Selector};

/// The chart version of the latest release, else `status.lastAttemptedRevision`.
fn revision(v: &Value) -> String {
    at(v, &["status", "history"])
        .and_then(Value::as_array)
        .and_then(|h| h.first())
        .map(|first| str_at(first, &["chartVersion"]).to_string())
        .unwrap_or_else(|| str_at(v, &["status", "lastAttemptedRevision"]).to_string())
}

/// Upstream leaves both revision and message whole for HelmReleases.
fn row(v: &Value) -> Vec<String> {
    let (status, msg) = status_and_message(v);
    vec![revision(v), suspended(v), status, msg]
}

/// `spec.chartRef` when set, else the chart template's `sourceRef`.
fn source(v: &Value) -> String {
    if at(v, &["spec", "chartRef"]).is_some_and(|r| !r.is_null()) {
        return reference(v, &["spec", "chartRef"]);
    }
    reference(v, &["spec", "chart", "spec", "sourceRef"])
}

fn chart(v: &Value) -> String {
    str_at(v, &["spec", "chart", "spec", "chart"]).to_string()
}

pub static HELM_RELEASE: Kind = Kind {
    kind: "HelmRelease",
    human: "helmrelease",
    resource: kinds::erase::<api::helm::HelmRelease>,
    success: kinds::helmrelease_revision,
    columns: &["Revision", "Suspended", "Ready", "Message"],
    row,
    source: Some(source),
    selector: Selector::Conditions,
    wide: Some(("Chart", chart)),
    secret: None,
};
