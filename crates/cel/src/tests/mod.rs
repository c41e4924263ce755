mod environments;

use serde_json::{json, Value};

use crate::{Env, Program, Vars};

fn compile(rule: &str) -> Result<Program, String> {
    crate::compile(rule, &Env::kubernetes_rule())
}

fn vars(this: &Value, old: Option<&Value>) -> Vars {
    let vars = Vars::new().with("self", this);
    match old {
        Some(o) => vars.with("oldSelf", o),
        None => vars,
    }
}

fn eval(p: &Program, this: &Value, old: Option<&Value>) -> Result<bool, String> {
    crate::eval_bool(p, &vars(this, old))
}

fn eval_optional_old(p: &Program, this: &Value, old: Option<&Value>) -> Result<bool, String> {
    crate::eval_bool(p, &Vars::new().with("self", this).with_optional("oldSelf", old))
}

fn eval_string(p: &Program, this: &Value, old: Option<&Value>) -> Result<String, String> {
    crate::eval_string(p, &vars(this, old))
}

/// Evaluates `rule` with `self` = `this`.
fn run(rule: &str, this: Value) -> Result<bool, String> {
    let p = compile(rule).map_err(|e| format!("compile: {e}"))?;
    eval(&p, &this, None)
}

fn yes(rule: &str) {
    assert_eq!(run(rule, json!({})), Ok(true), "{rule}");
}

fn err(rule: &str, this: Value) -> String {
    match run(rule, this) {
        Err(e) => e,
        Ok(b) => panic!("{rule} evaluated to {b}, expected an error"),
    }
}

#[test]
fn literals_and_escapes() {
    for rule in [
        "1 == 1",
        "0x1F == 31",
        "7u == 7u",
        "1.5 == 1.5",
        ".5 == 0.5",
        "1e3 == 1000.0",
        "-9223372036854775808 < 0",
        "'a\\nb' == \"a\\x0Ab\"",
        "'\\u00e9' == 'é'",
        "'\\303' == '\\u00c3'",
        "r'a\\n' == 'a\\\\n'",
        "'''x'y''' == \"x'y\"",
        "b'ab' == bytes('ab')",
        "size(b'\\xff') == 1",
        "null == null",
        "[1, 2, 3] == [1, 2, 3]",
        "{'a': 1, 'b': [true]} == {'b': [true], 'a': 1}",
        "[] == []",
        "{}.size() == 0",
        "// a comment\n true",
    ] {
        yes(rule);
    }
    assert!(compile("9223372036854775808").unwrap_err().contains("out of range"));
    assert!(compile("'open").unwrap_err().contains("unterminated"));
    assert!(compile("'\\q'").unwrap_err().contains("invalid escape"));
    assert!(compile("{'a': 1, 'a': 2} == {}").is_ok(), "duplicates are found at evaluation");
    assert!(err("{'a': 1, 'a': 2} == {}", json!({})).contains("repeated key"));
}

#[test]
fn precedence() {
    for rule in [
        "1 + 2 * 3 == 7",
        "(1 + 2) * 3 == 9",
        "10 - 2 - 3 == 5",
        "100 / 10 / 5 == 2",
        "7 % 4 * 2 == 6",
        "-2 * 3 == -6",
        "!false && true",
        "!(true && false)",
        "true || false && false",
        "(true || false) && true",
        "1 < 2 == true",
        "false ? 1 : 2 + 3 == 5",
        "(false ? 1 : true ? 2 : 3) == 2",
        "true ? true : 1 / 0 == 0",
        "2 in [1, 2] && !(3 in [1, 2])",
        "'k' in {'k': 1}",
        "--1 == 1",
    ] {
        yes(rule);
    }
    assert!(compile("1 +").is_err());
    assert!(compile("(1").unwrap_err().contains("expected ')'"));
    assert!(compile("1 2").unwrap_err().contains("unexpected"));
    assert!(compile("true ? 1").unwrap_err().contains("expected ':'"));
}

