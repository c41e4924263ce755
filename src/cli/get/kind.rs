//! The one table every `get` and `export` command reads: for each Flux kind, where it lives in the API,
//! what upstream calls it in messages, and how one object becomes a table row.
//!
//! Objects are read as [`DynamicObject`]s so that one code path serves all fourteen kinds; each kind
//! contributes only its columns, as upstream's `summariseItem`/`headers` pairs do.

use kube::core::{ApiResource, DynamicObject};
use serde_json::Value;

use crate::ui;

/// How `--status-selector` decides whether an object matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selector {
    /// By the object's conditions (`statusMatches`).
    Conditions,
    /// Alerts and Providers have no conditions: only `Ready=True` matches (`readyStatusMatches`).
    SyntheticReady,
}

/// What a row may show besides the kind's own columns.
#[derive(Debug, Clone, Copy, Default)]
pub struct RowOptions {
    /// `--show-source` (Kustomization, HelmRelease) or `-o wide`.
    pub show_source: bool,
}

/// A column: its title and how an object fills it.
pub type Column = (&'static str, fn(&Value) -> String);

/// One Flux kind, as the CLI sees it.
pub struct Kind {
    /// The kind, as upstream's messages spell it: `GitRepository`.
    pub kind: &'static str,
    /// `kustomization`, `source git`, `alert provider`: upstream's human kind in `suspend`, `resume`,
    /// `reconcile` and `delete` messages.
    pub human: &'static str,
    /// The API resource, taken from the `api` crate's type: group, version and plural have one source.
    pub resource: fn() -> ApiResource,
    /// What `✔ …` says once the object is reconciled (upstream's `successMessage()`).
    pub success: fn(&Value) -> String,
    /// Column titles after NAME (and SOURCE), in upstream's spelling (`Last scan`); the table upper-cases.
    pub columns: &'static [&'static str],
    /// The cells for [`Kind::columns`].
    pub row: fn(&Value) -> Vec<String>,
    /// `Kind/namespace/name` of the object's source, for kinds that have `--show-source`.
    pub source: Option<fn(&Value) -> String>,
    pub selector: Selector,
    /// The extra column `-o wide` adds (besides SOURCE and INTERVAL), when the kind has one worth showing.
    pub wide: Option<Column>,
    /// The Secret `export source … --with-credentials` also prints (`spec.secretRef.name`).
    pub secret: Option<fn(&Value) -> Option<String>>,
}

impl Kind {
    /// The API resource behind the kind.
    pub fn resource(&self) -> ApiResource {
        (self.resource)()
    }

    /// `group/version`.
    pub fn api_version(&self) -> String {
        self.resource().api_version
    }

    /// The plural resource name, e.g. `gitrepositories`.
    pub fn plural(&self) -> String {
        self.resource().plural
    }

    /// Upstream's `successMessage()` for this object.
    pub fn success_message(&self, obj: &DynamicObject) -> String {
        (self.success)(&obj.data)
    }

    /// The typeless API for the kind in `namespace`, once the client's throttle allows a request.
    pub async fn api(&self, kube: &crate::cli::client::Kube, namespace: &str) -> kube::api::Api<DynamicObject> {
        kube::api::Api::namespaced_with(kube.throttled().await, namespace, &self.resource())
    }

    /// Whether the object has nothing to reconcile (upstream's `isStatic()`): notification v1beta3 Alerts
    /// and Providers, and HelmRepositories of type `oci`.
    pub fn is_static(&self, obj: &DynamicObject) -> bool {
        match self.kind {
            "Alert" | "Provider" => true,
            "HelmRepository" => str_at(&obj.data, &["spec", "type"]) == "oci",
            _ => false,
        }
    }

    /// Upstream's table header for this kind.
    pub fn headers(&self, namespace: bool, opts: RowOptions) -> Vec<String> {
        let mut h = Vec::new();
        if namespace {
            h.push("Namespace".to_string());
        }
        h.push("Name".to_string());
        if opts.show_source && self.source.is_some() {
            h.push("Source".to_string());
        }
        h.extend(self.columns.iter().map(|c| c.to_string()));
        h
    }

    /// Upstream's row for `obj`; `with_kind` gives `get all`'s `kind/name` names.
    pub fn summarise(&self, obj: &DynamicObject, namespace: bool, with_kind: bool, opts: RowOptions) -> Vec<String> {
        let name = obj.metadata.name.clone().unwrap_or_default();
        let mut row = Vec::new();
        if namespace {
            row.push(obj.metadata.namespace.clone().unwrap_or_default());
        }
        row.push(if with_kind { format!("{}/{name}", self.kind.to_lowercase()) } else { name });
        let value = object_value(obj);
        if opts.show_source {
            if let Some(source) = self.source {
                row.push(source(&value));
            }
        }
        row.extend((self.row)(&value));
        row
    }

