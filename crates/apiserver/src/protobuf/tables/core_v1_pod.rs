//! `core/v1` field tables: the pod template: `PodSpec` and everything under it except volume sources.
//!
//! Numbers and names from k8s.io/api `core/v1/generated.proto` at v0.33.1; cardinality from the Go types'
//! struct tags (a `*T` field is `Ptr`, a scalar without `omitempty` is `Always`, `json:",inline"` is `Inline`).

use super::{core_v1, core_v1_volume, meta_v1};
use crate::protobuf::Card::{Always, Plain, Ptr, Repeated};
use crate::protobuf::Ty::{Bool, Inline, Int, IntOrString, Map, Msg, Quantity, Str, Time};
use crate::protobuf::{f, Field};

pub(super) const POD_SPEC: &[Field] = &[
    f(1, "volumes", Msg(VOLUME), Repeated),
    f(20, "initContainers", Msg(CONTAINER), Repeated),
    f(2, "containers", Msg(CONTAINER), Repeated),
    f(34, "ephemeralContainers", Msg(EPHEMERAL_CONTAINER), Repeated),
    f(3, "restartPolicy", Str, Plain),
    f(4, "terminationGracePeriodSeconds", Int, Ptr),
    f(5, "activeDeadlineSeconds", Int, Ptr),
    f(6, "dnsPolicy", Str, Plain),
    f(7, "nodeSelector", Map(&Str), Plain),
    f(8, "serviceAccountName", Str, Plain),
    f(9, "serviceAccount", Str, Plain),
    f(21, "automountServiceAccountToken", Bool, Ptr),
    f(10, "nodeName", Str, Plain),
    f(11, "hostNetwork", Bool, Plain),
    f(12, "hostPID", Bool, Plain),
    f(13, "hostIPC", Bool, Plain),
    f(27, "shareProcessNamespace", Bool, Ptr),
    f(14, "securityContext", Msg(POD_SECURITY_CONTEXT), Ptr),
    f(15, "imagePullSecrets", Msg(core_v1::LOCAL_OBJECT_REFERENCE), Repeated),
    f(16, "hostname", Str, Plain),
    f(17, "subdomain", Str, Plain),
    f(18, "affinity", Msg(AFFINITY), Ptr),
    f(19, "schedulerName", Str, Plain),
    f(22, "tolerations", Msg(core_v1::TOLERATION), Repeated),
    f(23, "hostAliases", Msg(HOST_ALIAS), Repeated),
    f(24, "priorityClassName", Str, Plain),
    f(25, "priority", Int, Ptr),
    f(26, "dnsConfig", Msg(POD_DNS_CONFIG), Ptr),
    f(28, "readinessGates", Msg(POD_READINESS_GATE), Repeated),
    f(29, "runtimeClassName", Str, Ptr),
    f(30, "enableServiceLinks", Bool, Ptr),
    f(31, "preemptionPolicy", Str, Ptr),
    f(32, "overhead", Map(&Quantity), Plain),
    f(33, "topologySpreadConstraints", Msg(TOPOLOGY_SPREAD_CONSTRAINT), Repeated),
    f(35, "setHostnameAsFQDN", Bool, Ptr),
    f(36, "os", Msg(POD_OS), Ptr),
    f(37, "hostUsers", Bool, Ptr),
    f(38, "schedulingGates", Msg(POD_SCHEDULING_GATE), Repeated),
    f(39, "resourceClaims", Msg(POD_RESOURCE_CLAIM), Repeated),
    f(40, "resources", Msg(RESOURCE_REQUIREMENTS), Ptr),
];

pub(super) const VOLUME: &[Field] =
    &[f(1, "name", Str, Always), f(2, "", Inline(core_v1_volume::VOLUME_SOURCE), Plain)];

pub(super) const OBJECT_FIELD_SELECTOR: &[Field] = &[f(1, "apiVersion", Str, Plain), f(2, "fieldPath", Str, Always)];

pub(super) const RESOURCE_FIELD_SELECTOR: &[Field] =
    &[f(1, "containerName", Str, Plain), f(2, "resource", Str, Always), f(3, "divisor", Quantity, Plain)];

