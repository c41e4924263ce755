//! `meta/v1` field tables: the parts of objects every kind shares.
//!
//! Numbers and names from k8s.io/apimachinery `pkg/apis/meta/v1/generated.proto` at v0.33.1; cardinality from the Go
//! types' struct tags (a `*T` field is `Ptr`, a scalar without `omitempty` is `Always`, `json:",inline"` is
//! `Inline`).

use crate::protobuf::Card::{Always, Plain, Ptr, Repeated};
use crate::protobuf::Ty::{Bool, Int, Map, Msg, RawJson, Str, Time};
use crate::protobuf::{f, Field};

pub(super) const OBJECT_META: &[Field] = &[
    f(1, "name", Str, Plain),
    f(2, "generateName", Str, Plain),
    f(3, "namespace", Str, Plain),
    f(4, "selfLink", Str, Plain),
    f(5, "uid", Str, Plain),
    f(6, "resourceVersion", Str, Plain),
    f(7, "generation", Int, Plain),
    f(8, "creationTimestamp", Time, Plain),
    f(9, "deletionTimestamp", Time, Ptr),
    f(10, "deletionGracePeriodSeconds", Int, Ptr),
    f(11, "labels", Map(&Str), Plain),
    f(12, "annotations", Map(&Str), Plain),
    f(13, "ownerReferences", Msg(OWNER_REFERENCE), Repeated),
    f(14, "finalizers", Str, Repeated),
    f(17, "managedFields", Msg(MANAGED_FIELDS_ENTRY), Repeated),
];

pub(super) const OWNER_REFERENCE: &[Field] = &[
    f(5, "apiVersion", Str, Always),
    f(1, "kind", Str, Always),
    f(3, "name", Str, Always),
    f(4, "uid", Str, Always),
    f(6, "controller", Bool, Ptr),
    f(7, "blockOwnerDeletion", Bool, Ptr),
];

pub(super) const MANAGED_FIELDS_ENTRY: &[Field] = &[
    f(1, "manager", Str, Plain),
    f(2, "operation", Str, Plain),
    f(3, "apiVersion", Str, Plain),
    f(4, "time", Time, Ptr),
    f(6, "fieldsType", Str, Plain),
    f(7, "fieldsV1", RawJson, Ptr),
    f(8, "subresource", Str, Plain),
];

pub(super) const CONDITION: &[Field] = &[
    f(1, "type", Str, Always),
    f(2, "status", Str, Always),
    f(3, "observedGeneration", Int, Plain),
    f(4, "lastTransitionTime", Time, Plain),
    f(5, "reason", Str, Always),
    f(6, "message", Str, Always),
];

pub(super) const LABEL_SELECTOR: &[Field] =
    &[f(1, "matchLabels", Map(&Str), Plain), f(2, "matchExpressions", Msg(LABEL_SELECTOR_REQUIREMENT), Repeated)];

pub(super) const LABEL_SELECTOR_REQUIREMENT: &[Field] =
    &[f(1, "key", Str, Always), f(2, "operator", Str, Always), f(3, "values", Str, Repeated)];

pub(super) const DELETE_OPTIONS: &[Field] = &[
    f(1, "gracePeriodSeconds", Int, Ptr),
    f(2, "preconditions", Msg(PRECONDITIONS), Ptr),
    f(3, "orphanDependents", Bool, Ptr),
    f(4, "propagationPolicy", Str, Ptr),
    f(5, "dryRun", Str, Repeated),
    f(6, "ignoreStoreReadErrorWithClusterBreakingPotential", Bool, Ptr),
];

pub(super) const PRECONDITIONS: &[Field] = &[f(1, "uid", Str, Ptr), f(2, "resourceVersion", Str, Ptr)];

pub(super) const FIELD_SELECTOR_REQUIREMENT: &[Field] =
    &[f(1, "key", Str, Always), f(2, "operator", Str, Always), f(3, "values", Str, Repeated)];
