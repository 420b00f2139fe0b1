//! Embeds every file under `i18n/` into the binary, so the app needs no files beside it.
//!
//! Generates `$OUT_DIR/embedded_i18n.rs` with:
//! - `FILES`: a table of (locale, Fluent file name, contents);
//! - `MESSAGE_FILES`: for each locale, its message ids, sorted, with the file that holds each,
//!   so the app parses a Fluent file only when one of its texts is first shown;
//! - `LOCALE_TOMLS`: every `locale.toml`, one after the other in one string, with the range of
//!   each, so reading the ten locales' names at start touches one small piece of the binary.
//!
//! And `$OUT_DIR/messages.rs`, from the Danish master: every message id with whether it takes
//! variables, a struct per message with variables (its fields are the variables), and the
//! `msg!` macro that names a message in Rust code. A misspelt id, a missing variable or an
//! unknown one fails the build (`src/i18n/message.rs`).

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// The same reader of Fluent source the app's checks use, so ids and variables agree.
#[allow(dead_code)]
#[path = "src/i18n/source.rs"]
mod source;

fn main() {
    order_startup_symbols();
    embed_windows_resources();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    println!("cargo:rerun-if-changed={}", root.display());
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));

    let mut locales: Vec<_> = fs::read_dir(&root)
        .expect("the i18n folder exists")
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_dir())
        .collect();
    locales.sort_by_key(|entry| entry.file_name());

    let mut files_table = String::from("pub static FILES: &[(&str, &str, &str)] = &[\n");
    let mut index_table =
        String::from("pub static MESSAGE_FILES: &[(&str, &[(&str, &str)])] = &[\n");
    let mut tomls = String::new();
    let mut toml_ranges =
        String::from("pub static LOCALE_TOML_RANGES: &[(&str, usize, usize)] = &[\n");

    for locale in locales {
        let locale_dir = locale.path();
        let code = locale.file_name().to_string_lossy().into_owned();
        println!("cargo:rerun-if-changed={}", locale_dir.display());

        let mut files: Vec<_> = fs::read_dir(&locale_dir)
            .expect("a locale folder can be read")
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .collect();
        files.sort();

        let mut ids: Vec<(String, String)> = Vec::new();
        for file in files {
            let name = file
                .file_name()
                .expect("a file name")
                .to_string_lossy()
                .into_owned();
            match file.extension().and_then(|e| e.to_str()) {
                Some("ftl") => {
                    println!("cargo:rerun-if-changed={}", file.display());
                    let text = fs::read_to_string(&file).expect("a Fluent file is UTF-8");
                    ids.extend(message_ids(&text).into_iter().map(|id| (id, name.clone())));
                    writeln!(
                        files_table,
                        "    ({code:?}, {name:?}, include_str!({:?})),",
                        file.display().to_string(),
                    )
                    .expect("writing to a String");
                }
                Some("toml") if name == "locale.toml" => {
                    println!("cargo:rerun-if-changed={}", file.display());
                    let text = fs::read_to_string(&file).expect("locale.toml is UTF-8");
                    let start = tomls.len();
                    tomls.push_str(&text);
                    writeln!(toml_ranges, "    ({code:?}, {start}, {}),", tomls.len())
                        .expect("writing to a String");
                }
                _ => {}
            }
        }

        // A message defined twice keeps its first definition, as the Fluent bundle does.
        ids.sort_by(|a, b| a.0.cmp(&b.0));
        ids.dedup_by(|later, first| later.0 == first.0);
        writeln!(index_table, "    ({code:?}, &[").expect("writing to a String");
        for (id, file) in ids {
            writeln!(index_table, "        ({id:?}, {file:?}),").expect("writing to a String");
        }
        index_table.push_str("    ]),\n");
    }
    files_table.push_str("];\n");
    index_table.push_str("];\n");
    toml_ranges.push_str("];\n");

    let tomls_file = out_dir.join("locale_tomls.toml");
    fs::write(&tomls_file, tomls).expect("OUT_DIR is writable");
    let generated = format!(
        "{files_table}\n{index_table}\n{toml_ranges}\npub static LOCALE_TOMLS: &str = include_str!({:?});\n",
        tomls_file.display().to_string()
    );
    fs::write(out_dir.join("embedded_i18n.rs"), generated).expect("OUT_DIR is writable");
    fs::write(out_dir.join("messages.rs"), messages(&root.join("da")))
        .expect("OUT_DIR is writable");
}

