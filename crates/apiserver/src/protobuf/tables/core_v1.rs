//! `core/v1` field tables: its kinds other than the pod template and volume sources.
//!
//! Numbers and names from k8s.io/api `core/v1/generated.proto` at v0.33.1; cardinality from the Go types'
//! struct tags (a `*T` field is `Ptr`, a scalar without `omitempty` is `Always`, `json:",inline"` is `Inline`).

use super::{core_v1_pod, core_v1_volume, meta_v1};
use crate::protobuf::Card::{Always, Plain, Ptr, Repeated};
use crate::protobuf::Ty::{Bool, Bytes, Inline, Int, IntOrString, Map, MicroTime, Msg, Quantity, Str, Time};
use crate::protobuf::{f, Field};

pub(super) const NAMESPACE: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(NAMESPACE_SPEC), Plain),
    f(3, "status", Msg(NAMESPACE_STATUS), Plain),
];

pub(super) const NAMESPACE_SPEC: &[Field] = &[f(1, "finalizers", Str, Repeated)];

pub(super) const NAMESPACE_STATUS: &[Field] =
    &[f(1, "phase", Str, Plain), f(2, "conditions", Msg(NAMESPACE_CONDITION), Repeated)];

pub(super) const NAMESPACE_CONDITION: &[Field] = &[
    f(1, "type", Str, Always),
    f(2, "status", Str, Always),
    f(4, "lastTransitionTime", Time, Plain),
    f(5, "reason", Str, Plain),
    f(6, "message", Str, Plain),
];

pub(super) const CONFIG_MAP: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(4, "immutable", Bool, Ptr),
    f(2, "data", Map(&Str), Plain),
    f(3, "binaryData", Map(&Bytes), Plain),
];

pub(super) const SECRET: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(5, "immutable", Bool, Ptr),
    f(2, "data", Map(&Bytes), Plain),
    f(4, "stringData", Map(&Str), Plain),
    f(3, "type", Str, Plain),
];

pub(super) const SERVICE_ACCOUNT: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "secrets", Msg(OBJECT_REFERENCE), Repeated),
    f(3, "imagePullSecrets", Msg(LOCAL_OBJECT_REFERENCE), Repeated),
    f(4, "automountServiceAccountToken", Bool, Ptr),
];

pub(super) const OBJECT_REFERENCE: &[Field] = &[
    f(1, "kind", Str, Plain),
    f(2, "namespace", Str, Plain),
    f(3, "name", Str, Plain),
    f(4, "uid", Str, Plain),
    f(5, "apiVersion", Str, Plain),
    f(6, "resourceVersion", Str, Plain),
    f(7, "fieldPath", Str, Plain),
];

pub(super) const LOCAL_OBJECT_REFERENCE: &[Field] = &[f(1, "name", Str, Plain)];

pub(super) const SERVICE: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(SERVICE_SPEC), Plain),
    f(3, "status", Msg(SERVICE_STATUS), Plain),
];

pub(super) const SERVICE_SPEC: &[Field] = &[
    f(1, "ports", Msg(SERVICE_PORT), Repeated),
    f(2, "selector", Map(&Str), Plain),
    f(3, "clusterIP", Str, Plain),
    f(18, "clusterIPs", Str, Repeated),
    f(4, "type", Str, Plain),
    f(5, "externalIPs", Str, Repeated),
    f(7, "sessionAffinity", Str, Plain),
    f(8, "loadBalancerIP", Str, Plain),
    f(9, "loadBalancerSourceRanges", Str, Repeated),
    f(10, "externalName", Str, Plain),
    f(11, "externalTrafficPolicy", Str, Plain),
    f(12, "healthCheckNodePort", Int, Plain),
    f(13, "publishNotReadyAddresses", Bool, Plain),
    f(14, "sessionAffinityConfig", Msg(SESSION_AFFINITY_CONFIG), Ptr),
    f(19, "ipFamilies", Str, Repeated),
    f(17, "ipFamilyPolicy", Str, Ptr),
    f(20, "allocateLoadBalancerNodePorts", Bool, Ptr),
    f(21, "loadBalancerClass", Str, Ptr),
    f(22, "internalTrafficPolicy", Str, Ptr),
    f(23, "trafficDistribution", Str, Ptr),
];

pub(super) const SERVICE_PORT: &[Field] = &[
    f(1, "name", Str, Plain),
    f(2, "protocol", Str, Plain),
    f(6, "appProtocol", Str, Ptr),
    f(3, "port", Int, Always),
    f(4, "targetPort", IntOrString, Plain),
    f(5, "nodePort", Int, Plain),
];

