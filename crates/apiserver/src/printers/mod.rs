//! kube-apiserver's dedicated table printers for built-in resources: the columns `kubectl get` shows for pods,
//! deployments, services and the rest, rendered server-side the way `pkg/printers/internalversion` does.
//!
//! Rows always carry the wide (priority 1) cells: kube-apiserver renders tables with `Wide: true` and kubectl
//! hides priority columns unless asked for `-o wide`. Cell types follow upstream exactly, including its quirks
//! (a column declared `string` whose cells are integers, `Restarts` rendered as `"2 (5m ago)"`).
//!
//! ```ignore
//! if let Some(printer) = printers::builtin("apps", "deployments") {
//!     assert_eq!(printer.columns[1].name, "Ready");
//!     let cells = (printer.row)(&deployment, chrono::Utc::now()); // ["web", "2/3", 1, 2, "5m", ...]
//! }
//! ```
//!
//! The printers live by area: `pods`, `workloads` (controllers, autoscalers, disruption budgets), `networking` and
//! `core` (everything else). This module holds the dispatch, the column helpers and the JSON readers and
//! formatters they share.

mod core;
mod networking;
mod pods;
mod workloads;

use chrono::{DateTime, Utc};
use serde_json::{json, Value};

use self::core::{
    binding_columns, binding_row, configmap_row, core_event_row, csr_columns, csr_row, event_columns, events_event_row,
    lease_row, namespace_row, node_columns, node_row, priority_class_columns, priority_class_row, pv_columns, pv_row,
    pvc_columns, pvc_row, secret_row, service_account_row, storage_class_columns, storage_class_row,
    webhook_configuration_row,
};
use self::networking::{
    endpoint_slice_columns, endpoint_slice_row, endpoints_row, ingress_class_columns, ingress_class_row,
    ingress_columns, ingress_row, network_policy_row, service_columns, service_row,
};
use self::pods::{pod_columns, pod_row, pod_template_columns, pod_template_row};
use self::workloads::{
    controller_revision_columns, controller_revision_row, cron_job_columns, cron_job_row, daemon_set_columns,
    daemon_set_row, deployment_columns, deployment_row, hpa_columns, hpa_row, job_columns, job_row, pdb_columns,
    pdb_row, replica_set_columns, replica_set_row, replication_controller_columns, replication_controller_row,
    stateful_set_columns, stateful_set_row,
};
use crate::table::human_duration;

/// One `columnDefinitions` entry of a `meta.k8s.io/v1 Table`.
#[derive(Debug, Clone)]
pub(crate) struct ColumnDef {
    pub name: &'static str,
    pub type_: &'static str,
    pub format: &'static str,
    pub description: &'static str,
    /// 0: always shown; 1: shown by `kubectl get -o wide`.
    pub priority: i64,
}

/// The columns of a built-in resource and how to render one object as a row of cells, one per column.
#[derive(Debug, Clone)]
pub(crate) struct Printer {
    pub columns: Vec<ColumnDef>,
    pub row: fn(&Value, DateTime<Utc>) -> Vec<Value>,
}

type Row = fn(&Value, DateTime<Utc>) -> Vec<Value>;

