//! One line for a failed Kubernetes API request, shared by the controllers, `build`/`diff` and the
//! CLI so that the same failure reads the same everywhere.

/// The API server's own message for an API error (`Deployment.apps "x" is invalid: …`,
/// `configmaps "vars" not found`), `the server responded with <code> <reason>` when it sent none,
/// the client's error otherwise (transport, decoding).
///
/// The CLI prints transport errors in Go's shape with the request's URL: see
/// [`crate::cli::client::Kube::describe`], which uses this for API errors.
pub fn describe(err: &kube::Error) -> String {
    match err {
        kube::Error::Api(status) if status.message.is_empty() => {
            format!("the server responded with {} {}", status.code, status.reason)
        }
        kube::Error::Api(status) => status.message.clone(),
        other => other.to_string(),
    }
}

/// Whether the request failed because the object (or its kind) does not exist.
pub fn is_not_found(err: &kube::Error) -> bool {
    matches!(err, kube::Error::Api(status) if status.code == 404)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(code: u16, reason: &str, message: &str) -> kube::Error {
        let mut status = kube::core::Status::failure(message, reason);
        status.code = code;
        kube::Error::Api(Box::new(status))
    }

    #[test]
    fn api_errors_read_as_the_servers_message() {
        let err = api(404, "NotFound", r#"configmaps "vars" not found"#);
        assert_eq!(describe(&err), r#"configmaps "vars" not found"#);
        assert!(is_not_found(&err));
    }

    #[test]
    fn an_api_error_without_a_message_names_code_and_reason() {
        let err = api(503, "ServiceUnavailable", "");
        assert_eq!(describe(&err), "the server responded with 503 ServiceUnavailable");
        assert!(!is_not_found(&err));
    }

    #[test]
    fn other_errors_read_as_the_clients_error() {
        let err = kube::Error::LinesCodecMaxLineLengthExceeded;
        assert_eq!(describe(&err), err.to_string());
        assert!(!is_not_found(&err));
    }
}
