//! `storage/v1` field tables.
//!
//! Numbers and names from k8s.io/api `storage/v1/generated.proto` at v0.33.1; cardinality from the Go types'
//! struct tags (a `*T` field is `Ptr`, a scalar without `omitempty` is `Always`, `json:",inline"` is `Inline`).

use super::{core_v1, meta_v1};
use crate::protobuf::Card::{Always, Plain, Ptr, Repeated};
use crate::protobuf::Ty::{Bool, Int, Map, Msg, Quantity, Str, Time};
use crate::protobuf::{f, Field};

pub(super) const STORAGE_CLASS: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "provisioner", Str, Always),
    f(3, "parameters", Map(&Str), Plain),
    f(4, "reclaimPolicy", Str, Ptr),
    f(5, "mountOptions", Str, Repeated),
    f(6, "allowVolumeExpansion", Bool, Ptr),
    f(7, "volumeBindingMode", Str, Ptr),
    f(8, "allowedTopologies", Msg(core_v1::TOPOLOGY_SELECTOR_TERM), Repeated),
];

pub(super) const CSI_DRIVER: &[Field] =
    &[f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain), f(2, "spec", Msg(CSI_DRIVER_SPEC), Plain)];

pub(super) const CSI_DRIVER_SPEC: &[Field] = &[
    f(1, "attachRequired", Bool, Ptr),
    f(2, "podInfoOnMount", Bool, Ptr),
    f(3, "volumeLifecycleModes", Str, Repeated),
    f(4, "storageCapacity", Bool, Ptr),
    f(5, "fsGroupPolicy", Str, Ptr),
    f(6, "tokenRequests", Msg(TOKEN_REQUEST), Repeated),
    f(7, "requiresRepublish", Bool, Ptr),
    f(8, "seLinuxMount", Bool, Ptr),
    f(9, "nodeAllocatableUpdatePeriodSeconds", Int, Ptr),
];

pub(super) const TOKEN_REQUEST: &[Field] = &[f(1, "audience", Str, Always), f(2, "expirationSeconds", Int, Ptr)];

pub(super) const CSI_NODE: &[Field] =
    &[f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain), f(2, "spec", Msg(CSI_NODE_SPEC), Plain)];

pub(super) const CSI_NODE_SPEC: &[Field] = &[f(1, "drivers", Msg(CSI_NODE_DRIVER), Repeated)];

pub(super) const CSI_NODE_DRIVER: &[Field] = &[
    f(1, "name", Str, Always),
    f(2, "nodeID", Str, Always),
    f(3, "topologyKeys", Str, Repeated),
    f(4, "allocatable", Msg(VOLUME_NODE_RESOURCES), Ptr),
];

pub(super) const VOLUME_NODE_RESOURCES: &[Field] = &[f(1, "count", Int, Ptr)];

pub(super) const CSI_STORAGE_CAPACITY: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "nodeTopology", Msg(meta_v1::LABEL_SELECTOR), Ptr),
    f(3, "storageClassName", Str, Always),
    f(4, "capacity", Quantity, Ptr),
    f(5, "maximumVolumeSize", Quantity, Ptr),
];

pub(super) const VOLUME_ATTACHMENT: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(VOLUME_ATTACHMENT_SPEC), Plain),
    f(3, "status", Msg(VOLUME_ATTACHMENT_STATUS), Plain),
];

pub(super) const VOLUME_ATTACHMENT_SPEC: &[Field] = &[
    f(1, "attacher", Str, Always),
    f(2, "source", Msg(VOLUME_ATTACHMENT_SOURCE), Plain),
    f(3, "nodeName", Str, Always),
];

pub(super) const VOLUME_ATTACHMENT_SOURCE: &[Field] =
    &[f(1, "persistentVolumeName", Str, Ptr), f(2, "inlineVolumeSpec", Msg(core_v1::PERSISTENT_VOLUME_SPEC), Ptr)];

pub(super) const VOLUME_ATTACHMENT_STATUS: &[Field] = &[
    f(1, "attached", Bool, Always),
    f(2, "attachmentMetadata", Map(&Str), Plain),
    f(3, "attachError", Msg(VOLUME_ERROR), Ptr),
    f(4, "detachError", Msg(VOLUME_ERROR), Ptr),
];

pub(super) const VOLUME_ERROR: &[Field] =
    &[f(1, "time", Time, Plain), f(2, "message", Str, Plain), f(3, "errorCode", Int, Ptr)];
