//! Matching rules that go beyond word overlap: entries' scope words, and long stories that
//! ask a question.

use faqbot::faq::Faq;
use faqbot::matcher::Outcome;

use crate::helpers::shipped_faq;
use crate::matching::{assert_answers, assert_not_answered};

/// Regression: a question that shared every informative word with a phrasing but the one
/// naming the entry's topic got that entry's answer ("can i drive after botox" the one on
/// dizziness). Entries whose `scope_words` rule such questions out still answer their own.
#[test]
fn questions_outside_an_entrys_scope_words_are_not_answered() {
    assert_not_answered(&[
        "can i drive after botox",
        "can i drive myself home after my botox",
        "how often can i get botox",
        "how often can i get botox again",
        "how often should i get botox next year",
        "how often can you safely get botox for migraines",
        "does botox make your skin thinner over time",
    ]);
    assert_answers(&[
        ("can i drive after botox if i feel dizzy", "dizziness"),
        (
            "is it safe to drive when im lightheaded from botox",
            "dizziness",
        ),
        (
            "can botox make muscles shrink over time",
            "muscle-weakening",
        ),
        (
            "will my muscles get weaker from years of botox",
            "muscle-weakening",
        ),
        (
            "i had side effects last time, what happens at my next botox",
            "future-injections",
        ),
        (
            "can i get botox again after a bad reaction",
            "future-injections",
        ),
    ]);
}

/// The ids a message is offered as suggestions (empty unless the outcome is suggest).
fn offered_ids(faq: &Faq, message: &str) -> Vec<String> {
    let response = faq.respond(message, "911");
    match response.result.outcome {
        Outcome::Suggest => faq
            .suggestions(&response.result.suggestions)
            .into_iter()
            .map(|s| s.id)
            .collect(),
        _ => Vec::new(),
    }
}

/// Regression: a long story around a plain question diluted its coverage below the
/// suggestion floor, so the patient got "no answer" though the question named its topic.
#[test]
fn a_long_story_that_asks_still_offers_the_entry_it_names() {
    let table = [
        (
            "my aunt forwards me articles every week claiming botox gives people cancer. \
             does it actually cause cancer or is that nonsense",
            "cancer-risk",
        ),
        (
            "been going to the same clinic for about nine years now and lately it barely \
             lasts. can the body stop responding to botox after a long time",
            "antibodies",
        ),
        (
            "ok so my cousin did her first round last spring and swore her whole face looked \
             frozen for weeks afterwards. can botox cause facial paralysis",
            "facial-paralysis",
        ),
        (
            "my mother is seventy nine and her doctor suggested injections for the spasms in \
             her neck, her friends at church say it travels. can the toxin spread beyond the \
             injection site",
            "spread-of-toxin",
        ),
    ];
    let faq = shipped_faq();
    for (message, entry) in table {
        let offered = offered_ids(&faq, message);
        assert!(
            offered.iter().any(|id| id == entry),
            "{message:?} offered {offered:?}, not {entry}\n{}",
            faq.explain(message)
        );
    }
}

/// The same long message offers topics when it asks and nothing when it only tells: the
/// asking test is what tells them apart (each pair differs only in its last words).
#[test]
fn a_long_story_that_asks_nothing_offers_nothing() {
    let pairs = [
        (
            "got covid again, 4th time, so bored of it",
            "got covid again, 4th time, so bored of it?",
        ),
        (
            "my aunt keeps forwarding me articles saying botox gives you cancer and makes \
             your muscles waste away, so tiring",
            "my aunt keeps forwarding me articles saying botox gives you cancer and makes \
             your muscles waste away, is that true",
        ),
    ];
    let faq = shipped_faq();
    for (tells, asks) in pairs {
        let outcome = |message: &str| faq.respond(message, "911").result.outcome;
        assert_eq!(outcome(tells), Outcome::None, "{tells:?}");
        assert_eq!(outcome(asks), Outcome::Suggest, "{asks:?}");
    }
}

/// Regression: with "anxiety", "son" or "grandma" among the everyday words, "is botox used
/// for anxiety" got the uses entry and "is botox safe for my son" the safety entry, which
/// was written for neither.
#[test]
fn who_the_patient_is_and_their_conditions_still_count_as_topics() {
    assert_not_answered(&[
        "is botox used for anxiety",
        "is botox safe if you have anxiety",
        "is botox safe for my son",
        "is botox safe for my grandma",
        "is it safe for my daughter to get botox",
    ]);
}

/// Regression: a vocabulary group for a topic no entry covers blocked a confident answer
/// only when its first term stemmed to six letters or more, so with "cost" first, "how much
/// does one unit of botox usually cost" got the dosing entry. Here the shipped cost group is
/// put back with "cost" first.
#[test]
fn a_short_first_term_of_an_uncovered_group_still_blocks_an_answer() {
    let mut corpus = faqbot::corpus::Corpus::load(&crate::helpers::repo_path("faq"))
        .expect("the shipped corpus is valid");
    let cost_group = corpus
        .vocabulary
        .synonyms
        .iter_mut()
        .find(|group| group.terms.iter().any(|t| t == "cost"))
        .expect("the shipped vocabulary has a cost group");
    cost_group.terms.retain(|t| t != "cost");
    cost_group.terms.insert(0, "cost".into());
    let faq = Faq::new(corpus, faqbot::matcher::Thresholds::default());
    let question = "how much does one unit of botox usually cost";
    assert_ne!(faq.matcher().find(question).outcome, Outcome::Answer);
}
