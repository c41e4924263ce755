//! API errors, rendered as `metav1.Status` bodies with kube-apiserver's codes, reasons and wording.

use serde_json::{json, Value};

/// One cause of an `Invalid` error: `spec.replicas: Invalid value: "x": must be an integer`.
#[derive(Debug, Clone, PartialEq)]
pub struct Cause {
    /// `FieldValueInvalid`, `FieldValueRequired`, `FieldValueNotSupported`, `FieldValueForbidden`, …
    pub reason: String,
    pub field: String,
    /// The whole human text, as it appears inside the error message.
    pub message: String,
}

impl Cause {
    pub fn invalid(field: &str, value: &Value, detail: &str) -> Cause {
        Cause {
            reason: "FieldValueInvalid".into(),
            field: field.into(),
            message: format!("Invalid value: {}: {detail}", go_value(value)),
        }
    }

    /// [`Cause::invalid`] with a value already printed the Go way (see [`go_label_selector`]).
    pub fn invalid_printed(field: &str, printed: &str, detail: &str) -> Cause {
        Cause {
            reason: "FieldValueInvalid".into(),
            field: field.into(),
            message: format!("Invalid value: {printed}: {detail}"),
        }
    }

    pub fn required(field: &str) -> Cause {
        Cause { reason: "FieldValueRequired".into(), field: field.into(), message: "Required value".into() }
    }

    pub fn not_supported(field: &str, value: &Value, supported: &[Value]) -> Cause {
        let list: Vec<String> = supported.iter().map(go_value).collect();
        Cause {
            reason: "FieldValueNotSupported".into(),
            field: field.into(),
            message: format!("Unsupported value: {}: supported values: {}", go_value(value), list.join(", ")),
        }
    }

    pub fn forbidden(field: &str, detail: &str) -> Cause {
        Cause { reason: "FieldValueForbidden".into(), field: field.into(), message: format!("Forbidden: {detail}") }
    }

    /// `field: message`, the form used inside the error's message.
    pub fn render(&self) -> String {
        if self.field.is_empty() {
            self.message.clone()
        } else {
            format!("{}: {}", self.field, self.message)
        }
    }
}

/// How Go's `%#v`-ish printing in field errors shows a value: strings quoted, numbers bare.
pub fn go_value(v: &Value) -> String {
    match v {
        Value::String(s) => format!("{s:?}"),
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::Array(_) => "[]interface {}{...}".into(),
        Value::Object(_) => "map[string]interface {}{...}".into(),
    }
}

/// Go's `%#v` of a `metav1.LabelSelector`, as kube-apiserver prints a selector in a field error:
/// `v1.LabelSelector{MatchLabels:map[string]string{"app":"web"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}`.
pub fn go_label_selector(selector: &Value) -> String {
    let quoted = |v: &Value| format!("{:?}", v.as_str().unwrap_or_default());
    let labels = match selector.get("matchLabels").and_then(Value::as_object) {
        None => "map[string]string(nil)".to_string(),
        Some(m) => {
            let mut pairs: Vec<(&String, &Value)> = m.iter().collect();
            pairs.sort_by(|a, b| a.0.cmp(b.0));
            let shown: Vec<String> = pairs.iter().map(|(k, v)| format!("{k:?}:{}", quoted(v))).collect();
            format!("map[string]string{{{}}}", shown.join(", "))
        }
    };
    let expressions = match selector.get("matchExpressions").and_then(Value::as_array) {
        None => "[]v1.LabelSelectorRequirement(nil)".to_string(),
        Some(list) => {
            let shown: Vec<String> = list
                .iter()
                .map(|r| {
                    let values = match r.get("values").and_then(Value::as_array) {
                        None => "[]string(nil)".to_string(),
                        Some(vs) => format!("[]string{{{}}}", vs.iter().map(quoted).collect::<Vec<_>>().join(", ")),
                    };
                    format!(
                        "v1.LabelSelectorRequirement{{Key:{}, Operator:{}, Values:{values}}}",
                        quoted(r.get("key").unwrap_or(&Value::Null)),
                        quoted(r.get("operator").unwrap_or(&Value::Null))
                    )
                })
                .collect();
            format!("[]v1.LabelSelectorRequirement{{{}}}", shown.join(", "))
        }
    };
    format!("v1.LabelSelector{{MatchLabels:{labels}, MatchExpressions:{expressions}}}")
}

/// An error answered to the client as a `Status` object.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub code: u16,
    pub reason: &'static str,
    pub message: String,
    details: Option<Value>,
    /// Extra response headers (e.g. `Retry-After`).
    pub retry_after: Option<u64>,
}

/// Names a resource the way kube-apiserver does in messages: `deployments.apps`, or `configmaps` for core.
pub fn qualified(resource: &str, group: &str) -> String {
    if group.is_empty() {
        resource.to_string()
    } else {
        format!("{resource}.{group}")
    }
}

impl ApiError {
    fn new(code: u16, reason: &'static str, message: impl Into<String>) -> ApiError {
        ApiError { code, reason, message: message.into(), details: None, retry_after: None }
    }

