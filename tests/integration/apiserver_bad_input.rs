//! Bad requests get kube-apiserver's codes and wording, and never change stored state.

use http::Request;
use serde_json::{json, Value};

use crate::support::TestServer;

async fn send(client: &kube::Client, method: &str, path: &str, content_type: &str, body: Vec<u8>) -> (u16, Value) {
    let req = Request::builder().method(method).uri(path).header("Content-Type", content_type).body(body).unwrap();
    let resp = client.send(req.map(Into::into)).await.expect("sending the request");
    let status = resp.status().as_u16();
    let bytes = http_body_util::BodyExt::collect(resp.into_body()).await.expect("reading the body").to_bytes();
    (status, serde_json::from_slice(&bytes).unwrap_or(Value::Null))
}

async fn revision(client: &kube::Client) -> String {
    let (_, list) = send(client, "GET", "/api/v1/namespaces/default/configmaps", "application/json", vec![]).await;
    list["metadata"]["resourceVersion"].as_str().unwrap().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_requests_are_refused_without_side_effects() {
    let server = TestServer::start().await;
    let client = server.client().await;
    let before = revision(&client).await;

    let (code, status) =
        send(&client, "POST", "/api/v1/namespaces/default/configmaps", "application/json", b"{not json".to_vec()).await;
    assert_eq!((code, status["reason"].as_str()), (400, Some("BadRequest")));
    assert!(status["message"].as_str().unwrap().contains("json parse error"), "{status}");

    let (code, status) = send(&client, "GET", "/api/v1/namespaces/default/gizmos", "application/json", vec![]).await;
    assert_eq!(
        (code, status["reason"].as_str(), status["message"].as_str()),
        (404, Some("NotFound"), Some("the server could not find the requested resource"))
    );
    let (code, _) = send(&client, "GET", "/apis/nope.example.com/v1/things", "application/json", vec![]).await;
    assert_eq!(code, 404);

    let big = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "big"}, "data": {"x": "a".repeat(3 * 1024 * 1024 + 10)}});
    let (code, status) = send(
        &client,
        "POST",
        "/api/v1/namespaces/default/configmaps",
        "application/json",
        serde_json::to_vec(&big).unwrap(),
    )
    .await;
    assert_eq!((code, status["reason"].as_str()), (413, Some("RequestEntityTooLarge")), "{status}");

    let bad_name = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "Bad_Name"}});
    let (code, status) = send(
        &client,
        "POST",
        "/api/v1/namespaces/default/configmaps",
        "application/json",
        serde_json::to_vec(&bad_name).unwrap(),
    )
    .await;
    assert_eq!((code, status["reason"].as_str()), (422, Some("Invalid")));
    assert!(status["message"].as_str().unwrap().starts_with("ConfigMap \"Bad_Name\" is invalid: metadata.name: Invalid value: \"Bad_Name\": a lowercase RFC 1123 subdomain"), "{status}");
    assert_eq!(status["details"]["causes"][0]["field"], "metadata.name");

    let wrong_kind = json!({"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "x"}});
    let (code, status) = send(
        &client,
        "POST",
        "/api/v1/namespaces/default/configmaps",
        "application/json",
        serde_json::to_vec(&wrong_kind).unwrap(),
    )
    .await;
    assert_eq!(code, 400, "{status}");

    let no_ns = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "x"}});
    let (code, status) = send(
        &client,
        "POST",
        "/api/v1/namespaces/missing/configmaps",
        "application/json",
        serde_json::to_vec(&no_ns).unwrap(),
    )
    .await;
    assert_eq!((code, status["message"].as_str()), (404, Some("namespaces \"missing\" not found")));

    let (code, _) = send(
        &client,
        "PATCH",
        "/api/v1/namespaces/default/configmaps/absent",
        "application/merge-patch+json",
        b"{}".to_vec(),
    )
    .await;
    assert_eq!(code, 404);
    let (code, status) = send(
        &client,
        "PATCH",
        "/api/v1/namespaces/default/configmaps/absent",
        "application/apply-patch+yaml",
        serde_json::to_vec(&no_ns).unwrap(),
    )
    .await;
    assert_eq!(code, 422, "apply without fieldManager: {status}");

    let (code, status) = send(
        &client,
        "GET",
        "/api/v1/namespaces/default/configmaps?labelSelector=a%20in%20b",
        "application/json",
        vec![],
    )
    .await;
    assert_eq!(code, 400, "{status}");
    let (code, status) = send(
        &client,
        "GET",
        "/api/v1/namespaces/default/configmaps?fieldSelector=spec.nope%3D1",
        "application/json",
        vec![],
    )
    .await;
    assert_eq!((code, status["message"].as_str()), (400, Some("field label not supported: spec.nope")));

    assert_eq!(revision(&client).await, before, "no bad request may change stored state");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_without_the_token_are_unauthorized() {
    let server = TestServer::start().await;
    let k = server.kubectl();
    let kubeconfig = std::fs::read_to_string(server.kubeconfig()).unwrap();
    let token = kubeconfig.lines().find_map(|l| l.trim().strip_prefix("token: ")).unwrap().to_string();
    let forged = server.dir.path().join("forged-kubeconfig");
    std::fs::write(&forged, kubeconfig.replace(&token, "not-the-token")).unwrap();
    let cache = tempfile::tempdir().unwrap();
    let bad = crate::support::Kubectl::new(&forged, cache.path());
    let err = bad.run(&["get", "configmaps"]).fails();
    assert!(err.contains("Unauthorized") || err.contains("must be logged in"), "{err}");
    k.run(&["get", "configmaps"]).ok();
}
