//! Words that carry no topic: function words and the small talk around a question.
//!
//! They are removed after synonym rewriting, so that phrases such as "can not swallow"
//! still reach their clinical term first.

use std::collections::HashSet;
use std::sync::LazyLock;

const STOPWORDS: &[&str] = &[
    // function words
    "a", "about", "above", "after", "all", "am", "an", "and", "any", "are", "as", "at",
    "be", "been", "being", "but", "by", "can", "could", "did", "do", "does", "doing", "for",
    "from", "had", "has", "have", "having", "he", "her", "here", "hers", "him", "his", "how",
    "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "might", "my", "myself",
    "of", "on", "or", "our", "ours", "she", "should", "so", "some", "such", "than", "that",
    "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "too",
    "u", "ur", "was", "we", "were", "what", "whom", "why",
    "will", "with", "would", "you", "your", "yours", "yourself", "not", "no", "yes", "up",
    "out", "very", "much", "many", "more", "most", "also", "really", "actually", "maybe",
    "may", "must", "shall", "ok", "okay", "well", "there's", "thing", "things", "someone",
    "anyone", "anybody", "somebody", "something", "anything", "im", "get", "got", "getting",
    "gets", "one", "way", "kind", "sort", "lot", "lots", "bit", "like", "way", "etc",
    // chat around the question
    "hi", "hello", "hey", "hiya", "yo", "thanks", "thank", "thx", "ty", "please", "pls", "plz",
    "quick", "question", "questions", "wondering", "wonder", "know", "tell", "help", "advance",
    "appreciate", "appreciated", "guys", "folks", "everyone", "all", "bot", "faqbot", "ask",
    "asking", "curious", "anyway", "btw", "lol", "wanted", "want", "need", "sure", "idea",
    "info", "information", "explain", "say", "said", "think", "dear", "per", "gonna", "wanna",
    "ive", "youve", "kinda", "pretty", "still", "even", "ever", "every", "each", "other",
    "because", "while", "only", "own", "same", "both", "few",
];

static STOPWORD_SET: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| STOPWORDS.iter().copied().collect());

pub fn is_stopword(word: &str) -> bool {
    STOPWORD_SET.contains(word)
}
