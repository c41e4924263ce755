//! Clone and check out one reference the way Flux's source-controller does (PKG `git/gogit/clone.go`):
//! what is fetched for each kind of reference, the skip when the remote still points at the stored
//! revision, sparse checkout and submodules.

use std::path::Path;
use std::sync::atomic::Ordering;
use std::time::Duration;

use gix::refs::transaction::{Change, LogChange, PreviousValue, RefEdit};
use gix::refs::Target;

use crate::auth::Auth;
use crate::error::Error;
use crate::reference::{
    absolute_revision, short_revision, transform_revision, Checkout, Commit, Reference, Signature, Strategy, Tag,
};
use crate::semver::{Constraints, Version};
use crate::transport::{chain, display_url, parse_url, Deadline, RemoteRef, Session};

/// How to check out, beyond which reference.
#[derive(Clone, Debug)]
pub struct CheckoutOptions {
    /// The revision of the artifact already stored (`status.artifact.revision`). When the remote ref
    /// still points at it, [`checkout`] returns [`Checkout::Unchanged`] after listing refs only.
    /// Applies to branch, tag and `name` references, as upstream.
    pub last_observed_revision: Option<String>,
    /// Fetch only the tip (depth 1) where upstream does: branch, tag, semver and `name` references.
    /// Commit references always fetch full history, as upstream. Default `true`.
    pub shallow: bool,
    /// Only check out these directories (`spec.sparseCheckout`; a leading `./` is ignored).
    pub sparse_checkout: Vec<String>,
    /// Check out submodules, recursively, with the same credentials (`spec.recurseSubmodules`).
    pub recurse_submodules: bool,
    /// The whole operation's time limit (`spec.timeout`, default 60s).
    pub timeout: Duration,
}

impl Default for CheckoutOptions {
    fn default() -> Self {
        CheckoutOptions {
            last_observed_revision: None,
            shallow: true,
            sparse_checkout: Vec::new(),
            recurse_submodules: false,
            timeout: Duration::from_secs(60),
        }
    }
}

/// How deep submodules are followed (go-git's `DefaultSubmoduleRecursionDepth`).
const MAX_SUBMODULE_DEPTH: usize = 10;
/// The remote name written to the checkout's configuration.
const REMOTE: &str = "origin";

/// Clones `url` into `dest` (missing or empty) and checks out `reference`.
///
/// Blocking: it runs the network client on a thread of its own and waits at most `options.timeout`;
/// call it from a blocking context (`tokio::task::spawn_blocking`), never on an async runtime thread.
/// On timeout the worker is told to stop and [`Error::Timeout`] is returned at once; the worker may
/// still be finishing a blocking read, so give every attempt a fresh `dest`.
pub fn checkout(
    url: &str,
    auth: &Auth,
    reference: &Reference,
    options: &CheckoutOptions,
    dest: &Path,
) -> Result<Checkout, Error> {
    let deadline = Deadline::new(options.timeout);
    let (url, auth, reference, options, dest) =
        (url.to_string(), auth.clone(), reference.clone(), options.clone(), dest.to_path_buf());
    let shown = display_url(&parse_url(&url)?);
    run_with_deadline(&shown, deadline.clone(), move || {
        let session = Session::new(&url, &auth, deadline)?;
        Cloner { session: &session, options: &options, auth: &auth, depth: 0 }.run(&reference, &dest)
    })
}

/// Lists the remote's references (`git ls-remote`): branches, tags (with the commit an annotated
/// tag points at), `HEAD` and any other ref, within 60 seconds. Blocking, like [`checkout`].
pub fn remote_refs(url: &str, auth: &Auth) -> Result<Vec<RemoteRef>, Error> {
    remote_refs_within(url, auth, Duration::from_secs(60))
}

/// [`remote_refs`] with a time limit.
pub fn remote_refs_within(url: &str, auth: &Auth, timeout: Duration) -> Result<Vec<RemoteRef>, Error> {
    let deadline = Deadline::new(timeout);
    let (url, auth) = (url.to_string(), auth.clone());
    let shown = display_url(&parse_url(&url)?);
    run_with_deadline(&shown, deadline.clone(), move || {
        let session = Session::new(&url, &auth, deadline)?;
        let repo = session.scratch_repo()?;
        session.list_refs(&repo, &[])
    })
}

