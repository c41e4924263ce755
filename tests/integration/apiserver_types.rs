//! Values of the wrong type in built-in kinds are refused on every write path, with the code and words
//! kube-apiserver 1.33 uses for each: decoding (create, replace), patching (merge, JSON, strategic) and
//! server-side apply.

use crate::support::{Kubectl, TestServer};

const CM_BAD: &str = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  key: 1\n";
const CM_GOOD: &str = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  key: \"1\"\n";

fn deployment(replicas: &str, extra: &str) -> String {
    format!(
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: {replicas}\n{extra}  selector:\n    matchLabels: {{app: web}}\n  template:\n    metadata:\n      labels: {{app: web}}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n"
    )
}

fn service(name: &str, port: &str, target: &str) -> String {
    format!(
        "apiVersion: v1\nkind: Service\nmetadata:\n  name: {name}\nspec:\n  selector: {{app: web}}\n  ports:\n  - port: {port}\n    targetPort: {target}\n"
    )
}

#[track_caller]
fn refused(k: &Kubectl, args: &[&str], stdin: &str, expected: &str) {
    let err = k.run_stdin(args, stdin).fails();
    assert!(err.contains(expected), "kubectl {args:?}:\nexpected: {expected}\ngot: {err}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn config_map_data_must_be_strings_on_every_write_path() {
    let server = TestServer::start().await;
    let k = server.kubectl();
    let decode_error = "json: cannot unmarshal number into Go struct field ConfigMap.data of type string";

    refused(
        &k,
        &["create", "-f", "-"],
        CM_BAD,
        &format!("Error from server (BadRequest): error when creating \"STDIN\": ConfigMap in version \"v1\" cannot be handled as a ConfigMap: {decode_error}"),
    );
    refused(
        &k,
        &["apply", "--server-side", "-f", "-"],
        CM_BAD,
        "failed to create typed patch object (default/settings; /v1, Kind=ConfigMap): .data.key: expected string, got &value.valueUnstructured{Value:1}",
    );
    k.run(&["get", "configmap", "settings"]).fails();

    k.run_stdin(&["create", "-f", "-"], CM_GOOD).ok();
    let before = k.run(&["get", "configmap", "settings", "-o", "json"]).ok().json();
    refused(&k, &["replace", "-f", "-"], CM_BAD, &format!("cannot be handled as a ConfigMap: {decode_error}"));
    refused(
        &k,
        &["patch", "configmap", "settings", "--type", "merge", "-p", r#"{"data":{"key":1}}"#],
        "",
        // kubectl words an Invalid status that names no kind as "The request is invalid".
        r#"The request is invalid: patch: Invalid value: "{\"apiVersion\":\"v1\",\"data\":{\"key\":1}"#,
    );
    refused(
        &k,
        &[
            "patch",
            "configmap",
            "settings",
            "--type",
            "json",
            "-p",
            r#"[{"op":"replace","path":"/data/key","value":2}]"#,
        ],
        "",
        decode_error,
    );
    refused(
        &k,
        &["patch", "configmap", "settings", "-p", r#"{"data":{"key":1}}"#],
        "",
        r#"The request is invalid: patch: Invalid value: "map[data:map[key:1]]": cannot convert int64 to string"#,
    );
    // Client-side apply of a changed object sends a strategic merge patch.
    refused(&k, &["apply", "-f", "-"], CM_BAD, "cannot convert int64 to string");
    let after = k.run(&["get", "configmap", "settings", "-o", "json"]).ok().json();
    assert_eq!(before, after, "refused writes must not change the object");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn numbers_as_strings_are_refused_where_the_field_is_an_integer() {
    let server = TestServer::start().await;
    let k = server.kubectl();

    refused(
        &k,
        &["create", "-f", "-"],
        &deployment("\"3\"", ""),
        "Deployment in version \"v1\" cannot be handled as a Deployment: json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32",
    );
    refused(
        &k,
        &["apply", "--server-side", "-f", "-"],
        &deployment("\"3\"", ""),
        "failed to create typed patch object (default/web; apps/v1, Kind=Deployment): .spec.replicas: expected numeric (int or float), got string",
    );
    // Server-side apply also refuses what the schema does not declare.
    refused(
        &k,
        &["apply", "--server-side", "-f", "-"],
        &deployment("3", "  bogus: true\n"),
        ".spec.bogus: field not declared in schema",
    );
    k.run_stdin(&["apply", "--server-side", "-f", "-"], &deployment("3", "")).ok();
    refused(
        &k,
        &["patch", "deployment", "web", "-p", r#"{"spec":{"replicas":"4"}}"#],
        "",
        r#"patch: Invalid value: "map[spec:map[replicas:4]]": unrecognized type: int32"#,
    );

    refused(
        &k,
        &["create", "-f", "-"],
        &service("bad", "\"80\"", "8080"),
        "Service in version \"v1\" cannot be handled as a Service: json: cannot unmarshal string into Go struct field ServicePort.spec.ports.port of type int32",
    );
    refused(
        &k,
        &["apply", "--server-side", "-f", "-"],
        &service("bad", "\"80\"", "8080"),
        r#".spec.ports[port="80",protocol="TCP"].port: expected numeric (int or float), got string"#,
    );
    // targetPort is an IntOrString: a number and a port name are both fine, on both paths.
    k.run_stdin(&["create", "-f", "-"], &service("by-number", "80", "8080")).ok();
    k.run_stdin(&["apply", "--server-side", "-f", "-"], &service("by-name", "80", "http")).ok();
    let target = k.run(&["get", "service", "by-name", "-o", "jsonpath={.spec.ports[0].targetPort}"]).ok().stdout;
    assert_eq!(target, "http");
    refused(
        &k,
        &["apply", "--server-side", "-f", "-"],
        &service("by-name", "80", "{name: http}"),
        r#".spec.ports[port=80,protocol="TCP"].targetPort: expected any scalar, got &{map[name:http]}"#,
    );
}
