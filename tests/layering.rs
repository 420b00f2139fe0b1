//! The layering of `src/`, checked from the source rather than only described:
//! - the layers below the interface never import iced (nor the interface modules above them);
//! - no two modules with the same parent import each other, directly or around a circle.
//!
//! Every file is parsed with `syn`; every `use` and every path that names `crate::…`,
//! `super::…` or `self::…` is resolved to the module file it points into. Test modules
//! (`#[cfg(test)]`) are left out of the circle check: a test may use anything.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use syn::visit::Visit;

/// Modules that hold no iced, and may not reach up into the interface.
const BELOW_THE_INTERFACE: [&str; 20] = [
    "private",
    "l10n",
    "admin",
    "explain",
    "policy",
    "cli",
    "content",
    "i18n",
    "store",
    "outreach",
    "export",
    "settings",
    "guard",
    "clock",
    "paths",
    "it_log",
    "atomic_file",
    "visit",
    "glyphs",
    "window_place",
];
const INTERFACE: [&str; 3] = ["ui", "screen", "app"];

/// One source file: its module path (`store::indicators`) and what it refers to.
struct Module {
    file: PathBuf,
    /// Module paths (crate-relative, `::`-joined) referred to outside test modules.
    refers_to: BTreeSet<String>,
    /// External crates named anywhere in the file, tests included.
    crates: BTreeSet<String>,
}

/// Every module of the library, by module path (`""` is `lib.rs`).
fn modules() -> BTreeMap<String, Module> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    collect_rs(&src, &mut files);
    let mut modules = BTreeMap::new();
    for file in files {
        let relative = file.strip_prefix(&src).unwrap().with_extension("");
        let mut parts: Vec<String> = relative
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        if parts == ["main"] {
            continue; // the binary, not part of the library's layers
        }
        if parts.last().is_some_and(|p| p == "mod" || p == "lib") {
            parts.pop();
        }
        let path = parts.join("::");
        let source = std::fs::read_to_string(&file).unwrap();
        let syntax = syn::parse_file(&source)
            .unwrap_or_else(|e| panic!("{} does not parse: {e}", file.display()));
        let mut visitor = References {
            here: parts,
            in_test: 0,
            refers_to: BTreeSet::new(),
            crates: BTreeSet::new(),
        };
        visitor.visit_file(&syntax);
        modules.insert(
            path,
            Module {
                file,
                refers_to: visitor.refers_to,
                crates: visitor.crates,
            },
        );
    }
    // Resolve each reference to the deepest module that holds it.
    let known: BTreeSet<String> = modules.keys().cloned().collect();
    for module in modules.values_mut() {
        module.refers_to = module
            .refers_to
            .iter()
            .filter_map(|target| deepest_module(target, &known))
            .collect();
    }
    modules
}

fn collect_rs(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect_rs(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

fn deepest_module(target: &str, known: &BTreeSet<String>) -> Option<String> {
    let mut parts: Vec<&str> = target.split("::").collect();
    while !parts.is_empty() {
        let candidate = parts.join("::");
        if known.contains(&candidate) {
            return Some(candidate);
        }
        parts.pop();
    }
    None
}

struct References {
    here: Vec<String>,
    in_test: usize,
    refers_to: BTreeSet<String>,
    crates: BTreeSet<String>,
}

impl References {
    /// Records a path given as its segments, resolved against this file's module.
    fn record(&mut self, segments: &[String]) {
        let Some(first) = segments.first() else {
            return;
        };
        let mut base: Vec<String> = match first.as_str() {
            "crate" => Vec::new(),
            "self" => self.here.clone(),
            "super" => self.here.clone(),
            other => {
                if other.starts_with("iced") {
                    self.crates.insert("iced".into());
                }
                return;
            }
        };
        let mut rest = &segments[1..];
        if first == "super" {
            base.pop();
            while rest.first().is_some_and(|s| s == "super") {
                base.pop();
                rest = &rest[1..];
            }
        }
        if self.in_test == 0 {
            base.extend(rest.iter().cloned());
            self.refers_to.insert(base.join("::"));
        }
    }

    fn use_tree(&mut self, prefix: &mut Vec<String>, tree: &syn::UseTree) {
        match tree {
            syn::UseTree::Path(path) => {
                prefix.push(path.ident.to_string());
                self.use_tree(prefix, &path.tree);
                prefix.pop();
            }
            syn::UseTree::Name(name) => {
                let mut full = prefix.clone();
                if name.ident != "self" {
                    full.push(name.ident.to_string());
                }
                self.record(&full);
            }
            syn::UseTree::Rename(rename) => {
                let mut full = prefix.clone();
                if rename.ident != "self" {
                    full.push(rename.ident.to_string());
                }
                self.record(&full);
            }
            syn::UseTree::Glob(_) => self.record(prefix),
            syn::UseTree::Group(group) => {
                for item in &group.items {
                    self.use_tree(prefix, item);
                }
            }
        }
    }
}

fn is_cfg_test(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        attr.path().is_ident("cfg")
            && attr
                .parse_args::<syn::Meta>()
                .is_ok_and(|meta| meta.path().is_ident("test"))
    })
}

