//! `apps/v1` field tables.
//!
//! Numbers and names from k8s.io/api `apps/v1/generated.proto` at v0.33.1; cardinality from the Go types'
//! struct tags (a `*T` field is `Ptr`, a scalar without `omitempty` is `Always`, `json:",inline"` is `Inline`).

use super::{core_v1, core_v1_pod, meta_v1};
use crate::protobuf::Card::{Always, Plain, Ptr, Repeated};
use crate::protobuf::Ty::{Bool, Int, IntOrString, Msg, RawJson, Str, Time};
use crate::protobuf::{f, Field};

pub(super) const DEPLOYMENT: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(DEPLOYMENT_SPEC), Plain),
    f(3, "status", Msg(DEPLOYMENT_STATUS), Plain),
];

pub(super) const DEPLOYMENT_SPEC: &[Field] = &[
    f(1, "replicas", Int, Ptr),
    f(2, "selector", Msg(meta_v1::LABEL_SELECTOR), Ptr),
    f(3, "template", Msg(core_v1_pod::POD_TEMPLATE_SPEC), Plain),
    f(4, "strategy", Msg(DEPLOYMENT_STRATEGY), Plain),
    f(5, "minReadySeconds", Int, Plain),
    f(6, "revisionHistoryLimit", Int, Ptr),
    f(7, "paused", Bool, Plain),
    f(9, "progressDeadlineSeconds", Int, Ptr),
];

pub(super) const DEPLOYMENT_STRATEGY: &[Field] =
    &[f(1, "type", Str, Plain), f(2, "rollingUpdate", Msg(ROLLING_UPDATE_DEPLOYMENT), Ptr)];

pub(super) const ROLLING_UPDATE_DEPLOYMENT: &[Field] =
    &[f(1, "maxUnavailable", IntOrString, Ptr), f(2, "maxSurge", IntOrString, Ptr)];

pub(super) const DEPLOYMENT_STATUS: &[Field] = &[
    f(1, "observedGeneration", Int, Plain),
    f(2, "replicas", Int, Plain),
    f(3, "updatedReplicas", Int, Plain),
    f(7, "readyReplicas", Int, Plain),
    f(4, "availableReplicas", Int, Plain),
    f(5, "unavailableReplicas", Int, Plain),
    f(9, "terminatingReplicas", Int, Ptr),
    f(6, "conditions", Msg(DEPLOYMENT_CONDITION), Repeated),
    f(8, "collisionCount", Int, Ptr),
];

pub(super) const DEPLOYMENT_CONDITION: &[Field] = &[
    f(1, "type", Str, Always),
    f(2, "status", Str, Always),
    f(6, "lastUpdateTime", Time, Plain),
    f(7, "lastTransitionTime", Time, Plain),
    f(4, "reason", Str, Plain),
    f(5, "message", Str, Plain),
];

pub(super) const REPLICA_SET: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(REPLICA_SET_SPEC), Plain),
    f(3, "status", Msg(REPLICA_SET_STATUS), Plain),
];

pub(super) const REPLICA_SET_SPEC: &[Field] = &[
    f(1, "replicas", Int, Ptr),
    f(4, "minReadySeconds", Int, Plain),
    f(2, "selector", Msg(meta_v1::LABEL_SELECTOR), Ptr),
    f(3, "template", Msg(core_v1_pod::POD_TEMPLATE_SPEC), Plain),
];

pub(super) const REPLICA_SET_STATUS: &[Field] = &[
    f(1, "replicas", Int, Always),
    f(2, "fullyLabeledReplicas", Int, Plain),
    f(4, "readyReplicas", Int, Plain),
    f(5, "availableReplicas", Int, Plain),
    f(7, "terminatingReplicas", Int, Ptr),
    f(3, "observedGeneration", Int, Plain),
    f(6, "conditions", Msg(REPLICA_SET_CONDITION), Repeated),
];

pub(super) const REPLICA_SET_CONDITION: &[Field] = &[
    f(1, "type", Str, Always),
    f(2, "status", Str, Always),
    f(3, "lastTransitionTime", Time, Plain),
    f(4, "reason", Str, Plain),
    f(5, "message", Str, Plain),
];

pub(super) const STATEFUL_SET: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(STATEFUL_SET_SPEC), Plain),
    f(3, "status", Msg(STATEFUL_SET_STATUS), Plain),
];

