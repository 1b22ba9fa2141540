use super::*;

#[test]
fn phrases_match_whole_words_in_a_row() {
    let words = normalize::words("My throat is closing, and I lost my voices");
    assert!(contains_phrase(&words, "throat is closing"));
    assert!(contains_phrase(&words, "closing"));
    assert!(!contains_phrase(&words, "throat closing"));
    assert!(!contains_phrase(&words, "lost my voice"));
    assert!(!contains_phrase(&words, "close"));
}

#[test]
fn general_questions_are_not_urgent() {
    for question in [
        "can botox cause trouble breathing",
        "can botox make it difficult to swallow",
        "is double vision a side effect of botox",
        "does botox affect bladder control",
        "swallowing issues after botox in my neck",
    ] {
        assert_eq!(assess(question), None, "{question}");
    }
}

#[test]
fn plain_not_near_talk_is_not_a_speech_problem() {
    for message in [
        "i did not talk to my doctor yet",
        "she is not speaking to me lol",
    ] {
        assert_eq!(assess(message), None, "{message}");
    }
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
    for report in [
        "can't breathe after botox",
        "CAN'T BREATHE after b0tox",
        "cant swallow after the injection",
        "botox yesterday... could not really breathe",
        "cannot talk properly after botox",
        "cant catch my breath after botox",
        "its so hard to breathe after botox",
    ] {
        assert!(assess(report).is_some(), "{report}");
    }
}

#[test]
fn can_not_in_a_question_about_the_topic_is_not_urgent() {
    for question in [
        "what happens if you can not swallow after botox",
        "is it true botox patients can not breathe well",
        "is it hard to swallow after botox in the neck",
        "can botox make it hard to breathe",
        "could it be hard to swallow after a neck injection",
        "can botox cause trouble breathing",
    ] {
        assert_eq!(assess(question), None, "{question}");
    }
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
    for message in [
        "i had a problem with a data breach today",
        "i have trouble taking my pills since monday",
        "she struggles with shallow water",
        "my wreath is hard to hang",
    ] {
        assert_eq!(assess(message), None, "{message}");
    }
}
