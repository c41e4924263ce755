//! Generated keys read back by OpenSSH (`ssh-keygen -y`), loading keys, and the host-key scan against sshd.

use std::process::Command;

use git::keys::{self, Curve, KeyAlgorithm, KeyError};

fn ssh_keygen_public(private_key: &[u8], passphrase: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("id");
    std::fs::write(&path, private_key).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let output = Command::new("ssh-keygen").args(["-y", "-P", passphrase, "-f"]).arg(&path).output().unwrap();
    assert!(output.status.success(), "ssh-keygen: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn every_algorithm_round_trips_through_ssh_keygen() {
    let algorithms = [
        (KeyAlgorithm::Ecdsa(Curve::P256), "ecdsa-sha2-nistp256"),
        (KeyAlgorithm::Ecdsa(Curve::P384), "ecdsa-sha2-nistp384"),
        (KeyAlgorithm::Ecdsa(Curve::P521), "ecdsa-sha2-nistp521"),
        (KeyAlgorithm::Ed25519, "ssh-ed25519"),
        (KeyAlgorithm::Rsa { bits: 2048 }, "ssh-rsa"),
        (KeyAlgorithm::Rsa { bits: 1024 }, "ssh-rsa"),
    ];
    for (algorithm, kind) in algorithms {
        let pair = keys::generate(algorithm).unwrap();
        let text = String::from_utf8(pair.private_key.clone()).unwrap();
        assert!(text.starts_with("-----BEGIN OPENSSH PRIVATE KEY-----\n"), "{algorithm:?}");
        assert!(text.ends_with("-----END OPENSSH PRIVATE KEY-----\n"), "{algorithm:?}");
        assert!(pair.public_key.starts_with(&format!("{kind} ")), "{algorithm:?}: {}", pair.public_key);
        assert!(pair.public_key.ends_with('\n') && pair.public_key.split_whitespace().count() == 2);
        let openssh = ssh_keygen_public(&pair.private_key, "");
        assert_eq!(
            openssh.split_whitespace().take(2).collect::<Vec<_>>(),
            pair.public_key.split_whitespace().collect::<Vec<_>>(),
            "{algorithm:?}"
        );
    }
}

#[test]
fn rsa_bits_are_honoured() {
    let pair = keys::generate(KeyAlgorithm::Rsa { bits: 3072 }).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("id.pub");
    std::fs::write(&path, &pair.public_key).unwrap();
    let output = Command::new("ssh-keygen").arg("-l").arg("-f").arg(&path).output().unwrap();
    assert!(
        String::from_utf8_lossy(&output.stdout).starts_with("3072 "),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
}

#[test]
fn keys_made_by_ssh_keygen_load_with_and_without_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    for (name, args, passphrase) in [
        ("plain", vec!["-t", "ed25519"], ""),
        ("encrypted", vec!["-t", "ecdsa", "-b", "256"], "s3cret"),
        ("pem", vec!["-t", "rsa", "-b", "2048", "-m", "PEM"], ""),
        ("pem-encrypted", vec!["-t", "ecdsa", "-b", "384", "-m", "PEM"], "pem-s3cret"),
    ] {
        let path = dir.path().join(name);
        let status = Command::new("ssh-keygen")
            .args(&args)
            .args(["-q", "-N", passphrase, "-C", "", "-f"])
            .arg(&path)
            .status()
            .unwrap();
        assert!(status.success());
        let private_key = std::fs::read(&path).unwrap();
        let public = std::fs::read_to_string(path.with_extension("pub")).unwrap();
        let loaded = keys::load(&private_key, Some(passphrase)).unwrap();
        assert_eq!(loaded.private_key, private_key, "{name}: kept as given");
        assert_eq!(
            loaded.public_key.split_whitespace().collect::<Vec<_>>(),
            public.split_whitespace().take(2).collect::<Vec<_>>(),
            "{name}"
        );
        if !passphrase.is_empty() {
            assert!(matches!(keys::load(&private_key, None), Err(KeyError::PassphraseRequired)));
            assert!(keys::load(&private_key, Some("wrong")).is_err());
        }
    }
    assert!(keys::load(b"not a key", None).is_err());
}
