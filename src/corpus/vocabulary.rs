//! The domain vocabulary: groups of lay and clinical words that mean the same thing.
//! Lives in `faq/_vocabulary.toml` so moderators can extend it without touching code.

use serde::{Deserialize, Serialize};

/// File name of the vocabulary inside the corpus directory. The leading underscore keeps it
/// apart from entry files, whose names are slugs.
pub const VOCABULARY_FILE: &str = "_vocabulary.toml";

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vocabulary {
    #[serde(default)]
    pub synonyms: Vec<SynonymGroup>,
}

/// Terms that mean the same thing; the first is canonical.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SynonymGroup {
    pub terms: Vec<String>,
}

impl Vocabulary {
    pub fn parse(text: &str) -> Result<Self, toml::de::Error> {
        toml::from_str(text)
    }
}
