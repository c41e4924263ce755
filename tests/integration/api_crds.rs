//! The generated Flux CRDs against the embedded API server (being written).
