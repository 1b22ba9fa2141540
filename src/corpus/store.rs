//! Versioned, validated, crash-safe changes to the corpus on disk.
//!
//! Every change is checked with the same rules as `faqbot check` before it touches the disk,
//! written with [`write_atomic`], and refused when the file changed since the editor read it
//! (optimistic concurrency: two moderators editing one entry cannot silently overwrite).

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use sha2::{Digest, Sha256};

use super::atomic::{remove_leftover_temps, rename_durably, write_atomic};
use super::{validate, Corpus, Entry, Problem};

/// Where removed entries are kept, recoverable, inside the corpus directory.
pub const REMOVED_DIR: &str = ".removed";

/// A content hash of an entry file: what an edit started from.
pub type Version = String;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the entry has problems: {}", list(.0))]
    Invalid(Vec<Problem>),
    #[error("entry {id:?} changed since you opened it; reload it and make your edit again")]
    Conflict { id: String },
    #[error("there is no entry {0:?}")]
    NotFound(String),
    #[error("an entry {0:?} already exists")]
    AlreadyExists(String),
    #[error("there is no removed entry {0:?} to restore")]
    NothingToRestore(String),
    #[error("the corpus files could not be read or written: {0}")]
    Io(#[from] io::Error),
}

fn list(problems: &[Problem]) -> String {
    problems
        .iter()
        .map(|p| format!("`{}` {}", p.field, p.message))
        .collect::<Vec<_>>()
        .join("; ")
}

/// What a successful change did, for the audit log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub id: String,
    pub before: Option<Version>,
    pub after: Option<Version>,
}

pub struct Store {
    dir: PathBuf,
    /// Serialises writers in this process, so check-then-write is atomic among them.
    writer: Mutex<()>,
}

impl Store {
    pub fn open(dir: &Path) -> io::Result<Store> {
        remove_leftover_temps(dir)?;
        Ok(Store {
            dir: dir.to_path_buf(),
            writer: Mutex::new(()),
        })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn path_of(&self, id: &str) -> PathBuf {
        self.dir.join(format!("{id}.toml"))
    }

    /// The entry as stored now, with its version.
    pub fn read(&self, id: &str) -> Result<Option<(Entry, Version)>, StoreError> {
        let path = self.path_of(id);
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(None),
            Err(err) => return Err(err.into()),
        };
        let text = String::from_utf8_lossy(&bytes);
        let entry = super::parse_entry(&path, &text).map_err(|p| StoreError::Invalid(vec![p]))?;
        Ok(Some((entry, version_of(&bytes))))
    }

    /// Save a new entry. Fails if one with that id exists.
    pub fn create(&self, entry: &Entry) -> Result<Change, StoreError> {
        let _guard = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        if self.current_version(&entry.id)?.is_some() {
            return Err(StoreError::AlreadyExists(entry.id.clone()));
        }
        self.write_validated(entry, None)
    }

    /// Replace an entry, only if it is still at `expected` (the version the edit began from).
    pub fn update(&self, entry: &Entry, expected: &str) -> Result<Change, StoreError> {
        let _guard = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        let current = self
            .current_version(&entry.id)?
            .ok_or_else(|| StoreError::NotFound(entry.id.clone()))?;
        if current != expected {
            return Err(StoreError::Conflict {
                id: entry.id.clone(),
            });
        }
        self.write_validated(entry, Some(current))
    }

    /// Move an entry to `.removed/`, from where [`Store::restore`] can bring it back.
    pub fn remove(&self, id: &str, expected: Option<&str>) -> Result<Change, StoreError> {
        let _guard = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        let current = self
            .current_version(id)?
            .ok_or_else(|| StoreError::NotFound(id.to_owned()))?;
        if expected.is_some_and(|v| v != current) {
            return Err(StoreError::Conflict { id: id.to_owned() });
        }
        let removed_dir = self.dir.join(REMOVED_DIR);
        fs::create_dir_all(&removed_dir)?;
        rename_durably(&self.path_of(id), &removed_dir.join(format!("{id}.toml")))?;
        Ok(Change {
            id: id.to_owned(),
            before: Some(current),
            after: None,
        })
    }

    /// Bring back the last removed version of an entry, if no entry has taken its id since.
    pub fn restore(&self, id: &str) -> Result<Change, StoreError> {
        let _guard = self.writer.lock().unwrap_or_else(|e| e.into_inner());
        if self.current_version(id)?.is_some() {
            return Err(StoreError::AlreadyExists(id.to_owned()));
        }
        let kept = self.dir.join(REMOVED_DIR).join(format!("{id}.toml"));
        let bytes = match fs::read(&kept) {
            Ok(bytes) => bytes,
            Err(err) if err.kind() == io::ErrorKind::NotFound => {
                return Err(StoreError::NothingToRestore(id.to_owned()))
            }
            Err(err) => return Err(err.into()),
        };
        let entry = super::parse_entry(&kept, &String::from_utf8_lossy(&bytes))
            .map_err(|p| StoreError::Invalid(vec![p]))?;
        let change = self.write_validated(&entry, None)?;
        fs::remove_file(&kept)?;
        Ok(change)
    }

    /// Ids of removed entries that can be restored.
    pub fn removed_ids(&self) -> Vec<String> {
        let Ok(items) = fs::read_dir(self.dir.join(REMOVED_DIR)) else {
            return Vec::new();
        };
        let mut ids: Vec<String> = items
            .filter_map(|item| item.ok()?.path().file_stem()?.to_str().map(str::to_owned))
            .collect();
        ids.sort();
        ids
    }

    fn current_version(&self, id: &str) -> Result<Option<Version>, StoreError> {
        match fs::read(self.path_of(id)) {
            Ok(bytes) => Ok(Some(version_of(&bytes))),
            Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(err) => Err(err.into()),
        }
    }

    /// Check the entry against the rest of the corpus as it is on disk, then write it.
    fn write_validated(
        &self,
        entry: &Entry,
        before: Option<Version>,
    ) -> Result<Change, StoreError> {
        let path = self.path_of(&entry.id);
        let problems = self.problems_with(entry, &path);
        if !problems.is_empty() {
            return Err(StoreError::Invalid(problems));
        }
        let text = entry.to_toml();
        write_atomic(&path, text.as_bytes())?;
        Ok(Change {
            id: entry.id.clone(),
            before,
            after: Some(version_of(text.as_bytes())),
        })
    }

    /// The problems `check` would report for this entry once saved. Problems other files
    /// already have are not the editor's to fix, so they do not block the save.
    fn problems_with(&self, entry: &Entry, path: &Path) -> Vec<Problem> {
        let (corpus, _) = Corpus::read(&self.dir);
        let mut files: Vec<(PathBuf, Entry)> = corpus
            .entries
            .into_iter()
            .filter(|other| other.id != entry.id)
            .map(|other| (self.path_of(&other.id), other))
            .collect();
        files.push((path.to_path_buf(), entry.clone()));
        validate::validate_all(&files)
            .into_iter()
            .filter(|problem| problem.file == path)
            .collect()
    }
}

pub fn version_of(bytes: &[u8]) -> Version {
    let digest = Sha256::digest(bytes);
    digest.iter().take(12).map(|b| format!("{b:02x}")).collect()
}
