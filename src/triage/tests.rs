use super::*;

fn assert_not_urgent(messages: &[&str]) {
    for message in messages {
        assert_eq!(assess(message), None, "{message}");
    }
}

fn assert_urgent(messages: &[&str]) {
    for message in messages {
        assert!(assess(message).is_some(), "{message}");
    }
}

#[test]
fn general_questions_are_not_urgent() {
    assert_not_urgent(&[
        "can botox cause trouble breathing",
        "can botox make it difficult to swallow",
        "is double vision a side effect of botox",
        "does botox affect bladder control",
        "what if you get double vision after botox",
        "has anyone had trouble swallowing after neck botox",
    ]);
}

#[test]
fn plain_not_near_talk_is_not_a_speech_problem() {
    assert_not_urgent(&[
        "i did not talk to my doctor yet",
        "she is not speaking to me lol",
    ]);
}

#[test]
fn reports_about_self_or_others_are_urgent() {
    for (report, flag) in [
        ("i cant breathe after my botox", RedFlag::Breathing),
        (
            "my mom got botox and now she can't swallow",
            RedFlag::Swallowing,
        ),
        ("since my shots my voice is hoarse", RedFlag::Voice),
        ("I'm seeing double after botox", RedFlag::DoubleVision),
        (
            "my husband is weak all over after his injection",
            RedFlag::WeaknessAllOver,
        ),
        (
            "after botox i lost control of my bladder",
            RedFlag::BladderControl,
        ),
        ("my throat feels tight after botox", RedFlag::ThroatClosing),
        ("my words are slurred since yesterday", RedFlag::Speaking),
    ] {
        assert_eq!(assess(report), Some(flag), "{report}");
    }
}
#[test]
fn reports_without_a_subject_are_urgent_when_they_say_can_not() {
    assert_urgent(&[
        "can't breathe after botox",
        "CAN'T BREATHE after b0tox",
        "cant swallow after the injection",
        "botox yesterday... could not really breathe",
        "cannot talk properly after botox",
        "cant catch my breath after botox",
        "its so hard to breathe after botox",
    ]);
}

#[test]
fn can_not_in_a_question_about_the_topic_is_not_urgent() {
    assert_not_urgent(&[
        "what happens if you can not swallow after botox",
        "is it true botox patients can not breathe well",
        "is it hard to swallow after botox in the neck",
        "can botox make it hard to breathe",
        "could it be hard to swallow after a neck injection",
        "can botox cause trouble breathing",
    ]);
}

#[test]
fn one_typo_in_a_breathing_or_swallowing_verb_is_still_urgent() {
    for (report, flag) in [
        ("i cant swalow after my botox shot", RedFlag::Swallowing),
        ("having trouble breating since botox", RedFlag::Breathing),
        ("my mom cant brethe", RedFlag::Breathing),
        ("i can hardly swollow", RedFlag::Swallowing),
    ] {
        assert_eq!(assess(report), Some(flag), "{report}");
    }
}

#[test]
fn real_words_near_the_verbs_and_speaking_typos_are_not_symptoms() {
    assert_not_urgent(&[
        "i had a problem with a data breach today",
        "i have trouble taking my pills since monday",
        "she struggles with shallow water",
        "my wreath is hard to hang",
    ]);
}

/// A statement that names a symptom may be a topic search, but is read as a report: that
/// costs a needless "get help" at worst. (The dev set labels the first one not urgent.)
#[test]
fn statements_that_name_a_symptom_are_reports() {
    for (statement, flag) in [
        (
            "swallowing issues after botox in my neck",
            RedFlag::Swallowing,
        ),
        ("trouble breathing after dysport", RedFlag::Breathing),
        ("seeing double since yesterday", RedFlag::DoubleVision),
        ("weak all over after the shots", RedFlag::WeaknessAllOver),
        ("lost bladder control after botox", RedFlag::BladderControl),
    ] {
        assert_eq!(assess(statement), Some(flag), "{statement}");
    }
}

