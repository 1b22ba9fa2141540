//! Entries' scope words: words a question must use for an entry to answer it outright.
//!
//! Word overlap cannot tell "can i drive after botox" from "can i drive after botox if i
//! feel dizzy": the question has every informative word of the phrasing but the one that
//! says what the entry is about. An entry that lists scope words is answered only when the
//! question uses one of them (after synonyms, so "lightheaded" counts as "dizzy");
//! otherwise it can still be suggested.

use std::path::Path;

use super::analyzer::Analyzer;
use crate::corpus::{Corpus, Entry, Problem};

/// Per entry, its scope words as stem lists (a phrase counts when all its stems appear).
/// An entry without scope words admits every question.
pub struct Scopes {
    by_entry: Vec<Vec<Vec<String>>>,
}

impl Scopes {
    pub fn new(entries: &[Entry], analyzer: &Analyzer) -> Self {
        let by_entry = entries
            .iter()
            .map(|entry| scope_stems(entry, analyzer))
            .collect();
        Scopes { by_entry }
    }

    /// Whether a question with these informative terms is within the entry's scope.
    pub fn admits(&self, entry: usize, content: &[String]) -> bool {
        within(&self.by_entry[entry], content)
    }
}

fn scope_stems(entry: &Entry, analyzer: &Analyzer) -> Vec<Vec<String>> {
    entry
        .scope_words
        .iter()
        .map(|words| analyzer.corpus_terms(words).content)
        .filter(|stems| !stems.is_empty())
        .collect()
}

fn within(scope: &[Vec<String>], content: &[String]) -> bool {
    scope.is_empty()
        || scope
            .iter()
            .any(|stems| stems.iter().all(|stem| content.contains(stem)))
}

/// The phrasings of `entry` that use none of its scope words: the matcher could never
/// answer with them, which is never what their writer meant.
pub fn phrasings_outside<'a>(entry: &'a Entry, analyzer: &Analyzer) -> Vec<&'a str> {
    let scope = scope_stems(entry, analyzer);
    entry
        .phrasings()
        .filter(|phrasing| !within(&scope, &analyzer.corpus_terms(phrasing).content))
        .collect()
}

/// Phrasings outside their entry's scope, and scope words that say nothing the matcher can
/// use (only function words), as problems of the entries' files in `dir`. `faqbot check`
/// reports these; loading does not refuse them, and moderators' edits are refused before
/// they are saved (`Moderation::edit`, `Moderation::alias`).
pub fn problems(corpus: &Corpus, dir: &Path) -> Vec<Problem> {
    let analyzer = Analyzer::new(
        &corpus.vocabulary,
        corpus.entries.iter().flat_map(Entry::texts),
    );
    let mut found = Vec::new();
    for entry in &corpus.entries {
        let file = dir.join(format!("{}.toml", entry.id));
        for words in &entry.scope_words {
            if analyzer.corpus_terms(words).content.is_empty() {
                found.push(Problem::new(
                    &file,
                    "scope_words",
                    format!("{words:?} has no informative word, so no question can use it"),
                ));
            }
        }
        for phrasing in phrasings_outside(entry, &analyzer) {
            found.push(Problem::new(
                &file,
                "scope_words",
                format!(
                    "{phrasing:?} uses none of the scope words {:?}, so it could never be \
                     answered: reword it or add a scope word",
                    entry.scope_words
                ),
            ));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{Source, SynonymGroup, Vocabulary};

    fn entry(id: &str, question: &str, alternates: &[&str], scope_words: &[&str]) -> Entry {
        Entry {
            id: id.into(),
            question: question.into(),
            alternates: alternates.iter().map(|a| a.to_string()).collect(),
            answer: "Talk with your doctor.".into(),
            sources: vec![Source {
                title: "Leaflet".into(),
                publisher: "Clinic".into(),
                url: None,
            }],
            reviewed: "2026-11-30".into(),
            tags: vec![],
            scope_words: scope_words.iter().map(|w| w.to_string()).collect(),
        }
    }

    fn corpus(entries: Vec<Entry>) -> Corpus {
        Corpus {
            entries,
            vocabulary: Vocabulary {
                synonyms: vec![SynonymGroup {
                    terms: vec!["dizzy".into(), "lightheaded".into()],
                }],
            },
        }
    }

    #[test]
    fn a_question_must_use_a_scope_word_or_its_synonym() {
        let corpus = corpus(vec![entry(
            "dizziness",
            "Can Botox make you dizzy?",
            &["can i drive after botox if i feel dizzy"],
            &["dizzy"],
        )]);
        let analyzer = Analyzer::new(&corpus.vocabulary, corpus.entries[0].texts());
        let scopes = Scopes::new(&corpus.entries, &analyzer);
        let admits = |q: &str| scopes.admits(0, &analyzer.query_terms(q).content);
        assert!(admits("can i drive if i feel lightheaded"));
        assert!(admits("dizzy after botox"));
        assert!(!admits("can i drive after botox"));
    }

    #[test]
    fn an_entry_without_scope_words_admits_every_question() {
        let corpus = corpus(vec![entry("safety", "Is Botox safe?", &[], &[])]);
        let analyzer = Analyzer::new(&corpus.vocabulary, corpus.entries[0].texts());
        let scopes = Scopes::new(&corpus.entries, &analyzer);
        assert!(scopes.admits(0, &analyzer.query_terms("anything at all").content));
    }

    #[test]
    fn check_names_phrasings_outside_the_scope_and_empty_scope_words() {
        let corpus = corpus(vec![entry(
            "dizziness",
            "Can Botox make you dizzy?",
            &["does botox affect driving", "lightheaded after botox"],
            &["dizzy", "the"],
        )]);
        let found = problems(&corpus, Path::new("faq"));
        let messages: Vec<String> = found.iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 2, "{messages:#?}");
        assert!(messages
            .iter()
            .any(|m| m.contains("\"the\" has no informative word")));
        assert!(messages
            .iter()
            .any(|m| m.contains("\"does botox affect driving\" uses none")));
    }
}
