//! The whole build: where reads may go, what the engine refuses, and the two SOPS hooks exercised
//! with a toy decryptor (the real one is the `sops` crate's).

use std::path::Path;

use api::kustomize::KustomizationSpec;
use base64::Engine;
use serde_json::Value;
use yaml::node::Node;

use super::decrypt::FileFormat;
use super::*;

fn write(root: &Path, files: &[(&str, &str)]) {
    for (name, content) in files {
        let path = root.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, content).unwrap();
    }
}

/// A stand-in for SOPS: `ENC[x]` holds `x` in clear, `sops_…` lines and a trailing `sops:` block are
/// the metadata, and `ENC[bad]` cannot be decrypted.
struct ToyDecryptor;

fn unwrap_enc(text: &str) -> Result<String, String> {
    if text.contains("ENC[bad]") {
        return Err("cannot get sops data key: no key could decrypt it".into());
    }
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("ENC[") {
        out.push_str(&rest[..start]);
        let end = rest[start..].find(']').map(|e| start + e).ok_or("unterminated ENC[")?;
        out.push_str(&rest[start + 4..end]);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

fn unwrap_strings(value: &mut Value) -> Result<(), String> {
    match value {
        Value::String(s) => *s = unwrap_enc(s)?,
        Value::Array(items) => items.iter_mut().try_for_each(unwrap_strings)?,
        Value::Object(map) => map.values_mut().try_for_each(unwrap_strings)?,
        _ => {}
    }
    Ok(())
}

impl Decryptor for ToyDecryptor {
    fn decrypt_file(&self, _path: &Path, format: FileFormat, content: &[u8]) -> Result<Vec<u8>, String> {
        let text = String::from_utf8_lossy(content);
        let body = match format {
            FileFormat::Yaml => text.split("\nsops:\n").next().unwrap_or_default().to_string() + "\n",
            _ => text.lines().filter(|l| !l.starts_with("sops_")).map(|l| format!("{l}\n")).collect(),
        };
        Ok(unwrap_enc(&body)?.into_bytes())
    }

    fn decrypt_resource(&self, resource: &Node) -> Result<Option<Node>, String> {
        let mut json = resource.to_json().map_err(|e| e.to_string())?;
        if json.pointer("/sops/mac").is_none() {
            return Ok(None);
        }
        json.as_object_mut().unwrap().remove("sops");
        unwrap_strings(&mut json)?;
        Ok(Some(Node::from_json(&json)))
    }
}

fn b64(s: &str) -> String {
    base64::engine::general_purpose::STANDARD.encode(s)
}

fn secret_doc(name: &str, annotations: &str, value: &str) -> String {
    format!(
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: {name}\n{annotations}stringData:\n  password: {value}\nsops:\n  mac: ENC[m]\n  version: 3.9.0\n"
    )
}

fn sops_tree(root: &Path) {
    write(
        root,
        &[
            (
                "app/kustomization.yaml",
                "resources: [secret.yaml, disabled.yaml, deploy.yaml]\n\
                 secretGenerator:\n- name: gen\n  envs: [secrets.env]\n  files: [token]\n\
                 patches:\n- path: patch.yaml\n  target: {kind: Deployment}\n",
            ),
            ("app/secrets.env", "API_KEY=ENC[s3cr3t]\nsops_mac=ENC[m]\n"),
            ("app/token", "plain-token\n"),
            (
                "app/patch.yaml",
                "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  labels:\n    key: ENC[from-patch]\nsops:\n  mac: ENC[m]\n",
            ),
            ("app/secret.yaml", &secret_doc("s", "", "ENC[hunter2]")),
            (
                "app/disabled.yaml",
                &secret_doc("kept", "  annotations:\n    kustomize.toolkit.fluxcd.io/decrypt: Disabled\n", "ENC[hunter3]"),
            ),
            ("app/deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n"),
        ],
    );
}

fn objects(resources: &[Node]) -> Vec<Value> {
    resources.iter().map(|r| r.to_json().unwrap()).collect()
}

fn find<'a>(objects: &'a [Value], kind: &str, prefix: &str) -> &'a Value {
    objects
        .iter()
        .find(|o| o["kind"] == kind && o["metadata"]["name"].as_str().unwrap().starts_with(prefix))
        .unwrap_or_else(|| panic!("{kind}/{prefix}* in {objects:?}"))
}

