//! The words triage recognises trouble breathing or swallowing by, kept apart from the
//! rules that use them (speech and voice are in `speech_words`).

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
    "huffing and puffing",
    "huff and puff",
    "huffing",
    "puffing",
    "gasping",
    "full breath",
    "catch my breath",
    "catch her breath",
    "catch his breath",
    "have air",
    "every single breath",
    "think about every breath",
    "panting",
    "like i ran",
    "like i have run",
    "like i just ran",
    "have to stop to breathe",
    "need to stop to breathe",
    "stop twice to breathe",
    "keep stopping to breathe",
    "air is missing",
    "missing air",
    "need to stop for breath",
    "have to stop for breath",
    "stopping for breath",
    "on one breath",
];
/// "SOB" is how patients and nurses write shortness of breath; a "sob story" is not.
pub(super) const SOB: &[&str] = &["sob"];
pub(super) const NOT_SOB: &[&str] = &["sob story", "sob stories"];
/// "every breath feels like work"; not the song's "every breath you take".
pub(super) const EVERY_BREATH: &[&str] = &["every breath"];
pub(super) const NOT_EVERY_BREATH: &[&str] = &["every breath you"];
/// Breathing that needs a posture ("have to sit up to breathe", "can't breathe lying down").
pub(super) const POSTURE: &[&str] = &[
    "sit up",
    "sitting up",
    "sat up",
    "prop myself",
    "propped up",
    "lie down",
    "lying down",
    "lay down",
    "laying down",
    "lie flat",
    "lying flat",
    "laying flat",
];
pub(super) const POSTURE_WINDOW: usize = 5;
/// Breathing likened to something that starves it ("like sucking air through a straw",
/// "breathing under water"), that never goes "all the way", or that runs out "mid
/// sentence".
pub(super) const AIR: &[&str] = &["breathe", "breathing", "breath", "breaths", "air"];
pub(super) const STARVED_OF_AIR: &[&str] = &[
    "straw",
    "under water",
    "underwater",
    "drowning",
    "sitting on my chest",
    "all the way",
    "mid sentence",
    "midsentence",
    "between words",
    "pull air",
    "work to breathe",
    "stirrer",
    "sucking",
    "gulps",
    "gulp",
    "gulping",
];
pub(super) const STARVED_WINDOW: usize = 5;
/// Lungs that "won't fill up all the way".
pub(super) const FILL: &[&str] = &["fill", "expand", "inflate"];
pub(super) const FILL_WINDOW: usize = 6;
/// Words that, near "breathing", "swallowing" or "speech", say it is not as it should be.
pub(super) const ODD: &[&str] = &[
    "weird", "shallow", "funny", "strange", "off", "wrong", "noisy", "heavy", "tight", "messed",
    "weak", "slow", "tiny", "small", "little", "wet", "fast", "rapid",
];
/// How far apart such a word and the function may be ("swallowing feels really off").
pub(super) const ODD_WINDOW: usize = 3;
pub(super) const CHEST: &[&str] = &["chest", "lungs", "lung"];
pub(super) const TIGHT: &[&str] = &["tight", "tightness", "heavy", "pressure", "weight"];
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
    "wrong way",
    "spit it out",
    "spit out",
    "could not make it go down",
    "can not make it go down",
    "could not get it to go down",
    "can not get it to go down",
    "throat forgets how",
    "throat forgot how",
    "spit down",
    "out my nose",
    "out of my nose",
    "out of his nose",
    "out of her nose",
    "out his nose",
    "out her nose",
    "up his nose",
    "up her nose",
    "up my nose",
    "through my nose",
    "comes back up",
    "come back up",
    "coming back up",
    "aspirating",
    "aspirate",
    "aspirated",
    "aspiration",
    "think about swallowing",
    "how to swallow",
    "every single gulp",
    "every gulp",
    "think about every swallow",
    "down in slow motion",
    "lump in my throat",
    "sit at the back of my throat",
    "sits at the back of my throat",
];
/// Food that sticks on the way down ("every bite feels stuck halfway").
/// "Caught" only as a phrase: "caught a cold, my throat is sore" is not food that sticks.
pub(super) const STUCK: &[&str] = &[
    "stuck",
    "sticks",
    "sticking",
    "lodged",
    "gets caught",
    "get caught",
    "getting caught",
    "caught in my throat",
    "stays in my throat",
    "stays in the throat",
    "stay in my throat",
    "stay in the throat",
];
pub(super) const SWALLOWED: &[&str] = &[
    "everything",
    "throat",
    "food",
    "bite",
    "bites",
    "pill",
    "pills",
    "meds",
    "halfway",
    "water",
    "drink",
    "swallow",
    "lump",
];
pub(super) const STUCK_WINDOW: usize = 5;
/// Eating cut down to soft things: "i can only do yogurt and smoothies now".
pub(super) const ONLY_EAT: &[&str] = &[
    "can only eat",
    "can only do",
    "only able to eat",
    "can only manage",
];
pub(super) const SOFT_FOOD: &[&str] = &[
    "yogurt",
    "yoghurt",
    "smoothies",
    "smoothie",
    "soup",
    "soft",
    "liquids",
    "mush",
    "puree",
    "jello",
    "shakes",
];
/// What a patient fails to "get down": "can't get my meds down", "food won't go down".
pub(super) const SWALLOWED_THINGS: &[&str] = &[
    "food",
    "pill",
    "pills",
    "meds",
    "medicine",
    "tablets",
    "water",
    "drink",
    "drinks",
    "liquid",
    "liquids",
    "smoothie",
    "soup",
    "anything",
    "bite",
    "everything",
    "bites",
    "spit",
    "saliva",
    "lump",
    "bread",
    "solids",
    "solid",
    "coffee",
    "vitamins",
    "vitamin",
    "capsules",
    "rice",
];
/// Coughing or choking whenever one eats or drinks: food going the wrong way.
pub(super) const COUGHING: &[&str] = &[
    "cough",
    "coughs",
    "coughing",
    "coughed",
    "sputter",
    "sputtering",
    "spluttering",
];
/// Swallowing that takes several goes: "it takes like 3 tries".
pub(super) const TRIES: &[&str] = &["tries", "attempts", "goes", "times", "twice"];
/// "coughing and spluttering with every drink": five words apart.
pub(super) const COUGHING_WINDOW: usize = 5;
pub(super) const EATING: &[&str] = &[
    "eat", "eats", "eating", "drink", "drinks", "drinking", "sip", "sips", "spoon", "spoonful",
    "mouthful", "food", "soup", "meal", "meals",
];
pub(super) const THROAT: &[&str] = &["throat"];
pub(super) const FORGOT: &[&str] = &["forgot", "forgets", "forgot how", "forgets how"];
pub(super) const WEAK_THROAT: &[&str] = &[
    "weak",
    "weaker",
    "weakness",
    "floppy",
    "will not work",
    "not working",
    "does not work",
];
pub(super) const AIRWAY: &[&str] = &["throat", "airway"];
pub(super) const CLOSING: &[&str] = &[
    "closing",
    "closed",
    "close",
    "swelling",
    "swollen",
    "tight",
    "squeezing",
];
/// "my throat feels like it is closing": the throat and its closing, five words apart.
pub(super) const CLOSING_WINDOW: usize = 5;
pub(super) const TONGUE: &[&str] = &["tongue"];
pub(super) const SWOLLEN: &[&str] = &["swollen", "swelling", "thick", "heavy", "too big"];
