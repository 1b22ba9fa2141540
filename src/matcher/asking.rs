//! Whether a message asks something, read from its clauses.
//!
//! Only the looser suggestion rule for long, diluted messages uses this: a long story that
//! asks nothing ("got covid again, 4th time, so bored of it") is chat, while one that asks
//! ("my mom keeps saying botox causes cancer. is she right") is a question whatever its
//! length.

use super::normalize;

/// Words that open a question in chat, after any connective. "if" opens the conditional
/// questions patients write without a question mark ("if i keep getting it will the muscle
/// waste away"); "r" and "u" are chat spellings of "are" and "you".
const QUESTION_OPENERS: &[&str] = &[
    "what", "how", "why", "when", "where", "which", "who", "whose", "is", "are", "am", "was",
    "were", "can", "could", "do", "does", "did", "should", "shall", "will", "would", "has", "have",
    "may", "might", "must", "any", "anyone", "anybody", "if", "r", "u",
];

/// Words that may come before a clause's opener without changing what it does.
const CONNECTIVES: &[&str] = &[
    "but", "so", "and", "or", "ok", "okay", "also", "then", "like", "just", "wait", "hey", "hi",
];

/// Whether `message` has a question mark, or a clause that opens as a question does.
pub fn asks_something(message: &str) -> bool {
    message.contains('?')
        || message
            .split(['.', '!', ',', ';', ':', '\n'])
            .any(|clause| opens_as_question(&normalize::words(clause)))
}

fn opens_as_question(words: &[String]) -> bool {
    words
        .iter()
        .find(|word| !CONNECTIVES.contains(&word.as_str()))
        .is_some_and(|word| QUESTION_OPENERS.contains(&word.as_str()))
}

#[cfg(test)]
mod tests {
    use super::asks_something;

    #[test]
    fn questions_are_read_with_or_without_a_question_mark() {
        for message in [
            "does botox cause cancer",
            "my mom keeps saying it causes cancer. is she right",
            "hey quick q, do u tip your injector",
            "had my shots friday, so what should i watch for",
            "if i keep getting it will the muscle waste away",
            "botox and cancer?",
            "Whats botox",
        ] {
            assert!(asks_something(message), "{message:?}");
        }
    }

    #[test]
    fn statements_do_not_ask() {
        for message in [
            "got covid again, 4th time, so bored of it",
            "3 years of migraine botox this month, genuinely changed my life",
            "my injector is leaving the practice and i have to find someone new",
            "this is the best clinic",
            "",
        ] {
            assert!(!asks_something(message), "{message:?}");
        }
    }
}
