//! The kustomize engine against kustomize itself.
//!
//! `oracle` runs the kustomize built into kubectl 1.32 (v5.5.0) and 1.33 (v5.6.0); `fixtures` is the
//! differential suite over `tests/fixtures/kustomize/`.

mod fixtures;
mod fuzz_corpus;
mod oracle;
mod random;
mod remote_origins;
