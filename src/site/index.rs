//! The library's search index: every item of every brief, searchable from a static host.
//!
//! Text is folded exactly as the widget's search folds it ([`crate::query::search::fold_str`]: lower case,
//! Latin accents removed, typographic quotes and dashes made plain), then cut into *keys*:
//!
//! - outside CJK scripts, a key is a word: a run of letters and digits (`char::is_alphanumeric`);
//! - inside a run of Hangul, kana or Han characters, which have no spaces inside compounds, the keys are
//!   the run's character bigrams plus its last character on its own. So 협동조합 inside 어민협동조합 is
//!   found (its bigrams 협동 동조 조합 are all keys of the compound), and a one-character query finds
//!   every occurrence as a prefix (each occurrence starts a bigram, or is a run's last character).
//!
//! A query term is cut into keys the same way. A term of one key matches items having a key that starts
//! with it (word prefix: `won` finds `wonsan`). A term of several keys (a Korean word of three characters
//! or more, `won-dollar`) first finds the items that have all its keys, then keeps only those whose
//! folded text contains the folded term itself: the *verification* step, which the library element does
//! on the item records it loads, so scattered bigrams or a particle never make a false hit.
//!
//! The index is static files. Keys are sorted and cut into *term shards* of about [`SHARD_TARGET_BYTES`]
//! each (by size, not per brief, so the number of shards grows with the vocabulary, not with the number
//! of briefs); the manifest lists each shard's first key, so a query fetches the manifest plus the one
//! shard each of its keys falls in. Items are numbered across the library; their records (brief, kind,
//! title, texts, quotes with paragraphs) sit in *record shards* of [`RECORDS_PER_SHARD`] items, fetched
//! only for the results shown.

use crate::query::search::fold_str;
use crate::query::{all_items, Item, ItemKind, LoadedBrief};
use crate::render::View;
use serde::Serialize;
use std::collections::BTreeMap;

/// A term shard is closed once its JSON reaches this size (a shard holds at least one key).
pub const SHARD_TARGET_BYTES: usize = 24 * 1024;
/// Items per record shard: small, so the records of one page of results cost little to fetch.
pub const RECORDS_PER_SHARD: usize = 8;
/// A one-key term is matched as a prefix only while its keys span at most this many shards; beyond
/// that (a one-letter term), only the key itself is looked up.
pub const MAX_PREFIX_SHARDS: usize = 2;

/// Weights of a posting: where in the item the key occurs (the best place counts).
pub const WEIGHT_QUOTE: u32 = 1;
pub const WEIGHT_TEXT: u32 = 2;
pub const WEIGHT_TITLE: u32 = 3;

/// Whether `c` belongs to a script written without spaces between the words of a compound: Hangul
/// (syllables, jamo, compatibility jamo), kana, and Han ideographs.
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}'
        | '\u{3040}'..='\u{30FF}'
        | '\u{3130}'..='\u{318F}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{A960}'..='\u{A97F}'
        | '\u{AC00}'..='\u{D7AF}'
        | '\u{D7B0}'..='\u{D7FF}'
        | '\u{F900}'..='\u{FAFF}')
}

/// The keys of already folded text, in order of occurrence (repeats included).
pub fn keys_of_folded(folded: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let mut word = String::new();
    let mut run: Vec<char> = Vec::new();
    for c in folded.chars() {
        if is_cjk(c) {
            flush_word(&mut word, &mut keys);
            run.push(c);
        } else if c.is_alphanumeric() {
            flush_run(&mut run, &mut keys);
            word.push(c);
        } else {
            flush_word(&mut word, &mut keys);
            flush_run(&mut run, &mut keys);
        }
    }
    flush_word(&mut word, &mut keys);
    flush_run(&mut run, &mut keys);
    keys
}

/// The keys a folded query term is looked up by: as [`keys_of_folded`], but a CJK run of two characters
/// or more gives only its bigrams (its last character on its own is a key of the text only where a run
/// ends, and the term may sit inside a longer compound).
pub fn query_keys(folded_term: &str) -> Vec<String> {
    let mut keys = Vec::new();
    let mut word = String::new();
    let mut run: Vec<char> = Vec::new();
    let flush_run = |run: &mut Vec<char>, keys: &mut Vec<String>| {
        match run.as_slice() {
            [] => {}
            [one] => keys.push(one.to_string()),
            many => keys.extend(many.windows(2).map(|pair| pair.iter().collect::<String>())),
        }
        run.clear();
    };
    for c in folded_term.chars() {
        if is_cjk(c) {
            flush_word(&mut word, &mut keys);
            run.push(c);
        } else if c.is_alphanumeric() {
            flush_run(&mut run, &mut keys);
            word.push(c);
        } else {
            flush_word(&mut word, &mut keys);
            flush_run(&mut run, &mut keys);
        }
    }
    flush_word(&mut word, &mut keys);
    flush_run(&mut run, &mut keys);
    keys
}