#[test]
fn equality_and_ordering_across_types() {
    for rule in [
        "1 == 1u",
        "1 == 1.0",
        "1u == 1.0",
        "1 != 'a'",
        "'1' != 1",
        "null != 0",
        "[1] != ['1']",
        "[1, 'a'] == [1.0, 'a']",
        "2 > 1u",
        "1.5 < 2",
        "-1 < 0u",
        "'abc' < 'abd'",
        "b'a' < b'b'",
        "false < true",
        "!(0.0 / 0.0 == 0.0 / 0.0)",
        "!(0.0 / 0.0 < 1.0)",
        "duration('1m') > duration('59s')",
        "timestamp('2024-01-02T00:00:00Z') > timestamp('2024-01-01T23:59:59Z')",
    ] {
        yes(rule);
    }
    assert!(err("1 < 'a'", json!({})).starts_with("no such overload"));
    assert!(err("[1] < [2]", json!({})).starts_with("no such overload"));
}

#[test]
fn arithmetic() {
    for rule in [
        "'ab' + 'cd' == 'abcd'",
        "[1] + [2, 3] == [1, 2, 3]",
        "b'a' + b'b' == b'ab'",
        "3u - 1u == 2u",
        "7 / 2 == 3",
        "-7 / 2 == -3",
        "-7 % 3 == -1",
        "1.0 / 4.0 == 0.25",
        "duration('1h') + duration('30m') == duration('90m')",
        "timestamp('2024-01-01T00:00:00Z') + duration('24h') == timestamp('2024-01-02T00:00:00Z')",
        "timestamp('2024-01-02T00:00:00Z') - timestamp('2024-01-01T00:00:00Z') == duration('24h')",
    ] {
        yes(rule);
    }
    assert_eq!(err("1 / 0", json!({})), "division by zero");
    assert_eq!(err("1 % 0", json!({})), "modulus by zero");
    assert_eq!(err("9223372036854775807 + 1", json!({})), "integer overflow");
    assert_eq!(err("-9223372036854775808 / -1", json!({})), "integer overflow");
    assert_eq!(err("0u - 1u", json!({})), "integer overflow");
    assert_eq!(err("1 + 1u", json!({})), "no such overload: int + uint");
    assert_eq!(err("'a' + 1", json!({})), "no such overload: string + int");
    assert_eq!(err("1.5 % 1.0", json!({})), "no such overload: double % double");
}

#[test]
fn self_fields_indexes_and_errors() {
    let obj = json!({"spec": {"replicas": 3, "items": ["a", "b"], "labels": {"app.kubernetes.io/name": "x"},
        "my-field": 1, "namespace": "n", "ratio": 0.5}});
    let ok = |rule: &str| assert_eq!(run(rule, obj.clone()), Ok(true), "{rule}");
    ok("self.spec.replicas == 3");
    ok("self.spec.items[1] == 'b'");
    ok("self['spec']['replicas'] > 2");
    ok("self.spec.labels['app.kubernetes.io/name'] == 'x'");
    ok("self.spec.my__dash__field == 1");
    ok("self.spec.__namespace__ == 'n'");
    ok("self.spec.ratio < 1");
    ok("has(self.spec.items) && !has(self.spec.missing)");
    ok("'replicas' in self.spec");
    assert_eq!(err("self.spec.missing == 1", obj.clone()), "no such key: missing");
    assert_eq!(err("self.spec.labels['nope'] == 'x'", obj.clone()), "no such key: nope");
    assert_eq!(err("self.spec.items[2] == 'c'", obj.clone()), "index out of bounds: 2");
    assert_eq!(err("has(self.nothing.deeper)", obj.clone()), "no such key: nothing");
    assert!(err("self.spec.replicas.x", obj.clone()).starts_with("no such overload"));
    assert!(err("self.spec.replicas", obj.clone()).contains("not bool"));
}