pub(super) const SESSION_AFFINITY_CONFIG: &[Field] = &[f(1, "clientIP", Msg(CLIENT_IP_CONFIG), Ptr)];

pub(super) const CLIENT_IP_CONFIG: &[Field] = &[f(1, "timeoutSeconds", Int, Ptr)];

pub(super) const SERVICE_STATUS: &[Field] =
    &[f(1, "loadBalancer", Msg(LOAD_BALANCER_STATUS), Plain), f(2, "conditions", Msg(meta_v1::CONDITION), Repeated)];

pub(super) const LOAD_BALANCER_STATUS: &[Field] = &[f(1, "ingress", Msg(LOAD_BALANCER_INGRESS), Repeated)];

pub(super) const LOAD_BALANCER_INGRESS: &[Field] = &[
    f(1, "ip", Str, Plain),
    f(2, "hostname", Str, Plain),
    f(3, "ipMode", Str, Ptr),
    f(4, "ports", Msg(PORT_STATUS), Repeated),
];

pub(super) const PORT_STATUS: &[Field] =
    &[f(1, "port", Int, Always), f(2, "protocol", Str, Always), f(3, "error", Str, Ptr)];

pub(super) const EVENT: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "involvedObject", Msg(OBJECT_REFERENCE), Plain),
    f(3, "reason", Str, Plain),
    f(4, "message", Str, Plain),
    f(5, "source", Msg(EVENT_SOURCE), Plain),
    f(6, "firstTimestamp", Time, Plain),
    f(7, "lastTimestamp", Time, Plain),
    f(8, "count", Int, Plain),
    f(9, "type", Str, Plain),
    f(10, "eventTime", MicroTime, Plain),
    f(11, "series", Msg(EVENT_SERIES), Ptr),
    f(12, "action", Str, Plain),
    f(13, "related", Msg(OBJECT_REFERENCE), Ptr),
    f(14, "reportingComponent", Str, Always),
    f(15, "reportingInstance", Str, Always),
];

pub(super) const EVENT_SOURCE: &[Field] = &[f(1, "component", Str, Plain), f(2, "host", Str, Plain)];

pub(super) const EVENT_SERIES: &[Field] = &[f(1, "count", Int, Plain), f(2, "lastObservedTime", MicroTime, Plain)];

pub(super) const RESOURCE_QUOTA: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(RESOURCE_QUOTA_SPEC), Plain),
    f(3, "status", Msg(RESOURCE_QUOTA_STATUS), Plain),
];

pub(super) const RESOURCE_QUOTA_SPEC: &[Field] = &[
    f(1, "hard", Map(&Quantity), Plain),
    f(2, "scopes", Str, Repeated),
    f(3, "scopeSelector", Msg(SCOPE_SELECTOR), Ptr),
];

pub(super) const SCOPE_SELECTOR: &[Field] =
    &[f(1, "matchExpressions", Msg(SCOPED_RESOURCE_SELECTOR_REQUIREMENT), Repeated)];

pub(super) const SCOPED_RESOURCE_SELECTOR_REQUIREMENT: &[Field] =
    &[f(1, "scopeName", Str, Always), f(2, "operator", Str, Always), f(3, "values", Str, Repeated)];

pub(super) const RESOURCE_QUOTA_STATUS: &[Field] =
    &[f(1, "hard", Map(&Quantity), Plain), f(2, "used", Map(&Quantity), Plain)];

pub(super) const POD: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(core_v1_pod::POD_SPEC), Plain),
    f(3, "status", Msg(core_v1_pod::POD_STATUS), Plain),
];

pub(super) const PERSISTENT_VOLUME_CLAIM_SPEC: &[Field] = &[
    f(1, "accessModes", Str, Repeated),
    f(4, "selector", Msg(meta_v1::LABEL_SELECTOR), Ptr),
    f(2, "resources", Msg(VOLUME_RESOURCE_REQUIREMENTS), Plain),
    f(3, "volumeName", Str, Plain),
    f(5, "storageClassName", Str, Ptr),
    f(6, "volumeMode", Str, Ptr),
    f(7, "dataSource", Msg(TYPED_LOCAL_OBJECT_REFERENCE), Ptr),
    f(8, "dataSourceRef", Msg(TYPED_OBJECT_REFERENCE), Ptr),
    f(9, "volumeAttributesClassName", Str, Ptr),
];

pub(super) const VOLUME_RESOURCE_REQUIREMENTS: &[Field] =
    &[f(1, "limits", Map(&Quantity), Plain), f(2, "requests", Map(&Quantity), Plain)];

