//! Issue 16: translators' XLIFF files. A round trip (export, change and review some texts,
//! import, the app's catalogue serves them with their status, export again gives the same
//! file); every kind of broken file refused with nothing written and the bad unit named;
//! plural variants; and the command line's exit codes.

use skranke::i18n::review::TextState;
use skranke::i18n::{Arg, Catalogue, Locale};
use skranke::l10n::{self, ProblemKind, UnitProblem};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const TODAY: jiff::civil::Date = jiff::civil::date(2026, 12, 5);

/// A config folder: `<dir>/config/i18n` is the override folder.
struct Config {
    dir: tempfile::TempDir,
}

impl Config {
    fn new() -> Config {
        Config {
            dir: tempfile::tempdir().expect("a temporary folder"),
        }
    }

    fn root(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    fn overrides(&self) -> PathBuf {
        self.root().join("i18n")
    }

    fn catalogue(&self) -> Catalogue {
        Catalogue::with_overrides_from(&[self.overrides()])
    }

    fn import(
        &self,
        xliff: &str,
        reviewer: Option<&str>,
    ) -> Result<l10n::ImportSummary, Vec<UnitProblem>> {
        l10n::import::import(xliff, &self.overrides(), reviewer, TODAY).map_err(|r| r.problems)
    }

    /// Every file under the folder, with its bytes.
    fn snapshot(&self) -> BTreeMap<PathBuf, Vec<u8>> {
        let mut files = BTreeMap::new();
        let mut folders = vec![self.dir.path().to_path_buf()];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(&folder).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    folders.push(path);
                } else {
                    files.insert(path.clone(), std::fs::read(&path).unwrap());
                }
            }
        }
        files
    }
}

/// The lines of one unit in an exported document: from its `<trans-unit id="…"` line to its
/// `</trans-unit>`.
fn unit_range(xliff: &str, id: &str) -> std::ops::Range<usize> {
    let start = xliff
        .find(&format!("<trans-unit id=\"{id}\""))
        .unwrap_or_else(|| panic!("no unit {id}"));
    let start = xliff[..start].rfind('\n').map_or(0, |n| n + 1);
    let end = start + xliff[start..].find("</trans-unit>").unwrap() + "</trans-unit>".len();
    start..end
}

/// Replaces, inside one unit's target, `from` with `to` (once, and it must be there).
fn edit_target(xliff: &str, id: &str, from: &str, to: &str) -> String {
    let unit = unit_range(xliff, id);
    let start = unit.start + xliff[unit.clone()].find("<target").expect("a target");
    let end = start + xliff[start..].find("</target>").unwrap() + "</target>".len();
    let target = &xliff[start..end];
    assert!(target.contains(from), "{id} has no {from:?}:\n{target}");
    format!(
        "{}{}{}",
        &xliff[..start],
        target.replacen(from, to, 1),
        &xliff[end..]
    )
}

/// Replaces, inside one unit, `from` with `to` (once, and it must be there).
fn edit_unit(xliff: &str, id: &str, from: &str, to: &str) -> String {
    let range = unit_range(xliff, id);
    let unit = &xliff[range.clone()];
    assert!(unit.contains(from), "{id} has no {from:?}:\n{unit}");
    format!(
        "{}{}{}",
        &xliff[..range.start],
        unit.replacen(from, to, 1),
        &xliff[range.end..]
    )
}

/// Sets a unit's target as exported: its text, state `translated`.
fn translate(xliff: &str, id: &str, old_text: &str, new_text: &str) -> String {
    edit_unit(
        xliff,
        id,
        &format!(
            " state=\"needs-review-translation\" state-qualifier=\"mt-suggestion\">{old_text}</target>"
        ),
        &format!(" state=\"translated\">{new_text}</target>"),
    )
}

/// Marks a unit as signed off in phase `review-1`, as the export writes a reviewed unit.
fn sign_off(xliff: &str, id: &str) -> String {
    let xliff = edit_unit(
        xliff,
        id,
        &format!("resname=\"{}\"", id.split('[').next().unwrap()),
        &format!(
            "resname=\"{}\" approved=\"yes\"",
            id.split('[').next().unwrap()
        ),
    );
    edit_unit(
        &xliff,
        id,
        " state=\"needs-review-translation\" state-qualifier=\"mt-suggestion\">",
        " state=\"signed-off\" phase-name=\"review-1\">",
    )
}

