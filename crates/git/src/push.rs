//! Pushing branches to a remote: a `git-receive-pack` client on gix's transport.
//!
//! gix has no push, so this module speaks the receive-pack protocol (`Documentation/gitprotocol-pack.txt`,
//! "Pushing Data To a Server") itself, over whatever gix's transport connects to — `file://` (a local
//! `git-receive-pack`), `git://`, `ssh://` (OpenSSH, strict host key checking) and `http(s)://` (reqwest):
//!
//! 1. the handshake for the `git-receive-pack` service returns the remote's refs and capabilities
//!    (protocol v0/v1; receive-pack has no v2);
//! 2. each update is checked here first: a branch that is not an ancestor of the new commit (or that this
//!    repository does not have) is a [`PushError::NonFastForward`] unless the update is forced;
//! 3. the pack holds exactly the objects reachable from the new tips and not from the remote's tips, found
//!    by walking the new commits and comparing each commit's tree with its parents' trees path by path
//!    (unchanged subtrees are never entered), so a one-file change on a long history sends the commit, the
//!    trees on the file's path and the blob; it is written undeltified (pack v2, zlib, SHA-1 trailer);
//! 4. commands and pack go in one request (`report-status`, `side-band-64k`, `atomic` when several refs
//!    move and the server offers it), and the answer is read per ref: `ok`, or `ng <ref> <reason>` mapped
//!    to [`PushError::HookRejected`] (with the hook's output from side band 2), [`PushError::NonFastForward`]
//!    (the server saw the branch move between our handshake and its update — a concurrent push — or
//!    refused a non-fast-forward) or [`PushError::Rejected`].
//!
//! Nothing is deleted unless asked for: an update whose local side is `None` deletes the remote ref, and no
//! other ref is sent.

use std::collections::{HashMap, HashSet};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use gix::bstr::ByteSlice;
use gix::objs::tree::EntryKind;
use gix::protocol::transport::client::blocking_io::{ExtendedBufRead, Transport};
use gix::protocol::transport::client::{MessageKind, WriteMode};
use gix::ObjectId;

use crate::auth::Auth;
use crate::transport::{Deadline, Session};

/// Why a push failed. Each variant names the ref concerned where there is one.
#[derive(Debug, thiserror::Error)]
pub enum PushError {
    #[error("cannot open repository {path}: {message}")]
    Open { path: String, message: String },
    #[error("invalid reference name '{0}'")]
    RefName(String),
    #[error("local reference '{0}' not found")]
    LocalRefNotFound(String),
    /// Reaching the server failed: unreachable, authentication, unknown SSH host key, TLS, timeout, not found.
    #[error(transparent)]
    Transport(#[from] crate::Error),
    /// The remote branch has commits the new value does not contain: fetch and rebase, or force.
    #[error("failed to push some refs: {reference} is not a fast-forward of {remote} ({reason})")]
    NonFastForward { reference: String, remote: String, reason: String },
    /// A server-side hook (`pre-receive`, `update`) refused the update; `output` is what the hook printed.
    #[error("failed to push {reference}: {reason}{}", show_output(output))]
    HookRejected { reference: String, reason: String, output: String },
    /// Any other per-ref refusal by the server.
    #[error("failed to push {reference}: {reason}{}", show_output(output))]
    Rejected { reference: String, reason: String, output: String },
    /// The server could not unpack what was sent.
    #[error("remote unpack failed: {reason}{}", show_output(output))]
    Unpack { reason: String, output: String },
    #[error("push protocol error: {0}")]
    Protocol(String),
    #[error("{0}")]
    Git(String),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

fn show_output(output: &str) -> String {
    if output.trim().is_empty() {
        String::new()
    } else {
        format!("\n{}", output.trim_end())
    }
}

fn git_err(e: impl std::fmt::Display) -> PushError {
    PushError::Git(e.to_string())
}

/// One remote ref to set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefUpdate {
    /// The full remote ref name, e.g. `refs/heads/main`.
    pub remote_ref: String,
    /// The object to set it to; `None` deletes it.
    pub new: Option<ObjectId>,
    /// Allow a non-fast-forward update.
    pub force: bool,
}

impl RefUpdate {
    /// `refs/heads/<branch>` on the remote set to the local `refs/heads/<branch>`, resolved by [`push`].
    pub fn branch(branch: &str) -> BranchUpdate {
        BranchUpdate { local: branch.to_string(), remote: branch.to_string(), force: false }
    }
}

/// A local branch to push to a remote branch (names without `refs/heads/`, or full names).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BranchUpdate {
    pub local: String,
    pub remote: String,
    pub force: bool,
}

