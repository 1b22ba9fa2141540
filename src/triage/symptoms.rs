//! Which red-flag symptom, if any, a message's words describe. Whether someone is living
//! it is decided in the parent module.

use super::foreign_words::*;
use super::report_words::CHANGE_WORDS;
use super::speech_words::*;
use super::symptom_words::*;
use super::typo_words::*;
use super::vision_bladder_words::*;
use super::weakness_words::*;
use super::words::{one_typo_apart, Words};
use super::RedFlag;

type SymptomCheck = fn(&Message) -> bool;

/// The first red flag whose wording the message contains, checked in the order of the
/// Medication Guide's list.
pub(super) fn find(words: &Words) -> Option<RedFlag> {
    let message = Message::new(words);
    let checks: [(RedFlag, SymptomCheck); 8] = [
        (RedFlag::Breathing, breathing),
        (RedFlag::Swallowing, swallowing),
        (RedFlag::ThroatClosing, throat_closing),
        (RedFlag::Speaking, speaking),
        (RedFlag::Voice, voice),
        (RedFlag::DoubleVision, double_vision),
        (RedFlag::BladderControl, bladder_control),
        (RedFlag::WeaknessAllOver, weakness_all_over),
    ];
    let english = checks
        .into_iter()
        .find(|(_, check)| check(&message))
        .map(|(flag, _)| flag);
    english.or_else(|| in_another_language(&message).then_some(RedFlag::InAnotherLanguage))
}

/// A red flag in Spanish, Portuguese, French or German, told only roughly: the reply is the
/// same "get help now" whichever it is, and it names every red flag.
fn in_another_language(m: &Message) -> bool {
    m.has(FOREIGN_SYMPTOMS) || m.near(FOREIGN_VERBS, FOREIGN_TROUBLE, DIFFICULTY_WINDOW)
}

fn breathing(m: &Message) -> bool {
    m.verb_in_trouble(BREATHING_VERBS)
        || m.has(BREATHING_TROUBLE)
        || m.near(BREATHING, ODD, ODD_WINDOW)
        || m.near(CHEST, TIGHT, ODD_WINDOW)
        || m.near(BREATHING, POSTURE, POSTURE_WINDOW)
        || m.has_unless(SOB, NOT_SOB)
        || m.has_unless(EVERY_BREATH, NOT_EVERY_BREATH)
        || m.near(CHEST, FILL, FILL_WINDOW)
        || m.near(AIR, STARVED_OF_AIR, STARVED_WINDOW)
}

fn swallowing(m: &Message) -> bool {
    m.verb_in_trouble(SWALLOWING_VERBS)
        || m.has(SWALLOWING_TROUBLE)
        || m.near(SWALLOWING, ODD, ODD_WINDOW)
        || m.near(STUCK, SWALLOWED, STUCK_WINDOW)
        || m.near(COUGHING, EATING, COUGHING_WINDOW)
        || m.near(THROAT, WEAK_THROAT, ODD_WINDOW)
        || m.near(THROAT, FORGOT, ODD_WINDOW)
        || m.near(SWALLOWING, TRIES, DIFFICULTY_WINDOW)
        || m.near(ONLY_EAT, SOFT_FOOD, DIFFICULTY_WINDOW)
        || m.will_not_go_down()
}

fn throat_closing(m: &Message) -> bool {
    m.near(AIRWAY, CLOSING, CLOSING_WINDOW) || m.near(TONGUE, SWOLLEN, ODD_WINDOW)
}

fn speaking(m: &Message) -> bool {
    m.verb_in_trouble(SPEAKING_VERBS)
        || m.has(SPEECH_TROUBLE)
        || m.near(SPEECH, ODD, ODD_WINDOW)
        || m.near(SPOKEN_WORDS, UNCLEAR, UNCLEAR_WINDOW)
        || m.near(TONGUE, CLUMSY, ODD_WINDOW)
}

