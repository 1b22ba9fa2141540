//! Everyday idioms that use a symptom's words for something else: "a choke point", "that
//! price is a hard pill to swallow", "hoarse from screaming at the concert". Their words are
//! blanked before symptoms are looked for.
//!
//! Only idioms that cannot be a report are blanked. A laugh or a price word near "choking"
//! once blanked it too ("lol i choked on my coffee when i saw the bill"), but a differential
//! test found it also hid reports ("the price was crazy, it's hard to swallow"), so those
//! jokes now get a needless "get help" instead. A strained voice is set aside only just
//! before its plain cause, and not in a message that says anything is happening now
//! ("since", "now", "keep").

use super::report_words::PRESENT_TIME;

/// Idioms that never describe a symptom.
const ALWAYS: &[&[&str]] = &[&["choke", "point"], &["pill", "to", "swallow"]];

/// Plain causes of a strained voice.
const STRAIN: &[&[&str]] = &[
    &["from", "screaming"],
    &["from", "shouting"],
    &["from", "yelling"],
    &["from", "cheering"],
    &["from", "singing"],
];
const STRAINED: &[&[&str]] = &[&["voice"], &["hoarse"]];
/// How far before its cause a strained word may be ("my voice is gone from screaming").
const STRAIN_REACH: usize = 4;

/// Blanks the idioms in a message's normalised words, in place.
pub(super) fn blank(words: &mut [String]) {
    blank_where(words, ALWAYS, |_| true);
    if words.iter().any(|w| PRESENT_TIME.contains(&w.as_str())) {
        return;
    }
    // "not from screaming" denies the cause.
    let causes: Vec<usize> = STRAIN
        .iter()
        .flat_map(|cause| starts(words, cause))
        .filter(|&at| at == 0 || words[at - 1] != "not")
        .collect();
    blank_where(words, STRAINED, |start| {
        causes
            .iter()
            .any(|&cause| cause > start && cause - start <= STRAIN_REACH)
    });
}

/// Where `phrase` starts in `words`.
fn starts<'a>(words: &'a [String], phrase: &'a [&str]) -> impl Iterator<Item = usize> + 'a {
    words
        .windows(phrase.len())
        .enumerate()
        .filter(move |(_, window)| window.iter().zip(phrase).all(|(w, p)| w == p))
        .map(|(at, _)| at)
}

/// Blanks each occurrence of each idiom whose start `blank_here` accepts.
fn blank_where(words: &mut [String], idioms: &[&[&str]], blank_here: impl Fn(usize) -> bool) {
    for idiom in idioms {
        let found: Vec<usize> = starts(words, idiom).filter(|&at| blank_here(at)).collect();
        for at in found {
            words[at..at + idiom.len()]
                .iter_mut()
                .for_each(String::clear);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::matcher::normalize;

    fn blanked(text: &str) -> Vec<String> {
        let mut words = normalize::words(text);
        blank(&mut words);
        words.into_iter().filter(|w| !w.is_empty()).collect()
    }

    #[test]
    fn idioms_are_blanked_and_real_symptom_words_are_kept() {
        assert_eq!(
            blanked("the choke point is booking"),
            ["the", "is", "booking"]
        );
        assert_eq!(
            blanked("that price is a hard pill to swallow"),
            ["that", "price", "is", "a", "hard"]
        );
        assert_eq!(blanked("i choked on water"), ["i", "choked", "on", "water"]);
        assert_eq!(
            blanked("hard to swallow since botox"),
            ["hard", "to", "swallow", "since", "botox"]
        );
    }

    /// The regression this guards: a price or laugh word in the message once blanked the
    /// "choking" or "hard to swallow" of a real report.
    #[test]
    fn a_laugh_or_price_or_a_denied_cause_blanks_nothing() {
        assert!(blanked("the price was crazy, choking on water").contains(&"choking".to_owned()));
        assert!(blanked("lol the bill was huge and it's hard to swallow")
            .contains(&"swallow".to_owned()));
        assert!(blanked("i am choking on my food this is no joke").contains(&"choking".to_owned()));
        assert!(blanked("my voice is hoarse not from screaming").contains(&"hoarse".to_owned()));
        assert!(!blanked("my voice is hoarse from screaming").contains(&"hoarse".to_owned()));
    }
}