pub(super) const TYPED_LOCAL_OBJECT_REFERENCE: &[Field] =
    &[f(1, "apiGroup", Str, Ptr), f(2, "kind", Str, Always), f(3, "name", Str, Always)];

pub(super) const TYPED_OBJECT_REFERENCE: &[Field] =
    &[f(1, "apiGroup", Str, Ptr), f(2, "kind", Str, Always), f(3, "name", Str, Always), f(4, "namespace", Str, Ptr)];

pub(super) const NODE_SELECTOR: &[Field] = &[f(1, "nodeSelectorTerms", Msg(NODE_SELECTOR_TERM), Repeated)];

pub(super) const NODE_SELECTOR_TERM: &[Field] = &[
    f(1, "matchExpressions", Msg(NODE_SELECTOR_REQUIREMENT), Repeated),
    f(2, "matchFields", Msg(NODE_SELECTOR_REQUIREMENT), Repeated),
];

pub(super) const NODE_SELECTOR_REQUIREMENT: &[Field] =
    &[f(1, "key", Str, Always), f(2, "operator", Str, Always), f(3, "values", Str, Repeated)];

pub(super) const TOLERATION: &[Field] = &[
    f(1, "key", Str, Plain),
    f(2, "operator", Str, Plain),
    f(3, "value", Str, Plain),
    f(4, "effect", Str, Plain),
    f(5, "tolerationSeconds", Int, Ptr),
];

pub(super) const POD_TEMPLATE: &[Field] =
    &[f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain), f(2, "template", Msg(core_v1_pod::POD_TEMPLATE_SPEC), Plain)];

pub(super) const REPLICATION_CONTROLLER: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(REPLICATION_CONTROLLER_SPEC), Plain),
    f(3, "status", Msg(REPLICATION_CONTROLLER_STATUS), Plain),
];

pub(super) const REPLICATION_CONTROLLER_SPEC: &[Field] = &[
    f(1, "replicas", Int, Ptr),
    f(4, "minReadySeconds", Int, Plain),
    f(2, "selector", Map(&Str), Plain),
    f(3, "template", Msg(core_v1_pod::POD_TEMPLATE_SPEC), Ptr),
];

pub(super) const REPLICATION_CONTROLLER_STATUS: &[Field] = &[
    f(1, "replicas", Int, Always),
    f(2, "fullyLabeledReplicas", Int, Plain),
    f(4, "readyReplicas", Int, Plain),
    f(5, "availableReplicas", Int, Plain),
    f(3, "observedGeneration", Int, Plain),
    f(6, "conditions", Msg(REPLICATION_CONTROLLER_CONDITION), Repeated),
];

pub(super) const REPLICATION_CONTROLLER_CONDITION: &[Field] = &[
    f(1, "type", Str, Always),
    f(2, "status", Str, Always),
    f(3, "lastTransitionTime", Time, Plain),
    f(4, "reason", Str, Plain),
    f(5, "message", Str, Plain),
];

pub(super) const LIMIT_RANGE: &[Field] =
    &[f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain), f(2, "spec", Msg(LIMIT_RANGE_SPEC), Plain)];

pub(super) const LIMIT_RANGE_SPEC: &[Field] = &[f(1, "limits", Msg(LIMIT_RANGE_ITEM), Repeated)];

pub(super) const LIMIT_RANGE_ITEM: &[Field] = &[
    f(1, "type", Str, Always),
    f(2, "max", Map(&Quantity), Plain),
    f(3, "min", Map(&Quantity), Plain),
    f(4, "default", Map(&Quantity), Plain),
    f(5, "defaultRequest", Map(&Quantity), Plain),
    f(6, "maxLimitRequestRatio", Map(&Quantity), Plain),
];

pub(super) const ENDPOINTS: &[Field] =
    &[f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain), f(2, "subsets", Msg(ENDPOINT_SUBSET), Repeated)];

pub(super) const ENDPOINT_SUBSET: &[Field] = &[
    f(1, "addresses", Msg(ENDPOINT_ADDRESS), Repeated),
    f(2, "notReadyAddresses", Msg(ENDPOINT_ADDRESS), Repeated),
    f(3, "ports", Msg(ENDPOINT_PORT), Repeated),
];

pub(super) const ENDPOINT_ADDRESS: &[Field] = &[
    f(1, "ip", Str, Always),
    f(3, "hostname", Str, Plain),
    f(4, "nodeName", Str, Ptr),
    f(2, "targetRef", Msg(OBJECT_REFERENCE), Ptr),
];