fn voice(m: &Message) -> bool {
    m.has(LOST_VOICE) || m.near(VOICE, VOICE_CHANGE, VOICE_WINDOW)
}

fn double_vision(m: &Message) -> bool {
    m.has(DOUBLE_VISION)
        || m.has(ONE_EYE)
        || m.near_unless(DOUBLE, NOT_DOUBLE, SIGHT, DOUBLE_WINDOW)
}

fn bladder_control(m: &Message) -> bool {
    m.has_unless(INCONTINENCE, NOT_INCONTINENCE)
        || m.near(BLADDER, LOSS_OF_CONTROL, BLADDER_WINDOW)
        || m.near(PEE, LEAKS, ODD_WINDOW)
        || m.near(PEE, LEAKS_OUT, LEAKS_OUT_WINDOW)
        || m.near(SOAKED, BOTTOMS, ODD_WINDOW)
        || m.near(URINE, BOTTOMS, ODD_WINDOW)
}

fn weakness_all_over(m: &Message) -> bool {
    (m.has(WEAK) && m.has(ALL_OVER))
        || m.near(CAN_NOT_MOVE, LIMBS, LIMB_WINDOW)
        || m.near(GIVE_WAY, GIVING_WAY, LIMB_WINDOW)
        || m.has(CAN_NOT_STAND)
        || m.near(MUSCLES_OR_BODY, POWERED_DOWN, POWERED_DOWN_WINDOW)
        || m.near(LEGS, LEGS_FAIL, ODD_WINDOW)
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

impl Verbs {
    /// Whether `word` is one of these verbs (see [`TYPO_MIN_LEN`] for typos).
    fn has(self, word: &str) -> bool {
        if self.spellings.contains(&word) {
            return true;
        }
        self.one_typo_counts
            && word.len() >= TYPO_MIN_LEN
            && !REAL_WORDS_NOT_TYPOS.contains(&word)
            && self.spellings.iter().any(|verb| one_typo_apart(word, verb))
    }
}

/// "dificulty", "truble": one typo in a long difficulty word.
fn is_difficulty_typo(word: &str) -> bool {
    word.len() >= DIFFICULTY_TYPO_MIN_LEN
        && !REAL_WORDS_NOT_TYPOS.contains(&word)
        && DIFFICULTY_TYPOS_OF
            .iter()
            .any(|long| one_typo_apart(word, long))
}

/// The message's words, with the ways symptom wordings are looked for in them.
struct Message<'m> {
    words: &'m Words<'m>,
    /// Whether a denial ("no trouble breathing") may be taken at its word: not when the
    /// message also says things changed ("until now", "but today").
    denials_hold: bool,
}

impl<'m> Message<'m> {
    fn new(words: &'m Words<'m>) -> Self {
        let denials_hold = !words.all().iter().any(|w| CHANGE_WORDS.contains(w));
        Message {
            words,
            denials_hold,
        }
    }

    /// Whether the wording starting at `at` is denied: "no trouble", "never had trouble",
    /// "do not have double vision". "Oh no" is not a denial.
    fn denied(&self, at: usize) -> bool {
        if !self.denials_hold {
            return false;
        }
        let word = |back: usize| at.checked_sub(back).map_or("", |i| self.words.at(i));
        let no = word(1) == "no" && word(2) != "oh";
        // "can't eat without gagging" reports the gagging.
        let never = word(1) == "never" || (word(1) == "without" && !self.said_can_not_before(at));
        // "can not get food down" is the symptom, not a denial of it.
        let not_having = matches!(word(2), "not" | "never")
            && !matches!(word(3), "can" | "could")
            && matches!(word(1), "have" | "had" | "get" | "got" | "having");
        no || never || not_having
    }

    fn said_can_not_before(&self, at: usize) -> bool {
        (at.saturating_sub(8)..at).any(|i| self.words.at(i) == "not" && self.says_difficulty(i))
    }

