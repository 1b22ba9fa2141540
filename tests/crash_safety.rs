//! A crash or a kill never corrupts the corpus, and never loses an acknowledged save.
//!
//! The test re-runs this test binary as a child that saves entries in a loop and prints an
//! acknowledgement after each save returns, kills it with SIGKILL at random moments, and
//! checks the corpus each time.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, SystemTime};

use faqbot::corpus::{Corpus, Entry, Source, Store};

use crate::helpers::corpus_copy;

const CHILD_DIR_VAR: &str = "FAQBOT_CRASH_CHILD_DIR";
const KILLS: usize = 50;
const IDS: [&str; 3] = ["crash-test-one", "crash-test-two", "crash-test-three"];

fn entry(id: &str, save: u64) -> Entry {
    Entry {
        id: id.to_owned(),
        question: format!("What happens in crash test {id}?"),
        alternates: vec![format!("crash test question {id}")],
        answer: format!("This is save number {save} of a crash test entry."),
        sources: vec![Source {
            title: "Crash test".to_owned(),
            publisher: "faqbot tests".to_owned(),
            url: None,
        }],
        reviewed: "2026-11-25".to_owned(),
        tags: vec![],
        scope_words: vec![],
    }
}

fn save_number(entry: &Entry) -> u64 {
    let digits: String = entry.answer.chars().filter(char::is_ascii_digit).collect();
    digits.parse().expect("a save number")
}

/// The child: runs only when the parent sets the directory variable.
#[test]
fn crash_child_saves_in_a_loop() {
    let Ok(dir) = std::env::var(CHILD_DIR_VAR) else {
        return;
    };
    let store = Store::open(Path::new(&dir)).unwrap();
    let start: u64 = std::env::var("FAQBOT_CRASH_START")
        .unwrap()
        .parse()
        .unwrap();
    let mut out = std::io::stdout().lock();
    for save in start.. {
        let id = IDS[(save % IDS.len() as u64) as usize];
        let next = entry(id, save);
        let result = match store.read(id).unwrap() {
            Some((_, version)) => store.update(&next, &version),
            None => store.create(&next),
        };
        result.expect("a valid save succeeds");
        writeln!(out, "ack {id} {save}").unwrap();
        out.flush().unwrap();
    }
}

fn pseudo_random_millis(round: usize) -> u64 {
    let nanos = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    // The child needs some tens of milliseconds to start; kill it from then on.
    40 + (u64::from(nanos) ^ (round as u64 * 7919)) % 200
}

#[test]
fn sigkill_during_saves_never_corrupts_or_loses_acknowledged_saves() {
    let dir = corpus_copy();
    let mut acknowledged: HashMap<String, u64> = HashMap::new();
    let mut next_save = 0u64;
    for round in 0..KILLS {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "crash_safety::crash_child_saves_in_a_loop",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_DIR_VAR, dir.path())
            .env("FAQBOT_CRASH_START", next_save.to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let reader = std::thread::spawn(move || {
            BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .collect::<Vec<String>>()
        });
        std::thread::sleep(Duration::from_millis(pseudo_random_millis(round)));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        for line in reader.join().unwrap() {
            // The test harness prints its own header on the first line, before the first ack.
            let Some(at) = line.find("ack ") else {
                continue;
            };
            let parts: Vec<&str> = line[at..].split_whitespace().collect();
            if let ["ack", id, save] = parts.as_slice() {
                let save: u64 = save.parse().unwrap();
                acknowledged.insert((*id).to_owned(), save);
                next_save = next_save.max(save + 1);
            }
        }
        next_save += 1; // a save that was under way may have landed unacknowledged
        let corpus = Corpus::load(dir.path()).unwrap_or_else(|invalid| {
            panic!("round {round}: corpus broken after SIGKILL:\n{invalid}")
        });
        for (id, acked) in &acknowledged {
            let stored = corpus
                .get(id)
                .unwrap_or_else(|| panic!("round {round}: {id} lost"));
            assert!(
                save_number(stored) >= *acked,
                "round {round}: {id} went back before save {acked}"
            );
        }
    }
    assert!(
        acknowledged.len() == IDS.len(),
        "the child never got to save: {acknowledged:?}"
    );
}
