//! Scoring the matcher and triage against a labelled set of patient questions
//! (`tests/data/dev.jsonl`): one JSON object per line, `{q, ids, urgent, kind}`.

use std::fmt;

use serde::Deserialize;

use crate::faq::Faq;
use crate::matcher::Outcome;

#[derive(Debug, Clone, Deserialize)]
pub struct Item {
    pub q: String,
    /// Entries that count as right; empty for out-of-scope; null for emergencies.
    pub ids: Option<Vec<String>>,
    pub urgent: bool,
    #[serde(default)]
    pub kind: String,
}

pub fn parse_items(jsonl: &str) -> Result<Vec<Item>, serde_json::Error> {
    jsonl
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(serde_json::from_str)
        .collect()
}

#[derive(Debug, Default)]
pub struct Report {
    pub matched_total: usize,
    pub matched_right: usize,
    pub emergencies: usize,
    pub emergencies_flagged: usize,
    pub false_alarms: usize,
    pub failures: Vec<String>,
}

impl Report {
    pub fn accuracy(&self) -> f64 {
        self.matched_right as f64 / self.matched_total.max(1) as f64
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "matching: {}/{} right ({:.1}%); emergencies flagged: {}/{}; false alarms: {}",
            self.matched_right,
            self.matched_total,
            100.0 * self.accuracy(),
            self.emergencies_flagged,
            self.emergencies,
            self.false_alarms
        )?;
        for failure in &self.failures {
            writeln!(f, "  FAIL {failure}")?;
        }
        Ok(())
    }
}

/// Non-emergency items are right when an in-scope one is answered with a listed id and an
/// out-of-scope one is not answered. Emergencies must be flagged urgent.
pub fn evaluate(faq: &Faq, items: &[Item]) -> Report {
    let mut report = Report::default();
    for item in items {
        let response = faq.respond(&item.q, "911");
        let urgent = response.red_flag.is_some();
        if item.urgent {
            report.emergencies += 1;
            if urgent {
                report.emergencies_flagged += 1;
            } else {
                report
                    .failures
                    .push(format!("not flagged urgent: {:?}", item.q));
            }
            continue;
        }
        if urgent {
            report.false_alarms += 1;
            report.failures.push(format!("false alarm: {:?}", item.q));
        }
        let expected = item.ids.clone().unwrap_or_default();
        let got = faq.answered_id(&response);
        let right = match got {
            Some(id) => expected.iter().any(|e| e == id),
            None => expected.is_empty(),
        };
        report.matched_total += 1;
        if right {
            report.matched_right += 1;
        } else {
            let best = response
                .result
                .best
                .map(|c| {
                    format!(
                        "{} {:.3}/{:.3}",
                        faq.corpus().entries[c.entry].id,
                        c.score,
                        c.coverage
                    )
                })
                .unwrap_or_else(|| "-".to_owned());
            report.failures.push(format!(
                "{:?}: expected {:?}, got {:?} (best {best})",
                item.q,
                expected,
                outcome_label(response.result.outcome, got)
            ));
        }
    }
    report
}

fn outcome_label(outcome: Outcome, id: Option<&str>) -> String {
    match (outcome, id) {
        (Outcome::Answer, Some(id)) => format!("answer {id}"),
        (Outcome::Suggest, _) => "suggest".to_owned(),
        _ => "none".to_owned(),
    }
}
