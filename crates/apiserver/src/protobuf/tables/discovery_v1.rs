//! `discovery/v1` field tables.
//!
//! Numbers and names from k8s.io/api `discovery/v1/generated.proto` at v0.33.1; cardinality from the Go types'
//! struct tags (a `*T` field is `Ptr`, a scalar without `omitempty` is `Always`, `json:",inline"` is `Inline`).

use super::{core_v1, meta_v1};
use crate::protobuf::Card::{Always, Plain, Ptr, Repeated};
use crate::protobuf::Ty::{Bool, Int, Map, Msg, Str};
use crate::protobuf::{f, Field};

pub(super) const ENDPOINT_SLICE: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(4, "addressType", Str, Always),
    f(2, "endpoints", Msg(ENDPOINT), Repeated),
    f(3, "ports", Msg(ENDPOINT_PORT), Repeated),
];

pub(super) const ENDPOINT: &[Field] = &[
    f(1, "addresses", Str, Repeated),
    f(2, "conditions", Msg(ENDPOINT_CONDITIONS), Plain),
    f(3, "hostname", Str, Ptr),
    f(4, "targetRef", Msg(core_v1::OBJECT_REFERENCE), Ptr),
    f(5, "deprecatedTopology", Map(&Str), Plain),
    f(6, "nodeName", Str, Ptr),
    f(7, "zone", Str, Ptr),
    f(8, "hints", Msg(ENDPOINT_HINTS), Ptr),
];

pub(super) const ENDPOINT_CONDITIONS: &[Field] =
    &[f(1, "ready", Bool, Ptr), f(2, "serving", Bool, Ptr), f(3, "terminating", Bool, Ptr)];

pub(super) const ENDPOINT_HINTS: &[Field] =
    &[f(1, "forZones", Msg(FOR_ZONE), Repeated), f(2, "forNodes", Msg(FOR_NODE), Repeated)];

pub(super) const FOR_ZONE: &[Field] = &[f(1, "name", Str, Always)];

pub(super) const FOR_NODE: &[Field] = &[f(1, "name", Str, Always)];

pub(super) const ENDPOINT_PORT: &[Field] =
    &[f(1, "name", Str, Ptr), f(2, "protocol", Str, Ptr), f(3, "port", Int, Ptr), f(4, "appProtocol", Str, Ptr)];