/// Adds the phase `review-1` to the header of the file `original`.
fn add_review_phase(xliff: &str, original: &str, contact: &str, date: &str) -> String {
    let file = xliff
        .find(&format!("<file original=\"{original}\""))
        .unwrap();
    let header = file + xliff[file..].find("<header>\n").unwrap() + "<header>\n".len();
    format!(
        "{}      <phase-group>\n        <phase phase-name=\"review-1\" process-name=\"review\" contact-name=\"{contact}\" date=\"{date}\"/>\n      </phase-group>\n{}",
        &xliff[..header],
        &xliff[header..]
    )
}

fn arabic(catalogue: &Catalogue, id: &str) -> String {
    catalogue.text(Locale::Ar, id)
}

#[test]
fn a_round_trip_serves_the_new_texts_with_their_status_and_exports_the_same_file() {
    let config = Config::new();
    let exported = l10n::export::document(&config.catalogue(), Locale::Ar);

    let built_in = Catalogue::embedded();
    let title = arabic(&built_in, "topic-welcome-title");
    let heading = arabic(&built_in, "topic-welcome-1-heading");
    // Two texts changed (one only translated, one reviewed), one reviewed as it is, one
    // plural form changed.
    let mut edited = translate(&exported, "topic-welcome-title", &title, "مرحبًا بكم");
    edited = edited.replacen(
        &format!(">{heading}</target>"),
        ">من حقك أن تُعامَل بالمساواة</target>",
        1,
    );
    edited = sign_off(&edited, "topic-welcome-1-heading");
    edited = sign_off(&edited, "handout-footer");
    edited = add_review_phase(
        &edited,
        "citizen.ftl",
        "Amira Haddad",
        "2026-11-30T00:00:00Z",
    );
    let old_two = arabic_variant("log-count", "two");
    edited = translate(&edited, "log-count[two]", &old_two, "سجلّان اثنان");
    assert_ne!(edited, exported);

    let summary = config.import(&edited, None).expect("the file is accepted");
    assert_eq!(summary.locale, Locale::Ar);
    assert_eq!(summary.units, exported.matches("<trans-unit ").count());
    assert_eq!(summary.changed, 3, "{summary:?}");
    assert_eq!(summary.reviewed, 2, "{summary:?}");
    let folder = config.overrides().join("ar");
    assert_eq!(
        summary.files,
        [
            folder.join("citizen.ftl"),
            folder.join("ui.ftl"),
            folder.join("review.toml")
        ]
    );
    assert_eq!(summary.backup, None, "there was nothing to keep");

    // The app's catalogue serves the new texts, with their review status.
    let catalogue = config.catalogue();
    assert!(
        catalogue
            .override_reports()
            .iter()
            .all(|r| r.first_problem().is_none()),
        "{:?}",
        catalogue.override_reports()
    );
    assert_eq!(arabic(&catalogue, "topic-welcome-title"), "مرحبًا بكم");
    assert_eq!(
        arabic(&catalogue, "topic-welcome-1-heading"),
        "من حقك أن تُعامَل بالمساواة"
    );
    assert_eq!(
        catalogue.format(Locale::Ar, "log-count", &[("count", Arg::from(2))]),
        "سجلّان اثنان"
    );
    let reviewed = catalogue
        .text_review(Locale::Ar, "topic-welcome-1-heading")
        .expect("a record");
    assert_eq!(reviewed.state, TextState::Reviewed);
    assert_eq!(reviewed.reviewer, "Amira Haddad");
    assert_eq!(reviewed.date, "2026-11-30");
    assert!(
        catalogue
            .text_review(Locale::Ar, "handout-footer")
            .unwrap()
            .is_reviewed()
    );
    assert_eq!(
        catalogue
            .text_review(Locale::Ar, "topic-welcome-title")
            .unwrap()
            .state,
        TextState::Translated
    );
    assert_eq!(
        catalogue.text_review(Locale::Ar, "topic-welcome-intro"),
        None
    );
    let (count, total) = catalogue.citizen_review_count(Locale::Ar);
    assert_eq!((count, total > 2), (2, true));
    // Only texts that differ from the built-in ones are overrides.
    let citizen = std::fs::read_to_string(folder.join("citizen.ftl")).unwrap();
    assert!(
        citizen.contains("topic-welcome-title = مرحبًا بكم\n"),
        "{citizen}"
    );
    assert!(!citizen.contains("handout-footer"), "{citizen}");

    // Export again: the same file, byte for byte.
    let again = l10n::export::document(&catalogue, Locale::Ar);
    assert_eq!(first_difference(&edited, &again), None);

    // Importing it again changes nothing and keeps no backup.
    let second = config.import(&again, None).unwrap();
    assert!(second.files.is_empty(), "{second:?}");
    assert_eq!(second.backup, None);

    // A later import keeps the previous files in a backup beside the override folder.
    let third = translate(
        &again,
        "topic-welcome-intro",
        &arabic(&built_in, "topic-welcome-intro"),
        "مقدمة جديدة",
    );
    let summary = config.import(&third, Some("Yusuf Demir")).unwrap();
    let backup = summary.backup.expect("a backup");
    assert!(
        backup.starts_with(config.root().join("i18n-backup")),
        "{backup:?}"
    );
    assert!(
        backup
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("ar-")
    );
    assert_eq!(
        std::fs::read_to_string(backup.join("citizen.ftl")).unwrap(),
        citizen
    );
    assert!(backup.join("review.toml").is_file());
    // --reviewer wins over the file's phase for every signed-off text.
    assert_eq!(
        config
            .catalogue()
            .text_review(Locale::Ar, "topic-welcome-1-heading")
            .unwrap()
            .reviewer,
        "Yusuf Demir"
    );
}

