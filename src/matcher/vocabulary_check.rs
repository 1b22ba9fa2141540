//! A check for synonym terms that rewrite more than their writer meant.
//!
//! Synonyms are matched by stem, so a one-word term stands for every word with its stem:
//! "facials" (stem "facial") listed under "skincare" would turn the corpus's "facial
//! paralysis" into "skincare paralysis", and patients' questions about facial paralysis
//! would no longer reach their entry. `faqbot check` refuses such a vocabulary.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use rust_stemmers::{Algorithm, Stemmer};

use super::analyzer::MAX_PHRASE_WORDS;
use super::normalize;
use crate::corpus::{Corpus, Entry, Problem, Vocabulary, VOCABULARY_FILE};

/// A one-word synonym term and a corpus word outside its group that it would rewrite.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clash {
    pub term: String,
    pub canonical: String,
    pub swallowed: String,
}

impl std::fmt::Display for Clash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "synonym {:?} (group {:?}) has the same stem as {:?}, which the corpus uses \
             outside that group: every {:?} would be read as {:?}. Use a longer phrase, or \
             add {:?} to the group if it means the same",
            self.term,
            self.canonical,
            self.swallowed,
            self.swallowed,
            self.canonical,
            self.swallowed
        )
    }
}

/// The clashes and over-long phrases of a loaded corpus, as problems of its vocabulary
/// file in `dir`. `faqbot check` reports them for maintainers; loading does not
/// refuse them, so that a moderator's new wording can never stop the corpus from loading.
pub fn problems(corpus: &Corpus, dir: &Path) -> Vec<Problem> {
    let file = dir.join(VOCABULARY_FILE);
    let texts = corpus.entries.iter().flat_map(Entry::texts);
    let clash_problems = clashes(&corpus.vocabulary, texts)
        .into_iter()
        .map(|clash| Problem::new(&file, "synonyms", clash.to_string()));
    let long_phrase_problems = too_long_phrases(&corpus.vocabulary)
        .into_iter()
        .map(|term| {
            let message = format!(
                "synonym {term:?} has more than {MAX_PHRASE_WORDS} words, so it can never \
                 match. Use a shorter phrase"
            );
            Problem::new(&file, "synonyms", message)
        });
    clash_problems.chain(long_phrase_problems).collect()
}

/// Terms longer than the rewriter looks for: they are silently never matched.
fn too_long_phrases(vocabulary: &Vocabulary) -> Vec<String> {
    vocabulary
        .synonyms
        .iter()
        .flat_map(|group| &group.terms)
        .filter(|term| normalize::words(term).len() > MAX_PHRASE_WORDS)
        .cloned()
        .collect()
}

/// Every clash between the vocabulary's one-word terms and the words of `corpus_texts`.
pub fn clashes<'a>(
    vocabulary: &Vocabulary,
    corpus_texts: impl Iterator<Item = &'a str>,
) -> Vec<Clash> {
    let stemmer = Stemmer::create(Algorithm::English);
    // Each distinct word is stemmed once: the corpus repeats its words many times over.
    let corpus_words: BTreeSet<String> = corpus_texts.flat_map(normalize::words).collect();
    let mut corpus_words_by_stem: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for word in corpus_words {
        let stem = stemmer.stem(&word).into_owned();
        corpus_words_by_stem.entry(stem).or_default().insert(word);
    }
    let mut found = Vec::new();
    for group in &vocabulary.synonyms {
        let Some(canonical) = group.terms.first() else {
            continue;
        };
        // Only the group's one-word terms: "facial" inside the phrase "get a facial" does
        // not make every "facial" mean skin care.
        let group_words: BTreeSet<String> = group
            .terms
            .iter()
            .map(|t| normalize::words(t))
            .filter(|words| words.len() == 1)
            .flatten()
            .collect();
        for term in &group.terms[1..] {
            let [word] = &normalize::words(term)[..] else {
                continue;
            };
            let stem = stemmer.stem(word);
            // A term that only stands for its one-word canonical changes nothing. A term in
            // a multi-word group ("side effect", "effects") would still rewrite every
            // "effect", so it is checked.
            if let [canonical_word] = &normalize::words(canonical)[..] {
                if stemmer.stem(canonical_word) == stem {
                    continue;
                }
            }
            let others = corpus_words_by_stem
                .get(stem.as_ref())
                .into_iter()
                .flatten();
            for other in others.filter(|w| !group_words.contains(*w)) {
                found.push(Clash {
                    term: term.clone(),
                    canonical: canonical.clone(),
                    swallowed: other.clone(),
                });
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::SynonymGroup;

    fn vocabulary(groups: &[&[&str]]) -> Vocabulary {
        Vocabulary {
            synonyms: groups
                .iter()
                .map(|terms| SynonymGroup {
                    terms: terms.iter().map(|t| t.to_string()).collect(),
                })
                .collect(),
        }
    }

    #[test]
    fn a_one_word_term_sharing_a_stem_with_another_corpus_word_clashes() {
        let vocabulary = vocabulary(&[&["skincare", "facials", "get a facial"]]);
        let found = clashes(
            &vocabulary,
            ["Can Botox cause facial paralysis?"].into_iter(),
        );
        assert_eq!(
            found,
            vec![Clash {
                term: "facials".into(),
                canonical: "skincare".into(),
                swallowed: "facial".into(),
            }]
        );
    }

    #[test]
    fn a_term_of_a_multi_word_group_is_checked() {
        let vocabulary = vocabulary(&[&["side effect", "effects"]]);
        let found = clashes(&vocabulary, ["what does the effect feel like"].into_iter());
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].swallowed, "effect");
    }

    #[test]
    fn a_phrase_longer_than_the_rewriter_reads_is_reported() {
        let vocabulary = vocabulary(&[&[
            "eyedrops",
            "eye drops that help a droopy",
            "eye drops that can help a droopy",
        ]]);
        assert_eq!(
            too_long_phrases(&vocabulary),
            vec!["eye drops that can help a droopy".to_string()]
        );
    }

    #[test]
    fn forms_listed_in_the_group_and_phrases_do_not_clash() {
        let vocabulary = vocabulary(&[
            &["injection", "injections", "injected", "shot"],
            &["skincare", "get a facial"],
        ]);
        let corpus = ["Where was it injected? Injections and facial paralysis."];
        assert!(clashes(&vocabulary, corpus.into_iter()).is_empty());
    }
}
