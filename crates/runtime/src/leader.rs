//! Leader election on a `coordination.k8s.io/v1` Lease, with client-go's rules and controller-runtime's
//! defaults (lease 35s, renew deadline 30s, retry 5s as Flux sets them): a candidate takes the lease when
//! it is free, released, or has not changed for a whole lease duration as observed by the candidate's own
//! clock; the leader renews it every retry period and gives up once renewing has failed for the renew
//! deadline — measured from its last successful renewal, so that it always stops before anyone else may
//! take over; on a clean shutdown the leader releases the lease so a standby takes over at once.

use std::time::Duration;

use k8s_openapi::api::coordination::v1::{Lease, LeaseSpec};
use k8s_openapi::apimachinery::pkg::apis::meta::v1::{MicroTime, ObjectMeta};
use k8s_openapi::jiff::Timestamp;
use kube::api::{Api, PostParams};
use sha2::{Digest, Sha256};
use tokio::sync::Mutex;
use tokio::time::Instant;

/// The timings of the election.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeaderElectionConfig {
    /// Where the Lease lives (upstream: the controller's own namespace).
    pub namespace: String,
    /// How long a standby waits for an unchanged lease before taking it (`--leader-election-lease-duration`).
    pub lease_duration: Duration,
    /// How long the leader keeps trying to renew before stepping down (`--leader-election-renew-deadline`).
    pub renew_deadline: Duration,
    /// How often to try (`--leader-election-retry-period`).
    pub retry_period: Duration,
    /// Release the lease on shutdown (`--leader-election-release-on-cancel`).
    pub release_on_cancel: bool,
}

impl Default for LeaderElectionConfig {
    fn default() -> Self {
        LeaderElectionConfig {
            namespace: "flux-system".into(),
            lease_duration: Duration::from_secs(35),
            renew_deadline: Duration::from_secs(30),
            retry_period: Duration::from_secs(5),
            release_on_cancel: true,
        }
    }
}

/// The Lease name of a Flux component: `<component>-leader-election`, and with a watch label selector
/// (sharding) `-<first 8 hex digits of the selector's sha256>` appended, as upstream's `GenerateID`.
///
/// ```
/// assert_eq!(runtime::leader::lease_name("source-controller", None), "source-controller-leader-election");
/// let shard = runtime::leader::lease_name("source-controller", Some("sharding.fluxcd.io/key=shard1"));
/// assert!(shard.starts_with("source-controller-leader-election-") && shard.len() == 42);
/// ```
pub fn lease_name(component: &str, label_selector: Option<&str>) -> String {
    let base = format!("{component}-leader-election");
    match label_selector.filter(|s| !s.is_empty()) {
        Some(selector) => {
            let digest = Sha256::digest(selector.as_bytes());
            let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
            format!("{base}-{}", &hex[..8])
        }
        None => base,
    }
}

/// A candidate for one Lease.
#[derive(Debug)]
pub struct LeaderElector {
    api: Api<Lease>,
    name: String,
    identity: String,
    config: LeaderElectionConfig,
    observed: Mutex<Observed>,
}

#[derive(Debug, Default)]
struct Observed {
    spec: Option<LeaseSpec>,
    /// When this candidate last saw the lease change.
    at: Option<Instant>,
    resource_version: Option<String>,
    /// When the last successful write of this candidate was sent.
    renewed_at: Option<Instant>,
}

/// Whether `me` may write itself into a lease whose holder is `holder`, last seen changing at `changed`,
/// held for `duration` (client-go's `tryAcquireOrRenew` check).
pub fn may_take(holder: Option<&str>, me: &str, changed: Instant, duration: Duration, now: Instant) -> bool {
    match holder {
        None | Some("") => true,
        Some(h) if h == me => true,
        Some(_) => changed + duration <= now,
    }
}

fn micro_now() -> MicroTime {
    let micros = chrono::Utc::now().timestamp_micros();
    MicroTime(Timestamp::from_microsecond(micros).unwrap_or(Timestamp::UNIX_EPOCH))
}