/// The Arabic text of one plural variant of a message, as in `i18n/ar/ui.ftl`.
fn arabic_variant(id: &str, key: &str) -> String {
    let source = include_str!("../i18n/ar/ui.ftl");
    let start = source.find(&format!("\n{id} = ")).unwrap();
    let variant = &source[start..];
    let line = variant
        .lines()
        .find(|line| {
            line.trim_start()
                .trim_start_matches('*')
                .starts_with(&format!("[{key}]"))
        })
        .unwrap();
    line.split_once(']').unwrap().1.trim().to_string()
}

fn first_difference(a: &str, b: &str) -> Option<String> {
    a.lines()
        .zip(b.lines())
        .enumerate()
        .find(|(_, (x, y))| x != y)
        .map(|(n, (x, y))| format!("line {}:\n  {x}\n  {y}", n + 1))
        .or_else(|| (a.len() != b.len()).then(|| format!("lengths {} and {}", a.len(), b.len())))
}

/// A config folder with an override file and review records already in it.
fn config_with_earlier_import() -> Config {
    let config = Config::new();
    let folder = config.overrides().join("ar");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(folder.join("citizen.ftl"), "topic-welcome-title = مرحبًا\n").unwrap();
    std::fs::write(
        folder.join("review.toml"),
        "[texts.topic-welcome-title]\nstate = \"reviewed\"\nreviewer = \"A\"\ndate = \"2026-01-02\"\n",
    )
    .unwrap();
    config
}

/// Imports `xliff`, which must be refused with nothing written; the problems.
fn refused(xliff: &str) -> Vec<UnitProblem> {
    let config = config_with_earlier_import();
    let before = config.snapshot();
    let problems = config
        .import(xliff, Some("X"))
        .expect_err("the file is refused");
    assert!(!problems.is_empty());
    assert_eq!(config.snapshot(), before, "nothing was written");
    // Every problem can be told in Danish, English and Arabic.
    let catalogue = Catalogue::embedded();
    for problem in &problems {
        for locale in [Locale::Da, Locale::En, Locale::Ar] {
            let line = l10n::explain(problem, &catalogue, locale);
            assert!(!line.contains('…') && !line.is_empty(), "{locale}: {line}");
        }
    }
    problems
}

