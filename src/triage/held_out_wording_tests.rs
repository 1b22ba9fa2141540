//! Wordings found by held-out review sets 14 and 15, each test with the everyday senses
//! the new wordings were kept narrow for.

use super::tests::{assert_flags, assert_not_urgent};
use super::*;

/// Held-out set 14 missed these kinds of report: a straw-like or gulping breath, food that
/// gets caught, a throat squeezed, a lazy tongue, legs that will not hold, weakness told as
/// a low battery or wading through something thick, two of one thing, clothes soaked.
#[test]
fn set_14_wordings_are_urgent() {
    assert_flags(&[
        (
            "breathing is like pulling air through a stirrer",
            RedFlag::Breathing,
        ),
        ("keep gulping air since my shots", RedFlag::Breathing),
        (
            "food gets caught on the way down since tuesday",
            RedFlag::Swallowing,
        ),
        (
            "feels like something is squeezing my throat shut",
            RedFlag::ThroatClosing,
        ),
        ("my tongue is clumsy when i talk now", RedFlag::Speaking),
        ("she slurs when she reads to me", RedFlag::Speaking),
        ("my legs won't hold me up today", RedFlag::WeaknessAllOver),
        (
            "my whole body feels like a low battery",
            RedFlag::WeaknessAllOver,
        ),
        (
            "my whole body is like wading through mud",
            RedFlag::WeaknessAllOver,
        ),
        ("she sees two clocks on the wall", RedFlag::DoubleVision),
        ("keep seeing two of my kids", RedFlag::DoubleVision),
        (
            "soaked my pants without feeling it",
            RedFlag::BladderControl,
        ),
        ("it dribbles out all day long", RedFlag::BladderControl),
    ]);
}

/// The set 14 wordings kept narrow where a wider one would read everyday chat as a report.
#[test]
fn set_14_wordings_keep_their_everyday_senses() {
    assert_not_urgent(&[
        "caught a cold and my throat is scratchy",
        "sweat soaked my sheets before the botox for it",
        "my phone battery died during my appointment lol",
        "my phone battery died, botox ads are all over my feed",
        "i posted two pictures, before and after",
        "mods please delete those slurs in general",
        "that one sentence out of the leaflet scared me",
        "why is my body not holding the botox, it wears off in 6 weeks",
    ]);
}

/// Held-out set 15 missed these kinds of report: air that is missing, a throat that will
/// not work, pills that sit in the throat, eating cut down to soft things, "talkin",
/// speech likened to novocaine, legs that buckle, muscles switched off, help off the
/// toilet, wetting oneself told plainly, and weakness or wetting in Spanish.
#[test]
fn set_15_wordings_are_urgent() {
    assert_flags(&[
        ("the air is missing when i climb stairs", RedFlag::Breathing),
        (
            "i have to stop for breath every few steps",
            RedFlag::Breathing,
        ),
        (
            "my throat will not work right since tuesday",
            RedFlag::Swallowing,
        ),
        (
            "my vitamins sit at the back of my throat",
            RedFlag::Swallowing,
        ),
        ("meat stays in my throat now", RedFlag::Swallowing),
        ("i can only eat soup and smoothies now", RedFlag::Swallowing),
        ("talkin is so hard today", RedFlag::Speaking),
        (
            "i sound like i have novocaine in my mouth",
            RedFlag::Speaking,
        ),
        (
            "my knees buckle and my legs shake",
            RedFlag::WeaknessAllOver,
        ),
        ("all my muscles feel switched off", RedFlag::WeaknessAllOver),
        (
            "she needed me to get her up off the toilet",
            RedFlag::WeaknessAllOver,
        ),
        (
            "i pee in my pants and dont feel it",
            RedFlag::BladderControl,
        ),
        ("i went in my pants at work today", RedFlag::BladderControl),
        (
            "i cant tell when i need to go anymore",
            RedFlag::BladderControl,
        ),
        (
            "he had two accidents at school today",
            RedFlag::BladderControl,
        ),
        (
            "tengo debilidad en todo el cuerpo",
            RedFlag::InAnotherLanguage,
        ),
        (
            "no puedo caminar bien desde ayer",
            RedFlag::InAnotherLanguage,
        ),
    ]);
}

