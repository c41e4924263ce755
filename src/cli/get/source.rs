//! The source kinds: GitRepository, OCIRepository, HelmRepository, HelmChart, Bucket, ExternalArtifact.

use serde_json::Value;

use crate::cli::kinds;

use super::kind::{
    artifact_revision, reference, secret_ref, source_row, status_and_message, str_at, suspended, Kind, Selector,
};
use crate::ui;

const COLUMNS: &[&str] = &["Revision", "Suspended", "Ready", "Message"];

fn url(v: &Value) -> String {
    str_at(v, &["spec", "url"]).to_string()
}

pub static GIT_REPOSITORY: Kind = Kind {
    kind: "GitRepository",
    human: "source git",
    resource: kinds::erase::<api::source::GitRepository>,
    success: kinds::fetched_revision,
    columns: COLUMNS,
    row: source_row,
    source: None,
    selector: Selector::Conditions,
    wide: Some(("URL", url)),
    secret: Some(secret_ref),
};

pub static OCI_REPOSITORY: Kind = Kind {
    kind: "OCIRepository",
    human: "source oci",
    resource: kinds::erase::<api::source::OCIRepository>,
    success: kinds::fetched_revision,
    columns: COLUMNS,
    row: source_row,
    source: None,
    selector: Selector::Conditions,
    wide: Some(("URL", url)),
    secret: Some(secret_ref),
};

/// OCI Helm repositories have no reconciler: upstream always shows them ready.
fn helm_repository_row(v: &Value) -> Vec<String> {
    if str_at(v, &["spec", "type"]) == "oci" {
        let revision = ui::truncate_hex(&artifact_revision(v));
        return vec![revision, suspended(v), "True".to_string(), "Helm repository is Ready".to_string()];
    }
    source_row(v)
}

pub static HELM_REPOSITORY: Kind = Kind {
    kind: "HelmRepository",
    human: "source helm",
    resource: kinds::erase::<api::source::HelmRepository>,
    success: kinds::fetched_revision,
    columns: COLUMNS,
    row: helm_repository_row,
    source: None,
    selector: Selector::Conditions,
    wide: Some(("URL", url)),
    secret: Some(secret_ref),
};

/// A chart's revision is a SemVer: upstream leaves it whole and shortens only the message.
fn helm_chart_row(v: &Value) -> Vec<String> {
    let (status, msg) = status_and_message(v);
    vec![artifact_revision(v), suspended(v), status, ui::truncate_hex(&msg)]
}

fn helm_chart_source(v: &Value) -> String {
    reference(v, &["spec", "sourceRef"])
}

pub static HELM_CHART: Kind = Kind {
    kind: "HelmChart",
    human: "source chart",
    resource: kinds::erase::<api::source::HelmChart>,
    success: kinds::fetched_revision,
    columns: COLUMNS,
    row: helm_chart_row,
    source: None,
    selector: Selector::Conditions,
    wide: Some(("Source", helm_chart_source)),
    secret: None,
};

fn bucket_endpoint(v: &Value) -> String {
    format!("{}/{}", str_at(v, &["spec", "endpoint"]), str_at(v, &["spec", "bucketName"]))
}

pub static BUCKET: Kind = Kind {
    kind: "Bucket",
    human: "source bucket",
    resource: kinds::erase::<api::source::Bucket>,
    success: kinds::fetched_revision,
    columns: COLUMNS,
    row: source_row,
    source: None,
    selector: Selector::Conditions,
    wide: Some(("Endpoint", bucket_endpoint)),
    secret: Some(secret_ref),
};

/// NAME, REVISION, SOURCE (`Kind/ns/name`, empty without a sourceRef), READY, MESSAGE.
fn external_artifact_row(v: &Value) -> Vec<String> {
    let (status, msg) = status_and_message(v);
    let source = match v.get("spec").and_then(|s| s.get("sourceRef")) {
        Some(r) => format!("{}/{}/{}", str_at(r, &["kind"]), str_at(r, &["namespace"]), str_at(r, &["name"])),
        None => String::new(),
    };
    vec![ui::truncate_hex(&artifact_revision(v)), source, status, ui::truncate_hex(&msg)]
}

pub static EXTERNAL_ARTIFACT: Kind = Kind {
    kind: "ExternalArtifact",
    human: "source external",
    resource: kinds::erase::<api::source::ExternalArtifact>,
    success: kinds::fetched_revision,
    columns: &["Revision", "Source", "Ready", "Message"],
    row: external_artifact_row,
    source: None,
    selector: Selector::Conditions,
    wide: None,
    // ExternalArtifact has no secretRef; upstream's export has nothing to add.
    secret: None,
};

/// `get sources all` and the source part of `get all`, in upstream's order.
pub static ALL: [&Kind; 6] =
    [&OCI_REPOSITORY, &BUCKET, &GIT_REPOSITORY, &HELM_REPOSITORY, &HELM_CHART, &EXTERNAL_ARTIFACT];
