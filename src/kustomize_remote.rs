//! The kustomize engine's remote loader: remote bases cloned with the Git module, manifest files
//! fetched over HTTP(S). Clones live in a temporary directory, made at the first clone (most builds have
//! no remote base, and the controller builds on every reconciliation), that goes when the loader does.

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use kustomize::remote::RepoSpec;

/// How long an HTTP(S) manifest download may take.
const FILE_TIMEOUT: Duration = Duration::from_secs(60);

/// Clones into, and downloads for, one build.
#[derive(Default)]
pub struct GitRemoteLoader {
    dir: std::sync::OnceLock<tempfile::TempDir>,
    clones: AtomicUsize,
}

impl GitRemoteLoader {
    pub fn new() -> GitRemoteLoader {
        GitRemoteLoader::default()
    }

    /// The directory clones go to, made on first use.
    fn dir(&self) -> Result<&std::path::Path, String> {
        if let Some(dir) = self.dir.get() {
            return Ok(dir.path());
        }
        let made = tempfile::Builder::new()
            .prefix("kustomize-remote-")
            .tempdir()
            .map_err(|e| format!("creating a directory for remote bases: {e}"))?;
        Ok(self.dir.get_or_init(|| made).path())
    }
}

/// kustomize's `ref`: a full commit hash, a branch or a tag name, a full ref name, or nothing for
/// the remote's HEAD — resolved against the remote's refs, as `git fetch <url> <ref>` would.
fn resolve(repo: &RepoSpec) -> Result<git::Reference, String> {
    let wanted = repo.reference.as_str();
    if wanted.len() == 40 && wanted.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(git::Reference::commit(wanted));
    }
    let refs =
        git::remote_refs_within(&repo.clone_url, &git::Auth::default(), repo.timeout).map_err(|e| e.to_string())?;
    if wanted.is_empty() {
        let head = refs.iter().find(|r| r.name == "HEAD").and_then(|r| r.symbolic_target.as_deref());
        return match head.and_then(|h| h.strip_prefix("refs/heads/")) {
            Some(branch) => Ok(git::Reference::branch(branch)),
            None => Err("the remote has no default branch (HEAD)".into()),
        };
    }
    let has = |name: &str| refs.iter().any(|r| r.name == name);
    if has(&format!("refs/heads/{wanted}")) {
        Ok(git::Reference::branch(wanted))
    } else if has(&format!("refs/tags/{wanted}")) {
        Ok(git::Reference::tag(wanted))
    } else if wanted.starts_with("refs/") && has(wanted) {
        Ok(git::Reference::name(wanted))
    } else {
        Err(format!("reference '{wanted}' not found (no such branch, tag or commit)"))
    }
}

impl kustomize::RemoteLoader for GitRemoteLoader {
    fn clone_repo(&self, repo: &RepoSpec) -> Result<PathBuf, String> {
        let reference = resolve(repo)?;
        let dest = self.dir()?.join(format!("repo-{}", self.clones.fetch_add(1, Ordering::Relaxed)));
        let options = git::CheckoutOptions {
            shallow: true,
            recurse_submodules: repo.submodules,
            timeout: repo.timeout,
            ..Default::default()
        };
        git::checkout(&repo.clone_url, &git::Auth::default(), &reference, &options, &dest)
            .map_err(|e| e.to_string())?;
        Ok(dest)
    }

    fn fetch_file(&self, url: &str) -> Result<Vec<u8>, String> {
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = reqwest::blocking::Client::builder().timeout(FILE_TIMEOUT).build().map_err(|e| e.to_string())?;
        let response = client.get(url).send().map_err(|e| e.to_string())?;
        let status = response.status();
        if !status.is_success() {
            return Err(format!("HTTP status code {}", status.as_u16()));
        }
        response.bytes().map(|b| b.to_vec()).map_err(|e| e.to_string())
    }
}
