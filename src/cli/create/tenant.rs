//! `flux create tenant`: for each tenant namespace, the Namespace, a ServiceAccount and a RoleBinding
//! that lets the tenant's reconcilers act in it (and only there, with Flux's multi-tenancy lockdown).

use std::collections::BTreeMap;

use clap::{ArgAction, Args};
use k8s_openapi::api::core::v1::{Namespace, ServiceAccount};
use k8s_openapi::api::rbac::v1::{RoleBinding, RoleRef, Subject};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::ObjectMeta;
use kube::api::{Api, DeleteParams, PostParams};

use super::{go_bool, object_name, Create};
use crate::cli::client::Kube;
use crate::ui;

/// The label that marks every object of a tenant.
const TENANT_LABEL: &str = "toolkit.fluxcd.io/tenant";
const RBAC_GROUP: &str = "rbac.authorization.k8s.io";

/// Create or update a tenant.
///
/// The create tenant command generates namespaces, service accounts and role bindings to limit the
/// reconcilers scope to the tenant namespaces.
///
/// ⚠️  Please note that this command is in preview and under development.
/// While we try our best to not introduce breaking changes, they may occur when
/// we adapt to new features and/or find better ways to facilitate what it does.
///
/// Examples:
///   # Create a tenant with access to a namespace
///   flux-rs create tenant dev-team \
///     --with-namespace=frontend \
///     --label=environment=dev
///
///   # Generate tenant namespaces and role bindings in YAML format
///   flux-rs create tenant dev-team \
///     --with-namespace=frontend \
///     --with-namespace=backend \
///     --export > dev-team.yaml
#[derive(Debug, Args)]
#[command(verbatim_doc_comment, args_override_self = true)]
pub struct TenantArgs {
    /// The tenant's name.
    #[arg(value_name = "NAME")]
    name: Option<String>,
    /// Namespace belonging to this tenant (repeat it, or separate names with commas).
    #[arg(long = "with-namespace", value_name = "NAMESPACE", value_delimiter = ',')]
    namespaces: Option<Vec<String>>,
    /// Cluster role of the tenant role binding.
    #[arg(long, value_name = "NAME", default_value = "cluster-admin")]
    cluster_role: String,
    /// Service account belonging to this tenant (default: the tenant's name).
    #[arg(long = "with-service-account", value_name = "NAME", default_value = "")]
    service_account: String,
    /// Skip namespace creation (namespace must exist already).
    #[arg(long, value_name = "BOOL", num_args = 0..=1, require_equals = true, default_value = "false",
          default_missing_value = "true", action = ArgAction::Set, value_parser = go_bool)]
    skip_namespace: bool,
}

/// The objects of one tenant namespace.
struct TenantNamespace {
    namespace: Namespace,
    account: ServiceAccount,
    role_binding: RoleBinding,
}

fn qualified_name(what: &str, name: &str) -> anyhow::Result<()> {
    let errs = k8s_schema::validation::is_qualified_name(name);
    if !errs.is_empty() {
        anyhow::bail!("invalid {what} '{name}': [{}]", errs.join(" "));
    }
    Ok(())
}

fn objects(create: &Create<'_>, tenant: &str, args: &TenantArgs, ns: &str) -> anyhow::Result<TenantNamespace> {
    qualified_name("namespace", ns)?;
    let mut labels = create.labels()?.unwrap_or_default();
    labels.insert(TENANT_LABEL.to_string(), tenant.to_string());
    let account_name = if args.service_account.is_empty() { tenant } else { &args.service_account };
    qualified_name("service-account name", account_name)?;
    let meta = |name: &str, namespace: Option<&str>| ObjectMeta {
        name: Some(name.to_string()),
        namespace: namespace.map(str::to_string),
        labels: Some(labels.clone()),
        ..ObjectMeta::default()
    };
    Ok(TenantNamespace {
        namespace: Namespace { metadata: meta(ns, None), ..Namespace::default() },
        account: ServiceAccount { metadata: meta(account_name, Some(ns)), ..ServiceAccount::default() },
        role_binding: RoleBinding {
            metadata: meta(&format!("{tenant}-reconciler"), Some(ns)),
            subjects: Some(vec![
                Subject {
                    api_group: Some(RBAC_GROUP.to_string()),
                    kind: "User".to_string(),
                    name: format!("gotk:{ns}:reconciler"),
                    namespace: None,
                },
                Subject {
                    api_group: None,
                    kind: "ServiceAccount".to_string(),
                    name: account_name.to_string(),
                    namespace: Some(ns.to_string()),
                },
            ]),
            role_ref: RoleRef {
                api_group: RBAC_GROUP.to_string(),
                kind: "ClusterRole".to_string(),
                name: args.cluster_role.clone(),
            },
        },
    })
}