impl<'ast> Visit<'ast> for References {
    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        let test = is_cfg_test(&item.attrs);
        self.in_test += usize::from(test);
        if item.content.is_some() {
            self.here.push(item.ident.to_string());
            syn::visit::visit_item_mod(self, item);
            self.here.pop();
        }
        self.in_test -= usize::from(test);
    }

    fn visit_item_fn(&mut self, item: &'ast syn::ItemFn) {
        let test = is_cfg_test(&item.attrs);
        self.in_test += usize::from(test);
        syn::visit::visit_item_fn(self, item);
        self.in_test -= usize::from(test);
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        let test = is_cfg_test(&item.attrs);
        self.in_test += usize::from(test);
        self.use_tree(&mut Vec::new(), &item.tree);
        self.in_test -= usize::from(test);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        self.record(&segments);
        syn::visit::visit_path(self, path);
    }
}

/// The top-level module a module path belongs to (`store::indicators` → `store`).
fn layer(path: &str) -> &str {
    path.split("::").next().unwrap_or("")
}

#[test]
fn the_layers_below_the_interface_know_nothing_of_iced_or_the_screens() {
    let modules = modules();
    assert!(modules.len() > 60, "found {} modules", modules.len());
    let mut wrong = Vec::new();
    for (path, module) in &modules {
        if !BELOW_THE_INTERFACE.contains(&layer(path)) {
            continue;
        }
        if module.crates.contains("iced") {
            wrong.push(format!("{} uses iced", module.file.display()));
        }
        for target in &module.refers_to {
            if INTERFACE.contains(&layer(target)) {
                wrong.push(format!("{} uses {target}", module.file.display()));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn no_two_modules_of_one_parent_import_each_other() {
    let modules = modules();
    // For each parent, a graph of its direct children: X → Y when anything in X's subtree
    // refers to anything in Y's subtree.
    let mut graphs: BTreeMap<String, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for (path, module) in &modules {
        for target in &module.refers_to {
            let (from, to) = match sibling_pair(path, target) {
                Some(pair) => pair,
                None => continue,
            };
            let parent = from.rsplit_once("::").map_or("", |(p, _)| p).to_string();
            graphs
                .entry(parent)
                .or_default()
                .entry(from)
                .or_default()
                .insert(to);
        }
    }
    let mut circles = Vec::new();
    for graph in graphs.values() {
        for start in graph.keys() {
            if let Some(circle) = circle_through(graph, start) {
                circles.push(circle.join(" → "));
            }
        }
    }
    circles.sort();
    circles.dedup();
    assert!(circles.is_empty(), "import circles: {circles:#?}");
}

/// The two children of one parent that contain `from` and `to`, if they differ.
fn sibling_pair(from: &str, to: &str) -> Option<(String, String)> {
    let a: Vec<&str> = if from.is_empty() {
        Vec::new()
    } else {
        from.split("::").collect()
    };
    let b: Vec<&str> = if to.is_empty() {
        Vec::new()
    } else {
        to.split("::").collect()
    };
    let common = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    if common == a.len() || common == b.len() {
        return None; // one holds the other: a parent and its child
    }
    Some((a[..=common].join("::"), b[..=common].join("::")))
}

/// A path from `start` back to itself, if there is one.
fn circle_through(graph: &BTreeMap<String, BTreeSet<String>>, start: &str) -> Option<Vec<String>> {
    let mut stack = vec![(start.to_string(), vec![start.to_string()])];
    let mut seen = BTreeSet::new();
    while let Some((node, path)) = stack.pop() {
        for next in graph.get(&node).into_iter().flatten() {
            if next == start {
                let mut circle = path.clone();
                circle.push(start.to_string());
                return Some(circle);
            }
            if seen.insert(next.clone()) {
                let mut longer = path.clone();
                longer.push(next.clone());
                stack.push((next.clone(), longer));
            }
        }
    }
    None
}
