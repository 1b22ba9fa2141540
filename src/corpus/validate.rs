//! The rules `faqbot check` enforces, shared with every other way an entry can change.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};

use super::entry::Entry;
use super::vocabulary::Vocabulary;
use crate::matcher::normalize::canonical_phrase;
use crate::reply::Reply;

/// Discord's limit for one message's text. An answer, with its question, sources and the
/// disclaimer, must fit in one message so it is never split or cut.
pub const DISCORD_MESSAGE_LIMIT: usize = 2_000;
/// Discord's limit for an embed title, where the canonical question is shown.
const QUESTION_MAX_CHARS: usize = 256;
/// Discord's limit for an autocomplete choice or button label is 100; alternates are only
/// matched, but a phrasing longer than a few sentences is a pasted answer, not a question.
const ALTERNATE_MAX_CHARS: usize = 300;
const ID_MAX_CHARS: usize = 64;

/// One thing wrong with the corpus, naming the file and the field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: PathBuf,
    pub field: String,
    pub message: String,
}

impl Problem {
    pub fn new(file: &Path, field: &str, message: impl Into<String>) -> Self {
        Problem {
            file: file.to_path_buf(),
            field: field.to_owned(),
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: `{}` {}",
            self.file.display(),
            self.field,
            self.message
        )
    }
}

/// Every rule that concerns the whole corpus, plus each entry's own rules.
pub fn validate_all(files: &[(PathBuf, Entry)]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut ids: HashMap<&str, &Path> = HashMap::new();
    let mut phrasings: HashMap<String, (&str, &Path)> = HashMap::new();
    for (path, entry) in files {
        problems.extend(validate_entry_alone(path, entry));
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        if stem != entry.id {
            problems.push(Problem::new(
                path,
                "id",
                format!(
                    "is {:?} but the file is named {stem:?}.toml; they must match",
                    entry.id
                ),
            ));
        }
        if let Some(other) = ids.insert(&entry.id, path) {
            let message = format!("{:?} is also used by {}", entry.id, other.display());
            problems.push(Problem::new(path, "id", message));
        }
        for (field, text) in phrasing_fields(entry) {
            let key = canonical_phrase(text);
            if key.is_empty() {
                continue;
            }
            match phrasings.get(&key) {
                Some((other_id, other_path)) if *other_id != entry.id => {
                    let message = format!(
                        "{text:?} is the same question as one in {} (entry {other_id:?})",
                        other_path.display()
                    );
                    problems.push(Problem::new(path, field, message));
                }
                Some(_) => {}
                None => {
                    phrasings.insert(key, (&entry.id, path));
                }
            }
        }
    }
    problems
}

fn phrasing_fields(entry: &Entry) -> impl Iterator<Item = (&'static str, &str)> {
    std::iter::once(("question", entry.question.as_str()))
        .chain(entry.alternates.iter().map(|a| ("alternates", a.as_str())))
}

/// The rules one entry must pass on its own (used for edits before they are saved).
pub fn validate_entry_alone(path: &Path, entry: &Entry) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut problem =
        |field: &str, message: String| problems.push(Problem::new(path, field, message));
    if !is_slug(&entry.id) {
        problem(
            "id",
            format!(
                "{:?} must be 1-{ID_MAX_CHARS} lowercase letters, digits and single hyphens",
                entry.id
            ),
        );
    }
    for (field, text) in text_fields(entry) {
        if text.trim().is_empty() {
            problem(field, "is empty".to_owned());
        }
        if let Some(found) = mention_in(text) {
            problem(
                field,
                format!("contains {found:?}, which could ping people"),
            );
        }
        let allowed_controls: &[char] = if field == "answer" {
            &['\n', '\t']
        } else {
            &[]
        };
        if text
            .chars()
            .any(|c| c.is_control() && !allowed_controls.contains(&c))
        {
            problem(field, "contains control characters".to_owned());
        }
    }
    if entry.question.chars().count() > QUESTION_MAX_CHARS {
        problem(
            "question",
            format!("is longer than {QUESTION_MAX_CHARS} characters"),
        );
    }
    if entry
        .alternates
        .iter()
        .any(|a| a.chars().count() > ALTERNATE_MAX_CHARS)
    {
        problem(
            "alternates",
            format!("has one longer than {ALTERNATE_MAX_CHARS} characters"),
        );
    }
    let rendered = Reply::answer(entry).to_text().chars().count();
    if rendered > DISCORD_MESSAGE_LIMIT {
        problem(
            "answer",
            format!(
                "is too long: with its question, sources and disclaimer the reply is {rendered} \
                 characters, over Discord's {DISCORD_MESSAGE_LIMIT}"
            ),
        );
    }
    if entry.sources.is_empty() {
        problem(
            "sources",
            "is missing: every entry needs at least one source".to_owned(),
        );
    }
    for source in &entry.sources {
        match &source.url {
            Some(url) if !is_https_url(url) => {
                problem("sources.url", format!("{url:?} is not an https:// URL"))
            }
            _ => {}
        }
    }
    if !is_valid_date(&entry.reviewed) {
        problem(
            "reviewed",
            format!("{:?} is not a date in the form YYYY-MM-DD", entry.reviewed),
        );
    }
    problems
}

