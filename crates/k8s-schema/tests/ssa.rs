//! Server-side apply field management against the behaviour of kube-apiserver.

use k8s_schema::ssa::{managed_fields_from_object, Endpoint, FieldSet, Operation, SsaError};
use k8s_schema::{Definitions, Gvk, Schema};
use serde_json::{json, Value};

const T0: &str = "2025-01-01T00:00:00Z";
const T1: &str = "2025-01-01T00:00:01Z";
const T2: &str = "2025-01-01T00:00:02Z";
const T3: &str = "2025-01-01T00:00:03Z";

fn schema(group: &str, kind: &str) -> Schema<'static> {
    let version = "v1";
    Definitions::k8s_1_33().schema_for(&Gvk::new(group, version, kind)).unwrap()
}

fn configmaps() -> Endpoint<'static> {
    Endpoint::new(schema("", "ConfigMap"), "v1", None)
}

fn deployments() -> Endpoint<'static> {
    Endpoint::new(schema("apps", "Deployment"), "apps/v1", None)
}

fn cm(data: Value) -> Value {
    json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c", "namespace": "default"}, "data": data})
}

fn fixture(name: &str) -> Value {
    let path = format!("{}/tests/fixtures/ssa/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The managed fields of `obj` as (manager, operation, fieldsV1) triples, in order.
fn owners(obj: &Value) -> Vec<(String, Operation, Value)> {
    managed_fields_from_object(obj)
        .unwrap()
        .into_iter()
        .map(|e| (e.manager, e.operation, e.fields.to_fields_v1()))
        .collect()
}

fn fields_of(obj: &Value, manager: &str, op: Operation) -> Value {
    owners(obj)
        .into_iter()
        .find(|(m, o, _)| m == manager && *o == op)
        .map(|(_, _, f)| f)
        .unwrap_or_else(|| panic!("no {op:?} entry for {manager} in {obj:#}"))
}

fn conflict_message(err: SsaError) -> String {
    assert!(matches!(err, SsaError::Conflicts(_)), "{err:?}");
    err.to_string()
}

#[test]
fn docs_configmap_example() {
    let fx = fixture("configmap-apply.json");
    let live = configmaps().apply(None, &fx["applied"], "kubectl", false, "2010-10-10T00:00:00Z").unwrap();
    assert_eq!(live["metadata"]["managedFields"], fx["managedFields"]);
    assert_eq!(live["data"], json!({"key": "some value"}));
}

#[test]
fn configmap_data_keys_are_owned_one_by_one() {
    let live = configmaps().apply(None, &cm(json!({"a": "1", "b": "2"})), "flux", false, T0).unwrap();
    assert_eq!(fields_of(&live, "flux", Operation::Apply), json!({"f:data": {"f:a": {}, "f:b": {}}}));
    let live = configmaps().apply(Some(&live), &cm(json!({"c": "3"})), "other", false, T1).unwrap();
    assert_eq!(live["data"], json!({"a": "1", "b": "2", "c": "3"}));
    assert_eq!(fields_of(&live, "other", Operation::Apply), json!({"f:data": {"f:c": {}}}));
}

#[test]
fn same_value_is_shared_not_a_conflict() {
    let live = configmaps().apply(None, &cm(json!({"a": "1"})), "one", false, T0).unwrap();
    let live = configmaps().apply(Some(&live), &cm(json!({"a": "1"})), "two", false, T1).unwrap();
    assert_eq!(fields_of(&live, "one", Operation::Apply), json!({"f:data": {"f:a": {}}}));
    assert_eq!(fields_of(&live, "two", Operation::Apply), json!({"f:data": {"f:a": {}}}));
    // An apply that changes nothing does not restamp the entry.
    let again = configmaps().apply(Some(&live), &cm(json!({"a": "1"})), "one", false, T2).unwrap();
    assert_eq!(again["metadata"]["managedFields"], live["metadata"]["managedFields"]);
    let entries = managed_fields_from_object(&again).unwrap();
    let time_of = |m: &str| entries.iter().find(|e| e.manager == m).and_then(|e| e.time.clone());
    assert_eq!(time_of("one").as_deref(), Some(T0));
    // As upstream, an applier whose apply changed nothing gets no time, and sorts first.
    assert_eq!(time_of("two"), None);
    assert_eq!(entries[0].manager, "two");
}

#[test]
fn dropping_a_shared_field_keeps_it() {
    let live = configmaps().apply(None, &cm(json!({"a": "1", "b": "2"})), "one", false, T0).unwrap();
    let live = configmaps().apply(Some(&live), &cm(json!({"a": "1"})), "two", false, T1).unwrap();
    let live = configmaps().apply(Some(&live), &cm(json!({"b": "2"})), "one", false, T2).unwrap();
    assert_eq!(live["data"], json!({"a": "1", "b": "2"}));
    assert_eq!(fields_of(&live, "one", Operation::Apply), json!({"f:data": {"f:b": {}}}));
    assert_eq!(fields_of(&live, "two", Operation::Apply), json!({"f:data": {"f:a": {}}}));
}

#[test]
fn dropping_a_field_only_the_applier_owns_removes_it() {
    let live = configmaps().apply(None, &cm(json!({"a": "1", "b": "2"})), "one", false, T0).unwrap();
    let live = configmaps().apply(Some(&live), &cm(json!({"a": "1"})), "one", false, T1).unwrap();
    assert_eq!(live["data"], json!({"a": "1"}));
    assert_eq!(fields_of(&live, "one", Operation::Apply), json!({"f:data": {"f:a": {}}}));
}

#[test]
fn dropping_a_field_an_updater_owns_keeps_it() {
    let live = configmaps().apply(None, &cm(json!({"a": "1"})), "one", false, T0).unwrap();
    let mut edited = live.clone();
    edited["data"]["b"] = json!("edited");
    let live = configmaps().record_update(Some(&live), &edited, "kubectl-edit", T1).unwrap();
    let mut nothing = cm(json!({}));
    nothing.as_object_mut().unwrap().remove("data");
    let live = configmaps().apply(Some(&live), &nothing, "one", false, T2).unwrap();
    assert_eq!(live["data"], json!({"b": "edited"}));
    assert_eq!(owners(&live).len(), 1, "the applier's entry is gone once it owns nothing: {live:#}");
}

#[test]
fn labels_are_a_granular_map() {
    let mut a = cm(json!({}));
    a["metadata"]["labels"] = json!({"app": "web", "tier": "front"});
    let live = configmaps().apply(None, &a, "one", false, T0).unwrap();
    let mut b = cm(json!({}));
    b["metadata"]["labels"] = json!({"team": "x"});
    let live = configmaps().apply(Some(&live), &b, "two", false, T1).unwrap();
    assert_eq!(live["metadata"]["labels"], json!({"app": "web", "team": "x", "tier": "front"}));
    assert_eq!(
        fields_of(&live, "one", Operation::Apply),
        json!({"f:data": {}, "f:metadata": {"f:labels": {"f:app": {}, "f:tier": {}}}})
    );
    // Dropping a label the applier alone set removes it; the other manager's stays.
    a["metadata"]["labels"] = json!({"app": "web"});
    let live = configmaps().apply(Some(&live), &a, "one", false, T2).unwrap();
    assert_eq!(live["metadata"]["labels"], json!({"app": "web", "team": "x"}));
}

#[test]
fn one_conflict_message() {
    let live = configmaps().apply(None, &cm(json!({"a": "1"})), "one", false, T0).unwrap();
    let err = configmaps().apply(Some(&live), &cm(json!({"a": "2"})), "two", false, T1).unwrap_err();
    assert_eq!(conflict_message(err), r#"Apply failed with 1 conflict: conflict with "one": .data.a"#);
}

#[test]
fn several_conflicts_message() {
    let live = configmaps().record_update(None, &cm(json!({"a": "1", "b": "1"})), "mgr", T0).unwrap();
    let mut live = configmaps().apply(Some(&live), &cm(json!({"c": "1"})), "applier", false, T1).unwrap();
    live["metadata"]["uid"] = json!("u1");
    let err =
        configmaps().apply(Some(&live), &cm(json!({"a": "2", "b": "2", "c": "2"})), "kubectl", false, T2).unwrap_err();
    let SsaError::Conflicts(conflicts) = &err else { panic!("{err:?}") };
    assert_eq!(conflicts.len(), 3);
    assert_eq!(conflicts[0].cause_message(), r#"conflict with "applier""#);
    assert_eq!(conflicts[1].cause_message(), r#"conflict with "mgr" using v1"#);
    assert_eq!(
        err.to_string(),
        "Apply failed with 3 conflicts: conflicts with \"applier\":\n- .data.c\nconflicts with \"mgr\" using v1:\n- .data.a\n- .data.b"
    );
}

#[test]
fn conflict_with_client_side_apply_names_the_version() {
    let d = json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
        "spec": {"replicas": 1, "selector": {"matchLabels": {"app": "web"}},
                 "template": {"metadata": {"labels": {"app": "web"}}, "spec": {"containers": [{"name": "c", "image": "i"}]}}}});
    let live = deployments().record_update(None, &d, "kubectl-client-side-apply", T0).unwrap();
    let mut mine = d.clone();
    mine["spec"]["replicas"] = json!(3);
    let err = deployments().apply(Some(&live), &mine, "kubectl", false, T1).unwrap_err();
    let message = conflict_message(err);
    assert!(message.starts_with("Apply failed with "), "{message}");
    assert!(message.contains(r#"conflict with "kubectl-client-side-apply" using apps/v1"#), "{message}");
    assert!(message.contains(".spec.replicas"), "{message}");

    // Only replicas differs from what the client-side applier wrote, so that is the one conflict.
    let err = deployments().apply(Some(&live), &mine, "kubectl", false, T1).unwrap_err();
    let SsaError::Conflicts(c) = err else { panic!() };
    let paths: Vec<&str> = c.iter().map(|c| c.path.as_str()).collect();
    assert_eq!(paths, [".spec.replicas"]);
    assert_eq!(
        SsaError::Conflicts(c).to_string(),
        r#"Apply failed with 1 conflict: conflict with "kubectl-client-side-apply" using apps/v1: .spec.replicas"#
    );
}

#[test]
fn force_takes_ownership() {
    let live = configmaps().apply(None, &cm(json!({"a": "1", "b": "1"})), "one", false, T0).unwrap();
    let live = configmaps().apply(Some(&live), &cm(json!({"a": "2"})), "two", true, T1).unwrap();
    assert_eq!(live["data"], json!({"a": "2", "b": "1"}));
    assert_eq!(fields_of(&live, "one", Operation::Apply), json!({"f:data": {"f:b": {}}}));
    assert_eq!(fields_of(&live, "two", Operation::Apply), json!({"f:data": {"f:a": {}}}));
    // The loser no longer owns `a`, so dropping it from its config leaves it alone.
    let live = configmaps().apply(Some(&live), &cm(json!({"b": "1"})), "one", false, T2).unwrap();
    assert_eq!(live["data"], json!({"a": "2", "b": "1"}));
}

#[test]
fn update_after_apply_takes_changed_fields() {
    let live = configmaps().apply(None, &cm(json!({"a": "1", "b": "1"})), "flux", false, T0).unwrap();
    let mut edited = live.clone();
    edited["data"]["a"] = json!("edited");
    let live = configmaps().record_update(Some(&live), &edited, "kubectl-edit", T1).unwrap();
    assert_eq!(
        owners(&live),
        vec![
            ("flux".to_string(), Operation::Apply, json!({"f:data": {"f:b": {}}})),
            ("kubectl-edit".to_string(), Operation::Update, json!({"f:data": {"f:a": {}}})),
        ]
    );
    let entries = managed_fields_from_object(&live).unwrap();
    assert_eq!(entries[1].time.as_deref(), Some(T1));
    assert_eq!(entries[1].api_version, "v1");
    // Applying the old value back is now a conflict with the editor.
    let err = configmaps().apply(Some(&live), &cm(json!({"a": "1", "b": "1"})), "flux", false, T2).unwrap_err();
    assert_eq!(
        conflict_message(err),
        r#"Apply failed with 1 conflict: conflict with "kubectl-edit" using v1: .data.a"#
    );
}

#[test]
fn update_that_changes_nothing_records_nothing() {
    let live = configmaps().apply(None, &cm(json!({"a": "1"})), "flux", false, T0).unwrap();
    let same = configmaps().record_update(Some(&live), &live, "kubectl-edit", T1).unwrap();
    assert_eq!(same["metadata"]["managedFields"], live["metadata"]["managedFields"]);
}

#[test]
fn managed_fields_reset_and_replace() {
    let mut live = configmaps().apply(None, &cm(json!({"a": "1"})), "kubectl-client-side-apply", false, T0).unwrap();
    live["metadata"]["uid"] = json!("u1");

    // `managedFields: []` clears the tracking of an existing object entirely.
    let mut reset = live.clone();
    reset["metadata"]["managedFields"] = json!([]);
    let out = configmaps().record_update(Some(&live), &reset, "kubectl-patch", T1).unwrap();
    assert!(out["metadata"].get("managedFields").is_none(), "{out:#}");

    // A request carrying entries replaces them (kubectl's client-side to server-side migration).
    let mut migrated = live.clone();
    migrated["metadata"]["managedFields"] = json!([{"manager": "kubectl", "operation": "Apply", "apiVersion": "v1",
        "time": T0, "fieldsType": "FieldsV1", "fieldsV1": {"f:data": {"f:a": {}}}}]);
    let out = configmaps().record_update(Some(&live), &migrated, "kubectl-patch", T1).unwrap();
    assert_eq!(owners(&out), vec![("kubectl".to_string(), Operation::Apply, json!({"f:data": {"f:a": {}}}))]);

    // Without managedFields in the request, the live ones are kept.
    let mut plain = live.clone();
    plain["metadata"].as_object_mut().unwrap().remove("managedFields");
    let out = configmaps().record_update(Some(&live), &plain, "kubectl-patch", T1).unwrap();
    assert_eq!(out["metadata"]["managedFields"], live["metadata"]["managedFields"]);
}

#[test]
fn apply_rejects_managed_fields_and_wrong_versions() {
    let mut bad = cm(json!({}));
    bad["metadata"]["managedFields"] = json!([]);
    let err = configmaps().apply(None, &bad, "x", false, T0).unwrap_err();
    assert!(matches!(err, SsaError::BadRequest(_)));
    assert_eq!(err.to_string(), "metadata.managedFields must be nil");
    let mut bad = cm(json!({}));
    bad["apiVersion"] = json!("v2");
    let err = configmaps().apply(None, &bad, "x", false, T0).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Incorrect version specified in apply patch. Specified patch version: v2, expected: v1"
    );
}

#[test]
fn before_first_apply_owns_existing_fields() {
    let mut live = cm(json!({"a": "1"}));
    live["metadata"]["uid"] = json!("u1");
    let out = configmaps().apply(Some(&live), &cm(json!({"b": "2"})), "flux", false, T1).unwrap();
    assert_eq!(
        owners(&out),
        vec![
            ("flux".to_string(), Operation::Apply, json!({"f:data": {"f:b": {}}})),
            // ConfigMap.data is a nil map in an empty ConfigMap, so the whole map is added, with its ".".
            ("before-first-apply".to_string(), Operation::Update, json!({"f:data": {".": {}, "f:a": {}}})),
        ]
    );
    let err = configmaps().apply(Some(&live), &cm(json!({"a": "2"})), "flux", false, T1).unwrap_err();
    assert_eq!(
        conflict_message(err),
        r#"Apply failed with 1 conflict: conflict with "before-first-apply" using v1: .data.a"#
    );
}

#[test]
fn deployment_applied_twice_with_one_env_var_changed() {
    let fx = fixture("deployment-apply.json");
    let live = deployments().apply(None, &fx["applied"], "kubectl", false, T0).unwrap();
    assert_eq!(fields_of(&live, "kubectl", Operation::Apply), fx["fieldsV1"]);

    // A controller scales it: the replicas become its, by Update.
    let mut scaled = live.clone();
    scaled["spec"]["replicas"] = json!(5);
    let live = deployments().record_update(Some(&live), &scaled, "hpa", T1).unwrap();
    assert_eq!(fields_of(&live, "hpa", Operation::Update), json!({"f:spec": {"f:replicas": {}}}));

    // The second apply changes env B and no longer sets replicas, yielding them to the controller.
    let mut again = fx["applied"].clone();
    again["spec"]["template"]["spec"]["containers"][0]["env"] = fx["applied_again_env"].clone();
    again["spec"].as_object_mut().unwrap().remove("replicas");
    let live = deployments().apply(Some(&live), &again, "kubectl", false, T2).unwrap();
    let container = &live["spec"]["template"]["spec"]["containers"][0];
    assert_eq!(container["env"], json!([{"name": "A", "value": "1"}, {"name": "B", "value": "3"}]));
    assert_eq!(container["image"], json!("nginx:1.27"));
    assert_eq!(live["spec"]["replicas"], json!(5));
    let mut expected = fx["fieldsV1"].clone();
    expected["f:spec"].as_object_mut().unwrap().remove("f:replicas");
    assert_eq!(fields_of(&live, "kubectl", Operation::Apply), expected);
    let entries = managed_fields_from_object(&live).unwrap();
    assert_eq!(entries[0].time.as_deref(), Some(T2), "the applier's entry is stamped when the object changes");
}

#[test]
fn map_list_merges_by_key_and_atomic_list_replaces() {
    let base = |containers: Value| {
        json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
            "spec": {"template": {"spec": {"containers": containers}}}})
    };
    let live = deployments()
        .apply(None, &base(json!([{"name": "app", "image": "a", "args": ["x", "y"]}])), "one", false, T0)
        .unwrap();
    // Another applier adds a sidecar: containers merge by name.
    let live =
        deployments().apply(Some(&live), &base(json!([{"name": "sidecar", "image": "s"}])), "two", false, T1).unwrap();
    let names: Vec<&str> = live["spec"]["template"]["spec"]["containers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["app", "sidecar"]);
    // `args` is atomic: a different list is a conflict on the whole list, and forcing replaces it.
    let theirs = base(json!([{"name": "app", "args": ["z"]}, {"name": "sidecar", "image": "s"}]));
    let err = deployments().apply(Some(&live), &theirs, "two", false, T2).unwrap_err();
    assert_eq!(
        conflict_message(err),
        r#"Apply failed with 1 conflict: conflict with "one": .spec.template.spec.containers[name="app"].args"#
    );
    let live = deployments().apply(Some(&live), &theirs, "two", true, T2).unwrap();
    assert_eq!(live["spec"]["template"]["spec"]["containers"][0]["args"], json!(["z"]));
    assert_eq!(
        fields_of(&live, "one", Operation::Apply),
        json!({"f:spec": {"f:template": {"f:spec": {"f:containers": {"k:{\"name\":\"app\"}": {".": {}, "f:image": {}, "f:name": {}}}}}}})
    );
    // The first applier drops its container; the other still owns the item, so it stays.
    let live = deployments().apply(Some(&live), &base(json!([])), "one", false, T3).unwrap();
    let names: Vec<&str> = live["spec"]["template"]["spec"]["containers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["app", "sidecar"]);
}

#[test]
fn custom_resource_lists_follow_the_crd_schema() {
    let crd = json!({"type": "object", "properties": {
        "apiVersion": {"type": "string"}, "kind": {"type": "string"}, "metadata": {"type": "object"},
        "spec": {"type": "object", "properties": {
            "hosts": {"type": "array", "items": {"type": "string"}},
            "tags": {"type": "array", "x-kubernetes-list-type": "set", "items": {"type": "string"}},
            "rules": {"type": "array", "x-kubernetes-list-type": "map", "x-kubernetes-list-map-keys": ["id"],
                      "items": {"type": "object", "properties": {"id": {"type": "integer"}, "to": {"type": "string"}}}},
            "values": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}},
        "status": {"type": "object", "x-kubernetes-preserve-unknown-fields": true}}});
    let ep = Endpoint::new(Schema::inline(&crd), "example.com/v1", None);
    let cr = |spec: Value| json!({"apiVersion": "example.com/v1", "kind": "Widget", "metadata": {"name": "w"}, "spec": spec});
    let live = ep
        .apply(
            None,
            &cr(json!({"hosts": ["a"], "tags": ["x"], "rules": [{"id": 1, "to": "a"}], "values": {"x": {"y": 1}}})),
            "one",
            false,
            T0,
        )
        .unwrap();
    assert_eq!(
        fields_of(&live, "one", Operation::Apply),
        json!({"f:spec": {"f:hosts": {}, "f:rules": {"k:{\"id\":1}": {".": {}, "f:id": {}, "f:to": {}}},
                          "f:tags": {"v:\"x\"": {}}, "f:values": {"f:x": {".": {}, "f:y": {}}}}})
    );
    let live = ep
        .apply(
            Some(&live),
            &cr(json!({"tags": ["y"], "rules": [{"id": 2, "to": "b"}], "values": {"x": {"z": 2}}})),
            "two",
            false,
            T1,
        )
        .unwrap();
    assert_eq!(live["spec"]["tags"], json!(["x", "y"]));
    assert_eq!(live["spec"]["rules"], json!([{"id": 1, "to": "a"}, {"id": 2, "to": "b"}]));
    assert_eq!(live["spec"]["values"], json!({"x": {"y": 1, "z": 2}}));
    let err = ep.apply(Some(&live), &cr(json!({"hosts": ["b"]})), "two", false, T2).unwrap_err();
    assert_eq!(conflict_message(err), r#"Apply failed with 1 conflict: conflict with "one": .spec.hosts"#);
}

#[test]
fn status_subresource_manager() {
    let live = deployments()
        .apply(
            None,
            &json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
            "spec": {"replicas": 1}, "status": {"replicas": 9}}),
            "kubectl",
            false,
            T0,
        )
        .unwrap();
    // The main resource resets status: the applier does not own it.
    assert_eq!(fields_of(&live, "kubectl", Operation::Apply), json!({"f:spec": {"f:replicas": {}}}));

    let status = Endpoint::new(schema("apps", "Deployment"), "apps/v1", Some("status"));
    let mut reported = live.clone();
    reported["status"] = json!({"replicas": 1, "conditions": [{"type": "Available", "status": "True"}]});
    let live = status.record_update(Some(&live), &reported, "kube-controller-manager", T1).unwrap();
    let entries = managed_fields_from_object(&live).unwrap();
    let kcm = entries.iter().find(|e| e.manager == "kube-controller-manager").unwrap();
    assert_eq!(kcm.subresource.as_deref(), Some("status"));
    assert_eq!(kcm.operation, Operation::Update);
    assert_eq!(
        kcm.fields.to_fields_v1(),
        json!({"f:status": {"f:conditions": {".": {}, "k:{\"type\":\"Available\"}": {".": {}, "f:status": {}, "f:type": {}}}, "f:replicas": {}}})
    );
    assert_eq!(
        serde_json::to_value(kcm).unwrap()["subresource"],
        json!("status"),
        "the wire entry names the subresource"
    );
    // A status applier conflicts with the status updater, and is named with its subresource.
    let err = status
        .apply(
            Some(&live),
            &json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
            "status": {"replicas": 2}}),
            "other",
            false,
            T2,
        )
        .unwrap_err();
    assert_eq!(
        conflict_message(err),
        r#"Apply failed with 1 conflict: conflict with "kube-controller-manager" with subresource "status" using apps/v1: .status.replicas"#
    );
}

#[test]
fn create_by_update_owns_what_it_set() {
    let d = json!({"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web", "labels": {"app": "web"}},
        "spec": {"replicas": 1, "strategy": {"type": "Recreate"},
                 "template": {"metadata": {"labels": {"app": "web"}}, "spec": {"containers": [{"name": "c", "image": "i"}]}}}});
    let live = deployments().record_update(None, &d, "kubectl-create", T0).unwrap();
    // As kube-apiserver records it: structs Go always carries have no ".", maps and list items do.
    assert_eq!(
        fields_of(&live, "kubectl-create", Operation::Update),
        json!({"f:metadata": {"f:labels": {".": {}, "f:app": {}}},
               "f:spec": {"f:replicas": {}, "f:strategy": {".": {}, "f:type": {}},
                          "f:template": {"f:metadata": {"f:labels": {".": {}, "f:app": {}}},
                                         "f:spec": {"f:containers": {"k:{\"name\":\"c\"}": {".": {}, "f:image": {}, "f:name": {}}}}}}})
    );
}

#[test]
fn field_sets_parse_from_entries() {
    let set = FieldSet::from_fields_v1(
        &json!({"f:spec": {"f:ports": {"k:{\"port\":80,\"protocol\":\"TCP\"}": {".": {}, "f:port": {}}}}}),
    )
    .unwrap();
    let paths: Vec<String> = set.paths().iter().map(|p| k8s_schema::ssa::path_string(p)).collect();
    assert_eq!(paths, [r#".spec.ports[port=80,protocol="TCP"]"#, r#".spec.ports[port=80,protocol="TCP"].port"#]);
}
