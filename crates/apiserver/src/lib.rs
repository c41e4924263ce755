//! An embedded Kubernetes API server that kubectl and kube-rs accept as kube-apiserver v1.33.
//!
//! It serves HTTPS on loopback with a generated CA and a bearer token, speaks discovery (legacy and
//! aggregated), OpenAPI v3, CRUD, list, watch, every patch type and server-side apply, and runs the
//! namespace, garbage-collection and CRD-cleanup controllers in-process. State lives in memory, or in a
//! crash-safe write-ahead log under a data directory.
//!
//! ```no_run
//! # async fn demo() -> Result<(), apiserver::StartError> {
//! let server = apiserver::ApiServer::start(apiserver::Config::ephemeral_in("/tmp/flux-rs-demo".into())).await?;
//! println!("kubectl --kubeconfig {} get ns", server.kubeconfig_path().display());
//! server.shutdown().await;
//! # Ok(()) }
//! ```

mod admission;
mod certificates;
mod controllers;
mod crd;
mod discovery;
mod disruption;
mod events;
mod handlers;
mod objects;
mod openapi;
mod patch;
mod pki;
mod printers;
mod protobuf;
mod rbac;
mod registry;
mod request;
mod selectors;
mod server;
mod status;
mod store;
mod structural;
mod table;
mod tokens;
mod typed;
mod workloads;
mod yamlish;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde_json::{json, Value};

pub use pki::CONTEXT;
pub use server::GIT_VERSION;
pub use store::StoreOptions;

/// How to run the server.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where to listen; port 0 picks a free port.
    pub listen: SocketAddr,
    /// Credentials, the kubeconfig and (unless ephemeral) the object log live here.
    pub data_dir: PathBuf,
    /// Keep objects in memory only.
    pub ephemeral: bool,
    /// Where to write the kubeconfig (default `<data_dir>/kubeconfig`).
    pub kubeconfig_out: Option<PathBuf>,
    /// Simulate Deployments, ReplicaSets, Pods and friends becoming ready.
    pub simulate_workloads: bool,
    /// How long Events are kept after they last happened (kube-apiserver's `--event-ttl`).
    pub event_ttl: std::time::Duration,
    pub store: StoreOptions,
}

impl Config {
    /// A persistent server on a free loopback port with its state in `data_dir`.
    pub fn persistent_in(data_dir: PathBuf) -> Config {
        Config {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            data_dir,
            ephemeral: false,
            kubeconfig_out: None,
            simulate_workloads: true,
            event_ttl: std::time::Duration::from_secs(3600),
            store: StoreOptions::default(),
        }
    }

    /// An in-memory server whose credentials and kubeconfig go to `data_dir`.
    pub fn ephemeral_in(data_dir: PathBuf) -> Config {
        Config { ephemeral: true, ..Config::persistent_in(data_dir) }
    }
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("cannot listen on {addr}: {source}")]
    Listen { addr: SocketAddr, source: std::io::Error },
    #[error("{0}")]
    Credentials(String),
    #[error("opening the object store in {dir}: {message}")]
    Store { dir: PathBuf, message: String },
}

/// A running server. Dropping it without [`ApiServer::shutdown`] leaves the serving task running until the
/// runtime ends.
pub struct ApiServer {
    address: SocketAddr,
    kubeconfig_path: PathBuf,
    kubeconfig: String,
    ca_pem: String,
    token: String,
    shutdown: tokio::sync::watch::Sender<bool>,
    serving: tokio::task::JoinHandle<()>,
}

impl ApiServer {
    /// Starts serving. Returns once the listener is bound and the bootstrap objects exist.
    pub async fn start(config: Config) -> Result<ApiServer, StartError> {
        pki::create_private_dir(&config.data_dir).map_err(StartError::Credentials)?;
        let listener = tokio::net::TcpListener::bind(config.listen)
            .await
            .map_err(|source| StartError::Listen { addr: config.listen, source })?;
        let address = listener.local_addr().map_err(|source| StartError::Listen { addr: config.listen, source })?;
        let creds = pki::load_or_create(&config.data_dir, address).map_err(StartError::Credentials)?;
        let tls = pki::tls_config(&creds).map_err(StartError::Credentials)?;
        let store = if config.ephemeral {
            store::Store::memory(config.store.clone())
        } else {
            let dir = config.data_dir.join("objects");
            store::Store::open(&dir, config.store.clone())
                .map_err(|e| StartError::Store { dir, message: e.to_string() })?
        };
        let (shutdown_tx, shutdown_rx) = tokio::sync::watch::channel(false);
        let settings = server::Settings { address, event_ttl: config.event_ttl };
        let issuer = tokens::Issuer::from_pkcs8(&creds.sa_key_der).map_err(StartError::Credentials)?;
        let server = Arc::new(server::Server::new(store, creds.token.clone(), issuer, settings, shutdown_rx.clone()));
        bootstrap(&server).await;
        server.reload_registry();

        let url = format!("https://{}", display_addr(address));
        let kubeconfig = pki::kubeconfig(&url, &creds);
        let kubeconfig_path = config.kubeconfig_out.clone().unwrap_or_else(|| config.data_dir.join("kubeconfig"));
        pki::write_kubeconfig(&kubeconfig_path, &kubeconfig).map_err(StartError::Credentials)?;

        tokio::spawn(controllers::run(server.clone()));
        if config.simulate_workloads {
            tokio::spawn(workloads::run(server.clone()));
            tokio::spawn(disruption::run(server.clone()));
        }
        let serving = tokio::spawn(serve(server, listener, tls, shutdown_rx));
        Ok(ApiServer {
            address,
            kubeconfig_path,
            kubeconfig,
            ca_pem: creds.ca_pem,
            token: creds.token,
            shutdown: shutdown_tx,
            serving,
        })
    }

    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// `https://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("https://{}", display_addr(self.address))
    }

    pub fn kubeconfig_path(&self) -> &Path {
        &self.kubeconfig_path
    }

    /// The kubeconfig text (admin user, context [`CONTEXT`]).
    pub fn kubeconfig(&self) -> &str {
        &self.kubeconfig
    }

    pub fn ca_pem(&self) -> &str {
        &self.ca_pem
    }

    pub fn token(&self) -> &str {
        &self.token
    }

    /// Stops accepting, ends open connections and watches, and waits for the serving task.
    pub async fn shutdown(self) {
        let _ = self.shutdown.send(true);
        let _ = self.serving.await;
    }
}