/// Every free-text field of an entry, with the name `check` reports it under.
fn text_fields(entry: &Entry) -> Vec<(&'static str, &str)> {
    let mut fields = vec![
        ("id", entry.id.as_str()),
        ("question", entry.question.as_str()),
        ("answer", entry.answer.as_str()),
        ("reviewed", entry.reviewed.as_str()),
    ];
    fields.extend(entry.alternates.iter().map(|a| ("alternates", a.as_str())));
    fields.extend(entry.tags.iter().map(|t| ("tags", t.as_str())));
    fields.extend(
        entry
            .scope_words
            .iter()
            .map(|w| ("scope_words", w.as_str())),
    );
    for source in &entry.sources {
        fields.push(("sources.title", source.title.as_str()));
        fields.push(("sources.publisher", source.publisher.as_str()));
        if let Some(url) = &source.url {
            fields.push(("sources.url", url.as_str()));
        }
    }
    fields
}

pub fn validate_vocabulary(path: &Path, vocabulary: &Vocabulary) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for (group_no, group) in vocabulary.synonyms.iter().enumerate() {
        if group.terms.len() < 2 {
            let message = format!("group {} needs at least two terms", group_no + 1);
            problems.push(Problem::new(path, "synonyms.terms", message));
        }
        for term in &group.terms {
            let key = canonical_phrase(term);
            if key.is_empty() || mention_in(term).is_some() {
                let message = format!("{term:?} in group {} is empty or unsafe", group_no + 1);
                problems.push(Problem::new(path, "synonyms.terms", message));
            } else if let Some(other) = seen.insert(key, group_no).filter(|&g| g != group_no) {
                let message = format!(
                    "{term:?} is in group {} and group {}; a term may mean only one thing",
                    other + 1,
                    group_no + 1
                );
                problems.push(Problem::new(path, "synonyms.terms", message));
            }
        }
    }
    problems
}

/// `@everyone`, `@here`, or user, role, channel or command mention syntax.
pub fn mention_in(text: &str) -> Option<&'static str> {
    ["@everyone", "@here", "<@", "<#", "</"]
        .into_iter()
        .find(|pattern| text.contains(pattern))
}

fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= ID_MAX_CHARS
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_https_url(url: &str) -> bool {
    url.strip_prefix("https://").is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty() && !url.contains(char::is_whitespace)
    })
}

/// A real calendar date written as `YYYY-MM-DD`.
pub fn is_valid_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts.as_slice() else {
        return false;
    };
    let digits = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(year, 4) || !digits(month, 2) || !digits(day, 2) {
        return false;
    }
    let (year, month, day): (u32, u32, u32) = (
        year.parse().unwrap(),
        month.parse().unwrap(),
        day.parse().unwrap(),
    );
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days_in_month).contains(&day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert!(is_valid_date("2024-02-29"));
        assert!(!is_valid_date("2023-02-29"));
        assert!(!is_valid_date("2024-13-01"));
        assert!(!is_valid_date("2024-1-01"));
        assert!(!is_valid_date("yesterday"));
    }

    #[test]
    fn slugs() {
        assert!(is_slug("cancer-risk"));
        assert!(!is_slug("Cancer"));
        assert!(!is_slug("a--b"));
        assert!(!is_slug("-a"));
        assert!(!is_slug(""));
    }

    #[test]
    fn urls() {
        assert!(is_https_url("https://www.fda.gov/x"));
        assert!(!is_https_url("http://www.fda.gov/x"));
        assert!(!is_https_url("https://"));
        assert!(!is_https_url("https://a b"));
    }
}