pub(super) const ENDPOINT_PORT: &[Field] =
    &[f(1, "name", Str, Plain), f(2, "port", Int, Always), f(3, "protocol", Str, Plain), f(4, "appProtocol", Str, Ptr)];

pub(super) const PERSISTENT_VOLUME_CLAIM: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(PERSISTENT_VOLUME_CLAIM_SPEC), Plain),
    f(3, "status", Msg(PERSISTENT_VOLUME_CLAIM_STATUS), Plain),
];

pub(super) const PERSISTENT_VOLUME_CLAIM_STATUS: &[Field] = &[
    f(1, "phase", Str, Plain),
    f(2, "accessModes", Str, Repeated),
    f(3, "capacity", Map(&Quantity), Plain),
    f(4, "conditions", Msg(PERSISTENT_VOLUME_CLAIM_CONDITION), Repeated),
    f(5, "allocatedResources", Map(&Quantity), Plain),
    f(7, "allocatedResourceStatuses", Map(&Str), Plain),
    f(8, "currentVolumeAttributesClassName", Str, Ptr),
    f(9, "modifyVolumeStatus", Msg(MODIFY_VOLUME_STATUS), Ptr),
];

pub(super) const PERSISTENT_VOLUME_CLAIM_CONDITION: &[Field] = &[
    f(1, "type", Str, Always),
    f(2, "status", Str, Always),
    f(3, "lastProbeTime", Time, Plain),
    f(4, "lastTransitionTime", Time, Plain),
    f(5, "reason", Str, Plain),
    f(6, "message", Str, Plain),
];

pub(super) const MODIFY_VOLUME_STATUS: &[Field] =
    &[f(1, "targetVolumeAttributesClassName", Str, Plain), f(2, "status", Str, Always)];

pub(super) const PERSISTENT_VOLUME: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(PERSISTENT_VOLUME_SPEC), Plain),
    f(3, "status", Msg(PERSISTENT_VOLUME_STATUS), Plain),
];

pub(super) const PERSISTENT_VOLUME_SPEC: &[Field] = &[
    f(1, "capacity", Map(&Quantity), Plain),
    f(2, "", Inline(core_v1_volume::PERSISTENT_VOLUME_SOURCE), Plain),
    f(3, "accessModes", Str, Repeated),
    f(4, "claimRef", Msg(OBJECT_REFERENCE), Ptr),
    f(5, "persistentVolumeReclaimPolicy", Str, Plain),
    f(6, "storageClassName", Str, Plain),
    f(7, "mountOptions", Str, Repeated),
    f(8, "volumeMode", Str, Ptr),
    f(9, "nodeAffinity", Msg(VOLUME_NODE_AFFINITY), Ptr),
    f(10, "volumeAttributesClassName", Str, Ptr),
];

pub(super) const VOLUME_NODE_AFFINITY: &[Field] = &[f(1, "required", Msg(NODE_SELECTOR), Ptr)];

pub(super) const PERSISTENT_VOLUME_STATUS: &[Field] = &[
    f(1, "phase", Str, Plain),
    f(2, "message", Str, Plain),
    f(3, "reason", Str, Plain),
    f(4, "lastPhaseTransitionTime", Time, Ptr),
];

pub(super) const NODE: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(NODE_SPEC), Plain),
    f(3, "status", Msg(NODE_STATUS), Plain),
];

pub(super) const NODE_SPEC: &[Field] = &[
    f(1, "podCIDR", Str, Plain),
    f(7, "podCIDRs", Str, Repeated),
    f(3, "providerID", Str, Plain),
    f(4, "unschedulable", Bool, Plain),
    f(5, "taints", Msg(TAINT), Repeated),
    f(6, "configSource", Msg(NODE_CONFIG_SOURCE), Ptr),
    f(2, "externalID", Str, Plain),
];

pub(super) const TAINT: &[Field] =
    &[f(1, "key", Str, Always), f(2, "value", Str, Plain), f(3, "effect", Str, Always), f(4, "timeAdded", Time, Ptr)];

pub(super) const NODE_CONFIG_SOURCE: &[Field] = &[f(2, "configMap", Msg(CONFIG_MAP_NODE_CONFIG_SOURCE), Ptr)];

pub(super) const CONFIG_MAP_NODE_CONFIG_SOURCE: &[Field] = &[
    f(1, "namespace", Str, Always),
    f(2, "name", Str, Always),
    f(3, "uid", Str, Plain),
    f(4, "resourceVersion", Str, Plain),
    f(5, "kubeletConfigKey", Str, Always),
];