impl LeaderElector {
    pub fn new(client: kube::Client, name: &str, identity: &str, config: LeaderElectionConfig) -> LeaderElector {
        LeaderElector {
            api: Api::namespaced(client, &config.namespace),
            name: name.to_string(),
            identity: identity.to_string(),
            config,
            observed: Mutex::new(Observed::default()),
        }
    }

    /// `<namespace>/<name>` of the Lease.
    pub fn lease(&self) -> String {
        format!("{}/{}", self.config.namespace, self.name)
    }

    /// Whether the lease is given up on a clean shutdown.
    pub fn release_on_cancel(&self) -> bool {
        self.config.release_on_cancel
    }

    /// This candidate's identity (`<hostname>_<uuid>`).
    pub fn identity(&self) -> &str {
        &self.identity
    }

    /// One attempt to take or renew the lease; `Ok(true)` when this candidate holds it now.
    pub async fn try_acquire_or_renew(&self) -> Result<bool, kube::Error> {
        let seconds = i32::try_from(self.config.lease_duration.as_secs().max(1)).unwrap_or(i32::MAX);
        let attempt = Instant::now();
        let now = micro_now();
        let mut observed = self.observed.lock().await;
        let current = match self.api.get_opt(&self.name).await? {
            Some(lease) => lease,
            None => {
                let lease = Lease {
                    metadata: ObjectMeta {
                        name: Some(self.name.clone()),
                        namespace: Some(self.config.namespace.clone()),
                        ..Default::default()
                    },
                    spec: Some(LeaseSpec {
                        holder_identity: Some(self.identity.clone()),
                        lease_duration_seconds: Some(seconds),
                        acquire_time: Some(now.clone()),
                        renew_time: Some(now),
                        lease_transitions: Some(0),
                        ..Default::default()
                    }),
                };
                return match self.api.create(&PostParams::default(), &lease).await {
                    Ok(created) => {
                        observed.record(&created);
                        observed.renewed_at = Some(attempt);
                        Ok(true)
                    }
                    Err(kube::Error::Api(s)) if s.code == 409 => Ok(false),
                    Err(e) => Err(e),
                };
            }
        };
        let spec = current.spec.clone().unwrap_or_default();
        if observed.spec.as_ref() != Some(&spec) {
            observed.record(&current);
        }
        let held_for = spec
            .lease_duration_seconds
            .and_then(|s| u64::try_from(s).ok())
            .map(Duration::from_secs)
            .unwrap_or(self.config.lease_duration);
        let changed = observed.at.unwrap_or_else(Instant::now);
        let holder = spec.holder_identity.as_deref();
        if !may_take(holder, &self.identity, changed, held_for, Instant::now()) {
            return Ok(false);
        }
        let ours = holder == Some(self.identity.as_str());
        let transitions = spec.lease_transitions.unwrap_or(0);
        let renewed = LeaseSpec {
            holder_identity: Some(self.identity.clone()),
            lease_duration_seconds: Some(seconds),
            acquire_time: if ours { spec.acquire_time.clone() } else { Some(now.clone()) },
            renew_time: Some(now),
            lease_transitions: Some(if ours { transitions } else { transitions + 1 }),
            ..spec
        };
        let mut lease = current;
        lease.spec = Some(renewed);
        match self.api.replace(&self.name, &PostParams::default(), &lease).await {
            Ok(updated) => {
                observed.record(&updated);
                observed.renewed_at = Some(attempt);
                Ok(true)
            }
            Err(kube::Error::Api(s)) if s.code == 409 => Ok(false),
            Err(e) => Err(e),
        }
    }

    /// Waits until this candidate holds the lease.
    pub async fn acquire(&self) {
        tracing::info!("attempting to acquire leader lease {}...", self.lease());
        loop {
            match self.try_acquire_or_renew().await {
                Ok(true) => {
                    tracing::info!("successfully acquired lease {}", self.lease());
                    return;
                }
                Ok(false) => {}
                Err(e) => tracing::error!(error = %e, "error retrieving resource lock {}", self.lease()),
            }
            // client-go waits the retry period plus up to 1.2 times it, so candidates do not collide.
            let period = self.config.retry_period;
            tokio::time::sleep(period + period.mul_f64(1.2 * rand::random::<f64>())).await;
        }
    }

