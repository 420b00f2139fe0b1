//! The `skranke` binary: the GUI, or a subcommand.

// No console window beside the GUI on Windows; subcommands attach to their caller's console.
#![windows_subsystem = "windows"]

use clap::Parser;
use skranke::app::{App, Options};
use skranke::cli::{Cli, Command};
use skranke::content::plain_language;
use skranke::i18n::{Catalogue, Locale, check, provenance_check};
use skranke::store::Opening;
use std::process::ExitCode;

fn main() -> ExitCode {
    let started = std::time::Instant::now();
    skranke::console::attach_when_printing();
    let cli = Cli::parse();
    match &cli.command {
        Some(Command::CheckI18n) => check_i18n(&cli),
        Some(command) => skranke::admin::run(&cli, command),
        None => {
            let policy = cli.policy();
            let paths = cli.paths(&policy.policy);
            run_gui(Options {
                paths: Some(paths),
                staff_language: cli.staff_language,
                citizen_language: cli.citizen_language,
                measure_first_frame_from: cli.exit_after_first_frame.then_some(started),
                policy,
            })
        }
    }
}

fn run_gui(options: Options) -> ExitCode {
    if let Some(tag) = &options.staff_language
        && Locale::from_tag(tag).is_none()
    {
        eprintln!(
            "skranke: unknown language '{tag}'; using the default. Known: da, en, ar, fa, ur, tr, so, pl, uk, ti."
        );
    }
    // No thread may start before iced has created its event loop: X11's input method reads its
    // compose table with `getc`, which glibc makes several times slower once a second thread
    // exists (docs/benchmarks.md). Boot runs just after that. It starts one thread that loads
    // the fonts and then opens the log, while iced opens the window; the first view waits for
    // the fonts (`App::view`), and the log is taken when it is ready.
    if let Some(paths) = &options.paths {
        skranke::it_log::write_to(&paths.it_log_file());
    }
    // The window opens where it was last, at the size it had (read before iced starts).
    let window = skranke::app::window_settings(&options);
    let boot = move || {
        let opening = options
            .paths
            .as_ref()
            .map(|paths| Opening::start_after(paths.database_file(), skranke::ui::fonts::load));
        App::boot(options.clone(), opening)
    };
    let result = iced::application(boot, App::update, App::view)
        .title(App::title)
        .theme(App::theme)
        .scale_factor(App::scale_factor)
        .subscription(App::subscription)
        .settings(skranke::iced_settings_fonts_loaded_by_caller())
        .window(window)
        .run();
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("skranke: {error}");
            ExitCode::FAILURE
        }
    }
}

fn check_i18n(cli: &Cli) -> ExitCode {
    let catalogue = Catalogue::embedded();
    let report = check::run(&skranke::content::required_message_ids());
    let text = check::render(&report, |locale| {
        let meta = catalogue.meta(locale);
        let status = format!("{:?}", meta.review.status).to_lowercase();
        (meta.english_name.clone(), status)
    });
    print!("{text}");
    let lix = plain_language::groups(&catalogue);
    print!("{}", plain_language::render(&lix));
    let jargon = plain_language::notice_jargon(&catalogue);
    print!("{}", plain_language::render_jargon(&jargon));
    let sources = provenance_check::check_embedded(skranke::clock::today());
    print!("{}", provenance_check::render(&sources));
    // Which citizen texts a translator has checked, with the override folders the app reads
    // (the machine's policy, then the user's): information, never a failure.
    let desk = skranke::admin::Desk::new(cli);
    print!(
        "{}",
        check::render_reviews(&skranke::admin::l10n::catalogue(&desk))
    );
    let failed: Vec<&str> = [
        (report.passes(), "translations"),
        (plain_language::within_limits(&lix), "plain language"),
        (jargon.is_empty(), "jargon in the notice"),
        (sources.passes(), "sources"),
    ]
    .into_iter()
    .filter_map(|(passed, what)| (!passed).then_some(what))
    .collect();
    if failed.is_empty() {
        println!("\nAll checks passed.");
        ExitCode::SUCCESS
    } else {
        println!("\nFAILED: {}.", failed.join(", "));
        ExitCode::FAILURE
    }
}
