//! Decoding real kubectl request bodies and hand-built messages.

use serde_json::json;

use super::*;

/// Reads a fixture: `#` lines are comments, the rest is whitespace-separated hex bytes.
fn fixture(text: &str) -> Vec<u8> {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
        .map(|b| u8::from_str_radix(b, 16).unwrap())
        .collect()
}

fn resource(group: &str, kind: &str) -> std::sync::Arc<ResourceInfo> {
    crate::registry::Registry::build(&[])
        .all()
        .iter()
        .find(|r| r.group == group && r.version == "v1" && r.kind == kind)
        .cloned()
        .unwrap()
}

fn decode_as(body: &[u8], kind: &str) -> ApiResult<Value> {
    decode(body, &resource("", kind))
}

// A tiny encoder for hand-built messages, so tests can exercise fields kubectl create never sets.
fn varint(mut v: u64, out: &mut Vec<u8>) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn len(num: u64, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    varint(num << 3 | 2, &mut out);
    varint(payload.len() as u64, &mut out);
    out.extend_from_slice(payload);
    out
}

fn int(num: u64, v: u64) -> Vec<u8> {
    let mut out = Vec::new();
    varint(num << 3, &mut out);
    varint(v, &mut out);
    out
}

fn entry(k: &str, v: &[u8]) -> Vec<u8> {
    [len(1, k.as_bytes()), len(2, v)].concat()
}

fn envelope(api_version: &str, kind: &str, raw: &[u8]) -> Vec<u8> {
    let type_meta = [len(1, api_version.as_bytes()), len(2, kind.as_bytes())].concat();
    [MAGIC.to_vec(), len(1, &type_meta), len(2, raw), len(3, b""), len(4, b"")].concat()
}

#[test]
fn kubectl_create_namespace() {
    let body = fixture(include_str!("fixtures/namespace.hex"));
    let obj = decode_as(&body, "Namespace").unwrap();
    assert_eq!(obj, json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "demo"}}));
}

#[test]
fn kubectl_create_configmap() {
    let body = fixture(include_str!("fixtures/configmap.hex"));
    let obj = decode_as(&body, "ConfigMap").unwrap();
    assert_eq!(
        obj,
        json!({
            "apiVersion": "v1", "kind": "ConfigMap",
            "metadata": {"name": "c", "namespace": "demo"},
            "data": {"a": "1", "greeting.txt": "hello\nworld\n"},
            "binaryData": {"blob.bin": "AAH//g=="},
        })
    );
}

#[test]
fn kubectl_create_secret_generic() {
    let body = fixture(include_str!("fixtures/secret-generic.hex"));
    let obj = decode_as(&body, "Secret").unwrap();
    assert_eq!(
        obj,
        json!({
            "apiVersion": "v1", "kind": "Secret",
            "metadata": {"name": "s", "namespace": "demo"},
            "data": {"p": "eA=="},
        })
    );
}

#[test]
fn kubectl_create_secret_docker_registry() {
    let body = fixture(include_str!("fixtures/secret-docker-registry.hex"));
    let obj = decode_as(&body, "Secret").unwrap();
    assert_eq!(obj["type"], "kubernetes.io/dockerconfigjson");
    assert_eq!(obj["metadata"], json!({"name": "d", "namespace": "demo"}));
    let data = obj["data"][".dockerconfigjson"].as_str().unwrap();
    let config = base64::engine::general_purpose::STANDARD.decode(data).unwrap();
    assert_eq!(
        serde_json::from_slice::<Value>(&config).unwrap(),
        json!({"auths": {"r.example": {"username": "u", "password": "p", "auth": "dTpw"}}})
    );
}

#[test]
fn kubectl_create_serviceaccount() {
    let body = fixture(include_str!("fixtures/serviceaccount.hex"));
    let obj = decode_as(&body, "ServiceAccount").unwrap();
    assert_eq!(
        obj,
        json!({"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": "sa", "namespace": "demo"}})
    );
}

#[test]
fn kubectl_create_service_clusterip() {
    let body = fixture(include_str!("fixtures/service.hex"));
    let obj = decode_as(&body, "Service").unwrap();
    assert_eq!(
        obj,
        json!({
            "apiVersion": "v1", "kind": "Service",
            "metadata": {"name": "web", "namespace": "demo", "labels": {"app": "web"}},
            "spec": {
                "ports": [{"name": "80-8080", "protocol": "TCP", "port": 80, "targetPort": 8080}],
                "selector": {"app": "web"},
                "type": "ClusterIP",
            },
        })
    );
}

