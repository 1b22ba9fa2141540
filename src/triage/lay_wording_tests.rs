//! Wordings found by review sets 5 to 13 and reviews of the rules: what patients write
//! instead of the textbook words, other senses of the same words, and reports that rules
//! for fears, plans, stories and idioms once set aside.

use super::tests::{assert_flags, assert_not_urgent, assert_urgent};
use super::*;

/// Review set 5 missed these kinds of report: abbreviations, a posture needed to breathe,
/// food that will not go down, and double vision told by what is seen.
#[test]
fn described_symptoms_and_abbreviations_are_urgent() {
    assert_flags(&[
        ("SOB after my tox", RedFlag::Breathing),
        (
            "huffing and puffing on the stairs since botox",
            RedFlag::Breathing,
        ),
        (
            "i have to sit up to breathe at night now",
            RedFlag::Breathing,
        ),
        (
            "my lungs feel heavy since friday's shots",
            RedFlag::Breathing,
        ),
        ("i am not being able to breathe deeply", RedFlag::Breathing),
        ("me no can breathe good", RedFlag::Breathing),
        (
            "cant get my pills down since the injections",
            RedFlag::Swallowing,
        ),
        (
            "soup wont go down right, had tox monday",
            RedFlag::Swallowing,
        ),
        ("every bite gets stuck halfway now", RedFlag::Swallowing),
        (
            "water keeps coming up my nose when i drink",
            RedFlag::Swallowing,
        ),
        (
            "she coughs every time she eats since her botox",
            RedFlag::Swallowing,
        ),
        (
            "my throat muscles feel weak after botox",
            RedFlag::Swallowing,
        ),
        (
            "everything has a twin since my botox",
            RedFlag::DoubleVision,
        ),
        (
            "the two lights overlap unless i cover one eye",
            RedFlag::DoubleVision,
        ),
        (
            "it goes away when i close one eye, since botox",
            RedFlag::DoubleVision,
        ),
        (
            "pee just dribbles out on its own since the shots",
            RedFlag::BladderControl,
        ),
        ("he cant control when he pees now", RedFlag::BladderControl),
        (
            "weak from head to toe since dysport",
            RedFlag::WeaknessAllOver,
        ),
        (
            "my muscles all over are giving out",
            RedFlag::WeaknessAllOver,
        ),
        (
            "cant even lift my arms after botox",
            RedFlag::WeaknessAllOver,
        ),
        ("can not lift my left arm today", RedFlag::WeaknessAllOver),
        (
            "swallowing feels weird, like my throat forgets how",
            RedFlag::Swallowing,
        ),
        (
            "feels like breathing through a straw tonight",
            RedFlag::Breathing,
        ),
        ("my lungs wont fill up all the way", RedFlag::Breathing),
        ("swallowing takes 3 tries now", RedFlag::Swallowing),
        (
            "milk came out of his nose at dinner, botox last week",
            RedFlag::Swallowing,
        ),
        (
            "her words are coming out all mushy today",
            RedFlag::Speaking,
        ),
        ("my voice keeps cutting out since the tox", RedFlag::Voice),
        (
            "the lines on the road are doubled today",
            RedFlag::DoubleVision,
        ),
        (
            "i have been unable to hold my water since dysport",
            RedFlag::BladderControl,
        ),
        (
            "my arms and legs feel like lead since friday",
            RedFlag::WeaknessAllOver,
        ),
        (
            "she has gone all floppy since her botox",
            RedFlag::WeaknessAllOver,
        ),
        (
            "is it bad if my voice is hoarse after botox",
            RedFlag::Voice,
        ),
        (
            "cant even eat my cereal without gagging",
            RedFlag::Swallowing,
        ),
        (
            "it feels like my muscles wont work, weak everywhere",
            RedFlag::WeaknessAllOver,
        ),
        (
            "my wife cannot get out of the bed, arms and legs no power",
            RedFlag::WeaknessAllOver,
        ),
        (
            "everything i look at has a second copy, dysport 5 days ago",
            RedFlag::DoubleVision,
        ),
        ("he wets the bed since his botox", RedFlag::BladderControl),
        (
            "breathing feels like sucking air through a straw",
            RedFlag::Breathing,
        ),
        ("i have to swallow 3 times for one sip", RedFlag::Swallowing),
        (
            "he is coughing on every spoon of yogurt",
            RedFlag::Swallowing,
        ),
        ("sound like a frog since yesterday", RedFlag::Voice),
        ("my voice gets weaker every sentence", RedFlag::Voice),
        ("my words run together since the botox", RedFlag::Speaking),
        ("my tongue feels too big today", RedFlag::ThroatClosing),
        (
            "the heavy limbs thing, got it right now",
            RedFlag::WeaknessAllOver,
        ),
        (
            "muscles just not working, arms + legs",
            RedFlag::WeaknessAllOver,
        ),
        (
            "everything comes in pairs since my xeomin",
            RedFlag::DoubleVision,
        ),
        (
            "my bladder has a mind of its own since botox",
            RedFlag::BladderControl,
        ),
        (
            "he told me hes been leaking pee all day",
            RedFlag::BladderControl,
        ),
        (
            "when i look to the side the picture splits in two",
            RedFlag::DoubleVision,
        ),
        (
            "solids just won't go down, 2 weeks after my botox",
            RedFlag::Swallowing,
        ),
        (
            "i dont feel when i need to go and then it just comes out",
            RedFlag::BladderControl,
        ),
        (
            "climbing stairs feels like i ran a marathon since botox",
            RedFlag::Breathing,
        ),
    ]);
}