fn run_with_deadline<T: Send + 'static>(
    shown_url: &str,
    deadline: Deadline,
    work: impl FnOnce() -> Result<T, Error> + Send + 'static,
) -> Result<T, Error> {
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::Builder::new()
        .name("flux-rs-git".into())
        .spawn(move || {
            let _ = sender.send(work());
        })
        .map_err(|e| Error::Other { url: shown_url.to_string(), detail: format!("starting a worker thread: {e}") })?;
    match receiver.recv_timeout(deadline.remaining()) {
        Ok(result) => result,
        // The worker ended without an answer: it panicked (a bug in gix or here), which is not a timeout.
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => Err(Error::Other {
            url: shown_url.to_string(),
            detail: "the Git worker stopped unexpectedly (internal error; see the process log)".into(),
        }),
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
            deadline.interrupt.store(true, Ordering::SeqCst);
            Err(Error::Timeout { url: shown_url.to_string(), timeout: deadline.timeout })
        }
    }
}

struct Cloner<'a> {
    session: &'a Session,
    options: &'a CheckoutOptions,
    auth: &'a Auth,
    depth: usize,
}

/// What was fetched and is to be checked out.
struct Target_ {
    commit: gix::ObjectId,
    /// The full reference, recorded in the commit ("" for a bare commit).
    reference: String,
    /// The annotated tag object, if the reference was one.
    tag: Option<gix::ObjectId>,
    /// Make HEAD this local branch (branch checkouts), else detach.
    branch: Option<String>,
    absolute: bool,
}