#[test]
fn lay_words_for_each_red_flag_are_recognised() {
    for (report, flag) in [
        ("i keep wheezing after the injection", RedFlag::Breathing),
        ("totally out of breath walking upstairs", RedFlag::Breathing),
        ("my breathing feels shallow and weird", RedFlag::Breathing),
        ("gasping for air after botox", RedFlag::Breathing),
        ("my chest feels so tight since the shot", RedFlag::Breathing),
        ("i choked on water twice today", RedFlag::Swallowing),
        ("pills get stuck in my throat now", RedFlag::Swallowing),
        ("drinks go down the wrong pipe", RedFlag::Swallowing),
        ("my airway feels like it is closing", RedFlag::ThroatClosing),
        ("tongue feels thick after botox", RedFlag::ThroatClosing),
        ("my speech sounds garbled", RedFlag::Speaking),
        ("people say i sound drunk", RedFlag::Speaking),
        ("my voice went after my neck shots", RedFlag::Voice),
        ("i can only whisper", RedFlag::Voice),
        ("everything looks doubled", RedFlag::DoubleVision),
        ("i have diplopia", RedFlag::DoubleVision),
        ("i wet myself twice this week", RedFlag::BladderControl),
        ("my dad can not hold his urine", RedFlag::BladderControl),
        ("my legs gave out in the kitchen", RedFlag::WeaknessAllOver),
        (
            "no strength anywhere since the injection",
            RedFlag::WeaknessAllOver,
        ),
        ("i can barely lift my arms", RedFlag::WeaknessAllOver),
        (
            "too weak to get up, can not get out of bed",
            RedFlag::WeaknessAllOver,
        ),
        ("can barely talk since the shots", RedFlag::Speaking),
        ("cant get a full breath after botox", RedFlag::Breathing),
        ("my breathing is all messed up", RedFlag::Breathing),
        ("it feels impossible to swallow", RedFlag::Swallowing),
        (
            "my son sees double since his injection",
            RedFlag::DoubleVision,
        ),
        ("every muscle in me feels weak", RedFlag::WeaknessAllOver),
        (
            "i wet the bed after my migraine botox",
            RedFlag::BladderControl,
        ),
        (
            "my dad keeps having accidents since botox",
            RedFlag::BladderControl,
        ),
    ] {
        assert_eq!(assess(report), Some(flag), "{report}");
    }
}

/// A denial is taken at its word only when nothing in the message says things changed.
#[test]
fn a_denied_symptom_that_has_since_changed_is_urgent() {
    assert_urgent(&[
        "never had trouble breathing until now",
        "no trouble breathing until today",
        "i can not get food down",
    ]);
}

#[test]
fn a_denied_symptom_is_not_a_report() {
    assert_not_urgent(&[
        "had botox last week and no trouble breathing, is that normal",
        "i do not have double vision, just a headache",
        "never had trouble swallowing after my shots, can i keep going",
        "botox for bladder control, how does it work",
    ]);
}

/// Someone else's story, an episode that is over, or a "what if" only asks about the
/// symptom; nobody has it now.
#[test]
fn symptoms_at_a_distance_are_not_urgent() {
    assert_not_urgent(&[
        "my cousin said she had trouble swallowing after her botox, is that common",
        "i read online that botox can cause double vision",
        "years ago i had a hoarse voice after botox but it went away",
        "in case my mom gets weak all over after her shots, who do we call",
        "hypothetically, could slurred speech happen from forehead botox",
    ]);
}

/// A distancing word does not hide a symptom someone has now.
#[test]
fn a_present_report_beside_a_distancing_word_is_urgent() {
    assert_urgent(&[
        "my doctor said it would be fine but i cant swallow",
        "my daughter says she's seeing double since her botox",
        "had botox years ago with no problems, this time my voice is gone since tuesday",
        "i heard this can happen and now i have trouble breathing",
    ]);
}

/// Misspelt and everyday wordings from a review set that the first rules missed.
#[test]
fn misspelt_and_everyday_reports_are_urgent() {
    assert_urgent(&[
        "cnt catch my breth after botox",
        "breathin feels weird and heavy since the shots",
        "it keeps getting harder to breathe",
        "seein dubble since friday",
        "my throat wont swallow right",
        "since wednesday i have been unable to control my bladder",
        "images overlapping since my dysport",
    ]);
}

/// Review set 5 missed these kinds of report: abbreviations, a posture needed to breathe,
/// food that will not go down, and double vision told by what is seen.
#[test]
fn described_symptoms_and_abbreviations_are_urgent() {
    for (report, flag) in [
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
    ] {
        assert_eq!(assess(report), Some(flag), "{report}");
    }
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

#[test]
fn fears_plans_and_conditions_are_not_reports() {
    assert_not_urgent(&[
        "what should i do if i have trouble breathing after botox",
        "would it be an emergency if i lost bladder control after botox?",
        "i'm scared i'll lose my voice like my aunt did",
        "worried i might get double vision from my tox next week",
        "if my kid gets weak all over after his botox is that an emergency",
        "i'm seeing double the price at the new clinic",
        "my double chin looks worse in photos, can botox help",
        "sorry for the sob story but is botox worth it",
        "my friend had trouble breathing after her botox last year, now i'm nervous to book",
        "i had a hoarse voice after my 2nd round, fine ever since",
        "if my whole body feels weak afterwards, do i call the clinic?",
        "lol i choked on my coffee when i saw the bill",
        "this deal is hard to swallow",
        "the choke point is getting an appointment",
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
