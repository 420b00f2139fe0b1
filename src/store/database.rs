//! The log's one writing connection, on a thread of its own, so the window never waits for
//! SQLite.
//!
//! The thread first does what it is given to do before (`main` loads the fonts there), then
//! opens the log: it checks the file (`PRAGMA quick_check`), migrates it, reads the unit's
//! self-assessment and purges entries deleted more than 30 days ago. On a fresh desk that takes
//! a few milliseconds; with a million entries about a second. Then it serves jobs one at a time
//! until the app drops the last [`Database`] handle: every write (save, edit, delete, undo,
//! assessments, sessions, merges, restores) is such a job, so writes never overlap and never
//! run on the UI thread. Long reads (list pages, indicators, exports) run on threads of their
//! own with read-only connections, beside the writer (WAL lets them).
//!
//! A job's answer comes back as a future, which the interface wraps in a task. Failures are
//! written to IT's log as they happen ([`crate::it_log`]).

use super::assessment::Assessment;
use super::backup::BackupError;
use super::{OpenError, Store, StoreError};
use futures_channel::oneshot;
use std::collections::HashMap;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::thread;

/// The open store, or why there is none.
pub type Slot = Result<Store, OpenError>;
type Job = Box<dyn FnOnce(&mut Slot) + Send>;

/// What a view may show about the open store.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoreInfo {
    pub path: Option<PathBuf>,
    pub schema_version: i64,
}

/// What the app learns once the log is opened (or could not be).
#[derive(Clone, Debug)]
pub struct Opened {
    pub status: Result<StoreInfo, OpenError>,
    /// The unit's current self-assessment, or why it could not be read.
    pub assessments: Result<HashMap<String, Assessment>, StoreError>,
}

impl Opened {
    fn of(slot: &Slot) -> Opened {
        let assessments = match slot {
            Ok(store) => store.assessments(),
            Err(_) => Ok(HashMap::new()),
        };
        Opened {
            status: slot.as_ref().map(Store::info).map_err(Clone::clone),
            assessments,
        }
    }
}

/// A handle on the log's thread. Cheap to clone; the thread ends when the last handle goes.
#[derive(Clone, Debug)]
pub struct Database {
    jobs: mpsc::Sender<Job>,
    path: PathBuf,
}

/// The log's thread while it opens the log: the handle is usable at once (jobs wait behind
/// the opening), and the report of the opening comes when it is done.
pub struct Opening {
    database: Database,
    report: mpsc::Receiver<Opened>,
    received: Option<Opened>,
    ready: Option<oneshot::Receiver<()>>,
}

impl Opening {
    /// Starts the log's thread for the database at `path`.
    pub fn start(path: PathBuf) -> Opening {
        Opening::start_after(path, || {})
    }

    /// Starts the log's thread; it does `first`, then opens the database at `path`. `main`'s
    /// boot loads the fonts this way: one thread beside the UI thread, not two, on a two-core
    /// desk PC.
    pub fn start_after(path: PathBuf, first: impl FnOnce() + Send + 'static) -> Opening {
        let (jobs, queue) = mpsc::channel::<Job>();
        let (report_sender, report) = mpsc::channel();
        let (ready_sender, ready) = oneshot::channel();
        let worker_path = path.clone();
        let spawned = thread::Builder::new()
            .name("skranke-log".into())
            .spawn(move || {
                first();
                let mut slot = open(&worker_path);
                let _ = report_sender.send(Opened::of(&slot));
                let _ = ready_sender.send(());
                serve(&mut slot, &queue);
            });
        let mut opening = Opening {
            database: Database { jobs, path },
            report,
            received: None,
            ready: Some(ready),
        };
        if let Err(error) = spawned {
            // No thread to be had: there is no log this session, and the app says why.
            opening.received = Some(Opened {
                status: Err(OpenError::Failed(StoreError::Other(error.to_string()))),
                assessments: Ok(HashMap::new()),
            });
            opening.ready = None;
        }
        opening
    }

    /// The handle, usable before the opening is done.
    pub fn database(&self) -> &Database {
        &self.database
    }

    /// True once the report can be taken without waiting.
    pub fn is_finished(&mut self) -> bool {
        if self.received.is_none() {
            self.received = self.report.try_recv().ok();
        }
        self.received.is_some()
    }

