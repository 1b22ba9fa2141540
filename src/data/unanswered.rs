//! Questions the bot could not answer confidently, so moderators can teach it: the
//! active-learning loop. Stores the question text and a time, never who asked. Bounded in
//! count and age, and can be switched off in config.

use std::collections::{HashMap, VecDeque};
use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::corpus::atomic::write_atomic;
use crate::matcher::{normalize::canonical_phrase, truncate};

pub const UNANSWERED_FILE: &str = "unanswered.jsonl";
/// Longer messages are cut: a question never needs more, and the log stays small.
const MAX_QUESTION_BYTES: usize = 300;

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Asked {
    time: DateTime<Utc>,
    question: String,
}

/// One distinct question with how often it was asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frequent {
    /// The normalised form questions were grouped by.
    pub key: String,
    /// The most recent wording, as asked.
    pub question: String,
    pub count: usize,
}

pub struct UnansweredLog {
    path: PathBuf,
    max_entries: usize,
    max_age: Duration,
    kept: Mutex<Kept>,
}

struct Kept {
    /// Oldest first, at most `max_entries`.
    asked: VecDeque<Asked>,
    /// Lines in the file: at least as many, as the file is rewritten without the dropped ones
    /// only now and then (see [`UnansweredLog::record_at`]).
    file_lines: usize,
}

impl UnansweredLog {
    pub fn open(data_dir: &Path, max_entries: usize, max_age_days: u32) -> io::Result<Self> {
        fs::create_dir_all(data_dir)?;
        let path = data_dir.join(UNANSWERED_FILE);
        let asked = match fs::read_to_string(&path) {
            Ok(text) => text
                .lines()
                .filter_map(|l| serde_json::from_str(l).ok())
                .collect(),
            Err(err) if err.kind() == io::ErrorKind::NotFound => VecDeque::new(),
            Err(err) => return Err(err),
        };
        let log = UnansweredLog {
            path,
            max_entries: max_entries.max(1),
            max_age: Duration::days(i64::from(max_age_days)),
            kept: Mutex::new(Kept {
                asked,
                file_lines: 0,
            }),
        };
        log.compact(Utc::now())?;
        Ok(log)
    }

    pub fn record(&self, question: &str) -> io::Result<()> {
        self.record_at(question, Utc::now())
    }

    pub fn record_at(&self, question: &str, time: DateTime<Utc>) -> io::Result<()> {
        let question = truncate(question.trim(), MAX_QUESTION_BYTES).to_owned();
        if canonical_phrase(&question).is_empty() {
            return Ok(());
        }
        let asked = Asked { time, question };
        let line = serde_json::to_string(&asked)? + "\n";
        // The lock is held through the write, so lines reach the file in the order they are
        // kept and a rewrite never races an append. Memory is trimmed at once, but rewriting
        // the whole file for every question once the log is full would cost O(max_entries)
        // per question: the file may run a quarter over before it is compacted (opening it
        // trims it too).
        let mut kept = self.kept();
        kept.asked.push_back(asked);
        while kept.asked.len() > self.max_entries {
            kept.asked.pop_front();
        }
        kept.file_lines += 1;
        crate::disk::wait_on_disk(|| {
            OpenOptions::new()
                .create(true)
                .append(true)
                .open(&self.path)?
                .write_all(line.as_bytes())
        })?;
        if kept.file_lines > self.max_entries + self.max_entries.div_ceil(4) {
            self.rewrite(&mut kept, time)?;
        }
        Ok(())
    }

    fn kept(&self) -> std::sync::MutexGuard<'_, Kept> {
        self.kept.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The most frequent recent questions, most asked first.
    pub fn most_frequent(&self, limit: usize) -> Vec<Frequent> {
        let kept = self.kept();
        let cutoff = Utc::now() - self.max_age;
        let mut groups: HashMap<String, Frequent> = HashMap::new();
        for asked in kept.asked.iter().filter(|a| a.time >= cutoff) {
            let key = canonical_phrase(&asked.question);
            let group = groups.entry(key.clone()).or_insert(Frequent {
                key,
                question: String::new(),
                count: 0,
            });
            group.count += 1;
            group.question = asked.question.clone();
        }
        let mut list: Vec<Frequent> = groups.into_values().collect();
        list.sort_by(|a, b| b.count.cmp(&a.count).then(a.key.cmp(&b.key)));
        list.truncate(limit);
        list
    }

    /// Forget a question once a moderator has taught the bot to answer it.
    pub fn resolve(&self, key: &str) -> io::Result<()> {
        let mut kept = self.kept();
        kept.asked.retain(|a| canonical_phrase(&a.question) != key);
        self.rewrite(&mut kept, Utc::now())
    }

    /// Drop old and excess questions and rewrite the file atomically.
    fn compact(&self, now: DateTime<Utc>) -> io::Result<()> {
        self.rewrite(&mut self.kept(), now)
    }

    fn rewrite(&self, kept: &mut Kept, now: DateTime<Utc>) -> io::Result<()> {
        let cutoff = now - self.max_age;
        kept.asked.retain(|a| a.time >= cutoff);
        while kept.asked.len() > self.max_entries {
            kept.asked.pop_front();
        }
        let text: String = kept
            .asked
            .iter()
            .filter_map(|a| serde_json::to_string(a).ok())
            .map(|l| l + "\n")
            .collect();
        write_atomic(&self.path, text.as_bytes())?;
        kept.file_lines = kept.asked.len();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file_lines(dir: &Path) -> usize {
        fs::read_to_string(dir.join(UNANSWERED_FILE))
            .unwrap()
            .lines()
            .count()
    }

    fn total(log: &UnansweredLog) -> usize {
        log.most_frequent(100).iter().map(|q| q.count).sum()
    }

    /// What broke: once full, every new question rewrote (and fsynced) the whole file.
    #[test]
    fn a_full_log_appends_and_compacts_only_a_quarter_over_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let log = UnansweredLog::open(dir.path(), 4, 30).unwrap();
        for n in 0..5 {
            log.record(&format!("question number {n}")).unwrap();
        }
        assert_eq!(total(&log), 4, "memory is trimmed at once");
        assert_eq!(
            file_lines(dir.path()),
            5,
            "the fifth line was only appended"
        );
        log.record("question number 5").unwrap();
        assert_eq!(
            file_lines(dir.path()),
            4,
            "past 4 + 1 lines the file is compacted"
        );
        log.record("question number 6").unwrap();
        assert_eq!(file_lines(dir.path()), 5);

        let reopened = UnansweredLog::open(dir.path(), 4, 30).unwrap();
        assert_eq!(file_lines(dir.path()), 4, "opening trims the file");
        let kept: Vec<String> = reopened
            .most_frequent(10)
            .into_iter()
            .map(|q| q.question)
            .collect();
        assert_eq!(kept.len(), 4);
        assert!(
            kept.iter().all(|q| q.as_str() >= "question number 3"),
            "the newest four are kept: {kept:?}"
        );
    }
}
