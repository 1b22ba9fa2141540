//! Everyday idioms that use a symptom's words for something else: "a choke point", "all
//! choked up", "that price is hard to swallow", "peeing myself laughing". Their words are
//! blanked before symptoms are looked for.
//!
//! Choking, swallowing and wetting oneself are real red flags, so their idioms are blanked
//! only beside a word that shows the joke or the price ("laughing", "meme", "bill"). A
//! message that also reports a symptom in other words ("can't breathe") is still urgent.

/// Idioms that never describe a symptom.
const ALWAYS: &[&[&str]] = &[
    &["choke", "point"],
    &["choked", "up"],
    &["choking", "up"],
    &["pill", "to", "swallow"],
    // A blocked nose, as with a cold.
    &["breathe", "through", "my", "nose"],
];

/// Idioms that describe a symptom unless the message shows laughter or a price.
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

/// A hoarse voice or weak arms with a cause that is plainly something else.
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
    &["leg", "day"],
    &["after", "the", "gym"],
];
const STRAINED: &[&[&str]] = &[&["voice"], &["hoarse"], &["weak"], &["jelly"]];

const LAUGHTER_OR_PRICE: &[&str] = &[
    "laughing",
    "laughed",
    "laugh",
    "lmao",
    "lmfao",
    "meme",
    "joke",
    "price",
    "prices",
    "bill",
    "quote",
    "quoted",
    "cost",
    "deal",
    "receptionist",
    "wallet",
    "fee",
    "excited",
    "excitement",
    "tears",
    "copay",
];

/// Blanks the idioms in a message's normalised words, in place.
pub(super) fn blank(words: &mut [String]) {
    blank_each(words, ALWAYS);
    if words
        .iter()
        .any(|w| LAUGHTER_OR_PRICE.contains(&w.as_str()))
    {
        blank_each(words, WITH_LAUGHTER_OR_PRICE);
    }
    if STRAIN.iter().any(|cause| contains(words, cause)) {
        blank_each(words, STRAINED);
    }
}

fn contains(words: &[String], phrase: &[&str]) -> bool {
    words
        .windows(phrase.len())
        .any(|window| window.iter().zip(phrase).all(|(w, p)| w == p))
}

fn blank_each(words: &mut [String], idioms: &[&[&str]]) {
    for idiom in idioms {
        let mut at = 0;
        while at + idiom.len() <= words.len() {
            if words[at..at + idiom.len()]
                .iter()
                .zip(*idiom)
                .all(|(w, i)| w == i)
            {
                words[at..at + idiom.len()]
                    .iter_mut()
                    .for_each(String::clear);
                at += idiom.len();
            } else {
                at += 1;
            }
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
}