/// What a push did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PushOutcome {
    /// The refs the server updated: name, previous value (`None`: created), new value (`None`: deleted).
    pub updated: Vec<(String, Option<ObjectId>, Option<ObjectId>)>,
    /// Refs left alone because the remote already had the value.
    pub up_to_date: Vec<String>,
    /// Objects in the pack sent (0 when no pack was needed).
    pub objects: usize,
    /// Bytes of the pack sent.
    pub pack_bytes: usize,
    /// Lines the server printed on side band 2 (hooks' output, `remote:` lines in git).
    pub remote_messages: Vec<String>,
}

fn full_branch(name: &str) -> String {
    if name.starts_with("refs/") {
        name.to_string()
    } else {
        format!("refs/heads/{name}")
    }
}

/// How long a push may take by default: Flux's default Git timeout.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// Pushes local branches of the repository at `repo_path` to `url`.
pub fn push_branches(
    repo_path: &Path,
    url: &str,
    auth: &Auth,
    branches: &[BranchUpdate],
    timeout: Duration,
) -> Result<PushOutcome, PushError> {
    let repo = open(repo_path)?;
    let mut updates = Vec::new();
    for b in branches {
        let local = full_branch(&b.local);
        let mut reference = repo
            .try_find_reference(local.as_str())
            .map_err(|_| PushError::RefName(local.clone()))?
            .ok_or_else(|| PushError::LocalRefNotFound(local.clone()))?;
        let id = reference.peel_to_id().map_err(git_err)?.detach();
        updates.push(RefUpdate { remote_ref: full_branch(&b.remote), new: Some(id), force: b.force });
    }
    push(repo_path, url, auth, &updates, timeout)
}

/// Sets remote refs to objects of the repository at `repo_path`, within `timeout` (past it, the push is
/// abandoned with a [`crate::Error::Timeout`]: the server either received the whole pack or updates nothing).
pub fn push(
    repo_path: &Path,
    url: &str,
    auth: &Auth,
    updates: &[RefUpdate],
    timeout: Duration,
) -> Result<PushOutcome, PushError> {
    let shown = crate::transport::display_url(&crate::transport::parse_url(url)?);
    let deadline = Deadline::new(timeout);
    let (repo_path, url, auth, updates) = (repo_path.to_path_buf(), url.to_string(), auth.clone(), updates.to_vec());
    let worker_deadline = deadline.clone();
    let (sender, receiver) = std::sync::mpsc::channel();
    std::thread::Builder::new().name("flux-rs-git-push".into()).spawn(move || {
        let result = open(&repo_path).and_then(|repo| push_with(&repo, &url, &auth, &updates, worker_deadline));
        let _ = sender.send(result);
    })?;
    match receiver.recv_timeout(deadline.remaining()) {
        Ok(result) => result,
        // The worker ended without an answer: it panicked, which is not a timeout.
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => Err(PushError::Transport(crate::Error::Other {
            url: shown,
            detail: "the Git worker stopped unexpectedly (internal error; see the process log)".into(),
        })),
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
            deadline.interrupt.store(true, std::sync::atomic::Ordering::SeqCst);
            Err(PushError::Transport(crate::Error::Timeout { url: shown, timeout }))
        }
    }
}

fn open(path: &Path) -> Result<gix::Repository, PushError> {
    gix::open(path).map_err(|e| PushError::Open { path: path.display().to_string(), message: e.to_string() })
}

/// A command for the server: `old new ref`.
struct Command {
    name: String,
    old: Option<ObjectId>,
    new: Option<ObjectId>,
}

