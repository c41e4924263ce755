//! The artifact archive: determinism, exact headers, entry order, what is left out.

use std::fs;
use std::time::{Duration, SystemTime};

use artifact::archive::{write_archive, NoFilter, DIR_MODE, EXE_FILE_MODE, FILE_MODE};
use artifact::digest::Algorithm;

use crate::common::*;

const TREE: &[(&str, &str)] = &[
    ("README.md", "# demo\n"),
    ("apps/podinfo/deployment.yaml", "kind: Deployment\n"),
    ("apps/podinfo/kustomization.yaml", "resources: [deployment.yaml]\n"),
    ("apps-b.yaml", "b\n"),
    ("apps/a.yaml", "a\n"),
    ("scripts/run.sh", "#!/bin/sh\necho hi\n"),
    ("empty/", ""),
    ("Z.yaml", "upper case sorts first\n"),
];

fn build(dir: &std::path::Path) -> Vec<u8> {
    write_archive(dir, &NoFilter, Vec::new()).unwrap().0
}

#[test]
fn same_tree_same_bytes_twice() {
    let src = temp();
    write_tree(src.path(), TREE);
    let one = build(src.path());
    let two = build(src.path());
    assert_eq!(one, two);
    assert_eq!(Algorithm::Sha256.digest(&one), Algorithm::Sha256.digest(&two));
}

#[test]
fn same_tree_same_digest_across_copies_with_other_times_modes_and_owners() {
    let a = temp();
    write_tree(a.path(), TREE);
    chmod(&a.path().join("scripts/run.sh"), 0o755);

    // The copy: files created in reverse order, other permission bits with the same "executable or not",
    // other modification times, another owner (when we may chown), and a symlink that must be skipped.
    let b = temp();
    for (name, content) in TREE.iter().rev() {
        write_tree(b.path(), &[(name, content)]);
    }
    chmod(&b.path().join("scripts/run.sh"), 0o711);
    chmod(&b.path().join("README.md"), 0o644);
    chmod(&b.path().join("apps"), 0o777);
    let past = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000_000);
    for (name, _) in TREE.iter().filter(|(n, _)| !n.ends_with('/')) {
        fs::File::options().write(true).open(b.path().join(name)).unwrap().set_modified(past).unwrap();
    }
    std::os::unix::fs::symlink("README.md", b.path().join("link.md")).unwrap();
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } == 0 {
        for (name, _) in TREE.iter().filter(|(n, _)| !n.ends_with('/')) {
            std::os::unix::fs::chown(b.path().join(name), Some(4242), Some(4242)).unwrap();
        }
    }

    assert_eq!(build(a.path()), build(b.path()));
}

#[test]
fn headers_are_sanitised_and_ordered_like_go_filepath_walk() {
    let src = temp();
    write_tree(src.path(), TREE);
    chmod(&src.path().join("scripts/run.sh"), 0o755);
    chmod(&src.path().join("README.md"), 0o666);
    let tgz = build(src.path());
    let got = entries(&tgz);
    let order: Vec<&str> = got.iter().map(|e| e.name.as_str()).collect();
    // Each directory's names sorted bytewise, depth first: "apps" before "apps-b.yaml" (a directory's
    // contents come right after it), "Z.yaml" before "apps" (upper case first).
    assert_eq!(
        order,
        [
            ".",
            "README.md",
            "Z.yaml",
            "apps",
            "apps/a.yaml",
            "apps/podinfo",
            "apps/podinfo/deployment.yaml",
            "apps/podinfo/kustomization.yaml",
            "apps-b.yaml",
            "empty",
            "scripts",
            "scripts/run.sh",
        ]
    );
    for e in &got {
        assert_eq!((e.uid, e.gid, e.mtime), (0, 0, 0), "{}", e.name);
        assert!(e.uname.is_empty() && e.gname.is_empty(), "{}", e.name);
        let want = match (e.kind, e.name.as_str()) {
            ('5', _) => DIR_MODE,
            ('0', "scripts/run.sh") => EXE_FILE_MODE,
            ('0', _) => FILE_MODE,
            (k, n) => panic!("unexpected entry type {k} for {n}"),
        };
        assert_eq!(e.mode, want, "{}", e.name);
    }
    let readme = got.iter().find(|e| e.name == "README.md").unwrap();
    assert_eq!(readme.content, b"# demo\n");
}

