//! Server-side apply field management (placeholder: being written).