fn push_with(
    repo: &gix::Repository,
    url: &str,
    auth: &Auth,
    updates: &[RefUpdate],
    deadline: Deadline,
) -> Result<PushOutcome, PushError> {
    for u in updates {
        if gix::refs::FullName::try_from(u.remote_ref.as_str()).is_err() || !u.remote_ref.starts_with("refs/") {
            return Err(PushError::RefName(u.remote_ref.clone()));
        }
    }
    // The fetch side's session: URL checks, the strict OpenSSH wrapper, the HTTP client's credentials, CA,
    // proxy and timeout, and its error classification.
    let session = Session::new(url, auth, deadline)?;
    let probe = session.scratch_repo()?;
    let remote = probe.remote_at(session.url.clone()).map_err(|e| session.classify(&e))?;
    let mut connection = remote.connect(gix::remote::Direction::Push).map_err(|e| session.classify(&e))?;
    let transport = connection.transport_mut();
    if matches!(session.url.scheme, gix::url::Scheme::Http | gix::url::Scheme::Https) {
        transport.configure(&session.http_options()).map_err(|e| session.classify(&gix::Error::from_error(e)))?;
    }

    let (remote_refs, capabilities) = {
        let response = transport
            .handshake(gix::protocol::transport::Service::ReceivePack, &[])
            .map_err(|e| session.classify(&gix::Error::from_error(e)))?;
        let capabilities: HashSet<String> =
            response.capabilities.iter().map(|c| c.name().to_str_lossy().into_owned()).collect();
        let mut refs = HashMap::new();
        if let Some(mut lines) = response.refs {
            let (parsed, _shallow) =
                gix::protocol::handshake::refs::from_v1_refs_received_as_part_of_handshake_and_capabilities(
                    &mut lines,
                    response.capabilities.iter(),
                )
                .map_err(|e| PushError::Protocol(format!("cannot read the advertised refs: {e}")))?;
            for r in parsed {
                let (name, target, _peeled) = r.unpack();
                if let Some(target) = target {
                    refs.insert(name.to_str_lossy().into_owned(), target.to_owned());
                }
            }
        }
        (refs, capabilities)
    };

    let mut outcome = PushOutcome::default();
    let mut commands = Vec::new();
    for u in updates {
        let old = remote_refs.get(&u.remote_ref).copied();
        if old == u.new {
            outcome.up_to_date.push(u.remote_ref.clone());
            continue;
        }
        if let (Some(old), Some(new), false) = (old, u.new, u.force) {
            if !is_ancestor(repo, old, new)? {
                return Err(PushError::NonFastForward {
                    reference: u.remote_ref.clone(),
                    remote: old.to_string(),
                    reason: "the remote branch has commits the new value does not contain (fetch first)".into(),
                });
            }
        }
        commands.push(Command { name: u.remote_ref.clone(), old, new: u.new });
    }
    if commands.is_empty() {
        return Ok(outcome);
    }

    let tips: Vec<ObjectId> = commands.iter().filter_map(|c| c.new).collect();
    let remote_tips: Vec<ObjectId> = remote_refs.values().copied().collect();
    let objects = if tips.is_empty() { Vec::new() } else { objects_to_send(repo, &tips, &remote_tips)? };
    let pack = if tips.is_empty() { None } else { Some(write_pack(repo, &objects)?) };
    outcome.objects = objects.len();
    outcome.pack_bytes = pack.as_ref().map_or(0, Vec::len);

    let side_band = capabilities.contains("side-band-64k");
    let mut wanted = vec!["report-status"];
    if side_band {
        wanted.push("side-band-64k");
    }
    if commands.len() > 1 && capabilities.contains("atomic") {
        wanted.push("atomic");
    }
    let agent = format!("agent=flux-rs/{}", env!("CARGO_PKG_VERSION"));
    wanted.push(&agent);
    let wanted = wanted.join(" ");

    let zero = ObjectId::null(repo.object_hash());
    let mut writer = transport
        .request(WriteMode::Binary, MessageKind::Flush, false)
        .map_err(|e| session.classify(&gix::Error::from_error(e)))?;
    for (i, c) in commands.iter().enumerate() {
        let mut line = format!("{} {} {}", c.old.unwrap_or(zero), c.new.unwrap_or(zero), c.name);
        if i == 0 {
            line.push('\0');
            line.push_str(&wanted);
        }
        line.push('\n');
        writer.write_all(line.as_bytes())?;
    }
    writer.write_message(MessageKind::Flush)?;
    let (mut raw, mut reader) = writer.into_parts();
    if let Some(pack) = &pack {
        raw.write_all(pack)?;
    }
    raw.flush()?;
    drop(raw);

    let messages = Arc::new(Mutex::new(Vec::<u8>::new()));
    let report = if side_band {
        let sink = Arc::clone(&messages);
        reader.set_progress_handler(Some(Box::new(move |_is_error: bool, text: &[u8]| {
            sink.lock().expect("not poisoned").extend_from_slice(text);
            std::ops::ControlFlow::Continue(())
        })));
        let mut inner = Vec::new();
        reader.read_to_end(&mut inner)?;
        parse_pkt_lines(&inner)?
    } else {
        let mut lines = Vec::new();
        while let Some(line) = reader.readline() {
            let line = line?.map_err(|e| PushError::Protocol(e.to_string()))?;
            if let Some(text) = line.as_bstr() {
                lines.push(text.to_str_lossy().trim_end().to_string());
            }
        }
        lines
    };
    drop(reader);
    let output = String::from_utf8_lossy(&messages.lock().expect("not poisoned")).into_owned();
    outcome.remote_messages =
        output.split(['\n', '\r']).map(str::trim_end).filter(|l| !l.is_empty()).map(str::to_string).collect();
    let output = outcome.remote_messages.join("\n");
    check_report(&report, &commands, &output)?;
    outcome.updated = commands.into_iter().map(|c| (c.name, c.old, c.new)).collect();
    Ok(outcome)
}

