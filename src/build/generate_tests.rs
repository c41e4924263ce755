//! The generator against upstream's rules, and the overlays it writes against kustomize itself
//! (kubectl 1.33's kustomize v5.6 is the oracle: the tree is copied, the generated file written into
//! the copy, and both builds compared).

use std::path::{Path, PathBuf};
use std::process::Command;

use api::kustomize::{BuildMetadataOption, Image, KustomizationSpec, Patch, Selector};

use super::*;
use crate::build::fs::BuildFs;

fn write(root: &Path, files: &[(&str, &str)]) {
    for (name, content) in files {
        let path = root.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, content).unwrap();
    }
}

fn cm(name: &str) -> String {
    format!("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\ndata:\n  key: value\n")
}

fn gen(dir: &Path, spec: &KustomizationSpec, ignore: Option<&IgnoreRules>) -> Result<Overlay, String> {
    generate(&BuildFs::new(None).unwrap(), dir, spec, ignore)
}

/// kubectl 1.33, beside the `kubectl` dispatcher (a missing oracle fails the test).
fn oracle() -> PathBuf {
    let dispatcher = std::env::var_os("PATH")
        .and_then(|p| std::env::split_paths(&p).map(|d| d.join("kubectl")).find(|p| p.is_file()))
        .expect("kubectl on PATH: the oracle for generated kustomizations");
    let real = std::fs::canonicalize(&dispatcher).unwrap_or(dispatcher);
    let oracle = real.parent().unwrap().join("kubectl.1.33");
    assert!(oracle.is_file(), "the oracle {} is missing", oracle.display());
    oracle
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Builds `dir` with our build and with kustomize on a copy holding the overlay on disk; both
/// outputs must be the same bytes. Returns the output.
fn assert_same_as_kustomize(root: &Path, dir: &Path, spec: &KustomizationSpec) -> String {
    let overlay = gen(dir, spec, None).unwrap();
    let ours = crate::build::build(dir, spec, &crate::build::Options::default())
        .map(|r| crate::build::to_yaml(&r).unwrap())
        .unwrap_or_else(|e| panic!("our build: {e}"));

    let copy = tempfile::tempdir().unwrap();
    copy_tree(root, copy.path());
    let rel_dir = dir.strip_prefix(root).unwrap();
    let rel_file = overlay.path.strip_prefix(root).unwrap();
    // Flux's builds are not sorted (krusty's reorder option left unset); kubectl has no --reorder
    // flag, so the copy asks for the same order in the file.
    let mut content = overlay.content.clone();
    if !content.contains("sortOptions:") {
        content.push_str("sortOptions:\n  order: fifo\n");
    }
    std::fs::write(copy.path().join(rel_file), content).unwrap();
    let out = Command::new(oracle())
        .arg("kustomize")
        .arg(copy.path().join(rel_dir))
        .args(["--load-restrictor", "LoadRestrictionsNone"])
        .env("KUBECONFIG", "/dev/null")
        .output()
        .unwrap();
    assert!(out.status.success(), "kustomize failed: {}", String::from_utf8_lossy(&out.stderr));
    let theirs = String::from_utf8(out.stdout).unwrap();
    assert_eq!(ours, theirs, "our build differs from kustomize's on the generated kustomization");
    ours
}

#[test]
fn generated_file_lists_manifests_depth_first_in_name_order() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    write(
        root,
        &[
            ("a.yaml", &cm("a")),
            ("b.yml", &cm("b")),
            ("README.md", "# not a manifest\n"),
            ("notes.txt", "kind: nothing\n"),
            ("data.json", "{\"kind\": \"ConfigMap\"}"),
            ("empty-file.yaml", ""),
            ("multi.yaml", &format!("{}---\n---\n{}", cm("m1"), cm("m2"))),
            ("list.yaml", "apiVersion: v1\nkind: ConfigMapList\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: l1}\n"),
            ("nested/d.yaml", &cm("d")),
            ("nested/deeper/c.yaml", &cm("c")),
            ("nested/empty/.keep", ""),
            ("withk/kustomization.yaml", "resources: [x.yaml]\nnamePrefix: k-\n"),
            ("withk/x.yaml", &cm("x")),
            ("withk/ignored-inside.yaml", "not: a resource\n"),
        ],
    );
    let overlay = gen(root, &KustomizationSpec::default(), None).unwrap();
    assert_eq!(overlay.action, Action::Created);
    assert_eq!(overlay.path, root.join("kustomization.yaml"));
    assert_eq!(
        overlay.content,
        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- ./a.yaml\n- ./b.yml\n\
         - ./empty-file.yaml\n- ./list.yaml\n- ./multi.yaml\n- ./nested/d.yaml\n- ./nested/deeper/c.yaml\n- ./withk\n"
    );
    assert!(!root.join("kustomization.yaml").exists(), "nothing is written");
    let out = assert_same_as_kustomize(root, root, &KustomizationSpec::default());
    assert!(out.contains("name: k-x\n"), "{out}");
}