fn exported() -> String {
    l10n::export::document(&Catalogue::embedded(), Locale::Ar)
}

fn has(problems: &[UnitProblem], unit: &str, kind: &ProblemKind) -> bool {
    problems
        .iter()
        .any(|p| p.unit.as_deref() == Some(unit) && &p.kind == kind)
}

#[test]
fn a_missing_code_is_refused() {
    let xliff = edit_target(
        &exported(),
        "handout-footer",
        "<ph id=\"1\">{ $date }</ph>",
        "",
    );
    let problems = refused(&xliff);
    assert!(
        has(
            &problems,
            "handout-footer",
            &ProblemKind::MissingCode("{ $date }".into())
        ),
        "{problems:?}"
    );
}

#[test]
fn an_unknown_id_is_refused() {
    let xliff = exported().replacen(
        "<trans-unit id=\"topic-welcome-title\"",
        "<trans-unit id=\"topic-welcome-titel\"",
        1,
    );
    assert!(has(
        &refused(&xliff),
        "topic-welcome-titel",
        &ProblemKind::UnknownId
    ));
}

#[test]
fn malformed_xml_is_refused() {
    let xliff = edit_unit(&exported(), "topic-welcome-intro", "</target>", "");
    let problems = refused(&xliff);
    assert!(
        matches!(
            problems.as_slice(),
            [UnitProblem {
                kind: ProblemKind::Malformed { .. },
                ..
            }]
        ),
        "{problems:?}"
    );
}

#[test]
fn a_fluent_syntax_error_in_a_target_is_refused() {
    let title = arabic(&Catalogue::embedded(), "topic-welcome-title");
    let xliff = translate(&exported(), "topic-welcome-title", &title, "مرحبًا { $name");
    let bad_code = edit_target(
        &xliff,
        "handout-footer",
        "<ph id=\"1\">{ $date }</ph>",
        "<ph id=\"1\">{ $date ]</ph>",
    );
    let problems = refused(&bad_code);
    assert!(
        has(&problems, "topic-welcome-title", &ProblemKind::Syntax),
        "{problems:?}"
    );
    assert!(
        has(
            &problems,
            "handout-footer",
            &ProblemKind::BadCode("{ $date ]".into())
        ),
        "{problems:?}"
    );
}

#[test]
fn wrong_and_unknown_languages_are_refused() {
    let xliff = exported();
    let unknown = xliff.replace("target-language=\"ar\"", "target-language=\"xx\"");
    assert!(
        refused(&unknown)
            .iter()
            .all(|p| p.kind == ProblemKind::UnknownLocale("xx".into()))
    );
    let danish = xliff.replace("target-language=\"ar\"", "target-language=\"da\"");
    assert!(
        refused(&danish)
            .iter()
            .all(|p| p.kind == ProblemKind::MasterLocale)
    );
    let mixed = xliff.replacen(
        "<file original=\"ui.ftl\" source-language=\"da\" target-language=\"ar\"",
        "<file original=\"ui.ftl\" source-language=\"da\" target-language=\"fa\"",
        1,
    );
    assert!(refused(&mixed).iter().any(|p| matches!(
        p.kind,
        ProblemKind::MixedLocales {
            first: Locale::Ar,
            other: Locale::Fa
        }
    )));
    let wrong_target = edit_unit(
        &xliff,
        "topic-welcome-title",
        "xml:lang=\"ar\" state",
        "xml:lang=\"fa\" state",
    );
    assert!(has(
        &refused(&wrong_target),
        "topic-welcome-title",
        &ProblemKind::WrongLanguage("fa".into())
    ));
}