/// Splits a pkt-line stream (the report inside side band 1) into its text lines, up to the flush.
fn parse_pkt_lines(mut data: &[u8]) -> Result<Vec<String>, PushError> {
    let mut lines = Vec::new();
    while data.len() >= 4 {
        let len = std::str::from_utf8(&data[..4])
            .ok()
            .and_then(|h| usize::from_str_radix(h, 16).ok())
            .ok_or_else(|| PushError::Protocol("bad pkt-line length in the status report".into()))?;
        if len == 0 {
            break;
        }
        if len < 4 || len > data.len() {
            return Err(PushError::Protocol("truncated status report".into()));
        }
        lines.push(String::from_utf8_lossy(&data[4..len]).trim_end().to_string());
        data = &data[len..];
    }
    Ok(lines)
}

/// Maps the report-status lines to the first failure, if any.
fn check_report(report: &[String], commands: &[Command], output: &str) -> Result<(), PushError> {
    let Some(unpack) = report.first() else {
        return Err(PushError::Protocol(format!("the server sent no status report{}", show_output(output))));
    };
    match unpack.strip_prefix("unpack ") {
        Some("ok") => {}
        Some(reason) => return Err(PushError::Unpack { reason: reason.to_string(), output: output.to_string() }),
        None => return Err(PushError::Protocol(format!("unexpected status line '{unpack}'"))),
    }
    let mut seen = HashSet::new();
    for line in &report[1..] {
        if let Some(name) = line.strip_prefix("ok ") {
            seen.insert(name.to_string());
        } else if let Some(rest) = line.strip_prefix("ng ") {
            let (name, reason) = rest.split_once(' ').unwrap_or((rest, "rejected"));
            return Err(ref_failure(name, reason, commands, output));
        }
    }
    if let Some(missing) = commands.iter().find(|c| !seen.contains(&c.name)) {
        return Err(PushError::Protocol(format!("the server reported nothing for {}", missing.name)));
    }
    Ok(())
}

fn ref_failure(name: &str, reason: &str, commands: &[Command], output: &str) -> PushError {
    let reference = name.to_string();
    let lower = reason.to_lowercase();
    if lower.contains("hook declined") {
        return PushError::HookRejected { reference, reason: reason.to_string(), output: output.to_string() };
    }
    let moved =
        ["non-fast-forward", "fetch first", "failed to lock", "cannot lock", "failed to update ref", "stale info"];
    if moved.iter().any(|m| lower.contains(m)) {
        let remote = commands
            .iter()
            .find(|c| c.name == name)
            .and_then(|c| c.old)
            .map_or_else(|| "(none)".to_string(), |o| o.to_string());
        return PushError::NonFastForward { reference, remote, reason: reason.to_string() };
    }
    PushError::Rejected { reference, reason: reason.to_string(), output: output.to_string() }
}

