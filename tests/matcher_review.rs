//! The matcher against the review sets in `tests/data/matcher_review.tsv`: patient questions
//! written by reviewers apart from the code, each labelled by its writer with the entries
//! that answer it, or NONE. Set 1 was seen while the rules were tuned; sets 2 to 12 were
//! held out, each measured once before it was seen, and seen afterwards. The bars sit a
//! little beyond the measured rates (README, "How matching works"), so a change that gives
//! more wrong confident answers, answers fewer covered questions, or offers fewer of them
//! their entry at all (as an answer or a suggestion), fails here.

use faqbot::matcher::Outcome;

use crate::helpers::{repo_path, review_rows, shipped_faq};

struct Bar {
    set: usize,
    /// Highest share of all questions that may get a confident answer from an entry their
    /// label does not name (covered and NONE questions alike).
    wrong: f64,
    /// Lowest share of covered questions that must get a confident, right answer.
    covered_right: f64,
    /// Lowest share of covered questions that must get their entry either as the answer or
    /// among the suggestions.
    covered_offered: f64,
}

const BARS: &[Bar] = &[
    Bar {
        set: 1,
        wrong: 0.04,
        covered_right: 0.75,
        covered_offered: 0.85,
    },
    Bar {
        set: 2,
        wrong: 0.02,
        covered_right: 0.47,
        covered_offered: 0.79,
    },
    Bar {
        set: 3,
        wrong: 0.05,
        covered_right: 0.73,
        covered_offered: 0.86,
    },
    Bar {
        set: 4,
        wrong: 0.03,
        covered_right: 0.57,
        covered_offered: 0.88,
    },
    Bar {
        set: 5,
        wrong: 0.04,
        covered_right: 0.53,
        covered_offered: 0.84,
    },
    Bar {
        set: 6,
        wrong: 0.05,
        covered_right: 0.52,
        covered_offered: 0.83,
    },
    Bar {
        set: 7,
        wrong: 0.04,
        covered_right: 0.53,
        covered_offered: 0.86,
    },
    Bar {
        set: 8,
        wrong: 0.03,
        covered_right: 0.41,
        covered_offered: 0.77,
    },
    Bar {
        set: 9,
        wrong: 0.025,
        covered_right: 0.57,
        covered_offered: 0.91,
    },
    Bar {
        set: 10,
        wrong: 0.03,
        covered_right: 0.55,
        covered_offered: 0.86,
    },
    Bar {
        set: 11,
        wrong: 0.02,
        covered_right: 0.53,
        covered_offered: 0.86,
    },
    Bar {
        set: 12,
        wrong: 0.015,
        covered_right: 0.52,
        covered_offered: 0.84,
    },
];

#[derive(Default)]
struct Tally {
    questions: usize,
    covered: usize,
    covered_right: usize,
    covered_offered: usize,
    wrong: Vec<String>,
}

fn tallies() -> Vec<Tally> {
    let faq = shipped_faq();
    let mut tallies: Vec<Tally> = (0..=BARS.len()).map(|_| Tally::default()).collect();
    for [set, label, question] in review_rows::<3>("tests/data/matcher_review.tsv") {
        let expected: Vec<&str> = match label.as_str() {
            "NONE" => Vec::new(),
            ids => ids.split(',').collect(),
        };
        for id in &expected {
            assert!(
                faq.corpus().get(id).is_some(),
                "unknown entry {id:?}: {question:?}"
            );
        }
        let set: usize = set.parse().expect("a set number");
        let tally = tallies
            .get_mut(set)
            .unwrap_or_else(|| panic!("set {set} has no bar in BARS: {question:?}"));
        let response = faq.respond(&question, "911");
        let answered = faq.answered_id(&response);
        tally.questions += 1;
        tally.covered += usize::from(!expected.is_empty());
        match answered {
            Some(id) if expected.contains(&id) => tally.covered_right += 1,
            Some(id) => tally
                .wrong
                .push(format!("{question:?} answered {id}, label {label}")),
            None => {}
        }
        let offered = faq.suggestions(&response.result.suggestions);
        if answered.is_some_and(|id| expected.contains(&id))
            || offered.iter().any(|s| expected.contains(&s.id.as_str()))
        {
            tally.covered_offered += 1;
        }
    }
    tallies
}

#[test]
fn review_sets_stay_within_their_wrong_answer_and_coverage_bars() {
    let tallies = tallies();
    let mut failures = Vec::new();
    for bar in BARS {
        let tally = &tallies[bar.set];
        assert!(
            tally.covered > 0,
            "set {} has no covered questions",
            bar.set
        );
        let wrong = tally.wrong.len() as f64 / tally.questions as f64;
        let right = tally.covered_right as f64 / tally.covered as f64;
        let offered = tally.covered_offered as f64 / tally.covered as f64;
        println!(
            "set {}: {} questions, {} wrong answers ({:.1}%), covered right {}/{} ({:.1}%), \
             offered {} ({:.1}%)",
            bar.set,
            tally.questions,
            tally.wrong.len(),
            wrong * 100.0,
            tally.covered_right,
            tally.covered,
            right * 100.0,
            tally.covered_offered,
            offered * 100.0
        );
        if wrong > bar.wrong || right < bar.covered_right || offered < bar.covered_offered {
            failures.push(format!(
                "set {}: wrong {:.1}% (bar {:.1}%), covered right {:.1}% (bar {:.1}%), \
                 offered {:.1}% (bar {:.1}%)\n  {}",
                bar.set,
                wrong * 100.0,
                bar.wrong * 100.0,
                right * 100.0,
                bar.covered_right * 100.0,
                offered * 100.0,
                bar.covered_offered * 100.0,
                tally.wrong.join("\n  ")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Chat in a patients' server (`tests/data/offtopic_chat.txt`: greetings, clinic talk,
/// other health topics, server admin) must never get an answer or the get-help text, and
/// rarely close topics: the bot answers such a message only in DMs or when mentioned, and
/// 12 of its 200 messages get suggestions today (10 before long stories that ask could be
/// offered topics).
#[test]
fn chat_is_never_answered_and_rarely_offered_topics() {
    let faq = shipped_faq();
    let text = std::fs::read_to_string(repo_path("tests/data/offtopic_chat.txt")).unwrap();
    // The first line is the file's header; later lines may start with '#' ("#random ...").
    let messages: Vec<&str> = text.lines().skip(1).filter(|l| !l.is_empty()).collect();
    assert_eq!(messages.len(), 200);
    let mut offered = Vec::new();
    for message in &messages {
        let response = faq.respond(message, "911");
        assert!(response.red_flag.is_none(), "urgent: {message:?}");
        assert_ne!(response.result.outcome, Outcome::Answer, "{message:?}");
        if response.result.outcome == Outcome::Suggest {
            offered.push(*message);
        }
    }
    assert!(
        offered.len() <= 14,
        "{} offered topics:\n{}",
        offered.len(),
        offered.join("\n")
    );
}
