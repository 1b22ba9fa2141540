//! Red-flag wordings in the languages patients in an English-speaking server most often
//! fall back on when frightened: Spanish, Portuguese, French and German. The corpus is in
//! English, but "get help now" must not depend on the patient's English. Accents are
//! folded before matching ("después" is "despues").

/// Breathing, swallowing, speaking and walking verbs.
pub(super) const FOREIGN_VERBS: &[&str] = &[
    "respirar",
    "tragar",
    "hablar",
    "engolir",
    "falar",
    "respirer",
    "avaler",
    "parler",
    "atmen",
    "schlucken",
    "sprechen",
    "caminar",
    "andar",
];
/// Words near such a verb that say it is hard: "no puedo", "não consigo", "du mal",
/// "kann nicht".
pub(super) const FOREIGN_TROUBLE: &[&str] = &[
    "no",
    "puedo",
    "problemas",
    "problema",
    "dificultad",
    "dificil",
    "cuesta",
    "nao",
    "consigo",
    "dificuldade",
    "pas",
    "peux",
    "mal",
    "difficulte",
    "difficile",
    "nicht",
    "schwer",
    "probleme",
    "kaum",
];
/// Whole wordings: shortness of breath, choking, double vision, weakness, wetting oneself.
/// The typo rule has already read Spanish "doble" as "double", so "veo doble" is written as
/// it arrives here.
pub(super) const FOREIGN_SYMPTOMS: &[&str] = &[
    "falta de aire",
    "me ahogo",
    "falta de ar",
    "atemnot",
    "luftnot",
    "essouffle",
    "essoufflee",
    "veo double",
    "visao dupla",
    "vejo duplo",
    "vois double",
    "vision double",
    "sehe doppelt",
    "doppelt sehen",
    "doppelbilder",
    "debilidad en",
    "debilidad general",
    "mucha debilidad",
    "fraqueza",
    "faiblesse",
    "incontinencia",
    "inkontinenz",
    "me orino",
    "me hago pis",
    "fuite urinaire",
];
