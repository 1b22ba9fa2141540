//! Messages that mention a red-flag symptom at a distance: someone else's story, an episode
//! that is over, or a "what if". The Medication Guide's rule is about a person who has the
//! symptom now; these only ask about it.
//!
//! A miss costs far more than a false alarm, so a message is taken as distant only when it
//! says so in plain words, and never when it also says that someone has trouble now
//! ("she said it's normal, but i can't swallow").

use super::report_words::{
    DISTANCING, PERSONS, POSSESSIVES, PRESENT_SELF_REPORT, PRESENT_TIME, PRESENT_VERBS, RESOLVED,
    SUBJECTS,
};

/// Whether the message speaks of the symptom at a distance and nothing in it says that
/// someone is living it now.
pub(super) fn at_a_distance(words: &[String]) -> bool {
    let has = |phrase: &str| phrase_at(words, phrase).is_some();
    let distant = DISTANCING.iter().chain(RESOLVED).any(|p| has(p));
    distant && !speaks_of_now(words)
}

/// Whether a present-time word or a present self-report occurs, leaving out the "now" of
/// a resolution ("she's fine now", "gone now").
fn speaks_of_now(words: &[String]) -> bool {
    let resolved_now: Vec<usize> = RESOLVED
        .iter()
        .filter(|p| p.ends_with(" now"))
        .filter_map(|p| phrase_at(words, p).map(|at| at + p.split(' ').count() - 1))
        .collect();
    let present_word = words
        .iter()
        .enumerate()
        .any(|(at, word)| PRESENT_TIME.contains(&word.as_str()) && !resolved_now.contains(&at));
    present_word
        || PRESENT_SELF_REPORT
            .iter()
            .any(|p| phrase_at(words, p).is_some())
        || someone_is_now(words)
}

/// "i can", "she is", "he seeing", "my voice sounds": someone, then a present tense.
fn someone_is_now(words: &[String]) -> bool {
    let present = |word: Option<&String>| {
        word.is_some_and(|w| PRESENT_VERBS.contains(&w.as_str()) || w.ends_with("ing"))
    };
    words.iter().enumerate().any(|(at, word)| {
        let word = word.as_str();
        let after = |n: usize| words.get(at + n);
        (SUBJECTS.contains(&word) && present(after(1)))
            || (POSSESSIVES.contains(&word)
                && after(1).is_some_and(|w| PERSONS.contains(&w.as_str()))
                && after(2).is_some_and(|w| PRESENT_VERBS.contains(&w.as_str())))
    })
}

/// Where the words of `phrase` first occur in a row.
fn phrase_at(words: &[String], phrase: &str) -> Option<usize> {
    (0..words.len()).find(|&at| {
        let mut following = words[at..].iter();
        phrase
            .split(' ')
            .all(|part| following.next().is_some_and(|word| word == part))
    })
}
