//! Text normalisation shared by the matcher, triage and corpus validation.
//!
//! Turns whatever a patient types (any case, curly quotes, accents, Discord mentions,
//! contractions, emoji) into a flat list of lowercase ASCII-ish words.

use std::borrow::Cow;

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Contractions written with or without the apostrophe, as patients type them.
const CONTRACTIONS: &[(&str, &str)] = &[
    ("can't", "can not"),
    ("cant", "can not"),
    ("cannot", "can not"),
    ("cnt", "can not"),
    ("cnat", "can not"),
    ("won't", "will not"),
    ("wont", "will not"),
    ("shan't", "shall not"),
    ("i'm", "i am"),
    ("im", "i am"),
    ("i've", "i have"),
    ("ive", "i have"),
    ("i'd", "i would"),
    ("i'll", "i will"),
    ("dont", "do not"),
    ("doesnt", "does not"),
    ("didnt", "did not"),
    ("isnt", "is not"),
    ("arent", "are not"),
    ("wasnt", "was not"),
    ("werent", "were not"),
    ("hasnt", "has not"),
    ("havent", "have not"),
    ("couldnt", "could not"),
    ("wouldnt", "would not"),
    ("shouldnt", "should not"),
    ("whats", "what is"),
    ("hows", "how is"),
    ("theyre", "they are"),
    ("youre", "you are"),
    // As "he's" and "she's" lose their "'s" below.
    ("hes", "he"),
    ("shes", "she"),
];

/// Suffix contractions, tried in order when a word still carries an apostrophe.
const SUFFIXES: &[(&str, &str)] = &[
    ("n't", " not"),
    ("'re", " are"),
    ("'ve", " have"),
    ("'ll", " will"),
    ("'m", " am"),
    ("'d", " would"),
    ("'s", ""),
];

/// Lowercase, fold accents and quote marks, and remove Discord markup.
/// Apostrophes are kept so that contractions can be expanded afterwards.
pub fn fold(text: &str) -> String {
    let stripped = strip_discord_markup(text);
    if stripped.is_ascii() {
        fold_ascii(&stripped)
    } else {
        fold_unicode(&stripped)
    }
}

/// [`fold_unicode`] for ASCII text, which most messages are: ASCII is its own NFKD form and
/// has no combining marks, so the costly decomposition gives the same result.
fn fold_ascii(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'`' => '\'',
            b if b.is_ascii_alphanumeric() || b == b'\'' => char::from(b.to_ascii_lowercase()),
            _ => ' ',
        })
        .collect()
}

fn fold_unicode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.nfkd() {
        if is_combining_mark(ch) || is_invisible_inside_words(ch) {
            continue;
        }
        match ch {
            '\u{2018}' | '\u{2019}' | '\u{02bc}' | '`' | '\u{00b4}' => out.push('\''),
            c if c.is_alphanumeric() || c == '\'' => out.extend(c.to_lowercase()),
            _ => out.push(' '),
        }
    }
    out
}

/// Format characters that sit inside a word without splitting it: soft hyphen, zero-width
/// (non-)joiner, word joiner, byte order mark and variation selectors. Turned into spaces,
/// "can\u{ad}t" would lose its "not". A zero-width space does mark a word break, so it
/// stays a separator.
fn is_invisible_inside_words(ch: char) -> bool {
    matches!(
        ch,
        '\u{00ad}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' | '\u{fe00}'..='\u{fe0f}'
    )
}

/// The words of `text`, normalised: lowercase, no punctuation, contractions expanded.
pub fn words(text: &str) -> Vec<String> {
    let folded = fold(&spell_out_because(text));
    let mut out = Vec::new();
    for raw in folded.split_whitespace() {
        let word = raw.trim_matches('\'');
        if word.is_empty() {
            continue;
        }
        expand_contraction(word, &mut out);
    }
    out
}

/// "b/c" would be split at the slash into "b" and "c"; patients mean "because". Spelled out
/// here rather than by making "b" and "c" stop words, which would lose "hep b" and
/// "vitamin c".
fn spell_out_because(text: &str) -> Cow<'_, str> {
    let bytes = text.as_bytes();
    let is_b_slash_c = |at: usize| {
        bytes.len() >= at + 3
            && bytes[at..at + 3].eq_ignore_ascii_case(b"b/c")
            && (at == 0 || !bytes[at - 1].is_ascii_alphanumeric())
            && bytes.get(at + 3).is_none_or(|b| !b.is_ascii_alphanumeric())
    };
    if !text.contains('/') || !(0..bytes.len()).any(is_b_slash_c) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    let mut at = 0;
    while at < bytes.len() {
        if is_b_slash_c(at) {
            out.push_str("because");
            at += 3;
        } else {
            let ch = text[at..].chars().next().expect("at is a char boundary");
            out.push(ch);
            at += ch.len_utf8();
        }
    }
    Cow::Owned(out)
}