    fn has(&self, phrases: &[&str]) -> bool {
        self.has_unless(phrases, &[])
    }

    /// [`Self::has`], leaving out a phrase where one of `unless` starts ("sob story").
    fn has_unless(&self, phrases: &[&str], unless: &[&str]) -> bool {
        phrases.iter().any(|phrase| {
            self.words
                .starts(phrase)
                .any(|at| !self.denied(at) && !self.starts_any(unless, at))
        })
    }

    fn starts_any(&self, phrases: &[&str], at: usize) -> bool {
        phrases
            .iter()
            .any(|phrase| self.words.starts_between(phrase, at, at).next().is_some())
    }

    /// Whether a phrase of `these` and one of `those` start at most `window` words apart
    /// (and the first of the two is not denied).
    fn near(&self, these: &[&str], those: &[&str], window: usize) -> bool {
        self.near_unless(these, &[], those, window)
    }

    /// [`Self::near`], leaving out a phrase of `these` where one of `unless` starts
    /// ("double chin", "double the price").
    fn near_unless(&self, these: &[&str], unless: &[&str], those: &[&str], window: usize) -> bool {
        these.iter().any(|this| {
            self.words
                .starts(this)
                .filter(|&at| !self.starts_any(unless, at))
                .any(|at| {
                    those.iter().any(|that| {
                        self.words
                            .starts_between(that, at.saturating_sub(window), at + window)
                            .any(|other| !self.denied(at.min(other)))
                    })
                })
        })
    }

    /// Whether one of `verbs` has a word saying it is hard within [`DIFFICULTY_WINDOW`].
    fn verb_in_trouble(&self, verbs: Verbs) -> bool {
        let mut verb_positions = self
            .words
            .distinct()
            .filter(|(word, _)| verbs.has(word))
            .flat_map(|(_, positions)| positions);
        let len = self.words.all().len();
        verb_positions.any(|&at| {
            let from = at.saturating_sub(DIFFICULTY_WINDOW);
            let to = (at + DIFFICULTY_WINDOW + 1).min(len);
            (from..to).any(|near| self.says_difficulty(near) && !self.denied(near.min(at)))
        })
    }

    /// Whether "food", "pills" or the like come just before a "down" that a difficulty
    /// word precedes: "can't get my meds down", "food won't go down".
    fn will_not_go_down(&self) -> bool {
        self.words.starts("down").any(|at| {
            let thing_before = (at.saturating_sub(DIFFICULTY_WINDOW + 1)..at)
                .any(|near| SWALLOWED_THINGS.contains(&self.words.at(near)));
            let trouble_before = (at.saturating_sub(DIFFICULTY_WINDOW)..at)
                .any(|near| self.says_difficulty(near) && !self.denied(near));
            thing_before && trouble_before
        })
    }

    /// "not" alone is too common ("I did not talk to my doctor"); it counts only as
    /// "can not", "could not", "will not" ("my throat won't swallow") or "not (being)
    /// able". "No can" is how some learners of English say "can not".
    fn says_difficulty(&self, at: usize) -> bool {
        let word = self.words.at(at);
        let after = |n: usize| self.words.at(at + n);
        match word {
            "not" => {
                let before = at.checked_sub(1).map(|i| self.words.at(i));
                matches!(before, Some("can" | "could" | "will"))
                    || after(1) == "able"
                    || (matches!(after(1), "being" | "be") && after(2) == "able")
            }
            "no" => after(1) == "can",
            _ => DIFFICULTY.contains(&word) || is_difficulty_typo(word),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::normalize;

    #[test]
    fn near_counts_the_words_between_phrase_starts() {
        let normalised = normalize::words("my throat feels like it is closing");
        let words = Words::corrected(&normalised);
        let message = Message::new(&words);
        assert!(message.near(&["throat"], &["closing"], 5));
        assert!(!message.near(&["throat"], &["closing"], 4));
        assert!(message.near(&["closing"], &["my throat"], 6));
    }
}