    /// Resolves once the report can be taken without waiting. Call once.
    pub fn ready(&mut self) -> impl Future<Output = ()> + Send + use<> {
        let ready = self.ready.take();
        async move {
            if let Some(ready) = ready {
                // A thread that panicked drops its sender; `finish` reports that.
                let _ = ready.await;
            }
        }
    }

    /// The handle and the report, waiting for the opening if it is not done yet.
    pub fn finish(mut self) -> (Database, Opened) {
        let opened = self
            .received
            .take()
            .or_else(|| self.report.recv().ok())
            .unwrap_or_else(|| Opened {
                status: Err(OpenError::Failed(stopped())),
                assessments: Ok(HashMap::new()),
            });
        (self.database, opened)
    }
}

/// Opens the store and purges what can no longer be undone.
fn open(path: &Path) -> Slot {
    let slot = Store::open(path);
    match &slot {
        Ok(store) => {
            // Entries deleted more than 30 days ago can no longer be undone: remove them.
            if let Err(error) = store.purge_deleted(jiff::Timestamp::now()) {
                crate::it_log::failure("store", error.code(), &error.detail());
            }
        }
        Err(error) => crate::it_log::failure("open", error.code(), &error.detail()),
    }
    slot
}

/// Runs jobs until every handle is gone. A job that panics loses only its own answer.
fn serve(slot: &mut Slot, queue: &mpsc::Receiver<Job>) {
    while let Ok(job) = queue.recv() {
        let _ = std::panic::catch_unwind(AssertUnwindSafe(|| job(slot)));
    }
}

fn stopped() -> StoreError {
    StoreError::Other("the log's thread has stopped".into())
}

/// Writes a failure to IT's log and passes it on.
fn logged<T>(result: Result<T, StoreError>) -> Result<T, StoreError> {
    if let Err(error) = &result {
        crate::it_log::failure("store", error.code(), &error.detail());
    }
    result
}

impl Database {
    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `job` on the log's thread with the open store. Without an open store the answer
    /// is [`StoreError::NotOpen`].
    pub fn write<T, F>(
        &self,
        job: F,
    ) -> impl Future<Output = Result<T, StoreError>> + Send + use<T, F>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> Result<T, StoreError> + Send + 'static,
    {
        self.with_slot(move |slot| match slot {
            Ok(store) => logged(job(store)),
            Err(_) => Err(StoreError::NotOpen),
        })
    }

    /// Runs `job` on the log's thread with the slot itself, which it may empty and fill again
    /// (a restore closes the store, replaces the file and opens it again).
    pub fn with_slot<T, F>(
        &self,
        job: F,
    ) -> impl Future<Output = Result<T, StoreError>> + Send + use<T, F>
    where
        T: Send + 'static,
        F: FnOnce(&mut Slot) -> Result<T, StoreError> + Send + 'static,
    {
        let (answer, receiver) = oneshot::channel();
        let queued = self
            .jobs
            .send(Box::new(move |slot: &mut Slot| {
                let _ = answer.send(job(slot));
            }))
            .is_ok();
        async move {
            if !queued {
                return Err(stopped());
            }
            receiver.await.unwrap_or_else(|_| Err(stopped()))
        }
    }

