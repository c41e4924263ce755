//! flux-rs integration tests: real kubectl and kube-rs against the embedded API server.

mod support;

mod api_crds;
mod apply;
mod cli;
mod gitrepository;
mod kustomization;

mod apiserver_bad_input;
mod apiserver_cel;
mod apiserver_crd;
mod apiserver_eviction;
mod apiserver_kube_rs;
mod apiserver_kubectl;
mod apiserver_persistence;
mod apiserver_rbac;
mod apiserver_services;
mod apiserver_ssa;
mod apiserver_types;
mod apiserver_workloads;
mod readme;