/// Column definitions and a row renderer for built-ins with a dedicated printer; None = use the default.
///
/// Roles, ClusterRoles and CustomResourceDefinitions have none upstream: they print Name / Created At.
pub(crate) fn builtin(group: &str, plural: &str) -> Option<Printer> {
    let (columns, row): (Vec<ColumnDef>, Row) = match (group, plural) {
        ("", "pods") => (pod_columns(), pod_row),
        ("", "podtemplates") => (pod_template_columns(), pod_template_row),
        ("", "replicationcontrollers") => (replication_controller_columns(), replication_controller_row),
        ("", "services") => (service_columns(), service_row),
        ("", "endpoints") => (vec![name_col(), col("Endpoints", "string", D_ENDPOINTS), age_col()], endpoints_row),
        ("", "namespaces") => {
            (vec![name_col(), col("Status", "string", "The status of the namespace"), age_col()], namespace_row)
        }
        ("", "configmaps") => (vec![name_col(), col("Data", "string", D_CONFIGMAP_DATA), age_col()], configmap_row),
        ("", "secrets") => (
            vec![name_col(), col("Type", "string", D_SECRET_TYPE), col("Data", "string", D_SECRET_DATA), age_col()],
            secret_row,
        ),
        ("", "serviceaccounts") => {
            (vec![name_col(), col("Secrets", "string", D_SA_SECRETS), age_col()], service_account_row)
        }
        ("", "events") => (event_columns(), core_event_row),
        ("events.k8s.io", "events") => (event_columns(), events_event_row),
        ("", "nodes") => (node_columns(), node_row),
        ("", "persistentvolumeclaims") => (pvc_columns(), pvc_row),
        ("", "persistentvolumes") => (pv_columns(), pv_row),
        ("apps", "deployments") => (deployment_columns(), deployment_row),
        ("apps", "replicasets") => (replica_set_columns(), replica_set_row),
        ("apps", "statefulsets") => (stateful_set_columns(), stateful_set_row),
        ("apps", "daemonsets") => (daemon_set_columns(), daemon_set_row),
        ("apps", "controllerrevisions") => (controller_revision_columns(), controller_revision_row),
        ("batch", "jobs") => (job_columns(), job_row),
        ("batch", "cronjobs") => (cron_job_columns(), cron_job_row),
        ("autoscaling", "horizontalpodautoscalers") => (hpa_columns(), hpa_row),
        ("networking.k8s.io", "ingresses") => (ingress_columns(), ingress_row),
        ("networking.k8s.io", "ingressclasses") => (ingress_class_columns(), ingress_class_row),
        ("networking.k8s.io", "networkpolicies") => {
            (vec![name_col(), col("Pod-Selector", "string", D_NETPOL_POD_SELECTOR), age_col()], network_policy_row)
        }
        ("discovery.k8s.io", "endpointslices") => (endpoint_slice_columns(), endpoint_slice_row),
        ("policy", "poddisruptionbudgets") => (pdb_columns(), pdb_row),
        ("rbac.authorization.k8s.io", "rolebindings") => (binding_columns("roleBinding", D_RB_ROLE_REF), binding_row),
        ("rbac.authorization.k8s.io", "clusterrolebindings") => {
            (binding_columns("clusterRoleBinding", D_CRB_ROLE_REF), binding_row)
        }
        ("coordination.k8s.io", "leases") => {
            (vec![name_col(), col("Holder", "string", D_LEASE_HOLDER), age_col()], lease_row)
        }
        ("storage.k8s.io", "storageclasses") => (storage_class_columns(), storage_class_row),
        ("certificates.k8s.io", "certificatesigningrequests") => (csr_columns(), csr_row),
        ("scheduling.k8s.io", "priorityclasses") => (priority_class_columns(), priority_class_row),
        ("admissionregistration.k8s.io", "mutatingwebhookconfigurations" | "validatingwebhookconfigurations") => {
            (vec![name_col(), col("Webhooks", "integer", D_WEBHOOKS), age_col()], webhook_configuration_row)
        }
        _ => return None,
    };
    Some(Printer { columns, row })
}

