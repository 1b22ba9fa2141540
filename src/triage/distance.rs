//! Messages that mention a red-flag symptom at a distance: someone else's story, an episode
//! that is over, or a "what if". The Medication Guide's rule is about a person who has the
//! symptom now; these only ask about it.
//!
//! A miss costs far more than a false alarm, so a message is taken as distant only when it
//! says so in plain words, and never when it also says that someone has trouble now
//! ("she said it's normal, but i can't swallow").

use super::report_words::{
    BOOKED, CONDITIONAL, DISTANCING, JUDGEMENTS, MUSING, PEOPLE, PERSONS, PERSON_MODIFIERS, PLANS,
    POSSESSIVES, PRESENT_SELF_REPORT, PRESENT_TIME, PRESENT_VERBS, RESOLVED, SINCE_THEN, SUBJECTS,
    TREATMENT_OBJECTS, WELL, WORRY,
};
use super::words::Words;

/// Whether the message speaks of the symptom at a distance and nothing in it says that
/// someone is living it now.
pub(super) fn at_a_distance(words: &Words) -> bool {
    let distant =
        DISTANCING.iter().chain(RESOLVED).any(|p| words.contains(p)) || likened_to_someone(words);
    distant && !speaks_of_now(words)
}

/// "like my sister did": a comparison with someone else. "like my throat forgets how" is
/// not one; body parts are among [`PERSONS`] but not among [`PEOPLE`].
fn likened_to_someone(words: &Words) -> bool {
    words
        .starts("like")
        .any(|at| POSSESSIVES.contains(&words.at(at + 1)) && PEOPLE.contains(&words.at(at + 2)))
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
    let present_word = words.all().iter().enumerate().any(|(at, word)| {
        PRESENT_TIME.contains(word) && !resolved_now.contains(&at) && !looks_away(words, at)
    });
    present_word
        || PRESENT_SELF_REPORT.iter().any(|p| words.contains(p))
        || someone_is_now(words.all())
}

/// Whether the present-time word at `at` only looks back on something over ("fine ever
/// since", "hasn't happened since") or ahead to a plan or a fear ("now i'm scared to book",
/// "now they want to do it again").
fn looks_away(words: &Words, at: usize) -> bool {
    let before = at.checked_sub(1).map_or("", |i| words.at(i));
    let mut ahead = (at + 1..at + 4).map(|i| words.at(i));
    // "seek medical help if you have...", as leaflets put it, is advice, not a cry for help.
    let advised_help = words.at(at) == "help"
        && (matches!(before, "medical" | "seek" | "get") || words.at(at + 1) == "if");
    advised_help
        || SINCE_THEN.contains(&before)
        || ahead.any(|w| {
            [WORRY, MUSING, PLANS, WELL]
                .iter()
                .any(|list| list.contains(&w))
        })
}

/// Whether the two words after the "i" or "she" at `at` tell of a fear, a thought or a
/// booking, not a symptom: "i am scared", "i am booked for friday", "i am getting my neck
/// done".
pub(super) fn fears_or_plans(words: &[&str], at: usize) -> bool {
    let next = |n: usize| words.get(at + n).copied().unwrap_or("");
    [next(1), next(2)].iter().any(|w| WORRY.contains(w)) || plans(words, at)
}

/// [`fears_or_plans`] for a story told at a distance, where fear of what is to come ("now
/// i'm scared to book", "i'm scared i'll lose my voice") is not a present trouble but plain
/// fear may come with one ("like my grandma had, i lost control of my bladder and i'm
/// scared").
fn plans(words: &[&str], at: usize) -> bool {
    let next = |n: usize| words.get(at + n).copied().unwrap_or("");
    (1..=2).any(|n| {
        let word = next(n);
        BOOKED.contains(&word)
            || MUSING.contains(&word)
            || (word == "getting" && TREATMENT_OBJECTS.contains(&next(n + 1)))
            || (WORRY.contains(&word) && fear_of_what_is_to_come(next(n + 1), next(n + 2)))
    })
}

fn fear_of_what_is_to_come(next: &str, after: &str) -> bool {
    matches!(next, "to" | "about" | "of" | "for")
        || (SUBJECTS.contains(&next) && matches!(after, "will" | "might" | "could" | "would"))
}

/// "i can", "she is", "he seeing", "my voice sounds", "my throat forgets": someone, then a
/// present tense.
fn someone_is_now(words: &[&str]) -> bool {
    let present =
        |word: Option<&&str>| word.is_some_and(|w| PRESENT_VERBS.contains(w) || w.ends_with("ing"));
    // After "my throat" or "her voice", a verb ending in -s is in the present ("cracks",
    // "leaks"), but not after "if" or "in case" ("if my kid gets weak"); "was" and words
    // like "less" are not verbs of that kind.
    let present_s_verb = |word: Option<&&str>| {
        word.is_some_and(|w| w.ends_with('s') && !w.ends_with("ss") && *w != "was")
    };
    words.iter().enumerate().any(|(at, word)| {
        let after = |n: usize| words.get(at + n);
        // "if my son has trouble breathing" supposes; "is it bad if my voice is hoarse" tells.
        let conditional = at > 0
            && CONDITIONAL.contains(&words[at - 1])
            && !(at > 1 && JUDGEMENTS.contains(&words[at - 2]));
        let present_after = |n: usize| !conditional && present(after(n));
        (SUBJECTS.contains(word) && present(after(1)) && !plans(words, at))
            || (POSSESSIVES.contains(word) && {
                // "my whole body is", "my little boy keeps"
                let skip = usize::from(after(1).is_some_and(|w| PERSON_MODIFIERS.contains(w)));
                after(1 + skip).is_some_and(|w| PERSONS.contains(w))
                    && (present_after(2 + skip)
                        || (!conditional && present_s_verb(after(2 + skip))))
            })
    })
}
