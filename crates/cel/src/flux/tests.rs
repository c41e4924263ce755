//! The cases of fluxcd/pkg `runtime/cel` (status_evaluator_test.go, status_reader_test.go,
//! expression_test.go) and kustomize-controller's readyExpr tests, plus the expressions the Flux
//! documentation recommends.

use serde_json::{json, Value};

use super::*;

fn check(current: &str, in_progress: &str, failed: &str) -> HealthCheck {
    HealthCheck {
        api_version: "v1".into(),
        kind: "ConfigMap".into(),
        current: current.into(),
        in_progress: in_progress.into(),
        failed: failed.into(),
    }
}

/// Evaluates one entry for `v1/ConfigMap` on `obj` (given apiVersion and kind).
fn health(c: HealthCheck, mut obj: Value) -> Health {
    let checks = HealthChecks::compile(&[c]).unwrap_or_else(|e| panic!("compile: {e}"));
    obj["apiVersion"] = json!("v1");
    obj["kind"] = json!("ConfigMap");
    checks.evaluate(&obj).expect("the entry covers v1/ConfigMap")
}

fn status(c: HealthCheck, obj: Value) -> HealthStatus {
    let h = health(c, obj);
    assert!(h.status != HealthStatus::Unknown, "unexpected error: {}", h.message);
    h.status
}

fn unknown(c: HealthCheck, obj: Value) -> String {
    let h = health(c, obj);
    assert_eq!(h.status, HealthStatus::Unknown);
    h.message
}

#[test]
fn compile_errors_are_upstreams() {
    assert!(HealthChecks::compile(&[check("data.current", "data.inProgress", "data.failed")]).is_ok());
    assert!(HealthChecks::compile(&[check("data.current", "", "")]).is_ok(), "inProgress and failed are optional");
    for (c, want) in [
        (
            check("", "", ""),
            "failed to create custom status evaluator for healthchecks[0]: expression Current not specified",
        ),
        (check("data.", "", ""), "failed to parse the expression Current: failed to parse the CEL expression 'data.'"),
        (check("data.current", "data.", ""), "failed to parse the expression InProgress"),
        (check("data.current", "", "data."), "failed to parse the expression Failed"),
        (check("something.", "", ""), "failed to create custom status evaluator for healthchecks[0]"),
        // Unsupported constructs are refused up front rather than failing every evaluation.
        (check("status.conditions.exists(c, c.lastTransitionTime.format('x'))", "", ""), "unsupported function"),
        (check("type(status) == map", "", ""), "unsupported function type()"),
    ] {
        let e = HealthChecks::compile(&[c]).unwrap_err();
        assert!(e.contains(want), "{e}\nwant: {want}");
    }
}

#[test]
fn duplicates_are_refused() {
    let e = HealthChecks::compile(&[check("true", "", ""), check("true", "", "")]).unwrap_err();
    assert_eq!(e, "duplicate custom health check for GroupKind ConfigMap at healthchecks[1]");
    let group_only =
        HealthCheck { api_version: "bitnami.com/v1alpha1".into(), current: "true".into(), ..Default::default() };
    let e = HealthChecks::compile(&[group_only.clone(), group_only]).unwrap_err();
    assert_eq!(e, "duplicate custom health check for GroupKind .bitnami.com at healthchecks[1]");
}

#[test]
fn evaluation_order_and_results() {
    let exprs = || check("data.current", "data.inProgress", "data.failed");
    let data = |current: bool, in_progress: bool, failed: bool| json!({"data": {"current": current, "inProgress": in_progress, "failed": failed}});
    assert_eq!(status(exprs(), data(false, false, false)), HealthStatus::InProgress, "none true");
    assert_eq!(status(exprs(), data(true, true, true)), HealthStatus::InProgress, "inProgress first");
    assert_eq!(status(exprs(), data(true, false, true)), HealthStatus::Failed, "failed before current");
    assert_eq!(status(exprs(), data(true, false, false)), HealthStatus::Current);
    assert_eq!(status(check("data.current", "", "data.failed"), data(true, true, true)), HealthStatus::Failed);
}

#[test]
fn evaluation_errors_make_the_status_unknown() {
    let obj = json!({"data": {"current": true, "inProgress": false, "failed": false}});
    for (c, want) in [
        (
            check("data.currentt", "data.inProgress", "data.failed"),
            "failed to evaluate the CEL expression 'data.currentt': no such key: currentt",
        ),
        (
            check("data.current", "data.inProgresss", "data.failed"),
            "failed to evaluate the CEL expression 'data.inProgresss': no such key: inProgresss",
        ),
        (
            check("data.current", "data.inProgress", "data.failedd"),
            "failed to evaluate the CEL expression 'data.failedd': no such key: failedd",
        ),
        (check("'some-value'", "", ""), "failed to evaluate CEL expression as boolean: ''some-value''"),
    ] {
        assert_eq!(unknown(c, obj.clone()), want);
    }
}

