//! The entry model: one curated question and its sourced answer.

use serde::{Deserialize, Serialize};

/// Where an answer's facts come from. Every entry names at least one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub publisher: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// One FAQ entry, as stored in `faq/<id>.toml`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub id: String,
    pub question: String,
    #[serde(default)]
    pub alternates: Vec<String>,
    pub answer: String,
    #[serde(default)]
    pub sources: Vec<Source>,
    pub reviewed: String,
    #[serde(default)]
    pub tags: Vec<String>,
    /// Words a question must use (synonyms count) for this entry to answer it outright.
    /// Empty for most entries. Set where a question can share every word with the entry
    /// yet ask something else: "can i drive after botox" shares "drive" with the entry on
    /// dizziness but does not ask about dizziness, so that entry lists "dizzy".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scope_words: Vec<String>,
}

impl Entry {
    /// The canonical question followed by every alternate phrasing.
    pub fn phrasings(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.question.as_str()).chain(self.alternates.iter().map(String::as_str))
    }

    /// Every text the entry holds: its phrasings, then its answer.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.phrasings()
            .chain(std::iter::once(self.answer.as_str()))
    }

    /// Serialise back to the TOML file format.
    pub fn to_toml(&self) -> String {
        toml::to_string_pretty(self).expect("an entry always serialises to TOML")
    }
}

impl Source {
    pub fn describe(&self) -> String {
        match &self.url {
            Some(url) => format!("{} ({}) {}", self.title, self.publisher, url),
            None => format!("{} ({})", self.title, self.publisher),
        }
    }
}
