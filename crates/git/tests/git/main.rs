//! The git crate against real servers: `git daemon`, `git http-backend` behind HTTP(S), OpenSSH `sshd`.

mod auth;
mod checkout;
mod fixtures;
mod speed;
