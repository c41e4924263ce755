//! `autoscaling/v1` field tables.
//!
//! Numbers and names from k8s.io/api `autoscaling/v1/generated.proto` at v0.33.1; cardinality from the Go types'
//! struct tags (a `*T` field is `Ptr`, a scalar without `omitempty` is `Always`, `json:",inline"` is `Inline`).

use super::meta_v1;
use crate::protobuf::Card::{Always, Plain, Ptr};
use crate::protobuf::Ty::{Int, Msg, Str, Time};
use crate::protobuf::{f, Field};

pub(super) const HORIZONTAL_POD_AUTOSCALER: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(HORIZONTAL_POD_AUTOSCALER_SPEC), Plain),
    f(3, "status", Msg(HORIZONTAL_POD_AUTOSCALER_STATUS), Plain),
];

pub(super) const HORIZONTAL_POD_AUTOSCALER_SPEC: &[Field] = &[
    f(1, "scaleTargetRef", Msg(CROSS_VERSION_OBJECT_REFERENCE), Plain),
    f(2, "minReplicas", Int, Ptr),
    f(3, "maxReplicas", Int, Always),
    f(4, "targetCPUUtilizationPercentage", Int, Ptr),
];

pub(super) const CROSS_VERSION_OBJECT_REFERENCE: &[Field] =
    &[f(1, "kind", Str, Always), f(2, "name", Str, Always), f(3, "apiVersion", Str, Plain)];

pub(super) const HORIZONTAL_POD_AUTOSCALER_STATUS: &[Field] = &[
    f(1, "observedGeneration", Int, Ptr),
    f(2, "lastScaleTime", Time, Ptr),
    f(3, "currentReplicas", Int, Always),
    f(4, "desiredReplicas", Int, Always),
    f(5, "currentCPUUtilizationPercentage", Int, Ptr),
];

pub(super) const SCALE: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(SCALE_SPEC), Plain),
    f(3, "status", Msg(SCALE_STATUS), Plain),
];

pub(super) const SCALE_SPEC: &[Field] = &[f(1, "replicas", Int, Plain)];

pub(super) const SCALE_STATUS: &[Field] = &[f(1, "replicas", Int, Always), f(2, "selector", Str, Plain)];
