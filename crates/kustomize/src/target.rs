//! The build: a kustomization target accumulates its resources, bases and components, then applies
//! its generators and transformers, in kustomize's order.

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use yaml::node::{Node, Tag};

use crate::buildmetadata::{self, Origin};
use crate::fieldspec::TransformerConfig;
use crate::fs::Loader;
use crate::kustomization::{Kustomization, FILE_NAMES};
use crate::plugins::{self, Plugins, Role};
use crate::remote::RepoSpec;
use crate::resmap::ResMap;
use crate::resource::{Resource, BUILD_ANNOTATIONS};
use crate::{
    config, generate, hash, node, openapi, order, transform, Error, FileSystem, Options, Output, RemoteLoader,
};

/// What accumulating a kustomization yields: its resources and the transformer configuration
/// they were built with (inherited upwards, as kustomize merges configurations of bases).
#[derive(Default)]
pub(crate) struct Accumulator {
    pub resources: ResMap,
    pub config: TransformerConfig,
    /// The `vars` declared so far.
    pub vars: transform::vars::VarSet,
}

/// One kustomization being built.
struct Target<'a> {
    loader: Loader<'a>,
    /// Deprecation warnings of every kustomization file read, as kustomize prints them on stderr.
    warnings: &'a RefCell<Vec<String>>,
    kustomization: Kustomization,
    /// The kustomization file, for messages.
    file: PathBuf,
    /// Where this kustomization is, when the top one's `buildMetadata` asks for origins.
    origin: Option<Origin>,
}

/// Builds the kustomization in `dir`.
pub(crate) fn build(
    fs: &dyn FileSystem,
    remote: Option<&dyn RemoteLoader>,
    dir: &Path,
    options: &Options,
) -> Result<Output, Error> {
    let warnings = RefCell::new(Vec::new());
    let _openapi = openapi::BuildScope::start();
    let loader = Loader::new(fs, remote, options.load_restrictions, dir)?;
    let mut target = Target::load(loader, &warnings)?;
    target.set_openapi(true)?;
    let metadata = buildmetadata::Options::parse(&target.kustomization.build_metadata);
    target.origin = metadata.track.then(Origin::default);
    let mut accumulated = target.accumulate(Accumulator::default())?;
    // kustomize's order at the top: hashes, then the references to the renamed objects, then vars.
    hash::add_hashes(&mut accumulated.resources)
        .map_err(|message| Error::Config { file: target.file.clone(), message })?;
    transform::fix_references(&mut accumulated)
        .map_err(|message| Error::Config { file: target.file.clone(), message })?;
    let mut resources = accumulated.resources;
    drop_local_config(&mut resources);
    finish_annotations(&mut resources);
    let sort_options = target.kustomization.sort_options.as_ref();
    if sort_options.is_some() || options.reorder == crate::Reorder::Legacy {
        order::sort(&mut resources, sort_options)
            .map_err(|message| Error::Config { file: target.file.clone(), message })?;
    }
    buildmetadata::finish(metadata, &mut resources)
        .map_err(|message| Error::Config { file: target.file.clone(), message })?;
    Ok(Output { resources, warnings: warnings.take() })
}