#[test]
fn empty_directory_gets_the_placeholder_namespace() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), &[("docs/README.md", "nothing\n")]);
    let overlay = gen(tmp.path(), &KustomizationSpec::default(), None).unwrap();
    assert_eq!(
        overlay.content,
        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: _placeholder\n"
    );
    assert_eq!(assert_same_as_kustomize(tmp.path(), tmp.path(), &KustomizationSpec::default()), "");
}

#[test]
fn a_yaml_file_that_is_not_a_manifest_fails_the_generation() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), &[("a.yaml", &cm("a")), ("values.yaml", "replicas: 2\n")]);
    let err = gen(tmp.path(), &KustomizationSpec::default(), None).unwrap_err();
    let path = tmp.path().join("values.yaml");
    assert!(
        err.starts_with(&format!("failed to decode Kubernetes YAML from {}: missing kind", path.display())),
        "{err}"
    );
}

fn overlay_spec() -> KustomizationSpec {
    KustomizationSpec {
        target_namespace: Some("prod".into()),
        name_prefix: Some("p-".into()),
        name_suffix: Some("-s".into()),
        patches: Some(vec![
            Patch {
                patch: "- op: add\n  path: /metadata/labels\n  value: {patched: \"true\"}\n".into(),
                target: Some(Selector { kind: Some("Deployment".into()), ..Default::default() }),
            },
            Patch {
                patch: "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  extra: \"1\"\n".into(),
                target: None,
            },
        ]),
        images: Some(vec![
            Image { name: "nginx".into(), digest: Some("sha256:".to_string() + &"a".repeat(64)), ..Default::default() },
            Image { name: "redis".into(), new_name: Some("mirror/redis".into()), ..Default::default() },
            Image { name: "busybox".into(), new_tag: Some("1.36".into()), ..Default::default() },
        ]),
        components: Some(vec!["../components/tls".into(), "../components/missing".into()]),
        ignore_missing_components: Some(true),
        ..Default::default()
    }
}