pub async fn run(create: &Create<'_>, args: TenantArgs) -> anyhow::Result<()> {
    let tenant = object_name(args.name.as_deref())?;
    qualified_name("tenant name", &tenant)?;
    if args.cluster_role.is_empty() {
        anyhow::bail!("cluster-role is required");
    }
    let Some(namespaces) = args.namespaces.as_deref() else {
        anyhow::bail!("with-namespace is required");
    };
    // pflag reads `--with-namespace=""` as no namespace at all.
    let namespaces: Vec<&String> = namespaces.iter().filter(|ns| !ns.is_empty()).collect();
    let tenants =
        namespaces.iter().map(|ns| objects(create, &tenant, &args, ns)).collect::<anyhow::Result<Vec<_>>>()?;
    if create.flags.export {
        for t in &tenants {
            if !args.skip_namespace {
                super::export(&t.namespace)?;
            }
            super::export(&t.account)?;
            super::export(&t.role_binding)?;
        }
        return Ok(());
    }
    let kube = create.kube().await?;
    for t in &tenants {
        if !args.skip_namespace {
            ui::action(&format!("applying namespace {}", name_of(&t.namespace.metadata)));
            create.before_deadline(upsert_namespace(&kube, &t.namespace)).await??;
        }
        ui::action(&format!("applying service account {}", name_of(&t.account.metadata)));
        create.before_deadline(upsert_service_account(&kube, &t.account)).await??;
        ui::action(&format!("applying role binding {}", name_of(&t.role_binding.metadata)));
        create.before_deadline(upsert_role_binding(&kube, &t.role_binding)).await??;
    }
    ui::success("tenant setup completed");
    Ok(())
}

fn name_of(meta: &ObjectMeta) -> &str {
    meta.name.as_deref().unwrap_or_default()
}

/// The request failed: its one-line description.
fn failed<'a>(kube: &'a Kube, path: &'a str) -> impl Fn(kube::Error) -> anyhow::Error + 'a {
    move |e| anyhow::anyhow!(kube.describe(&e, path))
}

/// Creates the namespace, or sets its labels when the wanted ones are not all there already.
async fn upsert_namespace(kube: &Kube, wanted: &Namespace) -> anyhow::Result<()> {
    let name = name_of(&wanted.metadata);
    let path = format!("/api/v1/namespaces/{name}");
    let api: Api<Namespace> = Api::all(kube.throttled().await);
    match api.get_opt(name).await.map_err(failed(kube, &path))? {
        None => {
            let api: Api<Namespace> = Api::all(kube.throttled().await);
            api.create(&PostParams::default(), wanted).await.map_err(failed(kube, &path))?;
        }
        Some(mut existing) if !labels_derive(&wanted.metadata.labels, &existing.metadata.labels) => {
            existing.metadata.labels = wanted.metadata.labels.clone();
            let api: Api<Namespace> = Api::all(kube.throttled().await);
            api.replace(name, &PostParams::default(), &existing).await.map_err(failed(kube, &path))?;
        }
        Some(_) => {}
    }
    Ok(())
}

/// Creates the service account, or sets its labels when the wanted ones are not all there already.
async fn upsert_service_account(kube: &Kube, wanted: &ServiceAccount) -> anyhow::Result<()> {
    let (name, ns) = (name_of(&wanted.metadata), wanted.metadata.namespace.as_deref().unwrap_or_default());
    let path = format!("/api/v1/namespaces/{ns}/serviceaccounts/{name}");
    let api = |client| Api::<ServiceAccount>::namespaced(client, ns);
    match api(kube.throttled().await).get_opt(name).await.map_err(failed(kube, &path))? {
        None => {
            api(kube.throttled().await).create(&PostParams::default(), wanted).await.map_err(failed(kube, &path))?;
        }
        Some(mut existing) if !labels_derive(&wanted.metadata.labels, &existing.metadata.labels) => {
            existing.metadata.labels = wanted.metadata.labels.clone();
            let replace = api(kube.throttled().await);
            replace.replace(name, &PostParams::default(), &existing).await.map_err(failed(kube, &path))?;
        }
        Some(_) => {}
    }
    Ok(())
}

