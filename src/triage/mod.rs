//! Red-flag triage: does a message report a current emergency symptom after Botox?
//!
//! Runs before matching, with its own rules. A red flag needs two things: a symptom from
//! the Medication Guide's "get help right away" list, and a sign that someone is living it
//! now ("I", "my mom", "she", "since", "now"). "Can Botox cause trouble breathing?" has the
//! symptom but no such sign, so it is an information question, not an emergency.
//! "Can't breathe after botox" and "it's hard to swallow" have no such word, but outside a
//! question, "can not" or "it's" before the verb makes them statements of fact.
//! When in doubt the rules lean towards urgent: a needless "get help" costs far less than a
//! missed one, so the breathing and swallowing verbs also match with one typo ("swalow").

use serde::Serialize;

use crate::matcher::normalize;

#[cfg(test)]
mod tests;
mod vocabulary;

use vocabulary::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RedFlag {
    Breathing,
    Swallowing,
    Speaking,
    Voice,
    WeaknessAllOver,
    DoubleVision,
    BladderControl,
    ThroatClosing,
}

/// The red flag a message reports as happening now, if any.
pub fn assess(message: &str) -> Option<RedFlag> {
    let words = normalize::words(crate::matcher::truncate(
        message,
        4 * crate::matcher::MAX_QUERY_CHARS,
    ));
    let symptom = find_symptom(&words)?;
    (reports_it_now(&words) || states_present_trouble(&words)).then_some(symptom)
}

fn find_symptom(words: &[String]) -> Option<RedFlag> {
    let has_any = |phrases: &[&str]| phrases.iter().any(|p| contains_phrase(words, p));
    if difficulty_near(words, BREATHING_VERBS) || has_any(&["breathless", "suffocating"]) {
        return Some(RedFlag::Breathing);
    }
    if difficulty_near(words, SWALLOWING_VERBS) || has_any(&["choking", "dysphagia"]) {
        return Some(RedFlag::Swallowing);
    }
    let throat_closes = has_any(&["throat"]) && has_any(THROAT_TIGHTENING);
    if throat_closes || has_any(&["throat closing"]) {
        return Some(RedFlag::ThroatClosing);
    }
    if difficulty_near(words, SPEAKING_VERBS) || has_any(SPEECH_TROUBLE) {
        return Some(RedFlag::Speaking);
    }
    let voice_changed = has_any(&["voice"]) && has_any(VOICE_CHANGE);
    if voice_changed || has_any(LOST_VOICE) {
        return Some(RedFlag::Voice);
    }
    if has_any(DOUBLE_VISION) {
        return Some(RedFlag::DoubleVision);
    }
    if has_any(BLADDER) {
        return Some(RedFlag::BladderControl);
    }
    let weak_all_over = has_any(WEAK) && has_any(ALL_OVER);
    let limbs_fail = has_any(CAN_NOT_MOVE) && has_any(LIMBS);
    (weak_all_over || limbs_fail || has_any(CAN_NOT_STAND)).then_some(RedFlag::WeaknessAllOver)
}

/// Whether the words of `phrase` (single spaces between them) occur in a row in `words`.
fn contains_phrase(words: &[String], phrase: &str) -> bool {
    let mut parts = phrase.split(' ');
    let first = parts.next().unwrap_or_default();
    words.iter().enumerate().any(|(at, word)| {
        if word != first {
            return false;
        }
        let mut following = words[at + 1..].iter();
        parts
            .clone()
            .all(|part| following.next().is_some_and(|next| next == part))
    })
}

/// A family of symptom verbs, and whether a misspelling of them still counts.
#[derive(Clone, Copy)]
struct Verbs {
    spellings: &'static [&'static str],
    one_typo_counts: bool,
}

const BREATHING_VERBS: Verbs = Verbs {
    spellings: BREATHING,
    one_typo_counts: true,
};
const SWALLOWING_VERBS: Verbs = Verbs {
    spellings: SWALLOWING,
    one_typo_counts: true,
};
const SPEAKING_VERBS: Verbs = Verbs {
    spellings: SPEAKING,
    one_typo_counts: false,
};
const ALL_VERBS: [Verbs; 3] = [BREATHING_VERBS, SWALLOWING_VERBS, SPEAKING_VERBS];

impl Verbs {
    /// Whether `word` is one of these verbs (see [`TYPO_MIN_LEN`] for typos).
    fn has(self, word: &str) -> bool {
        if self.spellings.contains(&word) {
            return true;
        }
        self.one_typo_counts
            && word.len() >= TYPO_MIN_LEN
            && !REAL_WORDS_NOT_TYPOS.contains(&word)
            && self
                .spellings
                .iter()
                .any(|verb| strsim::osa_distance(word, verb) == 1)
    }
}

fn difficulty_near(words: &[String], verbs: Verbs) -> bool {
    words.iter().enumerate().any(|(at, word)| {
        if !verbs.has(word) {
            return false;
        }
        let from = at.saturating_sub(DIFFICULTY_WINDOW);
        let to = (at + DIFFICULTY_WINDOW + 1).min(words.len());
        (from..to).any(|near| says_difficulty(words, near))
    })
}

/// "not" alone is too common ("I did not talk to my doctor"); it counts only as
/// "can not", "could not" or "not able".
fn says_difficulty(words: &[String], at: usize) -> bool {
    let word = words[at].as_str();
    if word != "not" {
        return DIFFICULTY.contains(&word);
    }
    let before = at.checked_sub(1).map(|i| words[i].as_str());
    let after = words.get(at + 1).map(String::as_str);
    matches!(before, Some("can" | "could")) || after == Some("able")
}

/// "can not breathe", "could not really swallow", "it's hard to breathe": a statement about
/// oneself, unless the message opens as a question.
fn states_present_trouble(words: &[String]) -> bool {
    if opens_as_question(words) {
        return false;
    }
    (0..words.len()).any(|at| {
        STATEMENT_MARKERS.iter().any(|marker| {
            let follows = at + marker.len();
            words[at..]
                .iter()
                .map(String::as_str)
                .take(marker.len())
                .eq(marker.iter().copied())
                && words[follows..]
                    .iter()
                    .take(STATEMENT_WINDOW)
                    .any(|next| ALL_VERBS.iter().any(|verbs| verbs.has(next)))
        })
    })
}

/// "Can Botox ..." asks; "can not breathe" tells.
fn opens_as_question(words: &[String]) -> bool {
    match words {
        [first, second, ..] if first == "can" || first == "could" => second != "not",
        [first, ..] => QUESTION_OPENERS.contains(&first.as_str()),
        [] => false,
    }
}

fn reports_it_now(words: &[String]) -> bool {
    words.iter().enumerate().any(|(at, word)| {
        let word = word.as_str();
        if SUBJECTS.contains(&word) || NOW.contains(&word) || (at == 0 && word == "help") {
            return true;
        }
        POSSESSIVES.contains(&word)
            && words[at + 1..]
                .iter()
                .take(2)
                .any(|next| PERSONS.contains(&next.as_str()))
    })
}
