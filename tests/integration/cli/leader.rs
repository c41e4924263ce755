//! Leader election across processes, as issue 4 asks to show it: one `flux-rs run --embedded
//! --controllers none` is the API server; `flux-rs run --controllers source-controller
//! --enable-leader-election` replicas compete for the Lease `source-controller-leader-election`. Only the
//! holder reconciles and serves artifacts (a standby's artifact server answers 503); killed with SIGKILL,
//! it is replaced once its lease has expired, and not before; stopped with SIGTERM, it releases the lease
//! and is replaced within a retry period. The replicas' JSON logs (`--log-level debug`: one `Reconciling`
//! line per reconciliation) say who reconciled what, and when.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use api::source::GitRepository;
use chrono::{DateTime, Utc};
use git::testing::{GitHttpServer, TestRepo};
use k8s_openapi::api::coordination::v1::Lease;
use kube::api::{Api, PostParams};
use serde_json::{json, Value};
use sha2::Digest as _;

use crate::gitrepository::support::{artifact, http_get, is_ready};
use crate::support::server::{client_for, ChildServer};

/// Short election timings so the test takes seconds: upstream's rule lease > renew deadline > 1.2 × retry.
const LEASE: Duration = Duration::from_secs(4);
const RENEW_DEADLINE: Duration = Duration::from_secs(3);
const RETRY: Duration = Duration::from_millis(500);

const NS: &str = "flux-system";
const LEASE_NAME: &str = "source-controller-leader-election";
/// The GitRepository's interval: the leader keeps reconciling while the standby watches.
const INTERVAL: Duration = Duration::from_secs(2);
/// One reconciliation of a small local repository on a loaded two-core machine (as the GitRepository
/// tests allow).
const RECONCILE: Duration = Duration::from_secs(30);

/// How long a standby may take to replace a crashed leader: the whole lease duration after it last saw
/// the lease change, polling every retry period plus up to 1.2 times it (client-go's jitter), plus a
/// margin for a loaded machine.
fn takeover_deadline() -> Duration {
    LEASE + RETRY.mul_f64(2.2) + Duration::from_secs(10)
}

fn go_duration(d: Duration) -> String {
    format!("{}ms", d.as_millis())
}

/// A `flux-rs run` replica: its own host name (so its identity `<hostname>_<uuid>` says which process
/// holds the lease), storage, listeners on free ports, and JSON log file. Killed when dropped.
struct Replica {
    name: &'static str,
    child: Child,
    log: PathBuf,
}

impl Replica {
    fn start(dir: &Path, name: &'static str, kubeconfig: &Path) -> Replica {
        let log = dir.join(format!("{name}.log"));
        let child = Command::new(env!("CARGO_BIN_EXE_flux-rs"))
            .args(["run", "--kubeconfig"])
            .arg(kubeconfig)
            .args([
                "--controllers=source-controller",
                "--enable-leader-election",
                &format!("--leader-election-lease-duration={}", go_duration(LEASE)),
                &format!("--leader-election-renew-deadline={}", go_duration(RENEW_DEADLINE)),
                &format!("--leader-election-retry-period={}", go_duration(RETRY)),
                "--leader-election-release-on-cancel=true",
                "--storage-addr=127.0.0.1:0",
                "--metrics-addr=127.0.0.1:0",
                "--health-addr=127.0.0.1:0",
                "--events-addr=127.0.0.1:0",
                "--receiver-addr=127.0.0.1:0",
                "--log-encoding=json",
                "--log-level=debug",
                "--storage-path",
            ])
            .arg(dir.join(format!("{name}-storage")))
            .env("RUNTIME_NAMESPACE", NS)
            .env("HOSTNAME", Replica::hostname_of(name))
            .env("HOME", dir)
            .env("TMPDIR", dir)
            .env_remove("KUBECONFIG")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).expect("creating a replica's log"))
            .spawn()
            .expect("starting flux-rs run");
        Replica { name, child, log }
    }

    fn hostname_of(name: &str) -> String {
        format!("flux-rs-{name}")
    }

    /// Whether `holder` (a Lease's holderIdentity) is this replica.
    fn is(&self, holder: &str) -> bool {
        holder.strip_prefix(&Replica::hostname_of(self.name)).is_some_and(|rest| rest.starts_with('_'))
    }

    /// The complete log lines so far (the last one may still be being written), parsed.
    fn entries(&self) -> Vec<Value> {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        text.split_inclusive('\n')
            .filter(|l| l.ends_with('\n'))
            .map(|l| {
                serde_json::from_str(l).unwrap_or_else(|e| panic!("{}: not a JSON log line ({e}): {l}", self.name))
            })
            .collect()
    }

    fn logged(&self, msg: &str) -> Option<DateTime<Utc>> {
        self.entries().iter().find(|e| e["msg"] == msg).map(timestamp)
    }

    /// Where its artifact server listens.
    fn artifact_addr(&self) -> Option<SocketAddr> {
        let entries = self.entries();
        let started = entries.iter().find(|e| e["msg"] == "Starting artifact server")?;
        started["addr"].as_str()?.parse().ok()
    }

    /// When each of its reconciliations of the GitRepository `name` started.
    fn reconciles(&self, name: &str) -> Vec<DateTime<Utc>> {
        self.entries().iter().filter(|e| e["msg"] == "Reconciling" && e["name"] == name).map(timestamp).collect()
    }

    /// SIGKILL: no lease released, nothing finished.
    fn kill9(&mut self) {
        self.child.kill().expect("sending SIGKILL");
        self.child.wait().expect("reaping the killed replica");
    }

    /// SIGTERM, without waiting.
    fn terminate(&self) {
        let status = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status();
        assert!(status.is_ok_and(|s| s.success()), "sending SIGTERM to {}", self.name);
    }

    fn wait(&mut self) -> ExitStatus {
        self.child.wait().expect("waiting for a replica")
    }
}

