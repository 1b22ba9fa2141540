//! The inverted index: term -> phrasings that contain it, with per-term IDF weights.
//!
//! A query only touches the phrasings that share a term with it, so the cost per query
//! grows with the number of matching postings, not with phrasings x string distance.

use rustc_hash::FxHashMap as HashMap;

use super::analyzer::Analyzer;
use crate::corpus::Entry;

pub type TermId = u32;

/// One phrasing (canonical question or alternate) of an entry.
#[derive(Debug)]
pub struct Phrasing {
    pub entry: usize,
    /// Sum of the IDF of its informative terms.
    pub weight: f32,
    /// Every term including function words, for comparing the question's shape.
    pub shape: Vec<TermId>,
    /// `shape` without repeats, so overlap can be counted in one pass per phrasing.
    pub distinct: Vec<TermId>,
}

#[derive(Debug, Default)]
pub struct Index {
    term_ids: HashMap<String, TermId>,
    idf: Vec<f32>,
    /// How many entries use each term in a phrasing or answer.
    df: Vec<u32>,
    phrasing_df: Vec<u32>,
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
                let analysis = analyzer.corpus_terms(text);
                let terms = index.intern_all(&analysis.content);
                let shape = index.intern_all(&analysis.all);
                for &t in &terms {
                    if !phrasing_terms.contains(&t) {
                        phrasing_terms.push(t);
                    }
                }
                raw_phrasings.push((entry_no, terms, shape));
            }
            let answer_terms: Vec<TermId> = index
                .intern_all(&analyzer.corpus_terms(&entry.answer).content)
                .into_iter()
                .filter(|t| !phrasing_terms.contains(t))
                .collect();
            index.entry_phrasing_terms.push(phrasing_terms);
            index.entry_answer_terms.push(answer_terms);
        }
        index.compute_idf(entries.len());
        index.postings = vec![Vec::new(); index.idf.len()];
        for (entry, terms, shape) in raw_phrasings {
            let id = index.phrasings.len() as u32;
            for &t in &terms {
                index.postings[t as usize].push(id);
            }
            let weight = terms.iter().map(|&t| index.idf(t)).sum();
            let mut distinct = shape.clone();
            distinct.sort_unstable();
            distinct.dedup();
            index.phrasings.push(Phrasing {
                entry,
                weight,
                shape,
                distinct,
            });
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
    /// nothing and a word only one entry uses ("cancer") weighs the most. Frequencies come
    /// from phrasings, which say what an entry is about; answers mention many topics in
    /// passing. A word only answers use takes its frequency from the answers.
    fn compute_idf(&mut self, entry_count: usize) {
        let count = |lists: &[Vec<TermId>], len: usize| {
            let mut df = vec![0u32; len];
            for list in lists {
                for &t in list {
                    df[t as usize] += 1;
                }
            }
            df
        };
        let len = self.term_ids.len();
        let in_phrasings = count(&self.entry_phrasing_terms, len);
        let in_answers = count(&self.entry_answer_terms, len);
        self.phrasing_df = in_phrasings.clone();
        self.df = in_phrasings
            .iter()
            .zip(&in_answers)
            .map(|(&p, &a)| if p > 0 { p } else { a })
            .collect();
        let n = entry_count as f32;
        let idf = |df: f32| (1.0 + (n - df + 0.5) / (df + 0.5)).ln();
        self.idf = self.df.iter().map(|&d| idf(d as f32)).collect();
        self.unknown_idf = idf(0.0);
    }

    /// The id of a term some entry uses as an informative word.
    pub fn content_term(&self, term: &str) -> Option<TermId> {
        self.term_ids
            .get(term)
            .copied()
            .filter(|&id| self.df[id as usize] > 0)
    }

    /// Whether some entry's phrasing (not only an answer) uses the term.
    pub fn in_phrasings(&self, term: TermId) -> bool {
        self.phrasing_df[term as usize] > 0
    }

    /// The id of any term the corpus contains, function words included.
    pub fn any_term(&self, term: &str) -> Option<TermId> {
        self.term_ids.get(term).copied()
    }

    /// How many distinct terms the corpus has; ids run from 0 to this.
    pub fn term_count(&self) -> usize {
        self.idf.len()
    }

    pub fn idf(&self, term: TermId) -> f32 {
        self.idf[term as usize]
    }

    pub fn postings(&self, term: TermId) -> &[u32] {
        &self.postings[term as usize]
    }
}
