//! `authorization/v1` field tables.
//!
//! Numbers and names from k8s.io/api `authorization/v1/generated.proto` at v0.33.1; cardinality from the Go types'
//! struct tags (a `*T` field is `Ptr`, a scalar without `omitempty` is `Always`, `json:",inline"` is `Inline`).

use super::meta_v1;
use crate::protobuf::Card::{Always, Plain, Ptr, Repeated};
use crate::protobuf::Ty::{Bool, Map, Msg, Str, StrList};
use crate::protobuf::{f, Field};

pub(super) const SELF_SUBJECT_ACCESS_REVIEW: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(SELF_SUBJECT_ACCESS_REVIEW_SPEC), Plain),
    f(3, "status", Msg(SUBJECT_ACCESS_REVIEW_STATUS), Plain),
];

pub(super) const SELF_SUBJECT_ACCESS_REVIEW_SPEC: &[Field] = &[
    f(1, "resourceAttributes", Msg(RESOURCE_ATTRIBUTES), Ptr),
    f(2, "nonResourceAttributes", Msg(NON_RESOURCE_ATTRIBUTES), Ptr),
];

pub(super) const RESOURCE_ATTRIBUTES: &[Field] = &[
    f(1, "namespace", Str, Plain),
    f(2, "verb", Str, Plain),
    f(3, "group", Str, Plain),
    f(4, "version", Str, Plain),
    f(5, "resource", Str, Plain),
    f(6, "subresource", Str, Plain),
    f(7, "name", Str, Plain),
    f(8, "fieldSelector", Msg(FIELD_SELECTOR_ATTRIBUTES), Ptr),
    f(9, "labelSelector", Msg(LABEL_SELECTOR_ATTRIBUTES), Ptr),
];

pub(super) const FIELD_SELECTOR_ATTRIBUTES: &[Field] =
    &[f(1, "rawSelector", Str, Plain), f(2, "requirements", Msg(meta_v1::FIELD_SELECTOR_REQUIREMENT), Repeated)];

pub(super) const LABEL_SELECTOR_ATTRIBUTES: &[Field] =
    &[f(1, "rawSelector", Str, Plain), f(2, "requirements", Msg(meta_v1::LABEL_SELECTOR_REQUIREMENT), Repeated)];

pub(super) const NON_RESOURCE_ATTRIBUTES: &[Field] = &[f(1, "path", Str, Plain), f(2, "verb", Str, Plain)];

pub(super) const SUBJECT_ACCESS_REVIEW_STATUS: &[Field] = &[
    f(1, "allowed", Bool, Always),
    f(4, "denied", Bool, Plain),
    f(2, "reason", Str, Plain),
    f(3, "evaluationError", Str, Plain),
];

pub(super) const SUBJECT_ACCESS_REVIEW: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(SUBJECT_ACCESS_REVIEW_SPEC), Plain),
    f(3, "status", Msg(SUBJECT_ACCESS_REVIEW_STATUS), Plain),
];

pub(super) const SUBJECT_ACCESS_REVIEW_SPEC: &[Field] = &[
    f(1, "resourceAttributes", Msg(RESOURCE_ATTRIBUTES), Ptr),
    f(2, "nonResourceAttributes", Msg(NON_RESOURCE_ATTRIBUTES), Ptr),
    f(3, "user", Str, Plain),
    f(4, "groups", Str, Repeated),
    f(5, "extra", Map(&StrList), Plain),
    f(6, "uid", Str, Plain),
];

pub(super) const LOCAL_SUBJECT_ACCESS_REVIEW: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(SUBJECT_ACCESS_REVIEW_SPEC), Plain),
    f(3, "status", Msg(SUBJECT_ACCESS_REVIEW_STATUS), Plain),
];

pub(super) const SELF_SUBJECT_RULES_REVIEW: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(SELF_SUBJECT_RULES_REVIEW_SPEC), Plain),
    f(3, "status", Msg(SUBJECT_RULES_REVIEW_STATUS), Plain),
];

pub(super) const SELF_SUBJECT_RULES_REVIEW_SPEC: &[Field] = &[f(1, "namespace", Str, Plain)];

pub(super) const SUBJECT_RULES_REVIEW_STATUS: &[Field] = &[
    f(1, "resourceRules", Msg(RESOURCE_RULE), Repeated),
    f(2, "nonResourceRules", Msg(NON_RESOURCE_RULE), Repeated),
    f(3, "incomplete", Bool, Always),
    f(4, "evaluationError", Str, Plain),
];

pub(super) const RESOURCE_RULE: &[Field] = &[
    f(1, "verbs", Str, Repeated),
    f(2, "apiGroups", Str, Repeated),
    f(3, "resources", Str, Repeated),
    f(4, "resourceNames", Str, Repeated),
];

pub(super) const NON_RESOURCE_RULE: &[Field] = &[f(1, "verbs", Str, Repeated), f(2, "nonResourceURLs", Str, Repeated)];