impl Cloner<'_> {
    fn url(&self) -> String {
        self.session.shown_url.clone()
    }

    fn not_found(&self, refname: &str) -> Error {
        Error::ReferenceNotFound {
            url: self.url(),
            message: format!(
                "unable to clone: couldn't find remote ref \"{refname}\": git repository: '{}'",
                self.url()
            ),
        }
    }

    fn commit_not_found(&self, hash: &str) -> Error {
        Error::ReferenceNotFound {
            url: self.url(),
            message: format!("unable to resolve commit object for '{hash}': object not found"),
        }
    }

    fn other(&self, detail: impl std::fmt::Display) -> Error {
        Error::Other { url: self.url(), detail: detail.to_string() }
    }

    fn depth(&self) -> Option<u32> {
        self.options.shallow.then_some(1)
    }

    fn last_observed(&self) -> Option<String> {
        self.options.last_observed_revision.as_deref().filter(|r| !r.is_empty()).map(transform_revision)
    }

    /// Lists `prefixes` on the remote in a throwaway repository.
    fn list(&self, prefixes: &[&str]) -> Result<Vec<RemoteRef>, Error> {
        let probe = self.session.scratch_repo()?;
        self.session.list_refs(&probe, prefixes)
    }

    fn run(&self, reference: &Reference, dest: &Path) -> Result<Checkout, Error> {
        match reference.strategy() {
            Strategy::Branch(branch) => {
                let refname = format!("refs/heads/{branch}");
                if let Some(unchanged) = self.unchanged(&refname, false)? {
                    return Ok(unchanged);
                }
                self.branch(&branch, dest, false)
            }
            Strategy::Tag(tag) => {
                let refname = format!("refs/tags/{tag}");
                if let Some(unchanged) = self.unchanged(&refname, false)? {
                    return Ok(unchanged);
                }
                self.tag(&tag, &refname, dest, false)
            }
            Strategy::Semver(range) => self.semver(&range, dest),
            Strategy::Name(name) => self.name(&name, dest),
            Strategy::Commit { hash, branch } => self.commit(&hash, branch.as_deref(), dest),
        }
    }

    /// The "no changes" skip for branches and tags: one ref listing, no clone.
    fn unchanged(&self, refname: &str, absolute: bool) -> Result<Option<Checkout>, Error> {
        let Some(last) = self.last_observed() else { return Ok(None) };
        let refs = self.list(&[refname])?;
        let Some(remote) = refs.iter().find(|r| r.name == refname) else { return Ok(None) };
        let hash = remote.commit().to_string();
        let revision = if absolute { absolute_revision(refname, &hash) } else { short_revision(refname, &hash) };
        Ok((revision == last).then(|| Checkout::Unchanged { hash, reference: refname.to_string(), revision }))
    }

    fn branch(&self, branch: &str, dest: &Path, absolute: bool) -> Result<Checkout, Error> {
        let refname = format!("refs/heads/{branch}");
        let local = format!("refs/remotes/{REMOTE}/{branch}");
        let repo = self.session.init_worktree(dest)?;
        let matched = self.session.fetch(&repo, &[format!("+{refname}:{local}")], self.depth())?;
        let Some(commit) = resolve(&repo, &local).filter(|_| matched) else {
            if self.list(&[])?.is_empty() {
                return Err(Error::EmptyRepository { url: self.url() });
            }
            return Err(self.not_found(&refname));
        };
        self.finish(
            &repo,
            dest,
            Target_ { commit, reference: refname, tag: None, branch: Some(branch.to_string()), absolute },
        )
    }

    fn tag(&self, tag: &str, reference: &str, dest: &Path, absolute: bool) -> Result<Checkout, Error> {
        let refname = format!("refs/tags/{tag}");
        let repo = self.session.init_worktree(dest)?;
        let matched = self.session.fetch(&repo, &[format!("+{refname}:{refname}")], self.depth())?;
        let Some(target) = resolve_raw(&repo, &refname).filter(|_| matched) else {
            return Err(self.not_found(&refname));
        };
        let (commit, tag_object) = peel(&repo, target).map_err(|e| self.other(e))?;
        self.finish(
            &repo,
            dest,
            Target_ { commit, reference: reference.to_string(), tag: tag_object, branch: None, absolute },
        )
    }

    fn semver(&self, range: &str, dest: &Path) -> Result<Checkout, Error> {
        let constraints =
            Constraints::parse(range).map_err(|e| Error::InvalidReference(format!("semver parse error: {e}")))?;
        let refs = self.list(&["refs/tags/"])?;
        let mut matched: Vec<(Version, &RemoteRef)> = refs
            .iter()
            .filter_map(|r| {
                let name = r.name.strip_prefix("refs/tags/")?;
                if name.ends_with("^{}") {
                    return None;
                }
                let version = Version::parse_tag(name)?;
                constraints.matches(&version).then_some((version, r))
            })
            .collect();
        if matched.is_empty() {
            return Err(Error::ReferenceNotFound {
                url: self.url(),
                message: format!("no match found for semver: {range}"),
            });
        }
        matched.sort_by(|a, b| a.0.cmp(&b.0));
        let best = matched.last().expect("not empty").0.clone();
        let tied: Vec<&str> = matched.iter().filter(|(v, _)| *v == best).map(|(v, _)| v.original.as_str()).collect();
        let chosen = if tied.len() == 1 {
            tied[0].to_string()
        } else {
            // Versions equal but for build metadata: upstream takes the one whose commit is newest.
            self.newest_tag(&tied)?
        };
        let refname = format!("refs/tags/{chosen}");
        self.tag(&chosen, &refname, dest, false)
    }

    /// Among tags of equal version, the one whose commit has the latest committer time.
    fn newest_tag(&self, tags: &[&str]) -> Result<String, Error> {
        let probe = self.session.scratch_repo()?;
        let specs: Vec<String> = tags.iter().map(|t| format!("+refs/tags/{t}:refs/tags/{t}")).collect();
        self.session.fetch(&probe, &specs, self.depth())?;
        let mut best: Option<(i64, String)> = None;
        for tag in tags {
            let Some(target) = resolve_raw(&probe, &format!("refs/tags/{tag}")) else { continue };
            let (commit, _) = peel(&probe, target).map_err(|e| self.other(e))?;
            let time = probe
                .find_object(commit)
                .ok()
                .and_then(|o| parse_commit(&o.data).ok())
                .map(|c| c.committer.seconds)
                .unwrap_or(i64::MIN);
            if best.as_ref().is_none_or(|(t, _)| time >= *t) {
                best = Some((time, tag.to_string()));
            }
        }
        best.map(|(_, t)| t).ok_or_else(|| self.other("none of the matching tags could be fetched"))
    }

    fn name(&self, name: &str, dest: &Path) -> Result<Checkout, Error> {
        if name.starts_with('/') || name.ends_with('/') {
            return Err(Error::InvalidReference(format!(
                "ref {name} is invalid; Git refs cannot begin or end with a slash '/'"
            )));
        }
        let listed = name.strip_suffix("^{}").unwrap_or(name);
        let refs = self.list(&[listed])?;
        let is_tag = name.starts_with("refs/tags/");
        let Some(remote) = refs.iter().find(|r| r.name == listed) else {
            return Err(Error::ReferenceNotFound {
                url: self.url(),
                message: format!("unable to resolve ref '{name}' to a specific commit"),
            });
        };
        let hash = if is_tag { remote.commit() } else { remote.target };
        if let Some(last) = self.last_observed() {
            let revision = absolute_revision(name, &hash.to_string());
            if revision == last {
                return Ok(Checkout::Unchanged { hash: hash.to_string(), reference: name.to_string(), revision });
            }
        }
        if let Some(branch) = name.strip_prefix("refs/heads/") {
            return self.branch(branch, dest, true);
        }
        if let Some(tag) = listed.strip_prefix("refs/tags/") {
            return self.tag(tag, name, dest, true);
        }
        let repo = self.session.init_worktree(dest)?;
        // Into a ref of our own: the name may be anything the server has (`HEAD`, `refs/pull/1/head`).
        self.session.fetch(&repo, &[format!("+{name}:refs/flux/reference")], self.depth())?;
        if repo.find_object(hash).is_err() {
            return Err(Error::ReferenceNotFound {
                url: self.url(),
                message: format!("unable to resolve ref '{name}' to a specific commit"),
            });
        }
        self.finish(
            &repo,
            dest,
            Target_ { commit: hash, reference: name.to_string(), tag: None, branch: None, absolute: true },
        )
    }

    fn commit(&self, hash: &str, branch: Option<&str>, dest: &Path) -> Result<Checkout, Error> {
        let id = gix::ObjectId::from_hex(hash.as_bytes()).map_err(|_| self.commit_not_found(hash))?;
        let repo = self.session.init_worktree(dest)?;
        let reference = match branch {
            Some(branch) => {
                // Upstream: the branch alone, full history, then the commit must be in it.
                let refname = format!("refs/heads/{branch}");
                let local = format!("refs/remotes/{REMOTE}/{branch}");
                let matched = self.session.fetch(&repo, &[format!("+{refname}:{local}")], None)?;
                if !matched || resolve(&repo, &local).is_none() {
                    return Err(self.not_found(&refname));
                }
                refname
            }
            None => {
                self.fetch_commit(&repo, id)?;
                String::new()
            }
        };
        match repo.find_object(id) {
            Ok(object) if object.kind == gix::object::Kind::Commit => {}
            _ => return Err(self.commit_not_found(hash)),
        }
        self.finish(&repo, dest, Target_ { commit: id, reference, tag: None, branch: None, absolute: false })
    }

    /// Fetches one commit: by its id, one commit deep, when the server allows it (protocol v2 servers
    /// and those with `uploadpack.allowReachableSHA1InWant` do); otherwise every branch, full history,
    /// as upstream always does.
    fn fetch_commit(&self, repo: &gix::Repository, id: gix::ObjectId) -> Result<(), Error> {
        let by_id = self.session.fetch(repo, &[format!("{id}:refs/flux/commit")], Some(1));
        match by_id {
            Ok(true) if repo.find_object(id).is_ok() => Ok(()),
            Err(e)
                if matches!(
                    e,
                    Error::Timeout { .. }
                        | Error::AuthenticationFailed { .. }
                        | Error::UnknownHostKey { .. }
                        | Error::Unreachable { .. }
                        | Error::Tls { .. }
                        | Error::RepositoryNotFound { .. }
                ) =>
            {
                Err(e)
            }
            _ => self.session.fetch(repo, &[format!("+refs/heads/*:refs/remotes/{REMOTE}/*")], None).map(|_| ()),
        }
    }

    /// Writes the work tree, sets HEAD, follows submodules, and describes the commit.
    fn finish(&self, repo: &gix::Repository, dest: &Path, target: Target_) -> Result<Checkout, Error> {
        if self.session.deadline.expired() {
            return Err(self.session.timeout());
        }
        let object = repo.find_object(target.commit).map_err(|e| self.other(chain(&e)))?;
        let raw = object.data.clone();
        let parsed = parse_commit(&raw).map_err(|e| self.other(e))?;
        let sparse = sparse_dirs(&self.options.sparse_checkout);
        write_worktree(repo, &parsed.tree, &sparse, &self.session.deadline).map_err(|e| self.other(e))?;
        set_head(repo, target.commit, target.branch.as_deref()).map_err(|e| self.other(e))?;
        if self.options.recurse_submodules {
            self.submodules(repo, &parsed.tree, &sparse, dest)?;
        }
        let referencing_tag = match target.tag {
            Some(tag_id) => {
                let tag = repo.find_object(tag_id).map_err(|e| self.other(chain(&e)))?;
                Some(parse_tag(tag_id, &tag.data).map_err(|e| self.other(e))?)
            }
            None => None,
        };
        Ok(Checkout::CheckedOut(Box::new(Commit {
            hash: target.commit.to_string(),
            reference: target.reference,
            author: parsed.author,
            committer: parsed.committer,
            message: parsed.message,
            signature: parsed.signature,
            encoded: parsed.encoded,
            referencing_tag,
            absolute: target.absolute,
        })))
    }

    fn submodules(
        &self,
        repo: &gix::Repository,
        tree: &gix::ObjectId,
        sparse: &[String],
        dest: &Path,
    ) -> Result<(), Error> {
        if self.depth >= MAX_SUBMODULE_DEPTH {
            return Ok(());
        }
        let tree_object = repo.find_object(*tree).map_err(|e| self.other(chain(&e)))?.into_tree();
        let Some(entry) = tree_object.lookup_entry_by_path(".gitmodules").map_err(|e| self.other(chain(&e)))? else {
            return Ok(());
        };
        let blob = entry.object().map_err(|e| self.other(chain(&e)))?;
        for module in parse_gitmodules(&String::from_utf8_lossy(&blob.data)) {
            if !sparse.is_empty() && !in_sparse(&module.path, sparse) {
                continue;
            }
            let tree_object = repo.find_object(*tree).map_err(|e| self.other(chain(&e)))?.into_tree();
            let Some(link) = tree_object.lookup_entry_by_path(&module.path).map_err(|e| self.other(chain(&e)))? else {
                continue;
            };
            if !link.mode().is_commit() {
                continue;
            }
            let commit = link.object_id();
            let url = resolve_submodule_url(&self.session.url.to_bstring().to_string(), &module.url);
            let sub_dest = dest.join(&module.path);
            let session = Session::new(&url, self.auth, self.session.deadline.clone()).map_err(|e| match e {
                Error::InvalidUrl { url, reason } => {
                    Error::InvalidUrl { url, reason: format!("submodule '{}': {reason}", module.name) }
                }
                other => other,
            })?;
            let options =
                CheckoutOptions { sparse_checkout: Vec::new(), last_observed_revision: None, ..self.options.clone() };
            let cloner = Cloner { session: &session, options: &options, auth: self.auth, depth: self.depth + 1 };
            std::fs::create_dir_all(&sub_dest).map_err(|e| self.other(e))?;
            let sub_repo = session.init_worktree(&sub_dest)?;
            cloner.fetch_commit(&sub_repo, commit)?;
            if sub_repo.find_object(commit).is_err() {
                return Err(Error::ReferenceNotFound {
                    url: session.shown_url.clone(),
                    message: format!(
                        "submodule '{}': unable to resolve commit object for '{commit}': object not found",
                        module.name
                    ),
                });
            }
            cloner.finish(
                &sub_repo,
                &sub_dest,
                Target_ { commit, reference: String::new(), tag: None, branch: None, absolute: false },
            )?;
        }
        Ok(())
    }
}

