//! `flux create source bucket`: a Bucket, with the Secret upstream stores for `--access-key` and
//! `--secret-key`.

use clap::Args;

use api::source::{Bucket, BucketProvider, BucketSpec};

use super::{ignore, reference, wait_for_artifact, SourceFlags, Wait};
use crate::cli::create::secret::{self, sourcesecret};
use crate::cli::create::{non_empty, object_name, Create, Readiness, Report};
use crate::cli::kinds::BUCKET;
use crate::ui;

/// Create or update a Bucket source.
///
/// The create source bucket command generates a Bucket resource and waits for it to be downloaded.
/// For Buckets with static authentication, the credentials are stored in a Kubernetes secret named
/// bucket-<name>.
///
/// Examples:
///   # Create a source for a Bucket using static authentication
///   flux-rs create source bucket podinfo \
///     --bucket-name=podinfo \
///     --endpoint=minio.minio.svc.cluster.local:9000 \
///     --insecure=true \
///     --access-key=myaccesskey \
///     --secret-key=mysecretkey \
///     --interval=10m
///
///   # Create a source for an Amazon S3 Bucket using IAM authentication
///   flux-rs create source bucket podinfo \
///     --bucket-name=podinfo \
///     --provider=aws \
///     --endpoint=s3.amazonaws.com \
///     --region=us-east-1 \
///     --interval=10m
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct BucketArgs {
    /// The Bucket's name.
    #[arg(value_name = "NAME")]
    name: Option<String>,
    /// The S3 compatible storage provider name (generic, aws, azure, gcp).
    #[arg(long, value_name = "generic|aws|azure|gcp", default_value = "generic", value_parser = parse_provider)]
    provider: BucketProvider,
    /// The bucket name.
    #[arg(long = "bucket-name", value_name = "NAME", default_value = "")]
    bucket_name: String,
    /// The bucket endpoint address.
    #[arg(long, value_name = "ADDRESS", default_value = "")]
    endpoint: String,
    /// The bucket access key.
    #[arg(long, value_name = "KEY", default_value = "")]
    access_key: String,
    /// The bucket secret key.
    #[arg(long, value_name = "KEY", default_value = "")]
    secret_key: String,
    /// The bucket region.
    #[arg(long, value_name = "REGION", default_value = "")]
    region: String,
    /// For when connecting to a non-TLS S3 HTTP endpoint.
    #[arg(long, action = clap::ArgAction::Set, num_args = 0..=1, require_equals = true, default_missing_value = "true", default_value = "false", value_name = "BOOL", value_parser = crate::cli::create::go_bool)]
    insecure: bool,
    /// The name of an existing secret containing credentials.
    #[arg(long, value_name = "NAME", default_value = "")]
    secret_ref: String,
    /// The name of an existing secret containing the proxy address and credentials.
    #[arg(long, value_name = "NAME", default_value = "")]
    proxy_secret_ref: String,
    /// Set paths to ignore in bucket resource (can specify multiple paths with commas: path1,path2).
    #[arg(long, value_name = "PATHS", value_delimiter = ',')]
    ignore_paths: Vec<String>,
}

/// Upstream's `SourceBucketProvider` flag.
fn parse_provider(text: &str) -> Result<BucketProvider, String> {
    match text {
        "generic" => Ok(BucketProvider::Generic),
        "aws" => Ok(BucketProvider::Aws),
        "azure" => Ok(BucketProvider::Azure),
        "gcp" => Ok(BucketProvider::Gcp),
        t if t.trim().is_empty() => {
            Err("no source bucket provider given, please specify the S3 compatible storage provider name".into())
        }
        t => Err(format!("source bucket provider '{t}' is not supported, must be one of: generic, aws, azure, gcp")),
    }
}

pub async fn run(create: &Create<'_>, source: &SourceFlags, args: BucketArgs) -> anyhow::Result<()> {
    let name = object_name(args.name.as_deref())?;
    if args.bucket_name.is_empty() {
        anyhow::bail!("bucket-name is required");
    }
    if args.endpoint.is_empty() {
        anyhow::bail!("endpoint is required");
    }
    let metadata = create.metadata(&name)?;
    let mut spec = BucketSpec {
        bucket_name: args.bucket_name.clone(),
        provider: Some(args.provider),
        insecure: args.insecure.then_some(true),
        endpoint: args.endpoint.clone(),
        region: non_empty(&args.region),
        interval: create.interval(),
        ignore: ignore(&args.ignore_paths),
        timeout: source.timeout(),
        secret_ref: reference(&args.secret_ref),
        proxy_secret_ref: reference(&args.proxy_secret_ref),
        ..BucketSpec::default()
    };
    if create.flags.export {
        return super::super::export(&Bucket { metadata, spec, status: None });
    }

    let kube = create.kube().await?;
    ui::generate("generating Bucket source");
    if args.secret_ref.is_empty() {
        let secret_name = format!("bucket-{name}");
        // This one Secret carries the source's labels, as upstream's.
        let meta = sourcesecret::Meta {
            name: secret_name.clone(),
            namespace: create.namespace().to_string(),
            labels: metadata.labels.clone(),
        };
        let secret = sourcesecret::bucket(&meta, &args.access_key, &args.secret_key);
        if secret.string_data.is_some() {
            ui::action("applying secret with the bucket credentials");
            secret::upsert_secret(create, &kube, &secret).await?;
            spec.secret_ref = reference(&secret_name);
            ui::success("authentication configured");
        }
    }

    ui::action("applying Bucket source");
    let bucket = Bucket { metadata, spec, status: None };
    create.apply(&kube, &BUCKET, "Bucket source", &bucket, Report::Always).await?;
    let wait = Wait {
        kind: &BUCKET,
        noun: "Bucket source",
        rule: Readiness::Dynamic,
        // Upstream's wording, "completed" missing.
        no_artifact: Some("Bucket source reconciliation but no artifact was found"),
    };
    wait_for_artifact(create, &kube, &name, wait).await
}