#[test]
fn existing_kustomization_is_rewritten_with_the_spec_merged_in() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    let deployment = concat!(
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n",
        "      containers:\n      - name: web\n        image: nginx:1.0\n      - name: cache\n        image: redis:7\n",
        "      - name: tool\n        image: busybox\n",
    );
    write(
        root,
        &[
            (
                "app/kustomization.yml",
                "# a comment that does not survive\nresources:\n- deploy.yaml\n- cfg.yaml\nnamePrefix: old-\n\
                 images:\n- name: nginx\n  newTag: \"1.1\"\n  newName: registry/nginx\n- name: redis\n  newTag: \"7.2\"\n\
                 commonLabels:\n  app: web\nunknownField: dropped\n",
            ),
            ("app/deploy.yaml", deployment),
            ("app/cfg.yaml", &cm("cfg")),
            (
                "components/tls/kustomization.yaml",
                "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\ncommonAnnotations:\n  tls: \"on\"\n",
            ),
        ],
    );
    let dir = root.join("app");
    let overlay = gen(&dir, &overlay_spec(), None).unwrap();
    assert_eq!(overlay.action, Action::Unchanged);
    assert_eq!(overlay.path, dir.join("kustomization.yml"));
    let digest = format!("sha256:{}", "a".repeat(64));
    assert_eq!(
        overlay.content,
        format!(
            "apiVersion: kustomize.config.k8s.io/v1beta1\ncommonLabels:\n  app: web\ncomponents:\n- ../components/tls\n\
             images:\n- digest: {digest}\n  name: nginx\n  newName: registry/nginx\n- name: redis\n  newName: mirror/redis\n  newTag: \"7.2\"\n\
             - name: busybox\n  newTag: \"1.36\"\nkind: Kustomization\nnamePrefix: p-\nnameSuffix: -s\nnamespace: prod\n\
             patches:\n- patch: |\n    - op: add\n      path: /metadata/labels\n      value: {{patched: \"true\"}}\n  target:\n    kind: Deployment\n\
             - patch: |\n    apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: cfg\n    data:\n      extra: \"1\"\n\
             resources:\n- deploy.yaml\n- cfg.yaml\n"
        )
    );
    assert!(
        std::fs::read_to_string(dir.join("kustomization.yml")).unwrap().contains("unknownField"),
        "untouched on disk"
    );
    let out = assert_same_as_kustomize(root, &dir, &overlay_spec());
    assert!(out.contains("name: p-web-s\n  namespace: prod\n"), "{out}");
    assert!(out.contains(&format!("image: registry/nginx@{digest}")), "{out}");
}

#[test]
fn a_kustomization_without_resources_gets_origin_annotations() {
    let tmp = tempfile::tempdir().unwrap();
    write(
        tmp.path(),
        &[(
            "kustomization.yaml",
            "configMapGenerator:\n- name: gen\n  literals: [a=b]\nbuildMetadata: [transformerAnnotations]\n",
        )],
    );
    let overlay = gen(tmp.path(), &KustomizationSpec::default(), None).unwrap();
    assert!(overlay.content.contains("buildMetadata:\n- originAnnotations\n"), "{}", overlay.content);
    let out = assert_same_as_kustomize(tmp.path(), tmp.path(), &KustomizationSpec::default());
    assert!(out.contains("config.kubernetes.io/origin"), "{out}");
    // The spec's buildMetadata wins over upstream's guard.
    let spec = KustomizationSpec {
        build_metadata: Some(vec![BuildMetadataOption::TransformerAnnotations]),
        ..Default::default()
    };
    let overlay = gen(tmp.path(), &spec, None).unwrap();
    assert!(overlay.content.contains("buildMetadata:\n- transformerAnnotations\n"), "{}", overlay.content);
}

#[test]
fn components_must_be_local_and_relative() {
    let tmp = tempfile::tempdir().unwrap();
    write(tmp.path(), &[("a.yaml", &cm("a"))]);
    for bad in ["https://github.com/org/repo//c", "/abs/component", "github.com/org/repo", "file:///x"] {
        let spec = KustomizationSpec { components: Some(vec![bad.into()]), ..Default::default() };
        assert_eq!(
            gen(tmp.path(), &spec, None).unwrap_err(),
            format!("component path '{bad}' must be local and relative")
        );
    }
    // Without ignoreMissingComponents a missing component stays, for kustomize to report.
    let spec = KustomizationSpec { components: Some(vec!["missing".into()]), ..Default::default() };
    assert!(gen(tmp.path(), &spec, None).unwrap().content.contains("components:\n- missing\n"));
}