impl<'a> Target<'a> {
    /// Finds and reads the kustomization file of the loader's root.
    fn load(loader: Loader<'a>, warnings: &'a RefCell<Vec<String>>) -> Result<Target<'a>, Error> {
        let mut found = Vec::new();
        for name in FILE_NAMES {
            let path = loader.root.join(name);
            if let Ok(content) = loader.fs.read(&path) {
                found.push((path, content));
            }
        }
        let (file, content) = match found.len() {
            0 => return Err(Error::MissingKustomization(loader.root.clone())),
            1 => found.remove(0),
            _ => return Err(Error::MultipleKustomizations(loader.root.clone())),
        };
        let (kustomization, new_warnings) = Kustomization::parse(&content)
            .map_err(|message| Error::InvalidKustomization { file: file.clone(), message })?;
        warnings.borrow_mut().extend(new_warnings);
        Ok(Target { loader, warnings, kustomization, file, origin: None })
    }

    /// kustomize's `accumulateTarget`: resources, generators, components, transformers.
    fn accumulate(&self, mut acc: Accumulator) -> Result<Accumulator, Error> {
        for entry in &self.kustomization.resources {
            self.accumulate_resource(&mut acc, entry)?;
        }
        self.merge_configurations(&mut acc)?;
        let generators = self.plugins(Role::Generator)?;
        let generator_origin =
            |kind: &'static str| self.origin.as_ref().map(|o| o.configured(self.file_name(), kind)).unwrap_or_default();
        let origin: Option<&dyn Fn(&'static str) -> String> =
            if self.origin.is_some() { Some(&generator_origin) } else { None };
        generate::run(&self.kustomization, &self.loader, &self.file, &mut acc.resources, origin)?;
        generators.run(&self.loader, &mut acc.resources).map_err(|message| self.config_error(message))?;
        for entry in &self.kustomization.components {
            let loader = match RepoSpec::parse(entry).filter(|_| !self.loader.exists(entry)) {
                Some(repo) => self.loader.remote_child(&repo)?,
                None => self.loader.child(entry).map_err(|e| self.entry_error(entry, e))?,
            };
            acc = self.accumulate_directory(acc, loader, entry, true)?;
            // kustomize moves a component's result into a fresh accumulator: its configuration is
            // merged anew into an empty one.
            let merged = std::mem::take(&mut acc.config);
            acc.config.merge(&merged).map_err(|message| Error::Config { file: self.file.clone(), message })?;
        }
        let transformers = self.plugins(Role::Transformer)?;
        let mut record = |kind: &'static str, resources: &mut ResMap| {
            if let Some(origin) = &self.origin {
                buildmetadata::record(resources, &origin.configured(self.file_name(), kind));
            }
        };
        transform::run(&self.kustomization, &self.loader, &mut acc, &mut record)
            .map_err(|message| Error::Config { file: self.file.clone(), message })?;
        // Replacements are kustomize's last transformer; their files come through this loader.
        let replacements = transform::replacements::load(&self.kustomization.replacements, &self.file, &|path| {
            let content = self.loader.read(path).map_err(|e| self.entry_error(path, e))?;
            Ok((content, self.loader.join(path)))
        })?;
        transform::replacements::apply(&replacements, &mut acc.resources)
            .map_err(|message| Error::Config { file: self.file.clone(), message })?;
        if !self.kustomization.replacements.is_empty() {
            record("ReplacementTransformer", &mut acc.resources);
        }
        transformers.run(&self.loader, &mut acc.resources).map_err(|message| self.config_error(message))?;
        let validators = self.plugins(Role::Validator)?;
        validators.run(&self.loader, &mut acc.resources).map_err(|message| self.config_error(message))?;
        transform::declare_vars(&self.kustomization, &mut acc)
            .map_err(|message| Error::Config { file: self.file.clone(), message })?;
        Ok(acc)
    }

    /// Applies the kustomization's `openapi` field (see `openapi.rs`); its `path` is read even
    /// when the schema was already chosen, as kustomize does.
    fn set_openapi(&self, top: bool) -> Result<(), Error> {
        let schema = match self.kustomization.openapi.get("path") {
            Some(path) if crate::remote::is_remote_file(path) => Some(self.loader.fetch_file(path)?),
            Some(path) => Some(self.loader.read(path).map_err(|e| self.entry_error(path, e))?),
            None => None,
        };
        openapi::set(&self.kustomization.openapi, schema.as_deref(), top)
            .map_err(|message| Error::Config { file: self.file.clone(), message: format!("openapi: {message}") })
    }

    /// Merges this kustomization's own configuration (built-in tables and `configurations`
    /// files), then what its `crds` declare, into the accumulated one.
    fn merge_configurations(&self, acc: &mut Accumulator) -> Result<(), Error> {
        let read = |path: &str| self.loader.read(path).map_err(|e| self.entry_error(path, e));
        let fail = |message: String| Error::Config { file: self.file.clone(), message };
        let own = config::own(&self.kustomization.configurations, &read, &fail)?;
        acc.config.merge(&own).map_err(|e| fail(format!("merging configurations: {e}")))?;
        if !self.kustomization.crds.is_empty() {
            let crds = config::from_crds(&self.kustomization.crds, &read, &fail)?;
            acc.config.merge(&crds).map_err(|e| fail(format!("merging crds: {e}")))?;
        }
        Ok(())
    }

    /// One `resources` entry: a file of manifests (local or over HTTP), or a directory or remote
    /// repository to build, tried in kustomize's order.
    fn accumulate_resource(&self, acc: &mut Accumulator, entry: &str) -> Result<(), Error> {
        if crate::remote::is_remote_file(entry) {
            // A URL is a file first; if it cannot be fetched, or is not manifests (a repository's web
            // page), and reads as a repository URL, it is a repository.
            let fetched = self.loader.fetch_file(entry);
            let parsed = fetched.and_then(|content| resources_from_bytes(&content, Path::new(entry)));
            match parsed {
                Ok(resources) => {
                    return resources.into_iter().try_for_each(|r| acc.resources.append(self.with_origin(r, entry)))
                }
                Err(e) if RepoSpec::parse(entry).is_none() => return Err(e),
                Err(_) => {}
            }
        }
        let loader = match RepoSpec::parse(entry).filter(|_| !self.loader.exists(entry)) {
            Some(repo) => Some(self.loader.remote_child(&repo)?),
            None if self.loader.is_dir(entry) => {
                Some(self.loader.child(entry).map_err(|e| self.entry_error(entry, e))?)
            }
            None => None,
        };
        if let Some(loader) = loader {
            let taken = std::mem::take(acc);
            *acc = self.accumulate_directory(taken, loader, entry, false)?;
            return Ok(());
        }
        let content = self.loader.read(entry).map_err(|e| self.entry_error(entry, e))?;
        let path = self.loader.join(entry);
        for resource in resources_from_bytes(&content, &path)? {
            acc.resources.append(self.with_origin(resource, entry))?;
        }
        Ok(())
    }

    /// A resource read from the file `entry`, with its origin when origins are tracked.
    fn with_origin(&self, mut resource: Resource, entry: &str) -> Resource {
        if let Some(origin) = &self.origin {
            buildmetadata::set_origin(&mut resource, &origin.append(entry).annotation());
        }
        resource
    }

    /// The kustomization file's name (`kustomization.yaml`, …), as origins name it.
    fn file_name(&self) -> &str {
        self.file.file_name().and_then(|n| n.to_str()).unwrap_or_default()
    }

    /// Builds a base (into a fresh accumulator, merged afterwards) or applies a component (to the
    /// accumulator itself).
    fn accumulate_directory(
        &self,
        mut acc: Accumulator,
        loader: Loader<'a>,
        entry: &str,
        component: bool,
    ) -> Result<Accumulator, Error> {
        let root = loader.root.clone();
        let mut sub = Target::load(loader, self.warnings)?;
        sub.origin = self.origin.as_ref().map(|o| o.append(entry));
        sub.set_openapi(false)?;
        if component && !sub.kustomization.is_component() {
            return Err(Error::Config {
                file: sub.file,
                message: format!(
                    "expected kind 'Component' for path '{}' but got '{}'",
                    root.display(),
                    sub.kustomization.kind
                ),
            });
        }
        if !component && sub.kustomization.is_component() {
            return Err(Error::Config {
                file: sub.file,
                message: format!("expected kind != 'Component' for path '{}'", root.display()),
            });
        }
        if component {
            return sub.accumulate(acc);
        }
        let built = sub.accumulate(Accumulator::default())?;
        acc.resources.append_all(built.resources)?;
        acc.config.merge(&built.config).map_err(|e| Error::Config {
            file: self.file.clone(),
            message: format!("recursed merging from path '{}': {e}", root.display()),
        })?;
        transform::vars::absorb(&mut acc.vars, built.vars).map_err(|e| Error::Config {
            file: self.file.clone(),
            message: format!("recursed merging from path '{}': {e}", root.display()),
        })?;
        Ok(acc)
    }

    /// The `generators`, `transformers` or `validators` of this kustomization, configured; path
    /// entries are accumulated as resources are, each into a fresh accumulator.
    fn plugins(&self, role: Role) -> Result<Plugins, Error> {
        plugins::load(role, &self.kustomization, &self.file, &self.loader, &mut |entry| {
            let mut acc = Accumulator::default();
            self.accumulate_resource(&mut acc, entry)?;
            Ok(acc.resources)
        })
    }

    fn config_error(&self, message: String) -> Error {
        Error::Config { file: self.file.clone(), message }
    }

    /// An error about one entry of this kustomization, naming both.
    fn entry_error(&self, entry: &str, e: Error) -> Error {
        match e {
            Error::Read { message, path } if path == self.loader.join(entry) => {
                Error::Entry { file: self.file.clone(), entry: entry.to_string(), message }
            }
            other => other,
        }
    }
}

