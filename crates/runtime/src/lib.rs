//! The controller runtime of `flux-rs run`: what every Flux controller in the process shares, with the
//! behaviour of Flux's controllers (controller-runtime plus `fluxcd/pkg/runtime`).
//!
//! * one shared watch and cache per kind ([`Store`]), whichever controllers read it;
//! * a work queue per controller with `--concurrent` workers, deduplicated keys, Flux's predicates
//!   (generation or `reconcile.fluxcd.io/requestedAt` changed), requeue intervals with ±5 % [jitter],
//!   and per-object exponential [backoff] (750 ms → 15 min) on errors;
//! * the reconciliation template ([`Reconciler`]): finalizer first, cleanup on deletion, suspend, the
//!   requestedAt handshake into `status.lastHandledReconcileAt`, [conditions] and `observedGeneration`
//!   rules, status patches through `/status` with the controller's field manager ([patch]);
//! * core/v1 [events] with repeats counted, forwarded to the notification controller in-process;
//! * [leader] election on a Lease per Flux component, [metrics] under upstream's names, `/healthz` and
//!   `/readyz`, and [logging] in Flux's JSON shape.
//!
//! A controller plugs in with a [`Reconciler`] and [`Manager::controller`]:
//!
//! ```no_run
//! use std::time::Duration;
//! use api::source::GitRepository;
//! use runtime::{conditions, Action, Context, Error, Manager, ManagerOptions, Reconciler};
//!
//! struct GitRepositoryReconciler;
//!
//! impl Reconciler for GitRepositoryReconciler {
//!     type Object = GitRepository;
//!
//!     async fn reconcile(&self, repo: &mut GitRepository, ctx: &Context<GitRepository>) -> Result<Action, Error> {
//!         conditions::progressing(repo, "reconciliation in progress");
//!         ctx.patch(repo).await?;
//!         // … fetch, build the artifact …
//!         conditions::mark_true(repo, "Ready", "Succeeded", "stored artifact for revision 'main@sha1:…'");
//!         Ok(Action::requeue_jittered(Duration::from_secs(60)))
//!     }
//!
//!     async fn cleanup(&self, repo: &mut GitRepository, _: &Context<GitRepository>) -> Result<(), Error> {
//!         // … remove the artifacts …
//!         Ok(())
//!     }
//! }
//!
//! # async fn run(client: kube::Client) -> Result<(), Box<dyn std::error::Error>> {
//! let mut manager = Manager::new(client, ManagerOptions::default());
//! manager.controller("source-controller", GitRepositoryReconciler).field_manager("source-controller").register();
//! let running = manager.start().await?;
//! running.shutdown().await?;
//! # Ok(()) }
//! ```

pub mod backoff;
pub mod conditions;
mod controller;
pub mod events;
pub mod http;
pub mod informer;
pub mod jitter;
pub mod leader;
pub mod logging;
mod manager;
pub mod metrics;
pub mod object;
pub mod patch;
pub mod predicates;
pub mod queue;
mod reconciler;

pub use events::{EventRecorder, EventSink, EventType, FluxEvent};
pub use informer::{Store, Watched};
pub use manager::{default_concurrency, ControllerBuilder, Manager, ManagerError, ManagerOptions, Running};
pub use object::{FluxObject, ObjectKey};
pub use predicates::Change;
pub use reconciler::{Action, Context, Error, Reconciler};