#[test]
fn object_meta_in_full() {
    let time = [int(1, 1_700_000_000)].concat();
    let owner =
        [len(5, b"apps/v1"), len(1, b"Deployment"), len(3, b"web"), len(4, b"u-1"), int(6, 1), int(7, 0)].concat();
    let meta = [
        len(1, b""),
        len(2, b"gen-"),
        len(3, b"demo"),
        int(7, 0),
        len(8, &time),
        len(11, &entry("app", b"web")),
        len(11, &entry("tier", b"")),
        len(12, &entry("note", b"x")),
        len(13, &owner),
        len(14, b"example.com/a"),
        len(14, b"example.com/b"),
        int(10, 0),
    ]
    .concat();
    let ns = [len(1, &meta), len(2, &len(1, b"kubernetes")), len(3, &len(1, b""))].concat();
    let obj = decode_as(&envelope("v1", "Namespace", &ns), "Namespace").unwrap();
    assert_eq!(
        obj,
        json!({
            "apiVersion": "v1", "kind": "Namespace",
            "metadata": {
                "generateName": "gen-",
                "namespace": "demo",
                "creationTimestamp": "2023-11-14T22:13:20Z",
                "deletionGracePeriodSeconds": 0,
                "labels": {"app": "web", "tier": ""},
                "annotations": {"note": "x"},
                "ownerReferences": [{
                    "apiVersion": "apps/v1", "kind": "Deployment", "name": "web", "uid": "u-1",
                    "controller": true, "blockOwnerDeletion": false,
                }],
                "finalizers": ["example.com/a", "example.com/b"],
            },
            "spec": {"finalizers": ["kubernetes"]},
        })
    );
}

#[test]
fn configmap_and_secret_optional_fields() {
    let meta = len(1, b"c");
    let cm = [len(1, &meta), int(4, 0), len(2, &entry("k", b"v"))].concat();
    let obj = decode_as(&envelope("v1", "ConfigMap", &cm), "ConfigMap").unwrap();
    assert_eq!(obj["immutable"], json!(false), "a set pointer bool is kept even when false");
    assert_eq!(obj["data"], json!({"k": "v"}));

    let secret = [len(1, &meta), int(5, 1), len(4, &entry("plain", b"text")), len(3, b"Opaque")].concat();
    let obj = decode_as(&envelope("v1", "Secret", &secret), "Secret").unwrap();
    assert_eq!(obj["immutable"], json!(true));
    assert_eq!(obj["stringData"], json!({"plain": "text"}));
    assert_eq!(obj["type"], "Opaque");
    assert!(obj.get("data").is_none());
}

#[test]
fn serviceaccount_references() {
    let reference = [len(1, b""), len(3, b"token"), len(2, b"")].concat();
    let sa = [len(1, &len(1, b"sa")), len(2, &reference), len(3, &len(1, b"pull")), len(3, b""), int(4, 0)].concat();
    let obj = decode_as(&envelope("v1", "ServiceAccount", &sa), "ServiceAccount").unwrap();
    assert_eq!(obj["secrets"], json!([{"name": "token"}]));
    assert_eq!(obj["imagePullSecrets"], json!([{"name": "pull"}, {}]), "list elements are never dropped");
    assert_eq!(obj["automountServiceAccountToken"], json!(false));
}

#[test]
fn event_times() {
    let micro = [int(1, 1_700_000_000), int(2, 123_456_000)].concat();
    let event = [
        len(1, &len(1, b"e")),
        len(2, &[len(1, b"Pod"), len(3, b"p")].concat()),
        len(6, b""),
        len(10, &micro),
        int(8, 3),
    ]
    .concat();
    let obj = decode_as(&envelope("v1", "Event", &event), "Event").unwrap();
    assert_eq!(obj["involvedObject"], json!({"kind": "Pod", "name": "p"}));
    assert_eq!(obj["eventTime"], "2023-11-14T22:13:20.123456Z");
    assert_eq!(obj["count"], 3);
    assert!(obj.get("firstTimestamp").is_none());
}

