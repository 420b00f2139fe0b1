//! `docs/architecture.md` keeps up with the code: every module under `src/` and every test file
//! under `tests/` is named in it.
//!
//! A module is named when the page holds its path in backticks, as `` `screen::log::form_view` ``
//! (a top-level one as `` `it_log` ``). The path comes from the file: `a/b.rs` is `a::b`,
//! `a/mod.rs` is `a`, and `lib.rs` and `main.rs` at the root of `src/` are left out (the crate
//! and the binary, not modules). A test file is named by its path, as `` `tests/log.rs` `` or
//! `` `tests/support/mod.rs` ``.
//!
//! When this fails, describe the new module or test in the page (one or two lines, with its one
//! job), or remove the entry of one that is gone.

use std::fs;
use std::path::{Path, PathBuf};

const DOC: &str = "docs/architecture.md";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn doc() -> String {
    let path = root().join(DOC);
    fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()))
}

/// Every `.rs` file under `dir`, at any depth, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let entries = fs::read_dir(&folder)
            .unwrap_or_else(|error| panic!("cannot list {}: {error}", folder.display()));
        for entry in entries {
            let path = entry
                .unwrap_or_else(|error| panic!("cannot list {}: {error}", folder.display()))
                .path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// The parts of `path` below `base`, as strings (`["screen", "log", "form_view.rs"]`).
fn parts(path: &Path, base: &Path) -> Vec<String> {
    path.strip_prefix(base)
        .unwrap_or_else(|_| panic!("{} is not under {}", path.display(), base.display()))
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect()
}

/// The module path of a source file (`screen/log/form_view.rs` → `screen::log::form_view`),
/// or `None` for the crate root and the binary.
fn module_path(file: &Path, src: &Path) -> Option<String> {
    let mut parts = parts(file, src);
    if parts == ["lib.rs"] || parts == ["main.rs"] {
        return None;
    }
    let last = parts.pop()?;
    if last != "mod.rs" {
        parts.push(last.trim_end_matches(".rs").to_string());
    }
    Some(parts.join("::"))
}

/// The entries of `wanted` the page does not hold in backticks.
fn missing_from_doc(wanted: &[String]) -> Vec<String> {
    let doc = doc();
    wanted
        .iter()
        .filter(|name| !doc.contains(&format!("`{name}`")))
        .cloned()
        .collect()
}

#[test]
fn every_module_is_named_in_the_architecture_doc() {
    let src = root().join("src");
    let modules: Vec<String> = rust_files(&src)
        .iter()
        .filter_map(|file| module_path(file, &src))
        .collect();
    assert!(
        !modules.is_empty(),
        "no modules found under {}",
        src.display()
    );
    let missing = missing_from_doc(&modules);
    assert!(
        missing.is_empty(),
        "{DOC} does not name these modules (write each as `a::b` in backticks, with its job):\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_test_file_is_named_in_the_architecture_doc() {
    let root = root();
    let tests: Vec<String> = rust_files(&root.join("tests"))
        .iter()
        .map(|file| parts(file, root).join("/"))
        .collect();
    assert!(
        tests.iter().any(|t| t == "tests/architecture_doc.rs"),
        "the walk of tests/ did not find this file: {tests:?}"
    );
    let missing = missing_from_doc(&tests);
    assert!(
        missing.is_empty(),
        "{DOC} does not name these test files (write each as `tests/name.rs` in backticks, \
         with what it covers):\n{}",
        missing.join("\n")
    );
}

#[test]
fn every_file_the_doc_names_exists() {
    // `tests/x.rs` and `src/…` paths written in backticks must still be there.
    let doc = doc();
    let gone: Vec<&str> = doc
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|quoted| {
            (quoted.starts_with("tests/")
                || quoted.starts_with("src/")
                || quoted.starts_with("benches/"))
                && quoted.ends_with(".rs")
        })
        .filter(|path| !root().join(path).exists())
        .collect();
    assert!(gone.is_empty(), "{DOC} names files that are gone: {gone:?}");
}
