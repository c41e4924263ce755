//! The runtime against the embedded API server, with a fake GitRepository controller: the reconciliation
//! template, requeue timing, backoff, the requestedAt handshake, events, metrics, probes and leader
//! election.

mod support;

mod leader;
mod lifecycle;
mod observability;
mod timing;
