//! The patch engine (strategic merge on kustomize's schema, JSON 6902) on arbitrary input: a resource,
//! a `---` line, a patch.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kustomize::fuzzing::patch(data));
