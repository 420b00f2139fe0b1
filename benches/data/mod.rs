//! Synthetic outreach logs for the benchmarks: realistic spreads of channels, languages, groups
//! and topics over three years and several units, generated once and cached under
//! `target/bench-data/`.
#![allow(dead_code)]

use skranke::outreach::*;
use skranke::store::Store;
use std::path::{Path, PathBuf};

/// A small, fast pseudo-random sequence (xorshift64*), seeded for repeatable data.
pub struct Random(u64);

impl Random {
    pub fn new(seed: u64) -> Random {
        Random(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// Picks from weighted choices.
    pub fn weighted<T: Copy>(&mut self, choices: &[(T, u64)]) -> T {
        let total: u64 = choices.iter().map(|(_, w)| w).sum();
        let mut roll = self.below(total);
        for (value, weight) in choices {
            if roll < *weight {
                return *value;
            }
            roll -= weight;
        }
        choices[0].0
    }
}

pub const UNITS: [&str; 4] = [
    "Borgerservice Nørrebro",
    "Borgerservice Amager",
    "Borgerservice Vesterbro",
    "Borgerservice Bispebjerg",
];

/// The `n`-th synthetic entry of `count`, spread evenly over 2024–2026 in time order.
pub fn entry(random: &mut Random, n: u64, count: u64) -> Entry {
    let start = jiff::civil::date(2024, 1, 1);
    let days = 3 * 365;
    let day = start
        .checked_add(jiff::Span::new().days(i64::try_from(n * days / count.max(1)).unwrap()))
        .unwrap();
    let seconds = jiff::Timestamp::from_second(
        1_704_067_200 + i64::try_from(n * days * 86_400 / count.max(1)).unwrap(),
    )
    .unwrap();
    let id = uuid::Uuid::new_v7(uuid::Timestamp::from_unix(
        uuid::NoContext,
        u64::try_from(seconds.as_second()).unwrap(),
        u32::try_from(n % 1_000_000).unwrap() * 1000,
    ));
    let language = random.weighted(&[
        ("da", 40),
        ("en", 12),
        ("ar", 12),
        ("uk", 8),
        ("so", 5),
        ("tr", 5),
        ("pl", 5),
        ("fa", 4),
        ("ur", 3),
        ("ti", 3),
        ("other", 3),
    ]);
    let interpreter = if language == "da" {
        Interpreter::None
    } else {
        random.weighted(&[
            (Interpreter::None, 50),
            (Interpreter::Phone, 20),
            (Interpreter::InPerson, 10),
            (Interpreter::Video, 10),
            (Interpreter::BilingualStaff, 10),
        ])
    };
    let mut groups = Vec::new();
    for (group, chance) in [
        (Group::Newcomer, 15),
        (Group::LanguageSupport, 25),
        (Group::DigitalSupport, 30),
        (Group::Elderly, 15),
        (Group::Disability, 5),
        (Group::MentalIllness, 3),
        (Group::Homeless, 2),
    ] {
        if random.below(100) < chance {
            groups.push(group);
        }
    }
    let topic_codes = [
        "welcome",
        "rights",
        "interpreter",
        "digital",
        "newcomer",
        "complaints",
        "help",
    ];
    let mut topics: Vec<String> = Vec::new();
    for _ in 0..random.below(3) {
        let topic = topic_codes[usize::try_from(random.below(7)).unwrap()].to_string();
        if !topics.contains(&topic) {
            topics.push(topic);
        }
    }
    let principle_codes = ["1a", "1b", "1c", "1d", "1e", "1f"];
    let mut principles: Vec<String> = Vec::new();
    for _ in 0..random.below(3) {
        let code = principle_codes[usize::try_from(random.below(6)).unwrap()].to_string();
        if !principles.contains(&code) {
            principles.push(code);
        }
    }
    principles.sort();
    Entry {
        id,
        day,
        created_at: seconds.to_string(),
        unit: UNITS[usize::try_from(random.below(4)).unwrap()].to_string(),
        channel: random.weighted(&[
            (Channel::Desk, 60),
            (Channel::Phone, 20),
            (Channel::Video, 5),
            (Channel::LetterEmail, 10),
            (Channel::OutreachEvent, 5),
        ]),
        language: language.to_string(),
        interpreter,
        outcome: random.weighted(&[
            (Outcome::Solved, 70),
            (Outcome::Referred, 20),
            (Outcome::FollowUp, 10),
        ]),
        duration: random.weighted(&[
            (DurationBucket::Under5, 30),
            (DurationBucket::From5To15, 45),
            (DurationBucket::From15To30, 18),
            (DurationBucket::Over30, 7),
        ]),
        handout: random.below(100) < 15,
        note: if random.below(100) < 10 {
            "Hjælp til Digital Post".into()
        } else {
            String::new()
        },
        training: random.below(100) < 2,
        groups,
        topics,
        principles,
    }
}

/// A database with `count` synthetic entries, made once and kept in `target/bench-data/`.
pub fn database(count: u64, seed: u64) -> PathBuf {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/bench-data");
    std::fs::create_dir_all(&folder).unwrap();
    let path = folder.join(format!(
        "log-{count}-{seed}-schema{}.sqlite3",
        skranke::store::SCHEMA_VERSION
    ));
    if path.exists() {
        return path;
    }
    let started = std::time::Instant::now();
    let working = path.with_extension("partial");
    let _ = std::fs::remove_file(&working);
    let store = Store::open(&working).unwrap();
    let mut random = Random::new(seed);
    let entries: Vec<(u64, Entry)> = (0..count)
        .map(|n| (n, entry(&mut random, n, count)))
        .collect();
    store.import(&entries).unwrap();
    drop(store);
    let conn = rusqlite::Connection::open(&working).unwrap();
    conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE); ANALYZE;")
        .unwrap();
    drop(conn);
    std::fs::rename(&working, &path).unwrap();
    eprintln!(
        "generated {count} entries in {:.1} s: {}",
        started.elapsed().as_secs_f64(),
        path.display()
    );
    path
}

/// A private copy of a cached database, to change without spoiling the cache.
pub fn copy_of(path: &Path, folder: &Path) -> PathBuf {
    let copy = folder.join("copy.sqlite3");
    std::fs::copy(path, &copy).unwrap();
    copy
}

/// The p-th percentile (0–100) of sorted durations, in milliseconds.
pub fn percentile(sorted: &[std::time::Duration], p: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * p / 100.0).round() as usize;
    sorted[index].as_secs_f64() * 1000.0
}
