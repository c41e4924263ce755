//! The image repository names `create image repository --image` accepts: go-containerregistry's
//! `name.NewRepository` rules with its messages, so a name upstream refuses is refused here too.

/// The characters of a repository path.
const REPOSITORY_CHARS: &str = "abcdefghijklmnopqrstuvwxyz0123456789_-./";

/// Checks `name` (`alpine`, `ghcr.io/org/app`, `localhost:5000/app`) as a repository reference.
///
/// The part before the first `/` is a registry only when it contains `.` or `:`; otherwise the whole
/// name is a Docker Hub repository, where a single path element stands for `library/<name>`.
pub fn check_repository(name: &str) -> Result<(), String> {
    if name.is_empty() {
        return Err("a repository name must be specified".into());
    }
    let (registry, repository) = match name.split_once('/') {
        Some((registry, repository)) if registry.contains(['.', ':']) => (registry, repository),
        _ => ("", name),
    };
    check_path(repository)?;
    check_registry(registry)?;
    let docker_hub = matches!(registry, "" | "docker.io" | "index.docker.io");
    if docker_hub && !repository.contains('/') {
        check_path(&format!("library/{repository}"))?;
    }
    Ok(())
}

fn check_path(repository: &str) -> Result<(), String> {
    let runes = repository.chars().count();
    if !(2..=255).contains(&runes) {
        return Err(format!("repository must be between 2 and 255 characters in length: {repository}"));
    }
    if repository.chars().any(|c| !REPOSITORY_CHARS.contains(c)) {
        return Err(format!("repository can only contain the characters `{REPOSITORY_CHARS}`: {repository}"));
    }
    Ok(())
}

/// A registry must be an RFC 3986 authority that Go's `url.Parse("//" + name)` reads back unchanged as
/// the host: no user info, path, query or fragment, no escapes, a numeric port.
fn check_registry(registry: &str) -> Result<(), String> {
    if is_authority(registry) {
        Ok(())
    } else {
        Err(format!("registries must be valid RFC 3986 URI authorities: {registry}"))
    }
}

fn is_authority(host: &str) -> bool {
    if host.bytes().any(|b| b < 0x20 || b == 0x7f) {
        return false;
    }
    // `@` starts the host after user info, `?` and `#` end it, `%` escapes change it: the host read back
    // would differ from the name.
    if host.contains(['@', '?', '#', '%']) {
        return false;
    }
    let port = if host.starts_with('[') {
        match host.rfind(']') {
            Some(end) => &host[end + 1..],
            None => return false,
        }
    } else {
        host.rfind(':').map_or("", |i| &host[i..])
    };
    let port_ok = port.is_empty() || (port.starts_with(':') && port[1..].bytes().all(|b| b.is_ascii_digit()));
    // Go's host escaping: these ASCII characters may appear unescaped; any other byte below 0x80 may not.
    let allowed = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80 || b"-._~!$&'()*+,;=:[]<>\"".contains(&b);
    port_ok && host.bytes().all(allowed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_upstream_accepts() {
        for ok in [
            "alpine",
            "ghcr.io/stefanprodan/podinfo",
            "localhost:5000/app",
            "docker.io/library/nginx",
            "[::1]:5000/app",
        ] {
            assert_eq!(check_repository(ok), Ok(()), "{ok}");
        }
    }

    #[test]
    fn names_upstream_refuses() {
        assert_eq!(check_repository("").unwrap_err(), "a repository name must be specified");
        assert_eq!(check_repository("a").unwrap_err(), "repository must be between 2 and 255 characters in length: a");
        assert_eq!(
            check_repository("ghcr.io/Org/App").unwrap_err(),
            "repository can only contain the characters `abcdefghijklmnopqrstuvwxyz0123456789_-./`: Org/App"
        );
        assert_eq!(
            check_repository("reg.io:port/app").unwrap_err(),
            "registries must be valid RFC 3986 URI authorities: reg.io:port"
        );
        assert_eq!(
            check_repository("u@reg.io/app").unwrap_err(),
            "registries must be valid RFC 3986 URI authorities: u@reg.io"
        );
        assert!(check_repository("podinfo:1.0").unwrap_err().starts_with("repository can only contain"));
        let long = "a".repeat(250);
        assert_eq!(
            check_repository(&long).unwrap_err(),
            format!("repository must be between 2 and 255 characters in length: library/{long}")
        );
    }
}
