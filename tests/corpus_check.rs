//! The shipped corpus and the rules `faqbot check` enforces.

use std::fs;
use std::path::Path;

use faqbot::corpus::Corpus;
use faqbot::matcher::vocabulary_check;

use crate::helpers::{corpus_copy, repo_path};

const SHIPPED_IDS: [&str; 24] = [
    "what-is-botox",
    "botox-uses",
    "is-botox-safe",
    "neurological-side-effects",
    "neurological-meaning",
    "risk-factors",
    "eye-problems",
    "swallowing-problems",
    "headache",
    "dizziness",
    "facial-paralysis",
    "spread-of-toxin",
    "prevent-side-effects",
    "choose-provider",
    "dosing",
    "warning-signs",
    "future-injections",
    "report-side-effects",
    "side-effect-duration",
    "long-term-neurological",
    "muscle-weakening",
    "antibodies",
    "cancer-risk",
    "neurotoxin",
];

#[test]
fn ships_exactly_the_24_entries_with_enough_alternates() {
    let corpus = Corpus::load(&repo_path("faq")).expect("shipped corpus is valid");
    let mut ids: Vec<&str> = corpus.entries.iter().map(|e| e.id.as_str()).collect();
    ids.sort_unstable();
    let mut expected = SHIPPED_IDS.to_vec();
    expected.sort_unstable();
    assert_eq!(ids, expected);
    for entry in &corpus.entries {
        assert!(
            entry.alternates.len() >= 6,
            "{} has {} alternates",
            entry.id,
            entry.alternates.len()
        );
        assert!(!entry.sources.is_empty(), "{}", entry.id);
    }
    assert!(!corpus.vocabulary.synonyms.is_empty());
}

/// Break one file in a copy of the corpus and return every problem `check` reports.
fn problems_after(file: &str, edit: impl Fn(String) -> String) -> Vec<String> {
    let dir = corpus_copy();
    let path = dir.path().join(file);
    let text = fs::read_to_string(&path).unwrap_or_default();
    fs::write(&path, edit(text)).unwrap();
    let (_, problems) = Corpus::read(dir.path());
    problems.iter().map(|p| p.to_string()).collect()
}

fn assert_reported(problems: &[String], file: &str, field: &str) {
    let wanted = format!("{file}: `{field}`");
    assert!(
        problems.iter().any(|p| p.contains(&wanted)),
        "expected a problem naming {wanted}, got {problems:#?}"
    );
}

fn replace_line(text: String, starts_with: &str, with: &str) -> String {
    text.lines()
        .map(|line| {
            if line.starts_with(starts_with) {
                with
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn id_must_match_the_file_name_and_be_a_slug() {
    let problems = problems_after("dosing.toml", |t| {
        replace_line(t, "id =", r#"id = "Dosing Info""#)
    });
    assert_reported(&problems, "dosing.toml", "id");
    assert!(
        problems.iter().any(|p| p.contains("lowercase letters")),
        "{problems:#?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("file is named")),
        "{problems:#?}"
    );
}

#[test]
fn duplicate_ids_are_reported() {
    let dir = corpus_copy();
    fs::copy(
        dir.path().join("dosing.toml"),
        dir.path().join("dosing-copy.toml"),
    )
    .unwrap();
    let (_, problems) = Corpus::read(dir.path());
    let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert!(
        text.iter().any(|p| p.contains("is also used by")),
        "{text:#?}"
    );
}

#[test]
fn empty_fields_are_reported() {
    let problems = problems_after("headache.toml", |t| {
        replace_line(t, "question =", r#"question = "  ""#)
    });
    assert_reported(&problems, "headache.toml", "question");
}

#[test]
fn over_long_answers_are_reported() {
    let long = format!("answer = \"{}\"", "Botox is a medicine. ".repeat(120));
    let problems = problems_after("headache.toml", |t| {
        let start = t.find("answer = \"\"\"").unwrap();
        let end = start + 12 + t[start + 12..].find("\"\"\"").unwrap() + 3;
        format!("{}{}{}", &t[..start], long, &t[end..])
    });
    assert_reported(&problems, "headache.toml", "answer");
}

#[test]
fn missing_sources_and_plain_http_urls_are_reported() {
    let problems = problems_after("headache.toml", |t| {
        t[..t.find("[[sources]]").unwrap()].to_owned()
    });
    assert_reported(&problems, "headache.toml", "sources");
    let problems = problems_after("headache.toml", |t| {
        format!("{t}url = \"http://example.org/botox\"\n")
    });
    assert_reported(&problems, "headache.toml", "sources.url");
}

#[test]
fn mentions_anywhere_are_reported() {
    for (line, field) in [
        ("question = \"@everyone does botox hurt?\"", "question"),
        ("reviewed = \"<@123>\"", "reviewed"),
    ] {
        let key = line.split(' ').next().unwrap();
        let problems = problems_after("headache.toml", |t| {
            replace_line(t, &format!("{key} ="), line)
        });
        assert_reported(&problems, "headache.toml", field);
    }
}

#[test]
fn an_alternate_shared_with_another_entry_is_reported() {
    let problems = problems_after("headache.toml", |t| {
        t.replacen(
            "alternates = [",
            "alternates = [\n  \"Does Botox cause CANCER?\",",
            1,
        )
    });
    assert_reported(&problems, "headache.toml", "alternates");
}

/// "facials" stems to "facial": listed as skin care, it would have turned every "facial
/// paralysis" question into a skin-care one. `check` reports it; loading does not refuse
/// it, so a moderator's wording can never stop the corpus from loading.
#[test]
fn a_synonym_that_would_swallow_another_corpus_word_is_reported() {
    let shipped = Corpus::load(&repo_path("faq")).unwrap();
    assert!(vocabulary_check::problems(&shipped, &repo_path("faq")).is_empty());
    let dir = corpus_copy();
    let path = dir.path().join("_vocabulary.toml");
    let text = fs::read_to_string(&path).unwrap().replacen(
        "terms = [\"skincare\",",
        "terms = [\"skincare\", \"facials\",",
        1,
    );
    fs::write(&path, text).unwrap();
    let corpus = Corpus::load(dir.path()).expect("a clash does not stop loading");
    let problems: Vec<String> = vocabulary_check::problems(&corpus, dir.path())
        .iter()
        .map(|p| p.to_string())
        .collect();
    assert_reported(&problems, "_vocabulary.toml", "synonyms");
    assert!(
        problems.iter().any(|p| p.contains("\"facial\"")),
        "{problems:#?}"
    );
}

#[test]
fn malformed_dates_are_reported() {
    let problems = problems_after("headache.toml", |t| {
        replace_line(t, "reviewed =", r#"reviewed = "2026-02-30""#)
    });
    assert_reported(&problems, "headache.toml", "reviewed");
}

#[test]
fn malformed_toml_names_the_file_and_the_missing_field() {
    let problems = problems_after("headache.toml", |t| replace_line(t, "question =", ""));
    assert_reported(&problems, "headache.toml", "question");
    let problems = problems_after("broken.toml", |_| "id = \"broken\nquestion = [".to_owned());
    assert!(
        problems.iter().any(|p| p.contains("broken.toml")),
        "{problems:#?}"
    );
}

#[test]
fn a_corpus_with_problems_is_refused_whole() {
    let dir = corpus_copy();
    fs::write(dir.path().join("bad.toml"), "not toml at all [").unwrap();
    assert!(Corpus::load(Path::new(dir.path())).is_err());
}