/// The set 15 wordings kept narrow where a wider one would read everyday chat as a report.
#[test]
fn set_15_wordings_keep_their_everyday_senses() {
    assert_not_urgent(&[
        "i went in my pants pocket for my card",
        "i can't tell when i need to go back for a touch up",
        "i've been living on smoothies since i started my diet",
        "i'm sticking to vitamins and collagen instead of botox",
        "my throat spray stopped working",
        "my ENT squeezed me in for my throat botox tomorrow",
        "had to stop for breath a few times on my hike",
        "got my pants wet in the rain on the way to my appointment",
        "my leggings are always soaked with sweat at the gym",
        "my muscles won't hold the botox longer than 2 months",
        "my cat knocked the soap off the toilet",
        "tengo debilidad por el chocolate jaja",
        "mon botox ne semble pas marcher, c'est normal?",
    ]);
}

/// Held-out set 16 missed these kinds of report: speech others cannot follow, speech gone
/// nasal, a quieter voice, urine that comes without the urge, a wet bed, a grip that is
/// gone with shaky legs.
#[test]
fn set_16_wordings_are_urgent() {
    assert_flags(&[
        (
            "we can hardly understand him since the shots",
            RedFlag::Speaking,
        ),
        ("dad keeps mumbling since his botox", RedFlag::Speaking),
        (
            "her speech went nasal after the injections",
            RedFlag::Speaking,
        ),
        ("my voice is so much quieter this week", RedFlag::Voice),
        (
            "i didnt feel that i needed to go, it just came out",
            RedFlag::BladderControl,
        ),
        ("woke up to a wet bed again", RedFlag::BladderControl),
        ("i peed without noticing at work", RedFlag::BladderControl),
        (
            "my grip is gone in both hands since friday",
            RedFlag::WeaknessAllOver,
        ),
    ]);
}

/// The set 16 wordings kept narrow where a wider one would read everyday chat as a report.
#[test]
fn set_16_wordings_keep_their_everyday_senses() {
    assert_not_urgent(&[
        "stop mumbling and just book the appointment lol",
        "i don't understand him, why would my husband want botox",
        "i do nasal breathing exercises for my jaw clenching",
        "my results are amazing, it just came out so natural",
        "can i pee without worrying after botox in my bladder?",
        "lost my grip on my phone and it fell, now theres cracks all over the screen",
    ]);
}

/// Held-out set 17 missed these kinds of report: coffee that will not go down, words that
/// will not come out right, no way out of the bath, leaking bad enough to buy pads, stopping
/// to breathe, gagging at meals, food spat out, wetting through at night.
#[test]
fn set_17_wordings_are_urgent() {
    assert_flags(&[
        ("cant get my coffee down today", RedFlag::Swallowing),
        ("i can't say my words right today", RedFlag::Speaking),
        (
            "she could not get out of the tub by herself",
            RedFlag::WeaknessAllOver,
        ),
        ("i had to buy depends this week", RedFlag::BladderControl),
        (
            "i have to stop to breathe on the stairs",
            RedFlag::Breathing,
        ),
        ("he gags and coughs at every meal now", RedFlag::Swallowing),
        (
            "i could not make it go down, had to spit it out",
            RedFlag::Swallowing,
        ),
        (
            "she keeps wetting through her pants",
            RedFlag::BladderControl,
        ),
        (
            "my son keeps wetting through every night",
            RedFlag::BladderControl,
        ),
    ]);
}

/// The set 17 wordings kept narrow where a wider one would read everyday chat as a report.
#[test]
fn set_17_wordings_keep_their_everyday_senses() {
    assert_not_urgent(&[
        "got a little bump at the injection site, anything i can do to make it go down?",
        "i laughed so hard i spit my food out",
        "my ice pack started leaking all over my pillow after botox",
        "i sweat so much i was wetting through my shirts before botox for hyperhidrosis",
        "im literally gagged by my results, my 11s are gone",
        "i had to stop to breathe and calm down before my first appointment lol",
        "just want to say my words of thanks to the mods",
        "i couldnt get out of the bath it was so relaxing after my appointment",
        "what im wearing depends on the weather",
    ]);
}
