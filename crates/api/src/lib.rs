//! Flux's API as Rust types: the CRD kinds of the source, kustomize, helm, notification and image groups,
//! the shared vocabulary (conditions, references, artifacts, inventories), and the CRD manifests
//! generated from the types.
//!
//! ```
//! use api::source::GitRepository;
//! let repo: GitRepository = serde_json::from_value(serde_json::json!({
//!     "apiVersion": "source.toolkit.fluxcd.io/v1", "kind": "GitRepository",
//!     "metadata": {"name": "podinfo", "namespace": "flux-system"},
//!     "spec": {"interval": "1m", "url": "https://github.com/stefanprodan/podinfo", "ref": {"branch": "master"}}
//! })).unwrap();
//! assert_eq!(repo.spec.reference.and_then(|r| r.branch).as_deref(), Some("master"));
//! ```

// `#[kube(category = …, printcolumn(type_ = …))]` repeats keys by design; clippy reads them as duplicates.
#![allow(clippy::duplicated_attributes)]

pub mod artifact;
mod crd;
pub mod helm;
pub mod history;
pub mod image;
pub mod inventory;
pub mod kustomize;
pub mod meta;
pub mod notification;
pub mod schema;
pub mod source;

pub use crd::crds;