#[test]
fn every_bad_unit_is_listed_at_once() {
    let mut xliff = exported();
    xliff = edit_target(
        &xliff,
        "handout-footer",
        "<ph id=\"1\">{ $date }</ph>",
        "{ $dato }",
    );
    xliff = xliff.replacen(
        "<trans-unit id=\"log-count[two]\"",
        "<trans-unit id=\"log-count[seven]\"",
        1,
    );
    xliff = edit_unit(
        &xliff,
        "topic-welcome-intro",
        "state=\"needs-review-translation\"",
        "state=\"checked\"",
    );
    xliff = xliff.replacen(
        "<file original=\"glossary.ftl\"",
        "<file original=\"ordliste.ftl\"",
        1,
    );
    let problems = refused(&xliff);
    assert!(
        problems
            .iter()
            .any(|p| p.unit.as_deref() == Some("handout-footer")),
        "{problems:?}"
    );
    assert!(problems.iter().any(|p| p.unit.as_deref() == Some("log-count[seven]")
        && matches!(&p.kind, ProblemKind::UnknownVariant { key, allowed } if key == "seven" && allowed.contains(&"few".to_string()))));
    assert!(has(
        &problems,
        "topic-welcome-intro",
        &ProblemKind::UnknownState("checked".into())
    ));
    assert!(
        problems.iter().any(
            |p| p.file.as_deref() == Some("ordliste.ftl") && p.kind == ProblemKind::UnknownFile
        )
    );
}

#[test]
fn xliff_2_and_other_xml_are_refused() {
    let two = exported().replacen("<xliff version=\"1.2\"", "<xliff version=\"2.0\"", 1);
    assert!(matches!(
        refused(&two).as_slice(),
        [UnitProblem { kind: ProblemKind::NotXliff { version: Some(v), .. }, .. }] if v == "2.0"
    ));
    assert!(matches!(
        refused("<html><body/></html>").as_slice(),
        [UnitProblem {
            kind: ProblemKind::NotXliff { .. },
            ..
        }]
    ));
}

#[test]
fn polish_plural_forms_round_trip() {
    let config = Config::new();
    let exported = l10n::export::document(&config.catalogue(), Locale::Pl);
    for key in ["one", "few", "many", "other"] {
        assert!(
            exported.contains(&format!("<trans-unit id=\"log-count[{key}]\"")),
            "{key}"
        );
    }
    let range = unit_range(&exported, "log-count[few]");
    assert!(exported[range.clone()].contains("Variant `few` of the selector on `$count`"));
    assert!(exported[range].contains("<source xml:lang=\"da\"><ph id=\"1\">{ $count }</ph>"));
    let few = edit_unit(
        &exported,
        "log-count[few]",
        "state=\"needs-review-translation\" state-qualifier=\"mt-suggestion\">",
        "state=\"translated\">",
    );
    let few = few.replacen("</ph> wpisy</target>", "</ph> wpisy (kilka)</target>", 1);
    let summary = config.import(&few, None).expect("accepted");
    assert_eq!(summary.changed, 1);
    let catalogue = config.catalogue();
    assert_eq!(
        catalogue.format(Locale::Pl, "log-count", &[("count", Arg::from(3))]),
        "3 wpisy (kilka)"
    );
    assert_eq!(
        catalogue.format(Locale::Pl, "log-count", &[("count", Arg::from(5))]),
        Catalogue::embedded().format(Locale::Pl, "log-count", &[("count", Arg::from(5))])
    );
    let ui = std::fs::read_to_string(config.overrides().join("pl").join("ui.ftl")).unwrap();
    assert!(ui.contains("log-count = { $count ->\n"), "{ui}");
    assert!(ui.contains("   *[other] "), "the default is marked: {ui}");
    assert_eq!(l10n::export::document(&catalogue, Locale::Pl), few);
}

/// Runs `skranke` with the config folder, messages in English.
fn run(config: &Config, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_skranke"))
        .args(args)
        .arg("--config-dir")
        .arg(config.root())
        .arg("--data-dir")
        .arg(config.dir.path().join("data"))
        .arg("--policy-dir")
        .arg(config.dir.path().join("policy"))
        .args(["--lang", "en"])
        .env_remove("SKRANKE_CONFIG_DIR")
        .env_remove("SKRANKE_DATA_DIR")
        .env_remove("SKRANKE_POLICY_DIR")
        .output()
        .expect("skranke runs")
}

