//! source-controller: the artifact storage, the artifact HTTP server, and the controllers of the source
//! kinds — GitRepository so far.
//!
//! ```ignore
//! let options = StorageOptions { path: "/data".into(), addr: ":9090".into(), adv_addr: None, ..defaults };
//! let elected = manager.elected(COMPONENT);                    // serve files only while leading
//! let artifacts = ArtifactService::start(&options, elected).await?;  // binds the server, opens the storage
//! register(&mut manager, artifacts.storage());                 // the GitRepository controller
//! let running = manager.start().await?;
//! // … on shutdown: running.shutdown().await?; artifacts.shutdown().await;
//! ```

mod credentials;
mod gitrepository;
mod include;
mod summary;
mod unsupported;

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context as _;
use tokio::sync::watch;

pub use gitrepository::GitRepositoryReconciler;

/// The upstream component name, as `--controllers` takes it and events report it.
pub const COMPONENT: &str = "source-controller";

/// Where artifacts are stored and served from (`--storage-path`, `--storage-addr`, `--storage-adv-addr`).
#[derive(Debug, Clone)]
pub struct StorageOptions {
    pub path: PathBuf,
    /// The bind address (`:9090`, `127.0.0.1:0`).
    pub addr: String,
    /// The address in artifact URLs; derived from the bound address when `None`.
    pub adv_addr: Option<String>,
    /// `--artifact-retention-ttl`: artifacts older than this (but the current one) are collected.
    pub retention_ttl: std::time::Duration,
    /// `--artifact-retention-records`: how many artifacts an object keeps after a collection.
    pub retention_records: usize,
    /// `--artifact-digest-algo`.
    pub digest_algorithm: artifact::digest::Algorithm,
}

/// The artifact storage and the HTTP server serving it.
pub struct ArtifactService {
    storage: Arc<artifact::Storage>,
    server: artifact::server::RunningServer,
}

impl ArtifactService {
    /// Creates the storage directory, binds the artifact server (port 0 picks a free port) and opens the
    /// storage with artifact URLs on the advertised address: `adv_addr` as given, else the bind address
    /// with its bound port (an empty host advertised as `localhost`, `0.0.0.0` as the host name, as
    /// upstream).
    ///
    /// The server answers `503 Service Unavailable` until `elected` turns true (the manager's signal that
    /// this replica leads source-controller, true at once without leader election): upstream starts its
    /// file server only once elected, so only the replica whose storage the artifact URLs point at serves.
    pub async fn start(options: &StorageOptions, elected: watch::Receiver<bool>) -> anyhow::Result<ArtifactService> {
        create_private_dir(&options.path)
            .with_context(|| format!("creating the storage directory {}", options.path.display()))?;
        let server = artifact::ArtifactServer::bind(&options.addr, &options.path)
            .await
            .with_context(|| format!("starting the artifact server on {}", options.addr))?;
        let bound = server.local_addr();
        let host = options.addr.rsplit_once(':').map(|(h, _)| h).unwrap_or_default();
        let storage = artifact::Storage::new(&artifact::StorageOptions {
            path: options.path.clone(),
            address: format!("{host}:{}", bound.port()),
            advertised_address: options.adv_addr.clone().unwrap_or_default(),
            retention_ttl: options.retention_ttl,
            retention_records: options.retention_records,
            digest_algorithm: options.digest_algorithm,
        })
        .with_context(|| format!("opening the artifact storage {}", options.path.display()))?;
        tracing::info!(
            addr = %bound,
            advertised = %storage.hostname(),
            path = %options.path.display(),
            "Starting artifact server"
        );
        Ok(ArtifactService { storage: Arc::new(storage), server: server.leader_only(elected).spawn() })
    }

    /// The storage the controllers write to.
    pub fn storage(&self) -> Arc<artifact::Storage> {
        self.storage.clone()
    }

    /// Where the server listens.
    pub fn local_addr(&self) -> std::net::SocketAddr {
        self.server.local_addr()
    }

    /// Stops serving; downloads in flight finish.
    pub async fn shutdown(self) {
        if let Err(e) = self.server.shutdown().await {
            tracing::error!(error = %e, "artifact server error");
        }
    }
}

fn create_private_dir(path: &std::path::Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new().recursive(true).mode(0o700).create(path)
}

/// Adds source-controller's controllers to `manager`, writing artifacts to `storage`.
pub fn register(manager: &mut runtime::Manager, storage: Arc<artifact::Storage>) {
    manager.controller(COMPONENT, GitRepositoryReconciler::new(storage)).field_manager(COMPONENT).register();
}
