//! The Kustomization controller end to end: `flux-rs run --controllers=source-controller,kustomize-controller`
//! against the embedded API server and a real Git server (git http-backend), objects checked with kube-rs.

mod cancel;
mod cli;
mod crash;
mod gitops;
mod inputs;
mod lifecycle;
mod remote;
pub mod support;
mod watch;
