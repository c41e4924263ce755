//! Extraction: a round trip, then one crafted archive per attack, each checked to leave nothing outside
//! the destination.

use std::fs;
use std::os::unix::fs::PermissionsExt;

use artifact::archive::{write_archive, NoFilter};
use artifact::untar::{untar, untar_plain, LinkPolicy, UntarError, UntarOptions, DEFAULT_MAX_UNTAR_SIZE};

use crate::common::*;

/// A sandbox: `dest/` to extract into, `outside/secret` that must never change, and nothing else.
struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    fn new() -> Self {
        let dir = temp();
        write_tree(dir.path(), &[("outside/secret", "secret")]);
        Sandbox { dir }
    }
    fn dest(&self) -> std::path::PathBuf {
        self.dir.path().join("dest")
    }
    fn outside(&self) -> std::path::PathBuf {
        self.dir.path().join("outside")
    }
    /// Nothing but `dest/…`, `outside/` and `outside/secret` exists, and the secret is unchanged.
    fn assert_contained(&self) {
        let all = listing(self.dir.path());
        for p in &all {
            assert!(
                p == "dest" || p.starts_with("dest/") || p == "outside" || p == "outside/secret",
                "{p} written outside dest: {all:?}"
            );
        }
        assert_eq!(fs::read_to_string(self.outside().join("secret")).unwrap(), "secret");
    }
    fn untar(&self, tgz: &[u8], options: &UntarOptions) -> Result<artifact::untar::UntarStats, UntarError> {
        untar(tgz, &self.dest(), options)
    }
}

fn reject() -> UntarOptions {
    UntarOptions::default()
}

fn skip() -> UntarOptions {
    UntarOptions { links: LinkPolicy::Skip, ..UntarOptions::default() }
}

#[test]
fn round_trip_keeps_contents_and_artifact_modes() {
    let src = temp();
    write_tree(src.path(), &[("apps/a.yaml", "a: 1\n"), ("run.sh", "#!/bin/sh\n"), ("empty/", "")]);
    chmod(&src.path().join("run.sh"), 0o755);
    let (tgz, _) = write_archive(src.path(), &NoFilter, Vec::new()).unwrap();
    let sb = Sandbox::new();
    let stats = sb.untar(&tgz, &reject()).unwrap();
    assert_eq!((stats.files, stats.dirs, stats.bytes), (2, 3, 15));
    let dest = sb.dest();
    assert_eq!(listing(&dest), ["apps", "apps/a.yaml", "empty", "run.sh"]);
    assert_eq!(fs::read_to_string(dest.join("apps/a.yaml")).unwrap(), "a: 1\n");
    let mode = |p: &str| fs::metadata(dest.join(p)).unwrap().permissions().mode() & 0o777;
    // Modes from the headers (the umask may only take bits away).
    assert_eq!(mode("apps/a.yaml") & 0o700, 0o600);
    assert_eq!(mode("run.sh") & 0o700, 0o700);
    assert_eq!(mode("apps") & 0o700, 0o700);
    // mtime 0 in the header: the epoch, as upstream sets it.
    let mtime = fs::metadata(dest.join("run.sh")).unwrap().modified().unwrap();
    assert_eq!(mtime, std::time::SystemTime::UNIX_EPOCH);
    sb.assert_contained();
}

#[test]
fn dot_dot_names_are_refused() {
    for name in ["../outside/secret", "a/../../outside/secret", "./../outside/secret", "..", "a/.."] {
        let sb = Sandbox::new();
        let tgz = Crafted::default().file(name, b"pwned").tgz();
        let err = sb.untar(&tgz, &reject()).unwrap_err();
        assert!(matches!(err, UntarError::InvalidName(_)), "{name}: {err}");
        sb.assert_contained();
    }
}

#[test]
fn absolute_and_backslash_names_are_refused() {
    let sb = Sandbox::new();
    let abs = format!("{}/secret", sb.outside().display());
    for name in [abs.as_str(), "/etc/passwd", "..\\outside\\secret", "a\\b"] {
        let tgz = Crafted::default().file(name, b"pwned").tgz();
        let err = sb.untar(&tgz, &reject()).unwrap_err();
        assert!(matches!(err, UntarError::InvalidName(_)), "{name}: {err}");
    }
    sb.assert_contained();
}

