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

/// Items of each key whose records are stored in the head shards: one page of results.
pub const HEAD_ITEMS: usize = 10;
/// A head shard is closed once its records reach about this many bytes of JSON.
pub const HEAD_SHARD_TARGET_BYTES: usize = 48 * 1024;

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
    keys_with_positions(folded).into_iter().map(|(key, _)| key).collect()
}

/// The keys of folded text, each with the position (in chars) where it starts: for CJK bigrams, what
/// the element checks a longer Korean word against (its bigrams at consecutive positions).
pub fn keys_with_positions(folded: &str) -> Vec<(String, u32)> {
    let mut keys = Vec::new();
    let mut word = String::new();
    let mut word_start = 0;
    let mut run: Vec<char> = Vec::new();
    let mut run_start = 0;
    for (at, c) in (0u32..).zip(folded.chars()) {
        if is_cjk(c) {
            flush_word(&mut word, word_start, &mut keys);
            if run.is_empty() {
                run_start = at;
            }
            run.push(c);
        } else if c.is_alphanumeric() {
            flush_run(&mut run, run_start, &mut keys);
            if word.is_empty() {
                word_start = at;
            }
            word.push(c);
        } else {
            flush_word(&mut word, word_start, &mut keys);
            flush_run(&mut run, run_start, &mut keys);
        }
    }
    flush_word(&mut word, word_start, &mut keys);
    flush_run(&mut run, run_start, &mut keys);
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
    let flush_word = |word: &mut String, keys: &mut Vec<String>| {
        if !word.is_empty() {
            keys.push(std::mem::take(word));
        }
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

fn flush_word(word: &mut String, start: u32, keys: &mut Vec<(String, u32)>) {
    if !word.is_empty() {
        keys.push((std::mem::take(word), start));
    }
}

/// A CJK run as its bigrams and its last character.
fn flush_run(run: &mut Vec<char>, start: u32, keys: &mut Vec<(String, u32)>) {
    for (i, pair) in run.windows(2).enumerate() {
        keys.push((pair.iter().collect(), start + i as u32));
    }
    if let Some(last) = run.last() {
        keys.push((last.to_string(), start + run.len() as u32 - 1));
    }
    run.clear();
}

/// Whether `key` is a bigram of a CJK run (its postings carry positions).
pub fn is_bigram(key: &str) -> bool {
    let mut chars = key.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(a), Some(b), None) if is_cjk(a) && is_cjk(b))
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
    /// For an actor: its key across briefs (`library/actors/KEY.json`), set by the site builder.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub across: Option<String>,
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
            across: None,
        }
    }

    /// Every text with its weight: the title, the other texts, the quotes.
    fn weighted_texts(&self) -> impl Iterator<Item = (&str, u32)> {
        std::iter::once((self.title.as_str(), WEIGHT_TITLE))
            .chain(self.texts.iter().map(|(_, t)| (t.as_str(), WEIGHT_TEXT)))
            .chain(self.quotes.iter().map(|(_, q)| (q.as_str(), WEIGHT_QUOTE)))
    }

    /// About the size of the record's JSON, for cutting head shards.
    fn approximate_size(&self) -> usize {
        let texts: usize = self.weighted_texts().map(|(t, _)| t.len() + 12).sum();
        self.brief.len() + self.id.len() + 80 + texts
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
    /// For CJK bigram keys: the positions of the key in each item of its postings (same order), in chars
    /// of the item's folded text ([`ItemRecord::folded_text`]).
    pub positions: BTreeMap<String, Vec<Vec<u32>>>,
}

impl LibraryIndex {
    /// Adds every item of `brief` (its records numbered after those already there).
    pub fn add_brief(&mut self, brief_id: &str, brief: &LoadedBrief) {
        for item in all_items(&brief.brief) {
            let record = ItemRecord::new(brief_id, &item);
            let number = self.records.len() as u32;
            let mut best: BTreeMap<String, u32> = BTreeMap::new();
            let mut positions: BTreeMap<String, Vec<u32>> = BTreeMap::new();
            // Positions count chars of the texts joined by newlines, as `folded_text` joins them.
            let mut base = 0u32;
            for (text, weight) in record.weighted_texts() {
                let folded = fold_str(text);
                for (key, at) in keys_with_positions(&folded) {
                    if is_bigram(&key) {
                        positions.entry(key.clone()).or_default().push(base + at);
                    }
                    let entry = best.entry(key).or_insert(weight);
                    *entry = (*entry).max(weight);
                }
                base += folded.chars().count() as u32 + 1;
            }
            for (key, weight) in best {
                if let Some(at) = positions.remove(&key) {
                    self.positions.entry(key.clone()).or_default().push(at);
                }
                self.postings.entry(key).or_default().push((number, weight));
            }
            self.records.push(record);
        }
    }