/// The object a local reference points at, peeled to a commit.
fn resolve(repo: &gix::Repository, name: &str) -> Option<gix::ObjectId> {
    let target = resolve_raw(repo, name)?;
    peel(repo, target).ok().map(|(c, _)| c)
}

fn resolve_raw(repo: &gix::Repository, name: &str) -> Option<gix::ObjectId> {
    repo.find_reference(name).ok()?.target().try_id().map(|id| id.to_owned())
}

/// Peels tags to the commit; the first tag object met, if any.
fn peel(repo: &gix::Repository, mut id: gix::ObjectId) -> Result<(gix::ObjectId, Option<gix::ObjectId>), String> {
    let mut first_tag = None;
    for _ in 0..16 {
        let object = repo.find_object(id).map_err(|e| chain(&e))?;
        match object.kind {
            gix::object::Kind::Commit => return Ok((id, first_tag)),
            gix::object::Kind::Tag => {
                first_tag.get_or_insert(id);
                let tag = parse_tag(id, &object.data)?;
                id = tag_target(&object.data).ok_or_else(|| format!("tag {} has no object", tag.name))?;
            }
            other => return Err(format!("{id} is a {other}, not a commit")),
        }
    }
    Err(format!("tag chain at {id} is too long"))
}

fn tag_target(data: &[u8]) -> Option<gix::ObjectId> {
    let text = std::str::from_utf8(data).ok()?;
    let line = text.lines().find(|l| l.starts_with("object "))?;
    gix::ObjectId::from_hex(line["object ".len()..].trim().as_bytes()).ok()
}

