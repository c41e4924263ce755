//! A CRD's whole life through kubectl: establish, default, prune, validate, print, status, removal.

use std::time::Duration;

use crate::support::{eventually, fixture, TestServer};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn custom_resources_live_and_die_with_their_crd() {
    let server = TestServer::start().await;
    let k = server.kubectl();
    let crd = fixture("apiserver/widget-crd.yaml");
    k.run(&["apply", "-f", crd.to_str().unwrap()]).ok();
    k.run(&["wait", "--for=condition=Established", "crd/widgets.example.com", "--timeout=10s"]).ok();

    // Defaulted (mode), pruned (unknown field), created.
    let widget = std::fs::read_to_string(fixture("apiserver/widget.yaml"))
        .unwrap()
        .replace("size: 3", "size: 3\n  extra: dropped");
    let created = k.run_stdin(&["apply", "--validate=false", "-f", "-"], &widget).ok();
    assert!(created.stdout.contains("widget.example.com/w1 created"), "{}", created.stdout);
    let w = k.run(&["get", "widget", "w1", "-o", "json"]).ok().json();
    assert_eq!(w["spec"]["mode"], "slow", "schema default applied");
    assert!(w["spec"].get("extra").is_none(), "unknown field pruned: {w}");
    assert_eq!(w["metadata"]["generation"], 1);

    // Strict field validation (kubectl's default) reports unknown fields instead of silently dropping them.
    let strict = k.run_stdin(&["apply", "-f", "-"], &widget.replace("name: w1", "name: w2")).fails();
    assert!(strict.contains("unknown field \"spec.extra\""), "{strict}");

    // Invalid objects are refused with the schema's reasons.
    let invalid = k.run(&["apply", "-f", fixture("apiserver/widget-invalid.yaml").to_str().unwrap()]).fails();
    assert!(
        invalid.contains("spec.size: Invalid value: 42: spec.size in body should be less than or equal to 10"),
        "{invalid}"
    );
    assert!(
        invalid.contains("spec.mode: Unsupported value: \"turbo\": supported values: \"fast\", \"slow\""),
        "{invalid}"
    );
    assert_ne!(k.run(&["get", "widget", "bad"]).code, 0, "an invalid object is not stored");

    // Status through /status does not move generation; printer columns show it.
    k.run(&[
        "patch",
        "widget",
        "w1",
        "--subresource=status",
        "--type=merge",
        "-p",
        r#"{"status":{"conditions":[{"type":"Ready","status":"True"}]}}"#,
    ])
    .ok();
    let table = k.run(&["get", "wd"]).ok().stdout;
    let header = table.lines().next().unwrap();
    assert!(
        header.starts_with("NAME") && header.contains("SIZE") && header.contains("MODE") && header.contains("READY"),
        "{table}"
    );
    let row = table.lines().nth(1).unwrap();
    let cells: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(cells, vec!["w1", "3", "slow", "True"], "{table}");
    let w = k.run(&["get", "widget", "w1", "-o", "json"]).ok().json();
    assert_eq!(w["metadata"]["generation"], 1);
    // A spec change moves generation; the status written through the main resource is ignored.
    k.run(&["patch", "widget", "w1", "--type=merge", "-p", r#"{"spec":{"size":4},"status":{"conditions":[]}}"#]).ok();
    let w = k.run(&["get", "widget", "w1", "-o", "json"]).ok().json();
    assert_eq!(w["metadata"]["generation"], 2);
    assert_eq!(w["status"]["conditions"][0]["status"], "True");
    // Strategic merge patch is refused for custom resources; kubectl's default for them is a merge patch.
    let smp = k.run(&["patch", "widget", "w1", "--type=strategic", "-p", r#"{"spec":{"size":5}}"#]).fails();
    assert!(smp.contains("UnsupportedMediaType") || smp.contains("unknown format"), "{smp}");
    // The list is served in the category `all` and through the short name.
    assert!(k.run(&["get", "all", "-n", "default"]).ok().stdout.contains("widget.example.com/w1"));

    // Removing the CRD removes its resources and the endpoint.
    k.run(&["delete", "crd", "widgets.example.com", "--timeout=30s"]).ok();
    let k2 = k.clone();
    eventually(Duration::from_secs(30), "the widget API to disappear", move || {
        let k = k2.clone();
        async move {
            let r = k.run(&["get", "widgets.example.com"]);
            (r.code != 0 && r.stderr.contains("the server doesn't have a resource type")).then_some(())
        }
    })
    .await;
}
