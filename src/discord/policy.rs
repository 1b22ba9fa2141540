//! When the bot answers a message on its own. Pure: plain inputs, no Discord types, so every
//! rule is unit-tested.

use std::collections::HashSet;

use crate::matcher::Outcome;

/// What is known about a message before matching it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MessageFacts {
    pub is_dm: bool,
    /// The bot itself is mentioned.
    pub mentioned: bool,
    pub channel_id: u64,
    /// The parent channel when the message is in a thread. Only looked up when it matters,
    /// so it may be `None` for a thread whose parent did not need checking.
    pub parent_id: Option<u64>,
    pub author_is_bot: bool,
    pub from_webhook: bool,
    pub author_is_self: bool,
}

/// Why the bot may speak in this place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Venue {
    /// A DM or a mention: the person asked the bot directly, so it always replies.
    Direct,
    /// A channel (or a thread under one) listed in `answer_channels`, where the bot listens
    /// in on every message and so must only speak when it is sure or someone is in danger.
    Listed,
    /// Anywhere else: the bot stays quiet.
    Elsewhere,
}

/// Bots (including this one) and webhooks are never answered, so two bots cannot loop.
pub fn ignored_author(facts: &MessageFacts) -> bool {
    facts.author_is_self || facts.author_is_bot || facts.from_webhook
}

/// Whether knowing the parent channel could change the venue; the caller looks it up only then.
pub fn needs_parent(facts: &MessageFacts, answer_channels: &HashSet<u64>) -> bool {
    !ignored_author(facts)
        && !facts.is_dm
        && !facts.mentioned
        && !answer_channels.is_empty()
        && !answer_channels.contains(&facts.channel_id)
}

pub fn venue(facts: &MessageFacts, answer_channels: &HashSet<u64>) -> Venue {
    if ignored_author(facts) {
        return Venue::Elsewhere;
    }
    if facts.is_dm || facts.mentioned {
        return Venue::Direct;
    }
    let listed = answer_channels.contains(&facts.channel_id)
        || facts
            .parent_id
            .is_some_and(|parent| answer_channels.contains(&parent));
    if listed {
        Venue::Listed
    } else {
        Venue::Elsewhere
    }
}

/// Whether to send the reply for a matched message.
pub fn should_reply(venue: Venue, outcome: Outcome, urgent: bool) -> bool {
    match venue {
        Venue::Direct => true,
        Venue::Listed => urgent || outcome == Outcome::Answer,
        Venue::Elsewhere => false,
    }
}

/// Whether the per-user cooldown may hold back a reply. It is there so that one person
/// cannot make the bot flood a channel others read. A DM is read by the asker alone, and a
/// patient's second private question soon after the first deserves its answer too.
pub fn cooldown_applies(in_dm: bool) -> bool {
    !in_dm
}

#[cfg(test)]
mod tests {
    use super::*;

    const LISTED: u64 = 10;
    const OTHER: u64 = 20;
    const THREAD: u64 = 30;

    fn listed() -> HashSet<u64> {
        HashSet::from([LISTED])
    }

    fn in_channel(channel_id: u64) -> MessageFacts {
        MessageFacts {
            channel_id,
            ..MessageFacts::default()
        }
    }

    #[test]
    fn dms_and_mentions_are_direct() {
        let dm = MessageFacts {
            is_dm: true,
            ..in_channel(OTHER)
        };
        let mention = MessageFacts {
            mentioned: true,
            ..in_channel(OTHER)
        };
        assert_eq!(venue(&dm, &listed()), Venue::Direct);
        assert_eq!(venue(&mention, &HashSet::new()), Venue::Direct);
    }

    #[test]
    fn listed_channels_and_their_threads_are_listed() {
        assert_eq!(venue(&in_channel(LISTED), &listed()), Venue::Listed);
        let thread = MessageFacts {
            parent_id: Some(LISTED),
            ..in_channel(THREAD)
        };
        assert_eq!(venue(&thread, &listed()), Venue::Listed);
        let other_thread = MessageFacts {
            parent_id: Some(OTHER),
            ..in_channel(THREAD)
        };
        assert_eq!(venue(&other_thread, &listed()), Venue::Elsewhere);
        assert_eq!(venue(&in_channel(OTHER), &listed()), Venue::Elsewhere);
    }

    #[test]
    fn bots_webhooks_and_itself_are_never_answered() {
        for facts in [
            MessageFacts {
                author_is_bot: true,
                is_dm: true,
                ..in_channel(LISTED)
            },
            MessageFacts {
                from_webhook: true,
                mentioned: true,
                ..in_channel(LISTED)
            },
            MessageFacts {
                author_is_self: true,
                ..in_channel(LISTED)
            },
        ] {
            assert_eq!(venue(&facts, &listed()), Venue::Elsewhere, "{facts:?}");
            assert!(!needs_parent(&facts, &listed()));
        }
    }

    #[test]
    fn parent_is_needed_only_when_it_can_change_the_venue() {
        assert!(needs_parent(&in_channel(THREAD), &listed()));
        assert!(!needs_parent(&in_channel(LISTED), &listed()));
        assert!(!needs_parent(&in_channel(THREAD), &HashSet::new()));
        let dm = MessageFacts {
            is_dm: true,
            ..in_channel(THREAD)
        };
        assert!(!needs_parent(&dm, &listed()));
    }

    #[test]
    fn listed_channels_hear_only_answers_and_emergencies() {
        assert!(should_reply(Venue::Listed, Outcome::Answer, false));
        assert!(!should_reply(Venue::Listed, Outcome::Suggest, false));
        assert!(!should_reply(Venue::Listed, Outcome::None, false));
        assert!(should_reply(Venue::Listed, Outcome::None, true));
        assert!(should_reply(Venue::Listed, Outcome::Suggest, true));
    }

    #[test]
    fn direct_questions_always_get_a_reply_and_elsewhere_never() {
        for outcome in [Outcome::Answer, Outcome::Suggest, Outcome::None] {
            assert!(should_reply(Venue::Direct, outcome, false));
            assert!(!should_reply(Venue::Elsewhere, outcome, true));
        }
    }
}

/// The message text without mentions of the bot, which mean nothing to the matcher.
pub fn without_mention(content: &str, bot_id: u64) -> String {
    content
        .replace(&format!("<@{bot_id}>"), " ")
        .replace(&format!("<@!{bot_id}>"), " ")
        .trim()
        .to_owned()
}

#[cfg(test)]
mod mention_tests {
    use super::*;

    #[test]
    fn mentions_of_the_bot_are_removed_and_others_kept() {
        assert_eq!(
            without_mention("<@42> how long does it last", 42),
            "how long does it last"
        );
        assert_eq!(
            without_mention("hey <@!42>, is it safe?", 42),
            "hey  , is it safe?"
        );
        assert_eq!(without_mention("<@7> said hi", 42), "<@7> said hi");
        assert_eq!(without_mention("<@42>", 42), "");
    }
}
