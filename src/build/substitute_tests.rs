use std::collections::BTreeMap;

use api::kustomize::{PostBuild, SubstituteStrategy};
use yaml::node::{parse_documents, Node};

use super::*;

fn nodes(text: &str) -> Vec<Node> {
    parse_documents(text).unwrap()
}

fn post_build(vars: &[(&str, &str)]) -> PostBuild {
    let map: BTreeMap<String, String> = vars.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    PostBuild { substitute: (!map.is_empty()).then_some(map), ..Default::default() }
}

fn run(text: &str, pb: &PostBuild, loaded: Result<Variables, String>, strict: bool) -> Result<String, BuildError> {
    let out = substitute(nodes(text), pb, loaded, SubstituteOptions { strict })?;
    Ok(crate::build::to_yaml(&out).unwrap())
}

fn ok(text: &str, vars: &[(&str, &str)]) -> String {
    run(text, &post_build(vars), Ok(Variables::new()), false).unwrap()
}

const CM: &str = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n  namespace: apps\ndata:\n";

#[test]
fn every_operator_through_the_envsubst_engine() {
    let text = format!(
        "{CM}  plain: ${{NAME}}\n  length: ${{#NAME}}\n  upper-first: ${{NAME^}}\n  upper: ${{NAME^^}}\n  lower-first: ${{LOUD,}}\n  lower: ${{LOUD,,}}\n\
         \x20 sub: ${{NAME:2}}\n  sub-len: ${{NAME:1:3}}\n  trim-prefix: ${{PATHY#*/}}\n  trim-prefix-long: ${{PATHY##*/}}\n\
         \x20 trim-suffix: ${{PATHY%.*}}\n  trim-suffix-long: ${{PATHY%%.*}}\n  default-unset: ${{UNSET:-d}}\n  default-empty: ${{EMPTY:-d}}\n\
         \x20 assign: ${{UNSET=a}}\n  assign-empty: ${{EMPTY:=a}}\n  replace: ${{PATHY/b/x}}\n  replace-all: ${{PATHY//\\//-}}\n\
         \x20 replace-prefix: ${{PATHY/#a/z}}\n  replace-suffix: ${{PATHY/%gz/bz2}}\n  no-braces: $NAME\n  escaped: $${{NAME}}\n"
    );
    let out = ok(&text, &[("NAME", "flux-rs"), ("LOUD", "LOUD"), ("PATHY", "a/b/c.tar.gz"), ("EMPTY", "")]);
    let want = "apiVersion: v1\ndata:\n  assign: a\n  assign-empty: a\n  default-empty: d\n  default-unset: d\n  escaped: ${NAME}\n\
                \x20 length: 7\n  lower: loud\n  lower-first: lOUD\n  no-braces: $NAME\n  plain: flux-rs\n  replace: a/x/c.tar.gz\n\
                \x20 replace-all: a-b-c.tar.gz\n  replace-prefix: z/b/c.tar.gz\n  replace-suffix: a/b/c.tar.bz2\n  sub: ux-rs\n  sub-len: lux\n\
                \x20 trim-prefix: b/c.tar.gz\n  trim-prefix-long: c.tar.gz\n  trim-suffix: a/b/c.tar\n  trim-suffix-long: a/b/c\n\
                \x20 upper: FLUX-RS\n  upper-first: Flux-rs\nkind: ConfigMap\nmetadata:\n  name: cfg\n  namespace: apps\n";
    assert_eq!(out, want);
}

#[test]
fn strict_mode_names_the_resource_and_the_variable() {
    let text = format!("{CM}  region: ${{REGION}}\n  zone: ${{ZONE:=a}}\n");
    let err = run(&text, &post_build(&[("OTHER", "x")]), Ok(Variables::new()), true).unwrap_err();
    assert_eq!(
        err.to_string(),
        "post build failed for 'ConfigMap.v1.[noGrp]/cfg': envsubst error: variable substitution failed: variable not set (strict mode): \"REGION\""
    );
    // Without strict mode an unset variable is empty, which YAML reads back as null.
    let out = run(&text, &post_build(&[("OTHER", "x")]), Ok(Variables::new()), false).unwrap();
    assert!(out.contains("  region: null\n  zone: a\n"), "{out}");
    // `${VAR-default}` is not upstream's syntax (only `:-`, `=`, `:=`): a parse error, not a default.
    let err = run(&format!("{CM}  a: ${{UNSET-d}}\n"), &post_build(&[("OTHER", "x")]), Ok(Variables::new()), false);
    assert!(err.unwrap_err().to_string().ends_with("variable substitution failed: missing closing brace"));
}

