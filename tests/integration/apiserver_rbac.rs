//! RBAC objects and the identity reviews as kubectl uses them against the embedded server.

use crate::support::TestServer;

fn cluster_role_binding(role: &str) -> String {
    format!(
        "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: deployer\nroleRef:\n  apiGroup: rbac.authorization.k8s.io\n  kind: ClusterRole\n  name: {role}\nsubjects:\n- kind: User\n  name: alice\n"
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_binding_never_changes_its_role() {
    let server = TestServer::start().await;
    let k = server.kubectl();
    k.run(&["create", "clusterrolebinding", "deployer", "--clusterrole=view", "--user=alice"]).ok();
    let expected = r#"ClusterRoleBinding "deployer" is invalid: roleRef: Invalid value: rbac.RoleRef{APIGroup:"rbac.authorization.k8s.io", Kind:"ClusterRole", Name:"edit"}: cannot change roleRef"#;
    for args in [
        &["apply", "-f", "-"][..],
        &["apply", "--server-side", "--force-conflicts", "-f", "-"],
        &["replace", "-f", "-"],
    ] {
        let err = k.run_stdin(args, &cluster_role_binding("edit")).fails();
        assert!(err.contains(expected), "kubectl {args:?}: {err}");
    }
    // The same roleRef (apiGroup defaulted) and other changes are fine.
    k.run_stdin(
        &["apply", "-f", "-"],
        &cluster_role_binding("view").replace("apiGroup: rbac.authorization.k8s.io\n  kind", "kind"),
    )
    .ok();
    let role = k.run(&["get", "clusterrolebinding", "deployer", "-o", "jsonpath={.roleRef.name}"]).ok().stdout;
    assert_eq!(role, "view");

    k.run(&["create", "rolebinding", "readers", "--clusterrole=view", "--group=readers"]).ok();
    let err = k
        .run(&[
            "patch",
            "rolebinding",
            "readers",
            "--type=json",
            "-p",
            r#"[{"op":"replace","path":"/roleRef/kind","value":"Role"}]"#,
        ])
        .fails();
    assert!(err.contains(r#"Kind:"Role", Name:"view"}: cannot change roleRef"#), "{err}");
    // A cluster-wide binding must say which namespace a service account lives in.
    let no_namespace = cluster_role_binding("view")
        .replace("name: deployer", "name: robots")
        .replace("kind: User\n  name: alice", "kind: ServiceAccount\n  name: robot");
    let err = k.run_stdin(&["create", "-f", "-"], &no_namespace).fails();
    assert!(
        err.contains(
            r#"The ClusterRoleBinding "robots" is invalid: subjects[0].namespace: Required value"#
        ),
        "{err}"
    );
}
