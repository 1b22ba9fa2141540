//! Moderator actions on the corpus, platform-neutral: every change is validated, versioned,
//! saved crash-safely, made live at once, and written to the audit log, refused or not.
//! Who may call these is decided by the front end (see `discord::moderation`), which must
//! also report refusals here so they are audited.

use std::sync::Arc;

use crate::config::Settings;
use crate::corpus::{validate_entry_alone, Change, Entry, Source, Store, StoreError, Version};
use crate::data::audit::{now, AuditLog, Outcome as Audited, Record};
use crate::data::feedback::Feedback;
use crate::data::unanswered::UnansweredLog;
use crate::live::LiveFaq;
use crate::matcher::Outcome;

/// What a moderator typed into the add/edit form. Alternates come one per line.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Draft {
    pub id: Option<String>,
    pub question: String,
    pub alternates: String,
    pub answer: String,
    pub source_title: String,
    pub source_publisher: String,
    pub source_url: String,
}

#[derive(Debug, thiserror::Error)]
pub enum ModError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{phrase:?} already answers with the entry {entry:?}; edit that entry instead")]
    AliasTaken { phrase: String, entry: String },
    #[error("the corpus on disk has problems, so the last good one is still served: {0}")]
    Reload(String),
    #[error(
        "the entry {entry:?} answers only questions that use one of the words {scope_words:?}, \
         so it could never answer {phrasings:?}: reword them to use one of those words, or \
         change the entry's scope_words in its file"
    )]
    OutsideScope {
        entry: String,
        scope_words: Vec<String>,
        phrasings: Vec<String>,
    },
}

pub struct Moderation {
    pub store: Store,
    pub live: Arc<LiveFaq>,
    pub audit: AuditLog,
    pub feedback: Feedback,
    /// None when the unanswered log is switched off in config.
    pub unanswered: Option<UnansweredLog>,
}

impl Moderation {
    /// Open the store, the logs and the counts for a served corpus.
    pub fn open(settings: &Settings, live: Arc<LiveFaq>) -> std::io::Result<Moderation> {
        let data = &settings.data.dir;
        let unanswered = if settings.unanswered.enabled {
            let config = &settings.unanswered;
            Some(UnansweredLog::open(
                data,
                config.max_entries,
                config.max_age_days,
            )?)
        } else {
            None
        };
        Ok(Moderation {
            store: Store::open(live.dir())?,
            audit: AuditLog::open(data)?,
            feedback: Feedback::open(data)?,
            unanswered,
            live,
        })
    }

    pub fn add(&self, moderator: u64, draft: &Draft) -> Result<Entry, ModError> {
        let entry = draft.to_entry(None);
        let result = self.store.create(&entry);
        self.finish(moderator, "add", &entry.id, result)
            .map(|_| entry)
    }

    /// Save an edit made from `expected` (the version shown when the form opened).
    pub fn edit(
        &self,
        moderator: u64,
        id: &str,
        draft: &Draft,
        expected: &str,
    ) -> Result<Entry, ModError> {
        let previous = self.store.read(id)?.map(|(entry, _)| entry);
        let mut entry = draft.to_entry(previous.as_ref());
        entry.id = id.to_owned();
        self.refuse_outside_scope(moderator, "edit", &entry, previous.as_ref())?;
        let result = self.store.update(&entry, expected);
        self.finish(moderator, "edit", id, result).map(|_| entry)
    }

    pub fn remove(
        &self,
        moderator: u64,
        id: &str,
        expected: Option<&str>,
    ) -> Result<Change, ModError> {
        let result = self.store.remove(id, expected);
        self.finish(moderator, "remove", id, result)
    }

    pub fn restore(&self, moderator: u64, id: &str) -> Result<Change, ModError> {
        let result = self.store.restore(id);
        self.finish(moderator, "restore", id, result)
    }

