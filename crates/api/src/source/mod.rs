//! `source.toolkit.fluxcd.io/v1`: the kinds that fetch content and store it as artifacts.

mod bucket;
mod externalartifact;
mod gitrepository;
mod helmchart;
mod helmrepository;
mod ocirepository;

pub use bucket::*;
pub use externalartifact::*;
pub use gitrepository::*;
pub use helmchart::*;
pub use helmrepository::*;
pub use ocirepository::*;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::meta::LocalObjectReference;

/// The API group of the source kinds.
pub const GROUP: &str = "source.toolkit.fluxcd.io";
/// The API version of the source kinds.
pub const VERSION: &str = "v1";

/// Signature verification of an OCIRepository.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, Default, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct OCIRepositoryVerification {
    /// The verifier: `cosign` or `notation`.
    #[schemars(extend("default" = "cosign"))]
    pub provider: VerificationProvider,
    /// A Secret with the trusted public keys (cosign `*.pub`) or certificates (notation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// For keyless cosign signatures, the OIDC identities accepted (any of them).
    #[serde(default, rename = "matchOIDCIdentity", skip_serializing_if = "Option::is_none")]
    pub match_oidc_identity: Option<Vec<OIDCIdentityMatch>>,
    /// A Secret with a Sigstore `trusted_root.json`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trusted_root_secret_ref: Option<LocalObjectReference>,
}

/// Signature verification of a HelmChart.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, Default, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct HelmChartVerification {
    /// The verifier: `cosign` or `notation`.
    #[schemars(extend("default" = "cosign"))]
    pub provider: VerificationProvider,
    /// A Secret with the trusted public keys or certificates.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_ref: Option<LocalObjectReference>,
    /// For keyless cosign signatures, the OIDC identities accepted (any of them).
    #[serde(default, rename = "matchOIDCIdentity", skip_serializing_if = "Option::is_none")]
    pub match_oidc_identity: Option<Vec<OIDCIdentityMatch>>,
}

/// A signature verifier.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Copy, Debug, Default, PartialEq, Eq)]
#[schemars(transform = crate::schema::field_described)]
#[serde(rename_all = "lowercase")]
pub enum VerificationProvider {
    #[default]
    Cosign,
    Notation,
}

/// An OIDC identity of a keyless signature: regular expressions over issuer and subject.
#[derive(Serialize, Deserialize, JsonSchema, Clone, Debug, Default, PartialEq, Eq)]
pub struct OIDCIdentityMatch {
    /// Regular expression over the OIDC issuer.
    pub issuer: String,
    /// Regular expression over the identity's subject.
    pub subject: String,
}
