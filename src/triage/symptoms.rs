//! Which red-flag symptom, if any, a message's words describe. Whether someone is living
//! it is decided in the parent module.

use super::report_words::CHANGE_WORDS;
use super::symptom_words::*;
use super::RedFlag;
use rustc_hash::FxHashMap;

type SymptomCheck = fn(&Words) -> bool;

/// The first red flag whose wording the message contains, checked in the order of the
/// Medication Guide's list.
pub(super) fn find(words: &[String]) -> Option<RedFlag> {
    let message = Words::new(words);
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
    checks
        .into_iter()
        .find(|(_, check)| check(&message))
        .map(|(flag, _)| flag)
}

fn breathing(m: &Words) -> bool {
    m.verb_in_trouble(BREATHING_VERBS)
        || m.has(BREATHING_TROUBLE)
        || m.near(BREATHING, ODD, ODD_WINDOW)
        || m.near(CHEST, TIGHT, ODD_WINDOW)
}

fn swallowing(m: &Words) -> bool {
    m.verb_in_trouble(SWALLOWING_VERBS)
        || m.has(SWALLOWING_TROUBLE)
        || m.near(SWALLOWING, ODD, ODD_WINDOW)
}

fn throat_closing(m: &Words) -> bool {
    m.near(AIRWAY, CLOSING, CLOSING_WINDOW) || m.near(TONGUE, SWOLLEN, ODD_WINDOW)
}

fn speaking(m: &Words) -> bool {
    m.verb_in_trouble(SPEAKING_VERBS)
        || m.has(SPEECH_TROUBLE)
        || m.near(SPEECH, ODD, ODD_WINDOW)
        || m.near(SPOKEN_WORDS, UNCLEAR, VOICE_WINDOW)
}

fn voice(m: &Words) -> bool {
    m.has(LOST_VOICE) || m.near(VOICE, VOICE_CHANGE, VOICE_WINDOW)
}

fn double_vision(m: &Words) -> bool {
    m.has(DOUBLE_VISION) || m.near(DOUBLE, SIGHT, ODD_WINDOW)
}

fn bladder_control(m: &Words) -> bool {
    m.has(INCONTINENCE)
        || m.near(BLADDER, LOSS_OF_CONTROL, BLADDER_WINDOW)
        || m.near(PEE, LEAKS, ODD_WINDOW)
}