/// Whether `old` is `new` or one of its ancestors; `false` when this repository lacks `old`.
fn is_ancestor(repo: &gix::Repository, old: ObjectId, new: ObjectId) -> Result<bool, PushError> {
    if old == new {
        return Ok(true);
    }
    let (Some(old_commit), Some(new_commit)) = (peel_commit(repo, old)?, peel_commit(repo, new)?) else {
        return Ok(false);
    };
    match repo.merge_base(old_commit, new_commit) {
        Ok(base) => Ok(base.is_some_and(|b| b.detach() == old_commit)),
        Err(_) => Ok(false),
    }
}

/// The commit an object is or (through annotated tags) points to; `None` if missing or not a commit.
fn peel_commit(repo: &gix::Repository, id: ObjectId) -> Result<Option<ObjectId>, PushError> {
    let Some(object) = repo.try_find_object(id).map_err(git_err)? else { return Ok(None) };
    match object.peel_tags_to_end() {
        Ok(o) if o.kind == gix::object::Kind::Commit => Ok(Some(o.id)),
        _ => Ok(None),
    }
}

/// Every object reachable from `tips` and not from `remote_tips` (those this repository has), commits first.
pub(crate) fn objects_to_send(
    repo: &gix::Repository,
    tips: &[ObjectId],
    remote_tips: &[ObjectId],
) -> Result<Vec<ObjectId>, PushError> {
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    let mut tip_commits = Vec::new();
    for tip in tips {
        // Annotated tags on the way to the commit are sent too.
        let mut id = *tip;
        loop {
            let object = repo.find_object(id).map_err(git_err)?;
            match object.kind {
                gix::object::Kind::Tag => {
                    if seen.insert(id) {
                        out.push(id);
                    }
                    id = object.into_tag().target_id().map_err(git_err)?.detach();
                }
                gix::object::Kind::Commit => {
                    tip_commits.push(id);
                    break;
                }
                gix::object::Kind::Tree => {
                    tree_objects(repo, id, &[], &mut seen, &mut out)?;
                    break;
                }
                gix::object::Kind::Blob => {
                    if seen.insert(id) {
                        out.push(id);
                    }
                    break;
                }
            }
        }
    }
    let mut hidden = Vec::new();
    for remote in remote_tips {
        if let Some(commit) = peel_commit(repo, *remote)? {
            hidden.push(commit);
        }
    }
    if tip_commits.is_empty() {
        return Ok(out);
    }
    let walk = repo.rev_walk(tip_commits).with_hidden(hidden).all().map_err(git_err)?;
    let mut new_commits = Vec::new();
    for info in walk {
        let info = info.map_err(git_err)?;
        new_commits.push((info.id, info.parent_ids.to_vec()));
    }
    for (id, parents) in new_commits {
        if !seen.insert(id) {
            continue;
        }
        out.push(id);
        let tree = repo.find_commit(id).map_err(git_err)?.tree_id().map_err(git_err)?.detach();
        let mut parent_trees = Vec::new();
        for parent in parents {
            if let Some(commit) = repo.try_find_object(parent).map_err(git_err)? {
                parent_trees.push(commit.into_commit().tree_id().map_err(git_err)?.detach());
            }
        }
        tree_objects(repo, tree, &parent_trees, &mut seen, &mut out)?;
    }
    Ok(out)
}

