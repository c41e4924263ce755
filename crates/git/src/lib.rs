//! Git for flux-rs: what the source controller, image automation and bootstrap need from a Git server.
//!
//! A synchronous library (network I/O blocks; callers run it off their async runtime), so that it can be
//! tested against real servers — `git http-backend`, `git daemon`, `sshd` — without a cluster.
//!
//! * [`auth`]: how to reach a server — basic auth, bearer token, SSH key with known hosts, CA, proxy —
//!   built from a Flux Secret's keys; secrets never appear in `Debug` output or errors.
//! * [`checkout()`], [`remote_refs`]: clone and check out a [`Reference`] with Flux's rules (precedence,
//!   depth, the "unchanged" skip, sparse checkout, submodules) over HTTP(S), SSH, `git://` and `file://`,
//!   with gix; [`Error`] is typed for the controller's conditions. See `docs/git.md`.
//! * [`commit`]: a commit on a branch from a set of file changes or the work tree, optionally SSH-signed.
//! * [`push`]: a `git-receive-pack` client on gix's transport — only missing objects, per-ref status,
//!   typed refusals (hook, non-fast-forward).
//! * [`keys`]: SSH key pairs (generate, load) and host-key scans for `known_hosts`.
//! * [`serve`]: a smart HTTP server for the repositories under a folder, bridging to `git http-backend`.
//! * `testing` (feature `testing`): real Git servers for tests.

pub mod auth;
mod checkout;
pub mod commit;
pub mod error;
pub mod keys;
pub mod push;
pub mod reference;
pub mod semver;
pub mod serve;
mod transport;

pub use auth::Auth;
pub use checkout::{checkout, remote_refs, remote_refs_within, CheckoutOptions};
pub use error::Error;
pub use reference::{Checkout, Commit, Reference, Signature, Strategy, Tag};
pub use transport::RemoteRef;

#[cfg(feature = "testing")]
pub mod testing;
