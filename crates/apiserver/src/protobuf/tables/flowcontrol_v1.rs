//! `flowcontrol/v1` field tables.
//!
//! Numbers and names from k8s.io/api `flowcontrol/v1/generated.proto` at v0.33.1; cardinality from the Go types'
//! struct tags (a `*T` field is `Ptr`, a scalar without `omitempty` is `Always`, `json:",inline"` is `Inline`).

use super::meta_v1;
use crate::protobuf::Card::{Always, Plain, Ptr, Repeated};
use crate::protobuf::Ty::{Bool, Int, Msg, Str, Time};
use crate::protobuf::{f, Field};

pub(super) const FLOW_SCHEMA: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(FLOW_SCHEMA_SPEC), Plain),
    f(3, "status", Msg(FLOW_SCHEMA_STATUS), Plain),
];

pub(super) const FLOW_SCHEMA_SPEC: &[Field] = &[
    f(1, "priorityLevelConfiguration", Msg(PRIORITY_LEVEL_CONFIGURATION_REFERENCE), Plain),
    f(2, "matchingPrecedence", Int, Always),
    f(3, "distinguisherMethod", Msg(FLOW_DISTINGUISHER_METHOD), Ptr),
    f(4, "rules", Msg(POLICY_RULES_WITH_SUBJECTS), Repeated),
];

pub(super) const PRIORITY_LEVEL_CONFIGURATION_REFERENCE: &[Field] = &[f(1, "name", Str, Always)];

pub(super) const FLOW_DISTINGUISHER_METHOD: &[Field] = &[f(1, "type", Str, Always)];

pub(super) const POLICY_RULES_WITH_SUBJECTS: &[Field] = &[
    f(1, "subjects", Msg(SUBJECT), Repeated),
    f(2, "resourceRules", Msg(RESOURCE_POLICY_RULE), Repeated),
    f(3, "nonResourceRules", Msg(NON_RESOURCE_POLICY_RULE), Repeated),
];

pub(super) const SUBJECT: &[Field] = &[
    f(1, "kind", Str, Always),
    f(2, "user", Msg(USER_SUBJECT), Ptr),
    f(3, "group", Msg(GROUP_SUBJECT), Ptr),
    f(4, "serviceAccount", Msg(SERVICE_ACCOUNT_SUBJECT), Ptr),
];

pub(super) const USER_SUBJECT: &[Field] = &[f(1, "name", Str, Always)];

pub(super) const GROUP_SUBJECT: &[Field] = &[f(1, "name", Str, Always)];

pub(super) const SERVICE_ACCOUNT_SUBJECT: &[Field] = &[f(1, "namespace", Str, Always), f(2, "name", Str, Always)];

pub(super) const RESOURCE_POLICY_RULE: &[Field] = &[
    f(1, "verbs", Str, Repeated),
    f(2, "apiGroups", Str, Repeated),
    f(3, "resources", Str, Repeated),
    f(4, "clusterScope", Bool, Plain),
    f(5, "namespaces", Str, Repeated),
];

pub(super) const NON_RESOURCE_POLICY_RULE: &[Field] =
    &[f(1, "verbs", Str, Repeated), f(6, "nonResourceURLs", Str, Repeated)];

pub(super) const FLOW_SCHEMA_STATUS: &[Field] = &[f(1, "conditions", Msg(FLOW_SCHEMA_CONDITION), Repeated)];

pub(super) const FLOW_SCHEMA_CONDITION: &[Field] = &[
    f(1, "type", Str, Plain),
    f(2, "status", Str, Plain),
    f(3, "lastTransitionTime", Time, Plain),
    f(4, "reason", Str, Plain),
    f(5, "message", Str, Plain),
];

pub(super) const PRIORITY_LEVEL_CONFIGURATION: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(PRIORITY_LEVEL_CONFIGURATION_SPEC), Plain),
    f(3, "status", Msg(PRIORITY_LEVEL_CONFIGURATION_STATUS), Plain),
];

pub(super) const PRIORITY_LEVEL_CONFIGURATION_SPEC: &[Field] = &[
    f(1, "type", Str, Always),
    f(2, "limited", Msg(LIMITED_PRIORITY_LEVEL_CONFIGURATION), Ptr),
    f(3, "exempt", Msg(EXEMPT_PRIORITY_LEVEL_CONFIGURATION), Ptr),
];

pub(super) const LIMITED_PRIORITY_LEVEL_CONFIGURATION: &[Field] = &[
    f(1, "nominalConcurrencyShares", Int, Ptr),
    f(2, "limitResponse", Msg(LIMIT_RESPONSE), Plain),
    f(3, "lendablePercent", Int, Ptr),
    f(4, "borrowingLimitPercent", Int, Ptr),
];

pub(super) const LIMIT_RESPONSE: &[Field] =
    &[f(1, "type", Str, Always), f(2, "queuing", Msg(QUEUING_CONFIGURATION), Ptr)];

pub(super) const QUEUING_CONFIGURATION: &[Field] =
    &[f(1, "queues", Int, Always), f(2, "handSize", Int, Always), f(3, "queueLengthLimit", Int, Always)];

pub(super) const EXEMPT_PRIORITY_LEVEL_CONFIGURATION: &[Field] =
    &[f(1, "nominalConcurrencyShares", Int, Ptr), f(2, "lendablePercent", Int, Ptr)];

pub(super) const PRIORITY_LEVEL_CONFIGURATION_STATUS: &[Field] =
    &[f(1, "conditions", Msg(PRIORITY_LEVEL_CONFIGURATION_CONDITION), Repeated)];

pub(super) const PRIORITY_LEVEL_CONFIGURATION_CONDITION: &[Field] = &[
    f(1, "type", Str, Plain),
    f(2, "status", Str, Plain),
    f(3, "lastTransitionTime", Time, Plain),
    f(4, "reason", Str, Plain),
    f(5, "message", Str, Plain),
];