#[test]
fn substitution_needs_a_variable_or_the_always_strategy() {
    let text = format!("{CM}  zone: ${{ZONE:=a}}\n");
    // No variable at all: the resource is left as built.
    assert!(ok(&text, &[]).contains("zone: ${ZONE:=a}\n"));
    let always = PostBuild { substitute_strategy: Some(SubstituteStrategy::Always), ..Default::default() };
    let out = run(&text, &always, Ok(Variables::new()), true).unwrap();
    assert!(out.contains("  zone: a\n"), "{out}");
    // A variable loaded from the cluster counts.
    let loaded = Variables::from([("ANY".to_string(), "x".to_string())]);
    let out = run(&text, &PostBuild::default(), Ok(loaded), false).unwrap();
    assert!(out.contains("  zone: a\n"), "{out}");
}

#[test]
fn disabled_resources_are_left_alone() {
    let text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels:\n    kustomize.toolkit.fluxcd.io/substitute: disabled\ndata:\n  x: ${X}\n\
                ---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\n  annotations:\n    kustomize.toolkit.fluxcd.io/substitute: disabled\ndata:\n  x: ${X}\n\
                ---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n  annotations:\n    kustomize.toolkit.fluxcd.io/substitute: Disabled\ndata:\n  x: ${X}\n";
    let out = run(text, &post_build(&[("X", "1")]), Ok(Variables::new()), true).unwrap();
    assert_eq!(out.matches("x: ${X}").count(), 2, "{out}");
    assert!(out.contains("x: 1\n"), "the comparison is exact, as upstream's: {out}");
}

#[test]
fn values_lose_newlines_and_inline_variables_override_loaded_ones() {
    // load_variables removes newlines from what it reads; substitute does it again for any source.
    let text = format!("{CM}  a: ${{A}}\n  b: ${{B}}\n");
    let loaded = Variables::from([
        ("A".to_string(), "from-cluster".to_string()),
        ("B".to_string(), "line1\nline2\n".to_string()),
    ]);
    let out = run(&text, &post_build(&[("A", "inline\n")]), Ok(loaded), true).unwrap();
    assert!(out.contains("  a: inline\n  b: line1line2\n"), "{out}");
}

#[test]
fn values_are_read_back_as_yaml_1_1() {
    let text = format!("{CM}  enabled: ${{FLAG}}\nspec:\n  replicas: ${{COUNT}}\n");
    let out = substitute(
        nodes(&text),
        &post_build(&[("FLAG", "yes"), ("COUNT", "3")]),
        Ok(Variables::new()),
        Default::default(),
    )
    .unwrap();
    let json = out[0].to_json().unwrap();
    assert_eq!(json["data"]["enabled"], serde_json::json!(true));
    assert_eq!(json["spec"]["replicas"], serde_json::json!(3));
    let err =
        run(&format!("{CM}  x: ${{BROKEN}}\n"), &post_build(&[("BROKEN", "a: b: c")]), Ok(Variables::new()), true)
            .unwrap_err()
            .to_string();
    assert!(
        err.starts_with("post build failed for 'ConfigMap.v1.[noGrp]/cfg': envsubst error: YAMLToJSON: yaml: line"),
        "{err}"
    );
    assert!(!err.contains("a: b: c"), "no value in the message: {err}");
}

#[test]
fn invalid_variable_names_fail() {
    let err = run(
        &format!("{CM}  a: x\n"),
        &PostBuild::default(),
        Ok(Variables::from([("my-var".into(), "v".into())])),
        false,
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "post build failed for 'ConfigMap.v1.[noGrp]/cfg': envsubst error: 'my-var' var name is invalid, must match '^[_[:alpha:]][_[:alpha:][:digit:]]*$'"
    );
    assert!(valid_name("_a1") && valid_name("A") && !valid_name("1a") && !valid_name("é") && !valid_name(""));
}

#[test]
fn a_failed_load_surfaces_only_for_a_resource_that_needs_variables() {
    let disabled = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: off\n  annotations:\n    kustomize.toolkit.fluxcd.io/substitute: disabled\n";
    let failed = || Err("substitute from 'ConfigMap/vars' error: configmaps \"vars\" not found".to_string());
    assert!(run(disabled, &PostBuild::default(), failed(), true).is_ok());
    let err = run(&format!("{disabled}---\n{CM}  a: x\n"), &PostBuild::default(), failed(), true).unwrap_err();
    assert_eq!(
        err.to_string(),
        "post build failed for 'ConfigMap.v1.[noGrp]/cfg': substitute from 'ConfigMap/vars' error: configmaps \"vars\" not found"
    );
}
