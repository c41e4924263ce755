//! The manifest reader (go-yaml v3 nodes, Lists, metadata checks) and the printer on arbitrary bytes.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kustomize::fuzzing::manifests(data));