fn set_head(repo: &gix::Repository, commit: gix::ObjectId, branch: Option<&str>) -> Result<(), String> {
    let update = |name: &str, new: Target| -> Result<(), String> {
        let name = name.try_into().map_err(|e: gix::validate::reference::name::Error| e.to_string())?;
        repo.edit_reference(RefEdit {
            change: Change::Update { log: LogChange::default(), expected: PreviousValue::Any, new },
            name,
            deref: false,
        })
        .map(|_| ())
        .map_err(|e| chain(&e))
    };
    match branch {
        Some(branch) => {
            let local = format!("refs/heads/{branch}");
            update(&local, Target::Object(commit))?;
            let symbolic =
                local.as_str().try_into().map_err(|e: gix::validate::reference::name::Error| e.to_string())?;
            update("HEAD", Target::Symbolic(symbolic))
        }
        None => update("HEAD", Target::Object(commit)),
    }
}

/// `./deploy/` → `deploy`; empty entries dropped.
fn sparse_dirs(dirs: &[String]) -> Vec<String> {
    dirs.iter()
        .map(|d| d.trim_start_matches("./").trim_matches('/').to_string())
        .filter(|d| !d.is_empty() && d != ".")
        .collect()
}

fn in_sparse(path: &str, dirs: &[String]) -> bool {
    dirs.iter().any(|d| path == d || path.strip_prefix(d.as_str()).is_some_and(|rest| rest.starts_with('/')))
}