    /// Teach an entry a new phrasing, unless the phrase already answers with another entry.
    pub fn alias(&self, moderator: u64, id: &str, phrase: &str) -> Result<Change, ModError> {
        let phrase = phrase.trim().to_owned();
        let faq = self.live.current();
        let response = faq.respond(&phrase, "");
        if let Some(other) = faq.answered_id(&response).filter(|other| *other != id) {
            let err = ModError::AliasTaken {
                phrase: phrase.clone(),
                entry: other.to_owned(),
            };
            self.audit(
                moderator,
                "alias",
                Some(id),
                None,
                None,
                Audited::Rejected,
                Some(err.to_string()),
            );
            return Err(err);
        }
        let result = match self.store.read(id) {
            Ok(Some((entry, version))) => {
                let mut taught = entry.clone();
                taught.alternates.push(phrase.clone());
                self.refuse_outside_scope(moderator, "alias", &taught, Some(&entry))?;
                self.store.update(&taught, &version)
            }
            Ok(None) => Err(StoreError::NotFound(id.to_owned())),
            Err(err) => Err(err),
        };
        let change = self.finish(moderator, "alias", id, result)?;
        self.forget_unanswered(&phrase);
        Ok(change)
    }

    /// Refuse (and audit) a version of an entry whose new phrasings its scope words rule
    /// out: saved, they would never be answered, and the moderator would not know why.
    /// Phrasings the previous version already had are let through, so that a file edited
    /// by hand does not block every later edit of its entry.
    fn refuse_outside_scope(
        &self,
        moderator: u64,
        action: &str,
        entry: &Entry,
        previous: Option<&Entry>,
    ) -> Result<(), ModError> {
        let faq = self.live.current();
        let is_new =
            |phrasing: &&str| previous.is_none_or(|p| !p.phrasings().any(|old| old == *phrasing));
        let outside: Vec<&str> = faq
            .matcher()
            .phrasings_outside_scope(entry)
            .into_iter()
            .filter(is_new)
            .collect();
        if outside.is_empty() {
            return Ok(());
        }
        let err = ModError::OutsideScope {
            entry: entry.id.clone(),
            scope_words: entry.scope_words.clone(),
            phrasings: outside.into_iter().map(str::to_owned).collect(),
        };
        let detail = Some(err.to_string());
        self.audit(
            moderator,
            action,
            Some(&entry.id),
            None,
            None,
            Audited::Rejected,
            detail,
        );
        Err(err)
    }

    /// Re-read the corpus after changes made outside the bot (a git pull, an editor).
    pub fn reload(&self, moderator: u64) -> Result<usize, ModError> {
        let result = self
            .live
            .reload()
            .map_err(|invalid| ModError::Reload(invalid.to_string()));
        let (outcome, detail) = match &result {
            Ok(count) => (Audited::Done, Some(format!("{count} entries"))),
            Err(err) => (Audited::Rejected, Some(err.to_string())),
        };
        self.audit(moderator, "reload", None, None, None, outcome, detail);
        result
    }

    /// Record that someone who may not moderate tried to.
    pub fn refuse(&self, who: u64, action: &str, entry: Option<&str>, why: &str) {
        self.audit(
            who,
            action,
            entry,
            None,
            None,
            Audited::Refused,
            Some(why.to_owned()),
        );
    }

    /// Note a question that got no confident answer (a no-op when the log is off).
    pub fn note_unanswered(&self, question: &str) {
        if let Some(log) = &self.unanswered {
            if let Err(err) = log.record(question) {
                tracing::warn!(error = %err, "could not write the unanswered-questions log");
            }
        }
    }

    pub fn forget_unanswered(&self, question: &str) {
        if let Some(log) = &self.unanswered {
            let key = crate::matcher::normalize::canonical_phrase(question);
            let _ = log.resolve(&key);
        }
    }

    /// The form's starting values for an entry, and the version an edit must start from.
    pub fn draft_of(&self, id: &str) -> Result<(Draft, Version), ModError> {
        let (entry, version) = self
            .store
            .read(id)?
            .ok_or_else(|| StoreError::NotFound(id.to_owned()))?;
        Ok((Draft::from_entry(&entry), version))
    }