impl Drop for Replica {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn timestamp(entry: &Value) -> DateTime<Utc> {
    let ts = entry["ts"].as_str().unwrap_or_default();
    DateTime::parse_from_rfc3339(ts).unwrap_or_else(|e| panic!("a log timestamp ({e}): {entry}")).to_utc()
}

/// Every replica's log, for failure messages.
fn logs(replicas: &[&Replica]) -> String {
    replicas
        .iter()
        .map(|r| {
            format!("--- {} ({})\n{}", r.name, r.log.display(), std::fs::read_to_string(&r.log).unwrap_or_default())
        })
        .collect()
}

/// Polls `check` every 50 ms until it answers, or fails naming `what` with the replicas' logs.
async fn poll<T, F, Fut>(deadline: Duration, what: &str, replicas: &[&Replica], mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Option<T>>,
{
    let until = Instant::now() + deadline;
    loop {
        if let Some(v) = check().await {
            return v;
        }
        assert!(Instant::now() < until, "timed out after {deadline:?} waiting for {what}\n{}", logs(replicas));
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

async fn holder(leases: &Api<Lease>) -> Option<String> {
    leases.get_opt(LEASE_NAME).await.ok()??.spec?.holder_identity.filter(|h| !h.is_empty())
}

/// `GET` of a path on a replica's artifact server.
async fn get(addr: SocketAddr, path: &str) -> (u16, Vec<u8>) {
    let url = format!("http://{addr}{path}");
    tokio::task::spawn_blocking(move || http_get(&url)).await.expect("the GET")
}

/// The artifact's path on any replica's server (its URL names the replica that stored it).
fn artifact_path(repo: &GitRepository) -> String {
    let url = &artifact(repo).url;
    let rest = url.strip_prefix("http://").unwrap_or(url);
    rest.find('/').map(|i| rest[i..].to_string()).unwrap_or_default()
}

/// Ready, with an artifact stored by the replica whose artifact server is `addr`.
fn ready_on(repo: &GitRepository, addr: SocketAddr) -> bool {
    is_ready(repo)
        && repo
            .status
            .as_ref()
            .and_then(|s| s.artifact.as_ref())
            .is_some_and(|a| a.url.starts_with(&format!("http://{addr}/")))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_standby_takes_over_from_a_killed_or_stopped_leader() {
    let root = git::testing::tempdir();
    let repo = TestRepo::init(root.path(), "app.git");
    repo.commit("main", &[("app.yaml", "kind: ConfigMap\n")], "first commit");
    let git_server = GitHttpServer::start(root.path());

    // The API server, with Flux's CRDs, in a process of its own.
    let dir = tempfile::tempdir().expect("a test directory");
    let server = ChildServer::start(&dir.path().join("embedded"), 0, &["--ephemeral", "--controllers=none"]);
    crate::support::eventually(Duration::from_secs(30), "Flux to be installed", || async {
        std::fs::read_to_string(&server.stderr_log).unwrap_or_default().contains("Flux installed").then_some(())
    })
    .await;
    let client = client_for(&server.kubeconfig()).await;
    let leases: Api<Lease> = Api::namespaced(client.clone(), NS);
    let repos: Api<GitRepository> = Api::namespaced(client.clone(), NS);

    let a = Replica::start(dir.path(), "a", &server.kubeconfig());
    let b = Replica::start(dir.path(), "b", &server.kubeconfig());
    let holder_of_both = poll(RECONCILE, "a replica to take the lease", &[&a, &b], || async {
        holder(&leases).await.filter(|h| a.is(h) || b.is(h))
    })
    .await;
    let (mut leader, standby) = if a.is(&holder_of_both) { (a, b) } else { (b, a) };
    let all = |l: &Replica, s: &Replica| logs(&[l, s]);
    let leader_addr =
        poll(RECONCILE, "the leader's artifact address", &[&leader], || async { leader.artifact_addr() }).await;
    let standby_addr = poll(RECONCILE, "the standby to campaign", &[&standby], || async {
        standby.logged("attempting to acquire leader lease flux-system/source-controller-leader-election...")?;
        standby.artifact_addr()
    })
    .await;

    let obj: GitRepository = serde_json::from_value(json!({
        "apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository",
        "metadata": {"name": "app", "namespace": NS},
        "spec": {"url": git_server.url("app.git"), "ref": {"branch": "main"}, "interval": go_duration(INTERVAL)},
    }))
    .expect("a GitRepository");
    repos.create(&PostParams::default(), &obj).await.expect("creating the GitRepository");
    let ready = poll(RECONCILE, "the GitRepository to be Ready on the leader", &[&leader, &standby], || async {
        repos.get_opt("app").await.ok().flatten().filter(|r| ready_on(r, leader_addr))
    })
    .await;
    // The leader goes on reconciling on the interval; the standby watches the same object and does nothing.
    let seen = leader.reconciles("app").len();
    poll(INTERVAL * 3 + RECONCILE, "the leader's next reconciliation", &[&leader, &standby], || async {
        (leader.reconciles("app").len() > seen).then_some(())
    })
    .await;
    assert!(standby.reconciles("app").is_empty(), "the standby reconciled\n{}", all(&leader, &standby));

    // Only the leader serves artifacts.
    let path = artifact_path(&ready);
    let (status, body) = get(leader_addr, &path).await;
    assert_eq!(status, 200, "GET {path} from the leader");
    assert_eq!(format!("sha256:{:x}", sha2::Sha256::digest(&body)), artifact(&ready).digest);
    let (status, body) = get(standby_addr, &path).await;
    assert_eq!((status, String::from_utf8_lossy(&body).into_owned()), (503, artifact::server::NOT_LEADER.to_string()));

    // SIGKILL: the lease is not released; the standby must wait for it to expire.
    leader.kill9();
    let killed = Instant::now();
    let killed_at = Utc::now();
    poll(takeover_deadline(), "the standby to take the lease", &[&leader, &standby], || async {
        holder(&leases).await.filter(|h| standby.is(h))
    })
    .await;
    let takeover = killed.elapsed();
    eprintln!("leader killed with SIGKILL: the standby took the lease after {takeover:?} (lease duration {LEASE:?})");
    assert!(
        takeover >= LEASE - RETRY * 2,
        "the standby took the lease {takeover:?} after the kill, before it could expire\n{}",
        all(&leader, &standby)
    );
    let taken_over =
        poll(RECONCILE, "the new leader to store and serve the artifact", &[&leader, &standby], || async {
            repos.get_opt("app").await.ok().flatten().filter(|r| ready_on(r, standby_addr))
        })
        .await;
    let first = standby.reconciles("app").first().copied().expect("the new leader's first reconciliation");
    let last_old = leader.reconciles("app").last().copied().expect("the old leader's reconciliations");
    assert!(
        first > killed_at && first > last_old,
        "the new leader reconciled at {first} while the old one was alive (killed at {killed_at})\n{}",
        all(&leader, &standby)
    );
    assert_eq!(artifact(&taken_over).digest, artifact(&ready).digest, "the same commit gives the same artifact");
    let (status, _) = get(standby_addr, &artifact_path(&taken_over)).await;
    assert_eq!(status, 200, "the new leader serves its artifact");
    let (mut leader, _killed) = (standby, leader);

    // SIGTERM: the leader finishes its work, releases the lease, and a third replica takes it at once.
    let mut c = Replica::start(dir.path(), "c", &server.kubeconfig());
    let c_addr = poll(RECONCILE, "the third replica to campaign", &[&c], || async {
        c.logged("attempting to acquire leader lease flux-system/source-controller-leader-election...")?;
        c.artifact_addr()
    })
    .await;
    assert_eq!(get(c_addr, &artifact_path(&taken_over)).await.0, 503, "a standby does not serve");
    leader.terminate();
    let terminated = Instant::now();
    poll(takeover_deadline(), "the third replica to take the released lease", &[&leader, &c], || async {
        holder(&leases).await.filter(|h| c.is(h))
    })
    .await;
    let clean_takeover = terminated.elapsed();
    eprintln!("leader stopped with SIGTERM: the standby took the lease after {clean_takeover:?}");
    assert!(clean_takeover < LEASE, "a released lease is taken at once, took {clean_takeover:?}\n{}", all(&leader, &c));
    let status = leader.wait();
    assert!(status.success(), "the stopped leader exits cleanly ({status})\n{}", all(&leader, &c));
    let released = leader.logged("released lease flux-system/source-controller-leader-election").expect("released");
    poll(RECONCILE, "the third replica to store and serve the artifact", &[&leader, &c], || async {
        repos.get_opt("app").await.ok().flatten().filter(|r| ready_on(r, c_addr))
    })
    .await;
    let first = c.reconciles("app").first().copied().expect("the third replica's first reconciliation");
    assert!(
        first >= released,
        "reconciled at {first}, before the lease was released at {released}\n{}",
        all(&leader, &c)
    );
    c.terminate();
    assert!(c.wait().success(), "{}", logs(&[&c]));
}
