//! Apply bodies arrive as `application/apply-patch+yaml`. kubectl, kube-rs and Flux send JSON (a subset of
//! YAML); block-style YAML needs the project's YAML crate, which is not written yet.

use serde_json::Value;

/// Parses an apply body. JSON is accepted; other YAML is refused with a clear error.
pub fn parse(body: &[u8]) -> Result<Value, String> {
    serde_json::from_slice(body)
        .map_err(|e| format!("only the JSON form of YAML is supported in apply bodies by this server (send JSON): {e}"))
}