pub(super) const STATEFUL_SET_SPEC: &[Field] = &[
    f(1, "replicas", Int, Ptr),
    f(2, "selector", Msg(meta_v1::LABEL_SELECTOR), Ptr),
    f(3, "template", Msg(core_v1_pod::POD_TEMPLATE_SPEC), Plain),
    f(4, "volumeClaimTemplates", Msg(core_v1::PERSISTENT_VOLUME_CLAIM), Repeated),
    f(5, "serviceName", Str, Always),
    f(6, "podManagementPolicy", Str, Plain),
    f(7, "updateStrategy", Msg(STATEFUL_SET_UPDATE_STRATEGY), Plain),
    f(8, "revisionHistoryLimit", Int, Ptr),
    f(9, "minReadySeconds", Int, Plain),
    f(10, "persistentVolumeClaimRetentionPolicy", Msg(STATEFUL_SET_PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY), Ptr),
    f(11, "ordinals", Msg(STATEFUL_SET_ORDINALS), Ptr),
];

pub(super) const STATEFUL_SET_UPDATE_STRATEGY: &[Field] =
    &[f(1, "type", Str, Plain), f(2, "rollingUpdate", Msg(ROLLING_UPDATE_STATEFUL_SET_STRATEGY), Ptr)];

pub(super) const ROLLING_UPDATE_STATEFUL_SET_STRATEGY: &[Field] =
    &[f(1, "partition", Int, Ptr), f(2, "maxUnavailable", IntOrString, Ptr)];

pub(super) const STATEFUL_SET_PERSISTENT_VOLUME_CLAIM_RETENTION_POLICY: &[Field] =
    &[f(1, "whenDeleted", Str, Plain), f(2, "whenScaled", Str, Plain)];

pub(super) const STATEFUL_SET_ORDINALS: &[Field] = &[f(1, "start", Int, Always)];

pub(super) const STATEFUL_SET_STATUS: &[Field] = &[
    f(1, "observedGeneration", Int, Plain),
    f(2, "replicas", Int, Always),
    f(3, "readyReplicas", Int, Plain),
    f(4, "currentReplicas", Int, Plain),
    f(5, "updatedReplicas", Int, Plain),
    f(6, "currentRevision", Str, Plain),
    f(7, "updateRevision", Str, Plain),
    f(9, "collisionCount", Int, Ptr),
    f(10, "conditions", Msg(STATEFUL_SET_CONDITION), Repeated),
    f(11, "availableReplicas", Int, Always),
];

pub(super) const STATEFUL_SET_CONDITION: &[Field] = &[
    f(1, "type", Str, Always),
    f(2, "status", Str, Always),
    f(3, "lastTransitionTime", Time, Plain),
    f(4, "reason", Str, Plain),
    f(5, "message", Str, Plain),
];

pub(super) const DAEMON_SET: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(DAEMON_SET_SPEC), Plain),
    f(3, "status", Msg(DAEMON_SET_STATUS), Plain),
];

pub(super) const DAEMON_SET_SPEC: &[Field] = &[
    f(1, "selector", Msg(meta_v1::LABEL_SELECTOR), Ptr),
    f(2, "template", Msg(core_v1_pod::POD_TEMPLATE_SPEC), Plain),
    f(3, "updateStrategy", Msg(DAEMON_SET_UPDATE_STRATEGY), Plain),
    f(4, "minReadySeconds", Int, Plain),
    f(6, "revisionHistoryLimit", Int, Ptr),
];

pub(super) const DAEMON_SET_UPDATE_STRATEGY: &[Field] =
    &[f(1, "type", Str, Plain), f(2, "rollingUpdate", Msg(ROLLING_UPDATE_DAEMON_SET), Ptr)];

pub(super) const ROLLING_UPDATE_DAEMON_SET: &[Field] =
    &[f(1, "maxUnavailable", IntOrString, Ptr), f(2, "maxSurge", IntOrString, Ptr)];

pub(super) const DAEMON_SET_STATUS: &[Field] = &[
    f(1, "currentNumberScheduled", Int, Always),
    f(2, "numberMisscheduled", Int, Always),
    f(3, "desiredNumberScheduled", Int, Always),
    f(4, "numberReady", Int, Always),
    f(5, "observedGeneration", Int, Plain),
    f(6, "updatedNumberScheduled", Int, Plain),
    f(7, "numberAvailable", Int, Plain),
    f(8, "numberUnavailable", Int, Plain),
    f(9, "collisionCount", Int, Ptr),
    f(10, "conditions", Msg(DAEMON_SET_CONDITION), Repeated),
];

pub(super) const DAEMON_SET_CONDITION: &[Field] = &[
    f(1, "type", Str, Always),
    f(2, "status", Str, Always),
    f(3, "lastTransitionTime", Time, Plain),
    f(4, "reason", Str, Plain),
    f(5, "message", Str, Plain),
];

pub(super) const CONTROLLER_REVISION: &[Field] =
    &[f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain), f(2, "data", RawJson, Plain), f(3, "revision", Int, Always)];
