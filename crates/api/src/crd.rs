//! The CRD manifests, generated from the types and finished the way upstream ships them: Flux's labels,
//! `listKind`, the `status` default, and no `nullable` (upstream's schemas reject `null`).

use std::collections::BTreeMap;

use k8s_openapi::apiextensions_apiserver::pkg::apis::apiextensions::v1::{CustomResourceDefinition, JSONSchemaProps};
use kube::CustomResourceExt;
use serde_json::Value;

use crate::{helm, image, kustomize, notification, source};

/// One Flux kind: how to generate its CRD and how upstream ships it.
struct Kind {
    crd: fn() -> CustomResourceDefinition,
    /// The controller that owns the kind (`app.kubernetes.io/component`).
    component: &'static str,
    /// Upstream defaults `status` to `{"observedGeneration": -1}` on every reconciled kind.
    status_default: bool,
}

fn kinds() -> Vec<Kind> {
    let k = |crd, component, status_default| Kind { crd, component, status_default };
    vec![
        k(source::GitRepository::crd, "source-controller", true),
        k(source::OCIRepository::crd, "source-controller", true),
        k(source::HelmRepository::crd, "source-controller", true),
        k(source::HelmChart::crd, "source-controller", true),
        k(source::Bucket::crd, "source-controller", true),
        k(source::ExternalArtifact::crd, "source-controller", false),
        k(kustomize::Kustomization::crd, "kustomize-controller", true),
        k(helm::HelmRelease::crd, "helm-controller", true),
        k(notification::Alert::crd, "notification-controller", false),
        k(notification::Provider::crd, "notification-controller", false),
        k(notification::Receiver::crd, "notification-controller", true),
        k(image::ImageRepository::crd, "image-reflector-controller", true),
        k(image::ImagePolicy::crd, "image-reflector-controller", true),
        k(image::ImageUpdateAutomation::crd, "image-automation-controller", true),
    ]
}

/// The CRDs of every Flux kind, in a stable order (source, kustomize, helm, notification, image).
///
/// ```
/// let crds = api::crds();
/// assert!(crds.iter().any(|c| c.metadata.name.as_deref() == Some("gitrepositories.source.toolkit.fluxcd.io")));
/// ```
pub fn crds() -> Vec<CustomResourceDefinition> {
    kinds().into_iter().map(finish).collect()
}

fn finish(kind: Kind) -> CustomResourceDefinition {
    let mut crd = (kind.crd)();
    let labels = BTreeMap::from([
        ("app.kubernetes.io/component".to_string(), kind.component.to_string()),
        ("app.kubernetes.io/instance".to_string(), "flux-system".to_string()),
        ("app.kubernetes.io/part-of".to_string(), "flux".to_string()),
    ]);
    crd.metadata.labels = Some(labels);
    // Flux's own manifests must never go through postBuild variable substitution.
    crd.metadata.annotations =
        Some(BTreeMap::from([("kustomize.toolkit.fluxcd.io/substitute".to_string(), "disabled".to_string())]));
    crd.spec.names.list_kind = Some(format!("{}List", crd.spec.names.kind));
    for version in &mut crd.spec.versions {
        // controller-gen writes `subresources: {}` for kinds without status (Alert, Provider).
        version.subresources.get_or_insert_with(Default::default);
        if let Some(validation) = version.schema.as_mut() {
            if let Some(schema) = validation.open_api_v3_schema.take() {
                validation.open_api_v3_schema = Some(finish_schema(schema, kind.status_default));
            }
        }
    }
    crd
}

fn finish_schema(schema: JSONSchemaProps, status_default: bool) -> JSONSchemaProps {
    let mut value = match serde_json::to_value(&schema) {
        Ok(v) => v,
        // Serialising a typed schema cannot fail; keep it unfinished rather than lose it.
        Err(_) => return schema,
    };
    strip_nullable(&mut value);
    if let Some(root) = value.as_object_mut() {
        if let Some(Value::Object(properties)) = root.get_mut("properties") {
            properties.insert(
                "apiVersion".into(),
                serde_json::json!({
                    "description": "APIVersion defines the versioned schema of this representation of an object.",
                    "type": "string"
                }),
            );
            properties.insert(
                "kind".into(),
                serde_json::json!({
                    "description": "Kind is a string value representing the REST resource this object represents.",
                    "type": "string"
                }),
            );
            properties.insert("metadata".into(), serde_json::json!({"type": "object"}));
        }
        // `spec` is optional at the root, as in every kubebuilder CRD.
        root.remove("required");
        if status_default {
            if let Some(Value::Object(status)) = root.get_mut("properties").and_then(|p| p.get_mut("status")) {
                status.insert("default".into(), serde_json::json!({"observedGeneration": -1}));
            }
        }
    }
    serde_json::from_value(value).unwrap_or(schema)
}

/// Removes `nullable: true` and the `null` that an `Option` adds to an `enum`.
fn strip_nullable(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.remove("nullable");
            if let Some(Value::Array(values)) = map.get_mut("enum") {
                values.retain(|v| !v.is_null());
            }
            for (key, v) in map.iter_mut() {
                // `default` and `enum` hold data, not schemas.
                if key != "default" && key != "enum" {
                    strip_nullable(v);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(strip_nullable),
        _ => {}
    }
}