pub(super) const CONTAINER: &[Field] = &[
    f(1, "name", Str, Always),
    f(2, "image", Str, Plain),
    f(3, "command", Str, Repeated),
    f(4, "args", Str, Repeated),
    f(5, "workingDir", Str, Plain),
    f(6, "ports", Msg(CONTAINER_PORT), Repeated),
    f(19, "envFrom", Msg(ENV_FROM_SOURCE), Repeated),
    f(7, "env", Msg(ENV_VAR), Repeated),
    f(8, "resources", Msg(RESOURCE_REQUIREMENTS), Plain),
    f(23, "resizePolicy", Msg(CONTAINER_RESIZE_POLICY), Repeated),
    f(24, "restartPolicy", Str, Ptr),
    f(9, "volumeMounts", Msg(VOLUME_MOUNT), Repeated),
    f(21, "volumeDevices", Msg(VOLUME_DEVICE), Repeated),
    f(10, "livenessProbe", Msg(PROBE), Ptr),
    f(11, "readinessProbe", Msg(PROBE), Ptr),
    f(22, "startupProbe", Msg(PROBE), Ptr),
    f(12, "lifecycle", Msg(LIFECYCLE), Ptr),
    f(13, "terminationMessagePath", Str, Plain),
    f(20, "terminationMessagePolicy", Str, Plain),
    f(14, "imagePullPolicy", Str, Plain),
    f(15, "securityContext", Msg(SECURITY_CONTEXT), Ptr),
    f(16, "stdin", Bool, Plain),
    f(17, "stdinOnce", Bool, Plain),
    f(18, "tty", Bool, Plain),
];

pub(super) const CONTAINER_PORT: &[Field] = &[
    f(1, "name", Str, Plain),
    f(2, "hostPort", Int, Plain),
    f(3, "containerPort", Int, Always),
    f(4, "protocol", Str, Plain),
    f(5, "hostIP", Str, Plain),
];

pub(super) const ENV_FROM_SOURCE: &[Field] = &[
    f(1, "prefix", Str, Plain),
    f(2, "configMapRef", Msg(CONFIG_MAP_ENV_SOURCE), Ptr),
    f(3, "secretRef", Msg(SECRET_ENV_SOURCE), Ptr),
];

pub(super) const CONFIG_MAP_ENV_SOURCE: &[Field] =
    &[f(1, "", Inline(core_v1::LOCAL_OBJECT_REFERENCE), Plain), f(2, "optional", Bool, Ptr)];

pub(super) const SECRET_ENV_SOURCE: &[Field] =
    &[f(1, "", Inline(core_v1::LOCAL_OBJECT_REFERENCE), Plain), f(2, "optional", Bool, Ptr)];

pub(super) const ENV_VAR: &[Field] =
    &[f(1, "name", Str, Always), f(2, "value", Str, Plain), f(3, "valueFrom", Msg(ENV_VAR_SOURCE), Ptr)];

pub(super) const ENV_VAR_SOURCE: &[Field] = &[
    f(1, "fieldRef", Msg(OBJECT_FIELD_SELECTOR), Ptr),
    f(2, "resourceFieldRef", Msg(RESOURCE_FIELD_SELECTOR), Ptr),
    f(3, "configMapKeyRef", Msg(CONFIG_MAP_KEY_SELECTOR), Ptr),
    f(4, "secretKeyRef", Msg(SECRET_KEY_SELECTOR), Ptr),
];

pub(super) const CONFIG_MAP_KEY_SELECTOR: &[Field] =
    &[f(1, "", Inline(core_v1::LOCAL_OBJECT_REFERENCE), Plain), f(2, "key", Str, Always), f(3, "optional", Bool, Ptr)];

pub(super) const SECRET_KEY_SELECTOR: &[Field] =
    &[f(1, "", Inline(core_v1::LOCAL_OBJECT_REFERENCE), Plain), f(2, "key", Str, Always), f(3, "optional", Bool, Ptr)];

pub(super) const RESOURCE_REQUIREMENTS: &[Field] = &[
    f(1, "limits", Map(&Quantity), Plain),
    f(2, "requests", Map(&Quantity), Plain),
    f(3, "claims", Msg(RESOURCE_CLAIM), Repeated),
];

pub(super) const RESOURCE_CLAIM: &[Field] = &[f(1, "name", Str, Always), f(2, "request", Str, Plain)];

pub(super) const CONTAINER_RESIZE_POLICY: &[Field] =
    &[f(1, "resourceName", Str, Always), f(2, "restartPolicy", Str, Always)];

