//! The `custom_id`s of the bot's buttons. Discord hands them back verbatim when a button is
//! pressed, so they carry all the state a press needs: the bot keeps none per message.

/// Every id starts with this, so presses of other apps' components are easy to tell apart.
const PREFIX: &str = "faq:";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ComponentId {
    /// `faq:show:<entry-id>`: show that entry's answer to the presser only.
    Show(String),
    /// `faq:list:<page>`: turn the topic list to that page, counted from 1.
    List(usize),
    /// `faq:vote:<entry-id>:up|down`: the presser found that answer helpful or not. The reply
    /// voted on is the message the button sits on, so it needs no place in the id.
    Vote { entry: String, helpful: bool },
}

impl ComponentId {
    pub fn parse(custom_id: &str) -> Option<ComponentId> {
        let rest = custom_id.strip_prefix(PREFIX)?;
        if let Some(id) = rest.strip_prefix("show:") {
            return (!id.is_empty()).then(|| ComponentId::Show(id.to_owned()));
        }
        if let Some(vote) = rest.strip_prefix("vote:") {
            let (entry, direction) = vote.rsplit_once(':')?;
            let helpful = match direction {
                "up" => true,
                "down" => false,
                _ => return None,
            };
            return (!entry.is_empty()).then(|| ComponentId::Vote {
                entry: entry.to_owned(),
                helpful,
            });
        }
        let page = rest.strip_prefix("list:")?.parse().ok()?;
        Some(ComponentId::List(page))
    }

    pub fn to_custom_id(&self) -> String {
        match self {
            ComponentId::Show(id) => format!("{PREFIX}show:{id}"),
            ComponentId::List(page) => format!("{PREFIX}list:{page}"),
            ComponentId::Vote { entry, helpful } => {
                let direction = if *helpful { "up" } else { "down" };
                format!("{PREFIX}vote:{entry}:{direction}")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        let vote = |helpful| ComponentId::Vote {
            entry: "dosing".into(),
            helpful,
        };
        for id in [
            ComponentId::Show("dosing".into()),
            ComponentId::List(3),
            vote(true),
            vote(false),
        ] {
            assert_eq!(ComponentId::parse(&id.to_custom_id()), Some(id));
        }
        assert_eq!(
            ComponentId::Show("how-long".into()).to_custom_id(),
            "faq:show:how-long"
        );
        assert_eq!(ComponentId::List(2).to_custom_id(), "faq:list:2");
        assert_eq!(vote(false).to_custom_id(), "faq:vote:dosing:down");
    }

    #[test]
    fn foreign_and_broken_ids_are_rejected() {
        for custom_id in [
            "",
            "faq:",
            "faq:show:",
            "faq:list:x",
            "faq:list:-1",
            "other:show:a",
            "faq:vote:dosing",
            "faq:vote::up",
            "faq:vote:dosing:sideways",
        ] {
            assert_eq!(ComponentId::parse(custom_id), None, "{custom_id}");
        }
    }

    #[test]
    fn the_longest_entry_id_fits() {
        let id = ComponentId::Show("a".repeat(64)).to_custom_id();
        assert!(id.len() <= 100, "Discord's limit on a custom_id");
        let vote = ComponentId::Vote {
            entry: "a".repeat(64),
            helpful: false,
        };
        assert!(vote.to_custom_id().len() <= 100);
    }
}