    /// Renews the lease every retry period; returns when renewing has failed for the renew deadline since
    /// the last successful renewal, i.e. when leadership is lost. Can be called again (it resumes from the
    /// last renewal).
    pub async fn hold(&self) {
        loop {
            tokio::time::sleep(self.config.retry_period).await;
            let renewed_at = self.observed.lock().await.renewed_at.unwrap_or_else(Instant::now);
            let left = self.config.renew_deadline.saturating_sub(renewed_at.elapsed());
            if left.is_zero() {
                break;
            }
            match tokio::time::timeout(left, self.try_acquire_or_renew()).await {
                Ok(Ok(true)) => {}
                Ok(Ok(false)) => {
                    // Someone else holds it: leadership is gone for certain.
                    tracing::error!("failed to renew lease {}: the lease is held by another candidate", self.lease());
                    return;
                }
                Ok(Err(e)) => tracing::error!(error = %e, "failed to renew lease {}", self.lease()),
                Err(_) => {}
            }
        }
        tracing::error!("failed to renew lease {}: timed out waiting for the condition", self.lease());
    }

    /// Gives the lease up, if this candidate holds it, so a standby takes over without waiting.
    pub async fn release(&self) -> Result<(), kube::Error> {
        let Some(mut lease) = self.api.get_opt(&self.name).await? else { return Ok(()) };
        let spec = lease.spec.clone().unwrap_or_default();
        if spec.holder_identity.as_deref() != Some(self.identity.as_str()) {
            return Ok(());
        }
        let now = micro_now();
        lease.spec = Some(LeaseSpec {
            holder_identity: Some(String::new()),
            lease_duration_seconds: Some(1),
            acquire_time: Some(now.clone()),
            renew_time: Some(now),
            lease_transitions: spec.lease_transitions,
            ..spec
        });
        self.api.replace(&self.name, &PostParams::default(), &lease).await?;
        tracing::info!("released lease {}", self.lease());
        Ok(())
    }
}

impl Observed {
    fn record(&mut self, lease: &Lease) {
        self.spec = lease.spec.clone();
        self.at = Some(Instant::now());
        self.resource_version = lease.metadata.resource_version.clone();
    }
}

/// `<hostname>_<uuid>`, controller-runtime's leader election identity.
pub fn identity() -> String {
    format!("{}_{}", hostname(), uuid::Uuid::new_v4())
}

/// The host name: `HOSTNAME` (set in every Pod), else the kernel's.
pub fn hostname() -> String {
    std::env::var("HOSTNAME")
        .ok()
        .filter(|h| !h.is_empty())
        .or_else(|| std::fs::read_to_string("/proc/sys/kernel/hostname").ok().map(|h| h.trim().to_string()))
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn takes_free_own_and_expired_leases_only() {
        let seen = Instant::now();
        let d = Duration::from_secs(35);
        assert!(may_take(None, "me", seen, d, seen));
        assert!(may_take(Some(""), "me", seen, d, seen), "a released lease");
        assert!(may_take(Some("me"), "me", seen, d, seen));
        assert!(!may_take(Some("other"), "me", seen, d, seen + Duration::from_secs(34)));
        assert!(may_take(Some("other"), "me", seen, d, seen + d));
    }

    #[test]
    fn lease_names_follow_upstream() {
        assert_eq!(lease_name("kustomize-controller", Some("")), "kustomize-controller-leader-election");
        let a = lease_name("kustomize-controller", Some("sharding.fluxcd.io/key=shard1"));
        let b = lease_name("kustomize-controller", Some("sharding.fluxcd.io/key=shard2"));
        assert_ne!(a, b);
        assert!(identity().contains('_'));
    }
}