// Descriptions: upstream takes most from the Go types' field docs (`SwaggerDoc()`); these are the 1.33 texts of the
// same fields (some upstream ones come from older group versions whose wording differs slightly).
const D_NAME: &str = "Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names";
const D_CREATED: &str = "CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata";
const D_CONTAINERS: &str = "Names of each container in the template.";
const D_IMAGES: &str = "Images referenced by each container in the template.";
const D_ENDPOINTS: &str = "The set of all endpoints is the union of all subsets. Addresses are placed into subsets according to the IPs they share. A single address with multiple ports, some of which are ready and some of which are not (because they come from different containers) will result in the address being displayed in different subsets for the different ports. No address will appear in both Addresses and NotReadyAddresses in the same subset. Sets of addresses and ports that comprise a service.";
const D_SECRET_TYPE: &str = "Used to facilitate programmatic handling of secret data. More info: https://kubernetes.io/docs/concepts/configuration/secret/#secret-types";
const D_SECRET_DATA: &str = "Data contains the secret data. Each key must consist of alphanumeric characters, '-', '_' or '.'. The serialized form of the secret data is a base64 encoded string, representing the arbitrary (possibly non-string) data value here. Described in https://tools.ietf.org/html/rfc4648#section-4";
const D_SA_SECRETS: &str = "Secrets is a list of the secrets in the same namespace that pods running using this ServiceAccount are allowed to use. More info: https://kubernetes.io/docs/concepts/configuration/secret";
const D_CONFIGMAP_DATA: &str = "Data contains the configuration data. Each key must consist of alphanumeric characters, '-', '_' or '.'. Values with non-UTF-8 byte sequences must use the BinaryData field. The keys stored in Data must not overlap with the keys in the BinaryData field, this is enforced during validation process.";
const D_NETPOL_POD_SELECTOR: &str = "podSelector selects the pods to which this NetworkPolicy object applies. The array of ingress rules is applied to any pods selected by this field. Multiple network policies can select the same set of pods. In this case, the ingress rules for each are combined additively. This field is NOT optional and follows standard label selector semantics. An empty podSelector matches all pods in this namespace.";
const D_RB_ROLE_REF: &str = "RoleRef can reference a Role in the current namespace or a ClusterRole in the global namespace. If the RoleRef cannot be resolved, the Authorizer must return an error. This field is immutable.";
const D_CRB_ROLE_REF: &str = "RoleRef can only reference a ClusterRole in the global namespace. If the RoleRef cannot be resolved, the Authorizer must return an error. This field is immutable.";
const D_LEASE_HOLDER: &str = "holderIdentity contains the identity of the holder of a current lease. If Coordinated Leader Election is used, the holder identity must be equal to the elected LeaseCandidate.metadata.name field.";
const D_WEBHOOKS: &str = "Webhooks indicates the number of webhooks registered in this configuration";

fn column(name: &'static str, type_: &'static str, description: &'static str, priority: i64) -> ColumnDef {
    ColumnDef { name, type_, format: "", description, priority }
}

fn col(name: &'static str, type_: &'static str, description: &'static str) -> ColumnDef {
    column(name, type_, description, 0)
}

fn wide(name: &'static str, description: &'static str) -> ColumnDef {
    column(name, "string", description, 1)
}

fn name_col() -> ColumnDef {
    ColumnDef { format: "name", ..col("Name", "string", D_NAME) }
}

fn age_col() -> ColumnDef {
    col("Age", "string", D_CREATED)
}

// ---- reading JSON the way Go reads zero values -------------------------------------------------------------

fn str_at<'a>(v: &'a Value, ptr: &str) -> &'a str {
    v.pointer(ptr).and_then(Value::as_str).unwrap_or("")
}

fn int_at(v: &Value, ptr: &str) -> i64 {
    v.pointer(ptr).and_then(Value::as_i64).unwrap_or(0)
}

fn bool_at(v: &Value, ptr: &str) -> bool {
    v.pointer(ptr).and_then(Value::as_bool).unwrap_or(false)
}

fn list_at<'a>(v: &'a Value, ptr: &str) -> &'a [Value] {
    v.pointer(ptr).and_then(Value::as_array).map(Vec::as_slice).unwrap_or(&[])
}

fn len_at(v: &Value, ptr: &str) -> usize {
    match v.pointer(ptr) {
        Some(Value::Object(m)) => m.len(),
        Some(Value::Array(a)) => a.len(),
        _ => 0,
    }
}

fn present(v: &Value, ptr: &str) -> bool {
    v.pointer(ptr).is_some_and(|x| !x.is_null())
}

fn or<'a>(s: &'a str, fallback: &'a str) -> &'a str {
    if s.is_empty() {
        fallback
    } else {
        s
    }
}

fn time_at(v: &Value, ptr: &str) -> Option<DateTime<Utc>> {
    let s = v.pointer(ptr)?.as_str()?;
    DateTime::parse_from_rfc3339(s).ok().map(|t| t.with_timezone(&Utc))
}

/// `translateTimestampSince`: `<unknown>` for a zero time.
fn since(t: Option<DateTime<Utc>>, now: DateTime<Utc>) -> String {
    match t {
        Some(t) => human_duration(now.signed_duration_since(t)),
        None => "<unknown>".into(),
    }
}

