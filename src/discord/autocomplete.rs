//! Autocomplete choices for the entry and question options: entries whose question or id
//! contains the typed text first (people type the start of a word), then the matcher's ranking
//! (people type whole words in any order). Pure, so tested without Discord.

use crate::corpus::Entry;
use crate::faq::Faq;

/// Discord shows at most 25 choices.
pub const MAX_CHOICES: usize = 25;
/// Discord's limit on a choice's name and on a string choice's value, in characters.
pub const MAX_CHOICE_CHARS: usize = 100;

/// What a choice stands for when picked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChoiceValue {
    /// The entry id, for `/faq show`.
    EntryId,
    /// The canonical question, for `/faq ask`.
    Question,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub name: String,
    pub value: String,
}

pub fn choices(faq: &Faq, typed: &str, value: ChoiceValue) -> Vec<Choice> {
    let entries = &faq.corpus().entries;
    let needle = typed.trim().to_lowercase();
    let mut picked: Vec<usize> = Vec::new();
    let mut pick = |index: usize| {
        if picked.len() < MAX_CHOICES && !picked.contains(&index) {
            picked.push(index);
        }
    };
    entries
        .iter()
        .enumerate()
        .filter(|(_, entry)| contains(entry, &needle))
        .for_each(|(index, _)| pick(index));
    if !needle.is_empty() {
        for candidate in faq.matcher().rank(typed) {
            pick(candidate.entry);
        }
    }
    picked
        .into_iter()
        .map(|index| choice(&entries[index], value))
        .collect()
}

/// An empty needle matches everything, so an empty box lists the first entries.
fn contains(entry: &Entry, needle: &str) -> bool {
    entry.id.contains(needle) || entry.question.to_lowercase().contains(needle)
}

fn choice(entry: &Entry, value: ChoiceValue) -> Choice {
    let value = match value {
        ChoiceValue::EntryId => entry.id.clone(),
        ChoiceValue::Question => truncate_chars(&entry.question, MAX_CHOICE_CHARS),
    };
    Choice {
        name: truncate_chars(&entry.question, MAX_CHOICE_CHARS),
        value,
    }
}

/// Cuts `text` to at most `max` characters, marking a cut with an ellipsis.
pub fn truncate_chars(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::discord::test_support::faq;

    #[test]
    fn empty_text_lists_the_first_entries() {
        let faq = faq();
        let got = choices(&faq, "", ChoiceValue::EntryId);
        assert_eq!(got.len(), faq.corpus().entries.len().min(MAX_CHOICES));
        assert_eq!(got[0].value, faq.corpus().entries[0].id);
    }

    #[test]
    fn substring_of_a_question_comes_first_case_insensitively() {
        let faq = faq();
        let got = choices(&faq, "HOW LONG", ChoiceValue::EntryId);
        assert!(!got.is_empty());
        assert!(got[0].name.to_lowercase().contains("how long"), "{got:?}");
    }

    #[test]
    fn ranked_matches_follow_for_words_in_any_order() {
        let faq = faq();
        let got = choices(&faq, "last long botox", ChoiceValue::EntryId);
        assert!(!got.is_empty(), "the matcher ranks entries sharing words");
        let ids: Vec<&str> = got.iter().map(|c| c.value.as_str()).collect();
        let mut unique = ids.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "no entry twice");
    }

    /// "Fuzzy" in the issue: misspelt words still bring up the entry, near the top.
    #[test]
    fn misspelt_words_still_find_their_entry() {
        let faq = faq();
        let cases = [
            ("does botx cause cancr", "cancer-risk"),
            ("how long do side efects last", "side-effect-duration"),
            ("trouble swalowing", "swallowing-problems"),
            ("dizzyness", "dizziness"),
        ];
        for (typed, expected) in cases {
            let got = choices(&faq, typed, ChoiceValue::EntryId);
            let top: Vec<&str> = got.iter().take(3).map(|c| c.value.as_str()).collect();
            assert!(top.contains(&expected), "{typed:?}: {top:?}");
        }
    }

    #[test]
    fn choices_respect_discord_limits() {
        let faq = faq();
        for typed in ["", "a", "botox", "e"] {
            for value in [ChoiceValue::EntryId, ChoiceValue::Question] {
                let got = choices(&faq, typed, value);
                assert!(got.len() <= MAX_CHOICES);
                for choice in got {
                    assert!(choice.name.chars().count() <= MAX_CHOICE_CHARS);
                    assert!(choice.value.chars().count() <= MAX_CHOICE_CHARS);
                }
            }
        }
    }

    #[test]
    fn question_values_are_the_question() {
        let faq = faq();
        let got = choices(&faq, "", ChoiceValue::Question);
        assert_eq!(
            got[0].value,
            truncate_chars(&faq.corpus().entries[0].question, 100)
        );
    }

    #[test]
    fn truncation_marks_the_cut() {
        assert_eq!(truncate_chars("abc", 3), "abc");
        assert_eq!(truncate_chars("abcd", 3), "ab…");
        assert_eq!(truncate_chars("ééééé", 4).chars().count(), 4);
    }
}
