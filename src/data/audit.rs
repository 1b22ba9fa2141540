//! The append-only audit log: one JSON line per moderation attempt, allowed or refused.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::{Deserialize, Serialize};

pub const AUDIT_FILE: &str = "audit.jsonl";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// The change was made.
    Done,
    /// The person may not moderate.
    Refused,
    /// The change failed validation, a version check, or could not be written.
    Rejected,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    /// RFC 3339, UTC.
    pub time: String,
    /// The Discord user id of whoever tried (`cli` for changes made from the command line).
    pub moderator: String,
    pub action: String,
    pub entry: Option<String>,
    pub before: Option<String>,
    pub after: Option<String>,
    pub outcome: Outcome,
    /// Why a change was refused or rejected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

pub struct AuditLog {
    path: PathBuf,
    file: Mutex<File>,
}

impl AuditLog {
    pub fn open(data_dir: &Path) -> io::Result<AuditLog> {
        fs::create_dir_all(data_dir)?;
        let path = data_dir.join(AUDIT_FILE);
        let file = OpenOptions::new().create(true).append(true).open(&path)?;
        Ok(AuditLog {
            path,
            file: Mutex::new(file),
        })
    }

    /// Append one record and make it durable before returning.
    pub fn append(&self, record: &Record) -> io::Result<()> {
        let mut line = serde_json::to_string(record)?;
        line.push('\n');
        crate::disk::wait_on_disk(|| {
            let mut file = self.file.lock().unwrap_or_else(|e| e.into_inner());
            file.write_all(line.as_bytes())?;
            file.sync_data()
        })
    }

    /// Every record so far, oldest first. A torn last line (a crash mid-write) is skipped.
    pub fn records(&self) -> io::Result<Vec<Record>> {
        let text = fs::read_to_string(&self.path)?;
        Ok(text
            .lines()
            .filter_map(|line| serde_json::from_str(line).ok())
            .collect())
    }
}

pub fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}
