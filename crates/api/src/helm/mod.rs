//! `helm.toolkit.fluxcd.io/v2`: HelmRelease, a Helm release managed declaratively.

mod actions;
mod helmrelease;
mod status;

pub use actions::*;
pub use helmrelease::*;
pub use status::*;

/// The API group of the HelmRelease kind.
pub const GROUP: &str = "helm.toolkit.fluxcd.io";
/// The API version of the HelmRelease kind.
pub const VERSION: &str = "v2";
