//! `flux create image update`: an ImageUpdateAutomation, which commits the images the policies chose
//! into a Git repository.

use clap::Args;

use api::image::{
    CommitSpec, CommitUser, CrossNamespaceSourceReference, GitCheckoutSpec, GitSpec, ImageUpdateAutomation,
    ImageUpdateAutomationSpec, PushSpec, SigningKey, UpdateStrategy,
};
use api::meta::LocalObjectReference;
use api::source::GitRepositoryRef;

use super::super::{non_empty, object_name, Create};
use crate::cli::kinds::IMAGE_UPDATE_AUTOMATION;

/// Create or update an ImageUpdateAutomation object.
///
/// The create image update command generates an ImageUpdateAutomation resource.
/// An ImageUpdateAutomation object specifies an automated update to images
/// mentioned in YAMLs in a git repository.
///
/// Examples:
///   # Configure image updates for the main repository created by flux bootstrap
///   flux-rs create image update flux-system \
///     --git-repo-ref=flux-system \
///     --git-repo-path="./clusters/my-cluster" \
///     --checkout-branch=main \
///     --author-name=flux \
///     --author-email=flux@example.com \
///     --commit-template="{{range .Updated.Images}}{{println .}}{{end}}"
///
///   # Configure image updates to push changes to a different branch, if the branch doesn't exists it will be created
///   flux-rs create image update flux-system \
///     --git-repo-ref=flux-system \
///     --git-repo-path="./clusters/my-cluster" \
///     --checkout-branch=main \
///     --push-branch=image-updates \
///     --author-name=flux \
///     --author-email=flux@example.com \
///     --commit-template="{{range .Updated.Images}}{{println .}}{{end}}"
///
///   # Configure image updates for a Git repository in a different namespace
///   flux-rs create image update apps \
///     --namespace=apps \
///     --git-repo-ref=flux-system \
///     --git-repo-namespace=flux-system \
///     --git-repo-path="./clusters/my-cluster" \
///     --checkout-branch=main \
///     --push-branch=image-updates \
///     --author-name=flux \
///     --author-email=flux@example.com \
///     --commit-template="{{range .Updated.Images}}{{println .}}{{end}}"
#[derive(Debug, Args)]
#[command(verbatim_doc_comment, args_override_self = true)]
pub struct ImageUpdateArgs {
    /// The ImageUpdateAutomation's name.
    #[arg(value_name = "NAME")]
    name: Option<String>,
    /// The name of a GitRepository resource with details of the upstream Git repository.
    #[arg(long, value_name = "NAME", default_value = "")]
    git_repo_ref: String,
    /// The namespace of the GitRepository resource, defaults to the ImageUpdateAutomation namespace.
    #[arg(long, value_name = "NAMESPACE", default_value = "")]
    git_repo_namespace: String,
    /// Path to the directory containing the manifests to be updated, defaults to the repository root.
    #[arg(long, value_name = "PATH", default_value = "")]
    git_repo_path: String,
    /// The branch to checkout.
    #[arg(long, value_name = "BRANCH", default_value = "")]
    checkout_branch: String,
    /// The branch to push commits to, defaults to the checkout branch if not specified.
    #[arg(long, value_name = "BRANCH", default_value = "")]
    push_branch: String,
    /// A template for commit messages.
    #[arg(long, value_name = "TEMPLATE", default_value = "")]
    commit_template: String,
    /// The name to use for commit author.
    #[arg(long, value_name = "NAME", default_value = "")]
    author_name: String,
    /// The email to use for commit author.
    #[arg(long, value_name = "EMAIL", default_value = "")]
    author_email: String,
    /// Name of the Secret containing the signing key referenced in spec.git.commit.signingKey.
    #[arg(long, value_name = "NAME", default_value = "")]
    signing_key_secret: String,
    /// Signing-key format: gpg or ssh (defaults to gpg when --signing-key-secret is set).
    #[arg(long, value_name = "TYPE", default_value = "")]
    signing_key_type: String,
}

pub async fn run(create: &Create<'_>, args: ImageUpdateArgs) -> anyhow::Result<()> {
    let name = object_name(args.name.as_deref())?;
    if args.git_repo_ref.is_empty() {
        anyhow::bail!("a reference to a GitRepository is required (--git-repo-ref)");
    }
    if args.checkout_branch.is_empty() {
        anyhow::bail!("the Git repository branch is required (--checkout-branch)");
    }
    if args.author_name.is_empty() {
        anyhow::bail!("the author name is required (--author-name)");
    }
    if args.author_email.is_empty() {
        anyhow::bail!("the author email is required (--author-email)");
    }
    if !args.signing_key_type.is_empty() && args.signing_key_secret.is_empty() {
        anyhow::bail!("--signing-key-type requires --signing-key-secret");
    }
    if !matches!(args.signing_key_type.as_str(), "" | "gpg" | "ssh") {
        anyhow::bail!("--signing-key-type must be one of: gpg, ssh");
    }
    let metadata = create.metadata(&name)?;
    let git = GitSpec {
        checkout: Some(GitCheckoutSpec {
            reference: GitRepositoryRef { branch: Some(args.checkout_branch), ..GitRepositoryRef::default() },
        }),
        commit: CommitSpec {
            author: CommitUser { name: Some(args.author_name), email: args.author_email },
            message_template: non_empty(&args.commit_template),
            // Without a type the controller reads the key as GPG.
            signing_key: non_empty(&args.signing_key_secret).map(|name| SigningKey {
                secret_ref: LocalObjectReference { name },
                type_: non_empty(&args.signing_key_type),
            }),
            ..CommitSpec::default()
        },
        push: non_empty(&args.push_branch).map(|branch| PushSpec { branch: Some(branch), ..PushSpec::default() }),
    };
    let spec = ImageUpdateAutomationSpec {
        source_ref: CrossNamespaceSourceReference {
            api_version: None,
            kind: "GitRepository".to_string(),
            name: args.git_repo_ref,
            namespace: non_empty(&args.git_repo_namespace),
        },
        git: Some(git),
        interval: create.interval(),
        update: non_empty(&args.git_repo_path)
            .map(|path| UpdateStrategy { strategy: Some("Setters".to_string()), path: Some(path) }),
        ..ImageUpdateAutomationSpec::default()
    };
    let update = ImageUpdateAutomation { metadata, spec, status: None };
    if create.flags.export {
        return super::super::export(&update);
    }
    super::upsert_and_wait(create, &IMAGE_UPDATE_AUTOMATION, &name, &update).await
}
