//! The words triage recognises double vision, lost bladder control and weakness all over
//! by (the Medication Guide's red flags away from the mouth and chest).

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
    "overlap",
    "twin",
    "twins",
    "split",
    "splits",
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
    "look",
    "looking",
    "things",
    "words",
    "lines",
    "light",
    "lights",
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
    "two tvs",
    "2 tvs",
    "two faces",
    "2 faces",
];
/// "Double" in its everyday senses: a double chin, double the price.
pub(super) const NOT_DOUBLE: &[&str] = &[
    "double chin",
    "double chins",
    "double the",
    "double my",
    "double check",
    "double checked",
    "double booked",
    "double dose",
    "twice as",
    "twice the",
    "twice a",
    "split the",
];
/// Double vision that goes away with one eye covered: how patients tell it from blur.
pub(super) const ONE_EYE: &[&str] = &[
    "cover one eye",
    "covering one eye",
    "close one eye",
    "closing one eye",
    "one eye closed",
    "one eye covered",
];
/// "Bladder control" alone is a topic (Botox treats an overactive bladder); its loss is
/// the red flag.
pub(super) const BLADDER: &[&str] = &["bladder", "pee", "pees", "urine"];
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
    "pee", "pees", "peed", "peeing", "wee", "piss", "pissed", "pissing", "urine", "urinate", "wet",
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
/// Urine that leaves without being let go: "it just comes out", "dribbles on its own".
pub(super) const LEAKS_OUT: &[&str] = &[
    "comes out",
    "come out",
    "coming out",
    "on its own",
    "dribble",
    "dribbles",
    "dribbling",
    "leaks out",
];
pub(super) const LEAKS_OUT_WINDOW: usize = 6;
pub(super) const WEAK: &[&str] = &[
    "weak",
    "weeak",
    "giving out",
    "gave out",
    "give out",
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
    "head to toe",
    "head to foot",
    "whole bodys",
    "whole bod",
    "whole bdy",
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
    "can not even lift",
    "can not even move",
    "could not even lift",
    "could not even move",
];
pub(super) const GIVE_WAY: &[&str] =
    &["gave", "give", "giving", "buckled", "buckling", "collapsed"];
/// Limbs, or all the muscles, that give way ("all my muscles feel like they gave up").
pub(super) const GIVING_WAY: &[&str] = &["arms", "arm", "legs", "leg", "body", "muscles"];
pub(super) const LIMBS: &[&str] = &["arms", "arm", "legs", "leg", "body", "head"];
/// How far apart a failing movement and the limb may start ("can not lift my left arm").
pub(super) const LIMB_WINDOW: usize = 5;
pub(super) const CAN_NOT_STAND: &[&str] = &[
    "can not stand",
    "can not walk",
    "could not stand",
    "could not walk",
    "can not get out of bed",
    "can not get up",
    "can barely stand",
    "can barely walk",
    "can hardly stand",
    "can hardly walk",
    "struggling to stand",
    "struggling to walk",
];
