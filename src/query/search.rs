//! Full-text search over every item's prose and quotes: case- and accent-insensitive, ranked, and
//! returning the matched ranges so a UI can highlight them.
//!
//! Text is folded once at load (lower case, Latin accents removed, typographic quotes and dashes made
//! plain); each folded byte remembers which original bytes it came from, so a match in folded text maps
//! back to a range of the original string.

use crate::model::Brief;
use crate::query::{all_items, ItemKind};

/// Longest query considered; the rest is ignored so a pasted essay cannot make search slow.
pub const MAX_QUERY_CHARS: usize = 200;
/// At most this many terms of a query are used.
pub const MAX_QUERY_TERMS: usize = 8;

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct SearchHit {
    pub id: String,
    pub kind: ItemKind,
    pub title: String,
    pub score: u32,
    /// The fields that matched, best first.
    pub matches: Vec<FieldMatch>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct FieldMatch {
    /// `title`, `summary`, `risks`, ..., or `quote` for evidence.
    pub field: String,
    /// For `quote`: the evidence index within the item. For list fields: the element's position among
    /// the item's texts of that field. 0 otherwise.
    pub index: u32,
    /// The original text of the field.
    pub text: String,
    /// Matched ranges as UTF-16 code-unit offsets `[start, end)` — what JavaScript strings index by.
    pub ranges: Vec<[u32; 2]>,
    /// The same ranges as byte offsets into `text`, for Rust callers.
    #[serde(skip)]
    pub byte_ranges: Vec<(usize, usize)>,
}

#[derive(Debug, Clone)]
struct FoldedField {
    field: &'static str,
    index: u32,
    weight: u32,
    original: String,
    folded: String,
    /// For each byte of `folded`: the original char's byte range.
    origin: Vec<(u32, u32)>,
}

impl FoldedField {
    fn new(field: &'static str, index: u32, weight: u32, text: &str) -> FoldedField {
        let (folded, origin) = fold(text);
        FoldedField { field, index, weight, original: text.to_string(), folded, origin }
    }
}

#[derive(Debug, Clone)]
struct Doc {
    id: String,
    kind: ItemKind,
    title: String,
    fields: Vec<FoldedField>,
}

/// Folded text of every item, built once when a brief is loaded.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    docs: Vec<Doc>,
}

// Base letters for U+00A0..=U+017F (Latin-1 Supplement and Latin Extended-A, one char each). ASCII only,
// so a char is found by byte index; `.` marks a char that stays as it is (signs, ×, Þ, ÷, þ, ...).
const LATIN: &str = concat!(
    " ...............................", // U+00A0 no-break space, then signs
    "AAAAAAACEEEEIIIIDNOOOOO.OUUUUY.saaaaaaaceeeeiiiidnooooo.ouuuuy.y",
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs",
);

// Plain forms of U+2000..=U+2033: spaces, dashes, typographic quotes, primes; `.` marks the rest.
const PUNCTUATION: &str = concat!(
    "           ", // U+2000..=U+200A spaces
    ".....",       // zero widths, marks
    "------",      // U+2010..=U+2015 hyphens and dashes
    "..",
    "''.'",    // U+2018 ‘ U+2019 ’ U+201A ‚ (kept) U+201B ‛
    "\"\".\"", // U+201C “ U+201D ” U+201E „ (kept) U+201F ‟
    "...............",
    " ", // U+202F narrow no-break space
    "..",
    "'\"", // U+2032 ′ U+2033 ″
);

/// Entry `at` of a base-letter table; `None` where the char has no base letter.
fn base_letter(table: &str, at: u32) -> Option<char> {
    match table.as_bytes().get(at as usize) {
        Some(b'.') | None => None,
        Some(&b) => Some(char::from(b)),
    }
}

/// Folds one character for matching; `None` drops it (combining accents).
fn fold_char(c: char) -> Option<char> {
    let cp = c as u32;
    let c = match cp {
        0xA0..=0x17F => base_letter(LATIN, cp - 0xA0).unwrap_or(c),
        0x300..=0x36F => return None,
        0x2000..=0x2033 => base_letter(PUNCTUATION, cp - 0x2000).unwrap_or(c),
        0x2212 => '-',
        _ => c,
    };
    Some(lower(c))
}

/// Lower case for the scripts briefs are written in (Latin, Greek, Cyrillic; Hangul and CJK have no
/// case). Written out because `char::to_lowercase` brings Unicode's full case tables, about 11 KB of Wasm.
fn lower(c: char) -> char {
    let cp = c as u32;
    let mapped = match cp {
        0x41..=0x5A | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => cp + 0x20,
        0x400..=0x40F => cp + 0x50,
        _ => cp,
    };
    char::from_u32(mapped).unwrap_or(c)
}

/// Folds `s`, remembering for each output byte the byte range of the input char it came from.
fn fold(s: &str) -> (String, Vec<(u32, u32)>) {
    let mut out = String::with_capacity(s.len());
    let mut origin = Vec::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if let Some(f) = fold_char(c) {
            let before = out.len();
            out.push(f);
            let span = (i as u32, (i + c.len_utf8()) as u32);
            for _ in before..out.len() {
                origin.push(span);
            }
        }
    }
    (out, origin)
}

