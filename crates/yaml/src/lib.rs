//! YAML in and out as the Go tools read and print it (being written).