#[test]
fn long_names_cannot_smuggle_dot_dot() {
    // PAX `path` record.
    let sb = Sandbox::new();
    let tgz = Crafted::default().pax(&[("path", "../outside/secret")]).file("innocent", b"pwned").tgz();
    assert!(matches!(sb.untar(&tgz, &reject()).unwrap_err(), UntarError::InvalidName(n) if n.contains("..")));
    sb.assert_contained();
    // GNU long name.
    let sb = Sandbox::new();
    let tgz = Crafted::default().gnu_long_name("../../outside/secret").file("innocent", b"pwned").tgz();
    assert!(matches!(sb.untar(&tgz, &reject()).unwrap_err(), UntarError::InvalidName(n) if n.contains("..")));
    sb.assert_contained();
}

#[test]
fn symlinks_are_refused_or_dropped_never_followed() {
    for (kind, flag) in [("symlink", b'2'), ("hard link", b'1')] {
        for target in ["/etc", "../outside", "../outside/secret", "inside"] {
            let tgz = Crafted::default().link(flag, "link", target).file("link/secret", b"pwned").tgz();
            let sb = Sandbox::new();
            match sb.untar(&tgz, &reject()) {
                Err(UntarError::Link { kind: k, .. }) => assert_eq!(k, kind),
                other => panic!("{kind} to {target}: {other:?}"),
            }
            sb.assert_contained();

            // Skipped: the link is not created, so `link/secret` becomes a plain file in a real directory.
            let sb = Sandbox::new();
            let stats = sb.untar(&tgz, &skip()).unwrap();
            assert_eq!(stats.skipped_links, 1);
            let link = sb.dest().join("link");
            assert!(fs::symlink_metadata(&link).unwrap().is_dir(), "{kind} to {target}");
            assert_eq!(fs::read(link.join("secret")).unwrap(), b"pwned");
            sb.assert_contained();
        }
    }
}

#[test]
fn symlinks_already_in_the_destination_are_not_followed() {
    // A directory symlink on the way to an entry.
    let sb = Sandbox::new();
    fs::create_dir_all(sb.dest()).unwrap();
    std::os::unix::fs::symlink(sb.outside(), sb.dest().join("link")).unwrap();
    let tgz = Crafted::default().file("link/secret", b"pwned").tgz();
    assert!(matches!(sb.untar(&tgz, &skip()).unwrap_err(), UntarError::NotADirectory { .. }));
    sb.assert_contained();

    // A file symlink at the entry's own name.
    let sb = Sandbox::new();
    fs::create_dir_all(sb.dest()).unwrap();
    std::os::unix::fs::symlink(sb.outside().join("secret"), sb.dest().join("app.yaml")).unwrap();
    let tgz = Crafted::default().file("app.yaml", b"pwned").tgz();
    let err = sb.untar(&tgz, &skip()).unwrap_err();
    assert!(matches!(err, UntarError::NotADirectory { .. }), "{err}");
    sb.assert_contained();

    // A destination that is itself a symlink.
    let sb = Sandbox::new();
    std::os::unix::fs::symlink(sb.outside(), sb.dest()).unwrap();
    let tgz = Crafted::default().file("secret", b"pwned").tgz();
    assert!(matches!(sb.untar(&tgz, &skip()).unwrap_err(), UntarError::DestinationNotADirectory(_)));
    assert_eq!(fs::read_to_string(sb.outside().join("secret")).unwrap(), "secret");
}

#[test]
fn devices_fifos_and_sparse_files_are_refused() {
    for (flag, what) in
        [(b'3', "character device"), (b'4', "block device"), (b'6', "fifo"), (b'S', "sparse"), (b'V', "volume")]
    {
        let sb = Sandbox::new();
        let tgz = Crafted::default().header("dev", flag, 0).tgz();
        let err = sb.untar(&tgz, &reject()).unwrap_err();
        assert!(matches!(err, UntarError::Unsupported { .. } | UntarError::Read(_)), "{what}: {err}");
        assert!(!sb.dest().join("dev").exists(), "{what}");
        sb.assert_contained();
    }
}

