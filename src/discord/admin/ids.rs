//! The `custom_id`s of moderator buttons and forms. State too big or too private for a
//! custom_id (a draft, the version an edit started from, a question's text) stays on the
//! server under the nonce; the id only points to it, and every press is checked again.

const PREFIX: &str = "faqadmin:";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AdminId {
    /// `faqadmin:form:<nonce>`: the add/edit form (a modal) was submitted.
    Form(String),
    /// `faqadmin:retry:<nonce>`: reopen a rejected form with the moderator's text.
    Retry(String),
    /// `faqadmin:remove:<nonce>`: confirm removing the entry the nonce names.
    Remove(String),
    /// `faqadmin:new:<nonce>`: open the add form prefilled with an unanswered question.
    NewFrom(String),
    /// `faqadmin:alias:<nonce>`: ask which entry should answer an unanswered question.
    AliasFrom(String),
    /// `faqadmin:aliasform:<nonce>`: that question's entry was submitted.
    AliasForm(String),
}

impl AdminId {
    /// Whether a custom_id belongs to the moderator tools (valid or not: a broken one is
    /// still a moderator action, refused or reported, never passed on).
    pub fn owns(custom_id: &str) -> bool {
        custom_id.starts_with(PREFIX)
    }

    pub fn parse(custom_id: &str) -> Option<AdminId> {
        let (kind, nonce) = custom_id.strip_prefix(PREFIX)?.split_once(':')?;
        if nonce.is_empty() || !nonce.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return None;
        }
        let nonce = nonce.to_owned();
        Some(match kind {
            "form" => AdminId::Form(nonce),
            "retry" => AdminId::Retry(nonce),
            "remove" => AdminId::Remove(nonce),
            "new" => AdminId::NewFrom(nonce),
            "alias" => AdminId::AliasFrom(nonce),
            "aliasform" => AdminId::AliasForm(nonce),
            _ => return None,
        })
    }

    pub fn to_custom_id(&self) -> String {
        let (kind, nonce) = self.parts();
        format!("{PREFIX}{kind}:{nonce}")
    }

    /// The action name the audit log records.
    pub fn action(&self) -> &'static str {
        match self {
            AdminId::Form(_) | AdminId::Retry(_) => "save",
            AdminId::Remove(_) => "remove",
            AdminId::NewFrom(_) => "add",
            AdminId::AliasFrom(_) | AdminId::AliasForm(_) => "alias",
        }
    }

    fn parts(&self) -> (&'static str, &str) {
        match self {
            AdminId::Form(n) => ("form", n),
            AdminId::Retry(n) => ("retry", n),
            AdminId::Remove(n) => ("remove", n),
            AdminId::NewFrom(n) => ("new", n),
            AdminId::AliasFrom(n) => ("alias", n),
            AdminId::AliasForm(n) => ("aliasform", n),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_junk_is_rejected() {
        let n = "0123456789abcdef".to_owned();
        for id in [
            AdminId::Form(n.clone()),
            AdminId::Retry(n.clone()),
            AdminId::Remove(n.clone()),
            AdminId::NewFrom(n.clone()),
            AdminId::AliasFrom(n.clone()),
            AdminId::AliasForm(n),
        ] {
            assert_eq!(AdminId::parse(&id.to_custom_id()), Some(id));
        }
        assert_eq!(
            AdminId::Form("ab".into()).to_custom_id(),
            "faqadmin:form:ab"
        );
        for junk in [
            "faqadmin:form:",
            "faqadmin:x:ab",
            "faq:show:a",
            "faqadmin:form:a b",
        ] {
            assert_eq!(AdminId::parse(junk), None, "{junk}");
        }
        assert!(AdminId::owns("faqadmin:junk"));
    }
}
