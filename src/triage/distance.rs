//! Messages that mention a red-flag symptom at a distance: someone else's story, an episode
//! that is over, or a "what if". The Medication Guide's rule is about a person who has the
//! symptom now; these only ask about it.
//!
//! A miss costs far more than a false alarm, so a message is taken as distant only when it
//! says so in plain words, and never when it also says that someone has trouble now
//! ("she said it's normal, but i can't swallow").

use super::report_words::{
    person_or_body_part, CONDITIONAL, DISTANCING, JUDGEMENTS, PEOPLE, PERSON_MODIFIERS,
    POSSESSIVES, PRESENT_SELF_REPORT, PRESENT_TIME, PRESENT_VERBS, RESOLVED, SUBJECTS,
    TELLING_VERBS,
};
use super::words::Words;

/// Whether the message speaks of the symptom at a distance and nothing in it says that
/// someone is living it now.
pub(super) fn at_a_distance(words: &Words) -> bool {
    let distant =
        DISTANCING.iter().chain(RESOLVED).any(|p| words.contains(p)) || likened_to_someone(words);
    distant && !speaks_of_now(words)
}

/// "like my sister did": a comparison with what happened to someone else. Not "like my
/// throat forgets how" (a body part) nor "i sound like my grandma" (a likeness now). Only
/// "my": "slurring like her mom did" describes the patient, who is someone else already.
fn likened_to_someone(words: &Words) -> bool {
    words.starts("like").any(|at| {
        words.at(at + 1) == "my"
            && PEOPLE.contains(&words.at(at + 2))
            && matches!(words.at(at + 3), "did" | "had" | "was" | "got" | "went")
    })
}

/// Whether a present-time word or a present self-report occurs, leaving out the "now" of
/// a resolution ("she's fine now", "gone now").
fn speaks_of_now(words: &Words) -> bool {
    let resolved_now: Vec<usize> = RESOLVED
        .iter()
        .filter(|p| p.ends_with(" now"))
        .filter_map(|p| {
            words
                .starts(p)
                .next()
                .map(|at| at + p.split(' ').count() - 1)
        })
        .collect();
    let present_word = words
        .all()
        .iter()
        .enumerate()
        .any(|(at, word)| PRESENT_TIME.contains(word) && !resolved_now.contains(&at));
    present_word
        || PRESENT_SELF_REPORT.iter().any(|p| words.contains(p))
        || someone_is_now(words.all())
}

/// "i can", "she is", "he seeing", "my voice sounds", "my throat forgets": someone, then a
/// present tense.
fn someone_is_now(words: &[&str]) -> bool {
    let present =
        |word: Option<&&str>| word.is_some_and(|w| PRESENT_VERBS.contains(w) || w.ends_with("ing"));
    // After "my throat", "my dad" or "he", a verb ending in -s is in the present ("cracks",
    // "coughs"), but not after "if" or "in case" ("if my voice gets weak"). "was" and words
    // like "less" are not verbs of that kind, and "my sister says" or "he thinks" tells a
    // story rather than what is happening.
    let present_s_verb = |word: Option<&&str>| {
        word.is_some_and(|w| {
            w.ends_with('s') && !w.ends_with("ss") && *w != "was" && !TELLING_VERBS.contains(w)
        })
    };
    words.iter().enumerate().any(|(at, word)| {
        let after = |n: usize| words.get(at + n);
        // "if my voice gets weak" supposes; "is it bad if my voice gets weak" tells. Only the
        // -s rule heeds this: "anyone know if my voice is supposed to sound like this" is a
        // report, as it was before the -s rule.
        let conditional = at > 0
            && CONDITIONAL.contains(&words[at - 1])
            && !(at > 1 && JUDGEMENTS.contains(&words[at - 2]));
        (SUBJECTS.contains(word) && (present(after(1)) || present_s_verb(after(1))))
            || (POSSESSIVES.contains(word) && {
                // "my whole body is", "my little boy keeps"
                let skip = usize::from(after(1).is_some_and(|w| PERSON_MODIFIERS.contains(w)));
                let person = after(1 + skip).copied().unwrap_or("");
                person_or_body_part(person)
                    && (present(after(2 + skip))
                        || (!conditional && present_s_verb(after(2 + skip))))
            })
    })
}
