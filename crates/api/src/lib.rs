//! Flux API types (being written).