pub(super) const VOLUME_MOUNT: &[Field] = &[
    f(1, "name", Str, Always),
    f(2, "readOnly", Bool, Plain),
    f(7, "recursiveReadOnly", Str, Ptr),
    f(3, "mountPath", Str, Always),
    f(4, "subPath", Str, Plain),
    f(5, "mountPropagation", Str, Ptr),
    f(6, "subPathExpr", Str, Plain),
];

pub(super) const VOLUME_DEVICE: &[Field] = &[f(1, "name", Str, Always), f(2, "devicePath", Str, Always)];

pub(super) const PROBE: &[Field] = &[
    f(1, "", Inline(PROBE_HANDLER), Plain),
    f(2, "initialDelaySeconds", Int, Plain),
    f(3, "timeoutSeconds", Int, Plain),
    f(4, "periodSeconds", Int, Plain),
    f(5, "successThreshold", Int, Plain),
    f(6, "failureThreshold", Int, Plain),
    f(7, "terminationGracePeriodSeconds", Int, Ptr),
];

pub(super) const PROBE_HANDLER: &[Field] = &[
    f(1, "exec", Msg(EXEC_ACTION), Ptr),
    f(2, "httpGet", Msg(HTTP_GET_ACTION), Ptr),
    f(3, "tcpSocket", Msg(TCP_SOCKET_ACTION), Ptr),
    f(4, "grpc", Msg(GRPC_ACTION), Ptr),
];

pub(super) const EXEC_ACTION: &[Field] = &[f(1, "command", Str, Repeated)];

pub(super) const HTTP_GET_ACTION: &[Field] = &[
    f(1, "path", Str, Plain),
    f(2, "port", IntOrString, Plain),
    f(3, "host", Str, Plain),
    f(4, "scheme", Str, Plain),
    f(5, "httpHeaders", Msg(HTTP_HEADER), Repeated),
];

pub(super) const HTTP_HEADER: &[Field] = &[f(1, "name", Str, Always), f(2, "value", Str, Always)];

pub(super) const TCP_SOCKET_ACTION: &[Field] = &[f(1, "port", IntOrString, Plain), f(2, "host", Str, Plain)];

pub(super) const GRPC_ACTION: &[Field] = &[f(1, "port", Int, Always), f(2, "service", Str, Ptr)];

pub(super) const LIFECYCLE: &[Field] = &[
    f(1, "postStart", Msg(LIFECYCLE_HANDLER), Ptr),
    f(2, "preStop", Msg(LIFECYCLE_HANDLER), Ptr),
    f(3, "stopSignal", Str, Ptr),
];

pub(super) const LIFECYCLE_HANDLER: &[Field] = &[
    f(1, "exec", Msg(EXEC_ACTION), Ptr),
    f(2, "httpGet", Msg(HTTP_GET_ACTION), Ptr),
    f(3, "tcpSocket", Msg(TCP_SOCKET_ACTION), Ptr),
    f(4, "sleep", Msg(SLEEP_ACTION), Ptr),
];

pub(super) const SLEEP_ACTION: &[Field] = &[f(1, "seconds", Int, Always)];

pub(super) const SECURITY_CONTEXT: &[Field] = &[
    f(1, "capabilities", Msg(CAPABILITIES), Ptr),
    f(2, "privileged", Bool, Ptr),
    f(3, "seLinuxOptions", Msg(SE_LINUX_OPTIONS), Ptr),
    f(10, "windowsOptions", Msg(WINDOWS_SECURITY_CONTEXT_OPTIONS), Ptr),
    f(4, "runAsUser", Int, Ptr),
    f(8, "runAsGroup", Int, Ptr),
    f(5, "runAsNonRoot", Bool, Ptr),
    f(6, "readOnlyRootFilesystem", Bool, Ptr),
    f(7, "allowPrivilegeEscalation", Bool, Ptr),
    f(9, "procMount", Str, Ptr),
    f(11, "seccompProfile", Msg(SECCOMP_PROFILE), Ptr),
    f(12, "appArmorProfile", Msg(APP_ARMOR_PROFILE), Ptr),
];

pub(super) const CAPABILITIES: &[Field] = &[f(1, "add", Str, Repeated), f(2, "drop", Str, Repeated)];

