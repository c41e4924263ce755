//! ImageRepository, ImagePolicy and ImageUpdateAutomation.

use serde_json::Value;

use crate::cli::kinds;

use super::kind::{rfc3339_local, status_and_message, str_at, suspended, Kind, Selector};

/// Empty when never set, else RFC 3339 in local time.
fn time_at(v: &Value, path: &[&str]) -> String {
    match str_at(v, path) {
        "" => String::new(),
        t => rfc3339_local(t),
    }
}

fn repository_row(v: &Value) -> Vec<String> {
    let (status, msg) = status_and_message(v);
    vec![time_at(v, &["status", "lastScanResult", "scanTime"]), suspended(v), status, msg]
}

fn repository_image(v: &Value) -> String {
    str_at(v, &["spec", "image"]).to_string()
}

pub static IMAGE_REPOSITORY: Kind = Kind {
    kind: "ImageRepository",
    human: "image repository",
    resource: kinds::erase::<api::image::ImageRepository>,
    success: kinds::scanned_tags,
    columns: &["Last scan", "Suspended", "Ready", "Message"],
    row: repository_row,
    source: None,
    selector: Selector::Conditions,
    wide: Some(("Image", repository_image)),
    secret: None,
};

fn policy_row(v: &Value) -> Vec<String> {
    let (status, msg) = status_and_message(v);
    let image = str_at(v, &["status", "latestRef", "name"]).to_string();
    let tag = str_at(v, &["status", "latestRef", "tag"]).to_string();
    vec![image, tag, status, msg]
}

fn policy_repository(v: &Value) -> String {
    str_at(v, &["spec", "imageRepositoryRef", "name"]).to_string()
}

pub static IMAGE_POLICY: Kind = Kind {
    kind: "ImagePolicy",
    human: "image policy",
    resource: kinds::erase::<api::image::ImagePolicy>,
    success: kinds::selected_ref,
    columns: &["Image", "Tag", "Ready", "Message"],
    row: policy_row,
    source: None,
    selector: Selector::Conditions,
    wide: Some(("Repository", policy_repository)),
    secret: None,
};

fn update_row(v: &Value) -> Vec<String> {
    let (status, msg) = status_and_message(v);
    vec![time_at(v, &["status", "lastAutomationRunTime"]), suspended(v), status, msg]
}

fn update_source(v: &Value) -> String {
    str_at(v, &["spec", "sourceRef", "name"]).to_string()
}

pub static IMAGE_UPDATE_AUTOMATION: Kind = Kind {
    kind: "ImageUpdateAutomation",
    human: "image update automation",
    resource: kinds::erase::<api::image::ImageUpdateAutomation>,
    success: kinds::ready_message,
    columns: &["Last run", "Suspended", "Ready", "Message"],
    row: update_row,
    source: None,
    selector: Selector::Conditions,
    wide: Some(("Git repository", update_source)),
    secret: None,
};

/// `get images all` and the image part of `get all`, in upstream's order.
pub static ALL: [&Kind; 3] = [&IMAGE_REPOSITORY, &IMAGE_POLICY, &IMAGE_UPDATE_AUTOMATION];
