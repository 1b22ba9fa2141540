//! Moderator work in progress between two interactions (a form and its submit, a removal and
//! its confirmation), kept in memory under a nonce. Lost on restart, which only means the
//! moderator runs the command again; bounded in age and number so it cannot grow forever.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use sha2::{Digest, Sha256};

use crate::corpus::Version;
use crate::moderation::Draft;

/// A form left open longer than this is forgotten.
const MAX_AGE: Duration = Duration::from_secs(2 * 60 * 60);
const MAX_ITEMS: usize = 1_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormKind {
    Add,
    /// An edit, checked against the version shown when the form opened.
    Edit {
        id: String,
        version: Version,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    pub kind: FormKind,
    pub draft: Draft,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    Form(Form),
    Remove {
        id: String,
        version: Version,
    },
    /// An unanswered question a moderator may turn into an entry or an alias.
    Question(String),
}

pub struct PendingStore {
    items: Mutex<HashMap<String, (Instant, Pending)>>,
    seed: u64,
    counter: AtomicU64,
}

impl Default for PendingStore {
    fn default() -> Self {
        let seed = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        PendingStore {
            items: Mutex::default(),
            seed,
            counter: AtomicU64::new(0),
        }
    }
}

impl PendingStore {
    /// Keep `pending` and return its new nonce.
    pub fn insert(&self, pending: Pending) -> String {
        let count = self.counter.fetch_add(1, Ordering::Relaxed);
        let digest = Sha256::digest(format!("{}:{count}", self.seed).as_bytes());
        let nonce: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
        self.put(&nonce, pending);
        nonce
    }

    /// Replace what a nonce holds (a rejected form keeps the moderator's latest text).
    pub fn put(&self, nonce: &str, pending: Pending) {
        let now = Instant::now();
        let mut items = self.items.lock().unwrap_or_else(|e| e.into_inner());
        items.retain(|_, (at, _)| now.duration_since(*at) < MAX_AGE);
        if items.len() >= MAX_ITEMS {
            let oldest = items.iter().min_by_key(|(_, (at, _))| *at);
            if let Some(oldest) = oldest.map(|(key, _)| key.clone()) {
                items.remove(&oldest);
            }
        }
        items.insert(nonce.to_owned(), (now, pending));
    }

    pub fn get(&self, nonce: &str) -> Option<Pending> {
        let items = self.items.lock().unwrap_or_else(|e| e.into_inner());
        let (at, pending) = items.get(nonce)?;
        (at.elapsed() < MAX_AGE).then(|| pending.clone())
    }

    pub fn remove(&self, nonce: &str) {
        self.items
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(nonce);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nonces_are_distinct_and_hold_their_work() {
        let store = PendingStore::default();
        let a = store.insert(Pending::Question("a".into()));
        let b = store.insert(Pending::Question("b".into()));
        assert_ne!(a, b);
        assert_eq!(store.get(&b), Some(Pending::Question("b".into())));
        store.remove(&b);
        assert_eq!(store.get(&b), None);
        assert!(a.len() == 16 && a.bytes().all(|c| c.is_ascii_hexdigit()));
    }
}
