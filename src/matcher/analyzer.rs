//! Turns text into the terms the index works with: normalised words, typo-corrected,
//! stemmed, rewritten to the vocabulary's canonical terms, with stop words removed.

use std::collections::HashMap;

use rust_stemmers::{Algorithm, Stemmer};

use super::lexicon::Lexicon;
use super::normalize;
use super::stopwords::is_stopword;
use crate::corpus::Vocabulary;

/// Longest synonym phrase, in words, that the rewriter looks for.
const MAX_PHRASE_WORDS: usize = 6;

/// A word after normalisation and stemming.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Token {
    surface: String,
    stem: String,
}

pub struct Analyzer {
    stemmer: Stemmer,
    /// Stemmed phrase -> stemmed canonical phrase.
    synonyms: HashMap<Vec<String>, Vec<String>>,
    lexicon: Lexicon,
}

impl Analyzer {
    /// Build from the vocabulary and every text the corpus contains, which become the
    /// known words that typos are corrected towards.
    pub fn new<'a>(vocabulary: &Vocabulary, corpus_texts: impl Iterator<Item = &'a str>) -> Self {
        let stemmer = Stemmer::create(Algorithm::English);
        let mut lexicon = Lexicon::default();
        for text in corpus_texts {
            for word in normalize::words(text) {
                lexicon.insert(&word, &stemmer.stem(&word));
            }
        }
        let mut synonyms = HashMap::new();
        for group in &vocabulary.synonyms {
            let Some(canonical) = group.terms.first() else {
                continue;
            };
            let canonical_stems = stems_of(&stemmer, canonical);
            for term in &group.terms {
                for word in normalize::words(term) {
                    lexicon.insert(&word, &stemmer.stem(&word));
                }
                let key = stems_of(&stemmer, term);
                if !key.is_empty() && key != canonical_stems {
                    synonyms.insert(key, canonical_stems.clone());
                }
            }
        }
        lexicon.finish();
        Analyzer {
            stemmer,
            synonyms,
            lexicon,
        }
    }

    /// Terms of a curated text (no typo correction: the corpus is the reference).
    pub fn corpus_terms(&self, text: &str) -> Vec<String> {
        self.terms(text, false)
    }

    /// Terms of a patient's message, with misspelt words corrected to known ones.
    pub fn query_terms(&self, text: &str) -> Vec<String> {
        self.terms(text, true)
    }

    fn terms(&self, text: &str, correct_typos: bool) -> Vec<String> {
        let tokens: Vec<Token> = normalize::words(text)
            .into_iter()
            .map(|word| self.token(word, correct_typos))
            .collect();
        let rewritten = self.rewrite_synonyms(tokens);
        let mut terms: Vec<String> = Vec::new();
        for token in rewritten {
            if !is_stopword(&token.surface) && !terms.contains(&token.stem) {
                terms.push(token.stem);
            }
        }
        terms
    }

    fn token(&self, word: String, correct_typos: bool) -> Token {
        let stem = self.stemmer.stem(&word).into_owned();
        if !correct_typos || is_stopword(&word) || self.lexicon.knows(&word, &stem) {
            return Token {
                surface: word,
                stem,
            };
        }
        match self.lexicon.correct(&word) {
            Some(fixed) if !is_stopword(fixed) => Token {
                stem: self.stemmer.stem(fixed).into_owned(),
                surface: fixed.to_owned(),
            },
            _ => Token {
                surface: word,
                stem,
            },
        }
    }

    /// Greedy longest-match rewrite of synonym phrases to their canonical terms.
    fn rewrite_synonyms(&self, tokens: Vec<Token>) -> Vec<Token> {
        let mut out = Vec::with_capacity(tokens.len());
        let mut at = 0;
        while at < tokens.len() {
            let longest = MAX_PHRASE_WORDS.min(tokens.len() - at);
            let found = (1..=longest).rev().find_map(|len| {
                let key: Vec<String> = tokens[at..at + len]
                    .iter()
                    .map(|t| t.stem.clone())
                    .collect();
                self.synonyms.get(&key).map(|canonical| (len, canonical))
            });
            match found {
                Some((len, canonical)) => {
                    out.extend(canonical.iter().map(|stem| Token {
                        surface: stem.clone(),
                        stem: stem.clone(),
                    }));
                    at += len;
                }
                None => {
                    out.push(tokens[at].clone());
                    at += 1;
                }
            }
        }
        out
    }
}

fn stems_of(stemmer: &Stemmer, text: &str) -> Vec<String> {
    normalize::words(text)
        .iter()
        .map(|w| stemmer.stem(w).into_owned())
        .collect()
}
