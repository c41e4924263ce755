//! `spec.postBuild`: Flux's variable substitution over the built resources (fluxcd/pkg
//! `kustomize.SubstituteVariables`).
//!
//! Variables come from the `substituteFrom` ConfigMaps and Secrets in order (a later one overrides an
//! earlier one; an `optional` one that does not exist is skipped), then from the inline `substitute`
//! map, which overrides them all; every `\n` is removed from the values. Each resource is printed as
//! YAML, substituted with the envsubst engine, and read back (YAML 1.1, as sigs.k8s.io/yaml reads it)
//! — only when there is at least one variable or `substituteStrategy: Always`. A resource labelled or
//! annotated `kustomize.toolkit.fluxcd.io/substitute: disabled` is left alone. In strict mode a
//! variable that is not set and has no default fails: `variable not set (strict mode): "X"`.
//!
//! Loading from the cluster is the only async part ([`load_variables`]); substituting is pure.

use std::collections::BTreeMap;

use api::kustomize::{PostBuild, SubstituteStrategy};
use k8s_openapi::api::core::v1::{ConfigMap, Secret};
use kube::Api;
use yaml::node::Node;

use super::BuildError;
use crate::kube_error::{describe, is_not_found};

/// The label or annotation that turns substitution off for one resource.
pub const SUBSTITUTE_ANNOTATION: &str = "kustomize.toolkit.fluxcd.io/substitute";

/// Variable names must match this (RE2's `[:alpha:]` is ASCII).
pub const VAR_NAME_PATTERN: &str = "^[_[:alpha:]][_[:alpha:][:digit:]]*$";

/// Variables by name.
pub type Variables = BTreeMap<String, String>;

/// Reads the `substituteFrom` ConfigMaps and Secrets of a Kustomization in `namespace`, in order.
///
/// # Errors
/// A reference that cannot be read (`substitute from 'ConfigMap/vars' error: configmaps "vars" not
/// found`), unless it is `optional` and does not exist. Never a value.
pub async fn load_variables(
    client: &kube::Client,
    namespace: &str,
    post_build: &PostBuild,
) -> Result<Variables, String> {
    let mut vars = Variables::new();
    for reference in post_build.substitute_from.iter().flatten() {
        let optional = reference.optional.unwrap_or(false);
        let failed =
            |e: kube::Error| format!("substitute from '{}/{}' error: {}", reference.kind, reference.name, describe(&e));
        let missing = |e: &kube::Error| optional && is_not_found(e);
        match reference.kind.as_str() {
            "ConfigMap" => {
                let api: Api<ConfigMap> = Api::namespaced(client.clone(), namespace);
                match api.get(&reference.name).await {
                    Ok(cm) => {
                        for (k, v) in cm.data.unwrap_or_default() {
                            vars.insert(k, v.replace('\n', ""));
                        }
                    }
                    Err(e) if missing(&e) => {}
                    Err(e) => return Err(failed(e)),
                }
            }
            "Secret" => {
                let api: Api<Secret> = Api::namespaced(client.clone(), namespace);
                match api.get(&reference.name).await {
                    Ok(secret) => {
                        for (k, v) in secret.data.unwrap_or_default() {
                            vars.insert(k, String::from_utf8_lossy(&v.0).replace('\n', ""));
                        }
                    }
                    Err(e) if missing(&e) => {}
                    Err(e) => return Err(failed(e)),
                }
            }
            // The CRD only admits the two kinds; upstream ignores anything else.
            _ => {}
        }
    }
    Ok(vars)
}

/// How to substitute.
#[derive(Debug, Clone, Copy, Default)]
pub struct SubstituteOptions {
    /// Fail on a variable that is not set and has no default (the controller's default since
    /// kustomize-controller v1.9; `flux build --strict-substitute`).
    pub strict: bool,
}

/// Substitutes the variables of `post_build` into `resources`.
///
/// `loaded` is what [`load_variables`] returned (an empty map when the cluster is not asked, as in
/// `flux build --dry-run`): its error surfaces, as upstream's, only when a resource needs variables.
/// The inline `substitute` map overrides it.
///
/// # Errors
/// [`BuildError::PostBuild`], naming the resource and the variable (never a value): a failed load,
/// an invalid variable name, a missing variable in strict mode, a parse error, YAML that does not
/// read back.
pub fn substitute(
    resources: Vec<Node>,
    post_build: &PostBuild,
    loaded: Result<Variables, String>,
    options: SubstituteOptions,
) -> Result<Vec<Node>, BuildError> {
    let always = post_build.substitute_strategy == Some(SubstituteStrategy::Always);
    let vars = loaded.map(|mut vars| {
        vars.extend(post_build.substitute.iter().flatten().map(|(k, v)| (k.clone(), v.clone())));
        vars.values_mut().for_each(|v| v.retain(|c| c != '\n'));
        vars
    });
    resources
        .into_iter()
        .map(|resource| {
            if disabled(&resource) {
                return Ok(resource);
            }
            let fail = |cause: String| BuildError::PostBuild {
                gvk: super::gvk(&resource).to_string(),
                name: super::name(&resource).to_string(),
                cause,
            };
            let vars = vars.as_ref().map_err(|e| fail(e.clone()))?;
            if vars.is_empty() && !always {
                return Ok(resource);
            }
            substitute_resource(&resource, vars, options.strict).map_err(|e| fail(format!("envsubst error: {e}")))
        })
        .collect()
}

/// Whether a resource opts out of substitution (exactly `disabled`, as upstream compares it).
pub fn disabled(resource: &Node) -> bool {
    super::label(resource, SUBSTITUTE_ANNOTATION) == Some("disabled")
        || super::annotation(resource, SUBSTITUTE_ANNOTATION) == Some("disabled")
}

/// One resource through envsubst: printed, substituted, read back.
fn substitute_resource(resource: &Node, vars: &Variables, strict: bool) -> Result<Node, String> {
    if let Some(invalid) = vars.keys().find(|name| !valid_name(name)) {
        return Err(format!("'{invalid}' var name is invalid, must match '{VAR_NAME_PATTERN}'"));
    }
    let text = resource.to_yaml().map_err(|e| e.to_string())?;
    let lookup = |name: &str| vars.get(name).cloned();
    let output =
        crate::envsubst::eval(&text, &lookup, strict).map_err(|e| format!("variable substitution failed: {e}"))?;
    let value = yaml::from_str(&output).map_err(|e| format!("YAMLToJSON: {e}"))?;
    Ok(Node::from_json(&value))
}

/// `^[_[:alpha:]][_[:alpha:][:digit:]]*$`.
fn valid_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_ascii_alphabetic())
        && chars.all(|c| c == '_' || c.is_ascii_alphanumeric())
}

#[cfg(test)]
#[path = "substitute_tests.rs"]
mod tests;