/// The Danish master's messages as Rust: `MASTER` (id, takes variables), `vars` (a struct per
/// message with variables) and the `msg!` macro.
fn messages(master: &Path) -> String {
    let mut files: Vec<PathBuf> = fs::read_dir(master)
        .expect("i18n/da exists")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "ftl"))
        .collect();
    files.sort();
    let mut messages: Vec<(String, Vec<String>)> = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).expect("a Fluent file is UTF-8");
        for message in source::parse(&text).0 {
            if !messages.iter().any(|(id, _)| *id == message.id) {
                messages.push((message.id, message.variables.into_iter().collect()));
            }
        }
    }
    messages.sort();

    let mut master_table = String::from(
        "/// Every message of the Danish master, sorted by id, and whether it takes variables.\n\
         pub const MASTER: &[(&str, bool)] = &[\n",
    );
    let mut structs = String::from("pub mod vars {\n    use super::{Arg, Text};\n");
    let mut arms = String::new();
    let mut names = std::collections::HashSet::new();
    for (id, variables) in &messages {
        writeln!(master_table, "    ({id:?}, {}),", !variables.is_empty()).expect("a String");
        if variables.is_empty() {
            writeln!(
                arms,
                "    ({id:?}, $($rest:tt)+) => {{ compile_error!(concat!(\"the message \", {id:?}, \" takes no variables\")) }};"
            )
            .expect("a String");
            continue;
        }
        let name: String = id
            .split('-')
            .map(|part| {
                let mut chars = part.chars();
                chars.next().map_or(String::new(), |first| {
                    first.to_ascii_uppercase().to_string() + chars.as_str()
                })
            })
            .collect();
        assert!(
            names.insert(name.clone()),
            "two messages make the struct {name}"
        );
        let fields: Vec<String> = variables.iter().map(|v| format!("pub {v}: Arg")).collect();
        let pairs: Vec<String> = variables
            .iter()
            .map(|v| format!("({v:?}, message.{v})"))
            .collect();
        writeln!(
            structs,
            "    /// The variables of `{id}`.\n    pub struct {name} {{ {} }}\n    impl From<{name}> for Text {{\n        fn from(message: {name}) -> Text {{\n            Text::with_args({id:?}, vec![{}])\n        }}\n    }}",
            fields.join(", "),
            pairs.join(", ")
        )
        .expect("a String");
        writeln!(
            arms,
            "    ({id:?}, $($name:ident = $value:expr),+ $(,)?) => {{\n        $crate::i18n::Text::from($crate::i18n::message::vars::{name} {{ $($name: $crate::i18n::Arg::from($value)),+ }})\n    }};\n    ({id:?}) => {{ compile_error!(concat!(\"the message \", {id:?}, \" needs its variables: {}\")) }};",
            variables.join(", ")
        )
        .expect("a String");
    }
    master_table.push_str("];\n");
    structs.push_str("}\n");
    format!(
        "{master_table}\n{structs}\n\
         /// Names a message of the Danish master: `msg!(\"log-title\")`, or with its variables\n\
         /// `msg!(\"log-saved\", day = value)`. Checked when the crate is built.\n\
         macro_rules! msg {{\n{arms}\n    ($id:literal) => {{ const {{ $crate::i18n::MessageId::checked($id) }} }};\n    ($id:literal, $($rest:tt)*) => {{ compile_error!(concat!(\"no message \", $id, \" with variables in the Danish master (i18n/da)\")) }};\n}}\n"
    )
}

/// Release builds of the binary on Linux place the functions that run at start-up next to each
/// other (`packaging/linux/startup-symbols.txt`, made by `benches/startup/order.sh`). Start-up
/// then maps a few MiB less of the binary, and on a cold disk reads less of it.
///
/// Only when the linker in use understands the option: lld (rustup's default on x86-64 Linux
/// since Rust 1.90) and mold do; GNU ld, which distributions' Rust links with, rejects it. So
/// the build links an empty program with the option first, with the same compiler, target and
/// flags, and passes it on only if that worked. Names missing from the binary are skipped, so
/// an old list costs speed, never a failed build.
fn order_startup_symbols() {
    let order = Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/linux/startup-symbols.txt");
    println!("cargo:rerun-if-changed={}", order.display());
    let release = env::var("PROFILE").as_deref() == Ok("release");
    let linux = env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux");
    let options = [
        format!("-Wl,--symbol-ordering-file={}", order.display()),
        "-Wl,--no-warn-symbol-ordering".to_owned(),
    ];
    if release && linux && order.is_file() && linker_accepts(&options) {
        for option in options {
            println!("cargo:rustc-link-arg-bin=skranke={option}");
        }
    }
}

