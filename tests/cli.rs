//! The `faqbot` binary, run as a user would.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use crate::helpers::{corpus_copy, repo_path};

fn faqbot(args: &[&str], stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_faqbot"))
        .args(args)
        .current_dir(repo_path(""))
        .env_remove("RUST_LOG")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("faqbot runs");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn ask_prints_the_answer_its_source_and_the_disclaimer() {
    let output = faqbot(&["ask", "does botox cause cancer?"], None);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(
        text.starts_with("Answering: Does Botox cause cancer?"),
        "{text}"
    );
    assert!(text.contains("Source: "), "{text}");
    assert!(text.contains("not medical advice"), "{text}");
}

#[test]
fn ask_json_has_the_fixed_shape() {
    let output = faqbot(&["ask", "--json", "does botox cause cancer?"], None);
    let value: serde_json::Value = serde_json::from_str(stdout(&output).trim()).unwrap();
    let keys: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(keys.len(), 7, "{value}");
    for key in [
        "query",
        "outcome",
        "id",
        "score",
        "urgent",
        "suggestions",
        "reply",
    ] {
        assert!(keys.contains(&key), "missing {key}: {value}");
    }
    assert_eq!(value["outcome"], "answer");
    assert_eq!(value["id"], "cancer-risk");
    assert!(value["score"].is_number());
    assert_eq!(value["urgent"], false);
}

#[test]
fn ask_json_from_stdin_prints_one_object_per_line() {
    let input = "does botox cause cancer\nwhat is the best pizza topping\n\ni cant breathe after my botox\nbotox side effects\n";
    let output = faqbot(&["ask", "--json", "-"], Some(input));
    assert!(output.status.success());
    let lines: Vec<serde_json::Value> = stdout(&output)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["id"], "cancer-risk");
    assert_eq!(lines[1]["outcome"], "none");
    assert!(lines[1]["id"].is_null());
    assert_eq!(lines[2]["urgent"], true);
    assert!(lines[2]["reply"]
        .as_str()
        .unwrap()
        .starts_with("Get medical help right away"));
    for line in &lines {
        let suggestions = line["suggestions"].as_array().unwrap();
        assert!(suggestions.len() <= 3);
        if line["outcome"] != "answer" {
            assert!(line["id"].is_null());
        }
        for s in suggestions {
            assert!(s["id"].is_string() && s["question"].is_string() && s["score"].is_number());
        }
    }
}

#[test]
fn export_lists_every_entry_with_all_fields() {
    let output = faqbot(&["export", "--json"], None);
    let entries: Vec<serde_json::Value> = serde_json::from_str(&stdout(&output)).unwrap();
    assert_eq!(entries.len(), 24);
    for key in [
        "id",
        "question",
        "alternates",
        "answer",
        "sources",
        "reviewed",
        "tags",
    ] {
        assert!(entries[0].get(key).is_some(), "missing {key}");
    }
}

#[test]
fn check_passes_on_the_shipped_corpus_and_fails_on_a_broken_one() {
    assert!(faqbot(&["check"], None).status.success());
    let dir = corpus_copy();
    std::fs::write(dir.path().join("dosing.toml"), "id = \"dosing\"\n").unwrap();
    let output = faqbot(&["check", "--corpus", dir.path().to_str().unwrap()], None);
    assert!(!output.status.success());
    let errors = String::from_utf8(output.stderr).unwrap();
    assert!(errors.contains("dosing.toml: `question`"), "{errors}");

    let dir = corpus_copy();
    let vocabulary = dir.path().join("_vocabulary.toml");
    let text = std::fs::read_to_string(&vocabulary).unwrap();
    let clashing = text.replacen("\"skincare\",", "\"skincare\", \"facials\",", 1);
    std::fs::write(&vocabulary, clashing).unwrap();
    let output = faqbot(&["check", "--corpus", dir.path().to_str().unwrap()], None);
    assert!(!output.status.success());
    let errors = String::from_utf8(output.stderr).unwrap();
    assert!(errors.contains("_vocabulary.toml: `synonyms`"), "{errors}");
}

#[test]
fn ask_with_a_broken_corpus_explains_and_fails() {
    let dir = corpus_copy();
    std::fs::write(dir.path().join("dosing.toml"), "garbage").unwrap();
    let output = faqbot(
        &["ask", "--corpus", dir.path().to_str().unwrap(), "hi"],
        None,
    );
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8(output.stderr)
        .unwrap()
        .contains("dosing.toml"));
}

#[test]
fn explain_marks_an_entry_whose_scope_words_the_question_misses() {
    let output = faqbot(&["ask", "--explain", "can i drive after botox"], None);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(
        text.starts_with("I'm not sure which topic you mean."),
        "{text}"
    );
    let explained = String::from_utf8(output.stderr).unwrap();
    let dizziness = explained
        .lines()
        .find(|l| l.trim_start().starts_with("dizziness"))
        .unwrap_or_else(|| panic!("no dizziness line:\n{explained}"));
    assert!(dizziness.contains("scope words"), "{dizziness}");
}