fn code(output: &Output) -> i32 {
    output.status.code().expect("an exit code")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn the_command_line_exports_and_imports_with_admin_exit_codes() {
    let config = Config::new();
    let file = config.dir.path().join("ar.xlf");
    let path = file.to_str().unwrap();

    let output = run(&config, &["l10n", "export", "ar", path]);
    assert_eq!(code(&output), 0, "{}", text(&output.stderr));
    let units = exported().matches("<trans-unit ").count();
    assert!(
        text(&output.stdout).contains(&format!("{units} texts were written")),
        "{}",
        text(&output.stdout)
    );
    let xliff = std::fs::read_to_string(&file).unwrap();
    assert_eq!(xliff, exported());

    assert_eq!(code(&run(&config, &["l10n", "export", "xx", path])), 3);
    let danish = run(&config, &["l10n", "export", "da", path]);
    assert_eq!(code(&danish), 3);
    assert!(text(&danish.stderr).contains("Danish is the master language"));
    assert_eq!(code(&run(&config, &["l10n", "export", "ar"])), 2);

    // A broken file: exit 3, every bad unit on its own line, nothing written.
    let broken = config.dir.path().join("broken.xlf");
    std::fs::write(
        &broken,
        edit_target(&xliff, "handout-footer", "<ph id=\"1\">{ $date }</ph>", ""),
    )
    .unwrap();
    let output = run(&config, &["l10n", "import", broken.to_str().unwrap()]);
    assert_eq!(code(&output), 3);
    let said = text(&output.stderr);
    assert!(
        said.contains("citizen.ftl, handout-footer: The code { $date } is missing."),
        "{said}"
    );
    assert!(
        said.contains("it has 1 problem. Nothing was changed."),
        "{said}"
    );
    assert!(!config.overrides().exists());

    // A good file: exit 0, the summary.
    let title = arabic(&Catalogue::embedded(), "topic-welcome-title");
    std::fs::write(
        &file,
        translate(&xliff, "topic-welcome-title", &title, "مرحبًا بكم"),
    )
    .unwrap();
    let output = run(
        &config,
        &["l10n", "import", path, "--reviewer", "Amira Haddad"],
    );
    assert_eq!(code(&output), 0, "{}", text(&output.stderr));
    let said = text(&output.stdout);
    assert!(said.contains(&format!(
            "Imported (ar). Units read: {units}. Texts changed: 1. Texts checked by a translator: 0."
        )), "{said}");
    assert!(
        said.contains("citizen.ftl") && said.contains("There were no earlier files"),
        "{said}"
    );
    assert_eq!(
        arabic(&config.catalogue(), "topic-welcome-title"),
        "مرحبًا بكم"
    );

    assert_eq!(
        code(&run(&config, &["l10n", "import", "/no/such/file.xlf"])),
        1
    );

    // check-i18n counts the reviewed citizen texts with the user's override folder.
    let output = run(&config, &["check-i18n"]);
    assert_eq!(code(&output), 0);
    assert!(
        text(&output.stdout).contains("ar  Arabic       reviewed 0/"),
        "{}",
        text(&output.stdout)
    );
}

#[cfg(unix)]
#[test]
fn imported_files_are_the_users_alone() {
    use std::os::unix::fs::PermissionsExt;
    let config = Config::new();
    let title = arabic(&Catalogue::embedded(), "topic-welcome-title");
    let xliff = translate(&exported(), "topic-welcome-title", &title, "مرحبًا بكم");
    let summary = config.import(&xliff, None).unwrap();
    for file in &summary.files {
        let mode = std::fs::metadata(file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", file.display());
    }
    let folder_mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(folder_mode(&config.overrides().join("ar")), 0o700);
}

#[test]
fn every_languages_export_imports_as_no_change() {
    for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::Da) {
        let config = Config::new();
        let xliff = l10n::export::document(&config.catalogue(), locale);
        let summary = config
            .import(&xliff, None)
            .unwrap_or_else(|problems| panic!("{locale}: {problems:#?}"));
        assert_eq!(summary.locale, locale);
        assert_eq!(summary.changed, 0, "{locale}");
        assert!(summary.files.is_empty(), "{locale}: {:?}", summary.files);
        assert_eq!(summary.units, xliff.matches("<trans-unit ").count());
    }
}
