//! Environments: which functions each library offers, variables declared or open, type checking, the
//! extension functions, and results as JSON.

use serde_json::{json, Value};

use crate::{compile, compile_cached, eval, eval_bool, Env, Library, Type, Vars};

fn flux() -> Env {
    Env::new(Library::Flux).any_variable()
}

/// Evaluates `expr` in the Flux environment with the fields of `obj` as variables.
fn run(expr: &str, obj: Value) -> Result<Value, String> {
    let p = compile(expr, &flux()).map_err(|e| format!("compile: {e}"))?;
    eval(&p, &Vars::fields(&obj))
}

fn yes(expr: &str) {
    assert_eq!(run(expr, json!({})), Ok(json!(true)), "{expr}");
}

#[test]
fn open_variables_resolve_at_evaluation() {
    let obj = json!({"foo": {"bar": true}, "status": {"phase": "Ready"}});
    assert_eq!(run("foo.bar", obj.clone()), Ok(json!(true)));
    assert_eq!(run("status.phase == 'Ready'", obj.clone()), Ok(json!(true)));
    assert_eq!(run("foo", json!({})), Err("no such attribute(s): foo".into()));
    assert_eq!(run("spec.replicas > 1", obj.clone()), Err("no such attribute(s): spec.replicas".into()));
    assert_eq!(run("has(spec.replicas)", obj.clone()), Err("no such attribute(s): spec.replicas".into()));
    assert_eq!(run("has(status.replicas)", obj.clone()), Ok(json!(false)));
    assert_eq!(run("status.replicas", obj.clone()), Err("no such key: replicas".into()));
    // A macro variable shadows an object field of the same name.
    assert_eq!(run("[1, 2].all(status, status > 0)", obj), Ok(json!(true)));
    let e = compile("status.phase == string", &flux()).unwrap_err();
    assert_eq!(e, "type names as values are not supported: 'string' at offset 16");
    let p = compile("status.phase == spec.phase && [1].all(x, x > 0)", &flux()).unwrap();
    assert!(p.references("status") && p.references("spec") && !p.references("x"));
}

#[test]
fn declared_variables_are_the_only_names() {
    let env = Env::new(Library::Flux).variable("foo", Type::object());
    assert!(compile("foo.bar", &env).is_ok());
    let e = compile("bar.baz", &env).unwrap_err();
    assert_eq!(e, "undeclared reference to 'bar' at offset 0");
    let p = compile("foo.bar", &env).unwrap();
    assert_eq!(eval(&p, &Vars::new()), Err("no such attribute(s): foo.bar".into()));
}

#[test]
fn libraries_differ() {
    let k8s = Env::kubernetes_rule();
    let fluxenv = Env::new(Library::Flux).variable("self", Type::Dyn);
    for (expr, kubernetes, flux) in [
        ("self.reverse() == 'a'", false, true),
        ("base64.encode(b'a') == 'YQ=='", false, true),
        ("self.first().hasValue()", false, true),
        ("optional.unwrap([optional.none()]) == []", false, true),
        ("self.all(i, v, v > i)", true, false),
        // Compiles (strings have an indexOf), but only Kubernetes has one for lists: see below.
        ("[1, 2].indexOf(2) == 1", true, true),
        ("sets.contains([1, 2], [1])", true, true),
        ("strings.quote('a') == '\"a\"'", true, true),
        ("self.existsOne(x, x)", true, true),
        ("'a'.format([])", false, false),
    ] {
        assert_eq!(compile(expr, &k8s).is_ok(), kubernetes, "{expr} in Kubernetes: {:?}", compile(expr, &k8s).err());
        assert_eq!(compile(expr, &fluxenv).is_ok(), flux, "{expr} in Flux: {:?}", compile(expr, &fluxenv).err());
    }
    let list_index = |env: &Env| eval_bool(&compile("[1, 2].indexOf(2) == 1", env).unwrap(), &Vars::new());
    assert_eq!(list_index(&k8s), Ok(true));
    assert_eq!(list_index(&fluxenv), Err("no such overload: list.indexOf(int)".into()));
    assert!(compile("[1, 2].indexOf(2) == 1", &fluxenv.clone().checked()).is_err());
    let e = compile("self.reverse()", &k8s).unwrap_err();
    assert_eq!(e, "unsupported function <target>.reverse() with 0 argument(s)");
}

