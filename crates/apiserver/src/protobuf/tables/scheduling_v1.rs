//! `scheduling/v1` field tables.
//!
//! Numbers and names from k8s.io/api `scheduling/v1/generated.proto` at v0.33.1; cardinality from the Go types'
//! struct tags (a `*T` field is `Ptr`, a scalar without `omitempty` is `Always`, `json:",inline"` is `Inline`).

use super::meta_v1;
use crate::protobuf::Card::{Always, Plain, Ptr};
use crate::protobuf::Ty::{Bool, Int, Msg, Str};
use crate::protobuf::{f, Field};

pub(super) const PRIORITY_CLASS: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "value", Int, Always),
    f(3, "globalDefault", Bool, Plain),
    f(4, "description", Str, Plain),
    f(5, "preemptionPolicy", Str, Ptr),
];
