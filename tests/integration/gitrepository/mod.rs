//! The GitRepository controller end to end: `flux-rs run --controllers=source-controller` against the
//! embedded API server and real Git servers (git http-backend over HTTP(S), sshd), artifacts downloaded
//! from its artifact server and compared with the Git tree.

mod auth;
mod cli;
mod content;
mod faults;
mod lifecycle;
mod refs;
pub mod support;
