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

use chrono::{DateTime, Utc};
use serde_json::{json, Value};

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
const D_POD_IP: &str =
    "podIP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated.";
const D_NODE_NAME: &str = "NodeName indicates in which node this pod is scheduled. If empty, this pod is a candidate for scheduling by the scheduler defined in schedulerName. Once this field is set, the kubelet for this node becomes responsible for the lifecycle of this pod. This field should not be used to express a desire for the pod to be scheduled on a specific node. https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#nodename";
const D_NOMINATED: &str = "nominatedNodeName is set only when this pod preempts other pods on the node, but it cannot be scheduled right away as preemption victims receive their graceful termination periods. This field does not guarantee that the pod will be scheduled on this node. Scheduler may decide to place the pod elsewhere if other nodes become available sooner. Scheduler may also decide to give the resources on this node to a higher priority pod that is created after preemption. As a result, this field may be different than PodSpec.nodeName when the pod is scheduled.";
const D_READINESS_GATES: &str = "If specified, all readiness gates will be evaluated for pod readiness. A pod is ready when all its containers are ready AND all conditions specified in the readiness gates have status equal to \"True\" More info: https://git.k8s.io/enhancements/keps/sig-network/580-pod-readiness-gates";
const D_RS_SPEC_REPLICAS: &str = "Replicas is the number of desired pods. This is a pointer to distinguish between explicit zero and unspecified. Defaults to 1. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset";
const D_RS_STATUS_REPLICAS: &str = "Replicas is the most recently observed number of non-terminating pods. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicaset";
const D_RS_READY: &str = "The number of non-terminating pods targeted by this ReplicaSet with a Ready Condition.";
const D_RS_SELECTOR: &str = "Selector is a label query over pods that should match the replica count. Label keys and values that must match in order to be controlled by this replica set. It must match the pod template's labels. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors";
const D_RC_SPEC_REPLICAS: &str = "Replicas is the number of desired replicas. This is a pointer to distinguish between explicit zero and unspecified. Defaults to 1. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller#what-is-a-replicationcontroller";
const D_RC_STATUS_REPLICAS: &str = "Replicas is the most recently observed number of replicas. More info: https://kubernetes.io/docs/concepts/workloads/controllers/replicationcontroller#what-is-a-replicationcontroller";
const D_RC_READY: &str = "The number of ready replicas for this replication controller.";
const D_RC_SELECTOR: &str = "Selector is a label query over pods that should match the Replicas count. If Selector is empty, it is defaulted to the labels present on the Pod template. Label keys and values that must match in order to be controlled by this replication controller, if empty defaulted to labels on Pod template. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels#label-selectors";
const D_DS_DESIRED: &str = "The total number of nodes that should be running the daemon pod (including nodes correctly running the daemon pod). More info: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/";
const D_DS_CURRENT: &str = "The number of nodes that are running at least 1 daemon pod and are supposed to run the daemon pod. More info: https://kubernetes.io/docs/concepts/workloads/controllers/daemonset/";
const D_DS_READY: &str = "numberReady is the number of nodes that should be running the daemon pod and have one or more of the daemon pod running with a Ready Condition.";
const D_DS_UPDATED: &str = "The total number of nodes that are running updated daemon pod";
const D_DS_AVAILABLE: &str = "The number of nodes that should be running the daemon pod and have one or more of the daemon pod running and available (ready for at least spec.minReadySeconds)";
const D_NODE_SELECTOR: &str = "NodeSelector is a selector which must be true for the pod to fit on a node. Selector which must match a node's labels for the pod to be scheduled on that node. More info: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/";
const D_DS_SELECTOR: &str = "A label query over pods that are managed by the daemon set. Must match in order to be controlled. It must match the pod template's labels. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors";
const D_JOB_SUCCEEDED: &str = "The number of pods which reached phase Succeeded. The value increases monotonically for a given spec. However, it may decrease in reaction to scale down of elastic indexed jobs.";
const D_JOB_SELECTOR: &str = "A label query over pods that should match the pod count. Normally, the system sets this field for you. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors";
const D_CJ_SCHEDULE: &str = "The schedule in Cron format, see https://en.wikipedia.org/wiki/Cron.";
const D_CJ_TIMEZONE: &str = "The time zone name for the given schedule, see https://en.wikipedia.org/wiki/List_of_tz_database_time_zones. If not specified, this will default to the time zone of the kube-controller-manager process.";
const D_CJ_SUSPEND: &str = "This flag tells the controller to suspend subsequent executions, it does not apply to already started executions.  Defaults to false.";
const D_CJ_ACTIVE: &str = "A list of pointers to currently running jobs.";
const D_CJ_LAST_SCHEDULE: &str = "Information when was the last time the job was successfully scheduled.";
const D_SVC_TYPE: &str = "type determines how the Service is exposed. Defaults to ClusterIP. Valid options are ExternalName, ClusterIP, NodePort, and LoadBalancer.";
const D_SVC_CLUSTER_IP: &str = "clusterIP is the IP address of the service and is usually assigned randomly.";
const D_SVC_EXTERNAL_IPS: &str = "externalIPs is a list of IP addresses for which nodes in the cluster will also accept traffic for this service.  These IPs are not managed by Kubernetes.  The user is responsible for ensuring that traffic arrives at a node with this IP.  A common example is external load-balancers that are not part of the Kubernetes system.";
const D_SVC_PORTS: &str = "The list of ports that are exposed by this service. More info: https://kubernetes.io/docs/concepts/services-networking/service/#virtual-ips-and-service-proxies";
const D_SVC_SELECTOR: &str = "Route service traffic to pods with label keys and values matching this selector. If empty or not present, the service is assumed to have an external process managing its endpoints, which Kubernetes will not modify. Only applies to types ClusterIP, NodePort, and LoadBalancer. Ignored if type is ExternalName. More info: https://kubernetes.io/docs/concepts/services-networking/service/";
const D_ENDPOINTS: &str = "The set of all endpoints is the union of all subsets. Addresses are placed into subsets according to the IPs they share. A single address with multiple ports, some of which are ready and some of which are not (because they come from different containers) will result in the address being displayed in different subsets for the different ports. No address will appear in both Addresses and NotReadyAddresses in the same subset. Sets of addresses and ports that comprise a service.";
const D_KUBELET_VERSION: &str = "Kubelet Version reported by the node.";
const D_NODE_ADDRESSES: &str = "List of addresses reachable to the node. Queried from cloud provider, if available. More info: https://kubernetes.io/docs/reference/node/node-status/#addresses";
const D_OS_IMAGE: &str = "OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy)).";
const D_KERNEL: &str = "Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64).";
const D_RUNTIME: &str =
    "ContainerRuntime Version reported by the node through runtime remote API (e.g. containerd://1.4.2).";
const D_SECRET_TYPE: &str = "Used to facilitate programmatic handling of secret data. More info: https://kubernetes.io/docs/concepts/configuration/secret/#secret-types";
const D_SECRET_DATA: &str = "Data contains the secret data. Each key must consist of alphanumeric characters, '-', '_' or '.'. The serialized form of the secret data is a base64 encoded string, representing the arbitrary (possibly non-string) data value here. Described in https://tools.ietf.org/html/rfc4648#section-4";
const D_SA_SECRETS: &str = "Secrets is a list of the secrets in the same namespace that pods running using this ServiceAccount are allowed to use. More info: https://kubernetes.io/docs/concepts/configuration/secret";
const D_CONFIGMAP_DATA: &str = "Data contains the configuration data. Each key must consist of alphanumeric characters, '-', '_' or '.'. Values with non-UTF-8 byte sequences must use the BinaryData field. The keys stored in Data must not overlap with the keys in the BinaryData field, this is enforced during validation process.";
const D_DEPLOY_UPDATED: &str =
    "Total number of non-terminating pods targeted by this deployment that have the desired template spec.";
const D_DEPLOY_AVAILABLE: &str =
    "Total number of available non-terminating pods (ready for at least minReadySeconds) targeted by this deployment.";
const D_DEPLOY_SELECTOR: &str = "Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment. It must match the pod template's labels.";
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

// ---- pods ---------------------------------------------------------------------------------------------------

fn pod_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Ready", "string", "The aggregate readiness state of this pod for accepting traffic."),
        col("Status", "string", "The aggregate status of the containers in this pod."),
        col(
            "Restarts",
            "string",
            "The number of times the containers in this pod have been restarted and when the last container in this pod has restarted.",
        ),
        age_col(),
        wide("IP", D_POD_IP),
        wide("Node", D_NODE_NAME),
        wide("Nominated Node", D_NOMINATED),
        wide("Readiness Gates", D_READINESS_GATES),
    ]
}

/// Whether the first condition of this type is True.
fn has_condition(obj: &Value, type_: &str) -> bool {
    list_at(obj, "/status/conditions")
        .iter()
        .find(|c| str_at(c, "/type") == type_)
        .is_some_and(|c| str_at(c, "/status") == "True")
}