#[test]
fn gnu_tar_lists_what_upstream_would() {
    let src = temp();
    write_tree(src.path(), &[("apps/a.yaml", "a: 1\n"), ("run.sh", "hi\n")]);
    chmod(&src.path().join("run.sh"), 0o755);
    std::os::unix::fs::symlink("apps/a.yaml", src.path().join("link.yaml")).unwrap();
    let out = temp();
    let tgz = out.path().join("a.tar.gz");
    fs::write(&tgz, build(src.path())).unwrap();
    assert_eq!(
        gnu_tar_listing(&tgz),
        [
            "drwxr-x--- 0/0 0 1970-01-01 00:00 .",
            "drwxr-x--- 0/0 0 1970-01-01 00:00 apps",
            "-rw------- 0/0 5 1970-01-01 00:00 apps/a.yaml",
            "-rwx------ 0/0 3 1970-01-01 00:00 run.sh",
        ]
    );
}

#[test]
fn raw_bytes_are_ustar_without_names_and_end_with_two_zero_blocks() {
    let src = temp();
    write_tree(src.path(), &[("a.yaml", "a\n")]);
    let tgz = build(src.path());
    // gzip header: no name, mtime 0, OS "unknown".
    assert_eq!(&tgz[..4], &[0x1f, 0x8b, 8, 0]);
    assert_eq!(&tgz[4..8], &[0, 0, 0, 0]);
    assert_eq!(tgz[9], 255);
    let mut tar = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&tgz[..]), &mut tar).unwrap();
    // ".", header + one data block for a.yaml, two zero blocks.
    assert_eq!(tar.len(), 512 * 5);
    let file = &tar[512..1024];
    assert_eq!(&file[..7], b"a.yaml\0");
    assert_eq!(&file[100..108], b"0000600\0");
    assert_eq!(&file[108..124], b"0000000\x000000000\0");
    assert_eq!(&file[124..136], b"00000000002\0");
    assert_eq!(&file[136..148], b"00000000000\0");
    assert_eq!(&file[257..265], b"ustar\x0000");
    assert!(file[265..329].iter().all(|&c| c == 0));
    assert!(tar[1536..].iter().all(|&c| c == 0));
}

#[test]
fn long_and_non_ascii_names_round_trip() {
    let src = temp();
    let deep = format!("{}/{}", "d".repeat(120), "f".repeat(90));
    let flat = format!("{}.yaml", "x".repeat(200));
    write_tree(src.path(), &[(deep.as_str(), "deep\n"), (flat.as_str(), "flat\n"), ("dir/résumé.yaml", "é\n")]);
    let tgz = build(src.path());
    let got = entries(&tgz);
    for (name, content) in [(deep.as_str(), "deep\n"), (flat.as_str(), "flat\n"), ("dir/résumé.yaml", "é\n")] {
        let e = got.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("{name} missing from {got:?}"));
        assert_eq!(e.content, content.as_bytes());
    }
    let out = temp();
    let path = out.path().join("x.tgz");
    fs::write(&path, &tgz).unwrap();
    let listing = gnu_tar_listing(&path);
    assert!(listing.iter().any(|l| l.ends_with(&flat)), "{listing:?}");
    assert!(listing.iter().any(|l| l.ends_with("dir/résumé.yaml")), "{listing:?}");
}

#[test]
fn excluded_directories_are_walked_unless_the_filter_says_whole_dirs() {
    let src = temp();
    write_tree(src.path(), &[("foo/keep.yaml", "k"), ("foo/drop.yaml", "d"), ("bar.yaml", "b")]);
    // A closure filter gives no promise about whole directories: "foo" is left out, its files are asked.
    let filter = |path: &[&str], _is_dir: bool| path == ["foo"] || path == ["foo", "drop.yaml"];
    let (tgz, stats) = write_archive(src.path(), &filter, Vec::new()).unwrap();
    assert_eq!(names(&tgz), [".", "bar.yaml", "foo/keep.yaml"]);
    assert_eq!((stats.files, stats.dirs), (2, 1));
}

#[test]
fn a_file_is_not_a_directory() {
    let src = temp();
    write_tree(src.path(), &[("a", "a")]);
    let err = write_archive(&src.path().join("a"), &NoFilter, Vec::new()).unwrap_err();
    assert!(err.to_string().contains("not a directory"), "{err}");
    let err = write_archive(&src.path().join("missing"), &NoFilter, Vec::new()).unwrap_err();
    assert!(err.to_string().contains("missing"), "{err}");
}

#[test]
fn a_failing_output_stops_the_walk() {
    #[derive(Debug)]
    struct Failing;
    impl std::io::Write for Failing {
        fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
            Err(std::io::Error::other("disk full"))
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let src = temp();
    let big: Vec<(String, String)> = (0..200).map(|i| (format!("d/f{i}.yaml"), "x".repeat(10_000))).collect();
    let refs: Vec<(&str, &str)> = big.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    write_tree(src.path(), &refs);
    let err = write_archive(src.path(), &NoFilter, Failing).unwrap_err();
    assert!(err.to_string().contains("disk full"), "{err}");
}
