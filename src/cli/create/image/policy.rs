//! `flux create image policy`: an ImagePolicy, the rule that picks the latest tag of an ImageRepository.

use clap::Args;

use api::image::{
    AlphabeticalPolicy, ImagePolicy, ImagePolicyChoice, ImagePolicySpec, NumericalPolicy, ReflectionPolicy,
    SemVerPolicy, SortOrder, TagFilter,
};
use api::meta::NamespacedObjectReference;

use super::super::{non_empty, non_zero, object_name, Create};
use crate::cli::kinds::IMAGE_POLICY;

/// Create or update an ImagePolicy object.
///
/// The create image policy command generates an ImagePolicy resource.
/// An ImagePolicy object calculates a "latest image" given an image
/// repository and a policy, e.g., semver.
///
/// The image that sorts highest according to the policy is recorded in
/// the status of the object.
///
/// Here --interval is the interval at which to check for new image digests when the
/// policy is set to 'Always' (--reflect-digest=Always); it has no default.
///
/// Examples:
///   # Create an ImagePolicy to select the latest stable release
///   flux-rs create image policy podinfo \
///     --image-ref=podinfo \
///     --select-semver=">=1.0.0"
///
///   # Create an ImagePolicy to select the latest main branch build tagged as "${GIT_BRANCH}-${GIT_SHA:0:7}-$(date +%s)"
///   flux-rs create image policy podinfo \
///     --image-ref=podinfo \
///     --select-numeric=asc \
///     --filter-regex='^main-[a-f0-9]+-(?P<ts>[0-9]+)' \
///     --filter-extract='$ts'
#[derive(Debug, Args)]
#[command(verbatim_doc_comment, args_override_self = true)]
pub struct ImagePolicyArgs {
    /// The ImagePolicy's name.
    #[arg(value_name = "NAME")]
    name: Option<String>,
    /// The name of an image repository object.
    #[arg(long, value_name = "NAME", default_value = "")]
    image_ref: String,
    /// A semver range to apply to tags; e.g., '1.x'.
    #[arg(long, value_name = "RANGE", default_value = "")]
    select_semver: String,
    /// Use alphabetical sorting to select image; either "asc" meaning select the last, or "desc" meaning
    /// select the first.
    #[arg(long, value_name = "ORDER", default_value = "")]
    select_alpha: String,
    /// Use numeric sorting to select image; either "asc" meaning select the last, or "desc" meaning select
    /// the first.
    #[arg(long, value_name = "ORDER", default_value = "")]
    select_numeric: String,
    /// Regular expression pattern used to filter the image tags.
    #[arg(long, value_name = "REGEX", default_value = "")]
    filter_regex: String,
    /// Replacement pattern (using capture groups from --filter-regex) to use for sorting.
    #[arg(long, value_name = "TEMPLATE", default_value = "")]
    filter_extract: String,
    /// The digest reflection policy to use when observing latest image tags (one of 'Never',
    /// 'IfNotPresent', 'Always').
    #[arg(long, value_name = "POLICY", default_value = "")]
    reflect_digest: String,
}

/// `asc` or `desc`.
fn order(text: &str) -> Option<SortOrder> {
    match text {
        "asc" => Some(SortOrder::Asc),
        "desc" => Some(SortOrder::Desc),
        _ => None,
    }
}

/// The policy the `--select-*` flags choose, as upstream's `switch` does: semver together with one of
/// the others leaves the policy empty without complaint, only alpha with numeric is refused.
fn choice(semver: &str, alpha: &str, numeric: &str) -> anyhow::Result<ImagePolicyChoice> {
    let mut policy = ImagePolicyChoice::default();
    match (semver.is_empty(), alpha.is_empty(), numeric.is_empty()) {
        (false, false, _) | (false, _, false) => {}
        (_, false, false) => {
            anyhow::bail!("only one of --select-semver, --select-alpha or --select-numeric can be specified")
        }
        (false, true, true) => policy.semver = Some(SemVerPolicy { range: semver.to_string() }),
        (true, false, true) => {
            let order =
                order(alpha).ok_or_else(|| anyhow::anyhow!("--select-alpha must be one of [\"asc\", \"desc\"]"))?;
            policy.alphabetical = Some(AlphabeticalPolicy { order: Some(order) });
        }
        (true, true, false) => {
            let order =
                order(numeric).ok_or_else(|| anyhow::anyhow!("--select-numeric must be one of [\"asc\", \"desc\"]"))?;
            policy.numerical = Some(NumericalPolicy { order: Some(order) });
        }
        (true, true, true) => anyhow::bail!("a policy must be provided with either --select-semver or --select-alpha"),
    }
    Ok(policy)
}

/// Upstream's dry run of `Regexp.Expand` over `template`: every `$name` or `${name}` must name a
/// capture group of the filter (numbers are not checked), `$$` is a literal dollar.
fn check_extract(template: &str, groups: &[&str]) -> anyhow::Result<()> {
    let mut rest = template;
    while let Some(i) = rest.find('$') {
        rest = &rest[i..];
        if rest[1..].starts_with('$') {
            rest = &rest[2..];
            continue;
        }
        let Some((name, after)) = expansion(rest) else {
            anyhow::bail!("--filter-extract is malformed");
        };
        rest = after;
        if !is_group_number(name) && !groups.contains(&name) {
            anyhow::bail!("capture group ${name} used in --filter-extract not found in --filter-regex");
        }
    }
    Ok(())
}