fn name(obj: &Value) -> Value {
    json!(str_at(obj, "/metadata/name"))
}

fn age(obj: &Value, now: DateTime<Utc>) -> Value {
    json!(since(time_at(obj, "/metadata/creationTimestamp"), now))
}

fn keep_later(slot: &mut Option<DateTime<Utc>>, t: Option<DateTime<Utc>>) {
    if let Some(t) = t {
        if slot.is_none_or(|s| s < t) {
            *slot = Some(t);
        }
    }
}

/// An `intstr.IntOrString` as Go prints it.
fn int_or_string(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// `labels.FormatLabels`: `k=v,k2=v2` sorted by key, `<none>` when empty.
fn format_labels(v: Option<&Value>) -> String {
    let mut pairs: Vec<String> = v
        .and_then(Value::as_object)
        .map(|m| m.iter().map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or_default())).collect())
        .unwrap_or_default();
    pairs.sort();
    if pairs.is_empty() {
        "<none>".into()
    } else {
        pairs.join(",")
    }
}

/// `metav1.LabelSelectorAsSelector(..).String()`: requirements sorted by key, `""` for a nil or empty selector.
fn selector_string(v: Option<&Value>) -> Result<String, String> {
    let Some(sel) = v.filter(|v| !v.is_null()) else { return Ok(String::new()) };
    let mut reqs: Vec<(String, String)> = Vec::new();
    if let Some(m) = sel.get("matchLabels").and_then(Value::as_object) {
        for (k, v) in m {
            reqs.push((k.clone(), format!("{k}={}", v.as_str().unwrap_or_default())));
        }
    }
    for e in list_at(sel, "/matchExpressions") {
        let key = str_at(e, "/key");
        let mut values: Vec<&str> = list_at(e, "/values").iter().filter_map(Value::as_str).collect();
        values.sort_unstable();
        let rendered = match str_at(e, "/operator") {
            "In" | "NotIn" if values.is_empty() => return Err(format!("{key}: values must be non-empty")),
            "In" => format!("{key} in ({})", values.join(",")),
            "NotIn" => format!("{key} notin ({})", values.join(",")),
            "Exists" | "DoesNotExist" if !values.is_empty() => return Err(format!("{key}: values must be empty")),
            "Exists" => key.to_string(),
            "DoesNotExist" => format!("!{key}"),
            op => return Err(format!("{op:?} is not a valid label selector operator")),
        };
        reqs.push((key.to_string(), rendered));
    }
    reqs.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(reqs.into_iter().map(|(_, r)| r).collect::<Vec<_>>().join(","))
}

/// `metav1.FormatLabelSelector`: `<none>` for an empty selector, `<error>` for an invalid one.
fn format_label_selector(v: Option<&Value>) -> String {
    match selector_string(v) {
        Ok(s) if s.is_empty() => "<none>".into(),
        Ok(s) => s,
        Err(_) => "<error>".into(),
    }
}

/// The Containers and Images cells of a pod template: names and images joined with commas.
fn container_cells(pod_spec: Option<&Value>) -> (Value, Value) {
    let containers = pod_spec.map(|s| list_at(s, "/containers")).unwrap_or(&[]);
    let names: Vec<&str> = containers.iter().map(|c| str_at(c, "/name")).collect();
    let images: Vec<&str> = containers.iter().map(|c| str_at(c, "/image")).collect();
    (json!(names.join(",")), json!(images.join(",")))
}

/// `a,b,c + 2 more...` for lists cut at `max`; `<unset>` when empty.
fn list_with_more(list: &[String], count: usize, max: usize) -> String {
    let ret = list.join(",");
    if count > max {
        format!("{ret} + {} more...", count - max)
    } else if ret.is_empty() {
        "<unset>".into()
    } else {
        ret
    }
}

/// Whether the first condition of this type is True.
fn has_condition(obj: &Value, type_: &str) -> bool {
    list_at(obj, "/status/conditions")
        .iter()
        .find(|c| str_at(c, "/type") == type_)
        .is_some_and(|c| str_at(c, "/status") == "True")
}

