//! `flux-rs create tenant`: upstream's export goldens, applying namespaces, service accounts and role
//! bindings, and the checks before any request.

use k8s_openapi::api::core::v1::{Namespace, ServiceAccount};
use k8s_openapi::api::rbac::v1::RoleBinding;
use kube::Api;

use super::super::controller::{self, cluster_args, with_cluster, NS};
use super::super::support::{assert_golden, flux, flux_sync};
use crate::support::TestServer;

#[test]
fn export_reproduces_upstreams_goldens() {
    // `create_tenant_test.go`: testdata/create_tenant/*.yaml.
    let cases: &[(&str, &[&str])] = &[
        ("tenant_basic", &[]),
        ("tenant_with_service_account", &["--with-service-account=flux-tenant"]),
        ("tenant_with_cluster_role", &["--cluster-role=custom-role"]),
        ("tenant_with_skip_namespace", &["--skip-namespace"]),
    ];
    for (golden, flags) in cases {
        let mut args = vec!["create", "tenant", "dev-team", "--with-namespace=apps", "--cluster-role=cluster-admin"];
        args.extend_from_slice(flags);
        args.push("--export");
        assert_golden(&format!("create/tenant/{golden}"), &flux_sync(&args, &[], None), &[]);
    }
    // Several namespaces, in order, each with its three objects and the --label labels.
    let args =
        ["create", "tenant", "dev-team", "--with-namespace=frontend,backend", "--label=environment=dev", "--export"];
    assert_golden("create/tenant/tenant_two_namespaces", &flux_sync(&args, &[], None), &[]);
}

#[test]
fn bad_input_is_refused_before_any_request() {
    let cases: &[(&str, &[&str])] = &[
        ("name_required", &["create", "tenant"]),
        ("namespace_required", &["create", "tenant", "dev-team", "--cluster-role=cluster-admin"]),
        ("cluster_role_required", &["create", "tenant", "dev-team", "--with-namespace=apps", "--cluster-role="]),
        ("namespace_invalid", &["create", "tenant", "dev-team", "--with-namespace=-apps", "--export"]),
        (
            "service_account_invalid",
            &["create", "tenant", "dev-team", "--with-namespace=apps", "--with-service-account=a/b/c"],
        ),
        ("label_invalid", &["create", "tenant", "dev-team", "--with-namespace=apps", "--label=tier"]),
    ];
    for (name, args) in cases {
        assert_golden(&format!("create/tenant/{name}"), &flux_sync(args, &[], None), &[]);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn applies_namespaces_accounts_and_role_bindings() {
    let server = TestServer::start().await;
    let client = controller::install_flux(&server, NS).await;
    let cluster = cluster_args(&server);
    let args = ["create", "tenant", "dev-team", "--with-namespace=frontend,backend", "--label=env=dev"];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_golden("create/tenant/applied", &out, &[]);
    for ns in ["frontend", "backend"] {
        let namespace = Api::<Namespace>::all(client.clone()).get(ns).await.expect("the namespace exists");
        let labels = namespace.metadata.labels.unwrap_or_default();
        assert_eq!(labels.get("toolkit.fluxcd.io/tenant").map(String::as_str), Some("dev-team"));
        assert_eq!(labels.get("env").map(String::as_str), Some("dev"));
        Api::<ServiceAccount>::namespaced(client.clone(), ns).get("dev-team").await.expect("the account exists");
    }

    // A new cluster role replaces the binding (its roleRef is immutable); the namespace must exist.
    let args = ["create", "tenant", "dev-team", "--with-namespace=frontend", "--cluster-role=view", "--skip-namespace"];
    let out = flux(&with_cluster(&args, &cluster), &[], None).await;
    assert_golden("create/tenant/applied_skip_namespace", &out, &[]);
    let bindings = Api::<RoleBinding>::namespaced(client.clone(), "frontend");
    let binding = bindings.get("dev-team-reconciler").await.expect("the role binding exists");
    assert_eq!(binding.role_ref.name, "view");
    let subjects = binding.subjects.unwrap_or_default();
    assert_eq!(subjects[0].name, "gotk:frontend:reconciler");
    assert_eq!(subjects[1].namespace.as_deref(), Some("frontend"));
}
