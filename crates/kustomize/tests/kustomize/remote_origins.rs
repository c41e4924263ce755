//! Origins of resources that come from remote bases (`buildMetadata`), against kustomize: a local
//! Git repository reached through `file://` URLs, which both kustomize and a small `git clone`
//! loader can fetch.

use std::path::{Path, PathBuf};
use std::process::Command;

use kustomize::remote::RepoSpec;

use crate::oracle::{self, Outcome, ORACLES};

/// Clones with the `git` command into a temporary directory kept until the loader is dropped.
struct GitClone {
    dir: tempfile::TempDir,
}

impl kustomize::RemoteLoader for GitClone {
    fn clone_repo(&self, repo: &RepoSpec) -> Result<PathBuf, String> {
        let target = self.dir.path().join(format!("clone-{}", std::fs::read_dir(self.dir.path()).unwrap().count()));
        let mut clone = Command::new("git");
        clone.args(["clone", "--quiet", &repo.clone_url]).arg(&target);
        run(&mut clone)?;
        if !repo.reference.is_empty() {
            run(Command::new("git").arg("-C").arg(&target).args(["checkout", "--quiet", &repo.reference]))?;
        }
        Ok(target)
    }

    fn fetch_file(&self, url: &str) -> Result<Vec<u8>, String> {
        Err(format!("no HTTP in this test: {url}"))
    }
}

fn run(command: &mut Command) -> Result<(), String> {
    let out = command.output().map_err(|e| e.to_string())?;
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

#[test]
fn remote_bases_record_repository_ref_and_path() {
    let work = tempfile::tempdir().unwrap();
    let repo = work.path().join("repo");
    write(&repo.join("kustomization.yaml"), "resources: [cm.yaml]\nnamePrefix: r-\n");
    write(&repo.join("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: root\n");
    write(
        &repo.join("app/kustomization.yaml"),
        "resources: [cm.yaml, ../shared]\nconfigMapGenerator:\n- name: gen\n  literals: [a=b]\n",
    );
    write(&repo.join("app/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n");
    write(&repo.join("shared/kustomization.yaml"), "resources: [cm.yaml]\n");
    write(&repo.join("shared/cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shared\n");
    let git = |args: &[&str]| {
        run(Command::new("git").arg("-C").arg(&repo).args(["-c", "user.email=t@t", "-c", "user.name=t"]).args(args))
            .unwrap()
    };
    git(&["init", "--quiet"]);
    git(&["add", "-A"]);
    git(&["commit", "--quiet", "-m", "init"]);
    git(&["tag", "v1.0"]);
    let url = format!("file://{}", repo.display());
    let top = work.path().join("top");
    write(
        &top.join("kustomization.yaml"),
        &format!(
            "resources:\n- {url}\n- {url}//app?ref=v1.0\nbuildMetadata: [originAnnotations, transformerAnnotations]\nnamespace: ns\n"
        ),
    );

    let loader = GitClone { dir: tempfile::tempdir().unwrap() };
    let ours = kustomize::build_with(&kustomize::DiskFs, Some(&loader), &top, &kustomize::Options::default())
        .and_then(|o| o.to_yaml())
        .expect("we build it");
    for (bin, version) in ORACLES {
        match oracle::kustomize(bin, &top, &[]) {
            Outcome::Built(theirs) => assert_eq!(ours, theirs, "kustomize {version}"),
            Outcome::Failed(e) => panic!("kustomize {version} fails: {e}"),
        }
    }
    assert!(ours.contains("path: notCloned/cm.yaml"), "{ours}");
    assert!(ours.contains("ref: v1.0"), "{ours}");
}