fn write_worktree(
    repo: &gix::Repository,
    tree: &gix::ObjectId,
    sparse: &[String],
    deadline: &Deadline,
) -> Result<(), String> {
    let workdir = repo.workdir().ok_or("the repository has no work tree")?.to_path_buf();
    let mut index = repo.index_from_tree(tree).map_err(|e| chain(&e))?;
    if !sparse.is_empty() {
        index.remove_entries(|_, path, _| !in_sparse(&path.to_string(), sparse));
    }
    let mut options =
        repo.checkout_options(gix::worktree::stack::state::attributes::Source::IdMapping).map_err(|e| chain(&e))?;
    options.destination_is_initially_empty = true;
    let objects = repo.objects.clone().into_arc().map_err(|e| e.to_string())?;
    let files = gix::progress::Discard;
    let bytes = gix::progress::Discard;
    gix::worktree::state::checkout(&mut index, &workdir, objects, &files, &bytes, &deadline.interrupt, options)
        .map_err(|e| chain(&e))?;
    if deadline.interrupt.load(Ordering::SeqCst) {
        return Err("interrupted".into());
    }
    if sparse.is_empty() {
        index.write(Default::default()).map_err(|e| chain(&e))?;
    }
    Ok(())
}

struct ParsedCommit {
    tree: gix::ObjectId,
    author: Signature,
    committer: Signature,
    message: String,
    signature: Option<String>,
    encoded: Vec<u8>,
}

