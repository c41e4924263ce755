//! `images` (and the legacy `imageTags`): kustomize's image tag transformer.
//!
//! Each entry runs on its own, in order, over every resource but CustomResourceDefinitions, in two
//! passes: first every `image` of an item of any `containers` or `initContainers` list, however
//! deep in the resource, then the fields of the `images` field specs (pod specs and pod templates
//! by default). A field both passes reach is changed twice — which only shows with `tagSuffix`,
//! appended twice, as kustomize does.
//!
//! An image matches an entry when it is the entry's `name` — a regular expression, anchored —
//! followed by an optional `:tag` and an optional `@sha256:digest`. Its new value is `newName` (or
//! its own name), then `newTag` and `digest` when given (each replaces both the tag and the digest),
//! else its tag with `tagSuffix` appended and no digest, else its own tag and digest.

use regex::Regex;
use yaml::node::{Node, Scalar, Style, Tag};

use crate::fieldspec::{visit, Create, FieldSpec};
use crate::kustomization::Image;
use crate::node;
use crate::resmap::ResMap;

/// The fields an image transformer changes by default (kustomize's `images` field specs).
pub fn builtin() -> Vec<FieldSpec> {
    ["spec/containers[]/image", "spec/initContainers[]/image"]
        .into_iter()
        .chain(["spec/template/spec/containers[]/image", "spec/template/spec/initContainers[]/image"])
        .map(|path| FieldSpec::any(path, true))
        .collect()
}

/// One `images` entry, ready to match.
struct Rule<'a> {
    image: &'a Image,
    pattern: Regex,
}

impl Rule<'_> {
    /// The new image for `value`, or `None` when it does not match.
    fn rewrite(&self, value: &str) -> Option<String> {
        if !self.pattern.is_match(value) {
            return None;
        }
        let (mut name, mut tag, mut digest) = split(value);
        let image = self.image;
        if !image.new_name.is_empty() {
            name = &image.new_name;
        }
        let suffixed;
        match (image.new_tag.as_str(), image.digest.as_str()) {
            ("", "") if !image.tag_suffix.is_empty() => {
                suffixed = format!("{tag}{}", image.tag_suffix);
                tag = &suffixed;
                digest = "";
            }
            ("", "") => {}
            (new_tag, new_digest) => {
                tag = new_tag;
                digest = new_digest;
            }
        }
        let mut out = name.to_string();
        if !tag.is_empty() {
            out.push(':');
            out.push_str(tag);
        }
        if !digest.is_empty() {
            out.push('@');
            out.push_str(digest);
        }
        Some(out)
    }
}

/// Splits an image reference `[host[:port]/]path[:tag][@digest]` into name, tag and digest; a
/// `:` before the first `/` belongs to the host.
pub fn split(image: &str) -> (&str, &str, &str) {
    let from = match image.find('/') {
        Some(slash) if slash > 0 => slash,
        _ => 0,
    };
    let colon = image[from..].find(':').map(|i| i + from);
    let at = image[from..].find('@').map(|i| i + from);
    match (colon, at) {
        (None, None) => (image, "", ""),
        (Some(c), Some(a)) if c < a => (&image[..c], &image[c + 1..a], &image[a + 1..]),
        (_, Some(a)) => (&image[..a], "", &image[a + 1..]),
        (Some(c), None) => (&image[..c], &image[c + 1..], ""),
    }
}

