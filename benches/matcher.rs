//! Per-query matcher cost: `Faq::respond` (triage, match, reply) over the dev questions.

use std::path::Path;

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use faqbot::corpus::Corpus;
use faqbot::faq::Faq;
use faqbot::matcher::Thresholds;

fn dev_questions(root: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(root.join("tests/data/dev.jsonl")).expect("dev.jsonl");
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("a JSON line");
            v["q"].as_str().expect("a q field").to_owned()
        })
        .collect()
}

fn respond(c: &mut Criterion) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let corpus = Corpus::load(&root.join("faq")).expect("the corpus loads");
    let faq = Faq::new(corpus, Thresholds::default());
    let questions = dev_questions(root);
    let mut group = c.benchmark_group("matcher");
    // One iteration answers every dev question once; the figure per query is this / count.
    group.throughput(criterion::Throughput::Elements(questions.len() as u64));
    group.bench_function(format!("respond x{} dev questions", questions.len()), |b| {
        b.iter(|| {
            for q in &questions {
                black_box(faq.respond(black_box(q), "911"));
            }
        })
    });
    // The worst message for triage's phrase search: the longest it reads, every word a
    // symptom word that starts many phrases.
    let worst = "voice double my bladder can not ".repeat(140);
    group.throughput(criterion::Throughput::Elements(1));
    group.bench_function("respond, 4 KB of symptom words", |b| {
        b.iter(|| black_box(faq.respond(black_box(&worst), "911")))
    });
    group.finish();
}

criterion_group!(benches, respond);
criterion_main!(benches);