#[test]
fn sops_hooks_decrypt_sources_before_and_resources_after_the_build() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    sops_tree(root);
    let options = Options { root: Some(root), decryptor: Some(&ToyDecryptor), ..Default::default() };
    let built = objects(&build(&root.join("app"), &KustomizationSpec::default(), &options).unwrap());

    let generated = find(&built, "Secret", "gen-");
    assert_eq!(generated["data"]["API_KEY"], b64("s3cr3t"));
    assert_eq!(generated["data"]["token"], b64("plain-token\n"));
    assert_eq!(find(&built, "Deployment", "web")["metadata"]["labels"]["key"], "from-patch");
    let secret = find(&built, "Secret", "s");
    assert_eq!(secret["stringData"]["password"], "hunter2");
    assert!(secret.get("sops").is_none());
    let kept = find(&built, "Secret", "kept");
    assert_eq!(kept["stringData"]["password"], "ENC[hunter3]", "decrypt: disabled (any case) is skipped");
    assert!(kept.get("sops").is_some());
    // The encrypted files are still encrypted on disk.
    assert_eq!(
        std::fs::read_to_string(root.join("app/secrets.env")).unwrap(),
        "API_KEY=ENC[s3cr3t]\nsops_mac=ENC[m]\n"
    );
}

#[test]
fn without_a_decryptor_everything_stays_encrypted() {
    let tmp = tempfile::tempdir().unwrap();
    sops_tree(tmp.path());
    let options = Options { root: Some(tmp.path()), ..Default::default() };
    let built = objects(&build(&tmp.path().join("app"), &KustomizationSpec::default(), &options).unwrap());
    assert_eq!(find(&built, "Secret", "gen-")["data"]["API_KEY"], b64("ENC[s3cr3t]"));
    assert!(find(&built, "Secret", "s").get("sops").is_some());
}

#[test]
fn decryption_failures_name_the_source_or_the_resource() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    sops_tree(root);
    let options = Options { root: Some(root), decryptor: Some(&ToyDecryptor), ..Default::default() };
    write(root, &[("app/secret.yaml", &secret_doc("s", "", "ENC[bad]"))]);
    let err = build(&root.join("app"), &KustomizationSpec::default(), &options).unwrap_err();
    assert_eq!(
        err.to_string(),
        "decryption failed for 'Secret.v1.[noGrp]/s': cannot get sops data key: no key could decrypt it"
    );
    write(root, &[("app/secrets.env", "API_KEY=ENC[bad]\nsops_mac=ENC[m]\n")]);
    let err = build(&root.join("app"), &KustomizationSpec::default(), &options).unwrap_err();
    assert_eq!(err.to_string(), "error decrypting sources: cannot get sops data key: no key could decrypt it");
    // A symbolic link is not decrypted, as upstream refuses irregular files.
    std::fs::remove_file(root.join("app/secrets.env")).unwrap();
    write(root, &[("app/real.env", "API_KEY=x\n")]);
    std::os::unix::fs::symlink(root.join("app/real.env"), root.join("app/secrets.env")).unwrap();
    let err = build(&root.join("app"), &KustomizationSpec::default(), &options).unwrap_err();
    assert_eq!(
        err.to_string(),
        "error decrypting sources: cannot decrypt irregular file as it has file mode type bits set"
    );
}