    /// Problems the draft would have on its own, before anything is saved.
    pub fn check_draft(&self, draft: &Draft) -> Vec<String> {
        let entry = draft.to_entry(None);
        validate_entry_alone(&self.store.path_of(&entry.id), &entry)
            .iter()
            .map(|p| format!("`{}` {}", p.field, p.message))
            .collect()
    }

    fn finish(
        &self,
        moderator: u64,
        action: &str,
        id: &str,
        result: Result<Change, StoreError>,
    ) -> Result<Change, ModError> {
        match result {
            Ok(change) => {
                let reloaded = self.live.reload();
                self.audit(
                    moderator,
                    action,
                    Some(id),
                    change.before.clone(),
                    change.after.clone(),
                    Audited::Done,
                    None,
                );
                reloaded.map_err(|invalid| ModError::Reload(invalid.to_string()))?;
                Ok(change)
            }
            Err(err) => {
                self.audit(
                    moderator,
                    action,
                    Some(id),
                    None,
                    None,
                    Audited::Rejected,
                    Some(err.to_string()),
                );
                Err(err.into())
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn audit(
        &self,
        who: u64,
        action: &str,
        entry: Option<&str>,
        before: Option<Version>,
        after: Option<Version>,
        outcome: Audited,
        detail: Option<String>,
    ) {
        let record = Record {
            time: now(),
            moderator: who.to_string(),
            action: action.to_owned(),
            entry: entry.map(str::to_owned),
            before,
            after,
            outcome,
            detail,
        };
        if let Err(err) = self.audit.append(&record) {
            tracing::error!(error = %err, "could not write the audit log");
        }
    }
}

/// Whether a question would be answered confidently by the current corpus.
pub fn answers(live: &LiveFaq, question: &str) -> bool {
    live.current().respond(question, "").result.outcome == Outcome::Answer
}

impl Draft {
    pub fn from_entry(entry: &Entry) -> Draft {
        let source = entry.sources.first();
        Draft {
            id: Some(entry.id.clone()),
            question: entry.question.clone(),
            alternates: entry.alternates.join("\n"),
            answer: entry.answer.trim().to_owned(),
            source_title: source.map(|s| s.title.clone()).unwrap_or_default(),
            source_publisher: source.map(|s| s.publisher.clone()).unwrap_or_default(),
            source_url: source.and_then(|s| s.url.clone()).unwrap_or_default(),
        }
    }

    /// The entry this draft describes. An edit keeps the earlier entry's tags, scope words
    /// and any sources after the first, which the form does not show.
    pub fn to_entry(&self, previous: Option<&Entry>) -> Entry {
        let id = match self.id.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            Some(id) => id.to_owned(),
            None => slug_of(&self.question),
        };
        let url = self.source_url.trim();
        let mut sources = vec![Source {
            title: self.source_title.trim().to_owned(),
            publisher: self.source_publisher.trim().to_owned(),
            url: (!url.is_empty()).then(|| url.to_owned()),
        }];
        if let Some(previous) = previous {
            sources.extend(previous.sources.iter().skip(1).cloned());
        }
        Entry {
            id,
            question: self.question.trim().to_owned(),
            alternates: self
                .alternates
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
            answer: self.answer.trim().to_owned(),
            sources,
            reviewed: chrono::Utc::now().format("%Y-%m-%d").to_string(),
            tags: previous.map(|p| p.tags.clone()).unwrap_or_default(),
            scope_words: previous.map(|p| p.scope_words.clone()).unwrap_or_default(),
        }
    }
}

/// A slug from a question: "Can Botox cause hair loss?" -> "can-botox-cause-hair-loss".
pub fn slug_of(question: &str) -> String {
    let words = crate::matcher::normalize::words(question);
    let mut slug = String::new();
    for word in words
        .iter()
        .filter(|w| w.bytes().all(|b| b.is_ascii_alphanumeric()))
    {
        if slug.len() + word.len() + 1 > 60 {
            break;
        }
        if !slug.is_empty() {
            slug.push('-');
        }
        slug.push_str(word);
    }
    slug
}
