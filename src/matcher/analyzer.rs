//! Turns text into the terms the index works with: normalised words, typo-corrected,
//! stemmed, rewritten to the vocabulary's canonical terms, with stop words removed.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use rust_stemmers::{Algorithm, Stemmer};

use super::common::COMMON_WORDS;
use super::english;
use super::lexicon::Lexicon;
use super::normalize;
use super::stopwords::is_stopword;
use crate::corpus::Vocabulary;

/// Longest synonym phrase, in words, that the rewriter looks for.
pub(super) const MAX_PHRASE_WORDS: usize = 6;

/// A word after normalisation and stemming.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Token {
    surface: String,
    stem: String,
}

/// What the analyzer makes of a text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Analysis {
    /// Distinct informative terms, in order of appearance.
    pub content: Vec<String>,
    /// Distinct terms including function words: the question's shape ("who should I tell").
    pub all: Vec<String>,
}

pub struct Analyzer {
    stemmer: Stemmer,
    /// Stemmed phrase -> stemmed canonical phrase.
    synonyms: Phrases,
    /// The same phrases with their function words dropped, for a second pass over a text's
    /// informative words, so that "not working for me anymore" still reaches the phrase
    /// "not working anymore". Only phrases of two or more informative words qualify: one
    /// word alone loses too much ("not permanent" would become "permanent").
    gapped_synonyms: Phrases,
    lexicon: Lexicon,
    common_stems: HashSet<String>,
    /// The one-word first terms of the vocabulary's groups: a word the vocabulary names as
    /// a topic of its own.
    group_stems: HashSet<String>,
}

impl Analyzer {
    /// Build from the vocabulary and every text the corpus contains, which become the
    /// known words that typos are corrected towards.
    pub fn new<'a>(vocabulary: &Vocabulary, corpus_texts: impl Iterator<Item = &'a str>) -> Self {
        english::load();
        let stemmer = Stemmer::create(Algorithm::English);
        let mut lexicon = Lexicon::default();
        for text in corpus_texts {
            for word in normalize::words(text) {
                lexicon.insert(&word, &stemmer.stem(&word));
            }
        }
        let mut synonyms = Phrases::default();
        let mut gapped_synonyms = Phrases::default();
        let mut group_stems = HashSet::default();
        for group in &vocabulary.synonyms {
            let Some(canonical) = group.terms.first() else {
                continue;
            };
            let canonical_stems = stems_of(&stemmer, canonical);
            if let [stem] = &canonical_stems[..] {
                group_stems.insert(stem.clone());
            }
            for term in &group.terms {
                for word in normalize::words(term) {
                    lexicon.insert(&word, &stemmer.stem(&word));
                }
                let key = stems_of(&stemmer, term);
                if !key.is_empty() && key != canonical_stems {
                    synonyms.insert(key, canonical_stems.clone());
                }
                let gapped = informative_stems_of(&stemmer, term);
                if gapped.len() >= 2 && gapped != canonical_stems {
                    gapped_synonyms.insert(gapped, canonical_stems.clone());
                }
            }
        }
        lexicon.finish();
        let common_stems = COMMON_WORDS
            .iter()
            .map(|w| stemmer.stem(w).into_owned())
            .collect();
        Analyzer {
            stemmer,
            synonyms,
            gapped_synonyms,
            lexicon,
            common_stems,
            group_stems,
        }
    }

    /// Whether a term is the one-word first term of a vocabulary group ("expensive",
    /// "aftercare"): when no entry uses it, the question names a topic the corpus lacks,
    /// however short the word.
    pub fn names_a_group(&self, term: &str) -> bool {
        self.group_stems.contains(term)
    }

    /// Whether a term is an everyday word that says little about a topic.
    pub fn is_common(&self, term: &str) -> bool {
        self.common_stems.contains(term)
    }

    /// Terms of a curated text (no typo correction: the corpus is the reference).
    pub fn corpus_terms(&self, text: &str) -> Analysis {
        self.analyze(text, false)
    }

    /// Terms of a patient's message, with misspelt words corrected to known ones.
    pub fn query_terms(&self, text: &str) -> Analysis {
        self.analyze(text, true)
    }

    fn analyze(&self, text: &str, correct_typos: bool) -> Analysis {
        let tokens: Vec<Token> = normalize::words(text)
            .into_iter()
            .map(|word| self.token(word, correct_typos))
            .collect();
        let rewritten = rewrite(tokens, &self.synonyms);
        let mut analysis = Analysis::default();
        for token in &rewritten {
            push_unique(&mut analysis.all, &token.stem);
        }
        let informative: Vec<Token> = rewritten
            .into_iter()
            .filter(|token| !is_stopword(&token.surface))
            .collect();
        for token in rewrite(informative, &self.gapped_synonyms) {
            push_unique(&mut analysis.content, &token.stem);
        }
        analysis
    }

    fn token(&self, word: String, correct_typos: bool) -> Token {
        // Most words of a question are in the corpus, whose stems are already known.
        if let Some(stem) = self.lexicon.stem_of(&word) {
            return Token {
                stem: stem.to_owned(),
                surface: word,
            };
        }
        let stem = self.stemmer.stem(&word).into_owned();
        if !correct_typos || is_stopword(&word) || self.lexicon.knows_stem(&stem) {
            return Token {
                surface: word,
                stem,
            };
        }
        match self.lexicon.correct(&word) {
            // A real English word is taken as meant: "kids" is not "kind", "cancel" is not
            // "cancer", "temporal" is not "temporary".
            Some(fixed) if !is_stopword(fixed) && !english::is_word(&word) => Token {
                stem: self.stemmer.stem(fixed).into_owned(),
                surface: fixed.to_owned(),
            },
            _ => Token {
                surface: word,
                stem,
            },
        }
    }
}