    fn with_details(mut self, details: Value) -> ApiError {
        self.details = Some(details);
        self
    }

    pub fn not_found(group: &str, resource: &str, name: &str) -> ApiError {
        ApiError::new(404, "NotFound", format!("{} \"{name}\" not found", qualified(resource, group)))
            .with_details(json!({"name": name, "group": group, "kind": resource}))
    }

    /// The answer for paths that name no known resource.
    pub fn no_route() -> ApiError {
        ApiError::new(404, "NotFound", "the server could not find the requested resource").with_details(json!({}))
    }

    pub fn namespace_not_found(name: &str) -> ApiError {
        ApiError::not_found("", "namespaces", name)
    }

    pub fn already_exists(group: &str, resource: &str, name: &str) -> ApiError {
        ApiError::new(409, "AlreadyExists", format!("{} \"{name}\" already exists", qualified(resource, group)))
            .with_details(json!({"name": name, "group": group, "kind": resource}))
    }

    pub fn conflict(group: &str, resource: &str, name: &str, why: &str) -> ApiError {
        ApiError::new(
            409,
            "Conflict",
            format!("Operation cannot be fulfilled on {} \"{name}\": {why}", qualified(resource, group)),
        )
        .with_details(json!({"name": name, "group": group, "kind": resource}))
    }

    /// The optimistic-concurrency failure every controller retries on.
    pub fn stale(group: &str, resource: &str, name: &str) -> ApiError {
        ApiError::conflict(
            group,
            resource,
            name,
            "the object has been modified; please apply your changes to the latest version and try again",
        )
    }

    /// A server-side apply conflict: the message lists the conflicting fields and managers.
    pub fn apply_conflict(group: &str, resource: &str, name: &str, message: String, causes: Vec<Cause>) -> ApiError {
        let causes: Vec<Value> = causes
            .iter()
            .map(|c| json!({"reason": "FieldManagerConflict", "message": c.message, "field": c.field}))
            .collect();
        ApiError::new(409, "Conflict", message)
            .with_details(json!({"name": name, "group": group, "kind": resource, "causes": causes}))
    }

    /// 422 with field causes. `kind` is the Kind (not the resource), as kube-apiserver words it.
    pub fn invalid(group: &str, kind: &str, name: &str, causes: Vec<Cause>) -> ApiError {
        let listed: Vec<String> = causes.iter().map(Cause::render).collect();
        let body = if listed.len() == 1 { listed[0].clone() } else { format!("[{}]", listed.join(", ")) };
        let causes_json: Vec<Value> =
            causes.iter().map(|c| json!({"reason": c.reason, "message": c.message, "field": c.field})).collect();
        ApiError::new(422, "Invalid", format!("{} \"{name}\" is invalid: {body}", qualified(kind, group)))
            .with_details(json!({"name": name, "group": group, "kind": kind, "causes": causes_json}))
    }

