//! State survives `kill -9`: every acknowledged write is there after a restart, and revisions keep growing.

use crate::support::server::ChildServer;
use crate::support::Kubectl;

#[test]
fn kill_nine_then_restart_keeps_every_object() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let cache = tempfile::tempdir().unwrap();
    let server = ChildServer::start(&data, 0, &[]);
    let port = server.port;
    let k = Kubectl::new(&server.kubeconfig(), cache.path());
    for i in 0..20 {
        k.run(&["create", "configmap", &format!("cm-{i}"), &format!("--from-literal=i={i}")]).ok();
    }
    k.run(&["delete", "configmap", "cm-3"]).ok();
    let before: u64 =
        k.run(&["get", "cm", "cm-19", "-o", "jsonpath={.metadata.resourceVersion}"]).ok().stdout.parse().unwrap();
    server.kill9();

    let server = ChildServer::start(&data, port, &[]);
    let k = Kubectl::new(&server.kubeconfig(), cache.path());
    let names = k.run(&["get", "cm", "-o", "name"]).ok().stdout;
    for i in 0..20 {
        let present = names.lines().any(|l| l == format!("configmap/cm-{i}"));
        assert_eq!(present, i != 3, "cm-{i} after restart:\n{names}");
    }
    assert_eq!(k.run(&["get", "cm", "cm-7", "-o", "jsonpath={.data.i}"]).ok().stdout, "7");
    k.run(&["create", "configmap", "after-restart"]).ok();
    let after: u64 = k
        .run(&["get", "cm", "after-restart", "-o", "jsonpath={.metadata.resourceVersion}"])
        .ok()
        .stdout
        .parse()
        .unwrap();
    assert!(after > before + 1, "resourceVersion must keep growing across restarts ({before} then {after})");
    let (status, stderr) = server.terminate();
    assert!(status.success(), "SIGTERM should stop the server cleanly: {stderr}");
    assert!(stderr.contains("stopped"), "{stderr}");
}

#[test]
fn ephemeral_state_is_gone_after_restart() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let cache = tempfile::tempdir().unwrap();
    let server = ChildServer::start(&data, 0, &["--ephemeral"]);
    let port = server.port;
    Kubectl::new(&server.kubeconfig(), cache.path()).run(&["create", "configmap", "fleeting"]).ok();
    server.kill9();
    let server = ChildServer::start(&data, port, &["--ephemeral"]);
    let r = Kubectl::new(&server.kubeconfig(), cache.path()).run(&["get", "cm", "fleeting"]);
    assert_ne!(r.code, 0, "an ephemeral server keeps nothing");
}
