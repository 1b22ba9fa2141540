//! Per-entry counts: how often each entry answered, and 👍/👎 votes on answers.
//! One vote per person per reply: voting again replaces that person's earlier vote.
//! Voters are kept only as a hash of (reply, user), never as a user id.

use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::corpus::atomic::write_atomic;

pub const FEEDBACK_FILE: &str = "feedback.json";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Vote {
    Helpful,
    NotHelpful,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryStats {
    pub answered: u64,
    pub helpful: u64,
    pub not_helpful: u64,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Stored {
    entries: HashMap<String, EntryStats>,
    /// voter hash -> (entry id, vote)
    votes: HashMap<String, (String, Vote)>,
}

pub struct Feedback {
    path: PathBuf,
    state: Mutex<(Stored, bool)>,
}

impl Feedback {
    pub fn open(data_dir: &Path) -> io::Result<Feedback> {
        fs::create_dir_all(data_dir)?;
        let path = data_dir.join(FEEDBACK_FILE);
        let stored = match fs::read_to_string(&path) {
            Ok(text) => serde_json::from_str(&text).unwrap_or_default(),
            Err(err) if err.kind() == io::ErrorKind::NotFound => Stored::default(),
            Err(err) => return Err(err),
        };
        Ok(Feedback {
            path,
            state: Mutex::new((stored, false)),
        })
    }

    /// Count an answer. Kept in memory until the next [`Feedback::flush`], because answers
    /// are frequent and a lost count after a crash is harmless.
    pub fn record_answer(&self, entry: &str) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        state
            .0
            .entries
            .entry(entry.to_owned())
            .or_default()
            .answered += 1;
        state.1 = true;
    }

    /// Record a vote and persist it at once. Returns false if it changed nothing (the same
    /// person pressed the same button on the same reply again).
    pub fn vote(&self, reply_id: u64, user_id: u64, entry: &str, vote: Vote) -> io::Result<bool> {
        let voter = voter_key(reply_id, user_id);
        {
            let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
            let stored = &mut state.0;
            if let Some((old_entry, old_vote)) = stored.votes.get(&voter).cloned() {
                if old_vote == vote {
                    return Ok(false);
                }
                adjust(
                    stored.entries.entry(old_entry).or_default(),
                    old_vote,
                    false,
                );
            }
            adjust(
                stored.entries.entry(entry.to_owned()).or_default(),
                vote,
                true,
            );
            stored.votes.insert(voter, (entry.to_owned(), vote));
            state.1 = true;
        }
        self.flush()?;
        Ok(true)
    }

    pub fn stats(&self) -> Vec<(String, EntryStats)> {
        let state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let mut list: Vec<(String, EntryStats)> = state
            .0
            .entries
            .iter()
            .map(|(k, v)| (k.clone(), *v))
            .collect();
        list.sort_by(|a, b| b.1.answered.cmp(&a.1.answered).then(a.0.cmp(&b.0)));
        list
    }

    /// Write the counts if they changed since the last write.
    pub fn flush(&self) -> io::Result<()> {
        let text = {
            let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
            if !state.1 {
                return Ok(());
            }
            state.1 = false;
            serde_json::to_string(&state.0)?
        };
        write_atomic(&self.path, text.as_bytes())
    }
}

fn adjust(stats: &mut EntryStats, vote: Vote, add: bool) {
    let counter = match vote {
        Vote::Helpful => &mut stats.helpful,
        Vote::NotHelpful => &mut stats.not_helpful,
    };
    *counter = if add {
        *counter + 1
    } else {
        counter.saturating_sub(1)
    };
}

fn voter_key(reply_id: u64, user_id: u64) -> String {
    let digest = Sha256::digest(format!("{reply_id}:{user_id}").as_bytes());
    digest.iter().take(12).map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_vote_per_person_per_reply_and_counts_survive_reopening() {
        let dir = tempfile::tempdir().unwrap();
        let feedback = Feedback::open(dir.path()).unwrap();
        assert!(feedback.vote(1, 7, "dosing", Vote::Helpful).unwrap());
        assert!(!feedback.vote(1, 7, "dosing", Vote::Helpful).unwrap());
        assert!(feedback.vote(1, 7, "dosing", Vote::NotHelpful).unwrap());
        assert!(feedback.vote(1, 8, "dosing", Vote::Helpful).unwrap());
        feedback.record_answer("dosing");
        feedback.flush().unwrap();
        let reopened = Feedback::open(dir.path()).unwrap();
        let stats = reopened.stats();
        assert_eq!(
            stats[0].1,
            EntryStats {
                answered: 1,
                helpful: 1,
                not_helpful: 1
            }
        );
        let text = fs::read_to_string(dir.path().join(FEEDBACK_FILE)).unwrap();
        assert!(
            !text.contains("\"7\"") && !text.contains(":7"),
            "no raw user ids: {text}"
        );
    }
}
