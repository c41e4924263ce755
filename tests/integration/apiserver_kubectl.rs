//! kubectl 1.33 against the embedded API server: the judge of fidelity.

use std::io::{BufRead, BufReader};
use std::time::Duration;

use crate::support::{eventually, fixture, TestServer};

fn app() -> String {
    std::fs::read_to_string(fixture("apiserver/app.yaml")).expect("reading app.yaml")
}

/// One `kubectl create <generator>` and what the object it makes must hold.
struct Generator {
    name: &'static str,
    /// The resource for `kubectl get`.
    resource: &'static str,
    /// Arguments after `kubectl`, `name` among them.
    args: Vec<String>,
    /// JSON pointers into the stored object and their expected values.
    expect: Vec<(&'static str, serde_json::Value)>,
}

fn generator(
    name: &'static str,
    resource: &'static str,
    args: &[&str],
    expect: Vec<(&'static str, serde_json::Value)>,
) -> Generator {
    Generator { name, resource, args: args.iter().map(|a| a.to_string()).collect(), expect }
}

impl Generator {
    /// The arguments with the object named `name`.
    fn named(&self, name: &str) -> Vec<String> {
        self.args.iter().map(|a| if a == self.name { name.to_string() } else { a.clone() }).collect()
    }
}

/// kubectl's typed `create` generators send protobuf bodies; `apply -f` of what they print with `--dry-run=client`
/// sends the same objects as JSON. Both must store what the flags say.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_create_generator_works_and_so_does_applying_its_output() {
    use serde_json::json;
    let server = TestServer::start().await;
    let k = server.kubectl();
    k.run(&["create", "namespace", "gen"]).ok();
    let key = rcgen::KeyPair::generate().expect("generating a key");
    let cert = rcgen::CertificateParams::new(vec!["tls.example".into()])
        .and_then(|p| p.self_signed(&key))
        .expect("signing a certificate");
    let (crt, pem) = (server.dir.path().join("tls.crt"), server.dir.path().join("tls.key"));
    std::fs::write(&crt, cert.pem()).expect("writing tls.crt");
    std::fs::write(&pem, key.serialize_pem()).expect("writing tls.key");
    let (cert_flag, key_flag) = (format!("--cert={}", crt.display()), format!("--key={}", pem.display()));

    let rbac = "rbac.authorization.k8s.io";
    let generators = [
        generator(
            "reader",
            "clusterrole",
            &["create", "clusterrole", "reader", "--verb=get,list", "--resource=pods,deployments.apps"],
            vec![
                ("/rules/0", json!({"verbs": ["get", "list"], "apiGroups": [""], "resources": ["pods"]})),
                ("/rules/1", json!({"verbs": ["get", "list"], "apiGroups": ["apps"], "resources": ["deployments"]})),
            ],
        ),
        generator(
            "aggregated",
            "clusterrole",
            &["create", "clusterrole", "aggregated", "--aggregation-rule=example.com/aggregate=true"],
            vec![("/aggregationRule/clusterRoleSelectors/0/matchLabels", json!({"example.com/aggregate": "true"}))],
        ),
        generator(
            "deployer",
            "clusterrolebinding",
            &[
                "create",
                "clusterrolebinding",
                "deployer",
                "--clusterrole=cluster-admin",
                "--serviceaccount=flux-system:deployer",
            ],
            vec![
                ("/roleRef", json!({"apiGroup": rbac, "kind": "ClusterRole", "name": "cluster-admin"})),
                ("/subjects", json!([{"kind": "ServiceAccount", "name": "deployer", "namespace": "flux-system"}])),
            ],
        ),
        generator(
            "cm-reader",
            "role",
            &["create", "role", "cm-reader", "-n", "gen", "--verb=get", "--resource=configmaps", "--resource-name=one"],
            vec![(
                "/rules",
                json!([{"verbs": ["get"], "apiGroups": [""], "resources": ["configmaps"], "resourceNames": ["one"]}]),
            )],
        ),
        // `--user` is a global kubectl flag too: the dispatcher then runs its built-in kubectl 1.32, which sends
        // protobuf as well.
        generator(
            "readers",
            "rolebinding",
            &[
                "create",
                "rolebinding",
                "readers",
                "-n",
                "gen",
                "--role=cm-reader",
                "--user=alice",
                "--serviceaccount=gen:robot",
            ],
            vec![
                ("/roleRef", json!({"apiGroup": rbac, "kind": "Role", "name": "cm-reader"})),
                ("/subjects/0", json!({"kind": "User", "apiGroup": rbac, "name": "alice"})),
                ("/subjects/1", json!({"kind": "ServiceAccount", "name": "robot", "namespace": "gen"})),
            ],
        ),
        generator(
            "viewers",
            "rolebinding",
            &["create", "rolebinding", "viewers", "-n", "gen", "--clusterrole=view", "--group=viewers"],
            vec![("/roleRef/kind", json!("ClusterRole")), ("/subjects/0/kind", json!("Group"))],
        ),
        generator(
            "settings",
            "configmap",
            &["create", "configmap", "settings", "-n", "gen", "--from-literal=a=1", "--from-literal=b=two"],
            vec![("/data", json!({"a": "1", "b": "two"}))],
        ),
        generator(
            "password",
            "secret",
            &["create", "secret", "generic", "password", "-n", "gen", "--from-literal=password=hunter2"],
            vec![("/data/password", json!("aHVudGVyMg==")), ("/type", json!("Opaque"))],
        ),
        generator(
            "registry",
            "secret",
            &[
                "create",
                "secret",
                "docker-registry",
                "registry",
                "-n",
                "gen",
                "--docker-server=r.example",
                "--docker-username=u",
                "--docker-password=p",
            ],
            vec![("/type", json!("kubernetes.io/dockerconfigjson"))],
        ),
        generator(
            "cert",
            "secret",
            &["create", "secret", "tls", "cert", "-n", "gen", &cert_flag, &key_flag],
            vec![("/type", json!("kubernetes.io/tls"))],
        ),
        generator(
            "web",
            "service",
            &["create", "service", "clusterip", "web", "-n", "gen", "--tcp=80:8080"],
            vec![
                ("/spec/type", json!("ClusterIP")),
                ("/spec/ports/0/port", json!(80)),
                ("/spec/ports/0/targetPort", json!(8080)),
            ],
        ),
        // No `--node-port`: the applied copy would ask for the same port.
        generator(
            "np",
            "service",
            &["create", "service", "nodeport", "np", "-n", "gen", "--tcp=80:8080"],
            vec![("/spec/type", json!("NodePort")), ("/spec/ports/0/targetPort", json!(8080))],
        ),
        generator(
            "lb",
            "service",
            &["create", "service", "loadbalancer", "lb", "-n", "gen", "--tcp=443:8443"],
            vec![("/spec/type", json!("LoadBalancer")), ("/spec/ports/0/targetPort", json!(8443))],
        ),
        generator(
            "db",
            "service",
            &["create", "service", "externalname", "db", "-n", "gen", "--external-name=db.example.com"],
            vec![("/spec/type", json!("ExternalName")), ("/spec/externalName", json!("db.example.com"))],
        ),
        generator("robot", "serviceaccount", &["create", "serviceaccount", "robot", "-n", "gen"], vec![]),
        generator(
            "tenant",
            "namespace",
            &["create", "namespace", "tenant"],
            vec![("/status/phase", json!("Active")), ("/spec/finalizers", json!(["kubernetes"]))],
        ),
        generator(
            "web",
            "deployment",
            &["create", "deployment", "web", "-n", "gen", "--image=nginx:1.27", "--replicas=0", "--port=80"],
            vec![
                ("/spec/replicas", json!(0)),
                ("/spec/template/spec/containers/0/image", json!("nginx:1.27")),
                ("/spec/template/spec/containers/0/ports/0/containerPort", json!(80)),
            ],
        ),
        generator(
            "once",
            "job",
            &["create", "job", "once", "-n", "gen", "--image=busybox:1.36", "--", "echo", "hi"],
            vec![
                ("/spec/template/spec/containers/0/command", json!(["echo", "hi"])),
                ("/spec/template/spec/restartPolicy", json!("Never")),
            ],
        ),
        generator(
            "nightly",
            "cronjob",
            &[
                "create",
                "cronjob",
                "nightly",
                "-n",
                "gen",
                "--image=busybox:1.36",
                "--schedule=0 3 * * *",
                "--restart=OnFailure",
                "--",
                "date",
            ],
            vec![
                ("/spec/schedule", json!("0 3 * * *")),
                ("/spec/jobTemplate/spec/template/spec/restartPolicy", json!("OnFailure")),
            ],
        ),
        generator(
            "manual",
            "job",
            &["create", "job", "manual", "-n", "gen", "--from=cronjob/nightly"],
            vec![
                ("/metadata/annotations/cronjob.kubernetes.io~1instantiate", json!("manual")),
                ("/spec/template/spec/containers/0/command", json!(["date"])),
            ],
        ),
        generator(
            "web",
            "ingress",
            &[
                "create",
                "ingress",
                "web",
                "-n",
                "gen",
                "--class=nginx",
                "--rule=foo.example.com/bar*=web:8080,tls=cert",
            ],
            vec![
                ("/spec/ingressClassName", json!("nginx")),
                ("/spec/rules/0/host", json!("foo.example.com")),
                ("/spec/rules/0/http/paths/0/pathType", json!("Prefix")),
                ("/spec/rules/0/http/paths/0/backend/service/port/number", json!(8080)),
                ("/spec/tls/0/secretName", json!("cert")),
            ],
        ),
        generator(
            "web",
            "poddisruptionbudget",
            &["create", "poddisruptionbudget", "web", "-n", "gen", "--selector=app=web", "--max-unavailable=0"],
            vec![("/spec/maxUnavailable", json!(0)), ("/spec/selector/matchLabels", json!({"app": "web"}))],
        ),
        generator(
            "half",
            "poddisruptionbudget",
            &["create", "poddisruptionbudget", "half", "-n", "gen", "--selector=app=web", "--min-available=50%"],
            vec![("/spec/minAvailable", json!("50%"))],
        ),
        generator(
            "zero",
            "priorityclass",
            &["create", "priorityclass", "zero", "--value=0", "--description=nothing", "--preemption-policy=Never"],
            vec![("/value", json!(0)), ("/description", json!("nothing")), ("/preemptionPolicy", json!("Never"))],
        ),
        generator(
            "q",
            "resourcequota",
            &["create", "quota", "q", "-n", "gen", "--hard=cpu=1,pods=2", "--scopes=BestEffort"],
            vec![("/spec/hard", json!({"cpu": "1", "pods": "2"})), ("/spec/scopes", json!(["BestEffort"]))],
        ),
    ];
    for g in &generators {
        let applied = format!("{}-applied", g.name);
        let create = g.named(g.name);
        k.run(&create.iter().map(String::as_str).collect::<Vec<_>>()).ok();
        let mut dry_run = g.named(&applied);
        let flags_end = dry_run.iter().position(|a| a == "--").unwrap_or(dry_run.len());
        dry_run.splice(flags_end..flags_end, ["--dry-run=client", "-o", "json"].map(String::from));
        let printed = k.run(&dry_run.iter().map(String::as_str).collect::<Vec<_>>()).ok().stdout;
        k.run_stdin(&["apply", "-f", "-"], &printed).ok();
        for name in [g.name, applied.as_str()] {
            let got = k.run(&["get", g.resource, name, "-n", "gen", "-o", "json"]).ok().json();
            assert_eq!(got["metadata"]["name"], name, "{create:?}");
            for (pointer, want) in &g.expect {
                assert_eq!(got.pointer(pointer), Some(want), "{create:?} ({name}): {pointer} in {got:#}");
            }
        }
    }

    // `create token` goes through TokenRequest: the flags become the token's audiences and lifetime.
    let token = k.run(&["create", "token", "robot", "-n", "gen", "--audience=vault", "--duration=10m"]).ok().stdout;
    use base64::Engine;
    let payload = token.trim().split('.').nth(1).expect("a JWT");
    let claims: serde_json::Value =
        serde_json::from_slice(&base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(payload).expect("base64url"))
            .expect("JSON claims");
    assert_eq!(claims["aud"], json!(["vault"]));
    assert_eq!(claims["sub"], "system:serviceaccount:gen:robot");
    assert_eq!(claims["exp"].as_i64().unwrap() - claims["iat"].as_i64().unwrap(), 600);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn client_side_apply_twice_keeps_the_image() {
    let server = TestServer::start().await;
    let k = server.kubectl();
    let out = k.run_stdin(&["apply", "-f", "-"], &app()).ok();
    assert!(out.stdout.contains("deployment.apps/web created"), "{}", out.stdout);
    let changed = app().replace("value: \"1\"", "value: \"2\"");
    let out = k.run_stdin(&["apply", "-f", "-"], &changed).ok();
    assert!(out.stdout.contains("deployment.apps/web configured"), "{}", out.stdout);
    assert!(out.stdout.contains("service/web unchanged"), "{}", out.stdout);
    let d = k.run(&["get", "deployment", "web", "-n", "demo", "-o", "json"]).ok().json();
    let c = &d["spec"]["template"]["spec"]["containers"][0];
    assert_eq!(c["image"], "nginx:1.25", "strategic merge patch must keep the image");
    assert_eq!(c["env"][1]["value"], "2");
    assert_eq!(d["metadata"]["generation"], 2);
    // Server defaults are applied, as kube-apiserver does.
    assert_eq!(d["spec"]["strategy"]["type"], "RollingUpdate");
    assert_eq!(c["imagePullPolicy"], "IfNotPresent");
    let svc = k.run(&["get", "service", "web", "-n", "demo", "-o", "json"]).ok().json();
    assert!(svc["spec"]["clusterIP"].as_str().unwrap().starts_with("10.96."));
    assert_eq!(svc["spec"]["ports"][0]["targetPort"], 80);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn diff_exits_zero_when_equal_and_one_on_change() {
    let server = TestServer::start().await;
    let k = server.kubectl();
    k.run_stdin(&["apply", "-f", "-"], &app()).ok();
    let same = k.run_stdin(&["diff", "-f", "-"], &app());
    assert_eq!(same.code, 0, "no drift expected: {}{}", same.stdout, same.stderr);
    let changed = app().replace("greeting: hello", "greeting: bonjour");
    let drift = k.run_stdin(&["diff", "-f", "-"], &changed);
    assert_eq!(drift.code, 1, "drift expected: {}", drift.stderr);
    assert!(drift.stdout.contains("+  greeting: bonjour"), "{}", drift.stdout);
    assert!(!drift.stdout.contains("resourceVersion"), "a dry run must not move resourceVersion:\n{}", drift.stdout);
    let sside = k.run_stdin(&["diff", "--server-side", "-f", "-"], &changed);
    assert_eq!(sside.code, 1, "{}", sside.stderr);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn server_side_apply_conflicts_and_force() {
    let server = TestServer::start().await;
    let k = server.kubectl();
    let cm = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shared\n  namespace: default\ndata:\n  key: one\n";
    k.run_stdin(&["apply", "--server-side", "--field-manager=alice", "-f", "-"], cm).ok();
    let other = cm.replace("key: one", "key: two");
    let err = k.run_stdin(&["apply", "--server-side", "--field-manager=bob", "-f", "-"], &other).fails();
    assert!(err.contains("Apply failed with 1 conflict: conflict with \"alice\": .data.key"), "{err}");
    // The same value is no conflict: both managers share the field.
    k.run_stdin(&["apply", "--server-side", "--field-manager=bob", "-f", "-"], cm).ok();
    k.run_stdin(&["apply", "--server-side", "--field-manager=bob", "--force-conflicts", "-f", "-"], &other).ok();
    let live = k.run(&["get", "cm", "shared", "-o", "json", "--show-managed-fields"]).ok().json();
    assert_eq!(live["data"]["key"], "two");
    let managers: Vec<&str> =
        live["metadata"]["managedFields"].as_array().unwrap().iter().map(|m| m["manager"].as_str().unwrap()).collect();
    assert!(managers.contains(&"bob"), "{managers:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn client_side_apply_migrates_to_server_side() {
    let server = TestServer::start().await;
    let k = server.kubectl();
    let cm = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: moving\n  namespace: default\ndata:\n  a: \"1\"\n  b: \"2\"\n";
    k.run_stdin(&["apply", "-f", "-"], cm).ok();
    // kubectl moves ownership from the client-side manager to the server-side one; dropping `b` must then prune it.
    k.run_stdin(&["apply", "--server-side", "-f", "-"], cm).ok();
    let without_b =
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: moving\n  namespace: default\ndata:\n  a: \"1\"\n";
    k.run_stdin(&["apply", "--server-side", "-f", "-"], without_b).ok();
    let live = k.run(&["get", "cm", "moving", "-o", "json"]).ok().json();
    assert_eq!(live["data"], serde_json::json!({"a": "1"}), "{live}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn get_formats_and_watch_sees_an_update() {
    let server = TestServer::start().await;
    let k = server.kubectl();
    k.run_stdin(&["apply", "-f", "-"], &app()).ok();
    let yaml = k.run(&["get", "cm", "web-config", "-n", "demo", "-o", "yaml"]).ok().stdout;
    assert!(yaml.contains("greeting: hello") && yaml.contains("kind: ConfigMap"), "{yaml}");
    let json = k.run(&["get", "cm", "web-config", "-n", "demo", "-o", "json"]).ok().json();
    assert_eq!(json["metadata"]["namespace"], "demo");
    let wide = k.run(&["get", "deploy", "-n", "demo", "-o", "wide"]).ok().stdout;
    assert!(wide.starts_with("NAME"), "{wide}");
    assert!(wide.contains("web"), "{wide}");
    let all = k.run(&["get", "cm", "-A", "--no-headers"]).ok().stdout;
    assert!(all.contains("demo") && all.contains("web-config"), "{all}");

    let mut watcher =
        k.spawn(&["get", "cm", "web-config", "-n", "demo", "-w", "-o", "jsonpath={.data.greeting}{\"\\n\"}"]);
    let stdout = watcher.stdout.take().expect("watch stdout");
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let first = tokio::time::timeout(Duration::from_secs(20), rx.recv())
        .await
        .expect("initial watch line")
        .expect("watch output");
    assert_eq!(first, "hello");
    k.run(&["patch", "cm", "web-config", "-n", "demo", "--type=merge", "-p", r#"{"data":{"greeting":"changed"}}"#])
        .ok();
    let next =
        tokio::time::timeout(Duration::from_secs(20), rx.recv()).await.expect("watch update").expect("watch output");
    assert_eq!(next, "changed");
    let _ = watcher.kill();
    let _ = watcher.wait();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn label_annotate_and_every_patch_type() {
    let server = TestServer::start().await;
    let k = server.kubectl();
    k.run_stdin(&["apply", "-f", "-"], &app()).ok();
    k.run(&["label", "cm", "web-config", "-n", "demo", "tier=front"]).ok();
    k.run(&["annotate", "cm", "web-config", "-n", "demo", "note=hi"]).ok();
    k.run(&["patch", "cm", "web-config", "-n", "demo", "--type=merge", "-p", r#"{"data":{"m":"1"}}"#]).ok();
    k.run(&[
        "patch",
        "cm",
        "web-config",
        "-n",
        "demo",
        "--type=json",
        "-p",
        r#"[{"op":"add","path":"/data/j","value":"2"}]"#,
    ])
    .ok();
    k.run(&[
        "patch",
        "deploy",
        "web",
        "-n",
        "demo",
        "--type=strategic",
        "-p",
        r#"{"spec":{"template":{"spec":{"containers":[{"name":"web","env":[{"name":"EXTRA","value":"x"}]}]}}}}"#,
    ])
    .ok();
    let cm = k.run(&["get", "cm", "web-config", "-n", "demo", "-o", "json"]).ok().json();
    assert_eq!(cm["metadata"]["labels"]["tier"], "front");
    assert_eq!(cm["metadata"]["annotations"]["note"], "hi");
    assert_eq!(cm["data"]["m"], "1");
    assert_eq!(cm["data"]["j"], "2");
    let d = k.run(&["get", "deploy", "web", "-n", "demo", "-o", "json"]).ok().json();
    let env = d["spec"]["template"]["spec"]["containers"][0]["env"].as_array().unwrap().clone();
    assert_eq!(env.len(), 3, "strategic merge keeps existing env and adds one: {env:?}");
    let selected = k.run(&["get", "cm", "-n", "demo", "-l", "tier in (front,back)", "-o", "name"]).ok().stdout;
    assert_eq!(selected.trim(), "configmap/web-config");
    let none = k.run(&["get", "cm", "-n", "demo", "-l", "tier!=front", "-o", "name"]).ok().stdout;
    assert!(!none.contains("web-config"), "{none}");
    let by_field =
        k.run(&["get", "cm", "-A", "--field-selector", "metadata.name=web-config", "-o", "name"]).ok().stdout;
    assert_eq!(by_field.trim(), "configmap/web-config");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn delete_with_each_cascade() {
    let server = TestServer::start().await;
    let k = server.kubectl();
    for (policy, dependent_survives) in [("background", false), ("foreground", false), ("orphan", true)] {
        let owner = format!("owner-{policy}");
        let dep = format!("dep-{policy}");
        k.run(&["create", "configmap", &owner, "--from-literal=a=1"]).ok();
        let uid = k.run(&["get", "cm", &owner, "-o", "jsonpath={.metadata.uid}"]).ok().stdout;
        let dependent = format!(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {dep}\n  namespace: default\n  ownerReferences:\n  - apiVersion: v1\n    kind: ConfigMap\n    name: {owner}\n    uid: {uid}\n    blockOwnerDeletion: true\ndata:\n  b: \"2\"\n"
        );
        k.run_stdin(&["apply", "-f", "-"], &dependent).ok();
        k.run(&["delete", "cm", &owner, &format!("--cascade={policy}"), "--timeout=30s"]).ok();
        let k2 = k.clone();
        let dep2 = dep.clone();
        eventually(Duration::from_secs(30), &format!("{policy} cascade to settle"), move || {
            let k = k2.clone();
            let dep = dep2.clone();
            async move {
                let r = k.run(&["get", "cm", &dep, "-o", "json"]);
                match (dependent_survives, r.code) {
                    (true, 0) => {
                        let v = r.json();
                        v["metadata"].get("ownerReferences").is_none().then_some(())
                    }
                    (false, c) if c != 0 => Some(()),
                    _ => None,
                }
            }
        })
        .await;
        assert_ne!(k.run(&["get", "cm", &owner]).code, 0, "{policy}: the owner must be gone");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_resources_explain_and_auth_can_i() {
    let server = TestServer::start().await;
    let k = server.kubectl();
    let res = k.run(&["api-resources", "-o", "wide"]).ok().stdout;
    let deploy = res.lines().find(|l| l.starts_with("deployments ")).expect("deployments listed");
    for part in
        ["deploy", "apps/v1", "true", "Deployment", "create,delete,deletecollection,get,list,patch,update,watch", "all"]
    {
        assert!(deploy.contains(part), "{deploy}");
    }
    let explain = k.run(&["explain", "deployment.spec.replicas"]).ok().stdout;
    assert!(explain.contains("KIND:       Deployment") && explain.contains("replicas"), "{explain}");
    assert!(explain.contains("integer"), "{explain}");

    assert_eq!(k.run(&["auth", "can-i", "list", "pods"]).ok().stdout.trim(), "yes");
    let sa = "system:serviceaccount:apps:deployer";
    let no = k.run(&["auth", "can-i", "list", "configmaps", "-n", "apps", &format!("--as={sa}")]);
    assert_eq!((no.code, no.stdout.trim()), (1, "no"));
    k.run(&["create", "namespace", "apps"]).ok();
    let role = "apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: cm-reader, namespace: apps}\nrules:\n- apiGroups: [\"\"]\n  resources: [configmaps]\n  verbs: [get, list, watch]\n---\napiVersion: rbac.authorization.k8s.io/v1\nkind: RoleBinding\nmetadata: {name: cm-reader, namespace: apps}\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: cm-reader}\nsubjects:\n- {kind: ServiceAccount, name: deployer, namespace: apps}\n";
    k.run_stdin(&["apply", "-f", "-"], role).ok();
    assert_eq!(
        k.run(&["auth", "can-i", "list", "configmaps", "-n", "apps", &format!("--as={sa}")]).ok().stdout.trim(),
        "yes"
    );
    assert_eq!(
        k.run(&["auth", "can-i", "delete", "configmaps", "-n", "apps", &format!("--as={sa}")]).stdout.trim(),
        "no"
    );
    // Impersonated requests are authorized by RBAC, with kube-apiserver's wording.
    k.run(&["get", "cm", "-n", "apps", &format!("--as={sa}")]).ok();
    let denied = k.run(&["get", "secrets", "-n", "apps", &format!("--as={sa}")]).fails();
    assert!(denied.contains("secrets is forbidden: User \"system:serviceaccount:apps:deployer\" cannot list resource \"secrets\" in API group \"\" in the namespace \"apps\""), "{denied}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn namespace_deletion_cascades_and_blocks_new_content() {
    let server = TestServer::start().await;
    let k = server.kubectl();
    k.run_stdin(&["apply", "-f", "-"], &app()).ok();
    let held = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: held\n  namespace: demo\n  finalizers: [example.com/hold]\n";
    k.run_stdin(&["apply", "-f", "-"], held).ok();
    k.run(&["delete", "namespace", "demo", "--wait=false"]).ok();
    let ns = k.run(&["get", "ns", "demo", "-o", "json"]).ok().json();
    assert_eq!(ns["status"]["phase"], "Terminating");
    let refused = k.run(&["create", "configmap", "late", "-n", "demo"]).fails();
    assert!(refused.contains("because it is being terminated"), "{refused}");
    k.run(&["patch", "cm", "held", "-n", "demo", "--type=merge", "-p", r#"{"metadata":{"finalizers":null}}"#]).ok();
    let k2 = k.clone();
    eventually(Duration::from_secs(30), "namespace demo to disappear", move || {
        let k = k2.clone();
        async move { (k.run(&["get", "ns", "demo"]).code != 0).then_some(()) }
    })
    .await;
    let protected = k.run(&["delete", "namespace", "kube-system"]).fails();
    assert!(protected.contains("this namespace may not be deleted"), "{protected}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn api_resources_match_kube_apiserver_1_33() {
    let server = TestServer::start().await;
    let k = server.kubectl();
    let golden = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/crates/k8s-schema/tests/fixtures/api-resources-1.33.txt"
    ))
    .unwrap();
    let want: Vec<&str> = golden.lines().filter(|l| !l.starts_with('#')).collect();
    let got = k.run(&["api-resources", "-o", "wide"]).ok().stdout;
    let got: Vec<&str> = got.lines().collect();
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        assert_eq!(g.trim_end(), w.trim_end(), "line {i} of `kubectl api-resources -o wide`");
    }
    assert_eq!(got.len(), want.len(), "number of lines");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn field_validation_warn_answers_with_warning_headers() {
    let server = TestServer::start().await;
    let k = server.kubectl();
    let cm =
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: warned\n  namespace: default\ndata: {a: b}\nbogus: 1\n";
    let out = k.run_stdin(&["apply", "--validate=warn", "-f", "-"], cm).ok();
    assert!(out.stderr.contains("unknown field \"bogus\""), "{}", out.stderr);
    let strict = k.run_stdin(&["apply", "--validate=strict", "-f", "-"], &cm.replace("warned", "strict")).fails();
    assert!(strict.contains("unknown field \"bogus\""), "{strict}");
    k.run_stdin(&["apply", "--validate=false", "-f", "-"], &cm.replace("warned", "ignored")).ok();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn get_tables_print_like_a_real_cluster() {
    let server = TestServer::start().await;
    let k = server.kubectl();
    k.run(&["create", "namespace", "tables"]).ok();
    k.run(&["create", "configmap", "two-keys", "-n", "tables", "--from-literal=a=1", "--from-literal=b=2"]).ok();
    k.run(&["create", "secret", "generic", "one-key", "-n", "tables", "--from-literal=p=x"]).ok();
    k.run(&["create", "service", "clusterip", "svc", "-n", "tables", "--tcp=80:8080", "--tcp=443:8443"]).ok();
    let out = k.run(&["get", "cm,secret,svc", "-n", "tables"]).ok().stdout;
    // Ages depend on the clock: compare the rest of each line.
    let masked: Vec<String> = out
        .lines()
        .map(|l| {
            let words: Vec<&str> = l.split_whitespace().collect();
            match words.last() {
                Some(last) if last.ends_with('s') && last[..last.len() - 1].chars().all(|c| c.is_ascii_digit()) => {
                    words[..words.len() - 1].join(" ") + " <age>"
                }
                _ => words.join(" "),
            }
        })
        .collect();
    let expected = [
        "NAME DATA AGE",
        "configmap/two-keys 2 <age>",
        "",
        "NAME TYPE DATA AGE",
        "secret/one-key Opaque 1 <age>",
        "",
        "NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE",
    ];
    assert_eq!(&masked[..expected.len()], expected, "{out}");
    let svc: Vec<&str> = masked[expected.len()].split(' ').collect();
    assert_eq!((svc[0], svc[1], svc[3], svc[4]), ("service/svc", "ClusterIP", "<none>", "80/TCP,443/TCP"), "{out}");
}
