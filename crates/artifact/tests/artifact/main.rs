//! Integration tests of the artifact crate: one test binary, one module per concern.

mod common;

mod archive;
mod fetch;
mod ignore;
mod server;
mod storage;
mod untar;