/// The regression this guards: a zero-width space pasted inside "double" split the word
/// in two, and the report was missed.
#[test]
fn a_zero_width_space_inside_a_symptom_word_is_still_urgent() {
    assert_eq!(
        assess("seeing dou\u{200b}ble since botox"),
        Some(RedFlag::DoubleVision)
    );
    assert_eq!(
        assess("trouble\u{200b}breathing since botox"),
        Some(RedFlag::Breathing)
    );
}

/// Symptom words in other senses that the rules can set aside without hiding a report.
/// Broader rules for fears, plans, stories, jokes and idioms ("a hard pill to swallow",
/// "hoarse from screaming", "double the price") were tried and dropped: each also set aside
/// real reports such as "Should I be worried? It's hard to swallow" or "getting the pill to
/// swallow is impossible for me right now".
#[test]
fn other_senses_of_symptom_words_are_not_reports() {
    assert_not_urgent(&[
        "if my kid gets weak all over after his botox is that an emergency",
        "my double chin looks worse in photos, can botox help",
        "sorry for the sob story but is botox worth it",
        "i need to double check, everything looks booked up",
    ]);
}

/// The regression this guards: rules for fears, plans, leaflet quotes, stories that look
/// back, jokes, idioms and "like her mom did", added and then removed in one round, set
/// aside these real reports.
#[test]
fn a_report_beside_a_fear_a_plan_a_story_or_a_joke_is_urgent() {
    assert_urgent(&[
        "Should I be worried? It's hard to swallow",
        "Is it bad if I can't swallow?",
        "I might be overreacting but it's hard to swallow",
        "It's hard to swallow, my appointment is tomorrow, should I go to the ER?",
        "The injector said it would pass, but ever since my botox I've had trouble swallowing",
        "I was fine until this morning, hard to swallow",
        "Doctor said wait it out. Breathing really hard, need medical help",
        "I'm choking on my food, this is no joke",
        "The price was worth it but now it's hard to swallow",
        "the price was crazy, choking on water",
        "lol the bill was huge and it's hard to swallow",
        "getting the pill to swallow is impossible for me right now after botox",
        "my voice is hoarse from cheering at the game, had botox on tuesday",
        "since the botox near my eyes i see twice the number of cars on the road",
        "my neck got weak after botox and everything else is getting weak too",
        "Wife got botox in her neck Tuesday. Slurring words and drooling, like her mom did.",
        "My voice is hoarse, not from screaming",
        "seeing double the last two days",
        "anyone know if my voice is supposed to sound this hoarse? my injector said its normal",
        "like my grandma had, i lost control of my bladder after botox and i'm scared",
        "my injector told me it was just my forehead but i've lost control of my bladder since then",
    ]);
}

/// The corpus is English, but a frightened patient may write in their first language.
#[test]
fn reports_in_spanish_portuguese_french_and_german_are_urgent() {
    assert_urgent(&[
        "no puedo respirar después del botox",
        "tengo problemas para tragar",
        "não consigo engolir desde a injeção",
        "j'ai du mal à respirer depuis le botox",
        "ich kann seit gestern nicht schlucken",
        "veo doble desde ayer",
    ]);
    assert_not_urgent(&[
        "el botox es seguro?",
        "je voudrais parler de mon rendez-vous",
    ]);
}

/// Set 12's misses, measured once before the rules knew them.
#[test]
fn set_12_wordings_are_urgent() {
    assert_flags(&[
        (
            "since yesterday there is a weight on my chest",
            RedFlag::Breathing,
        ),
        (
            "feels like a lump is stuck whenever i swallow",
            RedFlag::Swallowing,
        ),
        (
            "my dad coughs every time he eats since his botox",
            RedFlag::Swallowing,
        ),
        ("i sound like i had a stroke when i talk", RedFlag::Speaking),
        (
            "keep tripping over my words since the tox",
            RedFlag::Speaking,
        ),
        (
            "my eyes arent working together, i have to shut one eye to read",
            RedFlag::DoubleVision,
        ),
        ("doublevision since yesterday", RedFlag::DoubleVision),
        ("both hands are weak today", RedFlag::WeaknessAllOver),
        (
            "so weak i can barely climb the stairs",
            RedFlag::WeaknessAllOver,
        ),
        (
            "my bladder is just letting go on its own",
            RedFlag::BladderControl,
        ),
        (
            "i just realized i was wet, third time since saturday",
            RedFlag::BladderControl,
        ),
    ]);
}

/// The regression this guards: an "i" right after "do" or "will" was once read as asking,
/// so "what do i do i cant swallow" went unflagged.
#[test]
fn a_panicked_question_about_ones_own_symptom_is_urgent() {
    assert_urgent(&[
        "what do i do i cant swallow",
        "what do i do i have double vision",
        "why do i have double vision after botox",
        "how long will i have trouble swallowing",
        "should i go to the er i have trouble breathing",
    ]);
}
