//! `checkout` for every kind of reference, the "unchanged" skip, depth, sparse checkout and
//! submodules, against real servers.

use std::path::Path;
use std::process::Command;

use git::testing::{git_binary, tempdir, FileChange, GitDaemon, GitHttpServer, HttpAuth, HttpServerOptions, TestRepo};
use git::{checkout, remote_refs, Auth, Checkout, CheckoutOptions, Error, Reference};

/// A repository with history on `main` and `master`, branch `dev`, tags and a pull-request ref.
pub struct World {
    pub root: tempfile::TempDir,
    pub repo: TestRepo,
    pub main: String,
    pub main_first: String,
    pub dev: String,
    pub master: String,
    pub v1_0_0_tag_object: String,
    pub v1_0_0: String,
    pub v1_2_0: String,
    pub pr: String,
}

impl World {
    pub fn new() -> World {
        let root = tempdir();
        let repo = TestRepo::init(root.path(), "app.git");
        let main_first = repo.commit("main", &[("README.md", "one\n"), ("deploy/app.yaml", "v: 1\n")], "first");
        let v1_0_0 = repo.commit("main", &[("deploy/app.yaml", "v: 2\n")], "second");
        let v1_0_0_tag_object = repo.annotated_tag("v1.0.0", &v1_0_0, "release 1.0.0");
        let v1_2_0 = repo.commit("main", &[("deploy/app.yaml", "v: 3\n"), ("apps/x/y.yaml", "y\n")], "third");
        repo.tag("v1.2.0", &v1_2_0);
        repo.tag("0.9.0", &main_first);
        repo.tag("not-a-version", &v1_2_0);
        let main = repo.commit("main", &[("deploy/app.yaml", "v: 4\n")], "fourth\n\nwith a body");
        repo.tag("v2.0.0", &main);
        repo.tag("v1.3.0-rc.1", &main);
        repo.branch("dev", &v1_2_0);
        let dev = repo.commit("dev", &[("dev.txt", "dev\n")], "on dev");
        repo.branch("master", &main_first);
        let master = main_first.clone();
        let pr = repo.commit("pr-work", &[("pr.txt", "pr\n")], "pull request");
        repo.set_ref("refs/pull/1/head", &pr);
        repo.delete_ref("refs/heads/pr-work");
        World { root, repo, main, main_first, dev, master, v1_0_0_tag_object, v1_0_0, v1_2_0, pr }
    }
}

