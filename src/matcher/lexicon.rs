//! The known words of the corpus, with a character-trigram index so that a misspelt word is
//! compared only with the few known words that share some of its letters, not all of them.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// Words shorter than this are never corrected: at three letters almost every edit
/// lands on another real word ("eat" -> "ear").
const MIN_CORRECTABLE_LEN: usize = 4;
/// Words up to this length may differ by one edit; longer words by two. Chosen from the
/// typos patients make in the dev set ("botx", "cancr", "eylid", "efects", "dizzyness"),
/// which are all one edit away, while two edits on words of seven letters or fewer turn
/// unknown words into unrelated known ones ("morning" -> "meaning").
const ONE_EDIT_MAX_LEN: usize = 7;
/// A candidate must share at least this many padded trigrams with the typo.
const MIN_SHARED_TRIGRAMS: usize = 1;

#[derive(Debug, Default)]
pub struct Lexicon {
    words: Vec<String>,
    /// The stem of each of `words`, by the same index.
    word_stems: Vec<String>,
    word_ids: HashMap<String, usize>,
    stems: HashSet<String>,
    trigrams: HashMap<[char; 3], Vec<usize>>,
}

impl Lexicon {
    pub fn insert(&mut self, word: &str, stem: &str) {
        self.stems.insert(stem.to_owned());
        if self.word_ids.contains_key(word) {
            return;
        }
        self.word_ids.insert(word.to_owned(), self.words.len());
        self.words.push(word.to_owned());
        self.word_stems.push(stem.to_owned());
    }

    /// Build the trigram index once all words are in.
    pub fn finish(&mut self) {
        self.trigrams.clear();
        for (id, word) in self.words.iter().enumerate() {
            if word.chars().count() < MIN_CORRECTABLE_LEN - 1 {
                continue;
            }
            for gram in padded_trigrams(word) {
                let ids = self.trigrams.entry(gram).or_default();
                if ids.last() != Some(&id) {
                    ids.push(id);
                }
            }
        }
    }

    /// The stem of a known word, saving the stemmer's work.
    pub fn stem_of(&self, word: &str) -> Option<&str> {
        self.word_ids
            .get(word)
            .map(|&id| self.word_stems[id].as_str())
    }

    /// Whether some known word has this stem ("swallows" when the corpus says "swallowing").
    pub fn knows_stem(&self, stem: &str) -> bool {
        self.stems.contains(stem)
    }

    /// The closest known word within the allowed number of edits, if any.
    pub fn correct(&self, word: &str) -> Option<&str> {
        let len = word.chars().count();
        if len < MIN_CORRECTABLE_LEN || !word.chars().all(char::is_alphabetic) {
            return None;
        }
        let max_edits = if len <= ONE_EDIT_MAX_LEN { 1 } else { 2 };
        let mut sharing: Vec<usize> = padded_trigrams(word)
            .iter()
            .filter_map(|gram| self.trigrams.get(gram))
            .flatten()
            .copied()
            .collect();
        sharing.sort_unstable();
        sharing
            .chunk_by(|a, b| a == b)
            .filter(|same| same.len() >= MIN_SHARED_TRIGRAMS)
            .map(|same| self.words[same[0]].as_str())
            .filter(|candidate| candidate.chars().count().abs_diff(len) <= max_edits)
            // Patients' typos almost never change the first letter, while allowing it turns
            // unknown words into unrelated known ones ("lips" -> "tips").
            .filter(|candidate| candidate.chars().next() == word.chars().next())
            .filter_map(|candidate| {
                let edits = strsim::damerau_levenshtein(word, candidate);
                (edits <= max_edits)
                    .then(|| (edits, strsim::jaro_winkler(word, candidate), candidate))
            })
            .min_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)).then(a.2.cmp(b.2)))
            .map(|(_, _, candidate)| candidate)
    }
}

fn padded_trigrams(word: &str) -> Vec<[char; 3]> {
    let chars: Vec<char> = std::iter::once('^')
        .chain(word.chars())
        .chain(std::iter::once('$'))
        .collect();
    chars.windows(3).map(|w| [w[0], w[1], w[2]]).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon(words: &[&str]) -> Lexicon {
        let mut lex = Lexicon::default();
        for w in words {
            lex.insert(w, w);
        }
        lex.finish();
        lex
    }

    #[test]
    fn corrects_one_edit_typos() {
        let lex = lexicon(&["botox", "cancer", "eyelid", "effects", "dizziness"]);
        for (typo, fixed) in [
            ("botx", "botox"),
            ("cancr", "cancer"),
            ("eylid", "eyelid"),
            ("efects", "effects"),
            ("dizzyness", "dizziness"),
        ] {
            assert_eq!(lex.correct(typo), Some(fixed), "{typo}");
        }
    }

    #[test]
    fn leaves_short_and_distant_words_alone() {
        let lex = lexicon(&["botox", "cancer", "ear"]);
        assert_eq!(lex.correct("eat"), None);
        assert_eq!(lex.correct("pizza"), None);
        assert_eq!(lex.correct("b0tox"), None);
    }

    #[test]
    fn known_words_keep_their_stems_and_new_forms_match_by_stem() {
        let mut lex = Lexicon::default();
        lex.insert("swallowing", "swallow");
        lex.finish();
        assert_eq!(lex.stem_of("swallowing"), Some("swallow"));
        assert_eq!(lex.stem_of("swallows"), None);
        assert!(lex.knows_stem("swallow"));
        assert!(!lex.knows_stem("swallows"));
    }

    #[test]
    fn never_changes_the_first_letter() {
        let lex = lexicon(&["tips", "botox"]);
        assert_eq!(lex.correct("lips"), None);
    }
}