#[test]
fn reads_stay_inside_the_root_but_may_leave_the_directory() {
    let tmp = tempfile::tempdir().unwrap();
    let cm = |name: &str| format!("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {name}\n");
    write(
        tmp.path(),
        &[
            ("repo/app/kustomization.yaml", "resources: [../shared/cm.yaml, ../../outside.yaml]\n"),
            ("repo/shared/cm.yaml", &cm("shared")),
            ("outside.yaml", &cm("outside")),
        ],
    );
    let root = tmp.path().join("repo");
    let options = Options { root: Some(&root), ..Default::default() };
    let err = build(&root.join("app"), &KustomizationSpec::default(), &options).unwrap_err().to_string();
    assert!(err.starts_with("kustomize build failed: ") && err.contains("is not in or below"), "{err}");
    // Files outside the kustomization's directory but inside the root are fine (LoadRestrictionsNone).
    write(tmp.path(), &[("repo/app/kustomization.yaml", "resources: [../shared/cm.yaml]\n")]);
    assert_eq!(build(&root.join("app"), &KustomizationSpec::default(), &options).unwrap().len(), 1);
    // `flux build` on a local path reads anywhere.
    write(tmp.path(), &[("repo/app/kustomization.yaml", "resources: [../shared/cm.yaml, ../../outside.yaml]\n")]);
    assert_eq!(build(&root.join("app"), &KustomizationSpec::default(), &Options::default()).unwrap().len(), 2);
}

#[test]
fn the_engine_refuses_what_upstream_refuses() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let spec = KustomizationSpec::default();
    write(dir, &[("kustomization.yaml", "resources: [https://github.com/org/repo//deploy?ref=v1]\n")]);
    let err = build(dir, &spec, &Options::default()).unwrap_err().to_string();
    assert!(err.contains("remote resources are not enabled"), "{err}");
    write(dir, &[("kustomization.yaml", "helmCharts:\n- name: podinfo\n  repo: https://example.com\n")]);
    let err = build(dir, &spec, &Options::default()).unwrap_err().to_string();
    assert!(err.starts_with("kustomize build failed: ") && err.contains("helmCharts"), "{err}");
    write(
        dir,
        &[
            ("kustomization.yaml", "transformers: [plugin.yaml]\n"),
            ("plugin.yaml", "apiVersion: example.com/v1\nkind: Exec\nmetadata:\n  name: p\n"),
        ],
    );
    assert!(build(dir, &spec, &Options::default()).is_err(), "exec plugins are never loaded");
    write(
        dir,
        &[
            ("kustomization.yaml", "resources: [noversion.yaml]\n"),
            ("noversion.yaml", "kind: ConfigMap\nmetadata:\n  name: x\n"),
        ],
    );
    let err = build(dir, &spec, &Options::default()).unwrap_err().to_string();
    assert_eq!(err, "failed to decode Kubernetes apiVersion, kind and name from: apiVersion: \"\", kind: \"ConfigMap\", name: \"x\"");
}

#[test]
fn the_build_yaml_is_kustomize_output_in_flux_order() {
    let tmp = tempfile::tempdir().unwrap();
    write(
        tmp.path(),
        &[("a.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns\n")],
    );
    let resources = build(tmp.path(), &KustomizationSpec::default(), &Options::default()).unwrap();
    assert_eq!(
        to_yaml(&resources).unwrap(),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns\n",
        "in accumulation order: Flux leaves kustomize's legacy sort off"
    );
    // A kustomization that asks for an order gets it.
    write(tmp.path(), &[("kustomization.yaml", "resources: [a.yaml]\nsortOptions: {order: legacy}\n")]);
    let resources = build(tmp.path(), &KustomizationSpec::default(), &Options::default()).unwrap();
    assert_eq!(resources[0].to_json().unwrap()["kind"], "Namespace");
}

#[test]
fn without_a_root_sources_above_the_directory_are_decrypted_too() {
    // A local checkout (`flux-rs diff` with the cluster's keys): the overlay's base is above `--path`.
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    sops_tree(root);
    write(root, &[("overlay/kustomization.yaml", "resources:\n- ../app\n")]);
    let options = Options { decryptor: Some(&ToyDecryptor), ..Default::default() };
    let built = objects(&build(&root.join("overlay"), &KustomizationSpec::default(), &options).unwrap());
    assert_eq!(find(&built, "Secret", "gen-")["data"]["API_KEY"], b64("s3cr3t"));
}