fn weakness_all_over(m: &Words) -> bool {
    (m.has(WEAK) && m.has(ALL_OVER))
        || m.near(CAN_NOT_MOVE, LIMBS, LIMB_WINDOW)
        || m.near(GIVE_WAY, GIVING_WAY, LIMB_WINDOW)
        || m.has(CAN_NOT_STAND)
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

/// `word`, or the key symptom word it is one typo away from ("vission", "bladdr"). The
/// typo keeps the first letter, as most do, and real words are never corrected.
fn corrected(word: &str) -> &str {
    let leave_alone = word.len() < TYPO_MIN_LEN - 1
        || TYPO_TOLERANT.contains(&word)
        || NOT_SYMPTOM_TYPOS.contains(&word)
        || REAL_WORDS_NOT_TYPOS.contains(&word);
    if leave_alone {
        return word;
    }
    TYPO_TOLERANT
        .iter()
        .find(|key| {
            **key != word && key.as_bytes()[0] == word.as_bytes()[0] && one_typo_apart(word, key)
        })
        .copied()
        .unwrap_or(word)
}

/// Whether `word` is one edit (or one swap of neighbours) from `target`. The length test
/// first: most words fail it, and the edit distance allocates.
fn one_typo_apart(word: &str, target: &str) -> bool {
    word.len().abs_diff(target.len()) <= 1 && strsim::osa_distance(word, target) == 1
}

/// "dificulty", "truble": one typo in a long difficulty word.
fn is_difficulty_typo(word: &str) -> bool {
    word.len() >= DIFFICULTY_TYPO_MIN_LEN
        && !REAL_WORDS_NOT_TYPOS.contains(&word)
        && DIFFICULTY_TYPOS_OF
            .iter()
            .any(|long| one_typo_apart(word, long))
}

/// A message's normalised words, and the ways triage looks for wordings in them.
struct Words {
    /// The message's words, with one-typo spellings of the key symptom words corrected.
    words: Vec<String>,
    /// Where each distinct word occurs, in order.
    positions: FxHashMap<String, Vec<usize>>,
    /// Whether a denial ("no trouble breathing") may be taken at its word: not when the
    /// message also says things changed ("until now", "but today").
    denials_hold: bool,
}

impl Words {
    fn new(words: &[String]) -> Self {
        let denials_hold = !words.iter().any(|w| CHANGE_WORDS.contains(&w.as_str()));
        let words: Vec<String> = words.iter().map(|w| corrected(w).to_owned()).collect();
        let mut positions: FxHashMap<String, Vec<usize>> = FxHashMap::default();
        for (at, word) in words.iter().enumerate() {
            positions.entry(word.clone()).or_default().push(at);
        }
        Words {
            words,
            positions,
            denials_hold,
        }
    }

    /// Where the words of `phrase` (single spaces between them) start, in a row, between
    /// word `from` and word `to` (inclusive). Looked up by the phrase's first word, so a
    /// long message of repeated symptom words costs its occurrences, not its length.
    fn starts_between<'p>(
        &'p self,
        phrase: &'p str,
        from: usize,
        to: usize,
    ) -> impl Iterator<Item = usize> + 'p {
        let mut parts = phrase.split(' ');
        let first = parts.next().unwrap_or_default();
        let at_first = self.positions.get(first).map_or(&[][..], Vec::as_slice);
        let lo = at_first.partition_point(|&at| at < from);
        let hi = at_first.partition_point(|&at| at <= to);
        at_first[lo..hi].iter().copied().filter(move |&at| {
            let mut following = self.words[at + 1..].iter();
            parts
                .clone()
                .all(|part| following.next().is_some_and(|word| word == part))
        })
    }

    fn starts<'p>(&'p self, phrase: &'p str) -> impl Iterator<Item = usize> + 'p {
        self.starts_between(phrase, 0, usize::MAX)
    }

    /// Whether the wording starting at `at` is denied: "no trouble", "never had trouble",
    /// "do not have double vision". "Oh no" is not a denial.
    fn denied(&self, at: usize) -> bool {
        if !self.denials_hold {
            return false;
        }
        let word = |back: usize| at.checked_sub(back).map_or("", |i| self.words[i].as_str());
        let no = word(1) == "no" && word(2) != "oh";
        let never = matches!(word(1), "never" | "without");
        // "can not get food down" is the symptom, not a denial of it.
        let not_having = matches!(word(2), "not" | "never")
            && !matches!(word(3), "can" | "could")
            && matches!(word(1), "have" | "had" | "get" | "got" | "having");
        no || never || not_having
    }

    fn has(&self, phrases: &[&str]) -> bool {
        phrases
            .iter()
            .any(|phrase| self.starts(phrase).any(|at| !self.denied(at)))
    }

    /// Whether a phrase of `these` and one of `those` start at most `window` words apart
    /// (and the first of the two is not denied).
    fn near(&self, these: &[&str], those: &[&str], window: usize) -> bool {
        these.iter().any(|this| {
            self.starts(this).any(|at| {
                those.iter().any(|that| {
                    self.starts_between(that, at.saturating_sub(window), at + window)
                        .any(|other| !self.denied(at.min(other)))
                })
            })
        })
    }

    /// Whether one of `verbs` has a word saying it is hard within [`DIFFICULTY_WINDOW`].
    fn verb_in_trouble(&self, verbs: Verbs) -> bool {
        let verb_positions = self
            .positions
            .iter()
            .filter(|(word, _)| verbs.has(word))
            .flat_map(|(_, positions)| positions);
        verb_positions.into_iter().any(|&at| {
            let from = at.saturating_sub(DIFFICULTY_WINDOW);
            let to = (at + DIFFICULTY_WINDOW + 1).min(self.words.len());
            (from..to).any(|near| self.says_difficulty(near) && !self.denied(near.min(at)))
        })
    }

    /// "not" alone is too common ("I did not talk to my doctor"); it counts only as
    /// "can not", "could not", "will not" ("my throat won't swallow") or "not able".
    fn says_difficulty(&self, at: usize) -> bool {
        let word = self.words[at].as_str();
        if word != "not" {
            return DIFFICULTY.contains(&word) || is_difficulty_typo(word);
        }
        let before = at.checked_sub(1).map(|i| self.words[i].as_str());
        let after = self.words.get(at + 1).map(String::as_str);
        matches!(before, Some("can" | "could" | "will")) || after == Some("able")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::normalize;

    #[test]
    fn phrases_match_whole_words_in_a_row() {
        let words = normalize::words("My throat is closing, and I lost my voices");
        let message = Words::new(&words);
        assert!(message.has(&["throat is closing"]));
        assert!(message.has(&["closing"]));
        assert!(!message.has(&["throat closing"]));
        assert!(!message.has(&["lost my voice"]));
        assert!(!message.has(&["close"]));
    }

    #[test]
    fn near_counts_the_words_between_phrase_starts() {
        let words = normalize::words("my throat feels like it is closing");
        let message = Words::new(&words);
        assert!(message.near(&["throat"], &["closing"], 5));
        assert!(!message.near(&["throat"], &["closing"], 4));
        assert!(message.near(&["closing"], &["my throat"], 6));
    }

    #[test]
    fn key_symptom_words_are_corrected_but_real_words_are_not() {
        for (typed, meant) in [
            ("vission", "vision"),
            ("doubel", "double"),
            ("bladdr", "bladder"),
            ("wekness", "weakness"),
            ("sluring", "slurring"),
            ("horse", "horse"),
            ("cooking", "cooking"),
            ("vice", "vice"),
            ("chose", "chose"),
        ] {
            assert_eq!(corrected(typed), meant, "{typed}");
        }
    }
}
