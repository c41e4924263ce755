//! Engine tests against an in-process embedded API server.