#[test]
fn observed_generation_comes_first() {
    let stale = json!({"metadata": {"generation": 2}, "status": {"observedGeneration": 1}});
    assert_eq!(status(check("true", "", ""), stale.clone()), HealthStatus::InProgress);
    assert_eq!(status(check("true", "", "true"), stale), HealthStatus::InProgress);
    // Non-integer generations are left to the expressions.
    let text = json!({"metadata": {"generation": 2}, "status": {"observedGeneration": "2"}});
    assert_eq!(status(check("status.observedGeneration == '2'", "", ""), text), HealthStatus::Current);
    let text = json!({"metadata": {"generation": "2"}, "status": {"observedGeneration": 2}});
    assert_eq!(status(check("metadata.generation == '2'", "", ""), text), HealthStatus::Current);
}

#[test]
fn missing_fields() {
    let with_in_progress = || {
        check(
            "status.conditions.filter(e, e.type == 'Ready').all(e, e.status == 'True')",
            "has(status.observedGeneration) && metadata.generation != status.observedGeneration",
            "status.conditions.filter(e, e.type == 'Ready').all(e, e.status == 'False')",
        )
    };
    let without_in_progress = || HealthCheck { in_progress: String::new(), ..with_in_progress() };
    assert_eq!(
        unknown(with_in_progress(), json!({})),
        "failed to evaluate the CEL expression 'has(status.observedGeneration) && metadata.generation != status.observedGeneration': no such attribute(s): status.observedGeneration"
    );
    assert_eq!(
        unknown(without_in_progress(), json!({})),
        "failed to evaluate the CEL expression 'status.conditions.filter(e, e.type == 'Ready').all(e, e.status == 'False')': no such attribute(s): status.conditions"
    );
    for c in [with_in_progress(), without_in_progress()] {
        assert!(unknown(c.clone(), json!({"status": {}})).ends_with("no such key: conditions"));
        // filter() leaves nothing, all() of nothing is true, and failed is asked first.
        assert_eq!(status(c.clone(), json!({"status": {"conditions": []}})), HealthStatus::Failed);
        let stale = json!({"metadata": {"generation": 2}, "status": {"observedGeneration": 1}});
        assert_eq!(status(c, stale), HealthStatus::InProgress);
    }
}

#[test]
fn group_and_kind_matching() {
    let entry = |api_version: &str, kind: &str, current: &str, failed: &str| HealthCheck {
        api_version: api_version.into(),
        kind: kind.into(),
        current: current.into(),
        failed: failed.into(),
        ..Default::default()
    };
    let checks = HealthChecks::compile(&[entry("test/v1", "Test", "something", "")]).unwrap();
    assert!(checks.applies_to("test/v1", "Test"));
    assert!(checks.applies_to("test/v2beta1", "Test"), "the version is ignored");
    assert!(!checks.applies_to("test/v1", "Unsupported"));
    assert!(!checks.applies_to("other/v1", "Test"));

    let checks = HealthChecks::compile(&[entry("test/v1", "", "something", "")]).unwrap();
    assert!(checks.applies_to("test/v1", "AnyKind"));
    assert!(checks.applies_to("test/v1", ""));
    assert!(!checks.applies_to("other/v1", "AnyKind"));

    // A specific kind wins over the group-only entry of its group.
    let checks = HealthChecks::compile(&[
        entry("bitnami.com/v1alpha1", "", "false", "true"),
        entry("bitnami.com/v1alpha1", "SealedSecret", "true", ""),
    ])
    .unwrap();
    let obj = |kind: &str| json!({"apiVersion": "bitnami.com/v1alpha1", "kind": kind});
    assert_eq!(checks.evaluate(&obj("SealedSecret")).map(|h| h.status), Some(HealthStatus::Current));
    assert_eq!(checks.evaluate(&obj("OtherKind")).map(|h| h.status), Some(HealthStatus::Failed));
    assert_eq!(checks.evaluate(&json!({"apiVersion": "other.com/v1", "kind": "Foo"})), None);

    // The core group: a ConfigMap read from the API server.
    let checks = HealthChecks::compile(&[entry("v1", "ConfigMap", "data.current == 'true'", "")]).unwrap();
    let cm = json!({"apiVersion": "v1", "kind": "ConfigMap", "metadata": {"name": "c"}, "data": {"current": "true"}});
    assert_eq!(checks.evaluate(&cm).map(|h| h.status), Some(HealthStatus::Current));
    assert!(HealthChecks::compile(&[]).unwrap().is_empty());
}

