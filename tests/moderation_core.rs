//! Moderator changes without Discord: validation, versions, recovery, aliases, logs, reloads.

use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use faqbot::config::Settings;
use faqbot::corpus::{Corpus, StoreError};
use faqbot::data::audit::Outcome as Audited;
use faqbot::live::LiveFaq;
use faqbot::matcher::Thresholds;
use faqbot::moderation::{Draft, ModError, Moderation};

use crate::helpers::{corpus_copy, repo_path};

struct Fixture {
    corpus: tempfile::TempDir,
    _data: tempfile::TempDir,
    moderation: Moderation,
}

fn fixture() -> Fixture {
    let corpus = corpus_copy();
    let data = tempfile::tempdir().unwrap();
    let env = [
        ("FAQBOT__CORPUS__DIR", corpus.path().to_str().unwrap()),
        ("FAQBOT__DATA__DIR", data.path().to_str().unwrap()),
        ("FAQBOT__UNANSWERED__MAX_ENTRIES", "5"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_owned(), v.to_owned()))
    .collect();
    let settings = Settings::load_with_env(&repo_path("config"), env).unwrap();
    let live = Arc::new(LiveFaq::load(corpus.path(), Thresholds::default()).unwrap());
    let moderation = Moderation::open(&settings, live).unwrap();
    Fixture {
        corpus,
        _data: data,
        moderation,
    }
}

fn hair_loss() -> Draft {
    Draft {
        id: None,
        question: "Can Botox make my hair fall out?".into(),
        alternates: "botox hair loss\nhair falling out after botox".into(),
        answer: "The sources this FAQ uses do not list hair loss. Ask your doctor.".into(),
        source_title: "Moderator note".into(),
        source_publisher: "faqbot moderators".into(),
        source_url: "https://example.org/hair".into(),
    }
}

fn answered_id(moderation: &Moderation, question: &str) -> Option<String> {
    let faq = moderation.live.current();
    let response = faq.respond(question, "911");
    faq.answered_id(&response).map(str::to_owned)
}

#[test]
fn an_added_entry_is_saved_valid_and_live_at_once() {
    let f = fixture();
    let entry = f.moderation.add(1, &hair_loss()).unwrap();
    assert_eq!(entry.id, "can-botox-make-my-hair-fall-out");
    assert!(f
        .corpus
        .path()
        .join("can-botox-make-my-hair-fall-out.toml")
        .exists());
    assert!(Corpus::load(f.corpus.path()).is_ok());
    assert_eq!(
        answered_id(&f.moderation, "does botox cause hair loss").as_deref(),
        Some(entry.id.as_str())
    );
    let audit = f.moderation.audit.records().unwrap();
    assert_eq!(audit.last().unwrap().outcome, Audited::Done);
    assert_eq!(audit.last().unwrap().moderator, "1");
    assert!(audit.last().unwrap().after.is_some());
}

#[test]
fn an_invalid_draft_names_each_problem_and_changes_nothing() {
    let f = fixture();
    let before = Corpus::load(f.corpus.path()).unwrap();
    let draft = Draft {
        answer: String::new(),
        source_url: "http://example.org".into(),
        question: format!("@everyone {}", "why ".repeat(100)),
        ..hair_loss()
    };
    let Err(ModError::Store(StoreError::Invalid(problems))) = f.moderation.add(1, &draft) else {
        panic!("an invalid draft was accepted");
    };
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    for field in ["answer", "sources.url", "question"] {
        assert!(fields.contains(&field), "{field} not named in {problems:?}");
    }
    let messages: String = problems.iter().map(|p| p.message.clone()).collect();
    assert!(
        messages.contains("ping") && messages.contains("longer than"),
        "{messages}"
    );
    assert_eq!(Corpus::load(f.corpus.path()).unwrap(), before);
}