/// Reads the resources of a manifest file: every non-empty document, `List`s inlined, each checked
/// to have a kind and a name.
pub(crate) fn resources_from_bytes(content: &[u8], path: &Path) -> Result<Vec<Resource>, Error> {
    let malformed = |message: String| Error::Malformed { path: path.to_path_buf(), message };
    let text = std::str::from_utf8(content).map_err(|_| malformed("the file is not UTF-8".into()))?;
    let documents = yaml::node::parse_documents(text).map_err(|e| malformed(e.to_string()))?;
    let mut out = Vec::new();
    let mut queue: std::collections::VecDeque<Node> = documents.into();
    while let Some(doc) = queue.pop_front() {
        if is_nil_or_empty(&doc) {
            continue;
        }
        if !matches!(doc, Node::Map(_)) {
            return Err(malformed("a document is not a mapping (a Kubernetes object)".into()));
        }
        let kind = node::str_at(&doc, &["kind"]);
        if kind.is_empty() {
            return Err(malformed("missing kind in an object".into()));
        }
        if kind.ends_with("List") {
            match node::get(&doc, "items") {
                None => {}
                Some(Node::Seq(items)) => {
                    queue.extend(items.iter().cloned());
                    continue;
                }
                Some(items) if node::is_null(items) => continue,
                Some(_) => return Err(malformed(format!("expected array in {kind}/items"))),
            }
        }
        if node::str_at(&doc, &["metadata", "name"]).is_empty() && !kind.ends_with("List") {
            return Err(malformed(format!("missing metadata.name in an object of kind {kind}")));
        }
        out.push(Resource::new(doc, Some(path.to_path_buf())));
    }
    Ok(out)
}

