//! `coordination/v1` field tables.
//!
//! Numbers and names from k8s.io/api `coordination/v1/generated.proto` at v0.33.1; cardinality from the Go types'
//! struct tags (a `*T` field is `Ptr`, a scalar without `omitempty` is `Always`, `json:",inline"` is `Inline`).

use super::meta_v1;
use crate::protobuf::Card::{Plain, Ptr};
use crate::protobuf::Ty::{Int, MicroTime, Msg, Str};
use crate::protobuf::{f, Field};

pub(super) const LEASE: &[Field] =
    &[f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain), f(2, "spec", Msg(LEASE_SPEC), Plain)];

pub(super) const LEASE_SPEC: &[Field] = &[
    f(1, "holderIdentity", Str, Ptr),
    f(2, "leaseDurationSeconds", Int, Ptr),
    f(3, "acquireTime", MicroTime, Ptr),
    f(4, "renewTime", MicroTime, Ptr),
    f(5, "leaseTransitions", Int, Ptr),
    f(6, "strategy", Str, Ptr),
    f(7, "preferredHolder", Str, Ptr),
];
