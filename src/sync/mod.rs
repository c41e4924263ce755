//! `flux-rs run --embedded --sync DIR`: the whole GitOps loop on one machine, with no network.
//!
//! DIR (manifests: a `kustomization.yaml` or plain YAML) is committed as the whole tree of `main` in a
//! bare repository `<data-dir>/sync/<name>.git` ([`repository`]), again whenever DIR's content changes
//! (DIR is looked at every [`POLL`]). This process serves that repository over smart HTTP on 127.0.0.1
//! (`git::serve`, which runs `git http-backend`), and applies a GitRepository and a Kustomization
//! `flux-system/<name>` following it ([`objects`]); each new commit also requests a fetch at once, as a
//! webhook receiver would. The controllers of the same process then fetch, build, apply, prune and
//! health-check, and [`progress`] tells the user as each object becomes Ready, with the
//! `flux-rs get all` table once the Kustomization has applied DIR's latest commit.
//!
//! ```ignore
//! let plan = sync::plan(Path::new("examples/podinfo"), None, "flux-system")?; // before the cluster starts
//! let running = sync::Sync::start(plan, &data_dir, client, config).await?;     // once Flux is installed
//! // … until SIGINT/SIGTERM …
//! running.shutdown().await;                                                    // Git server included
//! ```

pub(crate) mod objects;
mod progress;
mod repository;

use std::io::Write;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Context;
use tokio::sync::oneshot;

use crate::cli::client::Kube;
use crate::cli::kinds::{GIT_REPOSITORY, KUSTOMIZATION};
use crate::ui;
use progress::Reporter;
use repository::LocalRepository;

/// How often DIR is looked at for changes.
pub const POLL: Duration = Duration::from_secs(2);
/// How often the two objects' status is read.
const STATUS_POLL: Duration = Duration::from_secs(1);

/// What `--sync` will do, checked before the cluster starts.
#[derive(Debug, Clone)]
pub struct Plan {
    /// DIR, absolute.
    dir: PathBuf,
    /// DIR as the user wrote it.
    shown: String,
    /// The name of the repository, the GitRepository and the Kustomization.
    name: String,
    namespace: String,
}

/// Checks `--sync DIR [--sync-name NAME]`: DIR is a folder, the objects have a valid name, and `git` is
/// installed (its `http-backend` serves the repository). Each failure is one line saying what to do.
pub fn plan(dir: &Path, name: Option<&str>, namespace: &str) -> anyhow::Result<Plan> {
    let shown = dir.display().to_string();
    let absolute = dir.canonicalize().with_context(|| format!("--sync {shown}"))?;
    if !absolute.is_dir() {
        anyhow::bail!("--sync {shown}: not a directory");
    }
    let name = match name {
        Some(name) if crate::cli::is_dns1123_label(name) => name.to_string(),
        Some(name) => anyhow::bail!(
            "--sync-name {name:?}: must be a valid DNS label (lowercase letters, digits and '-', at most 63)"
        ),
        None => object_name(&absolute).with_context(|| {
            format!("--sync {shown}: cannot name the GitRepository after this directory; pass --sync-name")
        })?,
    };
    git::serve::http_backend().map_err(|e| anyhow::anyhow!("--sync needs git to serve {shown}: {e}"))?;
    Ok(Plan { dir: absolute, shown, name, namespace: namespace.to_string() })
}

/// The directory's name as an object name: lower-cased, runs of other characters made one `-`.
fn object_name(dir: &Path) -> Option<String> {
    let base = dir.file_name()?.to_str()?.to_ascii_lowercase();
    let mut name = String::new();
    for c in base.chars() {
        if c.is_ascii_alphanumeric() {
            name.push(c);
        } else if !name.ends_with('-') {
            name.push('-');
        }
    }
    let name: String = name.trim_matches('-').chars().take(63).collect();
    let name = name.trim_end_matches('-').to_string();
    crate::cli::is_dns1123_label(&name).then_some(name)
}

/// The running loop: the Git server and the task that commits DIR and reports progress.
pub struct Sync {
    server: git::serve::Server,
    stop: oneshot::Sender<()>,
    task: tokio::task::JoinHandle<()>,
}

