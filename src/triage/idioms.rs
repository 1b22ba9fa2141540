//! Everyday idioms that use a symptom's words for something else: "a choke point", "that
//! price is a hard pill to swallow", "peeing myself laughing", "hoarse from screaming at the
//! concert". Their words are blanked before symptoms are looked for.
//!
//! Choking, swallowing and wetting oneself are real red flags, so most idioms are blanked
//! near a word that shows the laugh or the price, a strained voice only just before its
//! plain cause, and neither in a message that says anything is happening now ("since",
//! "now", "keep"). A word far off does not count either: "I've been choking on every sip of
//! water for days. Separate question about the bill" is a report.

use super::report_words::PRESENT_TIME;

/// Idioms that never describe a symptom.
const ALWAYS: &[&[&str]] = &[&["choke", "point"], &["pill", "to", "swallow"]];

/// Idioms that describe a symptom unless laughter or a price is next to them.
const WITH_LAUGHTER_OR_PRICE: &[&[&str]] = &[
    &["choke"],
    &["choked"],
    &["choking"],
    &["hard", "to", "swallow"],
    &["tough", "to", "swallow"],
    &["wet", "myself"],
    &["pee", "myself"],
    &["peed", "myself"],
    &["peeing", "myself"],
    &["pissed", "myself"],
    &["out", "of", "breath"],
    &["breathless"],
    &["gasping"],
];
const LAUGHTER_OR_PRICE: &[&str] = &[
    "laughing", "laughed", "lmao", "lmfao", "meme", "memes", "price", "prices", "bill", "cost",
    "fee", "copay", "wallet", "quote", "quoted",
];
/// How many words from the idiom the laugh or the price may be ("i choked on my coffee when
/// i saw the price").
const NEARBY: usize = 8;

/// Plain causes of a strained voice or tired limbs.
const STRAIN: &[&[&str]] = &[
    &["from", "screaming"],
    &["from", "shouting"],
    &["from", "yelling"],
    &["from", "cheering"],
    &["from", "singing"],
    &["from", "gym"],
    &["from", "the", "gym"],
    &["from", "my", "workout"],
    &["from", "working", "out"],
    &["after", "leg", "day"],
    &["after", "the", "gym"],
];
const STRAINED: &[&[&str]] = &[&["voice"], &["hoarse"], &["weak"], &["jelly"]];
/// How far before its cause a strained word may be ("my voice is gone from screaming").
const STRAIN_REACH: usize = 4;

/// Blanks the idioms in a message's normalised words, in place.
pub(super) fn blank(words: &mut [String]) {
    blank_where(words, ALWAYS, |_| true);
    // "the price was worth it but now it's hard to swallow": a message that places anything
    // in the present keeps its symptom words.
    if words.iter().any(|w| PRESENT_TIME.contains(&w.as_str())) {
        return;
    }
    let triggers: Vec<usize> = (0..words.len())
        .filter(|&at| LAUGHTER_OR_PRICE.contains(&words[at].as_str()))
        .collect();
    blank_where(words, WITH_LAUGHTER_OR_PRICE, |start| {
        triggers.iter().any(|&t| t.abs_diff(start) <= NEARBY)
    });
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
            blanked("that price is hard to swallow"),
            ["that", "price", "is"]
        );
        assert_eq!(blanked("i choked on water"), ["i", "choked", "on", "water"]);
        assert_eq!(
            blanked("hard to swallow since botox"),
            ["hard", "to", "swallow", "since", "botox"]
        );
    }

    /// The regression this guards: a price or laugh word anywhere in the message once
    /// blanked every "choking" in it, and "no joke" or "in tears" did too.
    #[test]
    fn a_laugh_or_price_far_off_or_a_denied_cause_blanks_nothing() {
        let report = "i have been choking on every sip of water since monday s neck \
                      injections separate question about the bill";
        assert!(blanked(report).contains(&"choking".to_owned()));
        assert!(blanked("i am choking on my food this is no joke").contains(&"choking".to_owned()));
        assert!(blanked("my voice is hoarse not from screaming").contains(&"hoarse".to_owned()));
        assert!(!blanked("my voice is hoarse from screaming").contains(&"hoarse".to_owned()));
    }
}