/// A SealedSecret through its life, as upstream's status reader test drives it.
#[test]
fn sealed_secret_life_cycle() {
    let checks = HealthChecks::compile(&[HealthCheck {
        api_version: "bitnami.com/v1alpha1".into(),
        kind: "SealedSecret".into(),
        in_progress: "has(status.observedGeneration) && status.observedGeneration != metadata.generation".into(),
        failed: "status.conditions.filter(e, e.type == 'Synced').all(e, e.status == 'False')".into(),
        current: "status.conditions.filter(e, e.type == 'Synced').all(e, e.status == 'True')".into(),
    }])
    .unwrap();
    let mut obj = json!({
        "apiVersion": "bitnami.com/v1alpha1", "kind": "SealedSecret",
        "metadata": {"name": "s", "namespace": "n", "generation": 1},
        "spec": {"encryptedData": {"foo": "c2VjcmV0"}},
    });
    let at = |obj: &Value| checks.evaluate(obj).map(|h| h.status);
    assert_eq!(at(&obj), Some(HealthStatus::Unknown), "no status yet");
    obj["status"] = json!({"observedGeneration": 0});
    assert_eq!(at(&obj), Some(HealthStatus::InProgress));
    obj["status"] = json!({"observedGeneration": 1, "conditions": [{"type": "Synced", "status": "True"}]});
    assert_eq!(at(&obj), Some(HealthStatus::Current));
    obj["status"] = json!({"observedGeneration": 1, "conditions": [{"type": "Synced", "status": "False"}]});
    assert_eq!(at(&obj), Some(HealthStatus::Failed));
}

/// The expressions of the Flux CEL health check cheatsheet and RFC 0009.
#[test]
fn documented_expressions() {
    let ready = |api_version: &str, kind: &str| HealthCheck {
        api_version: api_version.into(),
        kind: kind.into(),
        failed: "status.conditions.filter(e, e.type == 'Ready').all(e, e.status == 'False')".into(),
        current: "status.conditions.filter(e, e.type == 'Ready').all(e, e.status == 'True')".into(),
        ..Default::default()
    };
    let checks = HealthChecks::compile(&[
        ready("cluster.x-k8s.io/v1beta1", "Cluster"),
        ready("cert-manager.io/v1", "ClusterIssuer"),
        ready("keda.sh/v1alpha1", "ScaledObject"),
        HealthCheck {
            api_version: "cert-manager.io/v1".into(),
            kind: "Certificate".into(),
            in_progress: "status.conditions.filter(e, e.type == 'Issuing').all(e, e.observedGeneration == metadata.generation && e.status == 'True')".into(),
            failed: "status.conditions.filter(e, e.type == 'Ready').all(e, e.observedGeneration == metadata.generation && e.status == 'False')".into(),
            current: "status.conditions.filter(e, e.type == 'Ready').all(e, e.observedGeneration == metadata.generation && e.status == 'True')".into(),
        },
    ])
    .unwrap();
    let obj = |api_version: &str, kind: &str, conditions: Value| {
        json!({"apiVersion": api_version, "kind": kind, "metadata": {"name": "x", "generation": 3},
            "status": {"conditions": conditions}})
    };
    let at = |o: Value| checks.evaluate(&o).map(|h| h.status);
    let cond = |t: &str, s: &str| json!({"type": t, "status": s, "observedGeneration": 3});

    let cluster = |c| obj("cluster.x-k8s.io/v1beta1", "Cluster", c);
    assert_eq!(
        at(cluster(json!([cond("Ready", "True"), cond("InfrastructureReady", "True")]))),
        Some(HealthStatus::Current)
    );
    assert_eq!(at(cluster(json!([cond("Ready", "False")]))), Some(HealthStatus::Failed));
    let issuer = |c| obj("cert-manager.io/v1", "ClusterIssuer", c);
    assert_eq!(at(issuer(json!([cond("Ready", "True")]))), Some(HealthStatus::Current));
    let scaled = |c| obj("keda.sh/v1alpha1", "ScaledObject", c);
    assert_eq!(at(scaled(json!([cond("Ready", "Unknown")]))), Some(HealthStatus::InProgress));

    let cert = |c| obj("cert-manager.io/v1", "Certificate", c);
    assert_eq!(at(cert(json!([cond("Issuing", "True"), cond("Ready", "False")]))), Some(HealthStatus::InProgress));
    assert_eq!(at(cert(json!([cond("Issuing", "False"), cond("Ready", "False")]))), Some(HealthStatus::Failed));
    assert_eq!(at(cert(json!([cond("Issuing", "False"), cond("Ready", "True")]))), Some(HealthStatus::Current));
    // Without an Issuing condition, filter() leaves nothing and all() of nothing is true: in progress,
    // as upstream evaluates this expression too.
    assert_eq!(at(cert(json!([cond("Ready", "True")]))), Some(HealthStatus::InProgress));
    // A Ready condition from an older generation decides nothing: still in progress.
    let old = json!([cond("Issuing", "False"), {"type": "Ready", "status": "True", "observedGeneration": 2}]);
    assert_eq!(at(cert(old)), Some(HealthStatus::InProgress));
    // Issuer (namespaced) has no entry: kstatus's own rules apply.
    assert_eq!(at(obj("cert-manager.io/v1", "Issuer", json!([]))), None);
}