#[test]
fn unknown_fields_are_skipped() {
    let mut cm = [len(1, &len(1, b"c")), len(99, b"future"), int(98, 7)].concat();
    cm.extend([0xed, 0x06, 1, 2, 3, 4]); // field 109, fixed32
    cm.extend([0xe9, 0x06, 1, 2, 3, 4, 5, 6, 7, 8]); // field 109, fixed64
    let obj = decode_as(&envelope("v1", "ConfigMap", &cm), "ConfigMap").unwrap();
    assert_eq!(obj, json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}}));
}

#[test]
fn empty_type_meta_falls_back_to_the_endpoint() {
    let obj = decode_as(&envelope("", "", &len(1, &len(1, b"demo"))), "Namespace").unwrap();
    assert_eq!(obj, json!({"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": "demo"}}));
}

#[test]
fn malformed_bodies_are_400_naming_the_field() {
    let cases: Vec<(Vec<u8>, &str)> = vec![
        (b"{\"kind\":\"Namespace\"}".to_vec(), "missing the k8s\\0 magic prefix"),
        (
            [MAGIC, &[0x0a, 0x05, 0x0a]].concat(),
            "runtime.Unknown.typeMeta: truncated: 5 bytes announced at byte 2, 1 left",
        ),
        (
            envelope("v1", "Namespace", &len(1, &[0x0a, 0x09, b'x'])),
            "Namespace.metadata.name: truncated: 9 bytes announced at byte 2, 1 left",
        ),
        (envelope("v1", "Namespace", &len(1, &int(1, 5))), "Namespace.metadata.name: field 1 has wire type 0"),
        (envelope("v1", "ConfigMap", &len(2, &entry("k", &[0xff]))), "ConfigMap.data.\"k\": invalid UTF-8"),
        (
            envelope("v1", "Namespace", &len(1, &len(13, &len(1, &[0xc0])))),
            "Namespace.metadata.ownerReferences[0].kind: invalid UTF-8",
        ),
        (envelope("v1", "Namespace", &[0xf8, 0x07, 0xff]), "Namespace: truncated varint at byte 3"),
        (envelope("v1", "Namespace", &[0xfb, 0x07]), "Namespace: unsupported wire type 3"),
        ([MAGIC.to_vec(), len(2, b""), len(3, b"gzip")].concat(), "unsupported contentEncoding \"gzip\""),
    ];
    for (body, want) in cases {
        let err = decode_as(&body, "Namespace").unwrap_err();
        assert_eq!(err.code, 400, "{want}");
        assert!(err.message.contains(want), "{:?} does not contain {want:?}", err.message);
        assert!(!err.message.contains('\n'));
    }
}

fn read_fixture(name: &str) -> String {
    let path = format!("{}/src/protobuf/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("reading {path}: {e}"))
}

/// The endpoint serving `apiVersion` `kind`, as the request would have been routed.
fn endpoint(api_version: &str, kind: &str) -> std::sync::Arc<ResourceInfo> {
    let (group, version) = api_version.rsplit_once('/').unwrap_or(("", api_version));
    crate::registry::Registry::build(&[])
        .all()
        .iter()
        .find(|r| r.group == group && r.version == version && r.kind == kind)
        .cloned()
        .unwrap_or_else(|| panic!("no endpoint serves {api_version} {kind}"))
}

/// Drops what Go's JSON writes for zero values that a decoded body leaves out: `null` (a zero `Time`, a nil slice
/// or map without `omitempty`) and `{}` (an empty struct, which `omitempty` never omits). The server reads both
/// as absent, as kube-apiserver's Go types do.
fn without_go_zeroes(v: &Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(
            m.iter()
                .map(|(k, v)| (k.clone(), without_go_zeroes(v)))
                .filter(|(_, v)| !v.is_null() && v.as_object().is_none_or(|o| !o.is_empty()))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.iter().map(without_go_zeroes).collect()),
        other => other.clone(),
    }
}

/// Bodies kubectl 1.33 sent for `kubectl create …`, each beside what the same command prints with
/// `--dry-run=client -o json` (see fixtures/README.md).
const DRY_RUN_FIXTURES: &[&str] = &[
    "clusterrole",
    "clusterrole-aggregated",
    "clusterrole-urls",
    "clusterrolebinding",
    "role",
    "rolebinding",
    "rolebinding-clusterrole",
    "secret-tls",
    "service-nodeport",
    "service-loadbalancer",
    "service-externalname",
    "deployment",
    "deployment-command",
    "job",
    "job-from-cronjob",
    "cronjob",
    "ingress",
    "poddisruptionbudget",
    "poddisruptionbudget-percent",
    "priorityclass",
    "quota",
    "hpa",
];

