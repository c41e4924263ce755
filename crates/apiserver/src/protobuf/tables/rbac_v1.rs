//! `rbac/v1` field tables.
//!
//! Numbers and names from k8s.io/api `rbac/v1/generated.proto` at v0.33.1; cardinality from the Go types'
//! struct tags (a `*T` field is `Ptr`, a scalar without `omitempty` is `Always`, `json:",inline"` is `Inline`).

use super::meta_v1;
use crate::protobuf::Card::{Always, Plain, Ptr, Repeated};
use crate::protobuf::Ty::{Msg, Str};
use crate::protobuf::{f, Field};

pub(super) const ROLE: &[Field] =
    &[f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain), f(2, "rules", Msg(POLICY_RULE), Repeated)];

pub(super) const POLICY_RULE: &[Field] = &[
    f(1, "verbs", Str, Repeated),
    f(2, "apiGroups", Str, Repeated),
    f(3, "resources", Str, Repeated),
    f(4, "resourceNames", Str, Repeated),
    f(5, "nonResourceURLs", Str, Repeated),
];

pub(super) const CLUSTER_ROLE: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "rules", Msg(POLICY_RULE), Repeated),
    f(3, "aggregationRule", Msg(AGGREGATION_RULE), Ptr),
];

pub(super) const AGGREGATION_RULE: &[Field] = &[f(1, "clusterRoleSelectors", Msg(meta_v1::LABEL_SELECTOR), Repeated)];

pub(super) const ROLE_BINDING: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "subjects", Msg(SUBJECT), Repeated),
    f(3, "roleRef", Msg(ROLE_REF), Plain),
];

pub(super) const SUBJECT: &[Field] = &[
    f(1, "kind", Str, Always),
    f(2, "apiGroup", Str, Plain),
    f(3, "name", Str, Always),
    f(4, "namespace", Str, Plain),
];

pub(super) const ROLE_REF: &[Field] =
    &[f(1, "apiGroup", Str, Always), f(2, "kind", Str, Always), f(3, "name", Str, Always)];

pub(super) const CLUSTER_ROLE_BINDING: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "subjects", Msg(SUBJECT), Repeated),
    f(3, "roleRef", Msg(ROLE_REF), Plain),
];