#[test]
fn ignore_rules_filter_listed_files_only_with_user_patterns() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    write(root, &[("a.yaml", &cm("a")), (".github/workflows/ci.yaml", "on: push\njobs: {}\n")]);
    // No user pattern: upstream lists (and so parses) every YAML file, CI files included.
    let err = gen(root, &KustomizationSpec::default(), Some(&IgnoreRules::default())).unwrap_err();
    assert!(err.contains("ci.yaml"), "{err}");
    // A pattern switches the filter on, with source-controller's default exclusions.
    write(
        root,
        &[
            (".sourceignore", "# tests\n*.test.yaml\n"),
            ("x.test.yaml", "not: a resource\n"),
            ("sub/.sourceignore", "local.yaml\n"),
            ("sub/local.yaml", "not: a resource\n"),
            ("local.yaml", &cm("top-local")),
            ("extra/e.yaml", &cm("e")),
        ],
    );
    let rules = IgnoreRules { patterns: vec!["/extra/".into()] };
    let overlay = gen(root, &KustomizationSpec::default(), Some(&rules)).unwrap();
    assert_eq!(
        overlay.content,
        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- ./a.yaml\n- ./local.yaml\n"
    );
    // The controller does not filter: its artifact already was.
    assert!(gen(root, &KustomizationSpec::default(), None).is_err());
}

#[test]
fn ignore_rules_filter_the_entries_of_an_existing_file() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    write(
        root,
        &[
            (
                "kustomization.yaml",
                "resources: [a.yaml, skip.yaml, https://example.com/r.yaml, base]\ncomponents: [comp]\n",
            ),
            ("a.yaml", &cm("a")),
            ("skip.yaml", &cm("skip")),
            ("base/kustomization.yaml", "resources: []\n"),
            ("comp/kustomization.yaml", "kind: Component\n"),
        ],
    );
    let rules = IgnoreRules { patterns: vec!["skip.yaml".into(), "comp/".into()] };
    let overlay = gen(root, &KustomizationSpec::default(), Some(&rules)).unwrap();
    assert_eq!(
        overlay.content,
        "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n- a.yaml\n- https://example.com/r.yaml\n- base\n"
    );
    // Every local entry must exist (upstream lstats it).
    write(root, &[("kustomization.yaml", "resources: [a.yaml, gone.yaml]\n")]);
    let err = gen(root, &KustomizationSpec::default(), Some(&rules)).unwrap_err();
    assert_eq!(err, format!("lstat {}: no such file or directory", root.join("gone.yaml").display()));
}

#[test]
fn the_controller_root_confines_what_the_generator_reads() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("artifact");
    write(tmp.path(), &[("outside.yaml", &cm("outside")), ("artifact/app/a.yaml", &cm("a"))]);
    std::os::unix::fs::symlink(tmp.path().join("outside.yaml"), root.join("app/link.yaml")).unwrap();
    let fs = BuildFs::new(Some(&root)).unwrap();
    let err = generate(&fs, &root.join("app"), &KustomizationSpec::default(), None).unwrap_err();
    assert!(err.contains("is not in or below"), "{err}");
    // Without a root (flux build on a local path) the link is followed.
    assert!(gen(&root.join("app"), &KustomizationSpec::default(), None).unwrap().content.contains("- ./link.yaml\n"));
}

#[test]
fn existing_image_entries_merge_field_by_field() {
    let tmp = tempfile::tempdir().unwrap();
    write(
        tmp.path(),
        &[(
            "kustomization.yaml",
            "resources: [a.yaml]\nimages:\n- name: app\n  newName: reg/app\n  newTag: v1\n  digest: sha256:old\n",
        )],
    );
    // A new tag replaces the digest too; the name stays.
    let spec = KustomizationSpec {
        images: Some(vec![Image { name: "app".into(), new_tag: Some("v2".into()), ..Default::default() }]),
        ..Default::default()
    };
    let overlay = gen(tmp.path(), &spec, None).unwrap();
    assert!(
        overlay.content.contains("images:\n- name: app\n  newName: reg/app\n  newTag: v2\n"),
        "{}",
        overlay.content
    );
    // Only a new name: tag and digest stay.
    let spec = KustomizationSpec {
        images: Some(vec![Image { name: "app".into(), new_name: Some("other/app".into()), ..Default::default() }]),
        ..Default::default()
    };
    let overlay = gen(tmp.path(), &spec, None).unwrap();
    assert!(
        overlay.content.contains("images:\n- digest: sha256:old\n  name: app\n  newName: other/app\n  newTag: v1\n"),
        "{}",
        overlay.content
    );
}