#[test]
fn of_two_edits_from_one_version_exactly_one_wins() {
    let f = fixture();
    let (draft, version) = f.moderation.draft_of("dosing").unwrap();
    let moderation = Arc::new(f.moderation);
    let results: Vec<Result<_, _>> = (0..6)
        .map(|n| {
            let (moderation, version) = (Arc::clone(&moderation), version.clone());
            let draft = Draft {
                answer: format!("{} Edit number {n}.", draft.answer),
                ..draft.clone()
            };
            thread::spawn(move || moderation.edit(n, "dosing", &draft, &version).map(|_| n))
        })
        .map(|handle| handle.join().unwrap())
        .collect();
    let wins = results.iter().filter(|r| r.is_ok()).count();
    assert_eq!(wins, 1, "{results:?}");
    for failure in results.iter().filter_map(|r| r.as_ref().err()) {
        assert!(
            failure.to_string().contains("changed since you opened it"),
            "{failure}"
        );
    }
}

#[test]
fn a_removed_entry_can_be_restored() {
    let f = fixture();
    f.moderation.remove(1, "headache", None).unwrap();
    assert!(!f.corpus.path().join("headache.toml").exists());
    assert!(f.corpus.path().join(".removed/headache.toml").exists());
    assert_ne!(
        answered_id(&f.moderation, "does botox cause headaches").as_deref(),
        Some("headache")
    );
    assert_eq!(f.moderation.store.removed_ids(), ["headache"]);
    f.moderation.restore(1, "headache").unwrap();
    assert_eq!(
        answered_id(&f.moderation, "does botox cause headaches").as_deref(),
        Some("headache")
    );
    assert!(Corpus::load(f.corpus.path()).is_ok());
}

#[test]
fn a_taught_alias_answers_and_a_taken_phrase_is_refused() {
    let f = fixture();
    let phrase = "will my forehead feel like concrete";
    assert_ne!(
        answered_id(&f.moderation, phrase).as_deref(),
        Some("facial-paralysis")
    );
    f.moderation.alias(7, "facial-paralysis", phrase).unwrap();
    assert_eq!(
        answered_id(&f.moderation, phrase).as_deref(),
        Some("facial-paralysis")
    );
    let err = f
        .moderation
        .alias(7, "dosing", "does botox cause cancer")
        .unwrap_err();
    assert!(err.to_string().contains("cancer-risk"), "{err}");
}

/// The entry on dizziness answers only questions about feeling dizzy (its `scope_words`), so
/// a phrase that does not say so would be saved yet never answered: it is refused, with the
/// words that would make it fit, and a phrase that fits is taught.
#[test]
fn a_phrase_outside_an_entrys_scope_words_is_refused_with_the_words_it_needs() {
    let f = fixture();
    let file = f.corpus.path().join("dizziness.toml");
    let before = std::fs::read_to_string(&file).unwrap();
    let err = f
        .moderation
        .alias(7, "dizziness", "can i drive home after my appointment")
        .unwrap_err();
    assert!(matches!(err, ModError::OutsideScope { .. }), "{err}");
    assert!(err.to_string().contains("\"dizzy\""), "{err}");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
    let phrase = "is it ok to drive home if i feel woozy after my appointment";
    f.moderation.alias(7, "dizziness", phrase).unwrap();
    assert_eq!(
        answered_id(&f.moderation, phrase).as_deref(),
        Some("dizziness")
    );
}

#[test]
fn an_edit_keeps_the_scope_words_and_is_refused_when_a_phrasing_leaves_them() {
    let f = fixture();
    let (mut draft, version) = f.moderation.draft_of("dizziness").unwrap();
    draft.alternates.push_str("\nbotox and driving");
    let err = f
        .moderation
        .edit(7, "dizziness", &draft, &version)
        .unwrap_err();
    assert!(matches!(err, ModError::OutsideScope { .. }), "{err}");
    let (mut draft, version) = f.moderation.draft_of("dizziness").unwrap();
    draft
        .answer
        .push_str(" Ask your doctor when it is safe to drive.");
    f.moderation.edit(7, "dizziness", &draft, &version).unwrap();
    let (on_disk, _) = f.moderation.store.read("dizziness").unwrap().unwrap();
    assert_eq!(on_disk.scope_words, ["dizzy", "balance"]);
    assert!(on_disk.answer.ends_with("when it is safe to drive."));
}

