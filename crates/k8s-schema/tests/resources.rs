//! The built-in resource table against independent sources: k8s-openapi's generated `Resource`
//! impls, the vendored 1.33 definitions, and a golden `kubectl api-resources -o wide`.

use std::any::TypeId;
use std::collections::BTreeMap;

use k8s_openapi::{ClusterResourceScope, NamespaceResourceScope, Resource, SubResourceScope};
use k8s_schema::resources::{self, ApiResource};
use k8s_schema::{Definitions, Gvk};

/// What k8s-openapi (generated from the v1.33 OpenAPI document) says about one type.
#[derive(Debug)]
struct OpenApiFacts {
    group: &'static str,
    version: &'static str,
    kind: &'static str,
    url_path_segment: &'static str,
    scope: TypeId,
}

fn facts<T: Resource>() -> OpenApiFacts
where
    T::Scope: 'static,
{
    OpenApiFacts {
        group: T::GROUP,
        version: T::VERSION,
        kind: T::KIND,
        url_path_segment: T::URL_PATH_SEGMENT,
        scope: TypeId::of::<T::Scope>(),
    }
}

/// Every resource type of the default-enabled group-versions, as k8s-openapi spells it.
fn openapi_resources() -> Vec<OpenApiFacts> {
    use k8s_openapi::api::{
        admissionregistration::v1 as admission, apps::v1 as apps, authentication::v1 as authn,
        authorization::v1 as authz, autoscaling::v1 as autoscaling1, autoscaling::v2 as autoscaling2,
        batch::v1 as batch, certificates::v1 as certificates, coordination::v1 as coordination, core::v1 as core,
        discovery::v1 as discovery, events::v1 as events, flowcontrol::v1 as flowcontrol, networking::v1 as networking,
        node::v1 as node, policy::v1 as policy, rbac::v1 as rbac, scheduling::v1 as scheduling, storage::v1 as storage,
    };
    use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1 as apiextensions;
    use k8s_openapi::kube_aggregator::pkg::apis::apiregistration::v1 as apiregistration;
    vec![
        facts::<core::Binding>(),
        facts::<core::ComponentStatus>(),
        facts::<core::ConfigMap>(),
        facts::<core::Endpoints>(),
        facts::<core::Event>(),
        facts::<core::LimitRange>(),
        facts::<core::Namespace>(),
        facts::<core::Node>(),
        facts::<core::PersistentVolume>(),
        facts::<core::PersistentVolumeClaim>(),
        facts::<core::Pod>(),
        facts::<core::PodTemplate>(),
        facts::<core::ReplicationController>(),
        facts::<core::ResourceQuota>(),
        facts::<core::Secret>(),
        facts::<core::Service>(),
        facts::<core::ServiceAccount>(),
        facts::<apiregistration::APIService>(),
        facts::<apps::ControllerRevision>(),
        facts::<apps::DaemonSet>(),
        facts::<apps::Deployment>(),
        facts::<apps::ReplicaSet>(),
        facts::<apps::StatefulSet>(),
        facts::<events::Event>(),
        facts::<authn::SelfSubjectReview>(),
        facts::<authn::TokenReview>(),
        facts::<authz::LocalSubjectAccessReview>(),
        facts::<authz::SelfSubjectAccessReview>(),
        facts::<authz::SelfSubjectRulesReview>(),
        facts::<authz::SubjectAccessReview>(),
        facts::<autoscaling2::HorizontalPodAutoscaler>(),
        facts::<autoscaling1::HorizontalPodAutoscaler>(),
        facts::<batch::CronJob>(),
        facts::<batch::Job>(),
        facts::<certificates::CertificateSigningRequest>(),
        facts::<networking::IPAddress>(),
        facts::<networking::Ingress>(),
        facts::<networking::IngressClass>(),
        facts::<networking::NetworkPolicy>(),
        facts::<networking::ServiceCIDR>(),
        facts::<policy::PodDisruptionBudget>(),
        facts::<rbac::ClusterRole>(),
        facts::<rbac::ClusterRoleBinding>(),
        facts::<rbac::Role>(),
        facts::<rbac::RoleBinding>(),
        facts::<storage::CSIDriver>(),
        facts::<storage::CSINode>(),
        facts::<storage::CSIStorageCapacity>(),
        facts::<storage::StorageClass>(),
        facts::<storage::VolumeAttachment>(),
        facts::<admission::MutatingWebhookConfiguration>(),
        facts::<admission::ValidatingAdmissionPolicy>(),
        facts::<admission::ValidatingAdmissionPolicyBinding>(),
        facts::<admission::ValidatingWebhookConfiguration>(),
        facts::<apiextensions::CustomResourceDefinition>(),
        facts::<scheduling::PriorityClass>(),
        facts::<coordination::Lease>(),
        facts::<node::RuntimeClass>(),
        facts::<discovery::EndpointSlice>(),
        facts::<flowcontrol::FlowSchema>(),
        facts::<flowcontrol::PriorityLevelConfiguration>(),
    ]
}

