//! Opening the log on its own thread, so the window never waits for it.
//!
//! Opening checks the file (`PRAGMA quick_check`), migrates it, reads the unit's
//! self-assessment and purges entries deleted more than 30 days ago. On a fresh desk that takes
//! a few milliseconds; on a desk with a million entries about a second, which the window used
//! to wait for before it appeared. The app's boot starts the thread (it loads the fonts first),
//! the app starts with the log "opening", and takes the store when the thread is done.

use crate::store::assessment::Assessment;
use crate::store::{OpenError, Store};
use iced::futures::channel::oneshot;
use std::collections::HashMap;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::thread::{self, JoinHandle};

/// The store and what the app reads from it at start.
pub struct Opened {
    pub store: Result<Store, OpenError>,
    /// The unit's current self-assessment, or why it could not be read.
    pub assessments: Result<HashMap<String, Assessment>, String>,
}

impl Opened {
    /// Opens the store at `path` on the calling thread.
    pub fn now(path: &Path) -> Opened {
        let store = Store::open(path);
        let assessments = match &store {
            Ok(store) => store.assessments().map_err(|error| error.to_string()),
            Err(_) => Ok(HashMap::new()),
        };
        if let Ok(store) = &store {
            // Entries deleted more than 30 days ago can no longer be undone: remove them.
            let _ = store.purge_deleted(jiff::Timestamp::now());
        }
        Opened { store, assessments }
    }
}

/// A store being opened on its own thread.
pub struct Opening {
    worker: Result<JoinHandle<Opened>, PathBuf>,
    ready: Option<oneshot::Receiver<()>>,
}

impl Opening {
    /// Starts opening the store at `path`.
    pub fn start(path: PathBuf) -> Opening {
        Opening::start_after(path, || {})
    }

    /// Starts a thread that does `first`, then opens the store at `path`. `main`'s boot loads
    /// the fonts this way: one thread beside the UI thread, not two, on a two-core desk PC.
    pub fn start_after(path: PathBuf, first: impl FnOnce() + Send + 'static) -> Opening {
        let (done, ready) = oneshot::channel();
        let worker = {
            let path = path.clone();
            thread::Builder::new()
                .name("skranke-start".into())
                .spawn(move || {
                    first();
                    let opened = Opened::now(&path);
                    let _ = done.send(());
                    opened
                })
        };
        match worker {
            Ok(handle) => Opening {
                worker: Ok(handle),
                ready: Some(ready),
            },
            // No thread to be had: open on the UI thread when the store is first wanted.
            Err(_) => Opening {
                worker: Err(path),
                ready: None,
            },
        }
    }

    /// True if the store can be taken without waiting.
    pub fn is_finished(&self) -> bool {
        match &self.worker {
            Ok(handle) => handle.is_finished(),
            Err(_) => false,
        }
    }

    /// Resolves once the store can be taken without waiting. Call once.
    pub fn ready(&mut self) -> impl Future<Output = ()> + use<> {
        let ready = self.ready.take();
        async move {
            if let Some(ready) = ready {
                // A worker that panicked drops its sender; `finish` reports that.
                let _ = ready.await;
            }
        }
    }

    /// The opened store, waiting for the thread if it is not done yet.
    pub fn finish(self) -> Opened {
        match self.worker {
            Ok(handle) => handle.join().unwrap_or_else(|_| Opened {
                store: Err(OpenError::Unavailable(
                    "opening the database stopped with an internal error".into(),
                )),
                assessments: Ok(HashMap::new()),
            }),
            Err(path) => Opened::now(&path),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opens_on_its_own_thread_and_hands_over_the_store() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("skranke.sqlite3");
        let mut opening = Opening::start(path.clone());
        iced::futures::executor::block_on(opening.ready());
        let opened = opening.finish();
        let store = opened.store.expect("a fresh database opens");
        assert_eq!(store.path(), Some(path.as_path()));
        assert!(opened.assessments.unwrap().is_empty());
    }

    #[test]
    fn a_file_that_is_not_a_database_is_reported_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("skranke.sqlite3");
        std::fs::write(&path, b"not a database at all, just some bytes").unwrap();
        let opened = Opening::start(path.clone()).finish();
        assert_eq!(opened.store.unwrap_err(), OpenError::NotADatabase);
        assert_eq!(
            std::fs::read(&path).unwrap(),
            b"not a database at all, just some bytes"
        );
    }
}