fn is_nil_or_empty(node: &Node) -> bool {
    match node {
        Node::Scalar(s) => s.tag == Tag::Null,
        Node::Map(m) => m.entries.is_empty(),
        Node::Seq(items) => items.is_empty(),
    }
}

/// Drops resources annotated `config.kubernetes.io/local-config` (unless `"false"`).
fn drop_local_config(resources: &mut ResMap) {
    resources
        .resources_mut()
        .retain(|r| r.annotation("config.kubernetes.io/local-config").is_none_or(|v| v == "false"));
}

/// What kustomize does when it strips its build annotations: they are removed, every other
/// annotation is rewritten as a string holding the text it was written with, and an empty
/// `annotations` mapping is removed.
fn finish_annotations(resources: &mut ResMap) {
    for resource in resources.resources_mut() {
        let Some(metadata) = node::get_mut(&mut resource.node, "metadata") else { continue };
        let Some(annotations) = node::get_mut(metadata, "annotations") else { continue };
        let Node::Map(map) = annotations else { continue };
        map.entries.retain(|(key, _)| !BUILD_ANNOTATIONS.contains(&key.value.as_str()));
        if map.entries.is_empty() {
            node::remove(metadata, "annotations");
            continue;
        }
        for (_, value) in &mut map.entries {
            let text = match value {
                Node::Scalar(s) => s.value.clone(),
                _ => String::new(),
            };
            *value = node::string(&text);
        }
    }
}