    /// Whether `obj` passes `--status-selector type=status`.
    pub fn matches(&self, obj: &DynamicObject, condition_type: &str, condition_status: &str) -> bool {
        match self.selector {
            Selector::SyntheticReady => {
                condition_type.eq_ignore_ascii_case(api::meta::condition::READY)
                    && condition_status.eq_ignore_ascii_case("True")
            }
            Selector::Conditions => {
                let value = object_value(obj);
                let found = conditions(&value)
                    .iter()
                    .rev()
                    .find(|c| str_at(c, &["type"]).eq_ignore_ascii_case(condition_type))
                    .map(|c| str_at(c, &["status"]).to_string());
                found.is_some_and(|s| s.eq_ignore_ascii_case(condition_status))
            }
        }
    }
}

/// The whole object as JSON (the typed metadata folded back in), for the row functions.
pub fn object_value(obj: &DynamicObject) -> Value {
    serde_json::to_value(obj).unwrap_or(Value::Null)
}

/// The string at `path`, or `""`.
pub fn str_at<'a>(v: &'a Value, path: &[&str]) -> &'a str {
    at(v, path).and_then(Value::as_str).unwrap_or("")
}

/// The value at `path`.
pub fn at<'a>(v: &'a Value, path: &[&str]) -> Option<&'a Value> {
    path.iter().try_fold(v, |v, key| v.get(key))
}

fn conditions(v: &Value) -> Vec<Value> {
    at(v, &["status", "conditions"]).and_then(Value::as_array).cloned().unwrap_or_default()
}

/// The Ready condition's status and message, or upstream's `False` / `waiting to be reconciled`.
pub fn status_and_message(v: &Value) -> (String, String) {
    conditions(v)
        .iter()
        .find(|c| str_at(c, &["type"]) == api::meta::condition::READY)
        .map(|c| (str_at(c, &["status"]).to_string(), str_at(c, &["message"]).to_string()))
        .unwrap_or_else(|| ("False".to_string(), "waiting to be reconciled".to_string()))
}

/// `spec.suspend` as Go's `cases.Title(strconv.FormatBool(…))` prints it.
pub fn suspended(v: &Value) -> String {
    let s = at(v, &["spec", "suspend"]).and_then(Value::as_bool).unwrap_or(false);
    if s { "True" } else { "False" }.to_string()
}

/// `status.artifact.revision`.
pub fn artifact_revision(v: &Value) -> String {
    str_at(v, &["status", "artifact", "revision"]).to_string()
}

/// `Kind/namespace/name` of a reference at `path`, the namespace defaulting to the object's own.
pub fn reference(v: &Value, path: &[&str]) -> String {
    let r = at(v, path);
    let field = |k: &str| r.and_then(|r| r.get(k)).and_then(Value::as_str).unwrap_or("");
    let ns = match field("namespace") {
        "" => str_at(v, &["metadata", "namespace"]),
        ns => ns,
    };
    format!("{}/{}/{}", field("kind"), ns, field("name"))
}

/// The usual row of a source: revision, suspended, ready, message; hashes shortened.
pub fn source_row(v: &Value) -> Vec<String> {
    let (status, msg) = status_and_message(v);
    vec![ui::truncate_hex(&artifact_revision(v)), suspended(v), status, ui::truncate_hex(&msg)]
}

/// `spec.secretRef.name`, when set.
pub fn secret_ref(v: &Value) -> Option<String> {
    Some(str_at(v, &["spec", "secretRef", "name"]).to_string()).filter(|s| !s.is_empty())
}

/// A timestamp as Go's `Time.Format(time.RFC3339)` prints a `metav1.Time`: in local time, `Z` for UTC.
pub fn rfc3339_local(text: &str) -> String {
    match chrono::DateTime::parse_from_rfc3339(text) {
        Ok(t) => {
            let local = t.with_timezone(&chrono::Local);
            if local.offset().local_minus_utc() == 0 {
                local.format("%Y-%m-%dT%H:%M:%SZ").to_string()
            } else {
                local.format("%Y-%m-%dT%H:%M:%S%:z").to_string()
            }
        }
        Err(_) => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn ready_defaults_when_absent() {
        assert_eq!(status_and_message(&json!({})), ("False".to_string(), "waiting to be reconciled".to_string()));
        let v = json!({"status": {"conditions": [{"type": "Ready", "status": "True", "message": "ok"}]}});
        assert_eq!(status_and_message(&v), ("True".to_string(), "ok".to_string()));
    }

    #[test]
    fn references_default_to_the_object_namespace() {
        let v =
            json!({"metadata": {"namespace": "apps"}, "spec": {"sourceRef": {"kind": "GitRepository", "name": "x"}}});
        assert_eq!(reference(&v, &["spec", "sourceRef"]), "GitRepository/apps/x");
    }

    #[test]
    fn utc_times_end_in_z() {
        std::env::set_var("TZ", "UTC");
        assert_eq!(rfc3339_local("2024-01-02T03:04:05Z"), "2024-01-02T03:04:05Z");
    }
}
