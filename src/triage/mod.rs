//! Red-flag triage: does a message report a current emergency symptom after Botox?
//!
//! Runs before matching, with its own rules. A red flag needs a symptom from the Medication
//! Guide's "get help right away" list, in the words patients use for it ("wheezing", "wet
//! myself", "legs gave out"), and that the message is not only a question about it.
//! - A message that opens like a question ("can botox cause trouble breathing?", "what if
//!   you can't swallow") is a report only with a sign that someone is living it now ("I",
//!   "my mom", "she", "since", "now").
//! - Any other message that names a symptom is a report: "trouble breathing after botox",
//!   "can't swallow", "seeing double rn". Patients type reports that way, and a question
//!   about a topic rarely leaves the question out.
//! - A message that speaks of the symptom at a distance (someone else's story, an episode
//!   that is over, a "what if") is not a report, unless it also says that someone has
//!   trouble now ("she said it's fine, but i can't swallow"). See `distance`.
//!
//! When in doubt the rules lean towards urgent: a needless "get help" costs far less than a
//! missed one. So the breathing and swallowing verbs match with one typo ("swalow"), and a
//! denial ("no trouble breathing") is believed only when nothing in the message says that
//! things changed ("never had trouble breathing until now").

use serde::Serialize;

use crate::matcher::normalize;

mod distance;
mod foreign_words;
#[cfg(test)]
mod held_out_wording_tests;
#[cfg(test)]
mod lay_wording_tests;
mod report_words;
mod speech_words;
mod symptom_words;
mod symptoms;
#[cfg(test)]
mod tests;
mod typo_words;
mod vision_bladder_words;
mod weakness_words;
mod words;

use report_words::*;
use words::Words;

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
    /// Trouble breathing, swallowing, speaking or walking, double vision, weakness or
    /// wetting oneself, said in Spanish, Portuguese, French or German.
    InAnotherLanguage,
}

/// The red flag a message reports as happening now, if any.
pub fn assess(message: &str) -> Option<RedFlag> {
    assess_text(message).or_else(|| {
        // Normalising reads a zero-width space as a word break, which is right between
        // words but splits a pasted "dou\u{200b}ble" in two. Leaning to urgent, a message
        // that has one is read both ways.
        let joined = message
            .contains(ZERO_WIDTH_SPACE)
            .then(|| message.replace(ZERO_WIDTH_SPACE, ""));
        joined.and_then(|text| assess_text(&text))
    })
}

const ZERO_WIDTH_SPACE: char = '\u{200b}';

fn assess_text(message: &str) -> Option<RedFlag> {
    let words = normalize::words(crate::matcher::truncate(
        message,
        4 * crate::matcher::MAX_QUERY_CHARS,
    ));
    let symptom = symptoms::find(&Words::corrected(&words))?;
    let words = Words::as_written(&words);
    if distance::at_a_distance(&words) {
        return None;
    }
    let words = words.all();
    (!opens_as_question(words) || reports_it_now(words)).then_some(symptom)
}

/// "Can Botox ..." asks; "can not breathe" and "can barely talk" tell.
fn opens_as_question(words: &[&str]) -> bool {
    match words {
        [first, second, ..] if *first == "can" || *first == "could" => {
            !CAN_STATEMENT.contains(second)
        }
        [first, ..] => QUESTION_OPENERS.contains(first),
        [] => false,
    }
}

fn reports_it_now(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(at, word)| {
        // "is it bad if it's hard to swallow?" asks about what is happening.
        let judged = JUDGEMENTS.contains(word) && words.get(at + 1) == Some(&"if");
        if SUBJECTS.contains(word) || NOW.contains(word) || (at == 0 && *word == "help") || judged {
            return true;
        }
        POSSESSIVES.contains(word)
            && words[at + 1..]
                .iter()
                .take(2)
                .any(|next| person_or_body_part(next))
    })
}