/// Synonym phrases (as stems) and the canonical stems each one stands for.
#[derive(Default)]
struct Phrases {
    canonical: HashMap<Vec<String>, Vec<String>>,
    /// Every phrase's first stem: a word that starts none is passed over after one lookup,
    /// instead of building a key for each phrase length (the rewrite's main cost).
    starts: HashSet<String>,
}

impl Phrases {
    fn insert(&mut self, phrase: Vec<String>, canonical: Vec<String>) {
        if let Some(first) = phrase.first() {
            self.starts.insert(first.clone());
        }
        self.canonical.insert(phrase, canonical);
    }

    fn get(&self, phrase: &[String]) -> Option<&Vec<String>> {
        self.canonical.get(phrase)
    }
}

/// Greedy longest-match rewrite of synonym phrases to their canonical terms.
fn rewrite(tokens: Vec<Token>, phrases: &Phrases) -> Vec<Token> {
    let mut out = Vec::with_capacity(tokens.len());
    let mut at = 0;
    while at < tokens.len() {
        if !phrases.starts.contains(&tokens[at].stem) {
            out.push(tokens[at].clone());
            at += 1;
            continue;
        }
        let longest = MAX_PHRASE_WORDS.min(tokens.len() - at);
        let found = (1..=longest).rev().find_map(|len| {
            let key: Vec<String> = tokens[at..at + len]
                .iter()
                .map(|t| t.stem.clone())
                .collect();
            phrases
                .get(key.as_slice())
                .map(|canonical| (len, canonical))
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

fn push_unique(list: &mut Vec<String>, item: &str) {
    if !list.iter().any(|x| x == item) {
        list.push(item.to_owned());
    }
}

fn informative_stems_of(stemmer: &Stemmer, text: &str) -> Vec<String> {
    normalize::words(text)
        .iter()
        .filter(|w| !is_stopword(w))
        .map(|w| stemmer.stem(w).into_owned())
        .collect()
}

fn stems_of(stemmer: &Stemmer, text: &str) -> Vec<String> {
    normalize::words(text)
        .iter()
        .map(|w| stemmer.stem(w).into_owned())
        .collect()
}
