//! Golden tests of the flux command line, in the style of upstream's `cmd/flux` tests: the binary runs
//! against the embedded API server, and exit code, stdout and stderr are compared with files under
//! `tests/fixtures/cli/` (`UPDATE_GOLDEN=1` rewrites them).

mod build;
mod check;
pub mod controller;
mod create;
mod delete;
mod diff;
mod envsubst;
mod events;
mod export;
mod get;
mod global;
mod install;
mod kustomize;
mod leader;
mod reconcile;
mod resume;
mod run;
mod stats;
pub mod support;
mod suspend;
mod trace;
mod tree;
mod version;
