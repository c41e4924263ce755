//! The GitRepository fields flux-rs does not implement yet. Each stalls the object with reason
//! `NotSupported` and a message naming the field, rather than being ignored: an artifact built without
//! the signature check or the credentials the user asked for would be a silent lie.

use api::source::{GitProvider, GitRepository};

/// The condition reason of an unsupported field.
pub const REASON: &str = "NotSupported";

/// The first field of `obj` flux-rs cannot honour, as a message; `None` when everything is supported.
pub fn unsupported_field(obj: &GitRepository) -> Option<String> {
    let spec = &obj.spec;
    if spec.verification.is_some() {
        return Some(
            "spec.verify is not supported by flux-rs yet: commit and tag signatures cannot be verified, so no \
             artifact is produced; remove spec.verify or run source-controller for this repository"
                .to_string(),
        );
    }
    match spec.provider.unwrap_or_default() {
        GitProvider::Generic => {}
        provider => {
            let name = serde_json::to_value(provider).ok().and_then(|v| v.as_str().map(str::to_string));
            return Some(format!(
                "spec.provider '{}' is not supported by flux-rs yet: only 'generic' (credentials from spec.secretRef) \
                 is; use a token in spec.secretRef or run source-controller for this repository",
                name.unwrap_or_default()
            ));
        }
    }
    if spec.service_account_name.as_deref().is_some_and(|s| !s.is_empty()) {
        return Some(
            "spec.serviceAccountName is not supported by flux-rs yet: workload identity needs a cloud provider"
                .to_string(),
        );
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo(extra: serde_json::Value) -> GitRepository {
        let mut spec = serde_json::json!({"url": "https://example.com/r", "interval": "1m"});
        for (k, v) in extra.as_object().unwrap() {
            spec[k] = v.clone();
        }
        serde_json::from_value(serde_json::json!({
            "apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository",
            "metadata": {"name": "r", "namespace": "ns"}, "spec": spec
        }))
        .unwrap()
    }

    #[test]
    fn supported_fields_pass() {
        let r = repo(serde_json::json!({"provider": "generic", "ignore": "x", "sparseCheckout": ["a"], "include": []}));
        assert_eq!(unsupported_field(&r), None);
    }

    #[test]
    fn unsupported_fields_are_named() {
        let r = repo(serde_json::json!({"verify": {"mode": "HEAD", "secretRef": {"name": "keys"}}}));
        assert!(unsupported_field(&r).unwrap().starts_with("spec.verify is not supported"));
        let r = repo(serde_json::json!({"provider": "github"}));
        assert!(unsupported_field(&r).unwrap().starts_with("spec.provider 'github' is not supported"));
        let r = repo(serde_json::json!({"provider": "azure"}));
        assert!(unsupported_field(&r).unwrap().contains("'azure'"));
    }
}