/// The name of the `$name` or `${name}` at the start of `text` (letters, digits, `_`), and the text after.
fn expansion(text: &str) -> Option<(&str, &str)> {
    let body = text.strip_prefix('$')?;
    let (braced, body) = match body.strip_prefix('{') {
        Some(inner) => (true, inner),
        None => (false, body),
    };
    let end = body.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(body.len());
    if end == 0 {
        return None;
    }
    let (name, after) = body.split_at(end);
    if braced {
        return after.strip_prefix('}').map(|after| (name, after));
    }
    Some((name, after))
}

/// Whether Go's `Regexp.Expand` reads `name` as a group number: at most nine ASCII digits, no leading
/// zero.
fn is_group_number(name: &str) -> bool {
    name.bytes().all(|b| b.is_ascii_digit()) && name.len() <= 9 && !(name.len() > 1 && name.starts_with('0'))
}

pub async fn run(create: &Create<'_>, args: ImagePolicyArgs) -> anyhow::Result<()> {
    let name = object_name(args.name.as_deref())?;
    if args.image_ref.is_empty() {
        anyhow::bail!("the name of an ImageRepository in the namespace is required (--image-ref)");
    }
    let metadata = create.metadata(&name)?;
    let mut spec = ImagePolicySpec {
        image_repository_ref: NamespacedObjectReference { name: args.image_ref, namespace: None },
        policy: choice(&args.select_semver, &args.select_alpha, &args.select_numeric)?,
        ..ImagePolicySpec::default()
    };
    if !args.filter_regex.is_empty() {
        // Go's RE2 syntax; the regex crate speaks the same dialect.
        let regex = regex::Regex::new(&args.filter_regex)
            .map_err(|_| anyhow::anyhow!("--filter-regex is an invalid regex pattern"))?;
        if !args.filter_extract.is_empty() {
            let groups: Vec<&str> = regex.capture_names().flatten().collect();
            check_extract(&args.filter_extract, &groups)?;
        }
        spec.filter_tags =
            Some(TagFilter { pattern: Some(args.filter_regex.clone()), extract: non_empty(&args.filter_extract) });
    } else if !args.filter_extract.is_empty() {
        anyhow::bail!("cannot specify --filter-extract without specifying --filter-regex");
    }
    if !args.reflect_digest.is_empty() {
        let policy = match args.reflect_digest.as_str() {
            "Never" => ReflectionPolicy::Never,
            "IfNotPresent" => ReflectionPolicy::IfNotPresent,
            "Always" => ReflectionPolicy::Always,
            _ => anyhow::bail!("invalid value for --reflect-digest, must be one of 'Never', 'IfNotPresent', 'Always'"),
        };
        spec.digest_reflection_policy = Some(policy);
    }
    // Upstream's `create image policy` has an `--interval` of its own, shadowing `create`'s: no default,
    // and only meaningful for digests reflected always.
    if let Some(interval) = create.flags.interval.and_then(non_zero) {
        if args.reflect_digest != "Always" {
            anyhow::bail!(
                "the --interval flag can only be used with the 'Always' digest reflection policy, use --reflect-digest=Always"
            );
        }
        spec.interval = Some(interval);
    }
    let policy = ImagePolicy { metadata, spec, status: None };
    if create.flags.export {
        return super::super::export(&policy);
    }
    super::upsert_and_wait(create, &IMAGE_POLICY, &name, &policy).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn select_flags_follow_upstreams_switch() {
        assert!(choice("1.x", "", "").unwrap().semver.is_some());
        // Upstream's quirk: semver with another selector yields an empty policy.
        assert_eq!(choice("1.x", "asc", "").unwrap(), ImagePolicyChoice::default());
        let err = choice("", "asc", "asc").unwrap_err().to_string();
        assert_eq!(err, "only one of --select-semver, --select-alpha or --select-numeric can be specified");
        assert_eq!(choice("", "up", "").unwrap_err().to_string(), "--select-alpha must be one of [\"asc\", \"desc\"]");
        assert_eq!(choice("", "", "desc").unwrap().numerical.and_then(|n| n.order), Some(SortOrder::Desc));
        let err = choice("", "", "").unwrap_err().to_string();
        assert_eq!(err, "a policy must be provided with either --select-semver or --select-alpha");
    }

    #[test]
    fn extract_templates_name_existing_groups() {
        let groups = ["", "ts", "sha"];
        assert!(check_extract("$ts", &groups).is_ok());
        assert!(check_extract("${ts}-$sha $$x $1 $10", &groups).is_ok());
        let err = check_extract("$build", &groups).unwrap_err().to_string();
        assert_eq!(err, "capture group $build used in --filter-extract not found in --filter-regex");
        assert_eq!(check_extract("${ts", &groups).unwrap_err().to_string(), "--filter-extract is malformed");
        assert_eq!(check_extract("x$", &groups).unwrap_err().to_string(), "--filter-extract is malformed");
        assert_eq!(check_extract("$-", &groups).unwrap_err().to_string(), "--filter-extract is malformed");
        // A leading zero makes a name, not a number.
        assert!(check_extract("$01", &groups).is_err());
    }
}