/// When the target is Windows (whatever the build host), gives `skranke.exe` its icon
/// (`packaging/windows/skranke.ico`, resource 1, shown by Explorer and shortcuts) and its
/// version information (Explorer's Details tab, Task Manager's name for the process). The
/// resource script is written here so the numbers come from Cargo.toml's version.
///
/// embed-resource compiles it with the target's resource compiler: mingw's windres for
/// `*-windows-gnu` (also when cross-building from Linux), RC.EXE from the Windows SDK for
/// `*-windows-msvc`. If none is found (a `cargo check` for Windows on Linux) the build goes
/// on without the resources and says so; a compiler that fails stops the build.
fn embed_windows_resources() {
    if env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let icon = Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/windows/skranke.ico");
    println!("cargo:rerun-if-changed={}", icon.display());
    let number = |part: &str| env::var(format!("CARGO_PKG_VERSION_{part}")).expect("set by cargo");
    // FILEVERSION takes four 16-bit numbers; the text form keeps a pre-release suffix.
    let numeric = format!(
        "{},{},{},0",
        number("MAJOR"),
        number("MINOR"),
        number("PATCH")
    );
    let version = env::var("CARGO_PKG_VERSION").expect("set by cargo");
    // A string in a resource script is C-like: a Windows path's backslashes are escapes.
    let icon_path = icon.display().to_string().replace('\\', "\\\\");
    // No CompanyName: the project does not speak for an organisation.
    let script = format!(
        r#"#pragma code_page(65001)
1 ICON "{icon_path}"
1 VERSIONINFO
FILEVERSION {numeric}
PRODUCTVERSION {numeric}
FILEOS 0x40004
FILETYPE 0x1
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "040904B0"
    BEGIN
      VALUE "FileDescription", "Skranke"
      VALUE "Comments", "Desk companion for equal treatment at citizen-service desks"
      VALUE "FileVersion", "{version}"
      VALUE "ProductName", "Skranke"
      VALUE "ProductVersion", "{version}"
      VALUE "InternalName", "skranke"
      VALUE "OriginalFilename", "skranke.exe"
      VALUE "LegalCopyright", "Licensed under the EUPL-1.2"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x409, 1200
  END
END
"#
    );
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let rc = out_dir.join("skranke.rc");
    fs::write(&rc, script).expect("OUT_DIR is writable");
    match embed_resource::compile_for(&rc, ["skranke"], embed_resource::NONE) {
        embed_resource::CompilationResult::NotAttempted(why) => println!(
            "cargo:warning=skranke.exe is built without its icon and version information: no resource compiler ({why})"
        ),
        result => result
            .manifest_optional()
            .expect("the Windows resources compile"),
    }
}

/// Whether the linker this build uses links an empty program with these options.
fn linker_accepts(options: &[String]) -> bool {
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    let source = out_dir.join("linker_probe.rs");
    if fs::write(&source, "fn main() {}\n").is_err() {
        return false;
    }
    let rustc = env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let mut probe = std::process::Command::new(rustc);
    probe
        .arg("--crate-type=bin")
        .arg("--crate-name=linker_probe")
        .arg("-o")
        .arg(out_dir.join("linker_probe"))
        .arg(&source);
    if let Ok(target) = env::var("TARGET") {
        probe.arg("--target").arg(target);
    }
    if let Ok(linker) = env::var("RUSTC_LINKER") {
        probe.arg("-C").arg(format!("linker={linker}"));
    }
    // RUSTFLAGS and `target.*.rustflags`, which may choose the linker.
    if let Ok(flags) = env::var("CARGO_ENCODED_RUSTFLAGS") {
        probe.args(flags.split('\x1f').filter(|flag| !flag.is_empty()));
    }
    for option in options {
        probe.arg("-C").arg(format!("link-arg={option}"));
    }
    probe
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// The ids of the messages a Fluent file defines, as the Fluent parser reads them: entries it
/// cannot parse are left out, exactly as the app's bundle leaves them out.
fn message_ids(text: &str) -> Vec<String> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((resource, _errors)) => resource,
    };
    resource
        .body
        .into_iter()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name.to_string()),
            _ => None,
        })
        .collect()
}
