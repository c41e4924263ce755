//! The field tables of the built-in kinds this server decodes from protobuf, one module per API group-version.

mod admissionregistration_v1;
mod apiregistration_v1;
mod apps_v1;
mod authentication_v1;
mod authorization_v1;
mod autoscaling_v1;
mod autoscaling_v2;
mod batch_v1;
mod certificates_v1;
mod coordination_v1;
mod core_v1;
mod core_v1_pod;
mod core_v1_volume;
mod discovery_v1;
mod events_v1;
mod flowcontrol_v1;
mod meta_v1;
mod networking_v1;
mod node_v1;
mod policy_v1;
mod rbac_v1;
mod scheduling_v1;
mod storage_v1;

use crate::protobuf::Field;

/// The message table of a kind, by `apiVersion` and `kind`.
pub(super) fn kind(api_version: &str, kind: &str) -> Option<&'static [Field]> {
    KINDS.iter().find(|(av, k, _)| *av == api_version && *k == kind).map(|(_, _, fields)| *fields)
}

/// Every kind a client can write to kube-apiserver 1.33 in protobuf: the served built-in kinds and the kinds of
/// subresources (`Binding`, `Eviction`, `Scale`, `TokenRequest`), except CustomResourceDefinition, whose schemas
/// hold arbitrary JSON (`JSONSchemaProps`) that has no table here.
const KINDS: &[(&str, &str, &[Field])] = &[
    ("v1", "Namespace", core_v1::NAMESPACE),
    ("v1", "ConfigMap", core_v1::CONFIG_MAP),
    ("v1", "Secret", core_v1::SECRET),
    ("v1", "ServiceAccount", core_v1::SERVICE_ACCOUNT),
    ("v1", "Service", core_v1::SERVICE),
    ("v1", "Event", core_v1::EVENT),
    ("v1", "ResourceQuota", core_v1::RESOURCE_QUOTA),
    ("v1", "Pod", core_v1::POD),
    ("v1", "PodTemplate", core_v1::POD_TEMPLATE),
    ("v1", "ReplicationController", core_v1::REPLICATION_CONTROLLER),
    ("v1", "LimitRange", core_v1::LIMIT_RANGE),
    ("v1", "Endpoints", core_v1::ENDPOINTS),
    ("v1", "PersistentVolumeClaim", core_v1::PERSISTENT_VOLUME_CLAIM),
    ("v1", "PersistentVolume", core_v1::PERSISTENT_VOLUME),
    ("v1", "Node", core_v1::NODE),
    ("v1", "Binding", core_v1::BINDING),
    ("apps/v1", "Deployment", apps_v1::DEPLOYMENT),
    ("apps/v1", "ReplicaSet", apps_v1::REPLICA_SET),
    ("apps/v1", "StatefulSet", apps_v1::STATEFUL_SET),
    ("apps/v1", "DaemonSet", apps_v1::DAEMON_SET),
    ("apps/v1", "ControllerRevision", apps_v1::CONTROLLER_REVISION),
    ("batch/v1", "Job", batch_v1::JOB),
    ("batch/v1", "CronJob", batch_v1::CRON_JOB),
    ("rbac.authorization.k8s.io/v1", "Role", rbac_v1::ROLE),
    ("rbac.authorization.k8s.io/v1", "ClusterRole", rbac_v1::CLUSTER_ROLE),
    ("rbac.authorization.k8s.io/v1", "RoleBinding", rbac_v1::ROLE_BINDING),
    ("rbac.authorization.k8s.io/v1", "ClusterRoleBinding", rbac_v1::CLUSTER_ROLE_BINDING),
    ("networking.k8s.io/v1", "Ingress", networking_v1::INGRESS),
    ("networking.k8s.io/v1", "IngressClass", networking_v1::INGRESS_CLASS),
    ("networking.k8s.io/v1", "NetworkPolicy", networking_v1::NETWORK_POLICY),
    ("networking.k8s.io/v1", "IPAddress", networking_v1::IP_ADDRESS),
    ("networking.k8s.io/v1", "ServiceCIDR", networking_v1::SERVICE_CIDR),
    ("policy/v1", "PodDisruptionBudget", policy_v1::POD_DISRUPTION_BUDGET),
    ("policy/v1", "Eviction", policy_v1::EVICTION),
    ("scheduling.k8s.io/v1", "PriorityClass", scheduling_v1::PRIORITY_CLASS),
    ("authentication.k8s.io/v1", "TokenRequest", authentication_v1::TOKEN_REQUEST),
    ("authentication.k8s.io/v1", "TokenReview", authentication_v1::TOKEN_REVIEW),
    ("authentication.k8s.io/v1", "SelfSubjectReview", authentication_v1::SELF_SUBJECT_REVIEW),
    ("authorization.k8s.io/v1", "SelfSubjectAccessReview", authorization_v1::SELF_SUBJECT_ACCESS_REVIEW),
    ("authorization.k8s.io/v1", "SubjectAccessReview", authorization_v1::SUBJECT_ACCESS_REVIEW),
    ("authorization.k8s.io/v1", "LocalSubjectAccessReview", authorization_v1::LOCAL_SUBJECT_ACCESS_REVIEW),
    ("authorization.k8s.io/v1", "SelfSubjectRulesReview", authorization_v1::SELF_SUBJECT_RULES_REVIEW),
    ("autoscaling/v1", "HorizontalPodAutoscaler", autoscaling_v1::HORIZONTAL_POD_AUTOSCALER),
    ("autoscaling/v1", "Scale", autoscaling_v1::SCALE),
    ("autoscaling/v2", "HorizontalPodAutoscaler", autoscaling_v2::HORIZONTAL_POD_AUTOSCALER),
    ("certificates.k8s.io/v1", "CertificateSigningRequest", certificates_v1::CERTIFICATE_SIGNING_REQUEST),
    ("events.k8s.io/v1", "Event", events_v1::EVENT),
    ("storage.k8s.io/v1", "StorageClass", storage_v1::STORAGE_CLASS),
    ("storage.k8s.io/v1", "CSIDriver", storage_v1::CSI_DRIVER),
    ("storage.k8s.io/v1", "CSINode", storage_v1::CSI_NODE),
    ("storage.k8s.io/v1", "CSIStorageCapacity", storage_v1::CSI_STORAGE_CAPACITY),
    ("storage.k8s.io/v1", "VolumeAttachment", storage_v1::VOLUME_ATTACHMENT),
    ("coordination.k8s.io/v1", "Lease", coordination_v1::LEASE),
    ("node.k8s.io/v1", "RuntimeClass", node_v1::RUNTIME_CLASS),
    ("discovery.k8s.io/v1", "EndpointSlice", discovery_v1::ENDPOINT_SLICE),
    ("flowcontrol.apiserver.k8s.io/v1", "FlowSchema", flowcontrol_v1::FLOW_SCHEMA),
    ("flowcontrol.apiserver.k8s.io/v1", "PriorityLevelConfiguration", flowcontrol_v1::PRIORITY_LEVEL_CONFIGURATION),
    (
        "admissionregistration.k8s.io/v1",
        "MutatingWebhookConfiguration",
        admissionregistration_v1::MUTATING_WEBHOOK_CONFIGURATION,
    ),
    (
        "admissionregistration.k8s.io/v1",
        "ValidatingWebhookConfiguration",
        admissionregistration_v1::VALIDATING_WEBHOOK_CONFIGURATION,
    ),
    (
        "admissionregistration.k8s.io/v1",
        "ValidatingAdmissionPolicy",
        admissionregistration_v1::VALIDATING_ADMISSION_POLICY,
    ),
    (
        "admissionregistration.k8s.io/v1",
        "ValidatingAdmissionPolicyBinding",
        admissionregistration_v1::VALIDATING_ADMISSION_POLICY_BINDING,
    ),
    ("apiregistration.k8s.io/v1", "APIService", apiregistration_v1::API_SERVICE),
];
