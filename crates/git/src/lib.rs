//! Git for flux-rs: what the source controller, image automation and bootstrap need from a Git server.
//!
//! A synchronous library (network I/O blocks; callers run it off their async runtime), so that it can be
//! tested against real servers — `git http-backend`, `git daemon`, `sshd` — without a cluster.
//!
//! * [`auth`]: how to reach a server — basic auth, bearer token, SSH key with known hosts, CA, proxy —
//!   built from a Flux Secret's keys; secrets never appear in `Debug` output or errors.

pub mod auth;
pub mod commit;
pub mod keys;
pub mod push;
mod receive_pack_transport;
