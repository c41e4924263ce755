//! `certificates/v1` field tables.
//!
//! Numbers and names from k8s.io/api `certificates/v1/generated.proto` at v0.33.1; cardinality from the Go types'
//! struct tags (a `*T` field is `Ptr`, a scalar without `omitempty` is `Always`, `json:",inline"` is `Inline`).

use super::meta_v1;
use crate::protobuf::Card::{Always, Plain, Ptr, Repeated};
use crate::protobuf::Ty::{Bytes, Int, Map, Msg, Str, StrList, Time};
use crate::protobuf::{f, Field};

pub(super) const CERTIFICATE_SIGNING_REQUEST: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(CERTIFICATE_SIGNING_REQUEST_SPEC), Plain),
    f(3, "status", Msg(CERTIFICATE_SIGNING_REQUEST_STATUS), Plain),
];

pub(super) const CERTIFICATE_SIGNING_REQUEST_SPEC: &[Field] = &[
    f(1, "request", Bytes, Plain),
    f(7, "signerName", Str, Always),
    f(8, "expirationSeconds", Int, Ptr),
    f(5, "usages", Str, Repeated),
    f(2, "username", Str, Plain),
    f(3, "uid", Str, Plain),
    f(4, "groups", Str, Repeated),
    f(6, "extra", Map(&StrList), Plain),
];

pub(super) const CERTIFICATE_SIGNING_REQUEST_STATUS: &[Field] =
    &[f(1, "conditions", Msg(CERTIFICATE_SIGNING_REQUEST_CONDITION), Repeated), f(2, "certificate", Bytes, Plain)];

pub(super) const CERTIFICATE_SIGNING_REQUEST_CONDITION: &[Field] = &[
    f(1, "type", Str, Always),
    f(6, "status", Str, Always),
    f(2, "reason", Str, Plain),
    f(3, "message", Str, Plain),
    f(4, "lastUpdateTime", Time, Plain),
    f(5, "lastTransitionTime", Time, Plain),
];