#[test]
fn logical_operators_absorb_errors() {
    let obj = json!({"a": 1});
    let check = |rule: &str, want: Result<bool, &str>| {
        assert_eq!(run(rule, obj.clone()), want.map_err(String::from), "{rule}");
    };
    check("self.x == 1 && false", Ok(false));
    check("false && self.x == 1", Ok(false));
    check("self.x == 1 || true", Ok(true));
    check("true || self.x == 1", Ok(true));
    check("self.x == 1 && true", Err("no such key: x"));
    check("false || self.x == 1", Err("no such key: x"));
    check("self.x == 1 || self.y == 1", Err("no such key: x"));
    check("1 || true", Ok(true));
    check("self.a == 1 ? true : self.x", Ok(true));
    check("!has(self.x) || self.x > 0", Ok(true));
}

#[test]
fn macros() {
    let obj = json!({"items": [1, 2, 3], "m": {"a": 1, "b": 2}, "names": ["x", "y"]});
    let ok = |rule: &str| assert_eq!(run(rule, obj.clone()), Ok(true), "{rule}");
    ok("self.items.all(i, i > 0)");
    ok("!self.items.all(i, i > 1)");
    ok("self.items.exists(i, i == 2)");
    ok("self.items.exists_one(i, i > 2)");
    ok("!self.items.exists_one(i, i > 1)");
    ok("self.items.map(i, i * 2) == [2, 4, 6]");
    ok("self.items.map(i, i > 1, i * 10) == [20, 30]");
    ok("self.items.filter(i, i % 2 == 1) == [1, 3]");
    ok("self.m.all(k, self.m[k] > 0)");
    ok("self.m.exists(k, k == 'b')");
    ok("self.m.filter(k, self.m[k] == 2) == ['b']");
    ok("self.items.all(i, v, v == i + 1)");
    ok("self.m.exists(k, v, k == 'a' && v == 1)");
    ok("self.names.all(n, self.items.exists(i, i == size(n)))");
    ok("[].all(x, x)");
    ok("![].exists(x, x)");
    // An error is absorbed when another element decides.
    ok("[0, 1].exists(i, 1 / i == 1)");
    ok("![0, 1].all(i, 1 / i == 0)");
    assert_eq!(err("[0, 1].all(i, 1 / i == 1)", obj.clone()), "division by zero");
    assert_eq!(err("[0, 1].exists_one(i, 1 / i == 1)", obj.clone()), "division by zero");
    assert!(err("self.items.all(i, i)", obj.clone()).starts_with("no such overload"));
    assert!(err("1.all(i, true)", obj.clone()).starts_with("no such overload"));
    assert!(compile("self.items.all(i)").is_err());
    assert!(compile("self.items.all(1, true)").is_err());
    assert!(compile("self.items.all(i, j)").unwrap_err().contains("undeclared reference to 'j'"));
    assert!(compile("self.items.all(i, true) && i > 0").unwrap_err().contains("undeclared reference to 'i'"));
    assert!(compile("has(self)").unwrap_err().contains("has() macro"));
}