#[test]
fn kubectl_create_bodies_decode_to_what_dry_run_prints() {
    for name in DRY_RUN_FIXTURES {
        let want: Value = serde_json::from_str(&read_fixture(&format!("{name}.json"))).unwrap();
        let r = endpoint(want["apiVersion"].as_str().unwrap(), want["kind"].as_str().unwrap());
        let got = decode(&fixture(&read_fixture(&format!("{name}.hex"))), &r)
            .unwrap_or_else(|e| panic!("{name}: {}", e.message));
        assert_eq!(without_go_zeroes(&got), without_go_zeroes(&want), "{name}");
    }
}

#[test]
fn zero_values_that_mean_something_survive() {
    let job = decode(&fixture(&read_fixture("job-from-cronjob.hex")), &endpoint("batch/v1", "Job")).unwrap();
    // Pointers set to zero or false are kept; the dry-run comparison cannot tell them from absent ones.
    assert_eq!(job["spec"]["backoffLimit"], 0);
    assert_eq!(job["spec"]["ttlSecondsAfterFinished"], 0);
    assert_eq!(job["spec"]["suspend"], false);
    let pod = &job["spec"]["template"]["spec"];
    assert_eq!(pod["securityContext"]["runAsUser"], 0);
    assert_eq!(pod["securityContext"]["runAsNonRoot"], false);
    assert_eq!(pod["terminationGracePeriodSeconds"], 0);
    assert_eq!(pod["tolerations"][0]["tolerationSeconds"], 0);
    let empty = pod["volumes"].as_array().unwrap().iter().find(|v| v["name"] == "empty").unwrap();
    assert_eq!(empty, &json!({"name": "empty", "emptyDir": {}}), "an empty volume source still names the type");
    assert_eq!(pod["containers"][0]["livenessProbe"]["httpGet"]["port"], "http");
    assert_eq!(pod["containers"][0]["resources"]["requests"]["cpu"], "0");

    let pc = decode(&fixture(&read_fixture("priorityclass.hex")), &endpoint("scheduling.k8s.io/v1", "PriorityClass"));
    assert_eq!(pc.unwrap()["value"], 0, "PriorityClass.value has no omitempty");
    let crb = decode(
        &fixture(&read_fixture("clusterrolebinding.hex")),
        &endpoint("rbac.authorization.k8s.io/v1", "ClusterRoleBinding"),
    );
    assert_eq!(
        crb.unwrap()["subjects"][1],
        json!({"kind": "ServiceAccount", "name": "deployer", "namespace": "flux-system"})
    );
}

#[test]
fn kubectl_create_token() {
    let body = fixture(&read_fixture("token.hex"));
    let obj = decode(&body, &endpoint("v1", "ServiceAccount")).unwrap();
    assert_eq!(
        obj,
        json!({
            "apiVersion": "authentication.k8s.io/v1", "kind": "TokenRequest",
            "spec": {
                "audiences": ["vault", "https://kubernetes.default.svc"],
                "expirationSeconds": 600,
                "boundObjectRef": {
                    "kind": "Secret", "apiVersion": "v1", "name": "sec", "uid": "0d4c1c1e-1111-2222-3333-444455556666",
                },
            },
            "status": {"token": ""},
        })
    );
}

#[test]
fn kubectl_auth_reviews() {
    let review = |name: &str, kind: &str| {
        let group = if kind == "SelfSubjectReview" { "authentication.k8s.io/v1" } else { "authorization.k8s.io/v1" };
        decode(&fixture(&read_fixture(&format!("{name}.hex"))), &endpoint(group, kind)).unwrap()
    };
    assert_eq!(
        review("selfsubjectaccessreview", "SelfSubjectAccessReview"),
        json!({
            "apiVersion": "authorization.k8s.io/v1", "kind": "SelfSubjectAccessReview",
            // kubectl reads `pods/log` as TYPE/NAME.
            "spec": {"resourceAttributes": {"namespace": "demo", "verb": "get", "resource": "pods", "name": "log"}},
            "status": {"allowed": false},
        })
    );
    assert_eq!(
        review("selfsubjectrulesreview", "SelfSubjectRulesReview"),
        json!({
            "apiVersion": "authorization.k8s.io/v1", "kind": "SelfSubjectRulesReview",
            "spec": {"namespace": "demo"},
            "status": {"incomplete": false},
        })
    );
    assert_eq!(
        review("selfsubjectreview", "SelfSubjectReview"),
        json!({"apiVersion": "authentication.k8s.io/v1", "kind": "SelfSubjectReview"})
    );
}