impl Sync {
    /// Commits DIR, serves it, applies the GitRepository and the Kustomization, and starts watching DIR
    /// and the two objects. `client` reaches the cluster Flux is installed in (`config` is what it was
    /// built from, for the `get all` table).
    pub async fn start(
        plan: Plan,
        data_dir: &Path,
        client: kube::Client,
        config: kube::Config,
    ) -> anyhow::Result<Sync> {
        let root = data_dir.join("sync");
        let (name, dir, shown) = (plan.name.clone(), plan.dir.clone(), plan.shown.clone());
        let repo_root = root.clone();
        let (repo, first) = blocking(move || {
            let mut repo = LocalRepository::open(&repo_root, &name, &dir, &shown)?;
            let first = repo.sync()?.context("the first look at the directory found nothing to do")?;
            Ok((repo, first))
        })
        .await?;
        let loopback = SocketAddr::from(([127, 0, 0, 1], 0));
        let server = git::serve::Server::start(&root, loopback, git::serve::ServeOptions::default())
            .with_context(|| format!("serving {}", root.display()))?;
        let url = server.url(&format!("{}.git", plan.name));
        let what = if first.committed { "committed" } else { "unchanged since the last run" };
        ui::action(&format!("{}: {} ({what}), served at {url}", plan.shown, first.revision));

        let (namespace, name) = (plan.namespace.as_str(), plan.name.as_str());
        let applied = async {
            objects::apply(&client, &GIT_REPOSITORY, &objects::git_repository(namespace, name, &url)).await?;
            objects::apply(&client, &KUSTOMIZATION, &objects::kustomization(namespace, name)).await
        };
        if let Err(e) = applied.await {
            let _ = tokio::task::spawn_blocking(move || server.shutdown()).await;
            return Err(e);
        }
        let ids = format!("GitRepository {namespace}/{name} and Kustomization {namespace}/{name}");
        ui::action(&format!("applied {ids} (field manager {})", objects::FIELD_MANAGER));
        ui::waiting(&format!("waiting for {ids} to be Ready"));

        let sync_loop = Loop {
            source: Reporter::new(&GIT_REPOSITORY, namespace, name),
            kustomization: Reporter::new(&KUSTOMIZATION, namespace, name),
            kube: Kube::unthrottled(client.clone(), config),
            client,
            repo: Some(repo),
            revision: first.revision,
            shown_at: None,
            failing: None,
            plan,
        };
        let (stop, stopped) = oneshot::channel();
        let task = tokio::spawn(sync_loop.run(stopped));
        Ok(Sync { server, stop, task })
    }

    /// Stops watching DIR (a commit under way finishes first), then the Git server, whose backends are
    /// reaped.
    pub async fn shutdown(self) {
        let _ = self.stop.send(());
        let _ = self.task.await;
        let server = self.server;
        let _ = tokio::task::spawn_blocking(move || server.shutdown()).await;
    }
}

/// Runs blocking Git work off the async threads.
async fn blocking<T: Send + 'static>(work: impl FnOnce() -> anyhow::Result<T> + Send + 'static) -> anyhow::Result<T> {
    tokio::task::spawn_blocking(work).await.context("the Git work stopped unexpectedly")?
}

struct Loop {
    plan: Plan,
    client: kube::Client,
    kube: Kube,
    /// Lent to the blocking commit while it runs.
    repo: Option<LocalRepository>,
    /// The branch's latest revision.
    revision: String,
    /// The revision the `get all` table was last shown for.
    shown_at: Option<String>,
    /// The last error reading or committing DIR, said once.
    failing: Option<String>,
    source: Reporter,
    kustomization: Reporter,
}

