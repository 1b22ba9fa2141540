use super::*;

pub(super) fn assert_not_urgent(messages: &[&str]) {
    for message in messages {
        assert_eq!(assess(message), None, "{message}");
    }
}

/// Each report gets the red flag it names.
pub(super) fn assert_flags(reports: &[(&str, RedFlag)]) {
    for &(report, flag) in reports {
        assert_eq!(assess(report), Some(flag), "{report}");
    }
}

pub(super) fn assert_urgent(messages: &[&str]) {
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
    assert_flags(&[
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
    ]);
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
    assert_flags(&[
        ("i cant swalow after my botox shot", RedFlag::Swallowing),
        ("having trouble breating since botox", RedFlag::Breathing),
        ("my mom cant brethe", RedFlag::Breathing),
        ("i can hardly swollow", RedFlag::Swallowing),
    ]);
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
    assert_flags(&[
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
    ]);
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
