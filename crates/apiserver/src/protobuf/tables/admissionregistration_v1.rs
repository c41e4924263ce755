//! `admissionregistration/v1` field tables.
//!
//! Numbers and names from k8s.io/api `admissionregistration/v1/generated.proto` at v0.33.1; cardinality from the Go
//! types' struct tags (a `*T` field is `Ptr`, a scalar without `omitempty` is `Always`, `json:",inline"` is
//! `Inline`).

use super::meta_v1;
use crate::protobuf::Card::{Always, Plain, Ptr, Repeated};
use crate::protobuf::Ty::{Bytes, Inline, Int, Msg, Str};
use crate::protobuf::{f, Field};

pub(super) const MUTATING_WEBHOOK_CONFIGURATION: &[Field] =
    &[f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain), f(2, "webhooks", Msg(MUTATING_WEBHOOK), Repeated)];

pub(super) const MUTATING_WEBHOOK: &[Field] = &[
    f(1, "name", Str, Always),
    f(2, "clientConfig", Msg(WEBHOOK_CLIENT_CONFIG), Plain),
    f(3, "rules", Msg(RULE_WITH_OPERATIONS), Repeated),
    f(4, "failurePolicy", Str, Ptr),
    f(9, "matchPolicy", Str, Ptr),
    f(5, "namespaceSelector", Msg(meta_v1::LABEL_SELECTOR), Ptr),
    f(11, "objectSelector", Msg(meta_v1::LABEL_SELECTOR), Ptr),
    f(6, "sideEffects", Str, Ptr),
    f(7, "timeoutSeconds", Int, Ptr),
    f(8, "admissionReviewVersions", Str, Repeated),
    f(10, "reinvocationPolicy", Str, Ptr),
    f(12, "matchConditions", Msg(MATCH_CONDITION), Repeated),
];

pub(super) const WEBHOOK_CLIENT_CONFIG: &[Field] =
    &[f(3, "url", Str, Ptr), f(1, "service", Msg(SERVICE_REFERENCE), Ptr), f(2, "caBundle", Bytes, Plain)];

pub(super) const SERVICE_REFERENCE: &[Field] =
    &[f(1, "namespace", Str, Always), f(2, "name", Str, Always), f(3, "path", Str, Ptr), f(4, "port", Int, Ptr)];

pub(super) const RULE_WITH_OPERATIONS: &[Field] = &[f(1, "operations", Str, Repeated), f(2, "", Inline(RULE), Plain)];

pub(super) const RULE: &[Field] = &[
    f(1, "apiGroups", Str, Repeated),
    f(2, "apiVersions", Str, Repeated),
    f(3, "resources", Str, Repeated),
    f(4, "scope", Str, Ptr),
];

pub(super) const MATCH_CONDITION: &[Field] = &[f(1, "name", Str, Always), f(2, "expression", Str, Always)];

pub(super) const VALIDATING_WEBHOOK_CONFIGURATION: &[Field] =
    &[f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain), f(2, "webhooks", Msg(VALIDATING_WEBHOOK), Repeated)];

pub(super) const VALIDATING_WEBHOOK: &[Field] = &[
    f(1, "name", Str, Always),
    f(2, "clientConfig", Msg(WEBHOOK_CLIENT_CONFIG), Plain),
    f(3, "rules", Msg(RULE_WITH_OPERATIONS), Repeated),
    f(4, "failurePolicy", Str, Ptr),
    f(9, "matchPolicy", Str, Ptr),
    f(5, "namespaceSelector", Msg(meta_v1::LABEL_SELECTOR), Ptr),
    f(10, "objectSelector", Msg(meta_v1::LABEL_SELECTOR), Ptr),
    f(6, "sideEffects", Str, Ptr),
    f(7, "timeoutSeconds", Int, Ptr),
    f(8, "admissionReviewVersions", Str, Repeated),
    f(11, "matchConditions", Msg(MATCH_CONDITION), Repeated),
];

pub(super) const VALIDATING_ADMISSION_POLICY: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(VALIDATING_ADMISSION_POLICY_SPEC), Plain),
    f(3, "status", Msg(VALIDATING_ADMISSION_POLICY_STATUS), Plain),
];

pub(super) const VALIDATING_ADMISSION_POLICY_SPEC: &[Field] = &[
    f(1, "paramKind", Msg(PARAM_KIND), Ptr),
    f(2, "matchConstraints", Msg(MATCH_RESOURCES), Ptr),
    f(3, "validations", Msg(VALIDATION), Repeated),
    f(4, "failurePolicy", Str, Ptr),
    f(5, "auditAnnotations", Msg(AUDIT_ANNOTATION), Repeated),
    f(6, "matchConditions", Msg(MATCH_CONDITION), Repeated),
    f(7, "variables", Msg(VARIABLE), Repeated),
];

pub(super) const PARAM_KIND: &[Field] = &[f(1, "apiVersion", Str, Plain), f(2, "kind", Str, Plain)];

pub(super) const MATCH_RESOURCES: &[Field] = &[
    f(1, "namespaceSelector", Msg(meta_v1::LABEL_SELECTOR), Ptr),
    f(2, "objectSelector", Msg(meta_v1::LABEL_SELECTOR), Ptr),
    f(3, "resourceRules", Msg(NAMED_RULE_WITH_OPERATIONS), Repeated),
    f(4, "excludeResourceRules", Msg(NAMED_RULE_WITH_OPERATIONS), Repeated),
    f(7, "matchPolicy", Str, Ptr),
];

pub(super) const NAMED_RULE_WITH_OPERATIONS: &[Field] =
    &[f(1, "resourceNames", Str, Repeated), f(2, "", Inline(RULE_WITH_OPERATIONS), Plain)];

pub(super) const VALIDATION: &[Field] = &[
    f(1, "expression", Str, Always),
    f(2, "message", Str, Plain),
    f(3, "reason", Str, Ptr),
    f(4, "messageExpression", Str, Plain),
];

pub(super) const AUDIT_ANNOTATION: &[Field] = &[f(1, "key", Str, Always), f(2, "valueExpression", Str, Always)];

pub(super) const VARIABLE: &[Field] = &[f(1, "name", Str, Always), f(2, "expression", Str, Always)];

pub(super) const VALIDATING_ADMISSION_POLICY_STATUS: &[Field] = &[
    f(1, "observedGeneration", Int, Plain),
    f(2, "typeChecking", Msg(TYPE_CHECKING), Ptr),
    f(3, "conditions", Msg(meta_v1::CONDITION), Repeated),
];

pub(super) const TYPE_CHECKING: &[Field] = &[f(1, "expressionWarnings", Msg(EXPRESSION_WARNING), Repeated)];

pub(super) const EXPRESSION_WARNING: &[Field] = &[f(2, "fieldRef", Str, Always), f(3, "warning", Str, Always)];

pub(super) const VALIDATING_ADMISSION_POLICY_BINDING: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(VALIDATING_ADMISSION_POLICY_BINDING_SPEC), Plain),
];

pub(super) const VALIDATING_ADMISSION_POLICY_BINDING_SPEC: &[Field] = &[
    f(1, "policyName", Str, Plain),
    f(2, "paramRef", Msg(PARAM_REF), Ptr),
    f(3, "matchResources", Msg(MATCH_RESOURCES), Ptr),
    f(4, "validationActions", Str, Repeated),
];

pub(super) const PARAM_REF: &[Field] = &[
    f(1, "name", Str, Plain),
    f(2, "namespace", Str, Plain),
    f(3, "selector", Msg(meta_v1::LABEL_SELECTOR), Ptr),
    f(4, "parameterNotFoundAction", Str, Ptr),
];