#[test]
fn extension_functions() {
    for expr in [
        "'gums'.reverse() == 'smug'",
        "strings.quote('say \"hi\"\\n') == '\"say \\\\\"hi\\\\\"\\\\n\"'",
        "'a,b,c'.split(',', 1) == ['a,b,c'] && 'a,b,c'.split(',', 0) == [] && 'a,b,c'.split(',', -1) == ['a', 'b', 'c']",
        "'abc'.split('') == ['a', 'b', 'c'] && 'abc'.split('', 2) == ['a', 'bc']",
        "'hello mellow'.indexOf('ello', 20) == -1 && 'hello mellow'.lastIndexOf('ello', 6) == 1",
        "'hello mellow'.lastIndexOf('') == 12 && 'hello'.charAt(5) == ''",
        "sets.contains([1, 2, 3], [3, 1]) && !sets.contains([1], [2]) && sets.contains([1], [1.0])",
        "sets.equivalent([1, 2], [2, 1, 1]) && !sets.equivalent([1], [1, 2])",
        "sets.intersects([1, 2], [2, 3]) && !sets.intersects([1], [])",
        "base64.encode(b'hello') == 'aGVsbG8=' && base64.decode('aGVsbG8=') == b'hello'",
        "base64.decode('aGVsbG8') == b'hello'",
        "[1, 2, 3].first().value() == 1 && [1, 2, 3].last().value() == 3 && ![].first().hasValue()",
        "[optional.of(42), optional.none()].unwrapOpt() == [42]",
    ] {
        yes(expr);
    }
    assert!(run("base64.decode('!!')", json!({})).unwrap_err().contains("illegal base64"));
    assert_eq!(run("'abc'.indexOf('b', -1)", json!({})), Err("index out of range: -1".into()));
}

#[test]
fn time_accessors() {
    for expr in [
        "timestamp('2024-03-05T07:08:09.250Z').getFullYear() == 2024",
        "timestamp('2024-03-05T07:08:09.250Z').getMonth() == 2",
        "timestamp('2024-03-05T07:08:09.250Z').getDate() == 5",
        "timestamp('2024-03-05T07:08:09.250Z').getDayOfMonth() == 4",
        "timestamp('2024-03-05T07:08:09.250Z').getDayOfYear() == 64",
        "timestamp('2024-03-05T07:08:09.250Z').getDayOfWeek() == 2",
        "timestamp('2024-03-05T07:08:09.250Z').getHours() == 7",
        "timestamp('2024-03-05T07:08:09.250Z').getHours('+02:00') == 9",
        "timestamp('2024-03-05T07:08:09.250Z').getHours('-08:30') == 22",
        "timestamp('2024-03-05T07:08:09.250Z').getDate('-08:00') == 4",
        "timestamp('2024-03-05T07:08:09.250Z').getMinutes('UTC') == 8",
        "timestamp('2024-03-05T07:08:09.250Z').getSeconds() == 9",
        "timestamp('2024-03-05T07:08:09.250Z').getMilliseconds() == 250",
        "duration('1h30m').getHours() == 1 && duration('1h30m').getMinutes() == 90",
        "duration('1.5s').getSeconds() == 1 && duration('1.5s').getMilliseconds() == 1500",
    ] {
        yes(expr);
    }
    let e = run("timestamp('2024-03-05T07:08:09Z').getHours('Europe/Paris')", json!({})).unwrap_err();
    assert!(e.starts_with("unsupported time zone \"Europe/Paris\""), "{e}");
}