pub(super) const SE_LINUX_OPTIONS: &[Field] =
    &[f(1, "user", Str, Plain), f(2, "role", Str, Plain), f(3, "type", Str, Plain), f(4, "level", Str, Plain)];

pub(super) const WINDOWS_SECURITY_CONTEXT_OPTIONS: &[Field] = &[
    f(1, "gmsaCredentialSpecName", Str, Ptr),
    f(2, "gmsaCredentialSpec", Str, Ptr),
    f(3, "runAsUserName", Str, Ptr),
    f(4, "hostProcess", Bool, Ptr),
];

pub(super) const SECCOMP_PROFILE: &[Field] = &[f(1, "type", Str, Always), f(2, "localhostProfile", Str, Ptr)];

pub(super) const APP_ARMOR_PROFILE: &[Field] = &[f(1, "type", Str, Always), f(2, "localhostProfile", Str, Ptr)];

pub(super) const EPHEMERAL_CONTAINER: &[Field] =
    &[f(1, "", Inline(EPHEMERAL_CONTAINER_COMMON), Plain), f(2, "targetContainerName", Str, Plain)];

pub(super) const EPHEMERAL_CONTAINER_COMMON: &[Field] = &[
    f(1, "name", Str, Always),
    f(2, "image", Str, Plain),
    f(3, "command", Str, Repeated),
    f(4, "args", Str, Repeated),
    f(5, "workingDir", Str, Plain),
    f(6, "ports", Msg(CONTAINER_PORT), Repeated),
    f(19, "envFrom", Msg(ENV_FROM_SOURCE), Repeated),
    f(7, "env", Msg(ENV_VAR), Repeated),
    f(8, "resources", Msg(RESOURCE_REQUIREMENTS), Plain),
    f(23, "resizePolicy", Msg(CONTAINER_RESIZE_POLICY), Repeated),
    f(24, "restartPolicy", Str, Ptr),
    f(9, "volumeMounts", Msg(VOLUME_MOUNT), Repeated),
    f(21, "volumeDevices", Msg(VOLUME_DEVICE), Repeated),
    f(10, "livenessProbe", Msg(PROBE), Ptr),
    f(11, "readinessProbe", Msg(PROBE), Ptr),
    f(22, "startupProbe", Msg(PROBE), Ptr),
    f(12, "lifecycle", Msg(LIFECYCLE), Ptr),
    f(13, "terminationMessagePath", Str, Plain),
    f(20, "terminationMessagePolicy", Str, Plain),
    f(14, "imagePullPolicy", Str, Plain),
    f(15, "securityContext", Msg(SECURITY_CONTEXT), Ptr),
    f(16, "stdin", Bool, Plain),
    f(17, "stdinOnce", Bool, Plain),
    f(18, "tty", Bool, Plain),
];

pub(super) const POD_SECURITY_CONTEXT: &[Field] = &[
    f(1, "seLinuxOptions", Msg(SE_LINUX_OPTIONS), Ptr),
    f(8, "windowsOptions", Msg(WINDOWS_SECURITY_CONTEXT_OPTIONS), Ptr),
    f(2, "runAsUser", Int, Ptr),
    f(6, "runAsGroup", Int, Ptr),
    f(3, "runAsNonRoot", Bool, Ptr),
    f(4, "supplementalGroups", Int, Repeated),
    f(12, "supplementalGroupsPolicy", Str, Ptr),
    f(5, "fsGroup", Int, Ptr),
    f(7, "sysctls", Msg(SYSCTL), Repeated),
    f(9, "fsGroupChangePolicy", Str, Ptr),
    f(10, "seccompProfile", Msg(SECCOMP_PROFILE), Ptr),
    f(11, "appArmorProfile", Msg(APP_ARMOR_PROFILE), Ptr),
    f(13, "seLinuxChangePolicy", Str, Ptr),
];

pub(super) const SYSCTL: &[Field] = &[f(1, "name", Str, Always), f(2, "value", Str, Always)];

pub(super) const AFFINITY: &[Field] = &[
    f(1, "nodeAffinity", Msg(NODE_AFFINITY), Ptr),
    f(2, "podAffinity", Msg(POD_AFFINITY), Ptr),
    f(3, "podAntiAffinity", Msg(POD_ANTI_AFFINITY), Ptr),
];

