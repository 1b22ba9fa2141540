//! The words triage recognises a red-flag symptom by, kept apart from the rules that use
//! them.

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
    "impossible",
    "harder",
    "probs",
    "prob",
];
/// How many words apart a difficulty word and its verb may be ("can not get a full breath").
pub(super) const DIFFICULTY_WINDOW: usize = 4;
pub(super) const BREATHING: &[&str] = &["breathe", "breathing", "breath", "breaths", "breathed"];
pub(super) const SWALLOWING: &[&str] = &["swallow", "swallowing", "swallowed", "swallows"];
pub(super) const SPEAKING: &[&str] = &[
    "speak",
    "speaking",
    "talk",
    "talking",
    "speech",
    "pronounce",
];
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
/// Symptom wordings. Each is a phrase of normalised words ("can't" is "can not"), drawn
/// from the Medication Guide's list and the plain ways patients describe the same things.
pub(super) const BREATHING_TROUBLE: &[&str] = &[
    "breathless",
    "suffocating",
    "wheezing",
    "wheeze",
    "wheezy",
    "winded",
    "out of breath",
    "short of breath",
    "for air",
    "get air",
    "enough air",
    "any air",
    "dyspnea",
    "dyspnoea",
    "air hunger",
    "out of air",
    "forgot how to breathe",
];
/// Words that, near "breathing", "swallowing" or "speech", say it is not as it should be.
pub(super) const ODD: &[&str] = &[
    "weird", "shallow", "funny", "strange", "off", "wrong", "noisy", "heavy", "tight", "messed",
    "weak", "slow",
];
/// How far apart such a word and the function may be ("swallowing feels really off").
pub(super) const ODD_WINDOW: usize = 3;
pub(super) const CHEST: &[&str] = &["chest"];
pub(super) const TIGHT: &[&str] = &["tight", "tightness", "heavy", "pressure"];
pub(super) const SWALLOWING_TROUBLE: &[&str] = &[
    "choking",
    "choke",
    "choked",
    "chokes",
    "gagging",
    "gag",
    "dysphagia",
    "stuck in my throat",
    "stuck in her throat",
    "stuck in his throat",
    "food down",
    "pills down",
    "water down",
    "wrong pipe",
    "spit down",
    "out my nose",
    "out of my nose",
];
pub(super) const AIRWAY: &[&str] = &["throat", "airway"];
pub(super) const CLOSING: &[&str] = &["closing", "closed", "close", "swelling", "swollen", "tight"];
/// "my throat feels like it is closing": the throat and its closing, five words apart.
pub(super) const CLOSING_WINDOW: usize = 5;
pub(super) const TONGUE: &[&str] = &["tongue"];
pub(super) const SWOLLEN: &[&str] = &["swollen", "swelling", "thick", "heavy"];
pub(super) const SPEECH: &[&str] = &["speech"];
pub(super) const SPEECH_TROUBLE: &[&str] = &[
    "slurred",
    "slurring",
    "slur",
    "slurry",
    "garbled",
    "saying words",
    "get my words out",
    "get words out",
    "get the words out",
    "words out",
    "form words",
    "sound drunk",
    "sounds drunk",
    "talk funny",
    "talking funny",
    "talk weird",
    "talking weird",
];
pub(super) const VOICE: &[&str] = &["voice"];
/// "my voice has been super raspy": the voice and its change, four words apart.
pub(super) const VOICE_WINDOW: usize = 4;
/// Speech that does not come out right ("my words come out all mushy").
pub(super) const SPOKEN_WORDS: &[&str] = &["words", "speech", "speaking", "talking"];
pub(super) const UNCLEAR: &[&str] = &[
    "mushy",
    "unclear",
    "not clear",
    "not coming",
    "garbled",
    "jumbled",
];
pub(super) const VOICE_CHANGE: &[&str] = &[
    "weak",
    "raspy",
    "croaky",
    "changed",
    "different",
    "went",
    "gone",
    "lost",
    "lose",
    "losing",
    "weird",
    "cracking",
    "strange",
    "quiet",
    "whisper",
    "husky",
];
pub(super) const LOST_VOICE: &[&str] = &["hoarse", "hoarseness", "no voice", "only whisper"];
pub(super) const DOUBLE: &[&str] = &[
    "double",
    "doubled",
    "doubling",
    "dubble",
    "dbl",
    "twice",
    "two times",
    "duplicate",
    "overlapping",
];
pub(super) const SIGHT: &[&str] = &[
    "vision",
    "vison",
    "see",
    "sees",
    "saw",
    "seeing",
    "seeng",
    "sight",
    "everything",
    "looks",
    "eyes",
    "images",
];
pub(super) const DOUBLE_VISION: &[&str] = &[
    "diplopia",
    "two of everything",
    "2 of everything",
    "seeing two of",
    "see two of",
    "see 2 of",
    "seeing 2",
    "two images",
    "two of me",
    "sees two of",
    "ghost image",
    "ghost images",
];
/// "Bladder control" alone is a topic (Botox treats an overactive bladder); its loss is
/// the red flag.
pub(super) const BLADDER: &[&str] = &["bladder", "pee", "urine"];
pub(super) const LOSS_OF_CONTROL: &[&str] = &[
    "lost",
    "lose",
    "losing",
    "loss",
    "no",
    "no control",
    "can not control",
    "leaking",
    "leaks",
    "accident",
    "accidents",
    "lets go",
    "gone",
    "can not stop",
    "unable",
    "not hold",
];
/// "lost control of my bladder": five words from the loss to the bladder.
pub(super) const BLADDER_WINDOW: usize = 5;
pub(super) const INCONTINENCE: &[&str] = &[
    "incontinence",
    "incontinent",
    "having accidents",
    "had accidents",
    "had an accident",
    "peed my pants",
    "pee my pants",
    "peeing my pants",
    "wet my pants",
    "wet the bed",
    "wetting the bed",
    "can not hold it in",
    "can not hold it",
    "make it to the bathroom",
    "make it to the toilet",
    "peeing without",
    "i leak",
    "just leak",
    "keep leaking",
];
pub(super) const PEE: &[&str] = &[
    "pee", "peed", "peeing", "wee", "piss", "pissed", "pissing", "urine", "urinate", "wet",
    "wetting",
];
pub(super) const LEAKS: &[&str] = &[
    "myself",
    "herself",
    "himself",
    "themselves",
    "hold",
    "control",
    "leak",
    "leaking",
    "leaks",
    "accident",
    "accidents",
];
pub(super) const WEAK: &[&str] = &[
    "weak",
    "weaker",
    "weakness",
    "limp",
    "floppy",
    "jelly",
    "ragdoll",
    "no strength",
    "zero strength",
    "lost strength",
    "lost my strength",
];
pub(super) const ALL_OVER: &[&str] = &[
    "all over",
    "whole body",
    "entire body",
    "everywhere",
    "anywhere",
    "everything",
    "generalized",
    "all ovr",
    "every muscle",
    "all my muscles",
    "all muscles",
    "all of my muscles",
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
    "barely lift",
    "barely move",
    "hardly lift",
    "hardly move",
];
pub(super) const GIVE_WAY: &[&str] =
    &["gave", "give", "giving", "buckled", "buckling", "collapsed"];
/// Limbs, or all the muscles, that give way ("all my muscles feel like they gave up").
pub(super) const GIVING_WAY: &[&str] = &["arms", "arm", "legs", "leg", "body", "muscles"];
pub(super) const LIMBS: &[&str] = &["arms", "arm", "legs", "leg", "body", "head"];
/// How far apart a failing movement and the limb may be ("can not lift my left arm").
pub(super) const LIMB_WINDOW: usize = 4;
pub(super) const CAN_NOT_STAND: &[&str] = &[
    "can not stand",
    "can not walk",
    "could not stand",
    "could not walk",
    "can not get out of bed",
    "can not get up",
];