#[test]
fn optional_library() {
    let obj = json!({"m": {"a": 1, "e": ""}});
    let ok = |expr: &str| assert_eq!(run(expr, obj.clone()), Ok(json!(true)), "{expr}");
    ok("optional.ofNonZeroValue('').hasValue() == false && optional.ofNonZeroValue(0).hasValue() == false");
    ok("optional.ofNonZeroValue([1]).value() == [1] && !optional.ofNonZeroValue({}).hasValue()");
    ok("m.?x.or(m.?a).value() == 1 && m.?a.or(m.?x).value() == 1");
    ok("!m.?x.or(optional.none()).hasValue()");
    ok("m.?a.optMap(v, v + 1).value() == 2 && !m.?x.optMap(v, v + 1).hasValue()");
    ok("m.?a.optFlatMap(v, optional.ofNonZeroValue(v - 1)).hasValue() == false");
    ok("[?m.?a, ?m.?x, 3] == [1, 3]");
    ok("{?'a': m.?a, ?'x': m.?x} == {'a': 1}");
    // `or` and `orValue` do not evaluate their argument when the value is there.
    ok("m.?a.orValue(1 / 0) == 1 && m.?a.or(optional.of(1 / 0)).value() == 1");
    assert_eq!(run("m.?x.orValue(1 / 0)", obj.clone()), Err("division by zero".into()));
    assert!(run("[?1]", obj).unwrap_err().starts_with("no such overload"));
}

#[test]
fn results_as_json() {
    let obj = json!({"spec": {"items": ["a", "b"], "n": 2, "ratio": 0.5}});
    assert_eq!(run("spec.items.map(i, i.upperAscii())", obj.clone()), Ok(json!(["A", "B"])));
    assert_eq!(run("spec", obj.clone()), Ok(obj["spec"].clone()));
    assert_eq!(run("spec.n + 1", obj.clone()), Ok(json!(3)));
    assert_eq!(run("spec.ratio * 3.0", obj.clone()), Ok(json!(1.5)));
    assert_eq!(run("{1: 'x'}", obj.clone()), Ok(json!({"1": "x"})));
    assert_eq!(run("duration('90s')", obj.clone()), Ok(json!("90s")));
    assert_eq!(run("timestamp('2024-01-02T03:04:05Z')", obj.clone()), Ok(json!("2024-01-02T03:04:05Z")));
    assert_eq!(run("b'hi'", obj.clone()), Ok(json!("aGk=")));
    assert_eq!(run("spec.?missing", obj.clone()), Ok(Value::Null));
    assert_eq!(run("1u", obj.clone()), Ok(json!(1)));
    assert!(run("0.0 / 0.0", obj).unwrap_err().contains("NaN"));
}

