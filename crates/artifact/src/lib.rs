//! source-controller's artifact storage, shared by every source kind, and the safe download-and-extract
//! that the controllers consuming artifacts use. No cluster, no controller runtime: files, HTTP, and rules.
//!
//! * [`Storage`]: artifacts under a root at `<kind>/<namespace>/<name>/<file>`, written atomically under a
//!   lock file, with their URL, digest, size and time; symlinks (`latest.tar.gz`, `index.yaml`);
//!   verification; [garbage collection](gc); removal of a deleted object's directory.
//! * [`archive`]: the deterministic `tar.gz` of a directory — the same tree always gives the same bytes.
//! * [`ignore`]: `.sourceignore`, `spec.ignore` and the default exclusions, with upstream's precedence
//!   and its (go-git) gitignore semantics.
//! * [`untar`]: extraction that never writes outside its destination, with size limits.
//! * [`fetch`] (async): GET with retries, digest verification before extraction.
//! * [`server`] (async): the artifact HTTP server — files only, no listings, no escapes.
//!
//! How the GitRepository controller uses it:
//!
//! ```no_run
//! # fn reconcile(storage: &artifact::Storage, checkout: &std::path::Path, spec_ignore: Option<&str>) -> Result<(), Box<dyn std::error::Error>> {
//! let commit = "5394cb7f48332b2de7c17dd8b8384bbc84b7e738";
//! let revision = format!("main@sha1:{commit}");
//! let new = storage.new_artifact_for("GitRepository", "flux-system", "podinfo", &revision, &format!("{commit}.tar.gz"));
//! let _lock = storage.lock(&new)?;
//! let filter = artifact::ignore::source_filter(checkout, spec_ignore)?;
//! let stored = storage.archive(new, checkout, &filter)?;
//! // status.artifact = stored; then, on later reconciles:
//! storage.garbage_collect(&stored)?;
//! storage.verify(&stored)?;
//! # Ok(()) }
//! ```
//!
//! Everything but [`fetch`] and [`server`] is synchronous: call it from `spawn_blocking` in async code.

pub mod archive;
pub mod config;
pub mod digest;
pub mod fetch;
pub mod gc;
pub mod ignore;
pub mod lock;
pub mod path;
pub mod server;
pub mod storage;
pub mod untar;

pub use api::artifact::Artifact;
pub use archive::{ArchiveFilter, NoFilter};
pub use config::StorageOptions;
pub use fetch::{fetch_and_verify, Fetcher};
pub use server::ArtifactServer;
pub use storage::{Storage, StorageError, INDEX_SYMLINK, LATEST_SYMLINK};
pub use untar::{untar, UntarOptions};