#[test]
fn custom_resources_are_415_as_from_kube_apiserver() {
    let crd = json!({"metadata": {"name": "widgets.example.com"}, "spec": {"group": "example.com", "scope": "Namespaced",
        "names": {"kind": "Widget", "plural": "widgets"},
        "versions": [{"name": "v1", "served": true, "storage": true, "schema": {"openAPIV3Schema": {"type": "object"}}}]}});
    let reg = crate::registry::Registry::build(&[crd]);
    let widgets = reg.find("example.com", "v1", "widgets").unwrap();
    let err = decode(&envelope("example.com/v1", "Widget", &len(1, &len(1, b"w"))), &widgets).unwrap_err();
    assert_eq!((err.code, err.reason), (415, "UnsupportedMediaType"));
    assert_eq!(
        err.message,
        "the body of the request was in an unknown format - accepted media types include: application/json, \
         application/yaml"
    );
}

#[test]
fn kinds_no_built_in_api_registers_are_400_as_from_kube_apiserver() {
    let err = decode(&envelope("example.com/v1", "Widget", b""), &endpoint("v1", "Namespace")).unwrap_err();
    assert_eq!(err.code, 400);
    assert_eq!(
        err.message,
        "Widget in version \"v1\" cannot be handled as a Namespace: no kind \"Widget\" is registered for version \
         \"example.com/v1\" in scheme \"pkg/api/legacyscheme/scheme.go:30\""
    );
    let err = decode(&envelope("v2", "Pod", b""), &endpoint("v1", "Pod")).unwrap_err();
    assert!(
        err.message.starts_with("Pod in version \"v2\" cannot be handled as a Pod: no kind \"Pod\""),
        "{}",
        err.message
    );
}

#[test]
fn built_in_kinds_without_a_table_are_415() {
    // CustomResourceDefinition schemas hold arbitrary JSON (`JSONSchemaProps`), which has no table here.
    let r = endpoint("apiextensions.k8s.io/v1", "CustomResourceDefinition");
    let err = decode(&envelope("apiextensions.k8s.io/v1", "CustomResourceDefinition", b""), &r).unwrap_err();
    assert_eq!(err.code, 415);
}

#[test]
fn every_served_kind_that_accepts_writes_has_a_table() {
    for r in crate::registry::Registry::build(&[]).all() {
        let writable = r.supports("create") || r.supports("update");
        if writable && r.kind != "CustomResourceDefinition" {
            assert!(tables::kind(&r.api_version(), &r.kind).is_some(), "{} {} has no table", r.api_version(), r.kind);
        }
        // Subresources take bodies too (`pods/eviction`, `deployments/scale`), except the connect ones, whose
        // `*Options` come in the query.
        let decoded = |s: &&k8s_schema::resources::Subresource| {
            !s.kind.ends_with("Options") && s.kind != "CustomResourceDefinition"
        };
        for sub in r.subresources.iter().filter(decoded) {
            let writable = sub.verbs.iter().any(|v| v == "create" || v == "update");
            let table = tables::kind(&sub.api_version(), &sub.kind);
            assert!(
                !writable || table.is_some(),
                "{}/{} ({} {}) has no table",
                r.plural,
                sub.name,
                sub.api_version(),
                sub.kind
            );
        }
    }
}

