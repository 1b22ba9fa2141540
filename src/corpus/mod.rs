//! The curated corpus: entries on disk, their validation, and loading.

pub mod atomic;
mod entry;
pub mod store;
mod validate;
mod vocabulary;

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

pub use entry::{Entry, Source};
pub use store::{Change, Store, StoreError, Version};
pub use validate::{validate_entry_alone, Problem, DISCORD_MESSAGE_LIMIT};
pub use vocabulary::{SynonymGroup, Vocabulary, VOCABULARY_FILE};

/// A loaded, validated corpus.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Corpus {
    pub entries: Vec<Entry>,
    pub vocabulary: Vocabulary,
}

/// Why a corpus could not be loaded: every problem found, each naming its file and field.
#[derive(Debug)]
pub struct Invalid(pub Vec<Problem>);

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "the corpus has {} problem(s):", self.0.len())?;
        for problem in &self.0 {
            writeln!(f, "  {problem}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Invalid {}

impl Corpus {
    /// Read and validate every entry in `dir`. Refuses the whole corpus if any file is bad,
    /// so a half-broken corpus is never served.
    pub fn load(dir: &Path) -> Result<Corpus, Invalid> {
        let (corpus, problems) = Self::read(dir);
        if problems.is_empty() {
            Ok(corpus)
        } else {
            Err(Invalid(problems))
        }
    }

    /// Read what can be read, and report every problem found along the way.
    pub fn read(dir: &Path) -> (Corpus, Vec<Problem>) {
        let mut problems = Vec::new();
        let mut files = match entry_files(dir) {
            Ok(files) => files,
            Err(err) => {
                let problem = Problem::new(dir, "(directory)", format!("cannot be read: {err}"));
                return (Corpus::default(), vec![problem]);
            }
        };
        files.sort();
        let mut loaded = Vec::new();
        for path in files {
            match read_entry(&path) {
                Ok(entry) => loaded.push((path, entry)),
                Err(problem) => problems.push(problem),
            }
        }
        let vocabulary = read_vocabulary(dir, &mut problems);
        problems.extend(validate::validate_all(&loaded));
        problems.extend(validate::validate_vocabulary(
            &dir.join(VOCABULARY_FILE),
            &vocabulary,
        ));
        let entries = loaded.into_iter().map(|(_, entry)| entry).collect();
        (
            Corpus {
                entries,
                vocabulary,
            },
            problems,
        )
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }
}

/// The `*.toml` files of `dir` that hold entries (not hidden, not `_`-prefixed).
pub fn entry_files(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for item in fs::read_dir(dir)? {
        let path = item?.path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let is_entry = path.extension().is_some_and(|ext| ext == "toml")
            && !name.starts_with('.')
            && !name.starts_with('_')
            && path.is_file();
        if is_entry {
            files.push(path);
        }
    }
    Ok(files)
}

/// Parse one entry file. Parse errors name the file and, where TOML says, the field.
pub fn read_entry(path: &Path) -> Result<Entry, Problem> {
    let text = fs::read_to_string(path)
        .map_err(|err| Problem::new(path, "(file)", format!("cannot be read: {err}")))?;
    parse_entry(path, &text)
}

pub fn parse_entry(path: &Path, text: &str) -> Result<Entry, Problem> {
    toml::from_str::<Entry>(text).map_err(|err| {
        let message = err.message().to_owned();
        let field = field_named_in(&message).unwrap_or_else(|| "(file)".to_owned());
        let line = err
            .span()
            .map(|span| format!(" (line {})", text[..span.start].lines().count().max(1)))
            .unwrap_or_default();
        Problem::new(path, &field, format!("is not valid TOML: {message}{line}"))
    })
}

/// serde names a field in backquotes: "missing field `answer`".
fn field_named_in(message: &str) -> Option<String> {
    let start = message.find('`')? + 1;
    let end = start + message[start..].find('`')?;
    Some(message[start..end].to_owned())
}

fn read_vocabulary(dir: &Path, problems: &mut Vec<Problem>) -> Vocabulary {
    let path = dir.join(VOCABULARY_FILE);
    let Ok(text) = fs::read_to_string(&path) else {
        return Vocabulary::default();
    };
    Vocabulary::parse(&text).unwrap_or_else(|err| {
        problems.push(Problem::new(
            &path,
            "synonyms",
            format!("is not valid TOML: {}", err.message()),
        ));
        Vocabulary::default()
    })
}
