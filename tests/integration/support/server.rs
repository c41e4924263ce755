//! Embedded API servers for tests: in-process (restartable on the same port, credentials and data) or as a
//! child process (for `kill -9`).

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use apiserver::{ApiServer, Config};

use super::Kubectl;

/// An in-process server with its own data directory.
pub struct TestServer {
    server: Option<ApiServer>,
    config: Config,
    pub dir: tempfile::TempDir,
    kubectl_cache: tempfile::TempDir,
}

impl TestServer {
    /// An in-memory server.
    pub async fn start() -> TestServer {
        TestServer::with(|c| c.ephemeral = true).await
    }

    /// A server whose objects persist in its data directory.
    pub async fn start_persistent() -> TestServer {
        TestServer::with(|c| c.ephemeral = false).await
    }

    /// A server with a customised configuration.
    pub async fn with(customise: impl FnOnce(&mut Config)) -> TestServer {
        let dir = tempfile::tempdir().expect("creating a temporary data dir");
        let mut config = Config::persistent_in(dir.path().to_path_buf());
        customise(&mut config);
        let server = ApiServer::start(config.clone()).await.expect("starting the embedded API server");
        // Restarts reuse the port so kubeconfigs and watchers stay valid.
        config.listen = server.address();
        TestServer { server: Some(server), config, dir, kubectl_cache: tempfile::tempdir().expect("kubectl cache dir") }
    }

    fn running(&self) -> &ApiServer {
        self.server.as_ref().expect("the server is running")
    }

    pub fn address(&self) -> SocketAddr {
        self.running().address()
    }

    pub fn kubeconfig(&self) -> PathBuf {
        self.running().kubeconfig_path().to_path_buf()
    }

    /// kubectl bound to this server with a per-test discovery cache.
    pub fn kubectl(&self) -> Kubectl {
        Kubectl::new(
            &self.config.kubeconfig_out.clone().unwrap_or_else(|| self.dir.path().join("kubeconfig")),
            self.kubectl_cache.path(),
        )
    }

    /// A kube-rs client from the kubeconfig the server wrote.
    pub async fn client(&self) -> kube::Client {
        client_for(&self.kubeconfig()).await
    }

    pub async fn stop(&mut self) {
        if let Some(s) = self.server.take() {
            s.shutdown().await;
        }
    }

    /// Stops and starts again on the same port with the same credentials and data directory.
    pub async fn restart(&mut self) {
        self.stop().await;
        let mut last = None;
        // The port was just released; binding again can race with the old socket's teardown.
        for _ in 0..50 {
            match ApiServer::start(self.config.clone()).await {
                Ok(s) => {
                    self.server = Some(s);
                    return;
                }
                Err(e) => {
                    last = Some(e);
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
            }
        }
        panic!("restarting the embedded API server: {last:?}");
    }
}

/// A kube-rs client for a kubeconfig file.
pub async fn client_for(kubeconfig: &Path) -> kube::Client {
    let kc = kube::config::Kubeconfig::read_from(kubeconfig).expect("reading the kubeconfig");
    let config = kube::Config::from_custom_kubeconfig(kc, &kube::config::KubeConfigOptions::default())
        .await
        .expect("loading the kubeconfig");
    kube::Client::try_from(config).expect("building a kube client")
}

/// `flux-rs run --embedded` as a child process.
pub struct ChildServer {
    child: Child,
    pub data_dir: PathBuf,
    pub port: u16,
    pub stderr_log: PathBuf,
}

impl ChildServer {
    /// Starts the binary with `--listen 127.0.0.1:<port>` (0 = any) and waits until it reports serving.
    pub fn start(data_dir: &Path, port: u16, extra: &[&str]) -> ChildServer {
        let log = data_dir.with_extension("stderr.log");
        let stderr = std::fs::File::create(&log).expect("creating the server log");
        let child = Command::new(env!("CARGO_BIN_EXE_flux-rs"))
            .args(["run", "--embedded", "--listen", &format!("127.0.0.1:{port}"), "--data-dir"])
            .arg(data_dir)
            .args(extra)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(stderr)
            .spawn()
            .expect("spawning flux-rs run --embedded");
        let mut server = ChildServer { child, data_dir: data_dir.to_path_buf(), port, stderr_log: log };
        server.port = server.wait_serving(Duration::from_secs(30));
        server
    }

    fn wait_serving(&mut self, deadline: Duration) -> u16 {
        let until = std::time::Instant::now() + deadline;
        loop {
            let text = std::fs::read_to_string(&self.stderr_log).unwrap_or_default();
            if let Some(line) = text.lines().find(|l| l.contains("serving on https://")) {
                let port =
                    line.rsplit(':').next().and_then(|p| p.trim().parse().ok()).expect("port in the serving line");
                return port;
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("flux-rs run --embedded exited with {status} before serving:\n{text}");
            }
            assert!(
                std::time::Instant::now() < until,
                "flux-rs run --embedded did not report serving within {deadline:?}:\n{text}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn kubeconfig(&self) -> PathBuf {
        self.data_dir.join("kubeconfig")
    }

    /// `kill -9`: no chance to flush anything.
    pub fn kill9(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// SIGTERM, then wait for a clean exit; returns the exit status and stderr.
    pub fn terminate(mut self) -> (std::process::ExitStatus, String) {
        let _ = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status();
        let status = self.child.wait().expect("waiting for the server to exit");
        (status, std::fs::read_to_string(&self.stderr_log).unwrap_or_default())
    }
}

impl Drop for ChildServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
