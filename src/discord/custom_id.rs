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
}

impl ComponentId {
    pub fn parse(custom_id: &str) -> Option<ComponentId> {
        let rest = custom_id.strip_prefix(PREFIX)?;
        if let Some(id) = rest.strip_prefix("show:") {
            return (!id.is_empty()).then(|| ComponentId::Show(id.to_owned()));
        }
        let page = rest.strip_prefix("list:")?.parse().ok()?;
        Some(ComponentId::List(page))
    }

    pub fn to_custom_id(&self) -> String {
        match self {
            ComponentId::Show(id) => format!("{PREFIX}show:{id}"),
            ComponentId::List(page) => format!("{PREFIX}list:{page}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for id in [ComponentId::Show("dosing".into()), ComponentId::List(3)] {
            assert_eq!(ComponentId::parse(&id.to_custom_id()), Some(id));
        }
        assert_eq!(
            ComponentId::Show("how-long".into()).to_custom_id(),
            "faq:show:how-long"
        );
        assert_eq!(ComponentId::List(2).to_custom_id(), "faq:list:2");
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
        ] {
            assert_eq!(ComponentId::parse(custom_id), None, "{custom_id}");
        }
    }

    #[test]
    fn the_longest_entry_id_fits() {
        let id = ComponentId::Show("a".repeat(64)).to_custom_id();
        assert!(id.len() <= 100, "Discord's limit on a custom_id");
    }
}