/// Adds `tree` and what it holds, minus what the `bases` (the same path in the parents' trees) hold.
fn tree_objects(
    repo: &gix::Repository,
    tree: ObjectId,
    bases: &[ObjectId],
    seen: &mut HashSet<ObjectId>,
    out: &mut Vec<ObjectId>,
) -> Result<(), PushError> {
    if bases.contains(&tree) || !seen.insert(tree) {
        return Ok(());
    }
    out.push(tree);
    let mut base_entries: Vec<HashMap<Vec<u8>, (EntryKind, ObjectId)>> = Vec::new();
    for base in bases {
        base_entries.push(entries(repo, *base)?);
    }
    for (name, (kind, id)) in entries(repo, tree)? {
        let in_base = base_entries.iter().any(|b| b.get(&name).is_some_and(|(_, bid)| *bid == id));
        if in_base {
            continue;
        }
        match kind {
            EntryKind::Tree => {
                let sub_bases: Vec<ObjectId> = base_entries
                    .iter()
                    .filter_map(|b| b.get(&name).filter(|(k, _)| *k == EntryKind::Tree).map(|(_, id)| *id))
                    .collect();
                tree_objects(repo, id, &sub_bases, seen, out)?;
            }
            // Submodule commits live in another repository.
            EntryKind::Commit => {}
            _ => {
                if seen.insert(id) {
                    out.push(id);
                }
            }
        }
    }
    Ok(())
}

fn entries(repo: &gix::Repository, tree: ObjectId) -> Result<HashMap<Vec<u8>, (EntryKind, ObjectId)>, PushError> {
    let tree = repo.find_tree(tree).map_err(git_err)?;
    let decoded = tree.decode().map_err(git_err)?;
    Ok(decoded.entries.iter().map(|e| (e.filename.to_vec(), (e.mode.kind(), e.oid.to_owned()))).collect())
}

/// A version 2 pack of `objects`, each stored whole (zlib-compressed), with its SHA-1 trailer.
pub(crate) fn write_pack(repo: &gix::Repository, objects: &[ObjectId]) -> Result<Vec<u8>, PushError> {
    let mut pack = Vec::new();
    pack.extend_from_slice(b"PACK");
    pack.extend_from_slice(&2u32.to_be_bytes());
    pack.extend_from_slice(&u32::try_from(objects.len()).map_err(|_| git_err("too many objects"))?.to_be_bytes());
    for id in objects {
        let object = repo.find_object(*id).map_err(git_err)?;
        let type_bits: u8 = match object.kind {
            gix::object::Kind::Commit => 1,
            gix::object::Kind::Tree => 2,
            gix::object::Kind::Blob => 3,
            gix::object::Kind::Tag => 4,
        };
        let mut size = object.data.len();
        let mut byte = (type_bits << 4) | (size & 0x0f) as u8;
        size >>= 4;
        while size > 0 {
            pack.push(byte | 0x80);
            byte = (size & 0x7f) as u8;
            size >>= 7;
        }
        pack.push(byte);
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        encoder.write_all(&object.data)?;
        pack.extend_from_slice(&encoder.finish()?);
    }
    let mut hasher = gix::hash::hasher(gix::hash::Kind::Sha1);
    hasher.update(&pack);
    let digest = hasher.try_finalize().map_err(git_err)?;
    pack.extend_from_slice(digest.as_bytes());
    Ok(pack)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_report_is_split_into_lines() {
        let data = b"000eunpack ok\n0017ok refs/heads/main\n0000";
        assert_eq!(parse_pkt_lines(data).unwrap(), ["unpack ok", "ok refs/heads/main"]);
        assert!(parse_pkt_lines(b"00ffshort").is_err());
    }

    #[test]
    fn refusals_are_typed() {
        let commands = [Command { name: "refs/heads/main".into(), old: None, new: None }];
        let hook = check_report(
            &["unpack ok".into(), "ng refs/heads/main pre-receive hook declined".into()],
            &commands,
            "no pushes on Friday",
        );
        assert!(matches!(hook, Err(PushError::HookRejected { ref output, .. }) if output == "no pushes on Friday"));
        let moved =
            check_report(&["unpack ok".into(), "ng refs/heads/main failed to update ref".into()], &commands, "");
        assert!(matches!(moved, Err(PushError::NonFastForward { .. })));
        let unpack = check_report(&["unpack index-pack failed".into()], &commands, "");
        assert!(matches!(unpack, Err(PushError::Unpack { .. })));
        let missing = check_report(&["unpack ok".into()], &commands, "");
        assert!(matches!(missing, Err(PushError::Protocol(_))));
    }
}
