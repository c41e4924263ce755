//! The git crate against real servers: `git daemon`, `git http-backend` behind HTTP(S), OpenSSH `sshd`.

mod checkout;
mod fixtures;
