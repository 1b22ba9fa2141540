//! The platform-neutral reply: what the bot says, before any platform renders it.
//! The CLI prints it as text; the Discord layer turns it into an embed.

use serde::Serialize;

use crate::corpus::{Entry, Source};

/// Said first, before anything else, when triage finds a red flag.
pub fn urgent_notice(emergency_number: &str) -> String {
    format!(
        "Get medical help right away. Call {emergency_number} or go to the nearest emergency \
         room now. Trouble breathing, swallowing or speaking, a weak or lost voice, weakness \
         all over the body, double vision or loss of bladder control after a Botox injection \
         can be life-threatening."
    )
}

/// The line every reply carries.
pub const DISCLAIMER: &str = "This is general information, not medical advice. Talk to your \
    doctor or the professional who gave you the injections about your own care.";

pub const NO_ANSWER: &str = "Sorry, I don't have an answer for that. Use /faq list to see the \
    topics I can help with, and ask your doctor about anything else.";

pub const SUGGEST_INTRO: &str = "I'm not sure which topic you mean. Did you mean one of these?";

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    pub id: String,
    pub question: String,
    pub score: f32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Body {
    Answer {
        id: String,
        question: String,
        answer: String,
        sources: Vec<Source>,
    },
    Suggest {
        suggestions: Vec<Suggestion>,
    },
    None,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reply {
    /// Present only for red flags; always shown first.
    pub urgent_notice: Option<String>,
    pub body: Body,
    pub disclaimer: &'static str,
}

impl Reply {
    pub fn answer(entry: &Entry) -> Self {
        Self::with_body(Body::Answer {
            id: entry.id.clone(),
            question: entry.question.clone(),
            answer: entry.answer.trim().to_owned(),
            sources: entry.sources.clone(),
        })
    }

    pub fn suggest(suggestions: Vec<Suggestion>) -> Self {
        Self::with_body(Body::Suggest { suggestions })
    }

    pub fn none() -> Self {
        Self::with_body(Body::None)
    }

    fn with_body(body: Body) -> Self {
        Reply {
            urgent_notice: None,
            body,
            disclaimer: DISCLAIMER,
        }
    }

    pub fn urgent(mut self, emergency_number: &str) -> Self {
        self.urgent_notice = Some(urgent_notice(emergency_number));
        self
    }

    /// The reply as a person reads it in a terminal or a plain chat message.
    pub fn to_text(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(notice) = &self.urgent_notice {
            parts.push(notice.clone());
        }
        match &self.body {
            Body::Answer {
                question,
                answer,
                sources,
                ..
            } => {
                parts.push(format!("Answering: {question}"));
                parts.push(answer.clone());
                parts.push(format!("Source: {}", sources_line(sources)));
            }
            Body::Suggest { suggestions } => parts.push(suggestion_list(suggestions)),
            Body::None => {
                if self.urgent_notice.is_none() {
                    parts.push(NO_ANSWER.to_owned());
                }
            }
        }
        parts.push(self.disclaimer.to_owned());
        defuse_mentions(&parts.join("\n\n"))
    }
}

/// The "did you mean" text: the intro, then the suggested questions, numbered.
pub fn suggestion_list(suggestions: &[Suggestion]) -> String {
    let mut lines = vec![SUGGEST_INTRO.to_owned()];
    lines.extend(
        suggestions
            .iter()
            .enumerate()
            .map(|(n, s)| format!("{}. {}", n + 1, s.question)),
    );
    lines.join("\n")
}

pub fn sources_line(sources: &[Source]) -> String {
    sources
        .iter()
        .map(Source::describe)
        .collect::<Vec<_>>()
        .join("; ")
}

/// Puts a zero-width space after every `@` and `<` so that no text the bot sends can form a
/// mention, even if something slipped past corpus validation. Discord's `allowed_mentions`
/// is the main guard; this is the second one.
pub fn defuse_mentions(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        out.push(ch);
        if ch == '@' || ch == '<' {
            out.push('\u{200B}');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urgent_notice_comes_before_everything() {
        let text = Reply::none().urgent("911").to_text();
        assert!(text.starts_with("Get medical help right away. Call 911"));
        assert!(text.ends_with(DISCLAIMER));
    }

    #[test]
    fn defused_text_cannot_mention() {
        let text = defuse_mentions("hi @everyone <@123> @here");
        assert!(!text.contains("@everyone"));
        assert!(!text.contains("<@"));
        assert!(!text.contains("@here"));
    }
}
