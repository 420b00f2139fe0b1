//! Embeds every file under `i18n/` into the binary, so the app needs no files beside it.
//!
//! Generates `$OUT_DIR/embedded_i18n.rs` with a table of (locale, file name, contents).

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    println!("cargo:rerun-if-changed={}", root.display());

    let mut locales: Vec<_> = fs::read_dir(&root)
        .expect("the i18n folder exists")
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_dir())
        .collect();
    locales.sort_by_key(|entry| entry.file_name());

    let mut table = String::from("pub static FILES: &[(&str, &str, &str)] = &[\n");
    for locale in locales {
        let locale_dir = locale.path();
        println!("cargo:rerun-if-changed={}", locale_dir.display());
        let mut files: Vec<_> = fs::read_dir(&locale_dir)
            .expect("a locale folder can be read")
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| {
                matches!(
                    path.extension().and_then(|e| e.to_str()),
                    Some("ftl" | "toml")
                )
            })
            .collect();
        files.sort();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            writeln!(
                table,
                "    ({:?}, {:?}, include_str!({:?})),",
                locale.file_name().to_string_lossy(),
                file.file_name().expect("a file name").to_string_lossy(),
                file.display().to_string(),
            )
            .expect("writing to a String");
        }
    }
    table.push_str("];\n");

    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("embedded_i18n.rs");
    fs::write(out, table).expect("OUT_DIR is writable");
}
