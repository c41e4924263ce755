//! `notification.toolkit.fluxcd.io`: Alerts and Providers (v1beta3) route controller events to external
//! systems; Receivers (v1) turn webhooks into reconcile requests.

mod alert;
mod provider;
mod receiver;

pub use alert::*;
pub use provider::*;
pub use receiver::*;

/// The API group of the notification kinds.
pub const GROUP: &str = "notification.toolkit.fluxcd.io";

/// The kinds that emit events and can be notified: upstream's enum on `eventSources[].kind` and
/// `resources[].kind`.
pub const EVENT_SOURCE_KINDS: [&str; 12] = [
    "Bucket",
    "GitRepository",
    "Kustomization",
    "HelmRelease",
    "HelmChart",
    "HelmRepository",
    "ImageRepository",
    "ImagePolicy",
    "ImageUpdateAutomation",
    "OCIRepository",
    "ArtifactGenerator",
    "ExternalArtifact",
];