#[test]
fn maps_lists_and_embedded_json() {
    // ResourceQuota hard: map<string, Quantity>.
    let quantity = |q: &str| len(1, q.as_bytes());
    let quota_spec = [len(1, &entry("cpu", &quantity("500m"))), len(1, &entry("pods", &quantity("2")))].concat();
    let quota = [len(1, &len(1, b"q")), len(2, &quota_spec)].concat();
    let obj = decode(&envelope("v1", "ResourceQuota", &quota), &endpoint("v1", "ResourceQuota")).unwrap();
    assert_eq!(obj["spec"]["hard"], json!({"cpu": "500m", "pods": "2"}));

    // SubjectAccessReview extra: map<string, ExtraValue{repeated string items}>, a JSON object of arrays.
    let extra = entry("scopes", &[len(1, b"a"), len(1, b"b")].concat());
    let sar = [len(2, &[len(3, b"alice"), len(5, &extra), len(5, &entry("none", b""))].concat())].concat();
    let obj = decode(
        &envelope("authorization.k8s.io/v1", "SubjectAccessReview", &sar),
        &endpoint("authorization.k8s.io/v1", "SubjectAccessReview"),
    )
    .unwrap();
    assert_eq!(obj["spec"], json!({"user": "alice", "extra": {"scopes": ["a", "b"], "none": []}}));

    // CertificateSigningRequest request: bytes, base64 in JSON.
    let csr = [
        len(1, &len(1, b"csr")),
        len(2, &[len(1, &[0, 1, 0xfe]), len(7, b"kubernetes.io/kube-apiserver-client")].concat()),
    ]
    .concat();
    let obj = decode(
        &envelope("certificates.k8s.io/v1", "CertificateSigningRequest", &csr),
        &endpoint("certificates.k8s.io/v1", "CertificateSigningRequest"),
    )
    .unwrap();
    assert_eq!(obj["spec"], json!({"request": "AAH+", "signerName": "kubernetes.io/kube-apiserver-client"}));

    // ControllerRevision data: RawExtension{raw}, the JSON itself; managedFields fieldsV1 likewise.
    let fields = len(1, br#"{"f:data":{}}"#);
    let managed = [len(1, b"kubectl"), len(2, b"Update"), len(6, b"FieldsV1"), len(7, &fields)].concat();
    let meta = [len(1, b"rev"), len(17, &managed)].concat();
    let rev = [len(1, &meta), len(2, &len(1, br#"{"spec":{"a":1}}"#)), int(3, 4)].concat();
    let obj =
        decode(&envelope("apps/v1", "ControllerRevision", &rev), &endpoint("apps/v1", "ControllerRevision")).unwrap();
    assert_eq!(obj["data"], json!({"spec": {"a": 1}}));
    assert_eq!(obj["revision"], 4);
    assert_eq!(
        obj["metadata"]["managedFields"],
        json!([{"manager": "kubectl", "operation": "Update", "fieldsType": "FieldsV1", "fieldsV1": {"f:data": {}}}])
    );
}

#[test]
fn inline_members_join_their_parent() {
    // Volume{1: name, 2: VolumeSource (json inline){2: emptyDir}}; Probe{1: ProbeHandler (inline){1: exec}}.
    let volume = [len(1, b"scratch"), len(2, &len(2, &len(1, b"Memory")))].concat();
    let probe = [len(1, &len(1, &len(1, b"true"))), int(4, 5)].concat();
    let container = [len(1, b"c"), len(2, b"busybox"), len(10, &probe)].concat();
    let spec = [len(1, &volume), len(2, &container)].concat();
    let pod = [len(1, &len(1, b"p")), len(2, &spec)].concat();
    let obj = decode(&envelope("v1", "Pod", &pod), &endpoint("v1", "Pod")).unwrap();
    assert_eq!(obj["spec"]["volumes"], json!([{"name": "scratch", "emptyDir": {"medium": "Memory"}}]));
    assert_eq!(
        obj["spec"]["containers"][0]["livenessProbe"],
        json!({"exec": {"command": ["true"]}, "periodSeconds": 5})
    );
}

#[test]
fn packed_repeated_integers() {
    // proto2 writers (Go) send one field per element; a packed list (one LEN field of varints) is read the same.
    let security = len(4, &[0x88, 0x27, 0xa0, 0x1f]); // supplementalGroups [5000, 4000]
    let spec = [len(2, &[len(1, b"c"), len(2, b"busybox")].concat()), len(14, &security)].concat();
    let pod = [len(1, &len(1, b"p")), len(2, &spec)].concat();
    let obj = decode(&envelope("v1", "Pod", &pod), &endpoint("v1", "Pod")).unwrap();
    assert_eq!(obj["spec"]["securityContext"], json!({"supplementalGroups": [5000, 4000]}));
}