/// Folds a string for comparisons elsewhere (e.g. sector filters).
pub fn fold_str(s: &str) -> String {
    fold(s).0
}

/// `term` without leading and trailing straight quotes (ASCII, so byte positions are char boundaries).
fn unquote(term: &str) -> &str {
    let is_quote = |b: &u8| *b == b'"' || *b == b'\'';
    let bytes = term.as_bytes();
    let start = bytes.iter().position(|b| !is_quote(b)).unwrap_or(bytes.len());
    let end = bytes.iter().rposition(|b| !is_quote(b)).map_or(start, |i| i + 1);
    term.get(start..end.max(start)).unwrap_or("")
}

/// Sorting by this key puts higher scores first.
fn best_first(score: u32) -> u64 {
    u64::from(u32::MAX - score)
}

fn utf16_offset(s: &str, byte: usize) -> u32 {
    let mut units = 0;
    for c in s.get(..byte.min(s.len())).unwrap_or(s).chars() {
        units += c.len_utf16() as u32;
    }
    units
}

/// Whether a match at byte `at` (a character boundary) starts a word. Letters and digits of any script
/// count as word characters: after folding, the punctuation that matters for word starts is ASCII. So
/// the byte before is enough, no decoding the character backwards: a non-ASCII character ends in a byte
/// above 0x7F.
fn is_word_start(folded: &str, at: usize) -> bool {
    match at.checked_sub(1).and_then(|before| folded.as_bytes().get(before)) {
        Some(&b) => !(b.is_ascii_alphanumeric() || b > 0x7F),
        None => true,
    }
}

impl SearchIndex {
    pub fn build(brief: &Brief) -> SearchIndex {
        let mut docs = Vec::new();
        for item in all_items(brief) {
            let mut fields = Vec::new();
            // A list's entries come one after another in `texts`, so an entry's index is how far into a
            // run of the same field name it is.
            let mut previous = "";
            let mut index = 0;
            for (field, text) in item.texts() {
                index = if field == previous { index + 1 } else { 0 };
                previous = field;
                let weight = if field == "title" { 6 } else { 3 };
                fields.push(FoldedField::new(field, index, weight, text));
            }
            for (i, ev) in item.evidence().iter().enumerate() {
                fields.push(FoldedField::new("quote", i as u32, 1, &ev.quote));
            }
            docs.push(Doc { id: item.id().to_string(), kind: item.kind(), title: item.title().to_string(), fields });
        }
        SearchIndex { docs }
    }

    /// Items matching every term of `query`, best first. Terms are whitespace-separated; each matches
    /// anywhere in a word (so Korean, which has no spaces inside phrases, works), but a match at the
    /// start of a word and a match in a title count for more.
    pub fn search(&self, query: &str, limit: usize) -> Vec<SearchHit> {
        // The byte where character MAX_QUERY_CHARS starts, if the query is that long.
        let end = crate::text::forward_chars(query, 0, MAX_QUERY_CHARS);
        let mut folded = fold(query.get(..end).unwrap_or(query)).0;
        // Ends the last term like the others (cheaper than chaining an end marker onto the iterator).
        folded.push(' ');
        // Terms are split at whitespace, commas and semicolons, and lose surrounding quotes. Scanned by
        // hand: `split` and `trim_matches` with closures each instantiated a pattern searcher.
        let mut terms: Vec<&str> = Vec::new();
        let mut term_start = 0;
        for (i, c) in folded.char_indices() {
            if c.is_whitespace() || c == ',' || c == ';' {
                let t = unquote(folded.get(term_start..i).unwrap_or(""));
                if !t.is_empty() && !terms.contains(&t) && terms.len() < MAX_QUERY_TERMS {
                    terms.push(t);
                }
                term_start = i + c.len_utf8();
            }
        }
        if terms.is_empty() || limit == 0 {
            return Vec::new();
        }
        // Score every item first; only the hits that will be returned get their match lists built, so
        // a one-letter query that matches everything stays cheap. Each item as (best-first key, its
        // position): sorting the pairs puts the best first and keeps document order among equals.
        let every_term = (1u32 << terms.len()) - 1;
        let mut ranges: Vec<(u64, u32)> = Vec::new();
        let mut scored: Vec<(u64, u32)> = Vec::new();
        for (doc_index, doc) in self.docs.iter().enumerate() {
            let mut score = 0;
            let mut found = 0;
            // Only the points count here.
            ranges.clear();
            for f in &doc.fields {
                score += f.matches(&terms, &mut found, &mut ranges);
            }
            if found == every_term {
                scored.push((best_first(score), doc_index as u32));
            }
        }
        crate::order::sort_pairs(&mut scored);
        let mut hits = Vec::new();
        for &(key, doc_index) in &scored {
            if hits.len() == limit {
                break;
            }
            // `scored` only holds positions in `docs`; the key gives back the score.
            if let Some(doc) = self.docs.get(doc_index as usize) {
                hits.push(doc.hit(&terms, u32::MAX - key as u32));
            }
        }
        hits
    }
}