/// A phrasing outside the scope that arrived by hand (an editor, a git pull) is only
/// reported by `faqbot check`; it must not block moderators' later edits of that entry.
#[test]
fn a_hand_written_phrasing_outside_the_scope_does_not_block_later_edits() {
    let f = fixture();
    let file = f.corpus.path().join("dizziness.toml");
    let text = std::fs::read_to_string(&file).unwrap();
    let text = text.replacen(
        "alternates = [",
        "alternates = [\n  \"botox and driving\",",
        1,
    );
    std::fs::write(&file, text).unwrap();
    f.moderation.reload(7).unwrap();
    let (mut draft, version) = f.moderation.draft_of("dizziness").unwrap();
    assert!(draft.alternates.contains("botox and driving"));
    draft
        .answer
        .push_str(" Ask your doctor when it is safe to drive.");
    f.moderation.edit(7, "dizziness", &draft, &version).unwrap();
    f.moderation
        .alias(7, "dizziness", "feeling woozy and off balance after botox")
        .unwrap();
}

#[test]
fn the_unanswered_log_counts_bounds_and_holds_no_user_ids() {
    let f = fixture();
    for _ in 0..3 {
        f.moderation
            .note_unanswered("Can I drink wine after Botox?");
    }
    f.moderation.note_unanswered("can i drink wine after botox");
    f.moderation.note_unanswered("is botox vegan");
    let top = f.moderation.unanswered.as_ref().unwrap().most_frequent(10);
    assert_eq!(top[0].count, 4);
    assert_eq!(top[1].count, 1);
    for n in 0..10 {
        f.moderation
            .note_unanswered(&format!("unrelated question number {n}"));
    }
    let all: usize = f
        .moderation
        .unanswered
        .as_ref()
        .unwrap()
        .most_frequent(100)
        .iter()
        .map(|q| q.count)
        .sum();
    assert_eq!(all, 5, "bounded by max_entries");
    let text = std::fs::read_to_string(f._data.path().join("unanswered.jsonl")).unwrap();
    assert!(text
        .lines()
        .all(|l| l.contains("\"time\"") && l.contains("\"question\"") && !l.contains("user")));
}

#[test]
fn a_broken_file_keeps_the_last_good_corpus_and_a_fix_reloads() {
    let f = fixture();
    let live = Arc::clone(&f.moderation.live);
    let _watcher = live.watch().unwrap();
    std::fs::write(
        f.corpus.path().join("broken.toml"),
        "id = \"broken\"\nquestion = [",
    )
    .unwrap();
    thread::sleep(Duration::from_millis(600));
    assert_eq!(
        answered_id(&f.moderation, "does botox cause cancer").as_deref(),
        Some("cancer-risk")
    );
    assert!(live.reload().is_err());
    let fixed = hair_loss().to_entry(None);
    std::fs::remove_file(f.corpus.path().join("broken.toml")).unwrap();
    std::fs::write(
        f.corpus.path().join(format!("{}.toml", fixed.id)),
        fixed.to_toml(),
    )
    .unwrap();
    let deadline = Instant::now() + Duration::from_secs(5);
    while answered_id(&f.moderation, "botox hair loss").as_deref() != Some(fixed.id.as_str()) {
        assert!(
            Instant::now() < deadline,
            "the watcher never reloaded the fixed corpus"
        );
        thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn a_refusal_is_audited() {
    let f = fixture();
    f.moderation.refuse(99, "add", None, "not a moderator");
    let last = f.moderation.audit.records().unwrap().pop().unwrap();
    assert_eq!(
        (last.moderator.as_str(), last.outcome),
        ("99", Audited::Refused)
    );
}