fn kustomization(name: &str, labels: Value, status: Value) -> Value {
    json!({
        "apiVersion": "kustomize.toolkit.fluxcd.io/v1", "kind": "Kustomization",
        "metadata": {"name": name, "namespace": "apps", "generation": 2, "labels": labels,
            "annotations": {"app/version": labels["app/version"].clone()}},
        "spec": {"interval": "5m", "sourceRef": {"kind": "GitRepository", "name": "flux-system"}},
        "status": status,
    })
}

#[test]
fn ready_expr_from_the_docs() {
    let expr = "dep.metadata.labels['app/version'] == self.metadata.labels['app/version'] &&\n\
        dep.status.conditions.filter(e, e.type == 'Ready').all(e, e.status == 'True') &&\n\
        dep.metadata.generation == dep.status.observedGeneration\n";
    let ready = json!({"observedGeneration": 2, "conditions": [{"type": "Ready", "status": "True"}]});
    let this = kustomization("app-frontend", json!({"app/version": "v1.2.3"}), json!({}));
    let dep = kustomization("app-backend", json!({"app/version": "v1.2.3"}), ready.clone());
    assert_eq!(ready_expr(expr, &this, &dep), Ok(true));
    let older = kustomization("app-backend", json!({"app/version": "v1.2.2"}), ready);
    assert_eq!(ready_expr(expr, &this, &older), Ok(false));
    let stale = kustomization(
        "app-backend",
        json!({"app/version": "v1.2.3"}),
        json!({"observedGeneration": 1, "conditions": []}),
    );
    assert_eq!(ready_expr(expr, &this, &stale), Ok(false));

    let annotations = "self.metadata.annotations['app/version'] == dep.metadata.annotations['app/version']";
    assert_eq!(ready_expr(annotations, &this, &dep), Ok(true));
    assert_eq!(ready_expr(annotations, &this, &older), Ok(false));
}

#[test]
fn ready_expr_errors() {
    let this = kustomization("a", json!({"app/version": "v1"}), json!({}));
    let dep = kustomization("b", json!({"app/version": "v1"}), json!({}));
    let invalid = |expr: &str| match ready_expr(expr, &this, &dep) {
        Err(ReadyExprError::Invalid(e)) => e,
        other => panic!("{expr}: {other:?}"),
    };
    assert_eq!(
        invalid("self.generation == deps.generation"),
        "failed to parse the CEL expression 'self.generation == deps.generation': undeclared reference to 'deps' at offset 19"
    );
    assert_eq!(invalid("dep.status.ready"), "CEL expression output type mismatch: expected bool, got dyn");
    assert_eq!(invalid("'foo'"), "CEL expression output type mismatch: expected bool, got string");
    assert_eq!(invalid("self"), "CEL expression output type mismatch: expected bool, got map(string, dyn)");
    assert!(invalid("dep == 'bar'")
        .ends_with("found no matching overload for '_==_' applied to '(map(string, dyn), string)'"));
    assert!(invalid("[1, 'a'].size() == 2").ends_with("expected type 'int' but found 'string'"));
    assert!(invalid("dep.").contains("failed to parse the CEL expression 'dep.'"));
    // A dyn receiver still has no startsWith taking an int.
    assert!(invalid("dep.metadata.name.startsWith(1)")
        .ends_with("found no matching overload for 'startsWith' applied to 'dyn.(int)'"));

    // Comparing a dyn field with a literal makes it a bool.
    assert!(ReadyExpr::compile("dep.status.ready == true").is_ok());
    assert!(ReadyExpr::compile("dep.metadata.generation > 1 ? true : false").is_ok());

    let eval_err = |expr: &str| match ready_expr(expr, &this, &dep) {
        Err(ReadyExprError::Evaluation(e)) => e,
        other => panic!("{expr}: {other:?}"),
    };
    assert_eq!(
        eval_err("dep.status.conditions.exists(c, c.type == 'Ready')"),
        "failed to evaluate the CEL expression 'dep.status.conditions.exists(c, c.type == 'Ready')': no such key: conditions"
    );
}