    pub fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(400, "BadRequest", message)
    }

    pub fn forbidden(message: impl Into<String>) -> ApiError {
        ApiError::new(403, "Forbidden", message)
    }

    /// RBAC's denial: `configmaps is forbidden: User "x" cannot list resource "configmaps" in API group "" in the namespace "y"`.
    pub fn rbac_denied(user: &str, verb: &str, group: &str, resource: &str, name: &str, ns: &str) -> ApiError {
        let what = if name.is_empty() {
            qualified(resource, group)
        } else {
            format!("{} \"{name}\"", qualified(resource, group))
        };
        let scope =
            if ns.is_empty() { "at the cluster scope".to_string() } else { format!("in the namespace \"{ns}\"") };
        ApiError::new(
            403,
            "Forbidden",
            format!(
                "{what} is forbidden: User \"{user}\" cannot {verb} resource \"{resource}\" in API group \"{group}\" {scope}"
            ),
        )
        .with_details(json!({"name": name, "group": group, "kind": resource}))
    }

    pub fn unauthorized() -> ApiError {
        ApiError::new(401, "Unauthorized", "Unauthorized")
    }

    pub fn method_not_allowed(verb: &str) -> ApiError {
        ApiError::new(405, "MethodNotAllowed", format!("{verb} is not supported on resources of this kind"))
            .with_details(json!({}))
    }

    pub fn unsupported_media_type(content_type: &str, accepted: &[&str]) -> ApiError {
        let _ = content_type;
        ApiError::new(
            415,
            "UnsupportedMediaType",
            format!(
                "the body of the request was in an unknown format - accepted media types include: {}",
                accepted.join(", ")
            ),
        )
    }

    pub fn too_large(limit: usize) -> ApiError {
        ApiError::new(413, "RequestEntityTooLarge", format!("Request entity too large: limit is {limit}"))
    }

    pub fn expired(message: impl Into<String>) -> ApiError {
        ApiError::new(410, "Expired", message)
    }

    pub fn internal(message: impl Into<String>) -> ApiError {
        ApiError::new(500, "InternalError", format!("Internal error occurred: {}", message.into()))
    }

    /// An error kube-apiserver did not classify (a plain Go error): no reason, kubectl prints `Error from
    /// server: <message>`.
    pub fn unknown(code: u16, message: impl Into<String>) -> ApiError {
        ApiError::new(code, "", message)
    }

    /// 429 with `Retry-After` when `retry_after_seconds` is not zero.
    pub fn too_many_requests(message: impl Into<String>, retry_after_seconds: u64) -> ApiError {
        let mut e = ApiError::new(429, "TooManyRequests", message);
        let mut details = json!({});
        if retry_after_seconds > 0 {
            details["retryAfterSeconds"] = json!(retry_after_seconds);
            e.retry_after = Some(retry_after_seconds);
        }
        e.with_details(details)
    }

    /// Adds causes to the details (creating them when absent).
    pub fn with_detail_causes(mut self, causes: Vec<Cause>) -> ApiError {
        let listed: Vec<Value> = causes
            .iter()
            .map(|c| {
                let mut cause = json!({"reason": c.reason, "message": c.message});
                if !c.field.is_empty() {
                    cause["field"] = json!(c.field);
                }
                cause
            })
            .collect();
        let details = self.details.get_or_insert_with(|| json!({}));
        details["causes"] = json!(listed);
        self
    }

    pub fn not_acceptable(message: impl Into<String>) -> ApiError {
        ApiError::new(406, "NotAcceptable", message)
    }

    pub fn timeout(message: impl Into<String>) -> ApiError {
        ApiError::new(504, "Timeout", message)
    }

    /// The `Status` object.
    pub fn to_status(&self) -> Value {
        let mut s = json!({
            "kind": "Status",
            "apiVersion": "v1",
            "metadata": {},
            "status": "Failure",
            "message": self.message,
            "reason": self.reason,
            "code": self.code,
        });
        if self.reason.is_empty() {
            // metav1.Status omits an empty reason.
            if let Some(m) = s.as_object_mut() {
                m.remove("reason");
            }
        }
        if let Some(d) = &self.details {
            s["details"] = d.clone();
        }
        s
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({}): {}", self.reason, self.code, self.message)
    }
}

impl std::error::Error for ApiError {}

pub type ApiResult<T> = Result<T, ApiError>;

impl ApiError {
    /// Attaches details with causes to an error built from a message (403s for terminating namespaces).
    pub fn with_causes(self, group: &str, kind: &str, name: &str, causes: Vec<Cause>) -> ApiError {
        let causes: Vec<Value> =
            causes.iter().map(|c| json!({"reason": c.reason, "message": c.message, "field": c.field})).collect();
        let mut details = json!({"name": name, "group": group, "kind": kind});
        if !causes.is_empty() {
            details["causes"] = json!(causes);
        }
        self.with_details(details)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_selectors_print_as_go_does() {
        let s = json!({"matchLabels": {"tier": "front", "app": "web"}});
        assert_eq!(
            go_label_selector(&s),
            r#"v1.LabelSelector{MatchLabels:map[string]string{"app":"web", "tier":"front"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}"#
        );
        let s = json!({"matchExpressions": [{"key": "env", "operator": "In", "values": ["a", "b"]}, {"key": "x", "operator": "Exists"}]});
        assert_eq!(
            go_label_selector(&s),
            r#"v1.LabelSelector{MatchLabels:map[string]string(nil), MatchExpressions:[]v1.LabelSelectorRequirement{v1.LabelSelectorRequirement{Key:"env", Operator:"In", Values:[]string{"a", "b"}}, v1.LabelSelectorRequirement{Key:"x", Operator:"Exists", Values:[]string(nil)}}}"#
        );
    }

    #[test]
    fn messages_match_kube_apiserver() {
        assert_eq!(ApiError::not_found("", "configmaps", "x").message, "configmaps \"x\" not found");
        assert_eq!(ApiError::not_found("apps", "deployments", "d").message, "deployments.apps \"d\" not found");
        assert_eq!(
            ApiError::stale("", "configmaps", "x").message,
            "Operation cannot be fulfilled on configmaps \"x\": the object has been modified; please apply your changes to the latest version and try again"
        );
        let one = ApiError::invalid("", "ConfigMap", "Bad_Name", vec![Cause::invalid(
            "metadata.name",
            &json!("Bad_Name"),
            "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
        )]);
        assert!(one
            .message
            .starts_with("ConfigMap \"Bad_Name\" is invalid: metadata.name: Invalid value: \"Bad_Name\": a lowercase"));
        let two = ApiError::invalid(
            "apps",
            "Deployment",
            "d",
            vec![Cause::required("spec.selector"), Cause::required("spec.template")],
        );
        assert_eq!(
            two.message,
            "Deployment.apps \"d\" is invalid: [spec.selector: Required value, spec.template: Required value]"
        );
        assert_eq!(two.to_status()["details"]["causes"][0]["field"], "spec.selector");
    }
}
