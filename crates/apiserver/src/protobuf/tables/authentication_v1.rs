//! `authentication/v1` field tables.
//!
//! Numbers and names from k8s.io/api `authentication/v1/generated.proto` at v0.33.1; cardinality from the Go types'
//! struct tags (a `*T` field is `Ptr`, a scalar without `omitempty` is `Always`, `json:",inline"` is `Inline`).

use super::meta_v1;
use crate::protobuf::Card::{Always, Plain, Ptr, Repeated};
use crate::protobuf::Ty::{Bool, Int, Map, Msg, Str, StrList, Time};
use crate::protobuf::{f, Field};

pub(super) const TOKEN_REQUEST: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(TOKEN_REQUEST_SPEC), Plain),
    f(3, "status", Msg(TOKEN_REQUEST_STATUS), Plain),
];

pub(super) const TOKEN_REQUEST_SPEC: &[Field] = &[
    f(1, "audiences", Str, Repeated),
    f(4, "expirationSeconds", Int, Ptr),
    f(3, "boundObjectRef", Msg(BOUND_OBJECT_REFERENCE), Ptr),
];

pub(super) const BOUND_OBJECT_REFERENCE: &[Field] =
    &[f(1, "kind", Str, Plain), f(2, "apiVersion", Str, Plain), f(3, "name", Str, Plain), f(4, "uid", Str, Plain)];

pub(super) const TOKEN_REQUEST_STATUS: &[Field] =
    &[f(1, "token", Str, Always), f(2, "expirationTimestamp", Time, Plain)];

pub(super) const TOKEN_REVIEW: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(TOKEN_REVIEW_SPEC), Plain),
    f(3, "status", Msg(TOKEN_REVIEW_STATUS), Plain),
];

pub(super) const TOKEN_REVIEW_SPEC: &[Field] = &[f(1, "token", Str, Plain), f(2, "audiences", Str, Repeated)];

pub(super) const TOKEN_REVIEW_STATUS: &[Field] = &[
    f(1, "authenticated", Bool, Plain),
    f(2, "user", Msg(USER_INFO), Plain),
    f(4, "audiences", Str, Repeated),
    f(3, "error", Str, Plain),
];

pub(super) const USER_INFO: &[Field] = &[
    f(1, "username", Str, Plain),
    f(2, "uid", Str, Plain),
    f(3, "groups", Str, Repeated),
    f(4, "extra", Map(&StrList), Plain),
];

pub(super) const SELF_SUBJECT_REVIEW: &[Field] =
    &[f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain), f(2, "status", Msg(SELF_SUBJECT_REVIEW_STATUS), Plain)];

pub(super) const SELF_SUBJECT_REVIEW_STATUS: &[Field] = &[f(1, "userInfo", Msg(USER_INFO), Plain)];