pub(super) const NODE_AFFINITY: &[Field] = &[
    f(1, "requiredDuringSchedulingIgnoredDuringExecution", Msg(core_v1::NODE_SELECTOR), Ptr),
    f(2, "preferredDuringSchedulingIgnoredDuringExecution", Msg(PREFERRED_SCHEDULING_TERM), Repeated),
];

pub(super) const PREFERRED_SCHEDULING_TERM: &[Field] =
    &[f(1, "weight", Int, Always), f(2, "preference", Msg(core_v1::NODE_SELECTOR_TERM), Plain)];

pub(super) const POD_AFFINITY: &[Field] = &[
    f(1, "requiredDuringSchedulingIgnoredDuringExecution", Msg(POD_AFFINITY_TERM), Repeated),
    f(2, "preferredDuringSchedulingIgnoredDuringExecution", Msg(WEIGHTED_POD_AFFINITY_TERM), Repeated),
];

pub(super) const POD_AFFINITY_TERM: &[Field] = &[
    f(1, "labelSelector", Msg(meta_v1::LABEL_SELECTOR), Ptr),
    f(2, "namespaces", Str, Repeated),
    f(3, "topologyKey", Str, Always),
    f(4, "namespaceSelector", Msg(meta_v1::LABEL_SELECTOR), Ptr),
    f(5, "matchLabelKeys", Str, Repeated),
    f(6, "mismatchLabelKeys", Str, Repeated),
];

pub(super) const WEIGHTED_POD_AFFINITY_TERM: &[Field] =
    &[f(1, "weight", Int, Always), f(2, "podAffinityTerm", Msg(POD_AFFINITY_TERM), Plain)];

pub(super) const POD_ANTI_AFFINITY: &[Field] = &[
    f(1, "requiredDuringSchedulingIgnoredDuringExecution", Msg(POD_AFFINITY_TERM), Repeated),
    f(2, "preferredDuringSchedulingIgnoredDuringExecution", Msg(WEIGHTED_POD_AFFINITY_TERM), Repeated),
];

pub(super) const HOST_ALIAS: &[Field] = &[f(1, "ip", Str, Always), f(2, "hostnames", Str, Repeated)];

pub(super) const POD_DNS_CONFIG: &[Field] = &[
    f(1, "nameservers", Str, Repeated),
    f(2, "searches", Str, Repeated),
    f(3, "options", Msg(POD_DNS_CONFIG_OPTION), Repeated),
];

pub(super) const POD_DNS_CONFIG_OPTION: &[Field] = &[f(1, "name", Str, Plain), f(2, "value", Str, Ptr)];

pub(super) const POD_READINESS_GATE: &[Field] = &[f(1, "conditionType", Str, Always)];

pub(super) const TOPOLOGY_SPREAD_CONSTRAINT: &[Field] = &[
    f(1, "maxSkew", Int, Always),
    f(2, "topologyKey", Str, Always),
    f(3, "whenUnsatisfiable", Str, Always),
    f(4, "labelSelector", Msg(meta_v1::LABEL_SELECTOR), Ptr),
    f(5, "minDomains", Int, Ptr),
    f(6, "nodeAffinityPolicy", Str, Ptr),
    f(7, "nodeTaintsPolicy", Str, Ptr),
    f(8, "matchLabelKeys", Str, Repeated),
];

pub(super) const POD_OS: &[Field] = &[f(1, "name", Str, Always)];

pub(super) const POD_SCHEDULING_GATE: &[Field] = &[f(1, "name", Str, Always)];

pub(super) const POD_RESOURCE_CLAIM: &[Field] =
    &[f(1, "name", Str, Always), f(3, "resourceClaimName", Str, Ptr), f(4, "resourceClaimTemplateName", Str, Ptr)];

pub(super) const POD_STATUS: &[Field] = &[
    f(17, "observedGeneration", Int, Plain),
    f(1, "phase", Str, Plain),
    f(2, "conditions", Msg(POD_CONDITION), Repeated),
    f(3, "message", Str, Plain),
    f(4, "reason", Str, Plain),
    f(11, "nominatedNodeName", Str, Plain),
    f(5, "hostIP", Str, Plain),
    f(16, "hostIPs", Msg(HOST_IP), Repeated),
    f(6, "podIP", Str, Plain),
    f(12, "podIPs", Msg(POD_IP), Repeated),
    f(7, "startTime", Time, Ptr),
    f(10, "initContainerStatuses", Msg(CONTAINER_STATUS), Repeated),
    f(8, "containerStatuses", Msg(CONTAINER_STATUS), Repeated),
    f(9, "qosClass", Str, Plain),
    f(13, "ephemeralContainerStatuses", Msg(CONTAINER_STATUS), Repeated),
    f(14, "resize", Str, Plain),
    f(15, "resourceClaimStatuses", Msg(POD_RESOURCE_CLAIM_STATUS), Repeated),
];

