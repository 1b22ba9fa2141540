//! Which misspellings of symptom words triage still reads as the symptom, and the real
//! English words it must never read that way.

/// Speaking verbs are close to everyday words ("talking" and "taking"), so they match only
/// as spelled. A word this long or longer may be one edit away from a breathing or
/// swallowing verb and still count ("swalow", "breating"); shorter ones are too easily
/// something else.
pub(super) const TYPO_MIN_LEN: usize = 5;
/// Key symptom words that a message word one typo away is read as (first letter kept).
pub(super) const TYPO_TOLERANT: &[&str] = &[
    "breathe",
    "breathing",
    "breath",
    "swallow",
    "swallowing",
    "seeing",
    "double",
    "doubled",
    "vision",
    "bladder",
    "weakness",
    "slurred",
    "slurring",
    "hoarse",
    "incontinence",
    "wheezing",
    "choking",
    "choked",
    "speech",
    "voice",
];
/// English words one edit from a word above, found by checking Debian's wamerican-large
/// list; these are never corrected.
pub(super) const NOT_SYMPTOM_TYPOS: &[&str] = &[
    "doable", "doubler", "doublet", "doubted", "virion", "badder", "blander", "slurped", "spurred",
    "slurping", "spurring", "hearse", "horse", "hoars", "wheeling", "chowing", "coking", "cooking",
    "chocked", "chowed", "coked", "cooked", "vice", "voile", "voices", "voiced", "visions",
    "bladders", "doubles", "doubly", "seeding", "seeking", "seeming", "seeping", "seeling",
    "sewing", "sexing",
];
/// Difficulty words long enough that one typo in them still counts.
pub(super) const DIFFICULTY_TYPOS_OF: &[&str] = &[
    "trouble",
    "difficulty",
    "difficult",
    "struggling",
    "struggle",
    "problem",
    "problems",
];
pub(super) const DIFFICULTY_TYPO_MIN_LEN: usize = 6;
/// English words one edit from a breathing or swallowing verb or from a difficulty word
/// above, found by checking every word of 5 letters or more in Debian's wamerican-large
/// list; these are never typos.
pub(super) const REAL_WORDS_NOT_TYPOS: &[&str] = &[
    "breach",
    "breached",
    "breaching",
    "breadth",
    "breadths",
    "sallow",
    "shallow",
    "straggle",
    "straggles",
    "straggling",
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