/// The keys of `text`, folded first.
pub fn keys(text: &str) -> Vec<String> {
    keys_of_folded(&fold_str(text))
}

fn flush_word(word: &mut String, keys: &mut Vec<String>) {
    if !word.is_empty() {
        keys.push(std::mem::take(word));
    }
}

/// A CJK run as its bigrams and its last character.
fn flush_run(run: &mut Vec<char>, keys: &mut Vec<String>) {
    for pair in run.windows(2) {
        keys.push(pair.iter().collect());
    }
    if let Some(last) = run.last() {
        keys.push(last.to_string());
    }
    run.clear();
}

/// One item as the library stores it: what a result shows and cites.
#[derive(Debug, Clone, Serialize)]
pub struct ItemRecord {
    /// The brief's id (its file name without `.json`).
    pub brief: String,
    /// The item's id in its brief.
    pub id: String,
    pub kind: ItemKind,
    /// The widget view that shows the item in full: the deep link is `#brief-insights=VIEW/ID`.
    pub view: &'static str,
    pub title: String,
    /// The item's other texts: `[field, text]`.
    pub texts: Vec<(String, String)>,
    /// Its evidence: `[paragraph, quote]`.
    pub quotes: Vec<(u32, String)>,
}

impl ItemRecord {
    pub fn new(brief_id: &str, item: &Item<'_>) -> ItemRecord {
        let texts = item
            .texts()
            .into_iter()
            .filter(|&(field, _)| field != "title")
            .map(|(field, text)| (field.to_string(), text.to_string()))
            .collect();
        ItemRecord {
            brief: brief_id.to_string(),
            id: item.id().to_string(),
            kind: item.kind(),
            view: View::home_of(item.kind()).as_str(),
            title: item.title().to_string(),
            texts,
            quotes: item.evidence().iter().map(|e| (e.paragraph, e.quote.clone())).collect(),
        }
    }

    /// Every text with its weight: the title, the other texts, the quotes.
    fn weighted_texts(&self) -> impl Iterator<Item = (&str, u32)> {
        std::iter::once((self.title.as_str(), WEIGHT_TITLE))
            .chain(self.texts.iter().map(|(_, t)| (t.as_str(), WEIGHT_TEXT)))
            .chain(self.quotes.iter().map(|(_, q)| (q.as_str(), WEIGHT_QUOTE)))
    }

    /// Every text folded, joined by newlines: what verification looks for a term in.
    pub fn folded_text(&self) -> String {
        let texts: Vec<String> = self.weighted_texts().map(|(t, _)| fold_str(t)).collect();
        texts.join("\n")
    }
}

/// The index of a whole library, in memory: records in library order, and each key's postings.
#[derive(Debug, Default)]
pub struct LibraryIndex {
    pub records: Vec<ItemRecord>,
    /// Key → (item number, weight), item numbers ascending.
    pub postings: BTreeMap<String, Vec<(u32, u32)>>,
}

impl LibraryIndex {
    /// Adds every item of `brief` (its records numbered after those already there).
    pub fn add_brief(&mut self, brief_id: &str, brief: &LoadedBrief) {
        for item in all_items(&brief.brief) {
            let record = ItemRecord::new(brief_id, &item);
            let number = self.records.len() as u32;
            let mut best: BTreeMap<String, u32> = BTreeMap::new();
            for (text, weight) in record.weighted_texts() {
                for key in keys(text) {
                    let entry = best.entry(key).or_insert(weight);
                    *entry = (*entry).max(weight);
                }
            }
            for (key, weight) in best {
                self.postings.entry(key).or_default().push((number, weight));
            }
            self.records.push(record);
        }
    }

    /// The term shards: consecutive keys, each shard closed once its JSON passes the target size.
    pub fn term_shards(&self) -> Vec<TermShard> {
        let mut shards = Vec::new();
        let mut current = TermShard::default();
        let mut size = 0;
        for (key, postings) in &self.postings {
            let encoded = encode_postings(postings);
            // The key, its quotes, colon and comma, and roughly five bytes a number.
            let entry_size = key.len() + 4 + encoded.len() * 5;
            // Boundaries depend on the keys themselves (a shard ends after a key whose hash is a
            // multiple of 8 once the shard is half full, or when it is full), not on a running count
            // from the first key: so a change to one brief moves no boundary but those near its keys,
            // and a rebuild rewrites few shards.
            if size > 0 && size + entry_size > 2 * SHARD_TARGET_BYTES {
                shards.push(std::mem::take(&mut current));
                size = 0;
            }
            size += entry_size;
            current.keys.insert(key.clone(), encoded);
            if size >= SHARD_TARGET_BYTES / 2 && fnv1a(key) % 8 == 0 {
                shards.push(std::mem::take(&mut current));
                size = 0;
            }
        }
        if !current.keys.is_empty() {
            shards.push(current);
        }
        shards
    }