    /// The positions of bigram `key` in item `n`.
    fn positions_in(&self, key: &str, n: u32) -> &[u32] {
        let found = self.postings.get(key).and_then(|p| p.binary_search_by_key(&n, |&(item, _)| item).ok());
        match (found, self.positions.get(key)) {
            (Some(i), Some(lists)) => lists.get(i).map_or(&[], Vec::as_slice),
            _ => &[],
        }
    }

    /// Whether item `n` has the bigrams `keys` at consecutive positions: the word they come from.
    pub fn has_phrase(&self, keys: &[String], n: u32) -> bool {
        let Some(first) = keys.first() else { return false };
        self.positions_in(first, n).iter().any(|&start| {
            keys.iter()
                .enumerate()
                .skip(1)
                .all(|(i, key)| self.positions_in(key, n).binary_search(&(start + i as u32)).is_ok())
        })
    }

    /// The term shards: consecutive keys, each shard closed once its JSON passes the target size.
    pub fn term_shards(&self) -> Vec<TermShard> {
        let mut shards = Vec::new();
        let mut current = TermShard::default();
        let mut size = 0;
        for (key, postings) in &self.postings {
            let order = score_order(postings);
            let encoded = encode_in_order(postings, &order);
            let positions = self
                .positions
                .get(key)
                .map(|p| encode_positions(&order.iter().filter_map(|&i| p.get(i).cloned()).collect::<Vec<_>>()));
            // The key, its quotes, colon and comma, and roughly five bytes a number (positions too).
            let entry_size = key.len() + 4 + (encoded.len() + positions.as_ref().map_or(0, Vec::len)) * 5;
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
            // A key's positions always sit in its shard, right after it.
            if let Some(positions) = positions {
                current.keys.insert(format!("{key}{POSITIONS_SUFFIX}"), positions);
            }
            if size >= SHARD_TARGET_BYTES / 2 && fnv1a(key).is_multiple_of(8) {
                shards.push(std::mem::take(&mut current));
                size = 0;
            }
        }
        if !current.keys.is_empty() {
            shards.push(current);
        }
        shards
    }

    /// The head shards: for every key, in key order, its first [`HEAD_ITEMS`] postings in score order
    /// (the first page of a one-key search) with its list's length, and their items' records, cut into shards of about
    /// [`HEAD_SHARD_TARGET_BYTES`] of records, and also where a term shard of `term_shards` starts:
    /// so a head shard never spans two term shards. A key with a long posting list fills a term shard
    /// on its own; its head shard then holds its first page and little else, and a search that
    /// fetches that term shard pays little more for the records of its first results (a Korean word
    /// whose bigrams are common fetches the heads of each). Each shard is its first key and the items
    /// it holds.
    pub fn head_shards(&self, term_shards: &[TermShard]) -> Vec<HeadShard> {
        let term_firsts: std::collections::HashSet<&str> = term_shards.iter().map(TermShard::first_key).collect();
        let mut shards = Vec::new();
        let mut current = HeadShard::default();
        let mut size = 0;
        for (key, postings) in &self.postings {
            if !current.items.is_empty() && term_firsts.contains(key.as_str()) {
                shards.push(std::mem::take(&mut current));
                size = 0;
            }
            if current.items.is_empty() {
                current.first = key.clone();
            }
            let order = score_order(postings);
            let first_page = &order[..order.len().min(HEAD_ITEMS)];
            for &i in first_page {
                let Some(&(n, _)) = postings.get(i) else { continue };
                if current.items.insert(n) {
                    size += self.records.get(n as usize).map_or(0, ItemRecord::approximate_size);
                }
            }
            // The head of the encoded list: the gaps of its first postings are those of the whole list.
            let head = encode_in_order(postings, first_page);
            current.lists.insert(key.clone(), HeadList { count: postings.len(), head });
            // As for term shards, a boundary after a key whose hash is a multiple of 8 once the shard
            // is half full keeps a rebuild's changes local.
            if size >= 2 * HEAD_SHARD_TARGET_BYTES
                || (size >= HEAD_SHARD_TARGET_BYTES / 2 && fnv1a(key).is_multiple_of(8))
            {
                shards.push(std::mem::take(&mut current));
                size = 0;
            }
        }
        if !current.items.is_empty() {
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
        let mut phrases: Vec<Vec<String>> = Vec::new();
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
                    let trimmed = term.trim_matches(|c: char| !c.is_alphanumeric());
                    // One CJK run: its bigrams must sit at consecutive positions (checked here, from the
                    // index alone); anything else is checked against the item's text.
                    if many.iter().all(|k| is_bigram(k)) && trimmed.chars().all(is_cjk) {
                        phrases.push(many.to_vec());
                    } else {
                        verify.push(trimmed.to_string());
                    }
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
            verify.iter().all(|t| text.contains(t.as_str())) && phrases.iter().all(|keys| self.has_phrase(keys, n))
        });
        hits.sort_by_key(|&(n, score)| (std::cmp::Reverse(score), n));
        hits.into_iter().map(|(n, _)| n).collect()
    }
}