/// `kubectl get pods`' STATUS: the phase, refined by init containers, container states and deletion.
fn pod_row(pod: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let init_specs = list_at(pod, "/spec/initContainers");
    let restartable =
        |name: &str| init_specs.iter().any(|c| str_at(c, "/name") == name && str_at(c, "/restartPolicy") == "Always");
    let total = list_at(pod, "/spec/containers").len()
        + init_specs.iter().filter(|c| str_at(c, "/restartPolicy") == "Always").count();
    let mut ready = 0;
    let mut restarts = 0;
    let mut sidecar_restarts = 0;
    let mut last_restart = None;
    let mut last_sidecar_restart = None;

    let phase = str_at(pod, "/status/phase");
    let mut reason = or(str_at(pod, "/status/reason"), phase).to_string();
    for c in list_at(pod, "/status/conditions") {
        if str_at(c, "/type") == "PodScheduled" && str_at(c, "/reason") == "SchedulingGated" {
            reason = "SchedulingGated".into();
        }
    }

    let mut initializing = false;
    for (i, c) in list_at(pod, "/status/initContainerStatuses").iter().enumerate() {
        restarts += int_at(c, "/restartCount");
        let finished = time_at(c, "/lastState/terminated/finishedAt");
        keep_later(&mut last_restart, finished);
        let sidecar = restartable(str_at(c, "/name"));
        if sidecar {
            sidecar_restarts += int_at(c, "/restartCount");
            keep_later(&mut last_sidecar_restart, finished);
        }
        let terminated = c.pointer("/state/terminated").filter(|t| !t.is_null());
        let waiting_reason = str_at(c, "/state/waiting/reason");
        if terminated.is_some_and(|t| int_at(t, "/exitCode") == 0) {
            continue;
        }
        if sidecar && bool_at(c, "/started") {
            if bool_at(c, "/ready") {
                ready += 1;
            }
            continue;
        }
        reason = if let Some(t) = terminated {
            match (str_at(t, "/reason"), int_at(t, "/signal")) {
                ("", 0) => format!("Init:ExitCode:{}", int_at(t, "/exitCode")),
                ("", signal) => format!("Init:Signal:{signal}"),
                (r, _) => format!("Init:{r}"),
            }
        } else if !waiting_reason.is_empty() && waiting_reason != "PodInitializing" {
            format!("Init:{waiting_reason}")
        } else {
            format!("Init:{i}/{}", init_specs.len())
        };
        initializing = true;
        break;
    }

    if !initializing || has_condition(pod, "Initialized") {
        restarts = sidecar_restarts;
        last_restart = last_sidecar_restart;
        let mut has_running = false;
        // Backwards, so that the first container's state wins, as upstream.
        for c in list_at(pod, "/status/containerStatuses").iter().rev() {
            restarts += int_at(c, "/restartCount");
            keep_later(&mut last_restart, time_at(c, "/lastState/terminated/finishedAt"));
            let waiting_reason = str_at(c, "/state/waiting/reason");
            let terminated = c.pointer("/state/terminated").filter(|t| !t.is_null());
            if !waiting_reason.is_empty() {
                reason = waiting_reason.to_string();
            } else if let Some(t) = terminated {
                reason = match (str_at(t, "/reason"), int_at(t, "/signal")) {
                    ("", 0) => format!("ExitCode:{}", int_at(t, "/exitCode")),
                    ("", signal) => format!("Signal:{signal}"),
                    (r, _) => r.to_string(),
                };
            } else if bool_at(c, "/ready") && present(c, "/state/running") {
                has_running = true;
                ready += 1;
            }
        }
        if reason == "Completed" && has_running {
            let ready_condition = list_at(pod, "/status/conditions")
                .iter()
                .any(|c| str_at(c, "/type") == "Ready" && str_at(c, "/status") == "True");
            reason = if ready_condition { "Running" } else { "NotReady" }.into();
        }
    }

    if present(pod, "/metadata/deletionTimestamp") {
        if str_at(pod, "/status/reason") == "NodeLost" {
            reason = "Unknown".into();
        } else if phase != "Succeeded" && phase != "Failed" {
            reason = "Terminating".into();
        }
    }

    let restarts_cell = match last_restart {
        Some(t) if restarts != 0 => format!("{restarts} ({} ago)", since(Some(t), now)),
        _ => restarts.to_string(),
    };

    // The API server backfills podIPs from podIP, and podIP wins when both are set.
    let ip = or(str_at(pod, "/status/podIP"), str_at(pod, "/status/podIPs/0/ip"));
    let gates = list_at(pod, "/spec/readinessGates");
    let readiness_gates = if gates.is_empty() {
        "<none>".to_string()
    } else {
        let conditions = list_at(pod, "/status/conditions");
        let true_count = gates
            .iter()
            .filter(|g| {
                let wanted = str_at(g, "/conditionType");
                conditions.iter().find(|c| str_at(c, "/type") == wanted).is_some_and(|c| str_at(c, "/status") == "True")
            })
            .count();
        format!("{true_count}/{}", gates.len())
    };
    vec![
        name(pod),
        json!(format!("{ready}/{total}")),
        json!(reason),
        json!(restarts_cell),
        age(pod, now),
        json!(or(ip, "<none>")),
        json!(or(str_at(pod, "/spec/nodeName"), "<none>")),
        json!(or(str_at(pod, "/status/nominatedNodeName"), "<none>")),
        json!(readiness_gates),
    ]
}

fn pod_template_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Containers", "string", D_CONTAINERS),
        col("Images", "string", D_IMAGES),
        col("Pod Labels", "string", "The labels for the pod template."),
    ]
}

fn pod_template_row(obj: &Value, _now: DateTime<Utc>) -> Vec<Value> {
    let (names, images) = container_cells(obj.pointer("/template/spec"));
    vec![name(obj), names, images, json!(format_labels(obj.pointer("/template/metadata/labels")))]
}

// ---- workloads ----------------------------------------------------------------------------------------------

fn deployment_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Ready", "string", "Number of the pod with ready state"),
        col("Up-to-date", "string", D_DEPLOY_UPDATED),
        col("Available", "string", D_DEPLOY_AVAILABLE),
        age_col(),
        wide("Containers", D_CONTAINERS),
        wide("Images", D_IMAGES),
        wide("Selector", D_DEPLOY_SELECTOR),
    ]
}

/// `spec.replicas`, which the API server defaults to 1.
fn desired_replicas(obj: &Value) -> i64 {
    obj.pointer("/spec/replicas").and_then(Value::as_i64).unwrap_or(1)
}

fn deployment_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let (names, images) = container_cells(obj.pointer("/spec/template/spec"));
    let selector = selector_string(obj.pointer("/spec/selector")).unwrap_or_else(|_| "<invalid>".into());
    vec![
        name(obj),
        json!(format!("{}/{}", int_at(obj, "/status/readyReplicas"), desired_replicas(obj))),
        json!(int_at(obj, "/status/updatedReplicas")),
        json!(int_at(obj, "/status/availableReplicas")),
        age(obj, now),
        names,
        images,
        json!(selector),
    ]
}

fn replica_set_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Desired", "integer", D_RS_SPEC_REPLICAS),
        col("Current", "integer", D_RS_STATUS_REPLICAS),
        col("Ready", "integer", D_RS_READY),
        age_col(),
        wide("Containers", D_CONTAINERS),
        wide("Images", D_IMAGES),
        wide("Selector", D_RS_SELECTOR),
    ]
}

fn replica_set_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let (names, images) = container_cells(obj.pointer("/spec/template/spec"));
    vec![
        name(obj),
        json!(desired_replicas(obj)),
        json!(int_at(obj, "/status/replicas")),
        json!(int_at(obj, "/status/readyReplicas")),
        age(obj, now),
        names,
        images,
        json!(format_label_selector(obj.pointer("/spec/selector"))),
    ]
}

fn replication_controller_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Desired", "integer", D_RC_SPEC_REPLICAS),
        col("Current", "integer", D_RC_STATUS_REPLICAS),
        col("Ready", "integer", D_RC_READY),
        age_col(),
        wide("Containers", D_CONTAINERS),
        wide("Images", D_IMAGES),
        wide("Selector", D_RC_SELECTOR),
    ]
}

fn replication_controller_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let (names, images) = container_cells(obj.pointer("/spec/template/spec"));
    vec![
        name(obj),
        json!(desired_replicas(obj)),
        json!(int_at(obj, "/status/replicas")),
        json!(int_at(obj, "/status/readyReplicas")),
        age(obj, now),
        names,
        images,
        json!(format_labels(obj.pointer("/spec/selector"))),
    ]
}

fn stateful_set_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Ready", "string", "Number of the pod with ready state"),
        age_col(),
        wide("Containers", D_CONTAINERS),
        wide("Images", D_IMAGES),
    ]
}

fn stateful_set_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let (names, images) = container_cells(obj.pointer("/spec/template/spec"));
    vec![
        name(obj),
        json!(format!("{}/{}", int_at(obj, "/status/readyReplicas"), desired_replicas(obj))),
        age(obj, now),
        names,
        images,
    ]
}

fn daemon_set_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Desired", "integer", D_DS_DESIRED),
        col("Current", "integer", D_DS_CURRENT),
        col("Ready", "integer", D_DS_READY),
        col("Up-to-date", "integer", D_DS_UPDATED),
        col("Available", "integer", D_DS_AVAILABLE),
        col("Node Selector", "string", D_NODE_SELECTOR),
        age_col(),
        wide("Containers", D_CONTAINERS),
        wide("Images", D_IMAGES),
        wide("Selector", D_DS_SELECTOR),
    ]
}

fn daemon_set_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let (names, images) = container_cells(obj.pointer("/spec/template/spec"));
    vec![
        name(obj),
        json!(int_at(obj, "/status/desiredNumberScheduled")),
        json!(int_at(obj, "/status/currentNumberScheduled")),
        json!(int_at(obj, "/status/numberReady")),
        json!(int_at(obj, "/status/updatedNumberScheduled")),
        json!(int_at(obj, "/status/numberAvailable")),
        json!(format_labels(obj.pointer("/spec/template/spec/nodeSelector"))),
        age(obj, now),
        names,
        images,
        json!(format_label_selector(obj.pointer("/spec/selector"))),
    ]
}

fn controller_revision_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Controller", "string", "Controller of the object"),
        col("Revision", "string", "Revision indicates the revision of the state represented by Data."),
        age_col(),
    ]
}

fn controller_revision_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let controller = list_at(obj, "/metadata/ownerReferences").iter().find(|r| bool_at(r, "/controller"));
    let controller = match controller {
        None => "<none>".to_string(),
        Some(r) => {
            // `GroupKind.String()`: `Kind.group`, or `Kind` for the core group; lowercased.
            let group = str_at(r, "/apiVersion").rsplit_once('/').map(|(g, _)| g).unwrap_or("");
            let kind = str_at(r, "/kind");
            let gk = if group.is_empty() { kind.to_string() } else { format!("{kind}.{group}") };
            if gk.is_empty() {
                str_at(r, "/name").to_string()
            } else {
                format!("{}/{}", gk.to_lowercase(), str_at(r, "/name"))
            }
        }
    };
    vec![name(obj), json!(controller), json!(int_at(obj, "/revision")), age(obj, now)]
}

