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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn workload_tables_have_kubectls_columns() {
    let server = TestServer::start().await;
    let k = server.kubectl();
    k.run_stdin(&["apply", "-f", "-"], &app()).ok();
    let sts = "apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: db, namespace: demo}\nspec:\n  replicas: 1\n  serviceName: db\n  selector: {matchLabels: {app: db}}\n  template:\n    metadata: {labels: {app: db}}\n    spec: {containers: [{name: db, image: postgres:16}]}\n---\napiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: agent, namespace: demo}\nspec:\n  selector: {matchLabels: {app: agent}}\n  template:\n    metadata: {labels: {app: agent}}\n    spec: {containers: [{name: agent, image: agent:1}]}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: once, namespace: demo}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: c, image: busybox:1.36}]\n";
    k.run_stdin(&["apply", "-f", "-"], sts).ok();
    k.run(&["wait", "--for=condition=Complete", "job/once", "-n", "demo", "--timeout=30s"]).ok();
    k.run(&["rollout", "status", "statefulset/db", "-n", "demo", "--timeout=30s"]).ok();
    let header = |kind: &str| -> String {
        let out = k.run(&["get", kind, "-n", "demo"]).ok().stdout;
        out.lines().next().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ")
    };
    assert_eq!(header("pods"), "NAME READY STATUS RESTARTS AGE");
    assert_eq!(header("deployments"), "NAME READY UP-TO-DATE AVAILABLE AGE");
    assert_eq!(header("replicasets"), "NAME DESIRED CURRENT READY AGE");
    assert_eq!(header("statefulsets"), "NAME READY AGE");
    assert_eq!(header("daemonsets"), "NAME DESIRED CURRENT READY UP-TO-DATE AVAILABLE NODE SELECTOR AGE");
    assert_eq!(header("jobs"), "NAME STATUS COMPLETIONS DURATION AGE");
    assert_eq!(header("services"), "NAME TYPE CLUSTER-IP EXTERNAL-IP PORT(S) AGE");
    let ns = k.run(&["get", "namespace", "demo"]).ok().stdout;
    assert_eq!(ns.lines().nth(1).unwrap().split_whitespace().take(2).collect::<Vec<_>>(), vec!["demo", "Active"]);
    let crds = k.run(&["get", "crd"]).ok();
    assert!(crds.stderr.contains("No resources found") || crds.stdout.starts_with("NAME"), "{crds:?}");
    let wide = k.run(&["get", "pods", "-n", "demo", "-o", "wide"]).ok().stdout;
    let head: Vec<&str> = wide.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(
        head,
        vec!["NAME", "READY", "STATUS", "RESTARTS", "AGE", "IP", "NODE", "NOMINATED", "NODE", "READINESS", "GATES"]
    );
    let job_row: Vec<String> = k
        .run(&["get", "job", "once", "-n", "demo", "--no-headers"])
        .ok()
        .stdout
        .split_whitespace()
        .map(String::from)
        .collect();
    assert_eq!((job_row[1].as_str(), job_row[2].as_str()), ("Complete", "1/1"));
}