/// Applies the `images` entries, in order, to every resource.
///
/// # Errors
/// A `name` that is not a valid regular expression, an `image` that is not a scalar, an item of a
/// `containers` list that is not a mapping, a field spec's path running into a scalar.
pub fn apply(images: &[Image], specs: &[FieldSpec], resources: &mut ResMap) -> Result<(), String> {
    let rules = images
        .iter()
        .map(|image| {
            let source = format!("^{}(:[a-zA-Z0-9_.{{}}-]*)?(@sha256:[a-zA-Z0-9_.{{}}-]*)?$", image.name);
            Regex::new(&source).map(|pattern| Rule { image, pattern }).map_err(|e| {
                // The regex crate's message draws the pattern over several lines: keep the cause.
                let text = e.to_string();
                let cause = text.lines().last().unwrap_or_default().trim_start_matches("error: ").to_string();
                format!("images: name '{}' is not a valid regular expression: {cause}", image.name)
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    if rules.is_empty() {
        return Ok(());
    }
    let paths: Vec<(&FieldSpec, Vec<String>)> = specs.iter().map(|s| (s, s.segments())).collect();
    for resource in resources.resources_mut() {
        let gvk = resource.gvk();
        if gvk.kind == "CustomResourceDefinition" {
            continue;
        }
        let id = resource.id();
        for rule in &rules {
            let mut written = Vec::new();
            containers(&mut resource.node, rule, &mut written).map_err(|e| format!("images: {e} in object {id}"))?;
            for (spec, path) in &paths {
                if !spec.selects(&gvk) {
                    continue;
                }
                visit(path, false, &mut resource.node, Create::Nothing, &mut |field| {
                    set_image(field, rule, &mut written)
                })
                .map_err(|e| format!("images: considering field '{}' of object {id}: {e}", spec.path))?;
            }
            if !written.is_empty() {
                node::propagate_aliases(&mut resource.node, &written);
            }
        }
    }
    Ok(())
}

/// The first pass: every item of a `containers` or `initContainers` list anywhere in `node`, the
/// inner ones first.
fn containers(node: &mut Node, rule: &Rule<'_>, written: &mut Vec<(u32, String, Tag)>) -> Result<(), String> {
    match node {
        Node::Map(map) => {
            for (key, value) in &mut map.entries {
                containers(value, rule, written)?;
                if key.value != "containers" && key.value != "initContainers" {
                    continue;
                }
                let Node::Seq(items) = value else { continue };
                for item in items {
                    match item {
                        Node::Map(_) => {
                            if let Some(image) = node::get_mut(item, "image") {
                                set_image(image, rule, written)?;
                            }
                        }
                        Node::Scalar(s) if s.tag == Tag::Null => {}
                        other => {
                            return Err(format!(
                                "wrong node kind: expected MappingNode but got {} in '{}'",
                                kind_name(other),
                                key.value
                            ))
                        }
                    }
                }
            }
            Ok(())
        }
        Node::Seq(items) => items.iter_mut().try_for_each(|item| containers(item, rule, written)),
        Node::Scalar(_) => Ok(()),
    }
}

/// Rewrites one image field if it matches. The new scalar is untagged: its type is what its text
/// reads as, unless the old one was quoted (kyaml keeps the style). A node shared with other
/// fields changes everywhere.
fn set_image(field: &mut Node, rule: &Rule<'_>, written: &mut Vec<(u32, String, Tag)>) -> Result<(), String> {
    let Node::Scalar(old) = field else {
        return Err(format!("wrong node kind: expected ScalarNode but got {}", kind_name(field)));
    };
    let Some(value) = rule.rewrite(&old.value) else {
        return Ok(());
    };
    let tag = match old.style {
        Style::Plain => yaml::node::plain_tag(&value),
        _ => Tag::Str,
    };
    if old.alias != 0 {
        written.push((old.alias, value.clone(), tag.clone()));
    }
    *old = Scalar { tag, style: old.style, alias: old.alias, ..Scalar::string(value) };
    Ok(())
}

fn kind_name(node: &Node) -> &'static str {
    match node {
        Node::Scalar(_) => "ScalarNode",
        Node::Seq(_) => "SequenceNode",
        Node::Map(_) => "MappingNode",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_split_after_the_host() {
        assert_eq!(split("nginx"), ("nginx", "", ""));
        assert_eq!(split("nginx:1.0"), ("nginx", "1.0", ""));
        assert_eq!(split("reg:5000/app"), ("reg:5000/app", "", ""));
        assert_eq!(split("reg:5000/app:1@sha256:ab"), ("reg:5000/app", "1", "sha256:ab"));
        assert_eq!(split("app@sha256:ab"), ("app", "", "sha256:ab"));
        assert_eq!(split("app@sha256:ab:c"), ("app", "", "sha256:ab:c"));
        assert_eq!(split("/app:1"), ("/app", "1", ""));
    }

    #[test]
    fn new_tag_or_digest_replace_both() {
        let image = Image { name: "nginx".into(), new_tag: "2".into(), ..Image::default() };
        let rule = Rule { image: &image, pattern: Regex::new("^nginx(:[a-z0-9]*)?(@sha256:[a-z0-9]*)?$").unwrap() };
        assert_eq!(rule.rewrite("nginx:1@sha256:ab").as_deref(), Some("nginx:2"));
        assert_eq!(rule.rewrite("nginxx"), None);
    }
}
