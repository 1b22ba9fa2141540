//! Red-flag triage: does a message report a current emergency symptom after Botox?
//!
//! Runs before matching, with its own rules. A red flag needs two things: a symptom from
//! the Medication Guide's "get help right away" list, and a sign that someone is living it
//! now ("I", "my mom", "she", "since", "now"). "Can Botox cause trouble breathing?" has the
//! symptom but no such sign, so it is an information question, not an emergency.
//! When in doubt the rules lean towards urgent: a needless "get help" costs far less than a
//! missed one.

use serde::Serialize;

use crate::matcher::normalize;

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

/// Words that, near a breathing/swallowing/speaking word, say it is hard or impossible.
const DIFFICULTY: &[&str] = &[
    "barely",
    "hardly",
    "trouble",
    "troubles",
    "difficulty",
    "difficulties",
    "difficult",
    "hard",
    "struggling",
    "struggle",
    "struggles",
    "unable",
    "problem",
    "problems",
    "issue",
    "issues",
    "short",
    "shortness",
    "labored",
    "laboured",
    "stopped",
    "painful",
    "gasping",
];
/// How many words apart a difficulty word and its verb may be ("hard time swallowing").
const DIFFICULTY_WINDOW: usize = 3;

const BREATHING: &[&str] = &["breathe", "breathing", "breath", "breaths", "breathed"];
const SWALLOWING: &[&str] = &["swallow", "swallowing", "swallowed", "swallows"];
const SPEAKING: &[&str] = &["speak", "speaking", "talk", "talking", "speech"];

/// People a patient may be speaking for, and body functions they may report on.
const PERSONS: &[&str] = &[
    "mom",
    "mum",
    "mother",
    "dad",
    "father",
    "daughter",
    "son",
    "wife",
    "husband",
    "child",
    "kid",
    "baby",
    "friend",
    "sister",
    "brother",
    "partner",
    "girlfriend",
    "boyfriend",
    "grandma",
    "grandmother",
    "grandpa",
    "grandfather",
    "aunt",
    "uncle",
    "patient",
    "client",
    "throat",
    "voice",
    "speech",
    "breathing",
    "vision",
    "eyes",
    "bladder",
    "arms",
    "legs",
    "body",
    "chest",
    "tongue",
    "mouth",
];
const SUBJECTS: &[&str] = &["i", "we", "she", "he", "they"];
const POSSESSIVES: &[&str] = &["my", "his", "her", "our", "their"];
/// Time words that place a symptom in the present.
const NOW: &[&str] = &[
    "now",
    "since",
    "today",
    "tonight",
    "yesterday",
    "currently",
    "suddenly",
    "started",
    "ago",
    "morning",
    "afternoon",
    "evening",
    "getting",
    "worse",
    "still",
];

/// The red flag a message reports as happening now, if any.
pub fn assess(message: &str) -> Option<RedFlag> {
    let words = normalize::words(crate::matcher::truncate(
        message,
        4 * crate::matcher::MAX_QUERY_CHARS,
    ));
    let symptom = find_symptom(&words)?;
    reports_it_now(&words).then_some(symptom)
}

fn find_symptom(words: &[String]) -> Option<RedFlag> {
    let has = |phrase: &str| contains_phrase(words, phrase);
    if difficulty_near(words, BREATHING) || has("breathless") || has("suffocating") {
        return Some(RedFlag::Breathing);
    }
    if difficulty_near(words, SWALLOWING) || has("choking") || has("dysphagia") {
        return Some(RedFlag::Swallowing);
    }
    if has("throat is closing")
        || has("throat closing")
        || has("throat feels like it is closing")
        || (has("throat")
            && ["closing", "closed", "close", "swelling", "swollen", "tight"]
                .iter()
                .any(|w| has(w)))
    {
        return Some(RedFlag::ThroatClosing);
    }
    if difficulty_near(words, SPEAKING)
        || [
            "slurred",
            "slurring",
            "slur",
            "saying words",
            "get my words out",
        ]
        .iter()
        .any(|p| has(p))
    {
        return Some(RedFlag::Speaking);
    }
    if has("hoarse")
        || has("lost my voice")
        || has("lost voice")
        || has("losing my voice")
        || has("no voice")
        || has("voice is gone")
        || has("voice gone")
    {
        return Some(RedFlag::Voice);
    }
    if has("double vision") || has("seeing double") || has("see double") || has("seeing two") {
        return Some(RedFlag::DoubleVision);
    }
    if has("bladder") {
        return Some(RedFlag::BladderControl);
    }
    let weak = ["weak", "weakness", "limp", "floppy"]
        .iter()
        .any(|w| has(w));
    let all_over = [
        "all over",
        "whole body",
        "entire body",
        "everywhere",
        "arms",
        "legs",
        "body",
    ]
    .iter()
    .any(|w| has(w));
    (weak && all_over).then_some(RedFlag::WeaknessAllOver)
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

fn difficulty_near(words: &[String], verbs: &[&str]) -> bool {
    words.iter().enumerate().any(|(at, word)| {
        if !verbs.contains(&word.as_str()) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_whole_words_in_a_row() {
        let words = normalize::words("My throat is closing, and I lost my voices");
        assert!(contains_phrase(&words, "throat is closing"));
        assert!(contains_phrase(&words, "closing"));
        assert!(!contains_phrase(&words, "throat closing"));
        assert!(!contains_phrase(&words, "lost my voice"));
        assert!(!contains_phrase(&words, "close"));
    }

    #[test]
    fn general_questions_are_not_urgent() {
        for question in [
            "can botox cause trouble breathing",
            "can botox make it difficult to swallow",
            "is double vision a side effect of botox",
            "does botox affect bladder control",
            "swallowing issues after botox in my neck",
        ] {
            assert_eq!(assess(question), None, "{question}");
        }
    }

    #[test]
    fn plain_not_near_talk_is_not_a_speech_problem() {
        for message in [
            "i did not talk to my doctor yet",
            "she is not speaking to me lol",
        ] {
            assert_eq!(assess(message), None, "{message}");
        }
    }

    #[test]
    fn reports_about_self_or_others_are_urgent() {
        for (report, flag) in [
            ("i cant breathe after my botox", RedFlag::Breathing),
            (
                "my mom got botox and now she can't swallow",
                RedFlag::Swallowing,
            ),
            ("since my shots my voice is hoarse", RedFlag::Voice),
            ("I'm seeing double after botox", RedFlag::DoubleVision),
            (
                "my husband is weak all over after his injection",
                RedFlag::WeaknessAllOver,
            ),
            (
                "after botox i lost control of my bladder",
                RedFlag::BladderControl,
            ),
            ("my throat feels tight after botox", RedFlag::ThroatClosing),
            ("my words are slurred since yesterday", RedFlag::Speaking),
        ] {
            assert_eq!(assess(report), Some(flag), "{report}");
        }
    }
}
