//! `autoscaling/v2` field tables.
//!
//! Numbers and names from k8s.io/api `autoscaling/v2/generated.proto` at v0.33.1; cardinality from the Go types'
//! struct tags (a `*T` field is `Ptr`, a scalar without `omitempty` is `Always`, `json:",inline"` is `Inline`).

use super::meta_v1;
use crate::protobuf::Card::{Always, Plain, Ptr, Repeated};
use crate::protobuf::Ty::{Int, Msg, Quantity, Str, Time};
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
    f(4, "metrics", Msg(METRIC_SPEC), Repeated),
    f(5, "behavior", Msg(HORIZONTAL_POD_AUTOSCALER_BEHAVIOR), Ptr),
];

pub(super) const CROSS_VERSION_OBJECT_REFERENCE: &[Field] =
    &[f(1, "kind", Str, Always), f(2, "name", Str, Always), f(3, "apiVersion", Str, Plain)];

pub(super) const METRIC_SPEC: &[Field] = &[
    f(1, "type", Str, Always),
    f(2, "object", Msg(OBJECT_METRIC_SOURCE), Ptr),
    f(3, "pods", Msg(PODS_METRIC_SOURCE), Ptr),
    f(4, "resource", Msg(RESOURCE_METRIC_SOURCE), Ptr),
    f(7, "containerResource", Msg(CONTAINER_RESOURCE_METRIC_SOURCE), Ptr),
    f(5, "external", Msg(EXTERNAL_METRIC_SOURCE), Ptr),
];

pub(super) const OBJECT_METRIC_SOURCE: &[Field] = &[
    f(1, "describedObject", Msg(CROSS_VERSION_OBJECT_REFERENCE), Plain),
    f(2, "target", Msg(METRIC_TARGET), Plain),
    f(3, "metric", Msg(METRIC_IDENTIFIER), Plain),
];

pub(super) const METRIC_TARGET: &[Field] = &[
    f(1, "type", Str, Always),
    f(2, "value", Quantity, Ptr),
    f(3, "averageValue", Quantity, Ptr),
    f(4, "averageUtilization", Int, Ptr),
];

pub(super) const METRIC_IDENTIFIER: &[Field] =
    &[f(1, "name", Str, Always), f(2, "selector", Msg(meta_v1::LABEL_SELECTOR), Ptr)];

pub(super) const PODS_METRIC_SOURCE: &[Field] =
    &[f(1, "metric", Msg(METRIC_IDENTIFIER), Plain), f(2, "target", Msg(METRIC_TARGET), Plain)];

pub(super) const RESOURCE_METRIC_SOURCE: &[Field] =
    &[f(1, "name", Str, Always), f(2, "target", Msg(METRIC_TARGET), Plain)];

pub(super) const CONTAINER_RESOURCE_METRIC_SOURCE: &[Field] =
    &[f(1, "name", Str, Always), f(2, "target", Msg(METRIC_TARGET), Plain), f(3, "container", Str, Always)];

pub(super) const EXTERNAL_METRIC_SOURCE: &[Field] =
    &[f(1, "metric", Msg(METRIC_IDENTIFIER), Plain), f(2, "target", Msg(METRIC_TARGET), Plain)];

pub(super) const HORIZONTAL_POD_AUTOSCALER_BEHAVIOR: &[Field] =
    &[f(1, "scaleUp", Msg(HPA_SCALING_RULES), Ptr), f(2, "scaleDown", Msg(HPA_SCALING_RULES), Ptr)];

pub(super) const HPA_SCALING_RULES: &[Field] = &[
    f(3, "stabilizationWindowSeconds", Int, Ptr),
    f(1, "selectPolicy", Str, Ptr),
    f(2, "policies", Msg(HPA_SCALING_POLICY), Repeated),
    f(4, "tolerance", Quantity, Ptr),
];

pub(super) const HPA_SCALING_POLICY: &[Field] =
    &[f(1, "type", Str, Always), f(2, "value", Int, Always), f(3, "periodSeconds", Int, Always)];

pub(super) const HORIZONTAL_POD_AUTOSCALER_STATUS: &[Field] = &[
    f(1, "observedGeneration", Int, Ptr),
    f(2, "lastScaleTime", Time, Ptr),
    f(3, "currentReplicas", Int, Plain),
    f(4, "desiredReplicas", Int, Always),
    f(5, "currentMetrics", Msg(METRIC_STATUS), Repeated),
    f(6, "conditions", Msg(HORIZONTAL_POD_AUTOSCALER_CONDITION), Repeated),
];

pub(super) const METRIC_STATUS: &[Field] = &[
    f(1, "type", Str, Always),
    f(2, "object", Msg(OBJECT_METRIC_STATUS), Ptr),
    f(3, "pods", Msg(PODS_METRIC_STATUS), Ptr),
    f(4, "resource", Msg(RESOURCE_METRIC_STATUS), Ptr),
    f(7, "containerResource", Msg(CONTAINER_RESOURCE_METRIC_STATUS), Ptr),
    f(5, "external", Msg(EXTERNAL_METRIC_STATUS), Ptr),
];

pub(super) const OBJECT_METRIC_STATUS: &[Field] = &[
    f(1, "metric", Msg(METRIC_IDENTIFIER), Plain),
    f(2, "current", Msg(METRIC_VALUE_STATUS), Plain),
    f(3, "describedObject", Msg(CROSS_VERSION_OBJECT_REFERENCE), Plain),
];

pub(super) const METRIC_VALUE_STATUS: &[Field] =
    &[f(1, "value", Quantity, Ptr), f(2, "averageValue", Quantity, Ptr), f(3, "averageUtilization", Int, Ptr)];

pub(super) const PODS_METRIC_STATUS: &[Field] =
    &[f(1, "metric", Msg(METRIC_IDENTIFIER), Plain), f(2, "current", Msg(METRIC_VALUE_STATUS), Plain)];

pub(super) const RESOURCE_METRIC_STATUS: &[Field] =
    &[f(1, "name", Str, Always), f(2, "current", Msg(METRIC_VALUE_STATUS), Plain)];

pub(super) const CONTAINER_RESOURCE_METRIC_STATUS: &[Field] =
    &[f(1, "name", Str, Always), f(2, "current", Msg(METRIC_VALUE_STATUS), Plain), f(3, "container", Str, Always)];

pub(super) const EXTERNAL_METRIC_STATUS: &[Field] =
    &[f(1, "metric", Msg(METRIC_IDENTIFIER), Plain), f(2, "current", Msg(METRIC_VALUE_STATUS), Plain)];

pub(super) const HORIZONTAL_POD_AUTOSCALER_CONDITION: &[Field] = &[
    f(1, "type", Str, Always),
    f(2, "status", Str, Always),
    f(3, "lastTransitionTime", Time, Plain),
    f(4, "reason", Str, Plain),
    f(5, "message", Str, Plain),
];