fn job_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Status", "string", "Status of the job."),
        col("Completions", "string", D_JOB_SUCCEEDED),
        col("Duration", "string", "Time required to complete the job."),
        age_col(),
        wide("Containers", D_CONTAINERS),
        wide("Images", D_IMAGES),
        wide("Selector", D_JOB_SELECTOR),
    ]
}

fn job_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let succeeded = int_at(obj, "/status/succeeded");
    let completions = match obj.pointer("/spec/completions").and_then(Value::as_i64) {
        Some(c) => format!("{succeeded}/{c}"),
        None => match int_at(obj, "/spec/parallelism") {
            p if p > 1 => format!("{succeeded}/1 of {p}"),
            _ => format!("{succeeded}/1"),
        },
    };
    let duration = match (time_at(obj, "/status/startTime"), time_at(obj, "/status/completionTime")) {
        (None, _) => String::new(),
        (Some(start), None) => human_duration(now.signed_duration_since(start)),
        (Some(start), Some(end)) => human_duration(end.signed_duration_since(start)),
    };
    let status = if has_condition(obj, "Complete") {
        "Complete"
    } else if has_condition(obj, "Failed") {
        "Failed"
    } else if present(obj, "/metadata/deletionTimestamp") {
        "Terminating"
    } else if has_condition(obj, "Suspended") {
        "Suspended"
    } else if has_condition(obj, "FailureTarget") {
        "FailureTarget"
    } else {
        "Running"
    };
    let (names, images) = container_cells(obj.pointer("/spec/template/spec"));
    vec![
        name(obj),
        json!(status),
        json!(completions),
        json!(duration),
        age(obj, now),
        names,
        images,
        json!(format_label_selector(obj.pointer("/spec/selector"))),
    ]
}

fn cron_job_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Schedule", "string", D_CJ_SCHEDULE),
        col("Timezone", "string", D_CJ_TIMEZONE),
        col("Suspend", "boolean", D_CJ_SUSPEND),
        col("Active", "integer", D_CJ_ACTIVE),
        col("Last Schedule", "string", D_CJ_LAST_SCHEDULE),
        age_col(),
        wide("Containers", D_CONTAINERS),
        wide("Images", D_IMAGES),
        wide("Selector", D_JOB_SELECTOR),
    ]
}

fn cron_job_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    // Upstream prints the pointer as a string (`printBoolPtr`) even though the column says boolean; batch/v1
    // defaults it to false, so a stored CronJob never lacks it.
    let suspend = if bool_at(obj, "/spec/suspend") { "True" } else { "False" };
    let last_schedule = match time_at(obj, "/status/lastScheduleTime") {
        Some(t) => since(Some(t), now),
        None => "<none>".into(),
    };
    let (names, images) = container_cells(obj.pointer("/spec/jobTemplate/spec/template/spec"));
    vec![
        name(obj),
        json!(str_at(obj, "/spec/schedule")),
        json!(or(str_at(obj, "/spec/timeZone"), "<none>")),
        json!(suspend),
        json!(list_at(obj, "/status/active").len()),
        json!(last_schedule),
        age(obj, now),
        names,
        images,
        json!(format_label_selector(obj.pointer("/spec/jobTemplate/spec/selector"))),
    ]
}

fn hpa_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Reference", "string", "scaleTargetRef points to the target resource to scale, and is used to the pods for which metrics should be collected, as well as to actually change the replica count."),
        col("Targets", "string", "metrics contains the specifications for which to use to calculate the desired replica count (the maximum replica count across all metrics will be used)."),
        col("MinPods", "string", "minReplicas is the lower limit for the number of replicas to which the autoscaler can scale down.  It defaults to 1 pod."),
        col("MaxPods", "string", "maxReplicas is the upper limit for the number of replicas to which the autoscaler can scale up. It cannot be less that minReplicas."),
        col("Replicas", "string", "currentReplicas is current number of replicas of pods managed by this autoscaler, as last seen by the autoscaler."),
        age_col(),
    ]
}

/// A resource.Quantity as stored (the API server keeps the canonical form).
fn quantity(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// `formatHPAMetrics`: `cpu: 40%/80%, memory: <unknown>/1Gi + 1 more...`.
fn hpa_targets(obj: &Value) -> String {
    let specs = list_at(obj, "/spec/metrics");
    if specs.is_empty() {
        // autoscaling/v1 keeps its single CPU target outside `metrics`.
        return match obj.pointer("/spec/targetCPUUtilizationPercentage").and_then(Value::as_i64) {
            Some(target) => {
                let current = obj.pointer("/status/currentCPUUtilizationPercentage").and_then(Value::as_i64);
                let current = current.map_or("<unknown>".to_string(), |c| format!("{c}%"));
                format!("cpu: {current}/{target}%")
            }
            None => "<none>".into(),
        };
    }
    let statuses = list_at(obj, "/status/currentMetrics");
    let unknown = || "<unknown>".to_string();
    let mut list = Vec::new();
    for (i, spec) in specs.iter().enumerate() {
        let status = statuses.get(i);
        let current = |source: &str, field: &str| {
            status.and_then(|s| s.get(source)).and_then(|s| quantity(s.pointer(&format!("/current/{field}"))))
        };
        let field = match str_at(spec, "/type") {
            "External" => "external",
            "Pods" => "pods",
            "Object" => "object",
            "Resource" => "resource",
            "ContainerResource" => "containerResource",
            _ => {
                list.push("<unknown type>".to_string());
                continue;
            }
        };
        let source = spec.get(field).unwrap_or(&Value::Null);
        let average_value = quantity(source.pointer("/target/averageValue"));
        let entry = match field {
            "pods" => format!(
                "{}/{}",
                current(field, "averageValue").unwrap_or_else(unknown),
                average_value.unwrap_or_default()
            ),
            "external" | "object" => match average_value {
                Some(target) => format!("{}/{target} (avg)", current(field, "averageValue").unwrap_or_else(unknown)),
                None => format!(
                    "{}/{}",
                    current(field, "value").unwrap_or_else(unknown),
                    quantity(source.pointer("/target/value")).unwrap_or_default()
                ),
            },
            _ => {
                let resource = str_at(source, "/name");
                match average_value {
                    Some(target) => {
                        format!("{resource}: {}/{target}", current(field, "averageValue").unwrap_or_else(unknown))
                    }
                    None => {
                        let current = current(field, "averageUtilization").map_or_else(unknown, |c| format!("{c}%"));
                        let target = source
                            .pointer("/target/averageUtilization")
                            .and_then(Value::as_i64)
                            .map_or("<auto>".to_string(), |t| format!("{t}%"));
                        format!("{resource}: {current}/{target}")
                    }
                }
            }
        };
        list.push(entry);
    }
    let count = list.len();
    if count > 2 {
        format!("{} + {} more...", list[..2].join(", "), count - 2)
    } else {
        list.join(", ")
    }
}

fn hpa_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let reference =
        format!("{}/{}", str_at(obj, "/spec/scaleTargetRef/kind"), str_at(obj, "/spec/scaleTargetRef/name"));
    let min_pods =
        obj.pointer("/spec/minReplicas").and_then(Value::as_i64).map_or("<unset>".to_string(), |m| m.to_string());
    vec![
        name(obj),
        json!(reference),
        json!(hpa_targets(obj)),
        json!(min_pods),
        json!(int_at(obj, "/spec/maxReplicas")),
        json!(int_at(obj, "/status/currentReplicas")),
        age(obj, now),
    ]
}

fn pdb_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Min Available", "string", "The minimum number of pods that must be available."),
        col("Max Unavailable", "string", "The maximum number of pods that may be unavailable."),
        col("Allowed Disruptions", "integer", "Calculated number of pods that may be disrupted at this time."),
        age_col(),
    ]
}

fn pdb_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let field = |ptr: &str| obj.pointer(ptr).filter(|v| !v.is_null()).map_or("N/A".to_string(), int_or_string);
    vec![
        name(obj),
        json!(field("/spec/minAvailable")),
        json!(field("/spec/maxUnavailable")),
        json!(int_at(obj, "/status/disruptionsAllowed")),
        age(obj, now),
    ]
}

// ---- networking ---------------------------------------------------------------------------------------------

fn service_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Type", "string", D_SVC_TYPE),
        col("Cluster-IP", "string", D_SVC_CLUSTER_IP),
        col("External-IP", "string", D_SVC_EXTERNAL_IPS),
        col("Port(s)", "string", D_SVC_PORTS),
        age_col(),
        wide("Selector", D_SVC_SELECTOR),
    ]
}

/// Load-balancer ingress points, sorted and deduplicated (the server renders wide, so never clipped).
fn load_balancer_ips(ingress: &[Value]) -> Vec<String> {
    let mut ips: Vec<String> = ingress
        .iter()
        .map(|i| or(str_at(i, "/ip"), str_at(i, "/hostname")).to_string())
        .filter(|s| !s.is_empty())
        .collect();
    ips.sort();
    ips.dedup();
    ips
}

fn service_external_ip(svc: &Value) -> String {
    let external: Vec<&str> = list_at(svc, "/spec/externalIPs").iter().filter_map(Value::as_str).collect();
    match or(str_at(svc, "/spec/type"), "ClusterIP") {
        "ClusterIP" | "NodePort" if external.is_empty() => "<none>".into(),
        "ClusterIP" | "NodePort" => external.join(","),
        "LoadBalancer" => {
            let mut all = load_balancer_ips(list_at(svc, "/status/loadBalancer/ingress"));
            if all.is_empty() && external.is_empty() {
                return "<pending>".into();
            }
            all.extend(external.iter().map(|s| s.to_string()));
            all.join(",")
        }
        "ExternalName" => str_at(svc, "/spec/externalName").to_string(),
        _ => "<unknown>".into(),
    }
}

