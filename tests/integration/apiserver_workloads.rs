//! Workload simulation as kubectl sees it: rollouts, waits, scale, logs, cascading deletes, failures.

use std::time::Duration;

use crate::support::{eventually, fixture, TestServer};

fn app() -> String {
    std::fs::read_to_string(fixture("apiserver/app.yaml")).expect("reading app.yaml")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deployments_roll_out_scale_and_log() {
    let server = TestServer::start().await;
    let k = server.kubectl();
    k.run_stdin(&["apply", "-f", "-"], &app()).ok();
    k.run(&["wait", "--for=condition=Available", "deployment/web", "-n", "demo", "--timeout=30s"]).ok();
    k.run(&["set", "image", "deployment/web", "web=nginx:1.27", "-n", "demo"]).ok();
    let rollout = k.run(&["rollout", "status", "deployment/web", "-n", "demo", "--timeout=30s"]).ok().stdout;
    assert!(rollout.contains("successfully rolled out"), "{rollout}");
    k.run(&["scale", "deployment/web", "--replicas=3", "-n", "demo"]).ok();
    let k2 = k.clone();
    eventually(Duration::from_secs(30), "three ready pods", move || {
        let k = k2.clone();
        async move {
            let out = k.run(&["get", "deployment", "web", "-n", "demo", "-o", "jsonpath={.status.readyReplicas}"]);
            (out.stdout == "3").then_some(())
        }
    })
    .await;
    let table = k.run(&["get", "deployment", "web", "-n", "demo"]).ok().stdout;
    let row: Vec<&str> = table.lines().nth(1).unwrap().split_whitespace().collect();
    assert_eq!(&row[..4], ["web", "3/3", "3", "3"], "{table}");
    let logs = k.run(&["logs", "deployment/web", "-n", "demo"]).ok().stdout;
    assert!(logs.contains("nginx:1.27"), "{logs}");
    k.run(&["delete", "deployment", "web", "-n", "demo"]).ok();
    let k2 = k.clone();
    eventually(Duration::from_secs(30), "the garbage collector to remove pods and replica sets", move || {
        let k = k2.clone();
        async move {
            let out = k.run(&["get", "rs,pods", "-n", "demo", "-l", "app=web", "-o", "name"]);
            out.stdout.trim().is_empty().then_some(())
        }
    })
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn jobs_complete_and_failures_are_visible() {
    let server = TestServer::start().await;
    let k = server.kubectl();
    let jobs = "apiVersion: batch/v1\nkind: Job\nmetadata: {name: ok, namespace: default}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: c, image: busybox:1.36}]\n---\napiVersion: batch/v1\nkind: Job\nmetadata:\n  name: broken\n  namespace: default\n  annotations: {sim.flux-rs.io/fail: job-failed}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: c, image: busybox:1.36}]\n";
    k.run_stdin(&["apply", "-f", "-"], jobs).ok();
    k.run(&["wait", "--for=condition=Complete", "job/ok", "--timeout=30s"]).ok();
    k.run(&["wait", "--for=condition=Failed", "job/broken", "--timeout=30s"]).ok();
    let reason = k
        .run(&["get", "job", "broken", "-o", "jsonpath={.status.conditions[?(@.type==\"Failed\")].reason}"])
        .ok()
        .stdout;
    assert_eq!(reason, "BackoffLimitExceeded");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn immutable_fields_are_refused_like_kube_apiserver() {
    let server = TestServer::start().await;
    let k = server.kubectl();
    k.run_stdin(&["apply", "-f", "-"], &app()).ok();
    let moved = app()
        .replace("matchLabels:\n      app: web", "matchLabels:\n      app: web\n      tier: x")
        .replace("labels:\n        app: web", "labels:\n        app: web\n        tier: x");
    let err = k.run_stdin(&["apply", "-f", "-"], &moved).fails();
    assert!(err.contains("spec.selector") && err.contains("field is immutable"), "{err}");
    let svc = k
        .run(&[
            "patch",
            "service",
            "web",
            "-n",
            "demo",
            "--type=merge",
            "-p",
            r#"{"spec":{"clusterIP":"10.96.99.99"}}"#,
        ])
        .fails();
    assert!(svc.contains("may not change once set"), "{svc}");
}
