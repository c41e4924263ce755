//! `node/v1` field tables.
//!
//! Numbers and names from k8s.io/api `node/v1/generated.proto` at v0.33.1; cardinality from the Go types'
//! struct tags (a `*T` field is `Ptr`, a scalar without `omitempty` is `Always`, `json:",inline"` is `Inline`).

use super::{core_v1, meta_v1};
use crate::protobuf::Card::{Always, Plain, Ptr, Repeated};
use crate::protobuf::Ty::{Map, Msg, Quantity, Str};
use crate::protobuf::{f, Field};

pub(super) const RUNTIME_CLASS: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "handler", Str, Always),
    f(3, "overhead", Msg(OVERHEAD), Ptr),
    f(4, "scheduling", Msg(SCHEDULING), Ptr),
];

pub(super) const OVERHEAD: &[Field] = &[f(1, "podFixed", Map(&Quantity), Plain)];

pub(super) const SCHEDULING: &[Field] =
    &[f(1, "nodeSelector", Map(&Str), Plain), f(2, "tolerations", Msg(core_v1::TOLERATION), Repeated)];
