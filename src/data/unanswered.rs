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
    asked: Mutex<VecDeque<Asked>>,
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
            asked: Mutex::new(asked),
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
        let over = {
            let mut all = self.asked.lock().unwrap_or_else(|e| e.into_inner());
            all.push_back(asked);
            all.len() > self.max_entries
        };
        OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)?
            .write_all(line.as_bytes())?;
        if over {
            self.compact(time)?;
        }
        Ok(())
    }

    /// The most frequent recent questions, most asked first.
    pub fn most_frequent(&self, limit: usize) -> Vec<Frequent> {
        let all = self.asked.lock().unwrap_or_else(|e| e.into_inner());
        let cutoff = Utc::now() - self.max_age;
        let mut groups: HashMap<String, Frequent> = HashMap::new();
        for asked in all.iter().filter(|a| a.time >= cutoff) {
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
        self.asked
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .retain(|a| canonical_phrase(&a.question) != key);
        self.compact(Utc::now())
    }

    /// Drop old and excess questions and rewrite the file atomically.
    fn compact(&self, now: DateTime<Utc>) -> io::Result<()> {
        let text = {
            let mut all = self.asked.lock().unwrap_or_else(|e| e.into_inner());
            let cutoff = now - self.max_age;
            all.retain(|a| a.time >= cutoff);
            while all.len() > self.max_entries {
                all.pop_front();
            }
            all.iter()
                .filter_map(|a| serde_json::to_string(a).ok())
                .map(|l| l + "\n")
                .collect::<String>()
        };
        write_atomic(&self.path, text.as_bytes())
    }
}
