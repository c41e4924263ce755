//! `image.toolkit.fluxcd.io/v1`: scanning image registries (ImageRepository), picking tags (ImagePolicy) and
//! writing them back to Git (ImageUpdateAutomation).

mod imagepolicy;
mod imagerepository;
mod imageupdateautomation;

pub use imagepolicy::*;
pub use imagerepository::*;
pub use imageupdateautomation::*;

/// The API group of the image kinds.
pub const GROUP: &str = "image.toolkit.fluxcd.io";
/// The API version of the image kinds.
pub const VERSION: &str = "v1";
