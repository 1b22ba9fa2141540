//! The words triage looks for, kept apart from the rules that use them.

/// Words that, near a breathing/swallowing/speaking word, say it is hard or impossible.
pub(super) const DIFFICULTY: &[&str] = &[
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
pub(super) const DIFFICULTY_WINDOW: usize = 3;

pub(super) const BREATHING: &[&str] = &["breathe", "breathing", "breath", "breaths", "breathed"];
pub(super) const SWALLOWING: &[&str] = &["swallow", "swallowing", "swallowed", "swallows"];
pub(super) const SPEAKING: &[&str] = &["speak", "speaking", "talk", "talking", "speech"];
/// Speaking verbs are close to everyday words ("talking" and "taking"), so they match only
/// as spelled. A word this long or longer may be one edit away from a breathing or
/// swallowing verb and still count ("swalow", "breating"); shorter ones are too easily
/// something else.
pub(super) const TYPO_MIN_LEN: usize = 5;
/// English words one edit from a breathing or swallowing verb, found by checking every
/// word of 5 letters or more in Debian's wamerican-large list; these are never typos.
pub(super) const REAL_WORDS_NOT_TYPOS: &[&str] = &[
    "breach",
    "breached",
    "breaching",
    "breadth",
    "breadths",
    "sallow",
    "shallow",
    "shallows",
    "wallow",
    "wallowed",
    "wallowing",
    "wallows",
    "wreath",
    "wreathe",
    "wreathed",
    "wreathing",
    "wreaths",
];
/// Words that, outside a question, state a trouble rather than ask about it ("it's" is
/// normalised to "it").
pub(super) const STATEMENT_MARKERS: &[&[&str]] =
    &[&["can", "not"], &["could", "not"], &["it"], &["its"]];
/// How many words after such a pair the symptom verb may come ("it is so hard to breathe").
pub(super) const STATEMENT_WINDOW: usize = 4;
/// Question openers: a message starting with one asks about a topic, even when it says
/// "can not" ("what if you can not swallow"). "Can" and "could" open a question unless
/// "not" follows.
pub(super) const QUESTION_OPENERS: &[&str] = &[
    "what", "how", "why", "when", "which", "who", "does", "do", "is", "are", "will", "would",
    "should", "may", "might", "if",
];

/// People a patient may be speaking for, and body functions they may report on.
pub(super) const PERSONS: &[&str] = &[
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
pub(super) const SUBJECTS: &[&str] = &["i", "we", "she", "he", "they"];
pub(super) const POSSESSIVES: &[&str] = &["my", "his", "her", "our", "their"];
/// Time words that place a symptom in the present.
pub(super) const NOW: &[&str] = &[
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
    "feeling",
    "having",
    "experiencing",
];

/// Symptom wordings, each a phrase of normalised words ("can't" is "can not"). Drawn from
/// the Medication Guide's list and the plain ways patients describe the same things.
pub(super) const THROAT_TIGHTENING: &[&str] =
    &["closing", "closed", "close", "swelling", "swollen", "tight"];
pub(super) const SPEECH_TROUBLE: &[&str] = &[
    "slurred",
    "slurring",
    "slur",
    "saying words",
    "get my words out",
    "get words out",
    "get the words out",
];
pub(super) const VOICE_CHANGE: &[&str] = &["weak", "raspy", "croaky", "changed", "different"];
pub(super) const LOST_VOICE: &[&str] = &[
    "hoarse",
    "lost my voice",
    "lost voice",
    "losing my voice",
    "no voice",
    "voice is gone",
    "voice gone",
];
pub(super) const DOUBLE_VISION: &[&str] = &[
    "double vision",
    "seeing double",
    "see double",
    "seeing two",
    "see two",
    "vision is double",
    "everything is double",
];
pub(super) const BLADDER: &[&str] = &[
    "bladder",
    "incontinence",
    "incontinent",
    "peed myself",
    "pee myself",
    "peeing myself",
    "wet myself",
    "wetting myself",
    "hold my pee",
];
pub(super) const WEAK: &[&str] = &["weak", "weakness", "limp", "floppy"];
pub(super) const ALL_OVER: &[&str] = &[
    "all over",
    "whole body",
    "entire body",
    "everywhere",
    "arms",
    "legs",
    "body",
];
/// "Can't move my face" is what cosmetic Botox is for, so moving counts only for limbs.
pub(super) const CAN_NOT_MOVE: &[&str] = &[
    "can not lift",
    "can not move",
    "can not raise",
    "could not lift",
    "could not move",
];
pub(super) const LIMBS: &[&str] = &["arms", "arm", "legs", "leg", "body", "head"];
pub(super) const CAN_NOT_STAND: &[&str] = &[
    "can not stand",
    "can not walk",
    "could not stand",
    "could not walk",
];