pub(super) const POD_CONDITION: &[Field] = &[
    f(1, "type", Str, Always),
    f(7, "observedGeneration", Int, Plain),
    f(2, "status", Str, Always),
    f(3, "lastProbeTime", Time, Plain),
    f(4, "lastTransitionTime", Time, Plain),
    f(5, "reason", Str, Plain),
    f(6, "message", Str, Plain),
];

pub(super) const HOST_IP: &[Field] = &[f(1, "ip", Str, Always)];

pub(super) const POD_IP: &[Field] = &[f(1, "ip", Str, Always)];

pub(super) const CONTAINER_STATUS: &[Field] = &[
    f(1, "name", Str, Always),
    f(2, "state", Msg(CONTAINER_STATE), Plain),
    f(3, "lastState", Msg(CONTAINER_STATE), Plain),
    f(4, "ready", Bool, Always),
    f(5, "restartCount", Int, Always),
    f(6, "image", Str, Always),
    f(7, "imageID", Str, Always),
    f(8, "containerID", Str, Plain),
    f(9, "started", Bool, Ptr),
    f(10, "allocatedResources", Map(&Quantity), Plain),
    f(11, "resources", Msg(RESOURCE_REQUIREMENTS), Ptr),
    f(12, "volumeMounts", Msg(VOLUME_MOUNT_STATUS), Repeated),
    f(13, "user", Msg(CONTAINER_USER), Ptr),
    f(14, "allocatedResourcesStatus", Msg(RESOURCE_STATUS), Repeated),
    f(15, "stopSignal", Str, Ptr),
];

pub(super) const CONTAINER_STATE: &[Field] = &[
    f(1, "waiting", Msg(CONTAINER_STATE_WAITING), Ptr),
    f(2, "running", Msg(CONTAINER_STATE_RUNNING), Ptr),
    f(3, "terminated", Msg(CONTAINER_STATE_TERMINATED), Ptr),
];

pub(super) const CONTAINER_STATE_WAITING: &[Field] = &[f(1, "reason", Str, Plain), f(2, "message", Str, Plain)];

pub(super) const CONTAINER_STATE_RUNNING: &[Field] = &[f(1, "startedAt", Time, Plain)];

pub(super) const CONTAINER_STATE_TERMINATED: &[Field] = &[
    f(1, "exitCode", Int, Always),
    f(2, "signal", Int, Plain),
    f(3, "reason", Str, Plain),
    f(4, "message", Str, Plain),
    f(5, "startedAt", Time, Plain),
    f(6, "finishedAt", Time, Plain),
    f(7, "containerID", Str, Plain),
];

pub(super) const VOLUME_MOUNT_STATUS: &[Field] = &[
    f(1, "name", Str, Always),
    f(2, "mountPath", Str, Always),
    f(3, "readOnly", Bool, Plain),
    f(4, "recursiveReadOnly", Str, Ptr),
];

pub(super) const CONTAINER_USER: &[Field] = &[f(1, "linux", Msg(LINUX_CONTAINER_USER), Ptr)];

pub(super) const LINUX_CONTAINER_USER: &[Field] =
    &[f(1, "uid", Int, Always), f(2, "gid", Int, Always), f(3, "supplementalGroups", Int, Repeated)];

pub(super) const RESOURCE_STATUS: &[Field] =
    &[f(1, "name", Str, Always), f(2, "resources", Msg(RESOURCE_HEALTH), Repeated)];

pub(super) const RESOURCE_HEALTH: &[Field] = &[f(1, "resourceID", Str, Always), f(2, "health", Str, Plain)];

pub(super) const POD_RESOURCE_CLAIM_STATUS: &[Field] =
    &[f(1, "name", Str, Always), f(2, "resourceClaimName", Str, Ptr)];

pub(super) const POD_TEMPLATE_SPEC: &[Field] =
    &[f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain), f(2, "spec", Msg(POD_SPEC), Plain)];
