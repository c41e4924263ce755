//! What a build can fail with: one line that names the file or the resource and the cause.

use std::path::PathBuf;

/// A build failure. The `Display` text is one line, meant to be shown as it is.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No `kustomization.yaml`, `kustomization.yml` or `Kustomization` in a directory.
    #[error("unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '{}'", .0.display())]
    MissingKustomization(PathBuf),
    /// More than one of the recognised file names in one directory.
    #[error("found multiple kustomization files under: {}", .0.display())]
    MultipleKustomizations(PathBuf),
    /// The kustomization file itself is not valid.
    #[error("invalid kustomization {}: {message}", .file.display())]
    InvalidKustomization { file: PathBuf, message: String },
    /// A file could not be read (or does not exist).
    #[error("{}: {message}", .path.display())]
    Read { path: PathBuf, message: String },
    /// A file is not valid YAML, or not a resource.
    #[error("{}: {message}", .path.display())]
    Malformed { path: PathBuf, message: String },
    /// A path leaves the kustomization root under the default load restrictor.
    #[error("security; file '{}' is not in or below '{}'", .path.display(), .root.display())]
    Restricted { path: PathBuf, root: PathBuf },
    /// A kustomization reaches itself through its bases or components.
    #[error("cycle detected: candidate root '{}' contains visited root '{}'", .candidate.display(), .visited.display())]
    Cycle { candidate: PathBuf, visited: PathBuf },
    /// A resource path is neither a file nor a kustomization directory.
    #[error("'{entry}' in {}: {message}", .file.display())]
    Entry { file: PathBuf, entry: String, message: String },
    /// Two resources with the same id.
    #[error("may not add resource with an already registered id: {id}{}", in_file(.file))]
    Conflict { id: String, file: Option<PathBuf> },
    /// A transformer, generator or setting that cannot be applied, naming where it is configured.
    #[error("{}: {message}", .file.display())]
    Config { file: PathBuf, message: String },
    /// A remote base that could not be fetched.
    #[error("remote resource '{url}': {message}")]
    Remote { url: String, message: String },
    /// A resource that cannot be printed (kustomize fails the same way when it marshals it).
    #[error("{id}: {message}")]
    Output { id: String, message: String },
}

fn in_file(file: &Option<PathBuf>) -> String {
    file.as_ref().map(|f| format!(" (from {})", f.display())).unwrap_or_default()
}
