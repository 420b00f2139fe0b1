//! The command line for IT (`skranke config show`, `log export`, `log merge`, `backup`,
//! `restore`, `indicators`), run as a scheduled task would run it: the real binary, its exit
//! code, what it prints, and the files it leaves.

mod support;

use skranke::store::Store;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// One desk's folders: settings, data and the machine's policy.
struct Desk {
    dir: tempfile::TempDir,
}

impl Desk {
    fn new() -> Desk {
        Desk {
            dir: tempfile::tempdir().expect("a temporary folder"),
        }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn database(&self) -> PathBuf {
        self.path("data").join("skranke.sqlite3")
    }

    /// A log with entries on these days.
    fn with_entries(self, days: &[&str]) -> Desk {
        let store = Store::open(&self.database()).expect("the log opens");
        for day in days {
            store
                .save_entry(&support::entry(day))
                .expect("the entry is saved");
        }
        self
    }

    fn write(&self, name: &str, text: &str) {
        let path = self.path(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    /// Runs `skranke` with this desk's folders, messages in `lang`.
    fn run_in(&self, lang: &str, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_skranke"))
            .args(args)
            .arg("--config-dir")
            .arg(self.path("config"))
            .arg("--data-dir")
            .arg(self.path("data"))
            .arg("--policy-dir")
            .arg(self.path("policy"))
            .args(["--lang", lang])
            .env_remove("SKRANKE_CONFIG_DIR")
            .env_remove("SKRANKE_DATA_DIR")
            .env_remove("SKRANKE_POLICY_DIR")
            .output()
            .expect("skranke runs")
    }

    fn run(&self, args: &[&str]) -> Output {
        self.run_in("en", args)
    }

    fn count(&self) -> u64 {
        let store = Store::open(&self.database()).expect("the log opens");
        store
            .count(&Default::default())
            .expect("the entries are counted")
    }
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn code(output: &Output) -> i32 {
    output.status.code().expect("an exit code")
}

#[test]
fn config_show_names_every_setting_and_where_it_comes_from() {
    let desk = Desk::new();
    desk.write(
        "policy/policy.toml",
        "administered_by = \"Borgerservice IT\"\n[defaults]\ncitizen_language = \"ar\"\ntheme = \"high-contrast-light\"\n[locked]\nunit = \"Borgerservice Amager\"\n",
    );
    desk.write(
        "config/settings.toml",
        "theme = \"dark\"\nunit = \"Mit eget navn\"\n",
    );
    let output = desk.run(&["config", "show"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let text = stdout(&output);
    for line in [
        "unit = \"Borgerservice Amager\"  # policy, locked",
        "theme = \"dark\"  # user settings",
        "citizen_language = \"ar\"  # policy default",
        "scale_percent = 100  # built-in",
        "staff_language = \"en\"  # command line",
        "# administered by: Borgerservice IT",
    ] {
        assert!(text.contains(line), "no line {line:?} in:\n{text}");
    }
    assert!(text.contains("policy.toml (in use)"), "{text}");
}

#[test]
fn a_broken_policy_is_reported_and_left_as_it_was() {
    let desk = Desk::new();
    let broken = "[locked\nunit = ";
    desk.write("policy/policy.toml", broken);
    let output = desk.run(&["config", "show"]);
    assert_eq!(code(&output), 0);
    let text = stdout(&output);
    assert!(text.contains("with problems"), "{text}");
    assert!(text.contains("unit = \"\"  # built-in"), "{text}");
    assert_eq!(
        std::fs::read_to_string(desk.path("policy/policy.toml")).unwrap(),
        broken
    );
}

#[test]
fn an_export_merges_into_another_desk_once() {
    let desk_a = Desk::new().with_entries(&["2026-03-02", "2026-03-03", "2026-05-01"]);
    let export = desk_a.path("desk-a.csv");
    let output = desk_a.run(&[
        "log",
        "export",
        "--from",
        "2026-03-01",
        "--to",
        "2026-03-31",
        "-o",
        export.to_str().unwrap(),
    ]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(
        stdout(&output).contains("2 entries exported."),
        "{}",
        stdout(&output)
    );
    assert!(desk_a.path("desk-a-codebook.csv").is_file());
    let csv = std::fs::read_to_string(&export).unwrap();
    assert_eq!(csv.lines().count(), 3, "a header and two entries");

    let desk_b = Desk::new().with_entries(&["2026-03-10"]);
    let merged = desk_b.run(&["log", "merge", export.to_str().unwrap()]);
    assert_eq!(code(&merged), 0, "{}", stderr(&merged));
    assert_eq!(desk_b.count(), 3);
    // Idempotent: the same file again adds nothing.
    let again = desk_b.run(&["log", "merge", export.to_str().unwrap()]);
    assert_eq!(code(&again), 0);
    assert_eq!(desk_b.count(), 3);
}

#[test]
fn a_merge_with_one_bad_file_adds_nothing_and_says_which_rows() {
    let desk_a = Desk::new().with_entries(&["2026-03-02"]);
    let good = desk_a.path("good.csv");
    assert_eq!(
        code(&desk_a.run(&["log", "export", "-o", good.to_str().unwrap()])),
        0
    );
    // The same export with the language of its entry spoilt.
    let text = std::fs::read_to_string(&good).unwrap();
    let bad_text = text.replacen(",ar,", ",xx-nope,", 1);
    assert_ne!(text, bad_text, "the export has a language column to spoil");
    let bad = desk_a.path("bad.csv");
    std::fs::write(&bad, bad_text).unwrap();

    let desk_b = Desk::new().with_entries(&["2026-01-05"]);
    let output = desk_b.run_in(
        "da",
        &[
            "log",
            "merge",
            good.to_str().unwrap(),
            bad.to_str().unwrap(),
        ],
    );
    assert_eq!(code(&output), 3, "{}", stderr(&output));
    assert!(stderr(&output).contains("Linje 2"), "{}", stderr(&output));
    assert_eq!(desk_b.count(), 1, "all or nothing");
}

#[test]
fn a_backup_restores_and_the_replaced_log_is_kept() {
    let desk = Desk::new().with_entries(&["2026-02-01", "2026-02-02"]);
    let backup = desk.path("kept.sqlite3");
    let output = desk.run(&["backup", "-o", backup.to_str().unwrap()]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(backup.is_file());
    // The log changes after the backup; the restore brings back the two entries.
    Store::open(&desk.database())
        .unwrap()
        .save_entry(&support::entry("2026-02-03"))
        .unwrap();
    assert_eq!(desk.count(), 3);
    let restored = desk.run(&["restore", backup.to_str().unwrap()]);
    assert_eq!(code(&restored), 0, "{}", stderr(&restored));
    assert_eq!(desk.count(), 2);
    let aside: Vec<_> = std::fs::read_dir(desk.path("data"))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains("before-restore"))
        .collect();
    assert!(!aside.is_empty(), "the replaced log is kept");
}

#[test]
fn a_backup_goes_to_the_backup_folder_by_default() {
    let desk = Desk::new().with_entries(&["2026-02-01"]);
    let folder = desk.path("share");
    desk.write(
        "policy/policy.toml",
        &format!("[locked]\nbackup_dir = {:?}\n", folder.to_str().unwrap()),
    );
    let output = desk.run(&["backup"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let files: Vec<_> = std::fs::read_dir(&folder).unwrap().collect();
    assert_eq!(files.len(), 1, "one backup in the policy's folder");
}

#[test]
fn a_restore_of_something_else_is_refused_and_changes_nothing() {
    let desk = Desk::new().with_entries(&["2026-02-01"]);
    let not_a_backup = desk.path("notes.txt");
    std::fs::write(&not_a_backup, "not a database").unwrap();
    let output = desk.run_in("da", &["restore", not_a_backup.to_str().unwrap()]);
    assert_eq!(code(&output), 3);
    assert!(
        stderr(&output).contains("Sikkerhedskopien blev ikke gendannet."),
        "{}",
        stderr(&output)
    );
    assert_eq!(desk.count(), 1);
}

#[test]
fn a_restore_while_skranke_has_the_log_open_is_refused() {
    let desk = Desk::new().with_entries(&["2026-02-01"]);
    let backup = desk.path("kept.sqlite3");
    assert_eq!(
        code(&desk.run(&["backup", "-o", backup.to_str().unwrap()])),
        0
    );
    let open = Store::open(&desk.database()).unwrap();
    let output = desk.run(&["restore", backup.to_str().unwrap()]);
    assert_eq!(code(&output), 3, "{}", stderr(&output));
    assert!(
        stderr(&output).contains("open in Skranke"),
        "{}",
        stderr(&output)
    );
    drop(open);
}

#[test]
fn indicators_are_csv_for_a_period_and_unit() {
    let desk = Desk::new().with_entries(&["2026-04-01", "2026-04-02"]);
    let output = desk.run(&[
        "indicators",
        "--from",
        "2026-04-01",
        "--to",
        "2026-04-30",
        "--unit",
        "Borgerservice Nørrebro",
    ]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let csv = stdout(&output);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(
        reader.headers().unwrap(),
        skranke::export::indicators::CSV_COLUMNS.as_slice(),
        "standard output is for programs: the columns' codes"
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert!(!rows.is_empty(), "{csv}");
    assert!(
        rows.iter().any(|r| &r[3] == "Share" && r[4].contains('.')),
        "shares as numbers with a decimal point: {csv}"
    );
    let file = desk.path("report.csv");
    let written = desk.run(&["indicators", "-o", file.to_str().unwrap()]);
    assert_eq!(code(&written), 0);
    assert!(file.is_file());
}

#[test]
fn a_period_that_ends_before_it_starts_is_refused() {
    let desk = Desk::new().with_entries(&["2026-04-01"]);
    let output = desk.run(&[
        "log",
        "export",
        "--from",
        "2026-05-01",
        "--to",
        "2026-04-01",
    ]);
    assert_eq!(code(&output), 3);
    assert!(stdout(&output).is_empty());
}

#[test]
fn without_a_log_the_message_names_the_folder_in_the_staff_language() {
    let desk = Desk::new();
    let output = desk.run_in("da", &["log", "export"]);
    assert_eq!(code(&output), 1);
    assert!(
        stderr(&output).contains("Der er ingen log i"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_wrong_command_line_exits_with_two() {
    let desk = Desk::new();
    assert_eq!(code(&desk.run(&["log", "merge"])), 2);
    assert_eq!(
        code(&desk.run(&["log", "export", "--from", "yesterday"])),
        2
    );
}

#[cfg(unix)]
#[test]
fn the_log_and_its_backups_are_the_users_alone() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |path: &Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    let desk = Desk::new().with_entries(&["2026-02-01"]);
    assert_eq!(mode(&desk.path("data")), 0o700);
    assert_eq!(mode(&desk.database()), 0o600);
    let open = Store::open(&desk.database()).unwrap();
    let wal = desk.path("data").join("skranke.sqlite3-wal");
    assert!(wal.is_file(), "WAL mode");
    assert_eq!(mode(&wal), 0o600);
    drop(open);
    assert_eq!(code(&desk.run(&["backup"])), 0);
    let backups = desk.path("data").join("backups");
    assert_eq!(mode(&backups), 0o700);
    for file in std::fs::read_dir(&backups).unwrap() {
        assert_eq!(mode(&file.unwrap().path()), 0o600);
    }
}

/// Issue 17: a scheduled task's exports open right in Excel: in Danish a CSV with a
/// byte-order mark, Danish column names and semicolons, which another desk merges; a name
/// ending in .xlsx gives a workbook with the codebook on a second sheet (read with calamine).
#[test]
fn exports_for_excel_from_the_command_line() {
    use calamine::{Data, Reader, Xlsx, open_workbook};
    let desk_a = Desk::new().with_entries(&["2026-03-02", "2026-03-03"]);
    let csv = desk_a.path("desk-a.csv");
    let output = desk_a.run_in("da", &["log", "export", "-o", csv.to_str().unwrap()]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let text = std::fs::read_to_string(&csv).unwrap();
    assert!(
        text.starts_with("\u{feff}Id;Dato;Registreret (UTC);Enhed;"),
        "{text}"
    );
    let desk_b = Desk::new();
    let merged = desk_b.run(&["log", "merge", csv.to_str().unwrap()]);
    assert_eq!(code(&merged), 0, "{}", stderr(&merged));
    assert_eq!(desk_b.count(), 2);

    let workbook = desk_a.path("desk-a.xlsx");
    let output = desk_a.run_in("da", &["log", "export", "-o", workbook.to_str().unwrap()]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let mut book: Xlsx<_> = open_workbook(&workbook).unwrap();
    assert_eq!(book.sheet_names(), ["Log", "Kodebog"]);
    let log = book.worksheet_range("Log").unwrap();
    assert_eq!(log.rows().count(), 3, "a header and two entries");
    assert!(matches!(log.rows().nth(1).unwrap()[1], Data::DateTime(_)));

    let report = desk_a.path("indicators.xlsx");
    let output = desk_a.run_in(
        "da",
        &[
            "indicators",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
            "-o",
            report.to_str().unwrap(),
        ],
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let book: Xlsx<_> = open_workbook(&report).unwrap();
    assert_eq!(book.sheet_names(), ["Indikatorer", "Kodebog"]);
}