    /// Like [`Database::write`], waiting for the answer on this thread (for tests and
    /// command-line tools, never for the window).
    pub fn blocking<T, F>(&self, job: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> Result<T, StoreError> + Send + 'static,
    {
        let (answer, receiver) = mpsc::channel();
        let job: Job = Box::new(move |slot: &mut Slot| {
            let result = match slot {
                Ok(store) => job(store),
                Err(_) => Err(StoreError::NotOpen),
            };
            let _ = answer.send(result);
        });
        self.jobs.send(job).map_err(|_| stopped())?;
        receiver.recv().unwrap_or_else(|_| Err(stopped()))
    }

    /// Runs `job` on a thread of its own with a read-only connection, beside the writer.
    pub fn read<T, F>(
        &self,
        job: F,
    ) -> impl Future<Output = Result<T, StoreError>> + Send + use<T, F>
    where
        T: Send + 'static,
        F: FnOnce(&rusqlite::Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let path = self.path.clone();
        let (answer, receiver) = oneshot::channel();
        let spawned = thread::Builder::new()
            .name("skranke-read".into())
            .spawn(move || {
                let result = Store::open_reader(&path).and_then(|conn| job(&conn));
                let _ = answer.send(logged(result));
            });
        async move {
            if let Err(error) = spawned {
                return Err(StoreError::Other(error.to_string()));
            }
            receiver.await.unwrap_or_else(|_| Err(stopped()))
        }
    }
}

impl Database {
    /// Replaces the log with the backup at `backup`: the store is closed, the backup checked,
    /// the current file kept aside, and the log opened again, all on the log's thread, so
    /// nothing can write between. Returns where the old file went, and the reopened log.
    pub fn restore(
        &self,
        backup: PathBuf,
    ) -> impl Future<Output = Result<(Result<PathBuf, BackupError>, Opened), StoreError>> + Send + use<>
    {
        let database = self.path.clone();
        self.with_slot(move |slot| {
            // Closed first: SQLite may not hold the file while it is moved aside.
            *slot = Err(OpenError::Opening);
            let result = super::backup::restore(&backup, &database);
            if let Err(error) = &result {
                crate::it_log::failure("restore", error.code(), &error.detail());
            }
            *slot = open(&database);
            Ok((result, Opened::of(slot)))
        })
    }
}

impl Store {
    /// What a view may show about this store.
    pub fn info(&self) -> StoreInfo {
        StoreInfo {
            path: self.path().map(Path::to_path_buf),
            schema_version: self.schema_version(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block_on<F: Future>(future: F) -> F::Output {
        // A minimal executor: these futures are woken by the log's thread.
        let waker = std::task::Waker::noop();
        let mut context = std::task::Context::from_waker(waker);
        let mut future = std::pin::pin!(future);
        loop {
            if let std::task::Poll::Ready(output) = future.as_mut().poll(&mut context) {
                return output;
            }
            thread::sleep(std::time::Duration::from_millis(1));
        }
    }

    #[test]
    fn opens_on_its_own_thread_and_serves_writes_there() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("skranke.sqlite3");
        let mut opening = Opening::start(path.clone());
        block_on(opening.ready());
        assert!(opening.is_finished());
        let (database, opened) = opening.finish();
        let info = opened.status.expect("a fresh database opens");
        assert_eq!(info.path.as_deref(), Some(path.as_path()));
        assert!(opened.assessments.unwrap().is_empty());

        let entry = crate::outreach::entry::sample("2026-03-01");
        let id = entry.id;
        let thread = block_on(database.write(move |store| {
            store.save_entry(&entry)?;
            Ok(thread::current().name().map(str::to_string))
        }))
        .unwrap();
        assert_eq!(thread.as_deref(), Some("skranke-log"));
        let found = block_on(
            database
                .read(move |conn| Ok(super::super::outreach::count(conn, &Default::default())?)),
        );
        assert_eq!(found, Ok(1));
        assert!(database.blocking(move |s| s.entry(id)).unwrap().is_some());
    }

    #[test]
    fn a_file_that_is_not_a_database_is_reported_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("skranke.sqlite3");
        std::fs::write(&path, b"not a database at all, just some bytes").unwrap();
        let (database, opened) = Opening::start(path.clone()).finish();
        assert_eq!(opened.status.unwrap_err(), OpenError::NotADatabase);
        assert_eq!(
            block_on(database.write(|_| Ok(()))),
            Err(StoreError::NotOpen),
            "nothing is written without an open store"
        );
        assert_eq!(
            std::fs::read(&path).unwrap(),
            b"not a database at all, just some bytes"
        );
    }

    #[test]
    fn a_job_that_panics_loses_only_its_answer() {
        let dir = tempfile::tempdir().unwrap();
        let (database, _) = Opening::start(dir.path().join("skranke.sqlite3")).finish();
        let panicked: Result<(), StoreError> = block_on(database.write(|_| panic!("a bug")));
        assert!(matches!(panicked, Err(StoreError::Other(_))));
        assert_eq!(block_on(database.write(|_| Ok(7))), Ok(7));
    }
}