impl FoldedField {
    /// Finds `terms` in this field: returns the points they score, sets bit `i` of `found` when term
    /// `i` occurs, and appends each match's original byte range to `ranges` (as `(start, end)` in the
    /// form the crate's sort takes). Out of line: scoring and building hits share it.
    #[inline(never)]
    fn matches(&self, terms: &[&str], found: &mut u32, ranges: &mut Vec<(u64, u32)>) -> u32 {
        let mut points = 0;
        for (t, term) in terms.iter().enumerate() {
            // Every place the term starts, left to right, without overlaps. Byte by byte: both are
            // UTF-8, so a match always starts on a character boundary, and terms and fields are short
            // enough that `str::find`'s two-way searcher (its setup inlined) buys nothing.
            let mut at = 0;
            let mut count = 0;
            while let Some(window) = self.folded.as_bytes().get(at..at + term.len()) {
                if window != term.as_bytes() {
                    at += 1;
                    continue;
                }
                let end = at + term.len();
                *found |= 1 << t;
                count += 1;
                let bonus = if is_word_start(&self.folded, at) { 2 } else { 1 };
                // Repeated hits in one field add less and less.
                points += self.weight * bonus * if count == 1 { 4 } else { 1 };
                // Every folded byte has an origin; `get` only keeps a panic path out.
                if let (Some(&(start, _)), Some(&(_, stop))) = (self.origin.get(at), self.origin.get(end - 1)) {
                    ranges.push((u64::from(start), stop));
                }
                at = end;
                if count >= 32 {
                    break;
                }
            }
        }
        points
    }
}

impl Doc {
    /// The returned form of a matching item: its matched fields, best first, with merged ranges. Out of
    /// line: inlined into `search`, it was 24 B more gzipped.
    #[inline(never)]
    fn hit(&self, terms: &[&str], score: u32) -> SearchHit {
        // Each matched field's points first, to order the fields; (best-first key, field position)
        // pairs keep field order among equals.
        let mut ranges: Vec<(u64, u32)> = Vec::new();
        let mut found = 0;
        let mut order: Vec<(u64, u32)> = Vec::new();
        for (fi, f) in self.fields.iter().enumerate() {
            let points = f.matches(terms, &mut found, &mut ranges);
            // Every match scores at least one point.
            if points > 0 {
                order.push((best_first(points), fi as u32));
            }
        }
        crate::order::sort_pairs(&mut order);
        let mut matches = Vec::new();
        for &(_, fi) in &order {
            let Some(f) = self.fields.get(fi as usize) else { continue };
            ranges.clear();
            f.matches(terms, &mut found, &mut ranges);
            let mut merged: Vec<(usize, usize)> = Vec::new();
            crate::order::sort_pairs(&mut ranges);
            for &(start, end) in &ranges {
                let r = (start as usize, end as usize);
                match merged.last_mut() {
                    Some(last) if r.0 <= last.1 => last.1 = last.1.max(r.1),
                    _ => merged.push(r),
                }
            }
            let mut ranges16 = Vec::new();
            for &(a, b) in &merged {
                ranges16.push([utf16_offset(&f.original, a), utf16_offset(&f.original, b)]);
            }
            matches.push(FieldMatch {
                field: f.field.to_string(),
                index: f.index,
                text: f.original.clone(),
                ranges: ranges16,
                byte_ranges: merged,
            });
        }
        SearchHit { id: self.id.clone(), kind: self.kind, title: self.title.clone(), score, matches }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn tables_cover_their_ranges() {
        assert_eq!(LATIN.len(), 0x180 - 0xA0);
        assert_eq!(PUNCTUATION.len(), 0x34);
        let plain = "\u{A0}\u{2000}\u{200A}\u{202F}\u{2010}\u{2015}\u{2212}\u{2018}\u{2019}\u{201B}\u{2032}\u{201C}\u{201D}\u{201F}\u{2033}";
        assert_eq!(fold_str(plain), "    ---''''\"\"\"\"");
        let kept = "\u{A1}\u{BF}\u{200B}\u{2016}\u{201A}\u{201E}\u{2020}\u{2030}";
        assert_eq!(fold_str(kept), kept);
        assert!(LATIN.is_ascii() && PUNCTUATION.is_ascii());
        assert_eq!(fold_str("×Þ÷þßÿ"), "×Þ÷þsy");
    }
    #[test]
    fn unquoting() {
        for t in ["", "\"", "''", "\"a\"", "'ab", "a'b'", "x", "\"'é'\""] {
            assert_eq!(unquote(t), t.trim_matches(|c: char| c == '"' || c == '\''), "{t}");
        }
    }
    #[test]
    fn folding() {
        assert_eq!(fold_str("Việt Nam Ça ÉTÉ — “Two”"), "việt nam ca ete - \"two\"");
        assert_eq!(fold_str("Kim Jong Un’s"), "kim jong un's");
        let (f, o) = fold("né");
        assert_eq!(f, "ne");
        assert_eq!(o[1], (1, 3));
        assert_eq!(fold_str("ΑΘΗΝΑ МОСКВА Ёж"), "αθηνα москва ёж");
    }
}
