//! Kubernetes API definitions as data, and the pure algorithms that need them.
//!
//! * [`Definitions`]: the Kubernetes 1.33 OpenAPI definitions (the API server's) and the 1.21 ones
//!   (kustomize's built-in schema), vendored from the `kubernetes-validate` package (Apache-2.0, see
//!   `data/LICENSE.kubernetes-validate`), with every `x-kubernetes-*` extension.
//! * [`Schema`]: a cursor over one point of a schema, built-in (with `$ref`s) or a CRD's
//!   `openAPIV3Schema` (inline), answering what merges need: list types, map keys, patch merge keys.
//! * [`resources`]: the table of resources kube-apiserver 1.33 serves by default.
//! * [`smp`]: strategic merge patch, with every directive.
//! * [`ssa`]: server-side apply's field management (managedFields, FieldsV1, conflicts).
//! * [`validation`]: apimachinery's name and label checks, with their exact messages.
//!
//! Nothing here does I/O or knows about HTTP: the API server and the kustomize engine both build on it.

mod definitions;
pub mod resources;
mod schema;
pub mod smp;
pub mod ssa;
pub mod validation;

pub use definitions::{Definitions, Gvk};
pub use schema::{ListType, Schema};
