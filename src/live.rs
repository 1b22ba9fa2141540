//! The corpus the bot is serving right now, swapped atomically when it changes on disk.
//!
//! Readers take a snapshot (`load()`) and never wait on a writer. A reload builds a whole new
//! [`Faq`] first; only a corpus that passes every check replaces the old one, so a broken
//! file dropped into `faq/` leaves the last good corpus answering.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use arc_swap::ArcSwap;
use notify::{RecursiveMode, Watcher};
use tracing::{info, warn};

use crate::corpus::{Corpus, Invalid};
use crate::faq::Faq;
use crate::matcher::Thresholds;

/// File events come in bursts (an editor writes, renames, touches); one reload per burst.
const DEBOUNCE: Duration = Duration::from_millis(200);

pub struct LiveFaq {
    faq: Arc<ArcSwap<Faq>>,
    dir: PathBuf,
    thresholds: Thresholds,
    /// One reload at a time, so an older corpus can never be swapped in after a newer one.
    reloading: Mutex<()>,
}

impl LiveFaq {
    pub fn load(dir: &Path, thresholds: Thresholds) -> Result<LiveFaq, Invalid> {
        let corpus = Corpus::load(dir)?;
        Ok(LiveFaq {
            faq: Arc::new(ArcSwap::from_pointee(Faq::new(corpus, thresholds))),
            dir: dir.to_path_buf(),
            thresholds,
            reloading: Mutex::new(()),
        })
    }

    /// The shared handle the front ends read from.
    pub fn handle(&self) -> Arc<ArcSwap<Faq>> {
        Arc::clone(&self.faq)
    }

    pub fn current(&self) -> Arc<Faq> {
        self.faq.load_full()
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Re-read the corpus; swap it in if valid, else keep serving the old one.
    pub fn reload(&self) -> Result<usize, Invalid> {
        let _one_at_a_time = self.reloading.lock().unwrap_or_else(|e| e.into_inner());
        match Corpus::load(&self.dir) {
            Ok(corpus) => {
                let count = corpus.entries.len();
                self.faq.store(Arc::new(Faq::new(corpus, self.thresholds)));
                info!(entries = count, "corpus reloaded");
                Ok(count)
            }
            Err(invalid) => {
                for problem in &invalid.0 {
                    warn!(file = %problem.file.display(), field = %problem.field,
                          problem = %problem.message, "corpus change refused; still serving the last good corpus");
                }
                Err(invalid)
            }
        }
    }

    /// Reload whenever files in the corpus directory change. Watching stops when the
    /// returned watcher is dropped.
    pub fn watch(self: &Arc<Self>) -> notify::Result<notify::RecommendedWatcher> {
        let (events, bursts) = mpsc::channel::<()>();
        let mut watcher =
            notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
                if event.is_ok_and(|e| !e.kind.is_access()) {
                    let _ = events.send(());
                }
            })?;
        watcher.watch(&self.dir, RecursiveMode::NonRecursive)?;
        let live = Arc::clone(self);
        std::thread::Builder::new()
            .name("faq-watch".into())
            .spawn(move || {
                while bursts.recv().is_ok() {
                    while bursts.recv_timeout(DEBOUNCE).is_ok() {}
                    let _ = live.reload();
                }
            })
            .map_err(|err| notify::Error::generic(&err.to_string()))?;
        Ok(watcher)
    }
}