/// Splits a raw object into header fields (continuation lines joined with `\n`) and the body;
/// returns also the object re-encoded without the `drop` headers.
fn split_object(data: &[u8], drop: &[&str]) -> (Vec<(String, String)>, String, Vec<u8>) {
    let text = String::from_utf8_lossy(data);
    let (head, body) = match text.find("\n\n") {
        Some(i) => (&text[..i], &text[i + 2..]),
        None => (text.as_ref(), ""),
    };
    let mut headers: Vec<(String, String)> = Vec::new();
    let mut encoded = Vec::with_capacity(data.len());
    let mut dropping = false;
    for line in head.split('\n') {
        if let Some(cont) = line.strip_prefix(' ') {
            if let Some(last) = headers.last_mut() {
                last.1.push('\n');
                last.1.push_str(cont);
            }
            if !dropping {
                encoded.extend_from_slice(line.as_bytes());
                encoded.push(b'\n');
            }
            continue;
        }
        let (key, value) = line.split_once(' ').unwrap_or((line, ""));
        dropping = drop.contains(&key);
        headers.push((key.to_string(), value.to_string()));
        if !dropping {
            encoded.extend_from_slice(line.as_bytes());
            encoded.push(b'\n');
        }
    }
    encoded.push(b'\n');
    encoded.extend_from_slice(body.as_bytes());
    (headers, body.to_string(), encoded)
}

fn parse_signature(value: &str) -> Signature {
    let (name, rest) = value.split_once(" <").unwrap_or((value, ""));
    let (email, time) = rest.split_once("> ").unwrap_or((rest.trim_end_matches('>'), ""));
    let mut time = time.split_whitespace();
    let seconds = time.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    let offset = time
        .next()
        .and_then(|tz| {
            let sign = if tz.starts_with('-') { -1 } else { 1 };
            let digits = tz.trim_start_matches(['+', '-']);
            let hours: i32 = digits.get(..2)?.parse().ok()?;
            let minutes: i32 = digits.get(2..4)?.parse().ok()?;
            Some(sign * (hours * 3600 + minutes * 60))
        })
        .unwrap_or(0);
    Signature { name: name.to_string(), email: email.to_string(), seconds, offset }
}

fn parse_commit(data: &[u8]) -> Result<ParsedCommit, String> {
    let (headers, message, encoded) = split_object(data, &["gpgsig", "gpgsig-sha256"]);
    let field = |key: &str| headers.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    let tree = field("tree").and_then(|t| gix::ObjectId::from_hex(t.as_bytes()).ok()).ok_or("commit without tree")?;
    Ok(ParsedCommit {
        tree,
        author: parse_signature(field("author").unwrap_or_default()),
        committer: parse_signature(field("committer").unwrap_or_default()),
        message,
        signature: field("gpgsig").or(field("gpgsig-sha256")).map(str::to_string),
        encoded,
    })
}

fn parse_tag(id: gix::ObjectId, data: &[u8]) -> Result<Tag, String> {
    let (headers, body, _) = split_object(data, &[]);
    let field = |key: &str| headers.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    let name = field("tag").ok_or("tag object without a name")?.to_string();
    let signature_start = ["-----BEGIN PGP SIGNATURE-----", "-----BEGIN SSH SIGNATURE-----"]
        .iter()
        .filter_map(|marker| body.find(marker))
        .min();
    let (message, signature) = match signature_start {
        Some(i) => (body[..i].to_string(), Some(body[i..].to_string())),
        None => (body.clone(), None),
    };
    let encoded = match &signature {
        Some(sig) => data[..data.len() - sig.len()].to_vec(),
        None => data.to_vec(),
    };
    Ok(Tag { hash: id.to_string(), name, tagger: field("tagger").map(parse_signature), message, signature, encoded })
}

struct Submodule {
    name: String,
    path: String,
    url: String,
}

