//! Every equality indicator for one year over a million entries.
//! Run: `cargo bench --bench indicators_at_scale` (see docs/benchmarks.md).

mod data;

use skranke::store::Store;
use skranke::store::indicators::{Scope, compute};
use std::time::Instant;

fn main() {
    let path = data::database(1_000_000, 42);
    println!(
        "indicators benchmark, 1000000 entries, {}",
        skranke::clock::today()
    );
    for (name, unit) in [
        ("all units", None),
        ("one unit", Some(data::UNITS[0].to_string())),
    ] {
        let scope = Scope {
            from: jiff::civil::date(2025, 1, 1),
            to: jiff::civil::date(2025, 12, 31),
            unit,
        };
        let mut times = Vec::new();
        for _ in 0..10 {
            let conn = Store::open_reader(&path).unwrap();
            let started = Instant::now();
            let indicators = compute(&conn, &scope).unwrap();
            times.push(started.elapsed());
            assert!(indicators.total > 0);
        }
        times.sort();
        println!(
            "all indicators, year 2025, {name}: p50 {:.1} ms, max {:.1} ms",
            data::percentile(&times, 50.0),
            times.last().unwrap().as_secs_f64() * 1000.0
        );
    }
}
