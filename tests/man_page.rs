//! The man pages in `packaging/linux/man/` are rendered from the command line's definition
//! (`skranke::cli::Cli`): `skranke.1`, and one page per subcommand, `skranke-<sub>.1`, which is
//! what the top page's SUBCOMMANDS section refers to (as git and cargo do). This test renders
//! them and compares them with the committed files; after a change to the command line, run
//! `UPDATE_MAN_PAGE=1 cargo test --test man_page` to write them, and review the diff.
//! The pages' date is that of the latest entry in packaging/linux/changelog, the release they
//! describe. The .deb ships every page in that folder (packaging/linux/build-deb).

#[path = "support/diff.rs"]
mod diff;

use clap::CommandFactory;
use clap_mangen::Man;
use skranke::cli::Cli;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn man_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/linux/man")
}

/// Every page, by file name: the command's, then each visible subcommand's, at any depth.
fn rendered_pages() -> BTreeMap<String, String> {
    // No `help` subcommand in the pages: `--help` is listed as an option of each command.
    let mut command = Cli::command().disable_help_subcommand(true);
    // Building gives each subcommand its page name (`skranke-check-i18n`) and its usage
    // (`skranke check-i18n`), and copies the global options into it.
    command.build();
    // Every page's footer: the program and version (a subcommand has no version of its own),
    // and the date of the release it documents.
    let footer = Footer {
        source: format!("skranke {}", env!("CARGO_PKG_VERSION")),
        date: release_date(),
    };
    let mut pages = BTreeMap::new();
    render_into(command, &footer, &mut pages);
    pages
}

struct Footer {
    source: String,
    date: String,
}

fn render_into(command: clap::Command, footer: &Footer, pages: &mut BTreeMap<String, String>) {
    for subcommand in command.get_subcommands().filter(|s| !s.is_hide_set()) {
        render_into(subcommand.clone(), footer, pages);
    }
    let title = command
        .get_display_name()
        .unwrap_or_else(|| command.get_name())
        .to_uppercase();
    // clap_mangen writes an empty date as nothing at all, which shifts the source into the
    // date's place in `.TH`: the date must be set.
    let man = Man::new(command)
        .title(title)
        .date(&footer.date)
        .source(&footer.source)
        .manual("User Commands");
    let mut roff = Vec::new();
    man.render(&mut roff).expect("rendered into memory");
    let roff = String::from_utf8(roff).expect("the help texts are UTF-8");
    pages.insert(man.get_filename(), roff);
}

/// The date (YYYY-MM-DD) of the latest entry of the Debian changelog, whose version must be
/// this crate's: the release these pages describe.
fn release_date() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("packaging/linux/changelog");
    let changelog = std::fs::read_to_string(&path).expect("packaging/linux/changelog");
    let first = changelog.lines().next().expect("an entry");
    let version = format!("({}-", env!("CARGO_PKG_VERSION"));
    assert!(
        first.contains(&version),
        "the changelog's latest entry ({first}) is not for this version"
    );
    // " -- Name <address>  Wed, 02 Dec 2026 12:00:00 +0100"
    let trailer = changelog
        .lines()
        .find(|line| line.starts_with(" -- "))
        .expect("the entry's trailer");
    let (_, date) = trailer.split_once(">  ").expect("a date after the address");
    let fields: Vec<&str> = date.split_whitespace().collect();
    let [_, day, month, year, ..] = fields[..] else {
        panic!("not an RFC 2822 date: {date}");
    };
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = months
        .iter()
        .position(|m| *m == month)
        .unwrap_or_else(|| panic!("not a month: {month}"))
        + 1;
    format!("{year}-{month:02}-{day:0>2}")
}

/// The `.1` files in the folder now.
fn committed_pages() -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(man_dir()) else {
        return Vec::new();
    };
    let mut names: Vec<String> = entries
        .map(|entry| entry.expect("a folder entry").file_name())
        .filter_map(|name| name.into_string().ok())
        .filter(|name| name.ends_with(".1"))
        .collect();
    names.sort();
    names
}

#[test]
fn the_committed_man_pages_are_those_of_the_command_line() {
    let pages = rendered_pages();
    assert!(pages.contains_key("skranke.1"), "the main page is rendered");
    let stale: Vec<String> = committed_pages()
        .into_iter()
        .filter(|name| !pages.contains_key(name))
        .collect();

    if std::env::var_os("UPDATE_MAN_PAGE").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(man_dir()).expect("the folder");
        for name in &stale {
            std::fs::remove_file(man_dir().join(name)).expect("a page of a removed command");
        }
        for (name, roff) in &pages {
            std::fs::write(man_dir().join(name), roff).expect("the page is written");
        }
        return;
    }

    assert!(
        stale.is_empty(),
        "pages for commands that no longer exist: {stale:?}; run with UPDATE_MAN_PAGE=1"
    );
    for (name, roff) in &pages {
        let path = man_dir().join(name);
        let committed = std::fs::read_to_string(&path)
            .unwrap_or_else(|_| {
                panic!(
                    "no page at {}; run with UPDATE_MAN_PAGE=1 to write it",
                    path.display()
                )
            })
            .replace("\r\n", "\n");
        if let Some(difference) = diff::first_difference(&committed, roff) {
            panic!(
                "{} differs from the command line\n{difference}\n\
                 If the change is wanted, run with UPDATE_MAN_PAGE=1 and review the diff.",
                path.display()
            );
        }
    }
}

/// Each page names what it documents and says how to run it.
#[test]
fn every_page_has_a_name_a_synopsis_and_a_description() {
    for (name, roff) in rendered_pages() {
        for section in [".SH NAME", ".SH SYNOPSIS", ".SH DESCRIPTION"] {
            assert!(roff.contains(section), "{name} lacks {section}");
        }
    }
}
