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

/// Sorted bytewise, one word per line, so that a binary search finds a word (a unit test
/// checks the order, since a hand edit out of order would hide words).
static WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let text = include_str!("english_words.txt");
    // Sized once: growing the vector while collecting left a peak several times its size.
    let mut words = Vec::with_capacity(text.bytes().filter(|&b| b == b'\n').count());
    words.extend(text.lines());
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
    fn the_list_is_sorted_without_repeats() {
        assert!(WORDS.windows(2).all(|pair| pair[0] < pair[1]));
        assert!(WORDS.len() > 30_000);
    }

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
