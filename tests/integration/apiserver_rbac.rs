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
        err.contains(r#"The ClusterRoleBinding "robots" is invalid: subjects[0].namespace: Required value"#),
        "{err}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn whoami_and_can_i_list_answer_from_rbac() {
    let server = TestServer::start().await;
    let k = server.kubectl();
    let admin = k.run(&["auth", "whoami"]).ok().stdout;
    assert!(admin.contains("flux-rs-admin") && admin.contains("[system:masters system:authenticated]"), "{admin}");

    let sa = "--as=system:serviceaccount:apps:deployer";
    let me = k.run(&["auth", "whoami", sa, "-o", "json"]).ok().json();
    assert_eq!(me["kind"], "SelfSubjectReview");
    assert_eq!(me["status"]["userInfo"]["username"], "system:serviceaccount:apps:deployer");
    assert_eq!(
        me["status"]["userInfo"]["groups"],
        serde_json::json!(["system:serviceaccounts", "system:serviceaccounts:apps", "system:authenticated"])
    );

    k.run(&["create", "namespace", "apps"]).ok();
    let before = k.run(&["auth", "can-i", "--list", "-n", "apps", sa]).ok().stdout;
    // What every authenticated user has, from the bootstrap bindings.
    for line in [
        "selfsubjectreviews.authentication.k8s.io",
        "selfsubjectrulesreviews.authorization.k8s.io",
        "[/api/*]",
        "[/version]",
    ] {
        assert!(before.contains(line), "{line} missing from:\n{before}");
    }
    assert!(!before.contains("configmaps"), "{before}");
    k.run(&[
        "create",
        "role",
        "cm-reader",
        "-n",
        "apps",
        "--verb=get,list",
        "--resource=configmaps",
        "--resource-name=settings",
    ])
    .ok();
    k.run(&["create", "rolebinding", "cm-reader", "-n", "apps", "--role=cm-reader", "--serviceaccount=apps:deployer"])
        .ok();
    let after = k.run(&["auth", "can-i", "--list", "-n", "apps", sa]).ok().stdout;
    let configmaps = after.lines().find(|l| l.starts_with("configmaps")).unwrap_or_default();
    let columns: Vec<&str> = configmaps.split_whitespace().collect();
    assert_eq!(columns, vec!["configmaps", "[]", "[settings]", "[get", "list]"], "{after}");
    // The binding is namespaced: elsewhere the account has only the basics.
    let default = k.run(&["auth", "can-i", "--list", "-n", "default", sa]).ok().stdout;
    assert!(!default.contains("configmaps"), "{default}");

    let everything = k.run(&["auth", "can-i", "--list"]).ok().stdout;
    assert!(everything.lines().any(|l| l.starts_with("*.*")), "{everything}");
}