#[test]
fn sizes_above_the_limit_are_refused_before_writing() {
    assert_eq!(DEFAULT_MAX_UNTAR_SIZE, 100 * 1024 * 1024);
    // A header claiming more than the default limit: refused before any byte of it is read.
    let sb = Sandbox::new();
    let tgz = Crafted::default().file("small", b"ok").header("huge", b'0', DEFAULT_MAX_UNTAR_SIZE + 1).tgz();
    match sb.untar(&tgz, &reject()).unwrap_err() {
        UntarError::TooLarge { name, limit } => assert_eq!((name.as_str(), limit), ("huge", DEFAULT_MAX_UNTAR_SIZE)),
        other => panic!("{other}"),
    }
    assert!(!sb.dest().join("huge").exists());

    // The limit is on the sum of the entries, and configurable.
    let tgz = Crafted::default().file("a", &[b'a'; 60]).file("b", &[b'b'; 60]).tgz();
    let sb = Sandbox::new();
    let small = UntarOptions { max_size: Some(100), ..reject() };
    assert!(matches!(sb.untar(&tgz, &small).unwrap_err(), UntarError::TooLarge { .. }));
    assert!(!sb.dest().join("b").exists());
    let sb = Sandbox::new();
    sb.untar(&tgz, &UntarOptions { max_size: None, ..reject() }).unwrap();
    assert_eq!(fs::read(sb.dest().join("b")).unwrap().len(), 60);

    // A real decompression bomb: 101 MiB of zeros, a few hundred KiB compressed.
    let zeros = vec![0u8; (DEFAULT_MAX_UNTAR_SIZE + (1 << 20)) as usize];
    let tgz = Crafted::default().file("bomb", &zeros).tgz();
    assert!(tgz.len() < 1 << 20);
    let sb = Sandbox::new();
    assert!(matches!(sb.untar(&tgz, &reject()).unwrap_err(), UntarError::TooLarge { .. }));
    assert!(!sb.dest().join("bomb").exists());
}

#[test]
fn entry_count_limit() {
    let mut c = Crafted::default();
    for i in 0..10 {
        c = c.file(&format!("f{i}"), b"");
    }
    let sb = Sandbox::new();
    let err = sb.untar(&c.tgz(), &UntarOptions { max_entries: Some(5), ..reject() }).unwrap_err();
    assert!(matches!(err, UntarError::TooManyEntries { limit: 5 }));
}

#[test]
fn not_gzip_and_plain_tar() {
    let sb = Sandbox::new();
    let tar = Crafted::default().dir("d").file("d/a", b"a").tar();
    assert!(matches!(sb.untar(&tar, &reject()).unwrap_err(), UntarError::Read(_)));
    untar_plain(&tar[..], &sb.dest(), &reject()).unwrap();
    assert_eq!(fs::read(sb.dest().join("d/a")).unwrap(), b"a");
    // A file where the destination should be.
    let err = untar_plain(&tar[..], &sb.dest().join("d/a"), &reject()).unwrap_err();
    assert!(matches!(err, UntarError::DestinationNotADirectory(_)));
}

#[test]
fn directories_stay_writable_for_cleanup() {
    let sb = Sandbox::new();
    // A read-only directory holding a read-only file.
    let mut tar = Vec::new();
    tar.extend_from_slice(&raw_header(b"ro", b'5', 0o500, 0, b""));
    tar.extend_from_slice(&raw_header(b"ro/f", b'0', 0o400, 1, b""));
    tar.push(b'x');
    tar.extend_from_slice(&[0u8; 511 + 1024]);
    untar_plain(&tar[..], &sb.dest(), &reject()).unwrap();
    let mode = fs::metadata(sb.dest().join("ro")).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode & 0o700, 0o700);
    fs::remove_dir_all(sb.dest()).unwrap();
}