/// Reads `[submodule "name"]` sections with their `path` and `url`.
fn parse_gitmodules(text: &str) -> Vec<Submodule> {
    let mut out: Vec<Submodule> = Vec::new();
    let mut current: Option<Submodule> = None;
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            if let Some(done) = current.take() {
                out.push(done);
            }
            let inner = line.trim_start_matches('[').trim_end_matches(']').trim();
            if let Some(name) = inner.strip_prefix("submodule") {
                let name = name.trim().trim_matches('"').to_string();
                current = Some(Submodule { name, path: String::new(), url: String::new() });
            }
            continue;
        }
        let Some(module) = current.as_mut() else { continue };
        if let Some((key, value)) = line.split_once('=') {
            let value = value.trim().trim_matches('"').to_string();
            match key.trim().to_ascii_lowercase().as_str() {
                "path" => module.path = value,
                "url" => module.url = value,
                _ => {}
            }
        }
    }
    out.extend(current);
    out.retain(|m| !m.path.is_empty() && !m.url.is_empty());
    out
}

/// A submodule URL: absolute as is, `./x` and `../x` relative to the superproject's URL.
fn resolve_submodule_url(parent: &str, url: &str) -> String {
    if !(url.starts_with("./") || url.starts_with("../")) {
        return url.to_string();
    }
    let mut base = parent.trim_end_matches('/').to_string();
    let mut rest = url;
    loop {
        if let Some(r) = rest.strip_prefix("./") {
            rest = r;
        } else if let Some(r) = rest.strip_prefix("../") {
            if let Some(i) = base.rfind('/') {
                if !base[..i].ends_with('/') {
                    base.truncate(i);
                }
            }
            rest = r;
        } else {
            break;
        }
    }
    format!("{base}/{rest}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn submodule_urls_resolve_like_git() {
        assert_eq!(resolve_submodule_url("https://h/org/app.git", "../lib.git"), "https://h/org/lib.git");
        assert_eq!(resolve_submodule_url("https://h/org/app", "./lib"), "https://h/org/app/lib");
        assert_eq!(resolve_submodule_url("ssh://git@h:22/org/app.git", "../../x/lib.git"), "ssh://git@h:22/x/lib.git");
        assert_eq!(resolve_submodule_url("https://h/app.git", "https://other/lib.git"), "https://other/lib.git");
    }

    #[test]
    fn gitmodules_sections() {
        let text = "[submodule \"lib\"]\n\tpath = vendor/lib\n\turl = ../lib.git\n[core]\n\tx = y\n[submodule \"b\"]\n\turl=https://h/b\n\tpath=b\n";
        let mods = parse_gitmodules(text);
        assert_eq!(mods.len(), 2);
        assert_eq!(
            (mods[0].name.as_str(), mods[0].path.as_str(), mods[0].url.as_str()),
            ("lib", "vendor/lib", "../lib.git")
        );
        assert_eq!(mods[1].path, "b");
    }

    #[test]
    fn signed_commit_is_split_into_signature_and_payload() {
        let raw = b"tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\nauthor A <a@x> 1700000000 +0100\ncommitter C <c@x> 1700000001 -0230\ngpgsig -----BEGIN PGP SIGNATURE-----\n \n abc\n -----END PGP SIGNATURE-----\n\nsubject\n\nbody\n";
        let c = parse_commit(raw).unwrap();
        assert_eq!(c.signature.as_deref(), Some("-----BEGIN PGP SIGNATURE-----\n\nabc\n-----END PGP SIGNATURE-----"));
        assert_eq!(c.message, "subject\n\nbody\n");
        assert_eq!(c.author, Signature { name: "A".into(), email: "a@x".into(), seconds: 1_700_000_000, offset: 3600 });
        assert_eq!(c.committer.offset, -(2 * 3600 + 30 * 60));
        assert_eq!(
            String::from_utf8(c.encoded).unwrap(),
            "tree 4b825dc642cb6eb9a060e54bf8d69288fbee4904\nauthor A <a@x> 1700000000 +0100\ncommitter C <c@x> 1700000001 -0230\n\nsubject\n\nbody\n"
        );
    }

    #[test]
    fn sparse_matching_is_by_directory() {
        let dirs = sparse_dirs(&["./deploy/".into(), "apps".into()]);
        assert!(in_sparse("deploy/a.yaml", &dirs) && in_sparse("apps/x/y", &dirs));
        assert!(!in_sparse("deployment/a.yaml", &dirs) && !in_sparse("README.md", &dirs));
    }
}
