//! Built-in resource table (placeholder: being written).