fn service_row(svc: &Value, now: DateTime<Utc>) -> Vec<Value> {
    // The API server keeps clusterIP and clusterIPs[0] equal; either may be all a stored object has.
    let cluster_ip = or(str_at(svc, "/spec/clusterIP"), str_at(svc, "/spec/clusterIPs/0"));
    let ports: Vec<String> = list_at(svc, "/spec/ports")
        .iter()
        .map(|p| {
            let protocol = or(str_at(p, "/protocol"), "TCP");
            match int_at(p, "/nodePort") {
                n if n > 0 => format!("{}:{n}/{protocol}", int_at(p, "/port")),
                _ => format!("{}/{protocol}", int_at(p, "/port")),
            }
        })
        .collect();
    let ports = if ports.is_empty() { "<none>".to_string() } else { ports.join(",") };
    vec![
        name(svc),
        json!(or(str_at(svc, "/spec/type"), "ClusterIP")),
        json!(or(cluster_ip, "<none>")),
        json!(service_external_ip(svc)),
        json!(ports),
        age(svc, now),
        json!(format_labels(svc.pointer("/spec/selector"))),
    ]
}

/// `formatEndpoints`: up to three `ip:port` pairs, then `+ N more...`.
fn endpoints_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let subsets = list_at(obj, "/subsets");
    let cell = if subsets.is_empty() {
        "<none>".to_string()
    } else {
        let max: usize = 3;
        let (mut list, mut count) = (Vec::new(), 0);
        for ss in subsets {
            let addresses: Vec<&str> = list_at(ss, "/addresses").iter().map(|a| str_at(a, "/ip")).collect();
            let ports = list_at(ss, "/ports");
            if ports.is_empty() {
                count += addresses.len();
                list.extend(addresses.iter().take(max.saturating_sub(list.len())).map(|a| a.to_string()));
                continue;
            }
            for port in ports {
                count += addresses.len();
                for a in &addresses {
                    if list.len() == max {
                        break;
                    }
                    let p = int_at(port, "/port");
                    list.push(if a.contains(':') { format!("[{a}]:{p}") } else { format!("{a}:{p}") });
                }
            }
        }
        let ret = list.join(",");
        if count > max {
            format!("{ret} + {} more...", count - max)
        } else {
            ret
        }
    };
    vec![name(obj), json!(cell), age(obj, now)]
}

fn endpoint_slice_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("AddressType", "string", "addressType specifies the type of address carried by this EndpointSlice."),
        col("Ports", "string", "ports specifies the list of network ports exposed by each endpoint in this slice."),
        col("Endpoints", "string", "endpoints is a list of unique endpoints in this slice."),
        age_col(),
    ]
}

fn endpoint_slice_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let max = 3;
    let ports = list_at(obj, "/ports");
    let port_list: Vec<String> = ports
        .iter()
        .take(max)
        .map(|p| match p.get("port").and_then(Value::as_i64) {
            Some(n) => n.to_string(),
            None => p.get("name").and_then(Value::as_str).unwrap_or("*").to_string(),
        })
        .collect();
    let addresses: Vec<String> = list_at(obj, "/endpoints")
        .iter()
        .flat_map(|e| list_at(e, "/addresses").iter().filter_map(Value::as_str).map(str::to_string))
        .collect();
    let shown: Vec<String> = addresses.iter().take(max).cloned().collect();
    vec![
        name(obj),
        json!(str_at(obj, "/addressType")),
        json!(list_with_more(&port_list, ports.len(), max)),
        json!(list_with_more(&shown, addresses.len(), max)),
        age(obj, now),
    ]
}

fn ingress_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col(
            "Class",
            "string",
            "The name of the IngressClass resource that should be used for additional configuration",
        ),
        col("Hosts", "string", "Hosts that incoming requests are matched against before the ingress rule"),
        col("Address", "string", "Address is a list containing ingress points for the load-balancer"),
        col("Ports", "string", "Ports of TLS configurations that open"),
        age_col(),
    ]
}

fn ingress_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let rules = list_at(obj, "/spec/rules");
    let max = 3;
    let (mut hosts, mut more) = (Vec::new(), false);
    for rule in rules {
        // Upstream's quirk: "more" once three hosts are listed and another rule follows, counted in rules.
        if hosts.len() == max {
            more = true;
            break;
        }
        let host = str_at(rule, "/host");
        if !host.is_empty() {
            hosts.push(host);
        }
    }
    let hosts = match (hosts.is_empty(), more) {
        (true, _) => "*".to_string(),
        (false, true) => format!("{} + {} more...", hosts.join(","), rules.len() - max),
        (false, false) => hosts.join(","),
    };
    let ports = if list_at(obj, "/spec/tls").is_empty() { "80" } else { "80, 443" };
    vec![
        name(obj),
        json!(or(str_at(obj, "/spec/ingressClassName"), "<none>")),
        json!(hosts),
        json!(load_balancer_ips(list_at(obj, "/status/loadBalancer/ingress")).join(",")),
        json!(ports),
        age(obj, now),
    ]
}

fn ingress_class_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Controller", "string", "Controller that is responsible for handling this class"),
        col("Parameters", "string", "A reference to a resource with additional parameters"),
        age_col(),
    ]
}

fn ingress_class_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let parameters = match obj.pointer("/spec/parameters").filter(|p| p.is_object()) {
        None => "<none>".to_string(),
        Some(p) => match p.get("apiGroup").and_then(Value::as_str) {
            Some(g) => format!("{}.{g}/{}", str_at(p, "/kind"), str_at(p, "/name")),
            None => format!("{}/{}", str_at(p, "/kind"), str_at(p, "/name")),
        },
    };
    vec![name(obj), json!(str_at(obj, "/spec/controller")), json!(parameters), age(obj, now)]
}

fn network_policy_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    // The pod selector is a value, not a pointer: absent means empty, which matches everything.
    let selector = obj.pointer("/spec/podSelector").cloned().unwrap_or_else(|| json!({}));
    vec![name(obj), json!(format_label_selector(Some(&selector))), age(obj, now)]
}

// ---- configuration and identity -----------------------------------------------------------------------------

fn namespace_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    vec![name(obj), json!(str_at(obj, "/status/phase")), age(obj, now)]
}

fn configmap_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    vec![name(obj), json!(len_at(obj, "/data") + len_at(obj, "/binaryData")), age(obj, now)]
}

fn secret_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    vec![name(obj), json!(str_at(obj, "/type")), json!(len_at(obj, "/data")), age(obj, now)]
}

fn service_account_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    vec![name(obj), json!(len_at(obj, "/secrets")), age(obj, now)]
}

fn binding_columns(kind: &'static str, role_ref: &'static str) -> Vec<ColumnDef> {
    let (users, groups, sas) = if kind == "roleBinding" {
        ("Users in the roleBinding", "Groups in the roleBinding", "ServiceAccounts in the roleBinding")
    } else {
        (
            "Users in the clusterRoleBinding",
            "Groups in the clusterRoleBinding",
            "ServiceAccounts in the clusterRoleBinding",
        )
    };
    vec![
        name_col(),
        col("Role", "string", role_ref),
        age_col(),
        wide("Users", users),
        wide("Groups", groups),
        wide("ServiceAccounts", sas),
    ]
}

fn binding_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let (mut users, mut groups, mut sas) = (Vec::new(), Vec::new(), Vec::new());
    for s in list_at(obj, "/subjects") {
        match str_at(s, "/kind") {
            "User" => users.push(str_at(s, "/name").to_string()),
            "Group" => groups.push(str_at(s, "/name").to_string()),
            "ServiceAccount" => sas.push(format!("{}/{}", str_at(s, "/namespace"), str_at(s, "/name"))),
            _ => {}
        }
    }
    vec![
        name(obj),
        json!(format!("{}/{}", str_at(obj, "/roleRef/kind"), str_at(obj, "/roleRef/name"))),
        age(obj, now),
        json!(users.join(", ")),
        json!(groups.join(", ")),
        json!(sas.join(", ")),
    ]
}

fn lease_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    vec![name(obj), json!(str_at(obj, "/spec/holderIdentity")), age(obj, now)]
}

fn webhook_configuration_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    vec![name(obj), json!(list_at(obj, "/webhooks").len()), age(obj, now)]
}

fn priority_class_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Value", "integer", "value represents the integer value of this priority class. This is the actual priority that pods receive when they have the name of this class in their pod spec."),
        col("Global-Default", "boolean", "globalDefault specifies whether this PriorityClass should be considered as the default priority for pods that do not have any priority class. Only one PriorityClass can be marked as `globalDefault`. However, if more than one PriorityClasses exists with their `globalDefault` field set to true, the smallest value of such global default PriorityClasses will be used as the default priority."),
        age_col(),
        col("PreemptionPolicy", "string", "preemptionPolicy is the Policy for preempting pods with lower priority. One of Never, PreemptLowerPriority. Defaults to PreemptLowerPriority if unset."),
    ]
}

fn priority_class_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    vec![
        name(obj),
        json!(int_at(obj, "/value")),
        json!(bool_at(obj, "/globalDefault")),
        age(obj, now),
        json!(str_at(obj, "/preemptionPolicy")),
    ]
}

// ---- events -------------------------------------------------------------------------------------------------

fn event_columns() -> Vec<ColumnDef> {
    vec![
        col("Last Seen", "string", "The time at which the most recent occurrence of this event was recorded."),
        col("Type", "string", "Type of this event (Normal, Warning), new types could be added in the future"),
        col("Reason", "string", "This should be a short, machine understandable string that gives the reason for the transition into the object's current status."),
        col("Object", "string", "The object that this event is about."),
        wide("Subobject", "If referring to a piece of an object instead of an entire object, this string should contain a valid JSON/Go field access statement, such as desiredState.manifest.containers[2]."),
        wide("Source", "The component reporting this event. Should be a short machine understandable string."),
        col("Message", "string", "A human-readable description of the status of this operation."),
        wide("First Seen", "The time at which the event was first recorded. (Time of server receipt is in TypeMeta.)"),
        wide("Count", "The number of times this event has occurred."),
        ColumnDef { priority: 1, ..name_col() },
    ]
}

/// Where a core/v1 or events.k8s.io/v1 Event keeps what the printer needs (both are one type inside the server).
struct EventFields {
    regarding: &'static str,
    message: &'static str,
    source: &'static str,
    first: &'static str,
    last: &'static str,
    count: &'static str,
}

const CORE_EVENT: EventFields = EventFields {
    regarding: "/involvedObject",
    message: "/message",
    source: "/source",
    first: "/firstTimestamp",
    last: "/lastTimestamp",
    count: "/count",
};