#[test]
fn every_resource_matches_k8s_openapi() {
    let openapi = openapi_resources();
    assert_eq!(openapi.len(), resources::builtin().len(), "one k8s-openapi type per table entry");
    for f in &openapi {
        let r = resources::find_by_kind(f.group, f.version, f.kind)
            .unwrap_or_else(|| panic!("{}/{} {} is not in the table", f.group, f.version, f.kind));
        assert_eq!(r.plural, f.url_path_segment, "{} plural", f.kind);
        assert_eq!(resources::find_by_plural(f.group, f.version, f.url_path_segment), Some(r));
        let scope =
            if r.namespaced { TypeId::of::<NamespaceResourceScope>() } else { TypeId::of::<ClusterResourceScope>() };
        assert_eq!(f.scope, scope, "{} scope", f.kind);
    }
}

#[test]
fn subresource_kinds_match_k8s_openapi() {
    use k8s_openapi::api::{authentication::v1::TokenRequest, autoscaling::v1::Scale, policy::v1::Eviction};
    // k8s-openapi models these as sub-resource scoped types whose path segment is the subresource name.
    let cases = [
        (facts::<Scale>(), ("apps", "deployments")),
        (facts::<Scale>(), ("", "replicationcontrollers")),
        (facts::<Eviction>(), ("", "pods")),
        (facts::<TokenRequest>(), ("", "serviceaccounts")),
    ];
    for (f, (group, plural)) in cases {
        assert_eq!(f.scope, TypeId::of::<SubResourceScope>());
        let parent = resources::find_by_plural(group, "v1", plural).unwrap();
        let sub = parent.subresource(f.url_path_segment).unwrap_or_else(|| panic!("{plural}/{}", f.url_path_segment));
        assert_eq!((sub.group.as_str(), sub.version.as_str(), sub.kind.as_str()), (f.group, f.version, f.kind));
    }
}

#[test]
fn every_kind_has_a_vendored_definition() {
    let defs = Definitions::k8s_1_33();
    for r in resources::builtin() {
        let gvk = Gvk::new(&r.group, &r.version, &r.kind);
        assert!(defs.name_for(&gvk).is_some(), "no definition for {} {}", gvk.api_version(), gvk.kind);
        // Subresources that speak another group's kind (Scale, Eviction, TokenRequest) must name a real one;
        // the connect options kinds (PodExecOptions, …) are query parameters, not schemas.
        for s in r.subresources.iter().filter(|s| !s.kind.ends_with("Options")) {
            let gvk = Gvk::new(&s.group, &s.version, &s.kind);
            assert!(defs.name_for(&gvk).is_some(), "no definition for {}/{} kind {}", r.plural, s.name, s.kind);
        }
    }
}

/// Lays the table out as `kubectl api-resources -o wide` does: each group's preferred version
/// only, no subresources, sorted by group then name, through Go's tabwriter (minwidth 6,
/// padding 3, spaces), which pads every cell but the last of a line.
fn render_api_resources_wide() -> String {
    let preferred: BTreeMap<String, String> =
        resources::group_versions().into_iter().filter_map(|(g, vs)| vs.into_iter().next().map(|v| (g, v))).collect();
    let mut shown: Vec<&ApiResource> =
        resources::builtin().iter().filter(|r| preferred.get(&r.group) == Some(&r.version)).collect();
    shown.sort_by(|a, b| (&a.group, &a.plural).cmp(&(&b.group, &b.plural)));

    let header = ["NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND", "VERBS", "CATEGORIES"].map(String::from);
    let rows: Vec<[String; 7]> = std::iter::once(header)
        .chain(shown.iter().map(|r| {
            [
                r.plural.clone(),
                r.short_names.join(","),
                r.api_version(),
                r.namespaced.to_string(),
                r.kind.clone(),
                r.verbs.join(","),
                r.categories.join(","),
            ]
        }))
        .collect();
    let widths: Vec<usize> =
        (0..6).map(|c| rows.iter().map(|row| row[c].len() + 3).max().unwrap_or(0).max(6)).collect();
    let mut out = String::new();
    for row in &rows {
        for (cell, width) in row.iter().zip(&widths) {
            out.push_str(&format!("{cell:<width$}"));
        }
        out.push_str(&row[6]);
        out.push('\n');
    }
    out
}

#[test]
fn kubectl_api_resources_wide_matches_golden() {
    let golden = include_str!("fixtures/api-resources-1.33.txt");
    let expected: String = golden.lines().filter(|l| !l.starts_with("# ")).map(|l| format!("{l}\n")).collect();
    let actual = render_api_resources_wide();
    for (n, (a, e)) in actual.lines().zip(expected.lines()).enumerate() {
        assert_eq!(a, e, "line {} differs", n + 1);
    }
    assert_eq!(actual, expected);
}