impl Loop {
    async fn run(mut self, mut stop: oneshot::Receiver<()>) {
        let mut dir = tokio::time::interval(POLL);
        let mut status = tokio::time::interval(STATUS_POLL);
        dir.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        status.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tokio::select! {
                _ = &mut stop => return,
                _ = dir.tick() => self.look_at_dir().await,
                _ = status.tick() => self.look_at_objects().await,
            }
        }
    }

    async fn look_at_dir(&mut self) {
        let Some(mut repo) = self.repo.take() else { return };
        let looked = tokio::task::spawn_blocking(move || {
            let synced = repo.sync();
            (repo, synced)
        })
        .await;
        let Ok((repo, synced)) = looked else {
            tracing::error!("committing {} stopped unexpectedly; no longer watching it", self.plan.shown);
            return;
        };
        self.repo = Some(repo);
        if synced.is_ok() {
            self.failing = None;
        }
        match synced {
            Ok(None) => {}
            Ok(Some(synced)) => {
                if synced.committed {
                    ui::action(&format!("{} changed: committed {}", self.plan.shown, synced.revision));
                    let (ns, name) = (&self.plan.namespace, &self.plan.name);
                    if let Err(e) = objects::request_reconcile(&self.client, &GIT_REPOSITORY, ns, name).await {
                        // The interval fetches it anyway.
                        tracing::warn!(error = %format!("{e:#}"), "requesting a fetch");
                    }
                }
                self.revision = synced.revision;
            }
            Err(e) => {
                let message = format!("{e:#}");
                if self.failing.as_ref() != Some(&message) {
                    ui::warning(&format!("{message} (looking again every {}s)", POLL.as_secs()));
                    self.failing = Some(message);
                }
            }
        }
    }

    async fn look_at_objects(&mut self) {
        let (ns, name) = (&self.plan.namespace, &self.plan.name);
        let (source, kustomization) = match tokio::try_join!(
            objects::get(&self.client, &GIT_REPOSITORY, ns, name),
            objects::get(&self.client, &KUSTOMIZATION, ns, name)
        ) {
            Ok(found) => found,
            Err(e) => {
                tracing::debug!(error = %format!("{e:#}"), "reading the synced objects");
                return;
            }
        };
        for (reporter, obj) in [(&mut self.source, &source), (&mut self.kustomization, &kustomization)] {
            if let Some((status, line)) = obj.as_ref().and_then(|o| reporter.observe(o)) {
                ui::status(status, &line);
            }
        }
        let (Some(source), Some(kustomization)) = (source, kustomization) else { return };
        if self.shown_at.as_ref() == Some(&self.revision) || !progress::synced(&source, &kustomization, &self.revision)
        {
            return;
        }
        match crate::cli::get::all_tables(&self.kube, ns).await {
            Ok(tables) => {
                // Ignored: stdout may be a closed pipe, and the loop goes on regardless.
                let _ = write!(std::io::stdout().lock(), "{tables}").and_then(|_| std::io::stdout().flush());
            }
            Err(e) => ui::warning(&format!("{e:#}")),
        }
        if self.shown_at.is_none() {
            ui::detail(&format!(
                "edit {}: each change is committed and applied within seconds; Ctrl-C stops everything",
                self.plan.shown
            ));
        }
        self.shown_at = Some(self.revision.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objects_are_named_after_the_directory() {
        assert_eq!(object_name(Path::new("/x/examples/podinfo")).as_deref(), Some("podinfo"));
        assert_eq!(object_name(Path::new("/x/My_Apps.v2")).as_deref(), Some("my-apps-v2"));
        assert_eq!(object_name(Path::new("/x/--a--")).as_deref(), Some("a"));
        assert_eq!(object_name(Path::new("/x/___")), None);
        assert_eq!(object_name(Path::new("/")), None);
        assert_eq!(object_name(&Path::new("/x").join("a".repeat(70))).map(|n| n.len()), Some(63));
    }

    #[test]
    fn plans_say_what_is_wrong_in_one_line() {
        let dir = tempfile::tempdir().unwrap();
        let app = dir.path().join("app");
        std::fs::create_dir(&app).unwrap();
        std::fs::write(dir.path().join("file.yaml"), "a: b\n").unwrap();

        let err = plan(&dir.path().join("absent"), None, "flux-system").unwrap_err();
        assert!(format!("{err:#}").starts_with("--sync ") && !format!("{err:#}").contains('\n'), "{err:#}");
        let err = plan(&dir.path().join("file.yaml"), None, "flux-system").unwrap_err();
        assert!(format!("{err:#}").ends_with("not a directory"), "{err:#}");
        let err = plan(&app, Some("Bad_Name"), "flux-system").unwrap_err();
        assert!(format!("{err:#}").starts_with("--sync-name \"Bad_Name\""), "{err:#}");
        // With git installed (the tests need it), a folder is enough.
        let planned = plan(&app, None, "flux-system").unwrap();
        assert_eq!((planned.name.as_str(), planned.namespace.as_str()), ("app", "flux-system"));
    }
}