/// fluxcd/pkg expression_test.go: expressions compiled with declared object variables.
#[test]
fn checked_expressions() {
    let env = Env::new(Library::Flux).variable("foo", Type::object()).variable("bar", Type::object()).checked();
    let data = json!({"bar": "some-value", "baz": "some-other-value", "uid": "AKS2J23-DAFLSDD-123J5LS",
        "items": ["hello", "test", "world", "testing"]});
    let vars = Vars::new().with("foo", &data).with("bar", &data);
    let value = |expr: &str| {
        let p = compile(expr, &env).unwrap_or_else(|e| panic!("{expr}: {e}"));
        eval(&p, &vars).unwrap_or_else(|e| panic!("{expr}: {e}"))
    };
    assert_eq!(
        value("foo.bar + '/' + foo.baz + '/' + bar.uid.split('-')[0].lowerAscii()"),
        json!("some-value/some-other-value/aks2j23")
    );
    assert_eq!(value("bar.uid.split('-').first().value().lowerAscii()"), json!("aks2j23"));
    assert_eq!(value("foo.uid.split('-').last().value()"), json!("123J5LS"));
    assert_eq!(value("foo.items.filter(i, i.startsWith('t'))"), json!(["test", "testing"]));
    assert_eq!(value("foo.items.map(i, i.upperAscii())").as_array().map(Vec::len), Some(4));

    let output = |expr: &str| compile(expr, &env).map(|p| p.output_type().to_string());
    assert_eq!(output("foo.bar.baz"), Ok("dyn".into()));
    assert_eq!(output("foo.bar.baz == true"), Ok("bool".into()));
    assert_eq!(output("foo.uid.split('-')"), Ok("list(string)".into()));
    assert_eq!(output("foo.uid.split('-').first()"), Ok("optional_type(string)".into()));
    assert_eq!(output("size(foo) + 1"), Ok("int".into()));
    assert_eq!(
        output("[1, 2].map(x, x * 2.0)"),
        Err("found no matching overload for '_*_' applied to '(int, double)'".into())
    );
    assert_eq!(output("1 < 1.5"), Ok("bool".into()), "cross-type numeric comparisons");
    assert_eq!(output("1 == 1.0"), Err("found no matching overload for '_==_' applied to '(int, double)'".into()));
    assert_eq!(
        output("true ? 1 : 'a'"),
        Err("found no matching overload for '_?_:_' applied to '(bool, int, string)'".into())
    );
    assert_eq!(output("{'a': 1, 'b': true}"), Err("expected type 'int' but found 'bool'".into()));
    assert_eq!(output("[foo, 1].size()"), Err("expected type 'map(string, dyn)' but found 'int'".into()));
    assert_eq!(output("'a'.size"), Err("type 'string' does not support field selection (.size)".into()));
    // Unchecked, the same expressions compile and fail (or not) only when run.
    let open = Env::new(Library::Flux).any_variable();
    assert!(compile("1 == 1.0", &open).is_ok() && compile("true ? 1 : 'a'", &open).is_ok());
}

#[test]
fn the_cache_keys_on_the_environment() {
    let k8s = Env::kubernetes_rule();
    let open = Env::new(Library::Flux).any_variable();
    assert!(compile_cached("status.ready", &k8s).is_err());
    assert!(compile_cached("status.ready", &open).is_ok());
    assert!(compile_cached("status.ready", &k8s).is_err());
    let p = compile_cached("status.ready", &open);
    let p = p.as_ref().as_ref().unwrap();
    assert_eq!(eval_bool(p, &Vars::fields(&json!({"status": {"ready": true}}))), Ok(true));
}

/// Hostile nesting is refused at compile time, and the deepest accepted expressions evaluate on a
/// 2 MiB stack (a tokio worker's), in debug builds too.
#[test]
fn nesting_is_bounded() {
    let shapes = |n: usize| {
        vec![
            format!("{}true", "!".repeat(n)),
            format!("{}1 == 1", "-".repeat(2 * (n / 2))),
            format!("{}1 == {n}", "1 + ".repeat(n.saturating_sub(1))),
            format!("{}true", "false || ".repeat(n)),
            format!("{}true{}", "(".repeat(n), ")".repeat(n)),
            format!("size({}true{}) == 1", "[".repeat(n), "]".repeat(n)),
            format!("m{} == 1", ".a".repeat(n)),
            format!("m{}.size() >= 0", "['a']".repeat(n)),
            format!("{}true{}", "[1].all(x, ".repeat(n / 2), ")".repeat(n / 2)),
        ]
    };
    for expr in shapes(10_000) {
        let e = compile(&expr, &flux()).unwrap_err();
        assert!(e.contains("nested more than 100 levels"), "{}…: {e}", &expr[..40]);
    }
    let deepest: Vec<String> = shapes(96);
    let handle = std::thread::Builder::new()
        .stack_size(2 << 20)
        .spawn(move || {
            let mut m = json!(1);
            for _ in 0..96 {
                m = json!({ "a": m });
            }
            let vars = Vars::new().with("m", &m);
            let checked = Env::new(Library::Flux).variable("m", Type::Dyn).checked();
            for expr in &deepest {
                let p = compile(expr, &checked).unwrap_or_else(|e| panic!("{}…: {e}", &expr[..40]));
                let _ = eval(&p, &vars);
            }
        })
        .unwrap();
    handle.join().expect("deep expressions fit a 2 MiB stack");
}
