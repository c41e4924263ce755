//! Decrypts files that an independent generator (`tests/gen/sops_gen.py`, Python with the real
//! `age` and `gpg` tools) encrypted following the published SOPS format: the checked-in fixtures,
//! and a fresh run of the generator so that generator and decryptor stay honest.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value as Json;
use sops::{Format, Keyring, MacCheck};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn format_of(name: &str) -> Format {
    match name {
        "yaml" => Format::Yaml,
        "json" => Format::Json,
        "dotenv" => Format::Dotenv,
        "ini" => Format::Ini,
        "binary" => Format::Binary,
        other => panic!("unknown format {other} in the manifest"),
    }
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

/// The keyring the generator's keys make, read as kustomize-controller reads a Secret.
fn keyring(dir: &Path, manifest: &Json) -> Keyring {
    let entries: Vec<(String, Vec<u8>)> = manifest["keys"]
        .as_array()
        .expect("the manifest lists key files")
        .iter()
        .map(|k| {
            let path = k.as_str().expect("a key file name");
            (Path::new(path).file_name().unwrap().to_string_lossy().into_owned(), read(&dir.join(path)))
        })
        .chain([("sops.vault-token".to_string(), b"s.not-used".to_vec())])
        .collect();
    let keyring =
        Keyring::from_secret_data(entries.iter().map(|(n, v)| (n.as_str(), v.as_slice()))).expect("the keys load");
    assert_eq!(keyring.unsupported(), ["sops.vault-token"]);
    assert_eq!(keyring.age_recipients().len(), 1);
    assert_eq!(keyring.pgp_fingerprints().len(), 1);
    for refused in manifest["refused_keys"].as_array().expect("the manifest lists refused keys") {
        let path = dir.join(refused.as_str().unwrap());
        let err = Keyring::from_secret_data([("protected.asc", read(&path).as_slice())]).unwrap_err().to_string();
        assert!(err.starts_with("failed to import 'protected.asc':") && err.contains("passphrase"), "{err}");
    }
    keyring
}

#[test]
fn keyring_errors_name_the_entry_and_never_the_key() {
    let secret = "AGE-SECRET-KEY-1MXJCSCAQ5GUK06Y86W6KEZAJRY453V7W5WNC2RP3AH7ZNTSMASQQXX50WV";
    let err = Keyring::from_secret_data([("id.agekey", format!("# comment\n\n{secret}\n").as_bytes())]).unwrap_err();
    assert_eq!(err.to_string(), "failed to import 'id.agekey': line 3: not a valid Bech32 age secret key");
    let err = Keyring::from_secret_data([("id.agekey", b"AGE-PLUGIN-YUBIKEY-1XYZ".as_slice())]).unwrap_err();
    assert!(err.to_string().contains("plugin identities are not supported"), "{err}");
    let err = Keyring::from_secret_data([("key.asc", b"not a key".as_slice())]).unwrap_err();
    assert!(err.to_string().starts_with("failed to import 'key.asc':"), "{err}");
    let keyring =
        Keyring::from_secret_data([("notes.txt", b"x".as_slice()), ("sops.aws-kms", b"y".as_slice())]).unwrap();
    assert!(keyring.is_empty());
    assert_eq!(keyring.unsupported(), ["sops.aws-kms"]);
}

/// Decrypts every case of a generated directory and checks it against its expectation.
fn check_dir(dir: &Path) {
    let manifest: Json = serde_json::from_slice(&read(&dir.join("manifest.json"))).expect("a JSON manifest");
    let keyring = keyring(dir, &manifest);
    let cases = manifest["cases"].as_array().expect("cases");
    assert!(cases.len() >= 15, "the generator wrote {} cases", cases.len());
    for case in cases {
        let file = case["file"].as_str().unwrap();
        let format = format_of(case["format"].as_str().unwrap());
        let data = read(&dir.join(file));
        assert!(sops::is_encrypted(&data, format), "{file} carries the {format} marker");
        if case["node"].as_bool() == Some(true) {
            check_node(dir, case, &data, &keyring);
            continue;
        }
        let result = sops::decrypt(&data, format, &keyring);
        match (case["expected"].as_str(), case["error"].as_str()) {
            (Some(expected), _) => {
                let out = result.unwrap_or_else(|e| panic!("{file}: {e}"));
                let want = read(&dir.join(expected));
                assert_eq!(String::from_utf8_lossy(&out), String::from_utf8_lossy(&want), "{file}");
                assert_eq!(out, want, "{file}");
            }
            (None, Some(error)) => {
                let err = result.expect_err(file).to_string();
                assert!(err.contains(error), "{file}: {err}");
                assert!(!err.contains('\n'), "{file}: one line: {err}");
            }
            _ => panic!("{file}: the manifest says neither expected nor error"),
        }
    }
}

/// A built resource decrypted as a node: keys in document order, the metadata gone, the MAC
/// verified (nothing changed it), values as JSON has them.
fn check_node(dir: &Path, case: &Json, data: &[u8], keyring: &Keyring) {
    let file = case["file"].as_str().unwrap();
    let docs = yaml::node::parse_documents(std::str::from_utf8(data).unwrap()).unwrap();
    assert!(sops::is_encrypted_node(&docs[0]), "{file}");
    let node = sops::decrypt_node(&docs[0], keyring, MacCheck::Verify).unwrap_or_else(|e| panic!("{file}: {e}"));
    assert!(!sops::is_encrypted_node(&node));
    let want: Json = serde_json::from_slice(&read(&dir.join(case["expected"].as_str().unwrap()))).unwrap();
    assert_eq!(node.to_json().unwrap(), want, "{file}");
    let yaml::node::Node::Map(map) = &node else { panic!("{file}: a mapping") };
    let keys: Vec<&str> = map.entries.iter().map(|(k, _)| k.value.as_str()).collect();
    assert_eq!(keys, ["apiVersion", "kind", "metadata", "type", "stringData", "data"], "{file}");

    // kustomize changes resources (a namespace here): the controller skips the MAC.
    let mut changed = docs[0].clone();
    let yaml::node::Node::Map(m) = &mut changed else { unreachable!("a mapping") };
    let meta = m.entries.iter_mut().find(|(k, _)| k.value == "metadata").map(|(_, v)| v).unwrap();
    let yaml::node::Node::Map(meta) = meta else { panic!("metadata is a mapping") };
    let namespace = meta.entries.iter_mut().find(|(k, _)| k.value == "namespace").map(|(_, v)| v).unwrap();
    *namespace = yaml::node::Node::string("flux-system");
    let err = sops::decrypt_node(&changed, keyring, MacCheck::Verify).unwrap_err();
    assert_eq!(err, sops::Error::MacMismatch);
    sops::decrypt_node(&changed, keyring, MacCheck::Skip).expect("decrypts without the MAC");
}

#[test]
fn checked_in_fixtures_decrypt_as_sops_does() {
    check_dir(&fixtures());
}

/// The python3 that has the `cryptography` package: the system one first (python3-cryptography).
fn python() -> Option<String> {
    ["/usr/bin/python3", "python3"]
        .into_iter()
        .find(|p| Command::new(p).args(["-c", "import cryptography"]).output().is_ok_and(|o| o.status.success()))
        .map(str::to_string)
}

#[test]
fn freshly_generated_files_decrypt() {
    let missing: Vec<&str> = ["age", "age-keygen", "gpg", "gpgconf"]
        .into_iter()
        .filter(|tool| Command::new(tool).arg("--version").output().is_err())
        .collect();
    assert!(missing.is_empty(), "the SOPS generator needs {missing:?} on PATH (apt-get install age gpg)");
    let python = python().expect(
        "the SOPS generator needs python3 with the cryptography package (apt-get install python3-cryptography)",
    );
    let dir = tempfile::tempdir().unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gen/sops_gen.py");
    let out = Command::new(python).arg(&script).arg(dir.path()).output().expect("runs the generator");
    assert!(out.status.success(), "sops_gen.py failed: {}", String::from_utf8_lossy(&out.stderr));
    check_dir(dir.path());
}

/// A tiny deterministic generator (xorshift) for the mutations below.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Mutated fixtures (flipped, deleted, duplicated and inserted bytes, truncations, swapped
/// lines) never make the decryptor panic, whatever the format it is asked for.
#[test]
fn malformed_input_never_panics() {
    let dir = fixtures();
    let manifest: Json = serde_json::from_slice(&read(&dir.join("manifest.json"))).unwrap();
    let keyring = keyring(&dir, &manifest);
    let formats = [Format::Yaml, Format::Json, Format::Dotenv, Format::Ini, Format::Binary];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let specials: &[&[u8]] =
        &[b"ENC[", b"]", b"\n", b":", b"#", b"---\n", b"\"", b"{", b"[", b"=", b"\\n", b"\xff", b" "];
    for case in manifest["cases"].as_array().unwrap() {
        let original = read(&dir.join(case["file"].as_str().unwrap()));
        for round in 0..150 {
            let mut data = original.clone();
            for _ in 0..=rng.below(4) {
                let at = rng.below(data.len());
                match rng.below(6) {
                    0 => data[at] ^= 1 << rng.below(8),
                    1 => {
                        let end = (at + 1 + rng.below(40)).min(data.len());
                        data.drain(at..end);
                    }
                    2 => data.truncate(at),
                    3 => {
                        let s = specials[rng.below(specials.len())];
                        data.splice(at..at, s.iter().copied());
                    }
                    4 => {
                        let end = (at + 1 + rng.below(60)).min(data.len());
                        let copy = data[at..end].to_vec();
                        data.splice(at..at, copy);
                    }
                    _ => {
                        let mut lines: Vec<&[u8]> = original.split(|b| *b == b'\n').collect();
                        let (a, b) = (rng.below(lines.len()), rng.below(lines.len()));
                        lines.swap(a, b);
                        data = lines.join(&b'\n');
                    }
                }
                if data.is_empty() {
                    break;
                }
            }
            let format = formats[round % formats.len()];
            let _ = sops::decrypt(&data, format, &keyring);
            let _ = sops::decrypt_to(&data, format, Format::Yaml, &keyring, MacCheck::Skip);
            if let Ok(text) = std::str::from_utf8(&data) {
                if let Ok(docs) = yaml::node::parse_documents(text) {
                    for doc in docs {
                        let _ = sops::decrypt_node(&doc, &keyring, MacCheck::Verify);
                    }
                }
            }
        }
    }
}

/// The controller writes a Secret value in the format its key names: JSON in, YAML out is the
/// same tree (without the comments JSON cannot hold), and the marker tells the input format.
#[test]
fn decrypt_to_another_format() {
    let dir = fixtures();
    let manifest: Json = serde_json::from_slice(&read(&dir.join("manifest.json"))).unwrap();
    let keyring = keyring(&dir, &manifest);
    let json = read(&dir.join("nested.json"));
    assert_eq!(sops::detect_format(&json), Some(Format::Json));
    assert_eq!(sops::detect_format(&read(&dir.join("nested.yaml"))), Some(Format::Yaml));
    assert_eq!(sops::detect_format(&read(&dir.join("app.env"))), Some(Format::Dotenv));
    assert_eq!(sops::detect_format(&read(&dir.join("app.ini"))), Some(Format::Ini));
    assert_eq!(sops::detect_format(b"plain: text"), None);
    let out = sops::decrypt_to(&json, Format::Json, Format::Yaml, &keyring, MacCheck::Skip).unwrap();
    let expected = String::from_utf8(read(&dir.join("nested.yaml.expected"))).unwrap();
    let without_comments: String =
        expected.lines().filter(|l| !l.trim_start().starts_with('#')).map(|l| format!("{l}\n")).collect();
    assert_eq!(String::from_utf8(out).unwrap(), without_comments);
    let err = sops::decrypt_to(&json, Format::Json, Format::Dotenv, &keyring, MacCheck::Skip).unwrap_err();
    assert_eq!(
        err.to_string(),
        "failed to emit decrypted dotenv data: cannot use complex value in dotenv file; offending key app"
    );
    let err = sops::decrypt_to(&json, Format::Json, Format::Binary, &keyring, MacCheck::Skip).unwrap_err();
    assert!(err.to_string().contains("no binary data found"), "{err}");
}

#[test]
fn formats_come_from_file_names_as_the_controller_picks_them() {
    for (path, format) in [
        ("secret.yaml", Format::Yaml),
        ("a/b.yml", Format::Yaml),
        ("config.json", Format::Json),
        (".dockerconfigjson", Format::Json),
        ("app.env", Format::Dotenv),
        ("settings.ini", Format::Ini),
        ("keystore.jks", Format::Binary),
        ("secret.yaml.enc", Format::Binary),
    ] {
        assert_eq!(Format::from_path(path), format, "{path}");
    }
}