/// The normalised form used to decide whether two phrasings are "the same".
pub fn canonical_phrase(text: &str) -> String {
    words(text).join(" ")
}

fn expand_contraction(word: &str, out: &mut Vec<String>) {
    if let Some((_, expansion)) = CONTRACTIONS.iter().find(|(short, _)| *short == word) {
        out.extend(expansion.split(' ').map(str::to_owned));
        return;
    }
    for (suffix, expansion) in SUFFIXES {
        if let Some(stem) = word.strip_suffix(suffix) {
            push_parts(stem, out);
            out.extend(expansion.split_whitespace().map(str::to_owned));
            return;
        }
    }
    push_parts(word, out);
}

/// Words with stray inner apostrophes ("o'clock", "rock'n") split into their parts.
fn push_parts(word: &str, out: &mut Vec<String>) {
    out.extend(
        word.split('\'')
            .filter(|part| !part.is_empty())
            .map(str::to_owned),
    );
}

/// Remove user, role and channel mentions, custom emoji, `@everyone`/`@here` and URLs.
/// They carry no meaning for matching, and a mention of the bot must not change the match.
pub fn strip_discord_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        out.push_str(&rest[..start]);
        let tail = &rest[start..];
        match tail.find('>') {
            Some(end) if is_markup_token(&tail[1..end]) => {
                out.push(' ');
                rest = &tail[end + 1..];
            }
            _ => {
                out.push('<');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    let mut kept = String::with_capacity(out.len());
    for word in out.split_whitespace() {
        if word.starts_with("http://") || word.starts_with("https://") {
            continue;
        }
        if !kept.is_empty() {
            kept.push(' ');
        }
        if word.contains('@') {
            kept.push_str(&word.replace("@everyone", " ").replace("@here", " "));
        } else {
            kept.push_str(word);
        }
    }
    kept
}

/// `@123`, `@!123`, `@&123`, `#123`, `:name:123`, `a:name:123`, `/cmd:123`, `t:123:R`.
fn is_markup_token(inner: &str) -> bool {
    let body = inner
        .strip_prefix("@!")
        .or_else(|| inner.strip_prefix("@&"))
        .or_else(|| inner.strip_prefix('@'))
        .or_else(|| inner.strip_prefix('#'));
    if let Some(id) = body {
        return !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit());
    }
    let parts: Vec<&str> = inner.split(':').collect();
    parts.len() >= 2
        && !inner.contains(char::is_whitespace)
        && parts
            .iter()
            .any(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_fast_path_folds_like_the_unicode_path() {
        let every_printable: String = (b' '..=b'~').map(char::from).collect();
        for text in [
            every_printable.as_str(),
            "Does BOTOX cause cancer?? `it's` I'M 2 weeks in\tnow",
            "",
        ] {
            assert_eq!(fold_ascii(text), fold_unicode(text), "{text:?}");
        }
    }

    #[test]
    fn folds_case_accents_and_curly_quotes() {
        assert_eq!(words("Café’s BOTOX can’t"), ["cafe", "botox", "can", "not"]);
    }

    #[test]
    fn b_slash_c_is_because_but_a_lone_letter_stays() {
        assert_eq!(words("ok b/c my appt"), ["ok", "because", "my", "appt"]);
        assert_eq!(
            words("hep b and vitamin c"),
            ["hep", "b", "and", "vitamin", "c"]
        );
        assert_eq!(words("B/C é b/cd"), ["because", "e", "b", "cd"]);
    }

    #[test]
    fn expands_contractions_without_apostrophes() {
        assert_eq!(
            words("im sure i cant"),
            ["i", "am", "sure", "i", "can", "not"]
        );
        assert_eq!(words("it doesn't"), ["it", "does", "not"]);
    }

    #[test]
    fn removes_mentions_emoji_and_everyone() {
        let text = "<@123> hey <@!45> <@&9> <#77> <:smile:1234> @everyone botox?";
        assert_eq!(words(text), ["hey", "botox"]);
    }

    #[test]
    fn keeps_unrelated_angle_brackets_harmless() {
        assert_eq!(words("a < b > c"), ["a", "b", "c"]);
    }

    #[test]
    fn invisible_characters_inside_a_word_keep_it_whole() {
        assert_eq!(
            words("i can\u{ad}t bre\u{200d}athe\u{feff}"),
            ["i", "can", "not", "breathe"]
        );
        assert_eq!(words("trouble\u{200b}breathing"), ["trouble", "breathing"]);
    }

    #[test]
    fn control_characters_and_emoji_become_spaces() {
        assert_eq!(words("botox\u{0}\u{7}cancer 💉"), ["botox", "cancer"]);
    }
}
