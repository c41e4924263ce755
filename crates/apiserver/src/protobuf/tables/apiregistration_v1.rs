//! `apiregistration/v1` field tables.
//!
//! Numbers and names from k8s.io/kube-aggregator `pkg/apis/apiregistration/v1/generated.proto` at v0.33.1;
//! cardinality from the Go types' struct tags (a `*T` field is `Ptr`, a scalar without `omitempty` is `Always`,
//! `json:",inline"` is `Inline`).

use super::meta_v1;
use crate::protobuf::Card::{Always, Plain, Ptr, Repeated};
use crate::protobuf::Ty::{Bool, Bytes, Int, Msg, Str, Time};
use crate::protobuf::{f, Field};

pub(super) const API_SERVICE: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(API_SERVICE_SPEC), Plain),
    f(3, "status", Msg(API_SERVICE_STATUS), Plain),
];

pub(super) const API_SERVICE_SPEC: &[Field] = &[
    f(1, "service", Msg(SERVICE_REFERENCE), Ptr),
    f(2, "group", Str, Plain),
    f(3, "version", Str, Plain),
    f(4, "insecureSkipTLSVerify", Bool, Plain),
    f(5, "caBundle", Bytes, Plain),
    f(7, "groupPriorityMinimum", Int, Always),
    f(8, "versionPriority", Int, Always),
];

pub(super) const SERVICE_REFERENCE: &[Field] =
    &[f(1, "namespace", Str, Plain), f(2, "name", Str, Plain), f(3, "port", Int, Ptr)];

pub(super) const API_SERVICE_STATUS: &[Field] = &[f(1, "conditions", Msg(API_SERVICE_CONDITION), Repeated)];

pub(super) const API_SERVICE_CONDITION: &[Field] = &[
    f(1, "type", Str, Always),
    f(2, "status", Str, Always),
    f(3, "lastTransitionTime", Time, Plain),
    f(4, "reason", Str, Plain),
    f(5, "message", Str, Plain),
];
