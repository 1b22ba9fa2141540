//! Shared test helpers.

use std::path::{Path, PathBuf};
use std::sync::Once;

use faqbot::corpus::Corpus;
use faqbot::faq::Faq;
use faqbot::matcher::Thresholds;

pub fn repo_path(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

/// The rows of a review file under `tests/data`: `N` tab-separated fields per line (the last
/// takes the rest of the line), skipping blank lines and `#` comments.
pub fn review_rows<const N: usize>(file: &str) -> Vec<[String; N]> {
    let text = std::fs::read_to_string(repo_path(file)).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|line| {
            let fields: Vec<String> = line.splitn(N, '\t').map(str::to_owned).collect();
            fields
                .try_into()
                .unwrap_or_else(|_| panic!("a line needs {N} tab-separated fields: {line:?}"))
        })
        .collect()
}

/// Logs appear only when TEST_LOG is set, so a passing run stays quiet.
pub fn init_test_logs() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        if std::env::var_os("TEST_LOG").is_some() {
            faqbot::telemetry::init("debug", "pretty");
        }
    });
}

/// The shipped corpus with the default thresholds.
pub fn shipped_faq() -> Faq {
    init_test_logs();
    let corpus = Corpus::load(&repo_path("faq")).expect("the shipped corpus is valid");
    Faq::new(corpus, Thresholds::default())
}

/// Copy the shipped corpus into a fresh temporary directory that a test may break.
pub fn corpus_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for item in std::fs::read_dir(repo_path("faq")).unwrap() {
        let path = item.unwrap().path();
        if path.is_file() {
            std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
        }
    }
    dir
}
