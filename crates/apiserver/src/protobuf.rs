//! Protobuf request bodies (`application/vnd.kubernetes.protobuf`).

use serde_json::Value;

use crate::registry::ResourceInfo;
use crate::status::{ApiError, ApiResult};

/// Decodes a protobuf-encoded object into JSON.
pub fn decode(_body: &[u8], _r: &ResourceInfo) -> ApiResult<Value> {
    Err(ApiError::unsupported_media_type(
        "application/vnd.kubernetes.protobuf",
        &["application/json", "application/yaml"],
    ))
}