const EVENTS_EVENT: EventFields = EventFields {
    regarding: "/regarding",
    message: "/note",
    source: "/deprecatedSource",
    first: "/deprecatedFirstTimestamp",
    last: "/deprecatedLastTimestamp",
    count: "/deprecatedCount",
};

fn core_event_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    event_row(obj, now, &CORE_EVENT)
}

fn events_event_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    event_row(obj, now, &EVENTS_EVENT)
}

fn event_row(obj: &Value, now: DateTime<Utc>, f: &EventFields) -> Vec<Value> {
    let first = match time_at(obj, f.first) {
        Some(t) => since(Some(t), now),
        None => since(time_at(obj, "/eventTime"), now),
    };
    let mut last = match time_at(obj, f.last) {
        Some(t) => since(Some(t), now),
        None => first.clone(),
    };
    let mut count = int_at(obj, f.count);
    if present(obj, "/series") {
        last = since(time_at(obj, "/series/lastObservedTime"), now);
        count = int_at(obj, "/series/count");
    } else if count == 0 {
        // Singleton events don't have a count in the new API.
        count = 1;
    }
    let kind = str_at(obj, &format!("{}/kind", f.regarding)).to_lowercase();
    let target = match str_at(obj, &format!("{}/name", f.regarding)) {
        "" => kind,
        n => format!("{kind}/{n}"),
    };
    let component = or(str_at(obj, &format!("{}/component", f.source)), str_at(obj, "/reportingController"));
    let instance = or(str_at(obj, &format!("{}/host", f.source)), str_at(obj, "/reportingInstance"));
    let source = if instance.is_empty() { component.to_string() } else { format!("{component}, {instance}") };
    vec![
        json!(last),
        json!(str_at(obj, "/type")),
        json!(str_at(obj, "/reason")),
        json!(target),
        json!(str_at(obj, &format!("{}/fieldPath", f.regarding))),
        json!(source),
        json!(str_at(obj, f.message).trim()),
        json!(first),
        json!(count),
        name(obj),
    ]
}

// ---- nodes and storage --------------------------------------------------------------------------------------

fn node_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Status", "string", "The status of the node"),
        col("Roles", "string", "The roles of the node"),
        age_col(),
        col("Version", "string", D_KUBELET_VERSION),
        wide("Internal-IP", D_NODE_ADDRESSES),
        wide("External-IP", D_NODE_ADDRESSES),
        wide("OS-Image", D_OS_IMAGE),
        wide("Kernel-Version", D_KERNEL),
        wide("Container-Runtime", D_RUNTIME),
    ]
}

fn node_row(node: &Value, now: DateTime<Utc>) -> Vec<Value> {
    // Only the Ready condition counts; the last one listed wins, as with upstream's map.
    let ready = list_at(node, "/status/conditions").iter().rfind(|c| str_at(c, "/type") == "Ready");
    let mut status = vec![match ready {
        Some(c) if str_at(c, "/status") == "True" => "Ready",
        Some(_) => "NotReady",
        None => "Unknown",
    }];
    if bool_at(node, "/spec/unschedulable") {
        status.push("SchedulingDisabled");
    }
    let mut roles: Vec<String> = node
        .pointer("/metadata/labels")
        .and_then(Value::as_object)
        .map(|labels| {
            labels
                .iter()
                .filter_map(|(k, v)| match k.strip_prefix("node-role.kubernetes.io/") {
                    Some(role) if !role.is_empty() => Some(role.to_string()),
                    Some(_) => None,
                    None if k == "kubernetes.io/role" => v.as_str().filter(|v| !v.is_empty()).map(str::to_string),
                    None => None,
                })
                .collect()
        })
        .unwrap_or_default();
    roles.sort();
    roles.dedup();
    let address = |type_: &str| {
        list_at(node, "/status/addresses")
            .iter()
            .find(|a| str_at(a, "/type") == type_)
            .map_or("<none>", |a| str_at(a, "/address"))
            .to_string()
    };
    let info = |field: &str| or(str_at(node, &format!("/status/nodeInfo/{field}")), "<unknown>").to_string();
    vec![
        name(node),
        json!(status.join(",")),
        json!(if roles.is_empty() { "<none>".to_string() } else { roles.join(",") }),
        age(node, now),
        json!(str_at(node, "/status/nodeInfo/kubeletVersion")),
        json!(address("InternalIP")),
        json!(address("ExternalIP")),
        json!(info("osImage")),
        json!(info("kernelVersion")),
        json!(info("containerRuntimeVersion")),
    ]
}

/// `GetAccessModesAsString`: deduplicated, in a fixed order.
fn access_modes(modes: &[Value]) -> String {
    let has = |m: &str| modes.iter().any(|v| v.as_str() == Some(m));
    [("ReadWriteOnce", "RWO"), ("ReadOnlyMany", "ROX"), ("ReadWriteMany", "RWX"), ("ReadWriteOncePod", "RWOP")]
        .iter()
        .filter(|(m, _)| has(m))
        .map(|(_, short)| *short)
        .collect::<Vec<_>>()
        .join(",")
}

/// The beta storage-class annotation wins over `spec.storageClassName`, even when empty.
fn storage_class_of(obj: &Value) -> String {
    match obj.pointer("/metadata/annotations/volume.beta.kubernetes.io~1storage-class").and_then(Value::as_str) {
        Some(class) => class.to_string(),
        None => str_at(obj, "/spec/storageClassName").to_string(),
    }
}

fn pvc_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Status", "string", "phase represents the current phase of PersistentVolumeClaim."),
        col("Volume", "string", "volumeName is the binding reference to the PersistentVolume backing this claim."),
        col("Capacity", "string", "capacity represents the actual resources of the underlying volume."),
        col("Access Modes", "string", "accessModes contains the actual access modes the volume backing the PVC has. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes-1"),
        col("StorageClass", "string", "StorageClass of the pvc"),
        col("VolumeAttributesClass", "string", "VolumeAttributesClass of the pvc"),
        age_col(),
        wide("VolumeMode", "volumeMode defines what type of volume is required by the claim. Value of Filesystem is implied when not included in claim spec."),
    ]
}

fn pvc_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    // core/v1 defaults the phase to Pending on create.
    let phase = if present(obj, "/metadata/deletionTimestamp") {
        "Terminating"
    } else {
        or(str_at(obj, "/status/phase"), "Pending")
    };
    let volume = str_at(obj, "/spec/volumeName");
    // Capacity and access modes are the bound volume's, so only shown once bound.
    let (capacity, modes) = if volume.is_empty() {
        (String::new(), String::new())
    } else {
        (
            quantity(obj.pointer("/status/capacity/storage")).unwrap_or_else(|| "0".into()),
            access_modes(list_at(obj, "/status/accessModes")),
        )
    };
    vec![
        name(obj),
        json!(phase),
        json!(volume),
        json!(capacity),
        json!(modes),
        json!(storage_class_of(obj)),
        json!(or(str_at(obj, "/spec/volumeAttributesClassName"), "<unset>")),
        age(obj, now),
        json!(or(str_at(obj, "/spec/volumeMode"), "<unset>")),
    ]
}

fn pv_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Capacity", "string", "capacity is the description of the persistent volume's resources and capacity. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#capacity"),
        col("Access Modes", "string", "accessModes contains all ways the volume can be mounted. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#access-modes"),
        col("Reclaim Policy", "string", "persistentVolumeReclaimPolicy defines what happens to a persistent volume when released from its claim. Valid options are Retain (default for manually created PersistentVolumes), Delete (default for dynamically provisioned PersistentVolumes), and Recycle (deprecated). Recycle must be supported by the volume plugin underlying this PersistentVolume. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#reclaiming"),
        col("Status", "string", "phase indicates if a volume is available, bound to a claim, or released by a claim. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#phase"),
        col("Claim", "string", "claimRef is part of a bi-directional binding between PersistentVolume and PersistentVolumeClaim. Expected to be non-nil when bound. claim.VolumeName is the authoritative bind between PV and PVC. More info: https://kubernetes.io/docs/concepts/storage/persistent-volumes#binding"),
        col("StorageClass", "string", "StorageClass of the pv"),
        col("VolumeAttributesClass", "string", "VolumeAttributesClass of the pv"),
        col("Reason", "string", "reason is a brief CamelCase string that describes any failure and is meant for machine parsing and tidy display in the CLI."),
        age_col(),
        wide("VolumeMode", "volumeMode defines if a volume is intended to be used with a formatted filesystem or to remain in raw block state. Value of Filesystem is implied when not included in spec."),
    ]
}

fn pv_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let claim = match obj.pointer("/spec/claimRef").filter(|c| c.is_object()) {
        Some(c) => format!("{}/{}", str_at(c, "/namespace"), str_at(c, "/name")),
        None => String::new(),
    };
    // core/v1 defaults the phase to Pending on create.
    let phase = if present(obj, "/metadata/deletionTimestamp") {
        "Terminating"
    } else {
        or(str_at(obj, "/status/phase"), "Pending")
    };
    vec![
        name(obj),
        json!(quantity(obj.pointer("/spec/capacity/storage")).unwrap_or_else(|| "0".into())),
        json!(access_modes(list_at(obj, "/spec/accessModes"))),
        json!(str_at(obj, "/spec/persistentVolumeReclaimPolicy")),
        json!(phase),
        json!(claim),
        json!(storage_class_of(obj)),
        json!(or(str_at(obj, "/spec/volumeAttributesClassName"), "<unset>")),
        json!(str_at(obj, "/status/reason")),
        age(obj, now),
        json!(or(str_at(obj, "/spec/volumeMode"), "<unset>")),
    ]
}

fn storage_class_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Provisioner", "string", "provisioner indicates the type of the provisioner."),
        col("ReclaimPolicy", "string", "reclaimPolicy controls the reclaimPolicy for dynamically provisioned PersistentVolumes of this storage class. Defaults to Delete."),
        col("VolumeBindingMode", "string", "volumeBindingMode indicates how PersistentVolumeClaims should be provisioned and bound.  When unset, VolumeBindingImmediate is used. This field is only honored by servers that enable the VolumeScheduling feature."),
        col("AllowVolumeExpansion", "string", "allowVolumeExpansion shows whether the storage class allow volume expand."),
        age_col(),
    ]
}