/// FNV-1a, 64 bits: a stable hash of a key (std's hasher may change between Rust versions).
pub(crate) fn fnv1a(key: &str) -> u64 {
    key.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
}

/// The items in both (all of `b` when `a` is `None`), their points added.
fn intersect(a: Option<BTreeMap<u32, u32>>, b: BTreeMap<u32, u32>) -> BTreeMap<u32, u32> {
    match a {
        None => b,
        Some(a) => a.into_iter().filter_map(|(n, s)| b.get(&n).map(|t| (n, s + t))).collect(),
    }
}

/// The *score order* of a key's postings (indices into them): by weight, best first (title 3, other
/// text 2, quote 1), then by item number (library order, newest brief first). The first page of a
/// one-key search is the head of this order, so the element never sorts all of a key's hits.
pub fn score_order(postings: &[(u32, u32)]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..postings.len()).collect();
    order.sort_by_key(|&i| postings.get(i).map(|&(n, w)| (std::cmp::Reverse(w), n)));
    order
}

/// Postings (item numbers ascending) as numbers, in score order: each is `gap * 4 + weight`, where the
/// gap is from the previous item number of the same weight (the first of each weight: from 0), so the
/// lists of frequent keys stay short numbers and a reader sees a new tier where the weight changes.
pub fn encode_postings(postings: &[(u32, u32)]) -> Vec<u64> {
    encode_in_order(postings, &score_order(postings))
}

/// The encoding of [`encode_postings`] for the postings at `order` (the score order, or a prefix of it),
/// for callers that already have the order.
fn encode_in_order(postings: &[(u32, u32)], order: &[usize]) -> Vec<u64> {
    let mut previous: Option<(u32, u32)> = None;
    order
        .iter()
        .filter_map(|&i| postings.get(i).copied())
        .map(|(n, w)| {
            let gap = match previous {
                Some((p, pw)) if pw == w => n.saturating_sub(p),
                _ => n,
            };
            previous = Some((n, w));
            u64::from(gap) * 4 + u64::from(w)
        })
        .collect()
}

/// The positions of a bigram key are stored under the key with this suffix (`#` is never in a key).
pub const POSITIONS_SUFFIX: &str = "#p";

/// Positions as numbers: for each posting in turn, how many positions, then the first and the gaps
/// between the next ones.
pub fn encode_positions(positions: &[Vec<u32>]) -> Vec<u64> {
    let mut out = Vec::new();
    for list in positions {
        out.push(list.len() as u64);
        let mut previous = 0;
        for &p in list {
            out.push(u64::from(p.saturating_sub(previous)));
            previous = p;
        }
    }
    out
}

/// One head shard: the records of the first page of every key from `first` to the next shard's first,
/// and each of those keys' [`HeadList`]: what a search of one key needs for its first page and count,
/// whatever the length of the key's whole list.
#[derive(Debug, Default)]
pub struct HeadShard {
    pub first: String,
    pub items: std::collections::BTreeSet<u32>,
    pub lists: BTreeMap<String, HeadList>,
}

/// A key's first [`HEAD_ITEMS`] postings, encoded as in its term shard (so the head of its encoded
/// list), and how many postings the whole list has.
#[derive(Debug, Default, Serialize)]
pub struct HeadList {
    pub count: usize,
    pub head: Vec<u64>,
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
    fn bigram_positions() {
        let with: Vec<(String, u32)> = keys_with_positions("ab 어민협동조합");
        assert_eq!(with[0], ("ab".to_string(), 0));
        assert_eq!(with[1], ("어민".to_string(), 3));
        assert_eq!(with[3], ("협동".to_string(), 5));
        assert!(is_bigram("협동") && !is_bigram("협") && !is_bigram("ab") && !is_bigram("협동조"));
        assert_eq!(encode_positions(&[vec![3, 10], vec![0]]), [2, 3, 7, 1, 0]);
    }

    #[test]
    fn postings_are_gaps_and_weights() {
        // Score order: weight 3 (item 4), then 2 (item 10), then 1 (items 3, 12); gaps restart per weight.
        assert_eq!(encode_postings(&[(3, 1), (4, 3), (10, 2), (12, 1)]), [19, 42, 13, 37]);
        assert_eq!(score_order(&[(3, 1), (4, 3), (10, 2), (12, 1)]), [1, 2, 0, 3]);
    }
}