/// A resource.Quantity as stored (the API server keeps the canonical form).
fn quantity(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2025-06-01T12:00:00Z").unwrap().with_timezone(&Utc)
    }

    /// An RFC 3339 timestamp `secs` seconds before [`now`].
    pub(super) fn ago(secs: i64) -> String {
        (now() - chrono::Duration::seconds(secs)).to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    }

    pub(super) fn row(group: &str, plural: &str, obj: Value) -> Vec<Value> {
        let printer = builtin(group, plural).unwrap();
        let cells = (printer.row)(&obj, now());
        assert_eq!(cells.len(), printer.columns.len(), "{group}/{plural}: one cell per column");
        cells
    }

    pub(super) fn header(group: &str, plural: &str) -> Vec<(&'static str, &'static str, i64)> {
        builtin(group, plural).unwrap().columns.iter().map(|c| (c.name, c.type_, c.priority)).collect()
    }

    const ALL: &[(&str, &str)] = &[
        ("", "pods"),
        ("", "podtemplates"),
        ("", "replicationcontrollers"),
        ("", "services"),
        ("", "endpoints"),
        ("", "namespaces"),
        ("", "configmaps"),
        ("", "secrets"),
        ("", "serviceaccounts"),
        ("", "events"),
        ("events.k8s.io", "events"),
        ("", "nodes"),
        ("", "persistentvolumeclaims"),
        ("", "persistentvolumes"),
        ("apps", "deployments"),
        ("apps", "replicasets"),
        ("apps", "statefulsets"),
        ("apps", "daemonsets"),
        ("apps", "controllerrevisions"),
        ("batch", "jobs"),
        ("batch", "cronjobs"),
        ("autoscaling", "horizontalpodautoscalers"),
        ("networking.k8s.io", "ingresses"),
        ("networking.k8s.io", "ingressclasses"),
        ("networking.k8s.io", "networkpolicies"),
        ("discovery.k8s.io", "endpointslices"),
        ("policy", "poddisruptionbudgets"),
        ("rbac.authorization.k8s.io", "rolebindings"),
        ("rbac.authorization.k8s.io", "clusterrolebindings"),
        ("coordination.k8s.io", "leases"),
        ("storage.k8s.io", "storageclasses"),
        ("scheduling.k8s.io", "priorityclasses"),
        ("admissionregistration.k8s.io", "mutatingwebhookconfigurations"),
        ("admissionregistration.k8s.io", "validatingwebhookconfigurations"),
    ];

    #[test]
    fn every_printer_renders_a_bare_object_with_one_cell_per_column() {
        for (group, plural) in ALL {
            let cells = row(group, plural, json!({"metadata": {"name": "x"}}));
            let p = builtin(group, plural).unwrap();
            let name_at = p.columns.iter().position(|c| c.format == "name").unwrap();
            assert_eq!(p.columns[name_at].name, "Name", "{plural}");
            assert_eq!(cells[name_at], json!("x"), "{plural}");
            if let Some(age_at) = p.columns.iter().position(|c| c.name == "Age") {
                assert_eq!(cells[age_at], json!("<unknown>"), "{plural}: no creationTimestamp");
                assert_eq!(p.columns[age_at].description, D_CREATED);
            }
        }
    }

    #[test]
    fn roles_and_crds_keep_the_default_table() {
        assert!(builtin("rbac.authorization.k8s.io", "roles").is_none());
        assert!(builtin("rbac.authorization.k8s.io", "clusterroles").is_none());
        assert!(builtin("apiextensions.k8s.io", "customresourcedefinitions").is_none());
        assert!(builtin("example.com", "pods").is_none());
    }

    #[test]
    fn label_selectors_format_like_apimachinery() {
        let sel = json!({"matchLabels": {"b": "2"}, "matchExpressions": [
            {"key": "a", "operator": "NotIn", "values": ["y", "x"]}, {"key": "c", "operator": "DoesNotExist"}]});
        assert_eq!(format_label_selector(Some(&sel)), "a notin (x,y),b=2,!c");
        assert_eq!(format_label_selector(None), "<none>");
        assert_eq!(
            format_label_selector(Some(&json!({"matchExpressions": [{"key": "a", "operator": "Bogus"}]}))),
            "<error>"
        );
        assert_eq!(selector_string(Some(&json!({}))), Ok(String::new()));
    }
}
