//! Everything else: configuration and identity (namespaces, ConfigMaps, Secrets, ServiceAccounts, RBAC
//! bindings, leases, webhook configurations, PriorityClasses), Events, nodes and storage.

use crate::table::human_duration;
use chrono::{DateTime, Utc};
use serde_json::{json, Value};

use super::{
    age, age_col, bool_at, col, int_at, len_at, list_at, name, name_col, or, present, quantity, since, str_at, time_at,
    wide, ColumnDef,
};

// Column descriptions: upstream's 1.33 field docs, as in mod.rs.
const D_KUBELET_VERSION: &str = "Kubelet Version reported by the node.";
const D_NODE_ADDRESSES: &str = "List of addresses reachable to the node. Queried from cloud provider, if available. More info: https://kubernetes.io/docs/reference/node/node-status/#addresses";
const D_OS_IMAGE: &str = "OS Image reported by the node from /etc/os-release (e.g. Debian GNU/Linux 7 (wheezy)).";
const D_KERNEL: &str = "Kernel Version reported by the node from 'uname -r' (e.g. 3.16.0-0.bpo.4-amd64).";
const D_RUNTIME: &str =
    "ContainerRuntime Version reported by the node through runtime remote API (e.g. containerd://1.4.2).";

pub(super) fn namespace_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    vec![name(obj), json!(str_at(obj, "/status/phase")), age(obj, now)]
}

pub(super) fn configmap_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    vec![name(obj), json!(len_at(obj, "/data") + len_at(obj, "/binaryData")), age(obj, now)]
}

pub(super) fn secret_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    vec![name(obj), json!(str_at(obj, "/type")), json!(len_at(obj, "/data")), age(obj, now)]
}

pub(super) fn service_account_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    vec![name(obj), json!(len_at(obj, "/secrets")), age(obj, now)]
}

pub(super) fn binding_columns(kind: &'static str, role_ref: &'static str) -> Vec<ColumnDef> {
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

pub(super) fn binding_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
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

pub(super) fn lease_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    vec![name(obj), json!(str_at(obj, "/spec/holderIdentity")), age(obj, now)]
}

pub(super) fn webhook_configuration_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    vec![name(obj), json!(list_at(obj, "/webhooks").len()), age(obj, now)]
}

pub(super) fn priority_class_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Value", "integer", "value represents the integer value of this priority class. This is the actual priority that pods receive when they have the name of this class in their pod spec."),
        col("Global-Default", "boolean", "globalDefault specifies whether this PriorityClass should be considered as the default priority for pods that do not have any priority class. Only one PriorityClass can be marked as `globalDefault`. However, if more than one PriorityClasses exists with their `globalDefault` field set to true, the smallest value of such global default PriorityClasses will be used as the default priority."),
        age_col(),
        col("PreemptionPolicy", "string", "preemptionPolicy is the Policy for preempting pods with lower priority. One of Never, PreemptLowerPriority. Defaults to PreemptLowerPriority if unset."),
    ]
}

pub(super) fn priority_class_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    vec![
        name(obj),
        json!(int_at(obj, "/value")),
        json!(bool_at(obj, "/globalDefault")),
        age(obj, now),
        json!(str_at(obj, "/preemptionPolicy")),
    ]
}

// ---- events -------------------------------------------------------------------------------------------------

pub(super) fn event_columns() -> Vec<ColumnDef> {
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

pub(super) fn core_event_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    event_row(obj, now, &CORE_EVENT)
}

pub(super) fn events_event_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
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

