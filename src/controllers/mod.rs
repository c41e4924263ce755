//! The Flux controllers `flux-rs run` runs, one module per upstream component. Each is a
//! [`runtime::Reconciler`] per kind plus what the component serves besides (source-controller: the
//! artifact storage and its HTTP server).

pub mod kustomize;
pub mod labels;
pub mod source;
