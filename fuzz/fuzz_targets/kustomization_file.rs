//! The kustomization file reader on arbitrary bytes: errors are fine, panics are not.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| kustomize::fuzzing::kustomization_file(data));