#[test]
fn string_functions() {
    let obj = json!({"s": "Hello, World", "u": "héllo"});
    let ok = |rule: &str| assert_eq!(run(rule, obj.clone()), Ok(true), "{rule}");
    ok("self.s.startsWith('Hello') && self.s.endsWith('World') && self.s.contains(', ')");
    ok("self.s.matches('^H.*d$') && !self.s.matches('^h') && matches(self.s, 'W')");
    ok("self.s.lowerAscii() == 'hello, world' && self.s.upperAscii() == 'HELLO, WORLD'");
    ok("'  x '.trim() == 'x'");
    ok("'a,b,c'.split(',') == ['a', 'b', 'c'] && 'a,b,c'.split(',', 2) == ['a', 'b,c']");
    ok("self.s.indexOf('o') == 4 && self.s.indexOf('o', 5) == 8 && self.s.indexOf('z') == -1");
    ok("self.s.lastIndexOf('o') == 8");
    ok("self.u.indexOf('l') == 2 && size(self.u) == 5 && self.u.size() == 5");
    ok("'aaa'.replace('a', 'b') == 'bbb' && 'aaa'.replace('a', 'b', 1) == 'baa'");
    ok("self.u.substring(1) == 'éllo' && self.u.substring(1, 3) == 'él' && self.u.charAt(1) == 'é'");
    ok("['a', 'b'].join() == 'ab' && ['a', 'b'].join('-') == 'a-b'");
    ok("[1, 2, 3].indexOf(2) == 1");
    assert!(err("self.s.matches('(')", obj.clone()).starts_with("invalid regular expression"));
    assert!(err("self.s.substring(20)", obj.clone()).contains("out of range"));
    assert_eq!(err("self.s.startsWith(1)", obj.clone()), "no such overload: string.startsWith(int)");
    assert!(err("size(1)", obj.clone()).starts_with("no such overload"));
}

#[test]
fn conversions() {
    for rule in [
        "int('42') == 42 && int(3.9) == 3 && int(7u) == 7",
        "uint(5) == 5u && uint('6') == 6u",
        "double(1) == 1.0 && double('2.5') == 2.5",
        "string(1) == '1' && string(2.0) == '2' && string(true) == 'true' && string(b'hi') == 'hi'",
        "string(duration('1m30s')) == '90s' && string(duration('1.5s')) == '1.5s'",
        "string(timestamp('2024-05-06T07:08:09Z')) == '2024-05-06T07:08:09Z'",
        "bool('true') && !bool('false')",
        "dyn(1) == 1",
        "duration('1h') == duration('60m') && duration('300ms') < duration('1s') && duration('0') == duration('0s')",
        "int(timestamp('1970-01-01T00:01:00Z')) == 60",
    ] {
        yes(rule);
    }
    assert_eq!(err("uint(-1)", json!({})), "range error converting to uint");
    assert!(err("int('x')", json!({})).contains("type conversion error"));
    assert!(err("duration('5 minutes')", json!({})).contains("invalid duration"));
    assert!(err("timestamp('yesterday')", json!({})).contains("timestamp parse error"));
}

#[test]
fn optionals() {
    let obj = json!({"a": {"b": 1}});
    let ok = |rule: &str| assert_eq!(run(rule, obj.clone()), Ok(true), "{rule}");
    ok("self.?a.?b.orValue(0) == 1");
    ok("self.?x.?b.orValue(0) == 0");
    ok("!self.?x.hasValue() && self.?a.hasValue()");
    ok("self.a[?'b'].value() == 1 && !self.a[?'c'].hasValue()");
    ok("optional.of(1).value() == 1 && !optional.none().hasValue()");
    assert!(err("self.?x.value() == 1", obj.clone()).contains("optional.none()"));
}

#[test]
fn old_self_and_transition_rules() {
    let p = compile("self == oldSelf").unwrap();
    assert!(p.references("oldSelf"));
    assert!(!compile("self.all(x, x == 1)").unwrap().references("oldSelf"));
    assert_eq!(eval(&p, &json!("a"), Some(&json!("a"))), Ok(true));
    assert_eq!(eval(&p, &json!("a"), Some(&json!("b"))), Ok(false));
    assert!(eval(&p, &json!("a"), None).unwrap_err().contains("oldSelf"));

    let ratchet = compile("!oldSelf.hasValue() || self >= oldSelf.value()").unwrap();
    assert_eq!(eval_optional_old(&ratchet, &json!(3), None), Ok(true));
    assert_eq!(eval_optional_old(&ratchet, &json!(3), Some(&json!(2))), Ok(true));
    assert_eq!(eval_optional_old(&ratchet, &json!(1), Some(&json!(2))), Ok(false));

    let msg = compile("'replicas ' + string(self.replicas) + ' is too many'").unwrap();
    assert_eq!(eval_string(&msg, &json!({"replicas": 9}), None).unwrap(), "replicas 9 is too many");
}

