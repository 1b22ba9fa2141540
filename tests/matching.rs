//! The matcher and triage against the labelled dev set and tables of patient phrasings.

use faqbot::eval::{evaluate, parse_items};
use faqbot::matcher::Outcome;

use crate::helpers::{repo_path, shipped_faq};

#[test]
fn dev_set_meets_the_quality_bar() {
    let faq = shipped_faq();
    let items = parse_items(&std::fs::read_to_string(repo_path("tests/data/dev.jsonl")).unwrap())
        .expect("dev set parses");
    let report = evaluate(&faq, &items);
    println!("{report}");
    assert!(report.accuracy() >= 0.95, "accuracy below 95%:\n{report}");
    assert_eq!(report.emergencies_flagged, report.emergencies, "{report}");
    assert!(report.false_alarms <= 1, "{report}");
}

pub(crate) fn assert_answers(table: &[(&str, &str)]) {
    let faq = shipped_faq();
    let mut failures = Vec::new();
    for (question, expected) in table {
        let response = faq.respond(question, "911");
        let got = faq.answered_id(&response);
        if got != Some(*expected) {
            failures.push(format!(
                "{question:?}: expected {expected}, got {got:?}\n{}",
                faq.explain(question)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

pub(crate) fn assert_not_answered(questions: &[&str]) {
    let faq = shipped_faq();
    for question in questions {
        let response = faq.respond(question, "911");
        assert_ne!(
            response.result.outcome,
            Outcome::Answer,
            "{question:?} was answered with {:?}",
            faq.answered_id(&response)
        );
    }
}

#[test]
fn typos_still_find_their_entry() {
    assert_answers(&[
        ("does botx cause cancr", "cancer-risk"),
        (
            "side efects of botox on the nervous sytem",
            "neurological-side-effects",
        ),
        ("droopy eylid after botox", "eye-problems"),
        ("is dizzyness a side efect of botx", "dizziness"),
    ]);
}

#[test]
fn chat_around_the_question_is_ignored() {
    assert_answers(&[
        (
            "hi, quick question... does botox cause cancer? thanks in advance!",
            "cancer-risk",
        ),
        (
            "hey everyone, anyone know if botox is a neurotoxin?",
            "neurotoxin",
        ),
        // Regression: everyday words no entry uses ("mentioned", "actually", "cousin",
        // "thought") weighed like a topic of their own and blocked the answer.
        (
            "my neurologist mentioned botox might cause cancer, is that actually true",
            "cancer-risk",
        ),
        (
            "my cousin thought botox could paralyze your face, is that a thing",
            "facial-paralysis",
        ),
    ]);
}

#[test]
fn mentioning_the_bot_does_not_change_the_match() {
    assert_answers(&[
        (
            "<@123456789012345678> does botox cause cancer?",
            "cancer-risk",
        ),
        ("<@!42> can botox cause a droopy eyelid", "eye-problems"),
    ]);
}

#[test]
fn case_unicode_and_contractions_are_folded() {
    assert_answers(&[
        ("DOES BOTOX CAUSE CANCER???", "cancer-risk"),
        ("Does Botox cause cäncer?", "cancer-risk"),
        (
            "I can’t swallow right since my Botox shots, is that a known side effect?",
            "swallowing-problems",
        ),
    ]);
}

#[test]
fn lay_words_reach_clinical_entries() {
    assert_answers(&[
        ("why is my eyelid so heavy after botox", "eye-problems"),
        ("can botox give me a frozen face", "facial-paralysis"),
        ("is botox basically poison", "neurotoxin"),
        // Regression: answers named a hoarse voice but no phrasing did, so the word was
        // unknown to matching.
        ("does botox cause hoarseness", "spread-of-toxin"),
    ]);
}

/// Regression: "side affects", "side fx", "sfx", "tox", "doc", "derm" and "gp" were read
/// as words no entry uses, so common chat shorthand got no answer.
#[test]
fn chat_shorthand_reaches_its_entry() {
    assert_answers(&[
        (
            "what are the side affects of botox",
            "neurological-side-effects",
        ),
        ("neuro side fx from botox", "neurological-side-effects"),
        ("is tox safe", "is-botox-safe"),
        ("can tox spread", "spread-of-toxin"),
        (
            "should i tell my doc about side effects",
            "report-side-effects",
        ),
        ("can my derm tell me what dose i need", "dosing"),
        ("how much botox should my wife get", "dosing"),
        ("what are the sfx of botox", "neurological-side-effects"),
        (
            "if i get side effects should i call my gp",
            "report-side-effects",
        ),
    ]);
}

/// Regression: naming where a patient read a word ("the leaflet", "a headline"), or asking
/// whether it is "a myth", cost the answer to what the word means.
#[test]
fn where_a_patient_read_it_does_not_block_the_answer() {
    assert_answers(&[
        (
            "what counts as neurological? my leaflet kept using that word",
            "neurological-meaning",
        ),
        (
            "saw a headline that botox is a neurotoxin, is that true",
            "neurotoxin",
        ),
        ("is botox a neurotoxin or is that a myth", "neurotoxin"),
    ]);
}

#[test]
fn uncovered_botox_topics_are_not_answered() {
    assert_not_answered(&[
        "can i drink alcohol after botox",
        "is botox ok while pregnant",
        "how much does botox cost",
        "can i fly on a plane after botox",
        "does insurance pay for botox",
    ]);
}

#[test]
fn off_topic_chat_is_not_answered() {
    assert_not_answered(&[
        "lol",
        "anyone watching the game tonight",
        "what's the weather like",
        "how do i reset my password",
    ]);
}

#[test]
fn empty_huge_and_control_character_messages_are_safe() {
    let faq = shipped_faq();
    for message in [
        "",
        "   ",
        "\u{0}\u{1}\u{7f}",
        "💉💉💉",
        "@everyone",
        "<@&1234>",
    ] {
        assert_eq!(
            faq.respond(message, "911").result.outcome,
            Outcome::None,
            "{message:?}"
        );
    }
    let huge = "does botox cause cancer ".repeat(10_000);
    let response = faq.respond(&huge, "911");
    assert_eq!(faq.answered_id(&response), Some("cancer-risk"));
}

#[test]
fn cost_per_unit_is_not_a_dosing_question() {
    assert_not_answered(&[
        "how much is botox per unit",
        "what's the price per unit",
        // Regression: "cost" was too short a word to count as a topic of its own, so "unit"
        // carried the question to the dosing entry.
        "how much does one unit of botox usually cost",
    ]);
}

/// Regression: when Botox starts to work was answered with how long side effects last.
#[test]
fn when_botox_starts_working_is_not_how_long_side_effects_last() {
    assert_not_answered(&[
        "how long until my botox kicks in",
        "how long before botox takes effect",
    ]);
    assert_answers(&[(
        "how long do botox side effects last",
        "side-effect-duration",
    )]);
}

/// These once got a confident "Botox is generally seen as safe" or another entry's answer:
/// every other word matched, and the one topic word the corpus never mentions was outvoted.
#[test]
fn a_topic_no_entry_mentions_blocks_a_confident_answer() {
    assert_not_answered(&[
        "how safe is botox for breastfeeding moms",
        "is botox ok for pregnant moms",
        "trying to get pregnant, should i stop botox",
        "does botox stop working if i drink alcohol",
        "can botox cause hair thinning on my forehead",
    ]);
}

#[test]
fn unknown_short_words_are_not_corrected_into_other_topics() {
    // "lips" was once corrected to "tips", a word from an answer, and answered.
    assert_not_answered(&["can i get botox on my lips"]);
}

/// Each of these real words was once "corrected" to a corpus word one or two letters away
/// ("cancel" to "cancer", "drinking" to "driving", "kids" to "kind") and answered.
#[test]
fn real_words_are_not_corrected_into_corpus_words() {
    assert_not_answered(&[
        "can i cancel my botox appointment",
        "is drinking ok after botox",
        "can i get botox for excessive sweating",
        "is it ok to play sports after botox",
        "can i get botox in my temporal area",
    ]);
    let faq = shipped_faq();
    let analyzer = faq.matcher().analyzer();
    for (written, corpus_word) in [
        ("cancel", "cancer"),
        ("drinking", "driving"),
        ("temporal", "temporary"),
        ("neurologist", "neurological"),
    ] {
        assert_ne!(
            analyzer.query_terms(written).all,
            analyzer.corpus_terms(corpus_word).all,
            "{written}"
        );
    }
    // A misspelling that is no English word is still corrected.
    assert_eq!(
        analyzer.query_terms("cancr").all,
        analyzer.corpus_terms("cancer").all
    );
}

/// Aftercare and eligibility questions share one everyday word with an entry ("work",
/// "facial", "person") and once got that entry's answer. The covered questions beside them
/// share those words too, and must keep their answers.
#[test]
fn aftercare_and_eligibility_questions_are_not_answered_from_a_shared_word() {
    assert_not_answered(&[
        "can i work out after botox",
        "can i get a facial after botox",
        "what kind of person should i be getting my botox from",
        "can kids get botox for muscle spasms",
        "we r trying for a baby, is botox ok",
        "how do chemical peels work",
        "does the botox shot hurt",
        "do botox shots hurt",
        "does the botox needle hurt a lot",
        // Regression: the answer on how long side effects last (3 to 4 months) was given
        // for marks where the needle went in, which no source covers.
        "how long does the swelling last after botox",
        "how long will the bruises from my shots take to fade",
        "when do the bumps from the injections go away",
        // Regression: what to avoid after a treatment got the answer on lowering the risk
        // of side effects, tipping the injector the one with "any tips", and a spa facial
        // that week the one on facial paralysis.
        "what should i avoid doing after my botox",
        "what do i avoid after botox",
        "do i tip my botox injector",
        "should i tip my injector",
        "can i get a facial the same week as my botox",
        "can i have a facial the week after botox",
        // Regression: eye drops for a drooping eyelid got the entry on eye problems, which
        // does not cover them.
        "are there eye drops for a droopy eyelid after botox",
    ]);
    assert_answers(&[
        (
            "any tips to avoid side effects from botox",
            "prevent-side-effects",
        ),
        ("can i get facial paralysis from botox", "facial-paralysis"),
        ("i have a facial droop after botox", "facial-paralysis"),
        ("is dysphagia a side effect of botox", "swallowing-problems"),
        ("how does botox work", "what-is-botox"),
        ("can botox hurt you", "is-botox-safe"),
        ("can botox injections hurt you", "is-botox-safe"),
        ("can botox shots hurt you", "is-botox-safe"),
        (
            "does botox hurt your nerves long term",
            "long-term-neurological",
        ),
        ("my eyelid drops after botox", "eye-problems"),
        (
            "i used eye drops but my vision is still blurry after botox, is that normal",
            "eye-problems",
        ),
        // Regression: how Botox does its work was answered with what it is used for.
        ("how does botox stop muscle spasms", "what-is-botox"),
        ("how do botox injections get rid of lines", "what-is-botox"),
        ("can botox get rid of frown lines", "botox-uses"),
        ("is botox used for muscle spasms", "botox-uses"),
    ]);
}