fn storage_class_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let is_default =
        ["storageclass.kubernetes.io~1is-default-class", "storageclass.beta.kubernetes.io~1is-default-class"]
            .iter()
            .any(|a| str_at(obj, &format!("/metadata/annotations/{a}")) == "true");
    let name = str_at(obj, "/metadata/name");
    vec![
        json!(if is_default { format!("{name} (default)") } else { name.to_string() }),
        json!(str_at(obj, "/provisioner")),
        json!(or(str_at(obj, "/reclaimPolicy"), "Delete")),
        json!(or(str_at(obj, "/volumeBindingMode"), "Immediate")),
        json!(bool_at(obj, "/allowVolumeExpansion")),
        age(obj, now),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2025-06-01T12:00:00Z").unwrap().with_timezone(&Utc)
    }

    /// An RFC 3339 timestamp `secs` seconds before [`now`].
    fn ago(secs: i64) -> String {
        (now() - chrono::Duration::seconds(secs)).to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
    }

    fn row(group: &str, plural: &str, obj: Value) -> Vec<Value> {
        let printer = builtin(group, plural).unwrap();
        let cells = (printer.row)(&obj, now());
        assert_eq!(cells.len(), printer.columns.len(), "{group}/{plural}: one cell per column");
        cells
    }

    fn header(group: &str, plural: &str) -> Vec<(&'static str, &'static str, i64)> {
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

    fn pod(statuses: Value) -> Value {
        json!({
            "metadata": {"name": "web-7d4b9c-x2x9k", "creationTimestamp": ago(600)},
            "spec": {"nodeName": "node-1", "containers": [{"name": "app", "image": "nginx"}, {"name": "log", "image": "busybox"}]},
            "status": statuses,
        })
    }

    #[test]
    fn pod_columns_match_kubectl() {
        assert_eq!(
            header("", "pods"),
            [
                ("Name", "string", 0),
                ("Ready", "string", 0),
                ("Status", "string", 0),
                ("Restarts", "string", 0),
                ("Age", "string", 0),
                ("IP", "string", 1),
                ("Node", "string", 1),
                ("Nominated Node", "string", 1),
                ("Readiness Gates", "string", 1),
            ]
        );
    }

    #[test]
    fn running_pod_with_restarts_says_when_it_last_restarted() {
        let p = pod(json!({
            "phase": "Running", "podIP": "10.244.0.5", "podIPs": [{"ip": "10.244.0.5"}],
            "conditions": [{"type": "Ready", "status": "True"}],
            "containerStatuses": [
                {"name": "app", "ready": true, "restartCount": 3, "state": {"running": {"startedAt": ago(290)}},
                 "lastState": {"terminated": {"exitCode": 137, "reason": "OOMKilled", "finishedAt": ago(300)}}},
                {"name": "log", "ready": true, "restartCount": 1, "state": {"running": {"startedAt": ago(590)}},
                 "lastState": {"terminated": {"exitCode": 1, "reason": "Error", "finishedAt": ago(595)}}},
            ],
        }));
        assert_eq!(
            row("", "pods", p),
            [
                json!("web-7d4b9c-x2x9k"),
                json!("2/2"),
                json!("Running"),
                json!("4 (5m ago)"),
                json!("10m"),
                json!("10.244.0.5"),
                json!("node-1"),
                json!("<none>"),
                json!("<none>"),
            ]
        );
    }

    #[test]
    fn crash_looping_container_names_the_pod_status() {
        let p = pod(json!({
            "phase": "Running",
            "containerStatuses": [
                {"name": "app", "ready": false, "restartCount": 5, "state": {"waiting": {"reason": "CrashLoopBackOff"}},
                 "lastState": {"terminated": {"exitCode": 1, "reason": "Error", "finishedAt": ago(40)}}},
                {"name": "log", "ready": true, "restartCount": 0, "state": {"running": {}}},
            ],
        }));
        let cells = row("", "pods", p);
        assert_eq!(cells[1..4], [json!("1/2"), json!("CrashLoopBackOff"), json!("5 (40s ago)")]);
        assert_eq!(cells[5], json!("<none>"), "no IP yet");
    }

    #[test]
    fn pending_and_initializing_pods() {
        let pending = row("", "pods", pod(json!({"phase": "Pending"})));
        assert_eq!(pending[1..4], [json!("0/2"), json!("Pending"), json!("0")]);

        let mut init = pod(json!({
            "phase": "Pending",
            "initContainerStatuses": [
                {"name": "migrate", "ready": false, "restartCount": 0, "state": {"terminated": {"exitCode": 0, "reason": "Completed"}}},
                {"name": "seed", "ready": false, "restartCount": 2, "state": {"running": {}}},
            ],
            "containerStatuses": [{"name": "app", "ready": false, "restartCount": 0, "state": {"waiting": {"reason": "PodInitializing"}}}],
        }));
        init["spec"]["initContainers"] = json!([{"name": "migrate"}, {"name": "seed"}]);
        assert_eq!(row("", "pods", init.clone())[1..4], [json!("0/2"), json!("Init:1/2"), json!("2")]);

        init["status"]["initContainerStatuses"][1]["state"] = json!({"waiting": {"reason": "ImagePullBackOff"}});
        assert_eq!(row("", "pods", init.clone())[2], json!("Init:ImagePullBackOff"));

        init["status"]["initContainerStatuses"][1]["state"] = json!({"terminated": {"exitCode": 3}});
        assert_eq!(row("", "pods", init)[2], json!("Init:ExitCode:3"));
    }

    #[test]
    fn sidecar_init_containers_count_as_containers() {
        let mut p = pod(json!({
            "phase": "Running",
            "conditions": [{"type": "Initialized", "status": "True"}, {"type": "Ready", "status": "True"}],
            "initContainerStatuses": [{"name": "proxy", "ready": true, "started": true, "restartCount": 1, "state": {"running": {}}}],
            "containerStatuses": [
                {"name": "app", "ready": true, "restartCount": 0, "state": {"running": {}}},
                {"name": "log", "ready": true, "restartCount": 0, "state": {"running": {}}},
            ],
        }));
        p["spec"]["initContainers"] = json!([{"name": "proxy", "restartPolicy": "Always"}]);
        assert_eq!(row("", "pods", p)[1..4], [json!("3/3"), json!("Running"), json!("1")]);
    }

    #[test]
    fn completed_terminating_and_gated_pods() {
        let done = pod(json!({
            "phase": "Succeeded",
            "containerStatuses": [
                {"name": "app", "ready": false, "restartCount": 0, "state": {"terminated": {"exitCode": 0, "reason": "Completed"}}},
                {"name": "log", "ready": false, "restartCount": 0, "state": {"terminated": {"exitCode": 0, "reason": "Completed"}}},
            ],
        }));
        assert_eq!(row("", "pods", done.clone())[1..3], [json!("0/2"), json!("Completed")]);

        let mut deleting = done;
        deleting["status"]["phase"] = json!("Running");
        deleting["metadata"]["deletionTimestamp"] = json!(ago(5));
        assert_eq!(row("", "pods", deleting)[2], json!("Terminating"));

        let gated = pod(
            json!({"phase": "Pending", "conditions": [{"type": "PodScheduled", "status": "False", "reason": "SchedulingGated"}]}),
        );
        assert_eq!(row("", "pods", gated)[2], json!("SchedulingGated"));

        let mut gates = pod(json!({"phase": "Running", "conditions": [{"type": "example.com/lb", "status": "True"}]}));
        gates["spec"]["readinessGates"] =
            json!([{"conditionType": "example.com/lb"}, {"conditionType": "example.com/dns"}]);
        assert_eq!(row("", "pods", gates)[8], json!("1/2"));
    }

    #[test]
    fn deployment_mid_rollout() {
        assert_eq!(
            header("apps", "deployments"),
            [
                ("Name", "string", 0),
                ("Ready", "string", 0),
                ("Up-to-date", "string", 0),
                ("Available", "string", 0),
                ("Age", "string", 0),
                ("Containers", "string", 1),
                ("Images", "string", 1),
                ("Selector", "string", 1),
            ]
        );
        let d = json!({
            "metadata": {"name": "web", "creationTimestamp": ago(3 * 3600 + 600)},
            "spec": {"replicas": 3, "selector": {"matchLabels": {"app": "web", "tier": "frontend"}},
                     "template": {"spec": {"containers": [{"name": "nginx", "image": "nginx:1.27"}, {"name": "exporter", "image": "nginx-exporter:1.1"}]}}},
            "status": {"replicas": 4, "updatedReplicas": 1, "readyReplicas": 2, "availableReplicas": 2, "unavailableReplicas": 2},
        });
        assert_eq!(
            row("apps", "deployments", d),
            [
                json!("web"),
                json!("2/3"),
                json!(1),
                json!(2),
                json!("3h10m"),
                json!("nginx,exporter"),
                json!("nginx:1.27,nginx-exporter:1.1"),
                json!("app=web,tier=frontend"),
            ]
        );
        let fresh = json!({"metadata": {"name": "api", "creationTimestamp": ago(4)}, "spec": {}});
        assert_eq!(row("apps", "deployments", fresh)[1..5], [json!("0/1"), json!(0), json!(0), json!("4s")]);
    }

    #[test]
    fn replica_sets_stateful_sets_and_daemon_sets() {
        let template = json!({"spec": {"containers": [{"name": "app", "image": "app:v2"}]}});
        let rs = json!({
            "metadata": {"name": "web-7d4b9c", "creationTimestamp": ago(120)},
            "spec": {"replicas": 3, "selector": {"matchLabels": {"app": "web", "pod-template-hash": "7d4b9c"}}, "template": template},
            "status": {"replicas": 3, "readyReplicas": 1},
        });
        assert_eq!(
            row("apps", "replicasets", rs),
            [
                json!("web-7d4b9c"),
                json!(3),
                json!(3),
                json!(1),
                json!("2m"),
                json!("app"),
                json!("app:v2"),
                json!("app=web,pod-template-hash=7d4b9c")
            ]
        );

        let sts = json!({"metadata": {"name": "db", "creationTimestamp": ago(86400 * 3)}, "spec": {"replicas": 3, "template": template}, "status": {"readyReplicas": 3}});
        assert_eq!(
            row("apps", "statefulsets", sts),
            [json!("db"), json!("3/3"), json!("3d"), json!("app"), json!("app:v2")]
        );

        let ds = json!({
            "metadata": {"name": "fluentd", "creationTimestamp": ago(60)},
            "spec": {"selector": {"matchExpressions": [{"key": "tier", "operator": "In", "values": ["node", "edge"]}, {"key": "app", "operator": "Exists"}]},
                     "template": {"spec": {"nodeSelector": {"kubernetes.io/os": "linux"}, "containers": [{"name": "fluentd", "image": "fluentd:v1"}]}}},
            "status": {"desiredNumberScheduled": 3, "currentNumberScheduled": 3, "numberReady": 2, "updatedNumberScheduled": 3, "numberAvailable": 2},
        });
        assert_eq!(
            row("apps", "daemonsets", ds),
            [
                json!("fluentd"),
                json!(3),
                json!(3),
                json!(2),
                json!(3),
                json!(2),
                json!("kubernetes.io/os=linux"),
                json!("60s"),
                json!("fluentd"),
                json!("fluentd:v1"),
                json!("app,tier in (edge,node)"),
            ]
        );
    }

    #[test]
    fn completed_and_running_jobs() {
        assert_eq!(
            header("batch", "jobs")[..5],
            [
                ("Name", "string", 0),
                ("Status", "string", 0),
                ("Completions", "string", 0),
                ("Duration", "string", 0),
                ("Age", "string", 0)
            ]
        );
        let job = json!({
            "metadata": {"name": "pi", "creationTimestamp": ago(200)},
            "spec": {"completions": 1, "parallelism": 1, "backoffLimit": 4,
                     "selector": {"matchLabels": {"batch.kubernetes.io/controller-uid": "5c1d"}},
                     "template": {"spec": {"containers": [{"name": "pi", "image": "perl:5.34.0"}]}}},
            "status": {"startTime": ago(190), "completionTime": ago(178), "succeeded": 1,
                       "conditions": [{"type": "SuccessCriteriaMet", "status": "True"}, {"type": "Complete", "status": "True"}]},
        });
        assert_eq!(
            row("batch", "jobs", job),
            [
                json!("pi"),
                json!("Complete"),
                json!("1/1"),
                json!("12s"),
                json!("3m20s"),
                json!("pi"),
                json!("perl:5.34.0"),
                json!("batch.kubernetes.io/controller-uid=5c1d"),
            ]
        );
        let running = json!({"metadata": {"name": "work"}, "spec": {"parallelism": 3}, "status": {"startTime": ago(30), "succeeded": 1}});
        assert_eq!(row("batch", "jobs", running)[1..4], [json!("Running"), json!("1/1 of 3"), json!("30s")]);
        let failed = json!({"metadata": {"name": "bad"}, "spec": {"completions": 2}, "status": {"conditions": [{"type": "Failed", "status": "True"}]}});
        assert_eq!(row("batch", "jobs", failed)[1..4], [json!("Failed"), json!("0/2"), json!("")]);
    }

    #[test]
    fn cron_jobs() {
        let cj = json!({
            "metadata": {"name": "backup", "creationTimestamp": ago(7200)},
            "spec": {"schedule": "*/5 * * * *", "suspend": false,
                     "jobTemplate": {"spec": {"template": {"spec": {"containers": [{"name": "backup", "image": "busybox"}]}}}}},
            "status": {"active": [{"name": "backup-29100"}], "lastScheduleTime": ago(65)},
        });
        assert_eq!(
            row("batch", "cronjobs", cj),
            [
                json!("backup"),
                json!("*/5 * * * *"),
                json!("<none>"),
                json!("False"),
                json!(1),
                json!("65s"),
                json!("120m"),
                json!("backup"),
                json!("busybox"),
                json!("<none>"),
            ]
        );
    }

    #[test]
    fn services_of_every_type() {
        assert_eq!(
            header("", "services"),
            [
                ("Name", "string", 0),
                ("Type", "string", 0),
                ("Cluster-IP", "string", 0),
                ("External-IP", "string", 0),
                ("Port(s)", "string", 0),
                ("Age", "string", 0),
                ("Selector", "string", 1),
            ]
        );
        let svc = json!({
            "metadata": {"name": "web", "creationTimestamp": ago(45)},
            "spec": {"type": "ClusterIP", "clusterIP": "10.96.12.34", "clusterIPs": ["10.96.12.34"], "selector": {"app": "web"},
                     "ports": [{"name": "http", "port": 80, "protocol": "TCP", "targetPort": 8080}, {"name": "https", "port": 443, "protocol": "TCP"}]},
        });
        assert_eq!(
            row("", "services", svc),
            [
                json!("web"),
                json!("ClusterIP"),
                json!("10.96.12.34"),
                json!("<none>"),
                json!("80/TCP,443/TCP"),
                json!("45s"),
                json!("app=web")
            ]
        );
        let node_port = json!({"metadata": {"name": "np"}, "spec": {"type": "NodePort", "clusterIPs": ["10.96.0.9"], "externalIPs": ["1.2.3.4"],
                               "ports": [{"port": 80, "nodePort": 30080}, {"port": 53, "protocol": "UDP", "nodePort": 30053}]}});
        assert_eq!(
            row("", "services", node_port)[1..5],
            [json!("NodePort"), json!("10.96.0.9"), json!("1.2.3.4"), json!("80:30080/TCP,53:30053/UDP")]
        );
        let pending = json!({"metadata": {"name": "lb"}, "spec": {"type": "LoadBalancer", "clusterIP": "10.96.0.10", "ports": [{"port": 443, "protocol": "TCP", "nodePort": 31443}]}});
        assert_eq!(row("", "services", pending.clone())[3], json!("<pending>"));
        let mut ready = pending;
        ready["status"] = json!({"loadBalancer": {"ingress": [{"ip": "203.0.113.9"}, {"hostname": "lb.example.com"}]}});
        assert_eq!(row("", "services", ready)[3], json!("203.0.113.9,lb.example.com"));
        let headless = json!({"metadata": {"name": "db"}, "spec": {"clusterIP": "None", "ports": []}});
        assert_eq!(
            row("", "services", headless)[1..5],
            [json!("ClusterIP"), json!("None"), json!("<none>"), json!("<none>")]
        );
        let external =
            json!({"metadata": {"name": "ext"}, "spec": {"type": "ExternalName", "externalName": "db.example.com"}});
        assert_eq!(
            row("", "services", external)[1..5],
            [json!("ExternalName"), json!("<none>"), json!("db.example.com"), json!("<none>")]
        );
    }

    #[test]
    fn endpoints_and_endpoint_slices() {
        let ep = json!({"metadata": {"name": "web"}, "subsets": [
            {"addresses": [{"ip": "10.0.0.1"}, {"ip": "10.0.0.2"}], "ports": [{"port": 8080}, {"port": 8443}]},
        ]});
        assert_eq!(row("", "endpoints", ep)[1], json!("10.0.0.1:8080,10.0.0.2:8080,10.0.0.1:8443 + 1 more..."));
        assert_eq!(row("", "endpoints", json!({"metadata": {"name": "none"}}))[1], json!("<none>"));
        let slice = json!({"metadata": {"name": "web-abc"}, "addressType": "IPv4", "ports": [{"port": 80}, {"name": "metrics"}],
                           "endpoints": [{"addresses": ["10.0.0.1"]}, {"addresses": ["10.0.0.2"]}]});
        assert_eq!(
            row("discovery.k8s.io", "endpointslices", slice)[1..4],
            [json!("IPv4"), json!("80,metrics"), json!("10.0.0.1,10.0.0.2")]
        );
    }

    #[test]
    fn namespaces_configmaps_secrets_service_accounts() {
        let ns =
            json!({"metadata": {"name": "flux-system", "creationTimestamp": ago(30)}, "status": {"phase": "Active"}});
        assert_eq!(row("", "namespaces", ns), [json!("flux-system"), json!("Active"), json!("30s")]);
        let cm = json!({"metadata": {"name": "cfg", "creationTimestamp": ago(30)}, "data": {"a": "1", "b": "2"}, "binaryData": {"c": "AA=="}});
        assert_eq!(row("", "configmaps", cm), [json!("cfg"), json!(3), json!("30s")]);
        let secret = json!({"metadata": {"name": "tls", "creationTimestamp": ago(30)}, "type": "kubernetes.io/tls", "data": {"tls.crt": "", "tls.key": ""}});
        assert_eq!(row("", "secrets", secret), [json!("tls"), json!("kubernetes.io/tls"), json!(2), json!("30s")]);
        let sa = json!({"metadata": {"name": "default", "creationTimestamp": ago(30)}});
        assert_eq!(row("", "serviceaccounts", sa), [json!("default"), json!(0), json!("30s")]);
    }

    #[test]
    fn events_in_both_api_groups() {
        let names: Vec<_> = header("", "events").into_iter().map(|(n, _, p)| (n, p)).collect();
        assert_eq!(
            names,
            [
                ("Last Seen", 0),
                ("Type", 0),
                ("Reason", 0),
                ("Object", 0),
                ("Subobject", 1),
                ("Source", 1),
                ("Message", 0),
                ("First Seen", 1),
                ("Count", 1),
                ("Name", 1),
            ]
        );
        let core = json!({
            "metadata": {"name": "web.17a2"}, "type": "Normal", "reason": "Pulled", "message": "Successfully pulled image\n",
            "involvedObject": {"kind": "Pod", "name": "web-1", "fieldPath": "spec.containers{app}"},
            "source": {"component": "kubelet", "host": "node-1"}, "firstTimestamp": ago(600), "lastTimestamp": ago(30), "count": 4,
        });
        assert_eq!(
            row("", "events", core),
            [
                json!("30s"),
                json!("Normal"),
                json!("Pulled"),
                json!("pod/web-1"),
                json!("spec.containers{app}"),
                json!("kubelet, node-1"),
                json!("Successfully pulled image"),
                json!("10m"),
                json!(4),
                json!("web.17a2"),
            ]
        );
        let new_api = json!({
            "metadata": {"name": "hr.1"}, "type": "Warning", "reason": "InstallFailed", "note": "timed out",
            "regarding": {"kind": "HelmRelease", "name": "podinfo"}, "eventTime": "2025-06-01T11:58:59.999999Z",
            "reportingController": "helm-controller", "reportingInstance": "helm-controller-abc",
        });
        assert_eq!(
            row("events.k8s.io", "events", new_api),
            [
                json!("60s"),
                json!("Warning"),
                json!("InstallFailed"),
                json!("helmrelease/podinfo"),
                json!(""),
                json!("helm-controller, helm-controller-abc"),
                json!("timed out"),
                json!("60s"),
                json!(1),
                json!("hr.1"),
            ]
        );
    }

    #[test]
    fn ingresses() {
        let ing = json!({
            "metadata": {"name": "web", "creationTimestamp": ago(90)},
            "spec": {"ingressClassName": "nginx", "tls": [{"hosts": ["a.example.com"]}],
                     "rules": [{"host": "a.example.com"}, {"host": "b.example.com"}, {}, {"host": "c.example.com"}, {"host": "d.example.com"}]},
            "status": {"loadBalancer": {"ingress": [{"ip": "192.0.2.10"}]}},
        });
        assert_eq!(
            row("networking.k8s.io", "ingresses", ing),
            [
                json!("web"),
                json!("nginx"),
                json!("a.example.com,b.example.com,c.example.com + 2 more..."),
                json!("192.0.2.10"),
                json!("80, 443"),
                json!("90s")
            ]
        );
        let bare = json!({"metadata": {"name": "any"}, "spec": {"rules": [{"http": {}}]}});
        assert_eq!(
            row("networking.k8s.io", "ingresses", bare)[1..5],
            [json!("<none>"), json!("*"), json!(""), json!("80")]
        );
    }

    #[test]
    fn persistent_volume_claims() {
        let bound = json!({
            "metadata": {"name": "data", "creationTimestamp": ago(30)},
            "spec": {"volumeName": "pvc-123", "storageClassName": "standard", "accessModes": ["ReadWriteOnce"], "volumeMode": "Filesystem"},
            "status": {"phase": "Bound", "capacity": {"storage": "1Gi"}, "accessModes": ["ReadWriteMany", "ReadWriteOnce"]},
        });
        assert_eq!(
            row("", "persistentvolumeclaims", bound),
            [
                json!("data"),
                json!("Bound"),
                json!("pvc-123"),
                json!("1Gi"),
                json!("RWO,RWX"),
                json!("standard"),
                json!("<unset>"),
                json!("30s"),
                json!("Filesystem")
            ]
        );
        let pending =
            json!({"metadata": {"name": "wait"}, "spec": {"storageClassName": "fast"}, "status": {"phase": "Pending"}});
        assert_eq!(
            row("", "persistentvolumeclaims", pending)[1..6],
            [json!("Pending"), json!(""), json!(""), json!(""), json!("fast")]
        );
        let created = json!({"metadata": {"name": "new"}, "spec": {}});
        assert_eq!(row("", "persistentvolumeclaims", created)[1], json!("Pending"), "the API default phase");
        let cj = json!({"metadata": {"name": "cj"}, "spec": {"schedule": "@daily"}});
        assert_eq!(row("batch", "cronjobs", cj)[3], json!("False"), "the API default suspend");
    }

    #[test]
    fn nodes() {
        let node = json!({
            "metadata": {"name": "kind-control-plane", "creationTimestamp": ago(86400 * 10),
                         "labels": {"node-role.kubernetes.io/control-plane": "", "kubernetes.io/role": "master", "kubernetes.io/os": "linux"}},
            "spec": {"unschedulable": true},
            "status": {"conditions": [{"type": "MemoryPressure", "status": "False"}, {"type": "Ready", "status": "True"}],
                       "addresses": [{"type": "InternalIP", "address": "172.18.0.2"}, {"type": "Hostname", "address": "kind-control-plane"}],
                       "nodeInfo": {"kubeletVersion": "v1.33.1", "osImage": "Debian GNU/Linux 12 (bookworm)", "kernelVersion": "6.8.0", "containerRuntimeVersion": "containerd://2.1.1"}},
        });
        assert_eq!(
            row("", "nodes", node),
            [
                json!("kind-control-plane"),
                json!("Ready,SchedulingDisabled"),
                json!("control-plane,master"),
                json!("10d"),
                json!("v1.33.1"),
                json!("172.18.0.2"),
                json!("<none>"),
                json!("Debian GNU/Linux 12 (bookworm)"),
                json!("6.8.0"),
                json!("containerd://2.1.1"),
            ]
        );
        let bare = row("", "nodes", json!({"metadata": {"name": "n"}}));
        assert_eq!(bare[1..3], [json!("Unknown"), json!("<none>")]);
        assert_eq!(bare[7], json!("<unknown>"));
    }

    #[test]
    fn rbac_bindings_leases_and_policies() {
        let rb = json!({
            "metadata": {"name": "flux-reconciler", "creationTimestamp": ago(5)},
            "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "cluster-admin"},
            "subjects": [{"kind": "ServiceAccount", "name": "kustomize-controller", "namespace": "flux-system"},
                         {"kind": "User", "name": "alice"}, {"kind": "Group", "name": "devs"}, {"kind": "Group", "name": "ops"}],
        });
        let expected = [
            json!("flux-reconciler"),
            json!("ClusterRole/cluster-admin"),
            json!("5s"),
            json!("alice"),
            json!("devs, ops"),
            json!("flux-system/kustomize-controller"),
        ];
        assert_eq!(row("rbac.authorization.k8s.io", "rolebindings", rb.clone()), expected);
        assert_eq!(row("rbac.authorization.k8s.io", "clusterrolebindings", rb), expected);

        let lease = json!({"metadata": {"name": "source-controller-leader", "creationTimestamp": ago(5)}, "spec": {"holderIdentity": "source-controller-7f9_1"}});
        assert_eq!(
            row("coordination.k8s.io", "leases", lease),
            [json!("source-controller-leader"), json!("source-controller-7f9_1"), json!("5s")]
        );

        let netpol =
            json!({"metadata": {"name": "allow-all", "creationTimestamp": ago(5)}, "spec": {"podSelector": {}}});
        assert_eq!(
            row("networking.k8s.io", "networkpolicies", netpol),
            [json!("allow-all"), json!("<none>"), json!("5s")]
        );
        let netpol = json!({"metadata": {"name": "web"}, "spec": {"podSelector": {"matchLabels": {"app": "web"}}}});
        assert_eq!(row("networking.k8s.io", "networkpolicies", netpol)[1], json!("app=web"));

        let pdb = json!({"metadata": {"name": "web", "creationTimestamp": ago(5)}, "spec": {"minAvailable": "50%"}, "status": {"disruptionsAllowed": 1}});
        assert_eq!(
            row("policy", "poddisruptionbudgets", pdb),
            [json!("web"), json!("50%"), json!("N/A"), json!(1), json!("5s")]
        );
        let pdb = json!({"metadata": {"name": "db"}, "spec": {"maxUnavailable": 1}});
        assert_eq!(row("policy", "poddisruptionbudgets", pdb)[1..4], [json!("N/A"), json!("1"), json!(0)]);
    }

    #[test]
    fn horizontal_pod_autoscalers() {
        let v2 = json!({
            "metadata": {"name": "web", "creationTimestamp": ago(5)},
            "spec": {"scaleTargetRef": {"apiVersion": "apps/v1", "kind": "Deployment", "name": "web"}, "minReplicas": 2, "maxReplicas": 10,
                     "metrics": [
                        {"type": "Resource", "resource": {"name": "cpu", "target": {"type": "Utilization", "averageUtilization": 80}}},
                        {"type": "Resource", "resource": {"name": "memory", "target": {"type": "AverageValue", "averageValue": "500Mi"}}},
                        {"type": "Pods", "pods": {"metric": {"name": "rps"}, "target": {"type": "AverageValue", "averageValue": "1k"}}},
                     ]},
            "status": {"currentReplicas": 3, "currentMetrics": [{"type": "Resource", "resource": {"name": "cpu", "current": {"averageUtilization": 42, "averageValue": "210m"}}}]},
        });
        assert_eq!(
            row("autoscaling", "horizontalpodautoscalers", v2),
            [
                json!("web"),
                json!("Deployment/web"),
                json!("cpu: 42%/80%, memory: <unknown>/500Mi + 1 more..."),
                json!("2"),
                json!(10),
                json!(3),
                json!("5s"),
            ]
        );
        let v1 = json!({"metadata": {"name": "api"}, "spec": {"scaleTargetRef": {"kind": "Deployment", "name": "api"}, "maxReplicas": 5, "targetCPUUtilizationPercentage": 70}});
        assert_eq!(
            row("autoscaling", "horizontalpodautoscalers", v1)[2..6],
            [json!("cpu: <unknown>/70%"), json!("<unset>"), json!(5), json!(0)]
        );
    }

    #[test]
    fn cluster_scoped_extras() {
        let sc = json!({"metadata": {"name": "standard", "annotations": {"storageclass.kubernetes.io/is-default-class": "true"}},
                        "provisioner": "rancher.io/local-path", "volumeBindingMode": "WaitForFirstConsumer"});
        assert_eq!(
            row("storage.k8s.io", "storageclasses", sc),
            [
                json!("standard (default)"),
                json!("rancher.io/local-path"),
                json!("Delete"),
                json!("WaitForFirstConsumer"),
                json!(false),
                json!("<unknown>")
            ]
        );
        let cr = json!({"metadata": {"name": "web-5d8f", "ownerReferences": [{"apiVersion": "apps/v1", "kind": "StatefulSet", "name": "web", "controller": true}]}, "revision": 2});
        assert_eq!(row("apps", "controllerrevisions", cr)[1..3], [json!("statefulset.apps/web"), json!(2)]);
        let wh = json!({"metadata": {"name": "policy"}, "webhooks": [{"name": "a"}, {"name": "b"}]});
        assert_eq!(row("admissionregistration.k8s.io", "validatingwebhookconfigurations", wh)[1], json!(2));
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
