//! Manifests flux-rs generates for others to apply: the installation (`install`, `run --embedded`, and
//! later `bootstrap`'s `gotk-components.yaml`).
//!
//! Generation is pure: options in, objects out, no cluster. The objects are JSON values because they
//! are manifests on their way to an API server or a file, printed with the shared YAML layer.

pub mod install;

use serde_json::Value;

/// Objects as one multi-document YAML stream: `---` before every document, as kustomize prints them.
pub fn to_yaml(objects: &[Value]) -> String {
    let mut out = String::new();
    for object in objects {
        out.push_str("---\n");
        out.push_str(&yaml::to_string(object));
    }
    out
}
