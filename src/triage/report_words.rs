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
    "next week",
    "next month",
    "tomorrow",
    "i might",
    "might get",
    "might lose",
    "i will get",
    "i will lose",
    "i will have",
    "going to get",
    "leaflet",
    "paperwork",
    "boxed warning",
    "label says",
    "sheet that says",
    "said call",
];
/// Modal verbs that, just before "i" or "she", make a "what if" of what follows ("could i
/// end up seeing double"). "do i", "should i" and "will i" are left out: "why do i have
/// double vision", "what do i do i can't swallow" and "how long will i have trouble
/// swallowing" are reports.
pub(super) const SUPPOSING_VERBS: &[&str] = &["could", "would", "might", "may"];
/// Verbs that, just before "i" or "she", ask ("what should i do", "do i call 911"). Such a
/// question is a report unless the message also supposes ("if i get hoarse").
pub(super) const ASKING_VERBS: &[&str] = &[
    "should", "do", "does", "did", "can", "will", "shall", "am", "is", "are",
];
/// Fear or plans, not a symptom: "i am scared", "i am planning".
pub(super) const WORRY: &[&str] = &[
    "scared",
    "worried",
    "worry",
    "nervous",
    "anxious",
    "afraid",
    "terrified",
    "concerned",
    "paranoid",
    "freaked",
];
/// Thoughts and plans, not a symptom: "i'm considering it again", "i'm wondering if".
pub(super) const MUSING: &[&str] = &[
    "wondering",
    "curious",
    "thinking",
    "planning",
    "considering",
    "hoping",
];
/// Words before "since" that make it look back: "fine ever since", "hasn't happened since".
pub(super) const SINCE_THEN: &[&str] = &[
    "ever", "fine", "happened", "been", "okay", "ok", "good", "problems", "issues", "nothing",
    "resolved", "better", "clear", "gone",
];
/// Plans that follow "now" in a story that is over: "now they want to do it again".
pub(super) const PLANS: &[&str] = &[
    "want", "wants", "book", "booking", "booked", "time", "restart",
];
/// How someone is after an episode: "now i'm okay", "now she's better".
pub(super) const WELL: &[&str] = &["better", "okay", "ok", "fine", "recovered"];
/// "i am booked for friday", "i am due again": a treatment still to come.
pub(super) const BOOKED: &[&str] = &["booked", "scheduled", "due"];
/// What "getting" is about when it is a treatment to come: "i'm getting my neck done".
pub(super) const TREATMENT_OBJECTS: &[&str] = &[
    "my",
    "botox",
    "tox",
    "injections",
    "dysport",
    "xeomin",
    "it",
    "done",
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
    "settled down",
    "fine after",
    "fine since",
    "fine ever since",
    "totally fine",
    "was fine",
    "back now",
    "no problems",
    "turned out",
    "long gone",
    "all good now",
    "it was gone",
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