pub fn git_in(dir: &Path, args: &[&str]) -> String {
    let out = Command::new(git_binary())
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .output()
        .expect("run git");
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

pub fn checked_out(result: Result<Checkout, Error>) -> git::Commit {
    match result {
        Ok(Checkout::CheckedOut(commit)) => *commit,
        other => panic!("expected a checkout, got {other:?}"),
    }
}

fn get(url: &str, reference: Reference) -> (tempfile::TempDir, git::Commit) {
    let dest = tempdir();
    let commit = checked_out(checkout(url, &Auth::default(), &reference, &CheckoutOptions::default(), dest.path()));
    (dest, commit)
}

fn read(dir: &Path, file: &str) -> String {
    std::fs::read_to_string(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

#[test]
fn branches_tags_semver_names_and_commits() {
    let w = World::new();
    let server = GitHttpServer::start(w.root.path());
    let url = server.url("app.git");

    let (dest, c) = get(&url, Reference::branch("main"));
    assert_eq!(c.hash, w.main);
    assert_eq!(c.reference, "refs/heads/main");
    assert_eq!(c.revision(), format!("main@sha1:{}", w.main));
    assert_eq!(read(dest.path(), "deploy/app.yaml"), "v: 4\n");
    assert_eq!(c.message, "fourth\n\nwith a body\n");
    assert_eq!(c.short_message(), "fourth");
    assert_eq!(c.author.name, "Flux Test");
    assert_eq!(c.committer.email, "test@flux-rs.invalid");
    assert!(c.signature.is_none() && c.referencing_tag.is_none());
    assert_eq!(git_in(dest.path(), &["symbolic-ref", "HEAD"]), "refs/heads/main");
    assert_eq!(git_in(dest.path(), &["status", "--porcelain"]), "", "the index matches the work tree");

    let (_, c) = get(&url, Reference::default());
    assert_eq!(c.revision(), format!("master@sha1:{}", w.master), "no reference means master");

    let (dest, c) = get(&url, Reference::tag("v1.0.0"));
    assert_eq!(c.hash, w.v1_0_0, "an annotated tag is peeled to its commit");
    assert_eq!(c.revision(), format!("v1.0.0@sha1:{}", w.v1_0_0));
    let tag = c.referencing_tag.expect("the annotated tag");
    assert_eq!(
        (tag.hash.as_str(), tag.name.as_str(), tag.message.as_str()),
        (w.v1_0_0_tag_object.as_str(), "v1.0.0", "release 1.0.0\n")
    );
    assert_eq!(read(dest.path(), "deploy/app.yaml"), "v: 2\n");
    assert_eq!(git_in(dest.path(), &["rev-parse", "HEAD"]), w.v1_0_0);

    let (_, c) = get(&url, Reference::tag("v1.2.0"));
    assert_eq!(c.revision(), format!("v1.2.0@sha1:{}", w.v1_2_0));
    assert!(c.referencing_tag.is_none(), "a lightweight tag has no tag object");

    let (_, c) = get(&url, Reference::semver(">=1.0.0 <2.0.0"));
    assert_eq!(c.revision(), format!("v1.2.0@sha1:{}", w.v1_2_0), "highest match, pre-releases excluded");
    let (_, c) = get(&url, Reference::semver("*"));
    assert_eq!(c.revision(), format!("v2.0.0@sha1:{}", w.main));
    let (_, c) = get(&url, Reference::semver(">=1.3.0-rc.0 <2.0.0-0"));
    assert_eq!(c.revision(), format!("v1.3.0-rc.1@sha1:{}", w.main));
    let (_, c) = get(&url, Reference::semver("~0.9"));
    assert_eq!(c.reference, "refs/tags/0.9.0");

    let (dest, c) = get(&url, Reference::name("refs/pull/1/head"));
    assert_eq!(c.revision(), format!("refs/pull/1/head@sha1:{}", w.pr));
    assert_eq!(read(dest.path(), "pr.txt"), "pr\n");
    let (_, c) = get(&url, Reference::name("HEAD"));
    assert_eq!(c.revision(), format!("HEAD@sha1:{}", w.main));
    let (_, c) = get(&url, Reference::name("refs/heads/dev"));
    assert_eq!(c.revision(), format!("refs/heads/dev@sha1:{}", w.dev));
    let (_, c) = get(&url, Reference::name("refs/tags/v1.0.0"));
    assert_eq!(c.revision(), format!("refs/tags/v1.0.0@sha1:{}", w.v1_0_0));
    let (_, c) = get(&url, Reference::name("refs/tags/v1.0.0^{}"));
    assert_eq!(c.revision(), format!("refs/tags/v1.0.0^{{}}@sha1:{}", w.v1_0_0));

    let (dest, c) = get(&url, Reference::commit(&w.v1_0_0));
    assert_eq!(c.revision(), format!("sha1:{}", w.v1_0_0));
    assert_eq!(read(dest.path(), "deploy/app.yaml"), "v: 2\n");
    let (dest, c) = get(&url, Reference::commit_on(&w.v1_2_0, "dev"));
    assert_eq!(c.revision(), format!("dev@sha1:{}", w.v1_2_0));
    assert!(!dest.path().join("dev.txt").exists());

    // Precedence: commit > name > semver > tag > branch.
    let all = Reference {
        branch: Some("main".into()),
        tag: Some("v1.0.0".into()),
        semver: Some("*".into()),
        name: Some("refs/heads/dev".into()),
        commit: Some(w.main_first.clone()),
    };
    let (_, c) = get(&url, all.clone());
    assert_eq!(c.revision(), format!("main@sha1:{}", w.main_first));
    let (_, c) = get(&url, Reference { commit: None, ..all.clone() });
    assert_eq!(c.revision(), format!("refs/heads/dev@sha1:{}", w.dev));
    let (_, c) = get(&url, Reference { commit: None, name: None, ..all.clone() });
    assert_eq!(c.revision(), format!("v2.0.0@sha1:{}", w.main));
    let (_, c) = get(&url, Reference { commit: None, name: None, semver: None, ..all });
    assert_eq!(c.revision(), format!("v1.0.0@sha1:{}", w.v1_0_0));
}

#[test]
fn missing_references_use_upstreams_words() {
    let w = World::new();
    let server = GitHttpServer::start(w.root.path());
    let url = server.url("app.git");
    let fail = |reference: Reference| {
        let dest = tempdir();
        checkout(&url, &Auth::default(), &reference, &CheckoutOptions::default(), dest.path()).unwrap_err()
    };
    let cases = [
        (
            Reference::branch("nope"),
            format!("unable to clone: couldn't find remote ref \"refs/heads/nope\": git repository: '{url}'"),
        ),
        (
            Reference::tag("v9"),
            format!("unable to clone: couldn't find remote ref \"refs/tags/v9\": git repository: '{url}'"),
        ),
        (Reference::semver(">=5.0.0"), "no match found for semver: >=5.0.0".to_string()),
        (
            Reference::name("refs/pull/9/head"),
            "unable to resolve ref 'refs/pull/9/head' to a specific commit".to_string(),
        ),
        (
            Reference::commit(&"1".repeat(40)),
            format!("unable to resolve commit object for '{}': object not found", "1".repeat(40)),
        ),
        (
            Reference::commit_on(&w.dev, "main"),
            format!("unable to resolve commit object for '{}': object not found", w.dev),
        ),
    ];
    for (reference, message) in cases {
        let err = fail(reference.clone());
        assert!(matches!(err, Error::ReferenceNotFound { .. }), "{reference:?}: {err:?}");
        assert_eq!(err.to_string(), message);
    }
    let err = fail(Reference::commit_on(&w.main, "gone"));
    assert_eq!(
        err.to_string(),
        format!("unable to clone: couldn't find remote ref \"refs/heads/gone\": git repository: '{url}'")
    );
    assert!(matches!(fail(Reference::semver("not a range")), Error::InvalidReference(_)));
    assert!(matches!(fail(Reference::name("refs/heads/")), Error::InvalidReference(_)));

    let empty = TestRepo::init(w.root.path(), "empty.git");
    let dest = tempdir();
    let err = checkout(
        &server.url(empty.name()),
        &Auth::default(),
        &Reference::branch("main"),
        &CheckoutOptions::default(),
        dest.path(),
    )
    .unwrap_err();
    assert!(matches!(err, Error::EmptyRepository { .. }), "{err:?}");

    let err = checkout(
        &server.url("missing.git"),
        &Auth::default(),
        &Reference::branch("main"),
        &CheckoutOptions::default(),
        tempdir().path(),
    )
    .unwrap_err();
    assert!(matches!(err, Error::RepositoryNotFound { .. }), "{err:?}");
}

#[test]
fn unchanged_remote_is_not_cloned() {
    let w = World::new();
    let server = GitHttpServer::start(w.root.path());
    let url = server.url("app.git");
    let with_last = |last: String| CheckoutOptions { last_observed_revision: Some(last), ..Default::default() };

    for (reference, revision) in [
        (Reference::branch("main"), format!("main@sha1:{}", w.main)),
        (Reference::tag("v1.0.0"), format!("v1.0.0@sha1:{}", w.v1_0_0)),
        (Reference::name("refs/pull/1/head"), format!("refs/pull/1/head@sha1:{}", w.pr)),
    ] {
        server.log().clear();
        let dest = tempdir();
        let out = checkout(&url, &Auth::default(), &reference, &with_last(revision.clone()), dest.path()).unwrap();
        assert!(out.is_unchanged(), "{reference:?}: {out:?}");
        assert_eq!(out.revision(), revision);
        assert_eq!(server.log().fetches(), 0, "{reference:?} fetched a pack: {:?}", server.log().entries());
        assert_eq!(std::fs::read_dir(dest.path()).unwrap().count(), 0, "dest was touched");
    }

    // The legacy `<branch>/<hash>` form counts as the same revision.
    let out = checkout(
        &url,
        &Auth::default(),
        &Reference::branch("main"),
        &with_last(format!("main/{}", w.main)),
        tempdir().path(),
    )
    .unwrap();
    assert!(out.is_unchanged());

    // A new commit is fetched.
    let newer = w.repo.commit("main", &[("new.txt", "new\n")], "newer");
    server.log().clear();
    let dest = tempdir();
    let out = checkout(
        &url,
        &Auth::default(),
        &Reference::branch("main"),
        &with_last(format!("main@sha1:{}", w.main)),
        dest.path(),
    )
    .unwrap();
    assert_eq!(out.revision(), format!("main@sha1:{newer}"));
    assert!(out.commit().is_some());
    assert_eq!(server.log().fetches(), 1);
    assert!(dest.path().join("new.txt").is_file());

    // A branch deleted since the last reconciliation: listed twice (the skip, then to tell a missing
    // branch from an empty repository), and reported in upstream's words.
    let err = checkout(
        &url,
        &Auth::default(),
        &Reference::branch("gone"),
        &with_last(format!("gone@sha1:{}", w.main)),
        tempdir().path(),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("unable to clone: couldn't find remote ref \"refs/heads/gone\": git repository: '{url}'")
    );
}

#[test]
fn semver_ties_are_fetched_into_the_scratch_repository() {
    let w = World::new();
    w.repo.tag("v3.0.0+a", &w.main_first);
    w.repo.tag("v3.0.0+b", &w.main);
    let server = GitHttpServer::start(w.root.path());
    // Equal versions but for build metadata: both tags are fetched to compare their commits' times (the
    // test commits may share a second, so either may win), then the winner is cloned.
    let (dest, c) = get(&server.url("app.git"), Reference::semver(">=3.0.0"));
    let (tag, hash) = c.revision().split_once("@sha1:").map(|(t, h)| (t.to_string(), h.to_string())).unwrap();
    let expected = if tag == "v3.0.0+a" { &w.main_first } else { &w.main };
    assert!(tag == "v3.0.0+a" || tag == "v3.0.0+b", "{tag}");
    assert_eq!(&hash, expected);
    assert_eq!(git_in(dest.path(), &["rev-parse", "HEAD"]), hash);
}

#[test]
fn shallow_where_upstream_is_and_full_for_commits() {
    let w = World::new();
    let server = GitHttpServer::start(w.root.path());
    let url = server.url("app.git");

    let (dest, _) = get(&url, Reference::branch("main"));
    assert_eq!(git_in(dest.path(), &["rev-list", "--count", "HEAD"]), "1");
    assert!(dest.path().join(".git/shallow").is_file());
    assert_eq!(git_in(dest.path(), &["tag"]), "", "branch clones fetch no tags");

    let (dest, _) = get(&url, Reference::tag("v1.0.0"));
    assert_eq!(git_in(dest.path(), &["rev-list", "--count", "HEAD"]), "1");

    let dest = tempdir();
    let full = CheckoutOptions { shallow: false, ..Default::default() };
    checked_out(checkout(&url, &Auth::default(), &Reference::branch("main"), &full, dest.path()));
    assert_eq!(git_in(dest.path(), &["rev-list", "--count", "HEAD"]), "4");

    let (dest, _) = get(&url, Reference::commit_on(&w.v1_2_0, "dev"));
    assert_eq!(git_in(dest.path(), &["rev-list", "--count", "HEAD"]), "3", "commit references fetch history");
}

#[test]
fn sparse_checkout_writes_only_the_directories() {
    let w = World::new();
    let server = GitHttpServer::start(w.root.path());
    let dest = tempdir();
    let options = CheckoutOptions { sparse_checkout: vec!["./deploy".into(), "apps/x/".into()], ..Default::default() };
    let c = checked_out(checkout(
        &server.url("app.git"),
        &Auth::default(),
        &Reference::branch("main"),
        &options,
        dest.path(),
    ));
    assert_eq!(c.hash, w.main);
    assert_eq!(read(dest.path(), "deploy/app.yaml"), "v: 4\n");
    assert_eq!(read(dest.path(), "apps/x/y.yaml"), "y\n");
    assert!(!dest.path().join("README.md").exists());
}

#[test]
fn sparse_checkout_of_a_missing_path_fails_at_once_and_not_as_a_timeout() {
    let w = World::new();
    let server = GitHttpServer::start(w.root.path());
    let dest = tempdir();
    let options = CheckoutOptions { sparse_checkout: vec!["./nowhere".into()], ..Default::default() };
    let started = std::time::Instant::now();
    let result = checkout(&server.url("app.git"), &Auth::default(), &Reference::branch("main"), &options, dest.path());
    // Upstream checks the paths after checkout (`validateSparseCheckoutPaths`); whatever the library does with
    // a path that matches nothing, it must answer promptly and never claim the server timed out.
    if let Err(e) = &result {
        assert!(!matches!(e, git::Error::Timeout { .. }), "reported as a timeout: {e}");
    }
    assert!(started.elapsed() < options.timeout, "took {:?}", started.elapsed());
}

#[test]
fn submodules_are_checked_out_with_the_same_credentials() {
    let root = tempdir();
    let lib = TestRepo::init(root.path(), "lib.git");
    let inner = TestRepo::init(root.path(), "inner.git");
    let inner_head = inner.commit("main", &[("inner.txt", "inner\n")], "inner");
    lib.commit("main", &[("lib.txt", "lib v1\n")], "lib 1");
    let lib_head = lib.commit_changes(
        "main",
        &[
            FileChange::write("lib.txt", "lib v2\n"),
            FileChange::Submodule { path: "deep".into(), url: "../inner.git".into(), commit: inner_head },
        ],
        "lib 2",
    );
    lib.commit("main", &[("lib.txt", "lib v3, not pinned\n")], "lib 3");
    let app = TestRepo::init(root.path(), "app.git");
    app.commit_changes(
        "main",
        &[
            FileChange::write("app.txt", "app\n"),
            FileChange::Submodule { path: "vendor/lib".into(), url: "../lib.git".into(), commit: lib_head },
        ],
        "app",
    );
    let server = GitHttpServer::start_with(
        root.path(),
        HttpServerOptions {
            auth: HttpAuth::Basic { username: "u".into(), password: "sub-pass".into() },
            ..Default::default()
        },
    );
    let auth = Auth {
        basic: Some(git::auth::Basic { username: "u".into(), password: "sub-pass".into() }),
        ..Default::default()
    };

    let dest = tempdir();
    let options = CheckoutOptions { recurse_submodules: true, ..Default::default() };
    checked_out(checkout(&server.url("app.git"), &auth, &Reference::branch("main"), &options, dest.path()));
    assert_eq!(read(dest.path(), "vendor/lib/lib.txt"), "lib v2\n", "the pinned commit");
    assert_eq!(read(dest.path(), "vendor/lib/deep/inner.txt"), "inner\n", "recursively");

    let dest = tempdir();
    checked_out(checkout(
        &server.url("app.git"),
        &auth,
        &Reference::branch("main"),
        &CheckoutOptions::default(),
        dest.path(),
    ));
    assert!(!dest.path().join("vendor/lib/lib.txt").exists(), "submodules only when asked");
}

#[test]
fn git_protocol_and_local_files() {
    let w = World::new();
    let daemon = GitDaemon::start(w.root.path());
    let (dest, c) = get(&daemon.url("app.git"), Reference::tag("v1.0.0"));
    assert_eq!(c.hash, w.v1_0_0);
    assert_eq!(read(dest.path(), "deploy/app.yaml"), "v: 2\n");
    let (_, c) = get(&daemon.url("app.git"), Reference::commit(&w.main_first));
    assert_eq!(c.revision(), format!("sha1:{}", w.main_first));

    let (dest, c) = get(&w.repo.file_url(), Reference::branch("dev"));
    assert_eq!(c.revision(), format!("dev@sha1:{}", w.dev));
    assert_eq!(read(dest.path(), "dev.txt"), "dev\n");
    let (_, c) = get(&w.repo.file_url(), Reference::semver("<1.0.0"));
    assert_eq!(c.reference, "refs/tags/0.9.0");
}

#[test]
fn remote_refs_lists_heads_tags_and_head() {
    let w = World::new();
    let server = GitHttpServer::start(w.root.path());
    let refs = remote_refs(&server.url("app.git"), &Auth::default()).unwrap();
    let find = |name: &str| refs.iter().find(|r| r.name == name).unwrap_or_else(|| panic!("{name} in {refs:?}"));
    assert_eq!(find("refs/heads/main").target.to_string(), w.main);
    assert_eq!(find("refs/pull/1/head").target.to_string(), w.pr);
    let tag = find("refs/tags/v1.0.0");
    assert_eq!(tag.target.to_string(), w.v1_0_0_tag_object);
    assert_eq!(tag.commit().to_string(), w.v1_0_0);
    assert_eq!(find("HEAD").symbolic_target.as_deref(), Some("refs/heads/main"));
    assert_eq!(server.log().fetches(), 0);
}

#[test]
fn signed_commits_carry_signature_and_payload() {
    let root = tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    repo.commit("main", &[("a", "a\n")], "unsigned");
    let armor = "-----BEGIN PGP SIGNATURE-----\n\niQEzBAABCAAdFiEE\n=abcd\n-----END PGP SIGNATURE-----";
    let signed = repo.commit_signed("main", &[("b", "b\n")], "signed", armor);
    let (_, c) = get(&repo.file_url(), Reference::branch("main"));
    assert_eq!(c.hash, signed);
    assert_eq!(c.signature.as_deref(), Some(armor));
    let raw = repo.git(&["cat-file", "commit", &signed]);
    let payload = String::from_utf8(c.encoded).unwrap();
    assert!(!payload.contains("gpgsig") && !payload.contains("BEGIN PGP"), "{payload}");
    assert!(raw.starts_with(payload.lines().next().unwrap()));
    assert_eq!(
        payload.trim_end(),
        raw.lines().filter(|l| !l.starts_with("gpgsig") && !l.starts_with(' ')).collect::<Vec<_>>().join("\n")
    );
}
