//! Everyday English words, to tell a real word from a typo.
//!
//! A patient who writes "kids", "drinking" or "cancel" means those words, even when they are
//! one or two letters from a corpus word ("kind", "driving", "cancer"). Without this list the
//! typo corrector turned such words into corpus words and gave confident answers to
//! questions nobody asked ("can i cancel my appointment" read as a cancer question).
//!
//! The list is SCOWL's small American English list (Debian's wamerican-small), lowercase
//! words of four letters or more; `english_words.LICENSE` holds its copyright notice.

use std::sync::LazyLock;

static WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut words: Vec<&str> = include_str!("english_words.txt").lines().collect();
    // The file is sorted bytewise; sorting again costs little and keeps a hand edit from
    // silently breaking the binary search.
    words.sort_unstable();
    words
});

/// Build the list now rather than while the first patient's message waits.
pub fn load() {
    LazyLock::force(&WORDS);
}

/// Whether `word` (lowercase) is an everyday English word of four letters or more.
pub fn is_word(word: &str) -> bool {
    WORDS.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_everyday_words_and_not_typos() {
        for word in ["kids", "drinking", "cancel", "massages", "sweating"] {
            assert!(is_word(word), "{word}");
        }
        for typo in ["botx", "cancr", "dizzyness", "eylid", "swolen"] {
            assert!(!is_word(typo), "{typo}");
        }
    }
}