/// Creates the role binding; one that differs is deleted and created again, its role being immutable.
async fn upsert_role_binding(kube: &Kube, wanted: &RoleBinding) -> anyhow::Result<()> {
    let (name, ns) = (name_of(&wanted.metadata), wanted.metadata.namespace.as_deref().unwrap_or_default());
    let path = format!("/apis/rbac.authorization.k8s.io/v1/namespaces/{ns}/rolebindings/{name}");
    let api = |client| Api::<RoleBinding>::namespaced(client, ns);
    let existing = api(kube.throttled().await).get_opt(name).await.map_err(failed(kube, &path))?;
    if let Some(existing) = existing {
        if role_binding_derives(wanted, &existing) {
            return Ok(());
        }
        api(kube.throttled().await).delete(name, &DeleteParams::default()).await.map_err(failed(kube, &path))?;
    }
    api(kube.throttled().await).create(&PostParams::default(), wanted).await.map_err(failed(kube, &path))?;
    Ok(())
}

/// apimachinery's `DeepDerivative` on label maps: every wanted label is set, to the same value unless the
/// wanted value is empty.
fn labels_derive(wanted: &Option<BTreeMap<String, String>>, existing: &Option<BTreeMap<String, String>>) -> bool {
    let Some(wanted) = wanted.as_ref().filter(|w| !w.is_empty()) else { return true };
    let empty = BTreeMap::new();
    let existing = existing.as_ref().unwrap_or(&empty);
    wanted.len() <= existing.len()
        && wanted.iter().all(|(k, v)| existing.get(k).is_some_and(|have| v.is_empty() || have == v))
}

/// `DeepDerivative` of strings: an empty wanted value matches anything.
fn derives(wanted: &str, existing: &str) -> bool {
    wanted.is_empty() || wanted == existing
}

fn opt_derives(wanted: &Option<String>, existing: &Option<String>) -> bool {
    derives(wanted.as_deref().unwrap_or_default(), existing.as_deref().unwrap_or_default())
}

/// Upstream keeps a role binding whose subjects, role and labels already derive from the wanted ones.
fn role_binding_derives(wanted: &RoleBinding, existing: &RoleBinding) -> bool {
    let subjects = match (&wanted.subjects, &existing.subjects) {
        (None, _) => true,
        (Some(w), _) if w.is_empty() => true,
        (Some(w), Some(e)) => {
            w.len() <= e.len()
                && w.iter().zip(e).all(|(w, e)| {
                    opt_derives(&w.api_group, &e.api_group)
                        && derives(&w.kind, &e.kind)
                        && derives(&w.name, &e.name)
                        && opt_derives(&w.namespace, &e.namespace)
                })
        }
        (Some(_), None) => false,
    };
    let role = derives(&wanted.role_ref.api_group, &existing.role_ref.api_group)
        && derives(&wanted.role_ref.kind, &existing.role_ref.kind)
        && derives(&wanted.role_ref.name, &existing.role_ref.name);
    subjects && role && labels_derive(&wanted.metadata.labels, &existing.metadata.labels)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(pairs: &[(&str, &str)]) -> Option<BTreeMap<String, String>> {
        Some(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
    }

    #[test]
    fn labels_derive_when_all_wanted_are_set() {
        assert!(labels_derive(&labels(&[("a", "1")]), &labels(&[("a", "1"), ("b", "2")])));
        assert!(!labels_derive(&labels(&[("a", "1")]), &labels(&[("a", "2")])));
        assert!(!labels_derive(&labels(&[("a", "1")]), &None));
        assert!(labels_derive(&labels(&[("a", "")]), &labels(&[("a", "x")])));
        assert!(labels_derive(&None, &None));
    }
}
