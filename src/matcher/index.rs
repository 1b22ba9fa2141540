//! The inverted index: term -> phrasings that contain it, with per-term IDF weights.
//!
//! A query only touches the phrasings that share a term with it, so the cost per query
//! grows with the number of matching postings, not with phrasings x string distance.

use std::collections::HashMap;

use super::analyzer::Analyzer;
use crate::corpus::Entry;

pub type TermId = u32;

/// One phrasing (canonical question or alternate) of an entry.
#[derive(Debug)]
pub struct Phrasing {
    pub entry: usize,
    pub weight: f32,
}

#[derive(Debug, Default)]
pub struct Index {
    term_ids: HashMap<String, TermId>,
    idf: Vec<f32>,
    pub phrasings: Vec<Phrasing>,
    postings: Vec<Vec<u32>>,
    /// Per entry: terms from any of its phrasings.
    pub entry_phrasing_terms: Vec<Vec<TermId>>,
    /// Per entry: terms that only its answer text contains.
    pub entry_answer_terms: Vec<Vec<TermId>>,
    /// Weight given to a word no entry contains: the IDF of a term with document frequency 0.
    pub unknown_idf: f32,
}

impl Index {
    pub fn build(entries: &[Entry], analyzer: &Analyzer) -> Self {
        let mut index = Index::default();
        let mut raw_phrasings = Vec::new();
        for (entry_no, entry) in entries.iter().enumerate() {
            let mut phrasing_terms = Vec::new();
            for text in entry.phrasings() {
                let terms = index.intern_all(&analyzer.corpus_terms(text));
                for &t in &terms {
                    if !phrasing_terms.contains(&t) {
                        phrasing_terms.push(t);
                    }
                }
                raw_phrasings.push((entry_no, terms));
            }
            let answer_terms: Vec<TermId> = index
                .intern_all(&analyzer.corpus_terms(&entry.answer))
                .into_iter()
                .filter(|t| !phrasing_terms.contains(t))
                .collect();
            index.entry_phrasing_terms.push(phrasing_terms);
            index.entry_answer_terms.push(answer_terms);
        }
        index.compute_idf(entries.len());
        index.postings = vec![Vec::new(); index.idf.len()];
        for (entry, terms) in raw_phrasings {
            let id = index.phrasings.len() as u32;
            for &t in &terms {
                index.postings[t as usize].push(id);
            }
            let weight = terms.iter().map(|&t| index.idf(t)).sum();
            index.phrasings.push(Phrasing { entry, weight });
        }
        index
    }

    fn intern_all(&mut self, terms: &[String]) -> Vec<TermId> {
        terms
            .iter()
            .map(|term| {
                let next = self.term_ids.len() as TermId;
                *self.term_ids.entry(term.clone()).or_insert(next)
            })
            .collect()
    }

    /// BM25's IDF over entries, so that a word every entry shares ("botox") weighs almost
    /// nothing and a word only one entry uses ("cancer") weighs the most.
    fn compute_idf(&mut self, entry_count: usize) {
        let mut df = vec![0usize; self.term_ids.len()];
        for (phrasing, answer) in self
            .entry_phrasing_terms
            .iter()
            .zip(&self.entry_answer_terms)
        {
            for &t in phrasing.iter().chain(answer) {
                df[t as usize] += 1;
            }
        }
        let n = entry_count as f32;
        let idf = |df: f32| (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
        self.idf = df.into_iter().map(|d| idf(d as f32)).collect();
        self.unknown_idf = idf(0.0);
    }

    pub fn term_id(&self, term: &str) -> Option<TermId> {
        self.term_ids.get(term).copied()
    }

    pub fn idf(&self, term: TermId) -> f32 {
        self.idf[term as usize]
    }

    pub fn postings(&self, term: TermId) -> &[u32] {
        &self.postings[term as usize]
    }
}
