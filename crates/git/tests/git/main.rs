//! The git crate against real servers: `git daemon`, `git http-backend` behind HTTP(S), OpenSSH `sshd`.

mod auth;
mod checkout;
mod commit_local;
mod fixtures;
mod keys_ssh;
mod push_local;
mod push_remote;
mod push_support;
mod serve;
mod speed;