fn display_addr(a: SocketAddr) -> String {
    if a.ip().is_unspecified() {
        format!("127.0.0.1:{}", a.port())
    } else {
        a.to_string()
    }
}

async fn serve(
    server: Arc<server::Server>,
    listener: tokio::net::TcpListener,
    tls: Arc<rustls::ServerConfig>,
    mut shutdown: tokio::sync::watch::Receiver<bool>,
) {
    let acceptor = tokio_rustls::TlsAcceptor::from(tls);
    let mut connections = tokio::task::JoinSet::new();
    loop {
        let accepted = tokio::select! {
            a = listener.accept() => a,
            _ = shutdown.changed() => break,
            Some(_) = connections.join_next(), if !connections.is_empty() => continue,
        };
        let Ok((tcp, _peer)) = accepted else { continue };
        let _ = tcp.set_nodelay(true);
        let acceptor = acceptor.clone();
        let server = server.clone();
        connections.spawn(async move {
            let Ok(stream) = acceptor.accept(tcp).await else { return };
            let service = hyper::service::service_fn(move |req| {
                let server = server.clone();
                async move { Ok::<_, std::convert::Infallible>(server.handle(req).await) }
            });
            let builder = hyper_util::server::conn::auto::Builder::new(hyper_util::rt::TokioExecutor::new());
            let _ = builder.serve_connection(hyper_util::rt::TokioIo::new(stream), service).await;
        });
    }
    connections.abort_all();
    while connections.join_next().await.is_some() {}
}

/// Objects every cluster starts with: system namespaces, the `kubernetes` Service, default ClusterRoles and
/// ClusterRoleBindings.
async fn bootstrap(server: &server::Server) {
    let now = objects::now();
    let mut seed: Vec<(String, Value)> = Vec::new();
    for ns in ["default", "kube-system", "kube-public", "kube-node-lease"] {
        seed.push((
            format!("/core/namespaces/{ns}"),
            json!({"apiVersion": "v1", "kind": "Namespace",
                   "metadata": {"name": ns, "labels": {"kubernetes.io/metadata.name": ns}},
                   "spec": {"finalizers": ["kubernetes"]}, "status": {"phase": "Active"}}),
        ));
    }
    seed.push((
        "/core/services/default/kubernetes".into(),
        json!({"apiVersion": "v1", "kind": "Service",
               "metadata": {"name": "kubernetes", "namespace": "default", "labels": {"component": "apiserver", "provider": "kubernetes"}},
               "spec": {"clusterIP": "10.96.0.1", "clusterIPs": ["10.96.0.1"], "type": "ClusterIP", "sessionAffinity": "None",
                        "ipFamilies": ["IPv4"], "ipFamilyPolicy": "SingleStack", "internalTrafficPolicy": "Cluster",
                        "ports": [{"name": "https", "port": 443, "protocol": "TCP", "targetPort": 6443}]},
               "status": {"loadBalancer": {}}}),
    ));
    for role in rbac::bootstrap_roles() {
        let name = objects::name_of(&role).to_string();
        seed.push((format!("/rbac.authorization.k8s.io/clusterroles/{name}"), role));
    }
    for binding in rbac::bootstrap_bindings() {
        let name = objects::name_of(&binding).to_string();
        seed.push((format!("/rbac.authorization.k8s.io/clusterrolebindings/{name}"), binding));
    }
    for (key, mut obj) in seed {
        if server.store.get(&key).is_some() {
            continue;
        }
        let m = objects::meta_mut(&mut obj);
        m.insert("uid".into(), json!(uuid::Uuid::new_v4().to_string()));
        m.insert("creationTimestamp".into(), json!(now));
        if let Err(e) = server.store.put(&key, store::Precondition::MustNotExist, obj, false).await {
            tracing::warn!(key, error = %e, "bootstrapping");
        }
    }
}