fn signing_request(name: &str) -> String {
    use base64::Engine;
    let key = rcgen::KeyPair::generate().expect("generating a key");
    let mut params = rcgen::CertificateParams::default();
    params.distinguished_name.push(rcgen::DnType::CommonName, name);
    let pem = params.serialize_request(&key).and_then(|r| r.pem()).expect("signing a request");
    let request = base64::engine::general_purpose::STANDARD.encode(pem);
    format!(
        "apiVersion: certificates.k8s.io/v1\nkind: CertificateSigningRequest\nmetadata:\n  name: {name}\nspec:\n  request: {request}\n  signerName: kubernetes.io/kube-apiserver-client\n  usages: [client auth]\n"
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn certificate_requests_are_approved_by_those_who_may() {
    let server = TestServer::start().await;
    let k = server.kubectl();
    k.run_stdin(&["create", "-f", "-"], &signing_request("alice")).ok();
    k.run_stdin(&["create", "-f", "-"], &signing_request("bob")).ok();

    // A user who may update approvals but not approve for the signer is refused by the signer check.
    let approver = "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: csr-approver\nrules:\n- apiGroups: [certificates.k8s.io]\n  resources: [certificatesigningrequests, certificatesigningrequests/approval]\n  verbs: [get, list, update]\n";
    k.run_stdin(&["apply", "-f", "-"], approver).ok();
    k.run(&["create", "clusterrolebinding", "csr-approver", "--clusterrole=csr-approver", "--user=carol"]).ok();
    let err = k.run(&["certificate", "approve", "bob", "--as=carol"]).fails();
    assert!(
        err.contains(r#"certificatesigningrequests.certificates.k8s.io "bob" is forbidden: user not permitted to approve requests with signerName "kubernetes.io/kube-apiserver-client""#),
        "{err}"
    );
    let signer = "apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata:\n  name: client-signer\nrules:\n- apiGroups: [certificates.k8s.io]\n  resources: [signers]\n  resourceNames: [kubernetes.io/*]\n  verbs: [approve]\n";
    k.run_stdin(&["apply", "-f", "-"], signer).ok();
    k.run(&["create", "clusterrolebinding", "client-signer", "--clusterrole=client-signer", "--user=carol"]).ok();
    k.run(&["certificate", "approve", "bob", "--as=carol"]).ok();

    let out = k.run(&["certificate", "approve", "alice"]).ok().stdout;
    assert!(out.contains("certificatesigningrequest.certificates.k8s.io/alice approved"), "{out}");
    let csr = k.run(&["get", "csr", "alice", "-o", "json"]).ok().json();
    let condition = &csr["status"]["conditions"][0];
    assert_eq!((condition["type"].as_str(), condition["status"].as_str()), (Some("Approved"), Some("True")));
    assert_eq!(condition["reason"], "KubectlApprove");
    assert!(condition["lastUpdateTime"].is_string() && condition["lastTransitionTime"].is_string(), "{condition}");
    let table = k.run(&["get", "csr", "alice"]).ok().stdout;
    assert!(table.contains("Approved"), "{table}");

    // kubectl will not deny what is approved; the server refuses it too.
    let err = k.run(&["certificate", "deny", "alice"]).fails();
    assert!(err.contains(r#"certificate signing request "alice" is already Approved"#), "{err}");
    let mut both = csr.clone();
    both["status"]["conditions"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"type": "Denied", "status": "True", "reason": "Changed", "message": "no"}));
    let path = "/apis/certificates.k8s.io/v1/certificatesigningrequests/alice/approval";
    let err = k.run_stdin(&["replace", "--raw", path, "-f", "-"], &both.to_string()).fails();
    assert!(
        err.contains(r#"status.conditions[1].type: Invalid value: "Denied": Denied condition may not be combined with Approved condition"#),
        "{err}"
    );
    // Updates of the request itself keep its spec and conditions.
    let mut edited = csr.clone();
    edited["spec"]["signerName"] = serde_json::json!("example.com/other");
    edited["metadata"]["labels"] = serde_json::json!({"team": "a"});
    edited["status"] = serde_json::json!({});
    k.run_stdin(&["replace", "-f", "-"], &edited.to_string()).ok();
    let stored = k.run(&["get", "csr", "alice", "-o", "json"]).ok().json();
    assert_eq!(stored["spec"]["signerName"], "kubernetes.io/kube-apiserver-client");
    assert_eq!(stored["metadata"]["labels"]["team"], "a");
    assert_eq!(stored["status"]["conditions"][0]["type"], "Approved");
    assert_eq!(stored["spec"]["username"], "flux-rs-admin");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn service_account_tokens_authenticate_as_the_account() {
    let server = TestServer::start().await;
    let k = server.kubectl();
    k.run(&["create", "namespace", "apps"]).ok();
    k.run(&["create", "serviceaccount", "robot", "-n", "apps"]).ok();
    let token = k.run(&["create", "token", "robot", "-n", "apps"]).ok().stdout.trim().to_string();
    assert_eq!(token.split('.').count(), 3, "a JWT: {token}");
    let as_robot = format!("--token={token}");

    let me = k.run(&["auth", "whoami", &as_robot, "-o", "json"]).ok().json();
    let user = &me["status"]["userInfo"];
    assert_eq!(user["username"], "system:serviceaccount:apps:robot");
    assert_eq!(
        user["groups"],
        serde_json::json!(["system:serviceaccounts", "system:serviceaccounts:apps", "system:authenticated"])
    );
    let uid = k.run(&["get", "serviceaccount", "robot", "-n", "apps", "-o", "jsonpath={.metadata.uid}"]).ok().stdout;
    assert_eq!(user["uid"], uid.as_str());
    assert!(
        user["extra"]["authentication.kubernetes.io/credential-id"][0].as_str().unwrap().starts_with("JTI="),
        "{user}"
    );

    // RBAC applies to the account.
    let err = k.run(&["get", "configmaps", "-n", "apps", &as_robot]).fails();
    assert!(
        err.contains(r#"User "system:serviceaccount:apps:robot" cannot list resource "configmaps" in API group "" in the namespace "apps""#),
        "{err}"
    );
    k.run(&["create", "rolebinding", "robot-view", "-n", "apps", "--clusterrole=view", "--serviceaccount=apps:robot"])
        .ok();
    k.run(&["get", "configmaps", "-n", "apps", &as_robot]).ok();
    let err = k.run(&["get", "configmaps", "-n", "apps", &as_robot, "--as=alice"]).fails();
    assert!(
        err.contains(r#"users "alice" is forbidden: User "system:serviceaccount:apps:robot" cannot impersonate resource "users" in API group "" at the cluster scope"#),
        "{err}"
    );

    let err = k.run(&["create", "token", "robot", "-n", "apps", "--duration=5m"]).fails();
    assert!(err.contains("may not specify a duration less than 10 minutes"), "{err}");
    let err = k.run(&["create", "token", "nobody", "-n", "apps"]).fails();
    assert!(err.contains(r#"serviceaccounts "nobody" not found"#), "{err}");

    // A token bound to a secret dies with it; every token of the account dies with the account.
    k.run(&["create", "secret", "generic", "anchor", "-n", "apps"]).ok();
    let bound = k
        .run(&["create", "token", "robot", "-n", "apps", "--bound-object-kind=Secret", "--bound-object-name=anchor"])
        .ok()
        .stdout
        .trim()
        .to_string();
    let as_bound = format!("--token={bound}");
    k.run(&["get", "configmaps", "-n", "apps", &as_bound]).ok();
    k.run(&["delete", "secret", "anchor", "-n", "apps"]).ok();
    let err = k.run(&["get", "configmaps", "-n", "apps", &as_bound]).fails();
    assert!(err.contains("Unauthorized") || err.contains("must be logged in"), "{err}");
    k.run(&["delete", "serviceaccount", "robot", "-n", "apps"]).ok();
    let err = k.run(&["get", "configmaps", "-n", "apps", &as_robot]).fails();
    assert!(err.contains("Unauthorized") || err.contains("must be logged in"), "{err}");
}