    /// Searches as the library element does, for tests and tools: item numbers of the items matching
    /// every term, best first.
    pub fn search(&self, query: &str) -> Vec<u32> {
        let folded = fold_str(query);
        let terms: Vec<&str> = folded.split(|c: char| c.is_whitespace() || c == ',' || c == ';').collect();
        let mut scores: Option<BTreeMap<u32, u32>> = None;
        let mut verify: Vec<String> = Vec::new();
        for term in terms {
            let term_keys = query_keys(term);
            let mut matched: Option<BTreeMap<u32, u32>> = None;
            match term_keys.as_slice() {
                [] => continue,
                [only] => {
                    let mut m = BTreeMap::new();
                    for (key, postings) in self.postings.range(only.clone()..).take_while(|(k, _)| k.starts_with(only))
                    {
                        // The whole word counts double; a longer word it starts, once.
                        let exact = if key == only { 2 } else { 1 };
                        for &(n, w) in postings {
                            let points = exact * w;
                            let e = m.entry(n).or_insert(0);
                            *e = (*e).max(points);
                        }
                    }
                    matched = Some(m);
                }
                many => {
                    verify.push(term.trim_matches(|c: char| !c.is_alphanumeric()).to_string());
                    for key in many {
                        let m: BTreeMap<u32, u32> = self
                            .postings
                            .get(key)
                            .map(|p| p.iter().map(|&(n, w)| (n, 2 * w)).collect())
                            .unwrap_or_default();
                        matched = Some(intersect(matched, m));
                    }
                }
            }
            if let Some(m) = matched {
                scores = Some(intersect(scores, m));
            }
        }
        let mut hits: Vec<(u32, u32)> = scores.unwrap_or_default().into_iter().collect();
        hits.retain(|&(n, _)| {
            let Some(record) = self.records.get(n as usize) else { return false };
            let text = record.folded_text();
            verify.iter().all(|t| text.contains(t.as_str()))
        });
        hits.sort_by_key(|&(n, score)| (std::cmp::Reverse(score), n));
        hits.into_iter().map(|(n, _)| n).collect()
    }
}

/// FNV-1a, 64 bits: a stable hash of a key (std's hasher may change between Rust versions).
fn fnv1a(key: &str) -> u64 {
    key.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

/// The items in both (all of `b` when `a` is `None`), their points added.
fn intersect(a: Option<BTreeMap<u32, u32>>, b: BTreeMap<u32, u32>) -> BTreeMap<u32, u32> {
    match a {
        None => b,
        Some(a) => a.into_iter().filter_map(|(n, s)| b.get(&n).map(|t| (n, s + t))).collect(),
    }
}

/// Postings as numbers: each is `(gap from the previous item number) * 4 + weight`, so the lists of
/// frequent keys stay short numbers.
pub fn encode_postings(postings: &[(u32, u32)]) -> Vec<u64> {
    let mut previous = 0u32;
    postings
        .iter()
        .map(|&(n, w)| {
            let gap = n.saturating_sub(previous);
            previous = n;
            u64::from(gap) * 4 + u64::from(w)
        })
        .collect()
}

/// One term shard: its keys and their encoded postings.
#[derive(Debug, Default, Serialize)]
pub struct TermShard {
    pub keys: BTreeMap<String, Vec<u64>>,
}

impl TermShard {
    pub fn first_key(&self) -> &str {
        self.keys.keys().next().map_or("", |k| k.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_bigrams() {
        assert_eq!(keys("Việt Nam’s won-dollar"), ["việt", "nam", "s", "won", "dollar"]);
        assert_eq!(keys("어민협동조합은"), ["어민", "민협", "협동", "동조", "조합", "합은", "은"]);
        assert_eq!(keys("G7정상"), ["g7", "정상", "상"]);
        assert_eq!(keys("중"), ["중"]);
        assert_eq!(query_keys("협동조합"), ["협동", "동조", "조합"]);
        assert_eq!(query_keys("협동"), ["협동"]);
        assert_eq!(query_keys("g7정상"), ["g7", "정상"]);
    }

    #[test]
    fn postings_are_gaps_and_weights() {
        assert_eq!(encode_postings(&[(3, 1), (4, 3), (10, 2)]), [13, 7, 26]);
    }
}
