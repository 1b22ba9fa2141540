//! Everyday English words that are not stop words but say little about a topic.
//!
//! When the corpus does not know such a word, it is weighed lightly instead of as a rare
//! word: "can botox make it difficult to swallow" should not lose its answer because no
//! entry says "make" or "difficult". Rare unknown words ("breastfeeding", "tylenol") keep
//! their full weight, which is what lets the matcher refuse questions it cannot answer.

pub const COMMON_WORDS: &[&str] = &[
    "make", "makes", "made", "making", "take", "takes", "took", "taking", "give", "gives",
    "gave", "given", "giving", "go", "goes", "going", "went", "gone", "come", "comes", "came",
    "see", "sees", "saw", "seen", "look", "looks", "looked", "feel", "feels", "felt", "feeling",
    "thing", "people", "person", "persons", "time", "times", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "part", "parts", "work", "works", "worked", "working",
    "good", "bad", "right", "wrong", "big", "bigger", "small", "new", "old", "first", "last",
    "little", "difficult", "hard", "easy", "problem", "problems", "issue", "issues", "trouble",
    "matter", "matters", "happen", "happens", "happened", "start", "started", "stop", "stops",
    "keep", "keeps", "try", "tried", "use", "used", "using", "find", "found", "mean", "means",
    "leave", "call", "turn", "seem", "seems", "show", "shows", "happening", "bring", "lose",
    "lost", "change", "changes", "changed", "watch", "follow", "allow", "add", "grow", "open",
    "remember", "consider", "wait", "stay", "reach", "remain", "pass", "require", "decide",
    "normal", "common", "usual", "usually", "often", "sometimes", "always", "never", "possible",
    "likely", "chance", "chances", "true", "real", "really", "able", "else", "next", "done",
    "okay", "fine", "worry", "worried", "worrying", "concern", "concerned", "scared", "afraid",
    "safe", "part", "area", "body", "place", "point", "case", "fact", "reason", "way", "ways",
    "number", "lot", "type", "types", "kind", "kinds", "stuff", "anymore", "already", "soon",
    "later", "earlier", "today", "someone", "everyone", "whole", "full", "back", "far", "enough",
    "develop", "develops", "developed", "build", "builds", "become", "becomes", "became",
    "affect", "affects", "affected", "help", "helps", "happen", "let", "put", "set", "plan",
    "mine", "feel", "anything", "everything", "nothing", "sort", "much", "many",
    "quite", "pretty", "bit", "specific", "certain", "particular", "general", "generally",
    "serious", "major", "minor", "main", "important", "bad", "worse", "worst", "best", "better",
];
