//! `networking/v1` field tables.
//!
//! Numbers and names from k8s.io/api `networking/v1/generated.proto` at v0.33.1; cardinality from the Go types'
//! struct tags (a `*T` field is `Ptr`, a scalar without `omitempty` is `Always`, `json:",inline"` is `Inline`).

use super::{core_v1, meta_v1};
use crate::protobuf::Card::{Always, Plain, Ptr, Repeated};
use crate::protobuf::Ty::{Inline, Int, IntOrString, Msg, Str};
use crate::protobuf::{f, Field};

pub(super) const INGRESS: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(INGRESS_SPEC), Plain),
    f(3, "status", Msg(INGRESS_STATUS), Plain),
];

pub(super) const INGRESS_SPEC: &[Field] = &[
    f(4, "ingressClassName", Str, Ptr),
    f(1, "defaultBackend", Msg(INGRESS_BACKEND), Ptr),
    f(2, "tls", Msg(INGRESS_TLS), Repeated),
    f(3, "rules", Msg(INGRESS_RULE), Repeated),
];

pub(super) const INGRESS_BACKEND: &[Field] = &[
    f(4, "service", Msg(INGRESS_SERVICE_BACKEND), Ptr),
    f(3, "resource", Msg(core_v1::TYPED_LOCAL_OBJECT_REFERENCE), Ptr),
];

pub(super) const INGRESS_SERVICE_BACKEND: &[Field] =
    &[f(1, "name", Str, Always), f(2, "port", Msg(SERVICE_BACKEND_PORT), Plain)];

pub(super) const SERVICE_BACKEND_PORT: &[Field] = &[f(1, "name", Str, Plain), f(2, "number", Int, Plain)];

pub(super) const INGRESS_TLS: &[Field] = &[f(1, "hosts", Str, Repeated), f(2, "secretName", Str, Plain)];

pub(super) const INGRESS_RULE: &[Field] = &[f(1, "host", Str, Plain), f(2, "", Inline(INGRESS_RULE_VALUE), Plain)];

pub(super) const INGRESS_RULE_VALUE: &[Field] = &[f(1, "http", Msg(HTTP_INGRESS_RULE_VALUE), Ptr)];

pub(super) const HTTP_INGRESS_RULE_VALUE: &[Field] = &[f(1, "paths", Msg(HTTP_INGRESS_PATH), Repeated)];

pub(super) const HTTP_INGRESS_PATH: &[Field] =
    &[f(1, "path", Str, Plain), f(3, "pathType", Str, Ptr), f(2, "backend", Msg(INGRESS_BACKEND), Plain)];

pub(super) const INGRESS_STATUS: &[Field] = &[f(1, "loadBalancer", Msg(INGRESS_LOAD_BALANCER_STATUS), Plain)];

pub(super) const INGRESS_LOAD_BALANCER_STATUS: &[Field] =
    &[f(1, "ingress", Msg(INGRESS_LOAD_BALANCER_INGRESS), Repeated)];

pub(super) const INGRESS_LOAD_BALANCER_INGRESS: &[Field] =
    &[f(1, "ip", Str, Plain), f(2, "hostname", Str, Plain), f(4, "ports", Msg(INGRESS_PORT_STATUS), Repeated)];

pub(super) const INGRESS_PORT_STATUS: &[Field] =
    &[f(1, "port", Int, Always), f(2, "protocol", Str, Always), f(3, "error", Str, Ptr)];

pub(super) const INGRESS_CLASS: &[Field] =
    &[f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain), f(2, "spec", Msg(INGRESS_CLASS_SPEC), Plain)];

pub(super) const INGRESS_CLASS_SPEC: &[Field] =
    &[f(1, "controller", Str, Plain), f(2, "parameters", Msg(INGRESS_CLASS_PARAMETERS_REFERENCE), Ptr)];

pub(super) const INGRESS_CLASS_PARAMETERS_REFERENCE: &[Field] = &[
    f(1, "apiGroup", Str, Ptr),
    f(2, "kind", Str, Always),
    f(3, "name", Str, Always),
    f(4, "scope", Str, Ptr),
    f(5, "namespace", Str, Ptr),
];

pub(super) const NETWORK_POLICY: &[Field] =
    &[f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain), f(2, "spec", Msg(NETWORK_POLICY_SPEC), Plain)];

pub(super) const NETWORK_POLICY_SPEC: &[Field] = &[
    f(1, "podSelector", Msg(meta_v1::LABEL_SELECTOR), Plain),
    f(2, "ingress", Msg(NETWORK_POLICY_INGRESS_RULE), Repeated),
    f(3, "egress", Msg(NETWORK_POLICY_EGRESS_RULE), Repeated),
    f(4, "policyTypes", Str, Repeated),
];

pub(super) const NETWORK_POLICY_INGRESS_RULE: &[Field] =
    &[f(1, "ports", Msg(NETWORK_POLICY_PORT), Repeated), f(2, "from", Msg(NETWORK_POLICY_PEER), Repeated)];

pub(super) const NETWORK_POLICY_PORT: &[Field] =
    &[f(1, "protocol", Str, Ptr), f(2, "port", IntOrString, Ptr), f(3, "endPort", Int, Ptr)];

pub(super) const NETWORK_POLICY_PEER: &[Field] = &[
    f(1, "podSelector", Msg(meta_v1::LABEL_SELECTOR), Ptr),
    f(2, "namespaceSelector", Msg(meta_v1::LABEL_SELECTOR), Ptr),
    f(3, "ipBlock", Msg(IP_BLOCK), Ptr),
];

pub(super) const IP_BLOCK: &[Field] = &[f(1, "cidr", Str, Always), f(2, "except", Str, Repeated)];

pub(super) const NETWORK_POLICY_EGRESS_RULE: &[Field] =
    &[f(1, "ports", Msg(NETWORK_POLICY_PORT), Repeated), f(2, "to", Msg(NETWORK_POLICY_PEER), Repeated)];

pub(super) const IP_ADDRESS: &[Field] =
    &[f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain), f(2, "spec", Msg(IP_ADDRESS_SPEC), Plain)];

pub(super) const IP_ADDRESS_SPEC: &[Field] = &[f(1, "parentRef", Msg(PARENT_REFERENCE), Ptr)];

pub(super) const PARENT_REFERENCE: &[Field] =
    &[f(1, "group", Str, Plain), f(2, "resource", Str, Plain), f(3, "namespace", Str, Plain), f(4, "name", Str, Plain)];

pub(super) const SERVICE_CIDR: &[Field] = &[
    f(1, "metadata", Msg(meta_v1::OBJECT_META), Plain),
    f(2, "spec", Msg(SERVICE_CIDR_SPEC), Plain),
    f(3, "status", Msg(SERVICE_CIDR_STATUS), Plain),
];

pub(super) const SERVICE_CIDR_SPEC: &[Field] = &[f(1, "cidrs", Str, Repeated)];

pub(super) const SERVICE_CIDR_STATUS: &[Field] = &[f(1, "conditions", Msg(meta_v1::CONDITION), Repeated)];
