//! `policy/v1` field tables.
//!
//! Numbers and names from k8s.io/api `policy/v1/generated.proto` at v0.33.1; cardinality from the Go types'
//! struct tags (a `*T` field is `Ptr`, a scalar without `omitempty` is `Always`, `json:",inline"` is `Inline`).

use super::meta_v1;
use crate::protobuf::Card::{Always, Plain, Ptr, Repeated};
use crate::protobuf::Ty::{Int, IntOrString, Map, Msg, Str, Time};
use crate::protobuf::{f, Field};

pub(super) const POD_DISRUPTION_BUDGET: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(POD_DISRUPTION_BUDGET_SPEC), Plain),
    f(3, "status", Msg(POD_DISRUPTION_BUDGET_STATUS), Plain),
];

pub(super) const POD_DISRUPTION_BUDGET_SPEC: &[Field] = &[
    f(1, "minAvailable", IntOrString, Ptr),
    f(2, "selector", Msg(meta_v1::LABEL_SELECTOR), Ptr),
    f(3, "maxUnavailable", IntOrString, Ptr),
    f(4, "unhealthyPodEvictionPolicy", Str, Ptr),
];

pub(super) const POD_DISRUPTION_BUDGET_STATUS: &[Field] = &[
    f(1, "observedGeneration", Int, Plain),
    f(2, "disruptedPods", Map(&Time), Plain),
    f(3, "disruptionsAllowed", Int, Always),
    f(4, "currentHealthy", Int, Always),
    f(5, "desiredHealthy", Int, Always),
    f(6, "expectedPods", Int, Always),
    f(7, "conditions", Msg(meta_v1::CONDITION), Repeated),
];

pub(super) const EVICTION: &[Field] =
    &[f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain), f(2, "deleteOptions", Msg(meta_v1::DELETE_OPTIONS), Ptr)];