pub(super) fn node_columns() -> Vec<ColumnDef> {
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

pub(super) fn node_row(node: &Value, now: DateTime<Utc>) -> Vec<Value> {
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

pub(super) fn pvc_columns() -> Vec<ColumnDef> {
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

pub(super) fn pvc_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
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

pub(super) fn pv_columns() -> Vec<ColumnDef> {
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

pub(super) fn pv_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
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

pub(super) fn storage_class_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        col("Provisioner", "string", "provisioner indicates the type of the provisioner."),
        col("ReclaimPolicy", "string", "reclaimPolicy controls the reclaimPolicy for dynamically provisioned PersistentVolumes of this storage class. Defaults to Delete."),
        col("VolumeBindingMode", "string", "volumeBindingMode indicates how PersistentVolumeClaims should be provisioned and bound.  When unset, VolumeBindingImmediate is used. This field is only honored by servers that enable the VolumeScheduling feature."),
        col("AllowVolumeExpansion", "string", "allowVolumeExpansion shows whether the storage class allow volume expand."),
        age_col(),
    ]
}

pub(super) fn storage_class_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
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

pub(super) fn csr_columns() -> Vec<ColumnDef> {
    vec![
        name_col(),
        age_col(),
        col("SignerName", "string", "signerName indicates the requested signer, and is a qualified name.\n\nList/watch requests for CertificateSigningRequests can filter on this field using a \"spec.signerName=NAME\" fieldSelector.\n\nWell-known Kubernetes signers are:\n 1. \"kubernetes.io/kube-apiserver-client\": issues client certificates that can be used to authenticate to kube-apiserver.\n  Requests for this signer are never auto-approved by kube-controller-manager, can be issued by the \"csrsigning\" controller in kube-controller-manager.\n 2. \"kubernetes.io/kube-apiserver-client-kubelet\": issues client certificates that kubelets use to authenticate to kube-apiserver.\n  Requests for this signer can be auto-approved by the \"csrapproving\" controller in kube-controller-manager, and can be issued by the \"csrsigning\" controller in kube-controller-manager.\n 3. \"kubernetes.io/kubelet-serving\" issues serving certificates that kubelets use to serve TLS endpoints, which kube-apiserver can connect to securely.\n  Requests for this signer are never auto-approved by kube-controller-manager, and can be issued by the \"csrsigning\" controller in kube-controller-manager.\n\nMore details are available at https://k8s.io/docs/reference/access-authn-authz/certificate-signing-requests/#kubernetes-signers\n\nCustom signerNames can also be specified. The signer defines:\n 1. Trust distribution: how trust (CA bundles) are distributed.\n 2. Permitted subjects: and behavior when a disallowed subject is requested.\n 3. Required, permitted, or forbidden x509 extensions in the request (including whether subjectAltNames are allowed, which types, restrictions on allowed values) and behavior when a disallowed extension is requested.\n 4. Required, permitted, or forbidden key usages / extended key usages.\n 5. Expiration/certificate lifetime: whether it is fixed by the signer, configurable by the admin.\n 6. Whether or not requests for CA certificates are allowed."),
        col("Requestor", "string", "request contains an x509 certificate signing request encoded in a \"CERTIFICATE REQUEST\" PEM block. When serialized as JSON or YAML, the data is additionally base64-encoded."),
        col("RequestedDuration", "string", "expirationSeconds is the requested duration of validity of the issued certificate. The certificate signer may issue a certificate with a different validity duration so a client must check the delta between the notBefore and and notAfter fields in the issued certificate to determine the actual duration.\n\nThe v1.22+ in-tree implementations of the well-known Kubernetes signers will honor this field as long as the requested duration is not greater than the maximum duration they will honor per the --cluster-signing-duration CLI flag to the Kubernetes controller manager.\n\nCertificate signers may not honor this field for various reasons:\n\n  1. Old signer that is unaware of the field (such as the in-tree\n     implementations prior to v1.22)\n  2. Signer whose configured maximum is shorter than the requested duration\n  3. Signer whose configured minimum is longer than the requested duration\n\nThe minimum valid value for expirationSeconds is 600, i.e. 10 minutes."),
        col("Condition", "string", "conditions applied to the request. Known conditions are \"Approved\", \"Denied\", and \"Failed\"."),
    ]
}

/// `printCertificateSigningRequest`: the condition column is `Denied`, `Approved` or `Pending`, then
/// `,Failed` and `,Issued`.
pub(super) fn csr_row(obj: &Value, now: DateTime<Utc>) -> Vec<Value> {
    let has = |ty: &str| list_at(obj, "/status/conditions").iter().any(|c| str_at(c, "/type") == ty);
    let mut condition = if has("Denied") {
        "Denied"
    } else if has("Approved") {
        "Approved"
    } else {
        "Pending"
    }
    .to_string();
    if has("Failed") {
        condition.push_str(",Failed");
    }
    if !str_at(obj, "/status/certificate").is_empty() {
        condition.push_str(",Issued");
    }
    let duration = match obj.pointer("/spec/expirationSeconds").and_then(Value::as_i64) {
        Some(secs) => human_duration(chrono::Duration::seconds(secs)),
        None => "<none>".into(),
    };
    vec![
        name(obj),
        age(obj, now),
        json!(or(str_at(obj, "/spec/signerName"), "<none>")),
        json!(str_at(obj, "/spec/username")),
        json!(duration),
        json!(condition),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::printers::tests::{ago, header, row};

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
}
