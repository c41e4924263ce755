//! Ignore rules end to end: each `tests/fixtures/ignore/*.txt` describes a tree, its `.sourceignore` files,
//! a `spec.ignore`, and the exact entry list of the artifact (see the fixtures for the format).

use std::fs;
use std::path::Path;

use artifact::archive::write_archive;
use artifact::ignore::source_filter;

use crate::common::*;

struct Case {
    files: Vec<String>,
    contents: Vec<(String, String)>,
    spec_ignore: Option<String>,
    archive: Vec<String>,
}

/// Sections: `--- files` (one path per line, created with their own name as content), `--- file <path>`
/// (a file with the following lines as content), `--- spec.ignore`, `--- archive` (the expected entries,
/// in order). Lines before the first section are the description.
fn parse(text: &str) -> Case {
    let mut case = Case { files: vec![], contents: vec![], spec_ignore: None, archive: vec![] };
    let mut section: Option<String> = None;
    let mut body: Vec<&str> = Vec::new();
    let flush = |section: &Option<String>, body: &mut Vec<&str>, case: &mut Case| {
        match section.as_deref() {
            None => {}
            Some("files") => case.files.extend(body.iter().map(|s| s.to_string())),
            Some("spec.ignore") => case.spec_ignore = Some(body.join("\n")),
            Some("archive") => case.archive.extend(body.iter().map(|s| s.to_string())),
            Some(s) if s.starts_with("file ") => case.contents.push((s[5..].to_string(), body.join("\n") + "\n")),
            Some(s) => panic!("unknown section {s}"),
        }
        body.clear();
    };
    for line in text.lines() {
        if let Some(name) = line.strip_prefix("--- ") {
            flush(&section, &mut body, &mut case);
            section = Some(name.trim().to_string());
        } else if section.is_some() && !(line.is_empty() && section.as_deref() != Some("spec.ignore")) {
            body.push(line);
        }
    }
    flush(&section, &mut body, &mut case);
    case
}

fn run(fixture: &Path) {
    let case = parse(&fs::read_to_string(fixture).unwrap());
    let src = temp();
    for f in &case.files {
        write_tree(src.path(), &[(f.as_str(), f.as_str())]);
    }
    for (f, content) in &case.contents {
        write_tree(src.path(), &[(f.as_str(), content.as_str())]);
    }
    let filter = source_filter(src.path(), case.spec_ignore.as_deref()).unwrap();
    let (tgz, _) = write_archive(src.path(), &filter, Vec::new()).unwrap();
    assert_eq!(names(&tgz), case.archive, "fixture {}", fixture.display());
}

#[test]
fn fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ignore");
    let mut fixtures: Vec<_> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    fixtures.sort();
    assert!(fixtures.len() >= 6, "fixtures missing from {}", dir.display());
    for f in fixtures {
        run(&f);
    }
}

#[test]
fn pruning_excluded_dirs_changes_nothing() {
    // With no re-inclusion the walk skips excluded directories; the result must equal a full walk.
    let src = temp();
    write_tree(
        src.path(),
        &[(".git/objects/aa/bb", "x"), ("vendor/a/b.yaml", "b"), ("app.yaml", "a"), ("vendor.yaml", "v")],
    );
    let filter = source_filter(src.path(), Some("vendor/")).unwrap();
    assert!(artifact::ArchiveFilter::excludes_whole_dirs(&filter));
    let pruned = write_archive(src.path(), &filter, Vec::new()).unwrap().0;
    let full = write_archive(src.path(), &|p: &[&str], d: bool| filter.is_excluded(p, d), Vec::new()).unwrap().0;
    assert_eq!(pruned, full);
    assert_eq!(names(&pruned), [".", "app.yaml", "vendor.yaml"]);
}
