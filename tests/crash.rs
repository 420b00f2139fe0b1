//! Nothing acknowledged is ever lost: a child process saves entries in a loop and reports each
//! one after `save_entry` returned; it is killed with SIGKILL at a random moment, many times.
//! Every reported entry must be in the database afterwards, and the database must be intact.

use skranke::outreach::*;
use skranke::store::Store;
use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

const CHILD: &str = "SKRANKE_CRASH_CHILD_DATABASE";
const ROUNDS: usize = 12;

fn entry(n: u64) -> Entry {
    Entry {
        id: Entry::new_id(),
        day: jiff::civil::date(2026, 11, 25),
        created_at: skranke::clock::now_rfc3339(),
        unit: "Crash test".into(),
        channel: Channel::Desk,
        language: ["da", "ar", "ti", "uk"][(n % 4) as usize].into(),
        interpreter: Interpreter::None,
        outcome: Outcome::Solved,
        duration: DurationBucket::Under5,
        handout: n.is_multiple_of(2),
        note: format!("entry {n}"),
        training: false,
        groups: vec![Group::Newcomer],
        topics: vec!["welcome".into(), "digital".into()],
        principles: vec!["1c".into()],
    }
}

/// The child: saves entries as fast as it can, printing each id after the save returned.
fn child(database: &Path) -> ! {
    let store = Store::open(database).expect("the child opens the store");
    let mut n = 0;
    loop {
        let entry = entry(n);
        store.save_entry(&entry).expect("the child saves");
        println!("ACK {}", entry.id);
        n += 1;
    }
}

/// A small deterministic pseudo-random sequence (xorshift), seeded from the clock.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn acknowledged_entries_survive_sigkill() {
    if let Ok(database) = std::env::var(CHILD) {
        child(Path::new(&database));
    }
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("skranke.sqlite3");
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    let mut random = Random(seed | 1);
    let mut acknowledged = HashSet::new();
    for _ in 0..ROUNDS {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "acknowledged_entries_survive_sigkill",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD, &database)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the child starts");
        let stdout = child.stdout.take().unwrap();
        let (sender, receiver) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if let Some(id) = line.strip_prefix("ACK ") {
                    let _ = sender.send(id.to_string());
                }
            }
        });
        // Let it work for a random while, then kill it without warning.
        std::thread::sleep(Duration::from_millis(100 + random.next() % 400));
        child.kill().expect("SIGKILL");
        child.wait().unwrap();
        reader.join().unwrap();
        acknowledged.extend(receiver.try_iter());
    }
    assert!(
        acknowledged.len() > ROUNDS,
        "the children saved entries ({})",
        acknowledged.len()
    );

    let store = Store::open(&database).expect("the database opens after every crash");
    let conn = rusqlite::Connection::open(&database).unwrap();
    let check: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let mut missing = 0;
    for id in &acknowledged {
        let id = uuid::Uuid::parse_str(id).unwrap();
        if store.entry(id).unwrap().is_none() {
            missing += 1;
        }
    }
    assert_eq!(
        missing,
        0,
        "of {} acknowledged entries, {missing} were lost",
        acknowledged.len()
    );
}