pub(super) const NODE_STATUS: &[Field] = &[
    f(1, "capacity", Map(&Quantity), Plain),
    f(2, "allocatable", Map(&Quantity), Plain),
    f(3, "phase", Str, Plain),
    f(4, "conditions", Msg(NODE_CONDITION), Repeated),
    f(5, "addresses", Msg(NODE_ADDRESS), Repeated),
    f(6, "daemonEndpoints", Msg(NODE_DAEMON_ENDPOINTS), Plain),
    f(7, "nodeInfo", Msg(NODE_SYSTEM_INFO), Plain),
    f(8, "images", Msg(CONTAINER_IMAGE), Repeated),
    f(9, "volumesInUse", Str, Repeated),
    f(10, "volumesAttached", Msg(ATTACHED_VOLUME), Repeated),
    f(11, "config", Msg(NODE_CONFIG_STATUS), Ptr),
    f(12, "runtimeHandlers", Msg(NODE_RUNTIME_HANDLER), Repeated),
    f(13, "features", Msg(NODE_FEATURES), Ptr),
];

pub(super) const NODE_CONDITION: &[Field] = &[
    f(1, "type", Str, Always),
    f(2, "status", Str, Always),
    f(3, "lastHeartbeatTime", Time, Plain),
    f(4, "lastTransitionTime", Time, Plain),
    f(5, "reason", Str, Plain),
    f(6, "message", Str, Plain),
];

pub(super) const NODE_ADDRESS: &[Field] = &[f(1, "type", Str, Always), f(2, "address", Str, Always)];

pub(super) const NODE_DAEMON_ENDPOINTS: &[Field] = &[f(1, "kubeletEndpoint", Msg(DAEMON_ENDPOINT), Plain)];

pub(super) const DAEMON_ENDPOINT: &[Field] = &[f(1, "Port", Int, Always)];

pub(super) const NODE_SYSTEM_INFO: &[Field] = &[
    f(1, "machineID", Str, Always),
    f(2, "systemUUID", Str, Always),
    f(3, "bootID", Str, Always),
    f(4, "kernelVersion", Str, Always),
    f(5, "osImage", Str, Always),
    f(6, "containerRuntimeVersion", Str, Always),
    f(7, "kubeletVersion", Str, Always),
    f(8, "kubeProxyVersion", Str, Always),
    f(9, "operatingSystem", Str, Always),
    f(10, "architecture", Str, Always),
    f(11, "swap", Msg(NODE_SWAP_STATUS), Ptr),
];

pub(super) const NODE_SWAP_STATUS: &[Field] = &[f(1, "capacity", Int, Ptr)];

pub(super) const CONTAINER_IMAGE: &[Field] = &[f(1, "names", Str, Repeated), f(2, "sizeBytes", Int, Plain)];

pub(super) const ATTACHED_VOLUME: &[Field] = &[f(1, "name", Str, Always), f(2, "devicePath", Str, Always)];

pub(super) const NODE_CONFIG_STATUS: &[Field] = &[
    f(1, "assigned", Msg(NODE_CONFIG_SOURCE), Ptr),
    f(2, "active", Msg(NODE_CONFIG_SOURCE), Ptr),
    f(3, "lastKnownGood", Msg(NODE_CONFIG_SOURCE), Ptr),
    f(4, "error", Str, Plain),
];

pub(super) const NODE_RUNTIME_HANDLER: &[Field] =
    &[f(1, "name", Str, Always), f(2, "features", Msg(NODE_RUNTIME_HANDLER_FEATURES), Ptr)];

pub(super) const NODE_RUNTIME_HANDLER_FEATURES: &[Field] =
    &[f(1, "recursiveReadOnlyMounts", Bool, Ptr), f(2, "userNamespaces", Bool, Ptr)];

pub(super) const NODE_FEATURES: &[Field] = &[f(1, "supplementalGroupsPolicy", Bool, Ptr)];

pub(super) const BINDING: &[Field] =
    &[f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain), f(2, "target", Msg(OBJECT_REFERENCE), Plain)];

pub(super) const TOPOLOGY_SELECTOR_TERM: &[Field] =
    &[f(1, "matchLabelExpressions", Msg(TOPOLOGY_SELECTOR_LABEL_REQUIREMENT), Repeated)];

pub(super) const TOPOLOGY_SELECTOR_LABEL_REQUIREMENT: &[Field] =
    &[f(1, "key", Str, Always), f(2, "values", Str, Repeated)];
