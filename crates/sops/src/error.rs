use crate::Format;

/// Why a document did not decrypt, or a key did not load. One line each; no message carries a
/// decrypted value or key material (a value is named by its path, a key by its file name,
/// recipient or fingerprint).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    /// The document has no `sops` metadata (with a `mac`): it is not encrypted.
    #[error("sops metadata not found")]
    NotEncrypted,
    /// The `sops` metadata is there but unusable.
    #[error("invalid sops metadata: {0}")]
    Metadata(String),
    /// The input is not valid in its format.
    #[error("failed to load encrypted {format} data: {message}")]
    Load { format: Format, message: String },
    /// No key of the keyring opens the data key. The message names the recipients.
    #[error("failed to decrypt: {0}")]
    NoMatchingKey(String),
    /// The file needs something this implementation does not do (Shamir key groups).
    #[error("failed to decrypt: {0}")]
    Unsupported(String),
    /// A value (or the MAC) did not decrypt.
    #[error("failed to decrypt the value at '{path}': {cause}")]
    Value { path: String, cause: String },
    /// The values decrypted but the MAC over them differs: the document was changed after it was
    /// encrypted (a value in clear edited, an entry added, removed or moved).
    #[error("MAC mismatch: the data was changed after it was encrypted")]
    MacMismatch,
    /// The decrypted tree cannot be written in the output format.
    #[error("failed to emit decrypted {format} data: {message}")]
    Emit { format: Format, message: String },
    /// A key file of the keyring could not be read.
    #[error("failed to import '{name}': {message}")]
    Key { name: String, message: String },
}
