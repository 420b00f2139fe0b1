//! The outreach log at a million entries: save, first list page with two filters, export, merge.
//! Run: `cargo bench --bench log_at_scale` (see docs/benchmarks.md).

mod data;

use skranke::outreach::{Channel, Entry};
use skranke::store::Store;
use skranke::store::outreach::{Filter, page};
use skranke::store::transfer::{ExportRange, export_csv, read_csv};
use std::time::{Duration, Instant};

const ENTRIES: u64 = 1_000_000;

fn main() {
    let big = data::database(ENTRIES, 42);
    let work = tempfile::tempdir().unwrap();
    let path = data::copy_of(&big, work.path());
    let store = Store::open(&path).unwrap();
    println!(
        "outreach log benchmark, {ENTRIES} entries, {}",
        skranke::clock::today()
    );

    // 1. Save one entry with its links, fsync included (synchronous = FULL, WAL).
    let mut random = data::Random::new(7);
    let mut times = Vec::new();
    for n in 0..300 {
        let mut entry = data::entry(&mut random, n, 300);
        entry.id = Entry::new_id();
        let started = Instant::now();
        store.save_entry(&entry).unwrap();
        times.push(started.elapsed());
    }
    times.sort();
    println!(
        "save one entry (300 saves): p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        data::percentile(&times, 50.0),
        data::percentile(&times, 99.0),
        times.last().unwrap().as_secs_f64() * 1000.0
    );

    // 2. First page of the list with two filters, on a fresh read connection each time.
    let filters = [
        (
            "channel = phone, language = ar",
            Filter {
                channel: Some(Channel::Phone),
                language: Some("ar".into()),
                ..Filter::default()
            },
        ),
        (
            "language = ti, group = homeless",
            Filter {
                language: Some("ti".into()),
                group: Some(skranke::outreach::Group::Homeless),
                ..Filter::default()
            },
        ),
        (
            "last 90 days, topic = complaints",
            Filter {
                from: Some(jiff::civil::date(2026, 10, 1)),
                topic: Some("complaints".into()),
                ..Filter::default()
            },
        ),
    ];
    for (name, filter) in &filters {
        let mut times: Vec<Duration> = Vec::new();
        for _ in 0..30 {
            let conn = Store::open_reader(&path).unwrap();
            let started = Instant::now();
            let result = page(&conn, filter, None, 25).unwrap();
            times.push(started.elapsed());
            assert!(!result.entries.is_empty());
        }
        times.sort();
        println!(
            "first list page, {name}: p50 {:.2} ms, p99 {:.2} ms",
            data::percentile(&times, 50.0),
            data::percentile(&times, 99.0)
        );
    }
    let conn = Store::open_reader(&path).unwrap();
    let started = Instant::now();
    let count = skranke::store::outreach::count(&conn, &filters[0].1).unwrap();
    println!(
        "count for the list, {}: {count} entries in {:.1} ms",
        filters[0].0,
        started.elapsed().as_secs_f64() * 1000.0
    );

    // 3. Export everything (training included) to a CSV file.
    let everything = ExportRange {
        from: jiff::civil::date(2000, 1, 1),
        to: jiff::civil::date(2100, 1, 1),
        include_training: true,
    };
    let file = std::io::BufWriter::with_capacity(
        1 << 20,
        std::fs::File::create(work.path().join("export.csv")).unwrap(),
    );
    let started = Instant::now();
    let rows = export_csv(&conn, &everything, file, |_| {}).unwrap();
    let elapsed = started.elapsed().as_secs_f64();
    println!(
        "export {rows} rows to CSV: {elapsed:.2} s, {:.0} rows/s",
        rows as f64 / elapsed
    );

    // 4. Merge 100 000 entries from another desk, then the same file again.
    let other = data::database(100_000, 99);
    let other_conn = Store::open_reader(&other).unwrap();
    let mut csv = Vec::new();
    export_csv(&other_conn, &everything, &mut csv, |_| {}).unwrap();
    let started = Instant::now();
    let rows = read_csv(csv.as_slice()).unwrap();
    let report = store.import(&rows).unwrap();
    println!(
        "merge 100 000 entries (read + check + insert): {:.2} s, added {}",
        started.elapsed().as_secs_f64(),
        report.added
    );
    let started = Instant::now();
    let rows = read_csv(csv.as_slice()).unwrap();
    let report = store.import(&rows).unwrap();
    println!(
        "merge the same again: {:.2} s, added {}, already present {}",
        started.elapsed().as_secs_f64(),
        report.added,
        report.already_present.len()
    );
}
