//! The one-way flow every front end shares: triage, then match, then reply.

use serde::Serialize;

use crate::corpus::Corpus;
use crate::matcher::{Candidate, MatchResult, Matcher, Outcome, Thresholds};
use crate::reply::{Reply, Suggestion};
use crate::triage::{self, RedFlag};

/// A corpus with its matcher, ready to answer. Built once per corpus version.
pub struct Faq {
    corpus: Corpus,
    matcher: Matcher,
}

/// Everything decided about one message.
#[derive(Debug, Clone)]
pub struct Response {
    pub red_flag: Option<RedFlag>,
    pub result: MatchResult,
    pub reply: Reply,
}

/// The fixed JSON shape of `faqbot ask --json`, read by outside tooling.
#[derive(Debug, Clone, Serialize)]
pub struct JsonResponse<'a> {
    pub query: &'a str,
    pub outcome: Outcome,
    pub id: Option<&'a str>,
    pub score: f32,
    pub urgent: bool,
    pub suggestions: Vec<Suggestion>,
    pub reply: String,
}

impl Faq {
    pub fn new(corpus: Corpus, thresholds: Thresholds) -> Self {
        let matcher = Matcher::new(&corpus.entries, &corpus.vocabulary, thresholds);
        Faq { corpus, matcher }
    }

    pub fn corpus(&self) -> &Corpus {
        &self.corpus
    }

    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    pub fn respond(&self, message: &str, emergency_number: &str) -> Response {
        let red_flag = triage::assess(message);
        let result = self.matcher.find(message);
        let mut reply = match result.outcome {
            Outcome::Answer => {
                let best = result.best.expect("an answer always has a best candidate");
                Reply::answer(&self.corpus.entries[best.entry])
            }
            Outcome::Suggest => Reply::suggest(self.suggestions(&result.suggestions)),
            Outcome::None => Reply::none(),
        };
        if red_flag.is_some() {
            reply = reply.urgent(emergency_number);
        }
        Response {
            red_flag,
            result,
            reply,
        }
    }

    pub fn suggestions(&self, candidates: &[Candidate]) -> Vec<Suggestion> {
        candidates
            .iter()
            .map(|c| {
                let entry = &self.corpus.entries[c.entry];
                Suggestion {
                    id: entry.id.clone(),
                    question: entry.question.clone(),
                    score: round3(c.score),
                }
            })
            .collect()
    }

    /// What the matcher saw in a message and its five best entries, for tuning.
    pub fn explain(&self, message: &str) -> String {
        let analysis = self.matcher.analyzer().query_terms(message);
        let mut lines = vec![format!(
            "terms: {:?}  shape: {:?}",
            analysis.content, analysis.all
        )];
        for candidate in self.matcher.rank(message).iter().take(5) {
            let scope = if candidate.in_scope {
                ""
            } else {
                "  (uses none of its scope words: not answered)"
            };
            lines.push(format!(
                "  {:<28} score {:.3} coverage {:.3}{scope}",
                self.corpus.entries[candidate.entry].id, candidate.score, candidate.coverage
            ));
        }
        lines.join("\n")
    }

    /// The id of the entry a response answered with, if it answered.
    pub fn answered_id(&self, response: &Response) -> Option<&str> {
        match response.result.outcome {
            Outcome::Answer => response
                .result
                .best
                .map(|c| self.corpus.entries[c.entry].id.as_str()),
            _ => None,
        }
    }

    pub fn to_json<'a>(&'a self, query: &'a str, response: &Response) -> JsonResponse<'a> {
        JsonResponse {
            query,
            outcome: response.result.outcome,
            id: self.answered_id(response),
            score: round3(response.result.best.map_or(0.0, |c| c.score)),
            urgent: response.red_flag.is_some(),
            suggestions: match response.result.outcome {
                Outcome::Suggest => self.suggestions(&response.result.suggestions),
                _ => Vec::new(),
            },
            reply: response.reply.to_text(),
        }
    }
}

fn round3(x: f32) -> f32 {
    (x * 1000.0).round() / 1000.0
}
