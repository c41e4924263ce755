//! `events/v1` field tables.
//!
//! Numbers and names from k8s.io/api `events/v1/generated.proto` at v0.33.1; cardinality from the Go types'
//! struct tags (a `*T` field is `Ptr`, a scalar without `omitempty` is `Always`, `json:",inline"` is `Inline`).

use super::{core_v1, meta_v1};
use crate::protobuf::Card::{Always, Plain, Ptr};
use crate::protobuf::Ty::{Int, MicroTime, Msg, Str, Time};
use crate::protobuf::{f, Field};

pub(super) const EVENT: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "eventTime", MicroTime, Plain),
    f(3, "series", Msg(EVENT_SERIES), Ptr),
    f(4, "reportingController", Str, Plain),
    f(5, "reportingInstance", Str, Plain),
    f(6, "action", Str, Plain),
    f(7, "reason", Str, Plain),
    f(8, "regarding", Msg(core_v1::OBJECT_REFERENCE), Plain),
    f(9, "related", Msg(core_v1::OBJECT_REFERENCE), Ptr),
    f(10, "note", Str, Plain),
    f(11, "type", Str, Plain),
    f(12, "deprecatedSource", Msg(core_v1::EVENT_SOURCE), Plain),
    f(13, "deprecatedFirstTimestamp", Time, Plain),
    f(14, "deprecatedLastTimestamp", Time, Plain),
    f(15, "deprecatedCount", Int, Plain),
];

pub(super) const EVENT_SERIES: &[Field] = &[f(1, "count", Int, Always), f(2, "lastObservedTime", MicroTime, Plain)];
