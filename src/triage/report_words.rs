//! The words that tell a report ("I", "since", "is it normal") from a question, and a
//! present trouble from one at a distance (hearsay, an episode that is over, a "what if").

/// After "can" or "could" at the start, these make a statement ("can barely talk"), not a
/// question.
pub(super) const CAN_STATEMENT: &[&str] = &[
    "not", "barely", "hardly", "only", "never", "no", "still", "just", "really",
];
/// Question openers: a message starting with one asks about a topic, even when it says
/// "can not" ("what if you can not swallow"). "Can" and "could" open a question unless
/// "not" follows.
pub(super) const QUESTION_OPENERS: &[&str] = &[
    "what", "how", "why", "when", "where", "which", "who", "does", "do", "did", "is", "are", "was",
    "were", "has", "have", "will", "would", "should", "shall", "may", "might", "if",
];
/// People a patient may be speaking for.
pub(super) const PEOPLE: &[&str] = &[
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
    "gf",
    "bf",
    "hubby",
    "spouse",
    "fiance",
    "fiancee",
    "roommate",
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
];
/// Body functions and parts a patient may report on ("my throat is", "my voice keeps").
pub(super) const BODY_PARTS: &[&str] = &[
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
    "muscles",
];

/// Whether `word` names someone a patient may speak for, or a body part they report on.
pub(super) fn person_or_body_part(word: &str) -> bool {
    PEOPLE.contains(&word) || BODY_PARTS.contains(&word)
}
/// Words between "my" and the person or body part: "my whole body", "my little boy".
pub(super) const PERSON_MODIFIERS: &[&str] =
    &["whole", "entire", "little", "poor", "left", "right"];
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
    "days",
    "hours",
    "hrs",
    "weeks",
    "wks",
    "normal",
    "woke",
];
/// Words saying a symptom is new or changed, after which an earlier denial no longer holds
/// ("no trouble breathing until today").
pub(super) const CHANGE_WORDS: &[&str] = &[
    "until", "till", "til", "now", "but", "except", "anymore", "started", "suddenly", "today",
    "tonight",
];
/// Phrases that put a symptom in someone else's story or in a "what if".
pub(super) const DISTANCING: &[&str] = &[
    "said",
    "says",
    "told me",
    "heard",
    "i read",
    "read online",
    "reddit",
    "tiktok",
    "saw a",
    "warned",
    "mentioned",
    "what if",
    "in case",
    "imagine",
    "hypothetically",
    "if i start",
    "if i ever",
    "if i get",
    "if my",
    "if someone",
    "what would happen if",
    "could i get",
    "would botox",
    "like it did",
];
/// Verbs that tell a story rather than what is happening: "my sister says she had...".
pub(super) const TELLING_VERBS: &[&str] = &[
    "says",
    "thinks",
    "swears",
    "claims",
    "tells",
    "believes",
    "reckons",
    "reads",
    "hears",
    "remembers",
];
/// "is it bad if...", "is it normal if...": a report put as a question.
pub(super) const JUDGEMENTS: &[&str] = &[
    "bad",
    "normal",
    "ok",
    "okay",
    "serious",
    "weird",
    "dangerous",
    "fine",
    "worrying",
];
/// Words that make what follows a condition, not a report ("if my voice gets hoarse").
pub(super) const CONDITIONAL: &[&str] = &["if", "case", "whether", "once", "until"];
/// Phrases that put an episode in the past, over.
pub(super) const RESOLVED: &[&str] = &[
    "went away",
    "back to normal",
    "faded",
    "been fine",
    "swears",
    "news",
    "youtube",
    "friend of mine",
    "suppose",
    "go away",
    "resolved",
    "recovered",
    "cleared up",
    "fine now",
    "ok now",
    "okay now",
    "better now",
    "gone now",
    "no issues now",
    "gone within",
    "it lasted",
    "years ago",
    "year ago",
    "last year",
    "long time ago",
    "back in",
    "used to",
    "once had",
    "last time",
];
/// Words that place something in the present, so a message with one is never distant.
pub(super) const PRESENT_TIME: &[&str] = &[
    "now",
    "today",
    "tonight",
    "currently",
    "still",
    "since",
    "rn",
    "keep",
    "keeps",
    "started",
    "suddenly",
    "yesterday",
    "help",
    "911",
];
/// Someone saying they, or someone with them, have the trouble.
pub(super) const PRESENT_SELF_REPORT: &[&str] = &[
    "is this normal",
    "is it normal",
    "i have trouble",
    "i have no",
    "can not breathe",
    "can not swallow",
    "can not talk",
    "can not speak",
    "days ago",
    "day ago",
    "hours ago",
    "days post",
    "day post",
    "week post",
    "getting worse",
    "gotten worse",
    "got worse",
    "worse today",
];
/// After "i", "she"..., a present-tense verb; after "my voice", "her throat"..., one that
/// describes it now. ("he's seeing double" is normalised to "he seeing double".)
pub(super) const PRESENT_VERBS: &[&str] = &[
    "am", "is", "are", "can", "feel", "feels", "keep", "keeps", "has", "sounds", "looks", "been",
    "sees",
];
