//! Crash-safe file replacement: a reader, or a process restarted after a crash at any
//! instant, sees either the whole old file or the whole new one, never a torn mix.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

/// Write `bytes` to `path` through a temporary file in the same directory: write, fsync the
/// file, rename over the target (atomic on POSIX), then fsync the directory so the rename
/// itself survives a power cut.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    crate::disk::wait_on_disk(|| write_atomic_here(path, bytes))
}

fn write_atomic_here(path: &Path, bytes: &[u8]) -> io::Result<()> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let dir = parent_of(path);
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let temp = dir.join(format!(
        ".{name}.tmp-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let result = (|| {
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&temp, path)?;
        sync_dir(dir)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Move a file atomically and make both directory entries durable.
pub fn rename_durably(from: &Path, to: &Path) -> io::Result<()> {
    crate::disk::wait_on_disk(|| {
        fs::rename(from, to)?;
        sync_dir(parent_of(to))?;
        sync_dir(parent_of(from))
    })
}

pub fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// Remove temporary files a crash left behind (they are hidden, so loading skips them).
pub fn remove_leftover_temps(dir: &Path) -> io::Result<usize> {
    let mut removed = 0;
    for item in fs::read_dir(dir)? {
        let path = item?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        if name.starts_with('.') && name.contains(".tmp-") && path.is_file() {
            fs::remove_file(&path)?;
            removed += 1;
        }
    }
    Ok(removed)
}

fn parent_of(path: &Path) -> &Path {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_whole_file_and_leaves_no_temp() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.toml");
        write_atomic(&path, b"old").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn leftover_temps_are_cleaned() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(".a.toml.tmp-1-0"), b"torn").unwrap();
        fs::write(dir.path().join("a.toml"), b"kept").unwrap();
        assert_eq!(remove_leftover_temps(dir.path()).unwrap(), 1);
        assert!(dir.path().join("a.toml").exists());
    }
}