#[test]
fn unsupported_constructs_fail_to_compile() {
    for (rule, want) in [
        ("quantity(self.q).isGreaterThan(quantity('1'))", "unsupported function quantity()"),
        ("self.isSorted()", "unsupported function <target>.isSorted()"),
        ("type(self) == string", "unsupported function type()"),
        ("self.size(1)", "unsupported function <target>.size() with 1"),
        ("cel.bind(x, 1, x)", "undeclared reference to 'cel'"),
        ("request.x", "undeclared reference to 'request'"),
        ("self.if", "reserved identifier 'if' used as a field name"),
        ("for", "reserved identifier 'for'"),
        ("self @ 1", "unexpected character '@'"),
    ] {
        let e = compile(rule).unwrap_err();
        assert!(e.contains(want), "{rule}: {e}");
    }
    let deep = format!("{}true{}", "(".repeat(200), ")".repeat(200));
    assert!(compile(&deep).unwrap_err().contains("nested"));
}

/// Every `x-kubernetes-validations` rule in the CRDs of Flux v2.9 (source-controller v1.9, kustomize-controller
/// v1.9, helm-controller v1.6, notification-controller v1.9, image-reflector-controller v1.2;
/// image-automation-controller v1.2 has none), each with an object it accepts and one it refuses.
#[test]
fn flux_v2_9_rules() {
    let cases: &[(&str, Value, Value)] = &[
        // Bucket spec
        (
            "self.provider == 'aws' || self.provider == 'generic' || !has(self.sts)",
            json!({"provider": "aws", "sts": {"provider": "aws"}}),
            json!({"provider": "gcp", "sts": {"provider": "aws"}}),
        ),
        (
            "self.provider != 'aws' || !has(self.sts) || self.sts.provider == 'aws'",
            json!({"provider": "aws", "sts": {"provider": "aws"}}),
            json!({"provider": "aws", "sts": {"provider": "ldap"}}),
        ),
        (
            "self.provider != 'generic' || !has(self.sts) || self.sts.provider == 'ldap'",
            json!({"provider": "generic", "sts": {"provider": "ldap"}}),
            json!({"provider": "generic", "sts": {"provider": "aws"}}),
        ),
        (
            "!has(self.sts) || self.sts.provider != 'aws' || !has(self.sts.secretRef)",
            json!({"sts": {"provider": "aws"}}),
            json!({"sts": {"provider": "aws", "secretRef": {"name": "s"}}}),
        ),
        (
            "!has(self.sts) || self.sts.provider != 'aws' || !has(self.sts.certSecretRef)",
            json!({"sts": {"provider": "ldap", "certSecretRef": {"name": "c"}}}),
            json!({"sts": {"provider": "aws", "certSecretRef": {"name": "c"}}}),
        ),
        (
            "self.provider != 'generic' || !has(self.serviceAccountName)",
            json!({"provider": "aws", "serviceAccountName": "sa"}),
            json!({"provider": "generic", "serviceAccountName": "sa"}),
        ),
        (
            "!has(self.secretRef) || !has(self.serviceAccountName)",
            json!({"secretRef": {"name": "s"}}),
            json!({"secretRef": {"name": "s"}, "serviceAccountName": "sa"}),
        ),
        // GitRepository spec
        (
            "!has(self.serviceAccountName) || (has(self.provider) && (self.provider == 'azure' || self.provider == 'aws'))",
            json!({"provider": "azure", "serviceAccountName": "sa"}),
            json!({"serviceAccountName": "sa"}),
        ),
        // HelmChart spec
        (
            "!has(self.verify) || self.sourceRef.kind == 'HelmRepository'",
            json!({"sourceRef": {"kind": "HelmRepository"}, "verify": {"provider": "cosign"}}),
            json!({"sourceRef": {"kind": "GitRepository"}, "verify": {"provider": "cosign"}}),
        ),
        // Kustomization and HelmRelease spec.kubeConfig
        (
            "has(self.configMapRef) || has(self.secretRef)",
            json!({"secretRef": {"name": "kc"}}),
            json!({}),
        ),
        (
            "!has(self.configMapRef) || !has(self.secretRef)",
            json!({"configMapRef": {"name": "kc"}}),
            json!({"configMapRef": {"name": "kc"}, "secretRef": {"name": "kc"}}),
        ),
        // Provider (v1beta3) spec
        (
            "self.type == 'github' || self.type == 'gitlab' || self.type == 'gitea' || self.type == 'bitbucketserver' || self.type == 'bitbucket' || self.type == 'azuredevops' || !has(self.commitStatusExpr)",
            json!({"type": "gitea", "commitStatusExpr": "'x'"}),
            json!({"type": "slack", "commitStatusExpr": "'x'"}),
        ),
        // Receiver spec
        (
            "self.type != 'generic-oidc' || (has(self.oidcProviders) && size(self.oidcProviders) > 0)",
            json!({"type": "generic-oidc", "oidcProviders": [{"issuerURL": "https://i"}]}),
            json!({"type": "generic-oidc", "oidcProviders": []}),
        ),
        (
            "self.type == 'generic-oidc' || !has(self.oidcProviders) || size(self.oidcProviders) == 0",
            json!({"type": "github", "oidcProviders": []}),
            json!({"type": "github", "oidcProviders": [{"issuerURL": "https://i"}]}),
        ),
        (
            "self.type != 'generic-oidc' || !has(self.secretRef)",
            json!({"type": "github", "secretRef": {"name": "s"}}),
            json!({"type": "generic-oidc", "secretRef": {"name": "s"}}),
        ),
        (
            "self.type == 'generic-oidc' || has(self.secretRef)",
            json!({"type": "github", "secretRef": {"name": "s"}}),
            json!({"type": "github"}),
        ),
        // HelmRelease spec
        (
            "(has(self.chart) && !has(self.chartRef)) || (!has(self.chart) && has(self.chartRef))",
            json!({"chartRef": {"kind": "OCIRepository", "name": "c"}}),
            json!({"chart": {"spec": {"chart": "c"}}, "chartRef": {"kind": "OCIRepository", "name": "c"}}),
        ),
        // HelmRelease spec.install.strategy and spec.upgrade.strategy
        (
            "!has(self.retryInterval) || self.name != 'RemediateOnFailure'",
            json!({"name": "RetryOnFailure", "retryInterval": "5m"}),
            json!({"name": "RemediateOnFailure", "retryInterval": "5m"}),
        ),
        (
            "!has(self.retryInterval) || self.name == 'RetryOnFailure'",
            json!({"name": "RemediateOnFailure"}),
            json!({"name": "RemediateOnFailure", "retryInterval": "5m"}),
        ),
        // ImagePolicy spec
        (
            "!has(self.interval) || (has(self.digestReflectionPolicy) && self.digestReflectionPolicy == 'Always')",
            json!({"interval": "5m", "digestReflectionPolicy": "Always"}),
            json!({"interval": "5m", "digestReflectionPolicy": "IfNotPresent"}),
        ),
        (
            "has(self.interval) || !has(self.digestReflectionPolicy) || self.digestReflectionPolicy != 'Always'",
            json!({"digestReflectionPolicy": "IfNotPresent"}),
            json!({"digestReflectionPolicy": "Always"}),
        ),
    ];
    assert_eq!(cases.len(), 21);
    for (rule, pass, fail) in cases {
        let p = compile(rule).unwrap_or_else(|e| panic!("{rule}: {e}"));
        assert!(!p.references("oldSelf"), "{rule}");
        assert_eq!(eval(&p, pass, None), Ok(true), "{rule} on {pass}");
        assert_eq!(eval(&p, fail, None), Ok(false), "{rule} on {fail}");
    }
}
