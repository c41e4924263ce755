//! Where artifacts live under the storage root: `<lower-case kind>/<namespace>/<name>/<file>`.

/// `<lower-case kind>/<namespace>/<name>`, the directory holding an object's artifacts.
///
/// ```
/// assert_eq!(artifact::path::artifact_dir("GitRepository", "flux-system", "podinfo"), "gitrepository/flux-system/podinfo");
/// ```
pub fn artifact_dir(kind: &str, namespace: &str, name: &str) -> String {
    join(&[&kind.to_lowercase(), namespace, name])
}

/// `<lower-case kind>/<namespace>/<name>/<file>`, an artifact's path relative to the storage root, cleaned
/// as Go's `path.Join` cleans it (empty elements dropped, `.` and `..` resolved).
///
/// ```
/// use artifact::path::artifact_path;
/// assert_eq!(
///     artifact_path("HelmChart", "default", "podinfo", "podinfo-6.0.0.tgz"),
///     "helmchart/default/podinfo/podinfo-6.0.0.tgz"
/// );
/// ```
pub fn artifact_path(kind: &str, namespace: &str, name: &str, file_name: &str) -> String {
    join(&[&kind.to_lowercase(), namespace, name, file_name])
}

fn join(parts: &[&str]) -> String {
    let joined = parts.iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join("/");
    clean_components(&joined).join("/")
}

/// The components of a `/`-separated path with empty and `.` components dropped and `..` resolved
/// lexically, never rising above the start (a `..` at the top is dropped, as securejoin does for paths
/// joined onto the storage root).
///
/// ```
/// assert_eq!(artifact::path::clean_components("/a/./b/../../../c//d"), ["c", "d"]);
/// ```
pub fn clean_components(path: &str) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                out.pop();
            }
            p => out.push(p),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_follow_upstream_layout() {
        assert_eq!(
            artifact_path("OCIRepository", "ns", "n", "sha256:abc.tar.gz"),
            "ocirepository/ns/n/sha256:abc.tar.gz"
        );
        assert_eq!(artifact_path("Bucket", "ns", "n", ""), "bucket/ns/n");
        assert_eq!(artifact_path("GitRepository", "ns", "n", "../../x"), "gitrepository/x");
    }
}
