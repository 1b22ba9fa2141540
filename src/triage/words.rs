//! A message's words as triage reads them, each word's positions indexed so that a phrase
//! is looked up by its first word, not by scanning the message. The symptom rules read
//! them with typos of key symptom words corrected; the rules about who has the symptom and
//! when read them as written.

use rustc_hash::FxHashMap;

use super::typo_words::{NOT_SYMPTOM_TYPOS, REAL_WORDS_NOT_TYPOS, TYPO_MIN_LEN, TYPO_TOLERANT};

pub(super) struct Words<'a> {
    words: Vec<&'a str>,
    /// Where each distinct word occurs, in order.
    positions: FxHashMap<&'a str, Vec<usize>>,
}

impl<'a> Words<'a> {
    /// The words with one-typo spellings of key symptom words corrected, for finding a
    /// symptom.
    pub(super) fn corrected(normalised: &'a [String]) -> Self {
        Self::index(normalised.iter().map(|w| corrected(w)).collect())
    }

    /// The words as written, for the rules about who has the symptom and when.
    pub(super) fn as_written(normalised: &'a [String]) -> Self {
        Self::index(normalised.iter().map(String::as_str).collect())
    }

    fn index(words: Vec<&'a str>) -> Self {
        let mut positions: FxHashMap<&'a str, Vec<usize>> = FxHashMap::default();
        for (at, &word) in words.iter().enumerate() {
            positions.entry(word).or_default().push(at);
        }
        Words { words, positions }
    }

    pub(super) fn all(&self) -> &[&'a str] {
        &self.words
    }

    /// The word at `at`, or "" outside the message.
    pub(super) fn at(&self, at: usize) -> &'a str {
        self.words.get(at).copied().unwrap_or("")
    }

    /// Each distinct word with its positions.
    pub(super) fn distinct(&self) -> impl Iterator<Item = (&'a str, &[usize])> + '_ {
        self.positions
            .iter()
            .map(|(&word, positions)| (word, positions.as_slice()))
    }

    /// Where the words of `phrase` (single spaces between them) start, in a row, between
    /// word `from` and word `to` (inclusive). Looked up by the phrase's first word, so a
    /// long message of repeated symptom words costs its occurrences, not its length.
    pub(super) fn starts_between<'p>(
        &'p self,
        phrase: &'p str,
        from: usize,
        to: usize,
    ) -> impl Iterator<Item = usize> + 'p {
        // Most phrases are one word and most lookups find nothing, so the first word is cut
        // off by a byte scan and the rest is split only for a word that occurs: `str::split`
        // on every phrase was a tenth of all the work `faqbot ask` did.
        let (first, rest) = match phrase.bytes().position(|b| b == b' ') {
            Some(space) => (&phrase[..space], &phrase[space + 1..]),
            None => (phrase, ""),
        };
        let at_first = self.positions.get(first).map_or(&[][..], Vec::as_slice);
        let lo = at_first.partition_point(|&at| at < from);
        let hi = at_first.partition_point(|&at| at <= to);
        at_first[lo..hi].iter().copied().filter(move |&at| {
            let mut following = self.words[at + 1..].iter();
            rest.is_empty()
                || rest
                    .split(' ')
                    .all(|part| following.next().is_some_and(|word| *word == part))
        })
    }

    pub(super) fn starts<'p>(&'p self, phrase: &'p str) -> impl Iterator<Item = usize> + 'p {
        self.starts_between(phrase, 0, usize::MAX)
    }

    pub(super) fn contains(&self, phrase: &str) -> bool {
        self.starts(phrase).next().is_some()
    }
}

/// `word`, or the key symptom word it is one typo away from ("vission", "bladdr"). The
/// typo keeps the first letter, as most do, and real words are never corrected.
fn corrected(word: &str) -> &str {
    let leave_alone = word.len() < TYPO_MIN_LEN - 1
        || TYPO_TOLERANT.contains(&word)
        || NOT_SYMPTOM_TYPOS.contains(&word)
        || REAL_WORDS_NOT_TYPOS.contains(&word);
    if leave_alone {
        return word;
    }
    TYPO_TOLERANT
        .iter()
        .find(|key| {
            **key != word && key.as_bytes()[0] == word.as_bytes()[0] && one_typo_apart(word, key)
        })
        .copied()
        .unwrap_or(word)
}

/// Whether `word` is one edit (or one swap of neighbours) from `target`. The length test
/// first: most words fail it, and the edit distance allocates.
pub(super) fn one_typo_apart(word: &str, target: &str) -> bool {
    word.len().abs_diff(target.len()) <= 1 && strsim::osa_distance(word, target) == 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::normalize;

    #[test]
    fn phrases_match_whole_words_in_a_row() {
        let normalised = normalize::words("My throat is closing, and I lost my voices");
        let words = Words::as_written(&normalised);
        assert!(words.contains("throat is closing"));
        assert!(words.contains("closing"));
        assert!(!words.contains("throat closing"));
        assert!(!words.contains("lost my voice"));
        assert!(!words.contains("close"));
    }

    #[test]
    fn key_symptom_words_are_corrected_but_real_words_are_not() {
        for (typed, meant) in [
            ("vission", "vision"),
            ("doubel", "double"),
            ("bladdr", "bladder"),
            ("wekness", "weakness"),
            ("sluring", "slurring"),
            ("horse", "horse"),
            ("cooking", "cooking"),
            ("vice", "vice"),
            ("chose", "chose"),
        ] {
            assert_eq!(corrected(typed), meant, "{typed}");
        }
    }
}
