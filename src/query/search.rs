//! Full-text search over every item's prose and quotes: case- and accent-insensitive, ranked, and
//! returning the matched ranges so a UI can highlight them.
//!
//! Text is folded once at load (lower case, Latin accents removed, typographic quotes and dashes made
//! plain); each folded byte remembers which original bytes it came from, so a match in folded text maps
//! back to a range of the original string.

use std::cmp::Reverse;

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
    origin: Vec<(usize, usize)>,
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

/// Folds one character for matching: lower case, Latin letters without their accents, typographic
/// spaces, dashes and quotes made plain. `None` drops it (combining accents).
fn fold_char(c: char) -> Option<char> {
    let folded = match c {
        // Combining diacritical marks: "e" followed by U+0301 matches "e".
        '\u{300}'..='\u{36F}' => return None,
        // Latin-1 Supplement letters to their base letter; Æ keeps its first letter, ß is one s.
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Æ' | 'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'æ' => 'a',
        'Ç' | 'ç' => 'c',
        'Ð' | 'ð' => 'd',
        'È' | 'É' | 'Ê' | 'Ë' | 'è' | 'é' | 'ê' | 'ë' => 'e',
        'Ì' | 'Í' | 'Î' | 'Ï' | 'ì' | 'í' | 'î' | 'ï' => 'i',
        'Ñ' | 'ñ' => 'n',
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'ß' => 's',
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'ù' | 'ú' | 'û' | 'ü' => 'u',
        'Ý' | 'ý' | 'ÿ' => 'y',
        // Latin Extended-A letters to their base letter; Ĳ and Œ keep their first letter.
        'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' => 'a',
        'Ć' | 'ć' | 'Ĉ' | 'ĉ' | 'Ċ' | 'ċ' | 'Č' | 'č' => 'c',
        'Ď' | 'ď' | 'Đ' | 'đ' => 'd',
        'Ē' | 'ē' | 'Ĕ' | 'ĕ' | 'Ė' | 'ė' | 'Ę' | 'ę' | 'Ě' | 'ě' => 'e',
        'Ĝ' | 'ĝ' | 'Ğ' | 'ğ' | 'Ġ' | 'ġ' | 'Ģ' | 'ģ' => 'g',
        'Ĥ' | 'ĥ' | 'Ħ' | 'ħ' => 'h',
        'Ĩ' | 'ĩ' | 'Ī' | 'ī' | 'Ĭ' | 'ĭ' | 'Į' | 'į' | 'İ' | 'ı' | 'Ĳ' | 'ĳ' => 'i',
        'Ĵ' | 'ĵ' => 'j',
        'Ķ' | 'ķ' | 'ĸ' => 'k',
        'Ĺ' | 'ĺ' | 'Ļ' | 'ļ' | 'Ľ' | 'ľ' | 'Ŀ' | 'ŀ' | 'Ł' | 'ł' => 'l',
        'Ń' | 'ń' | 'Ņ' | 'ņ' | 'Ň' | 'ň' | 'ŉ' | 'Ŋ' | 'ŋ' => 'n',
        'Ō' | 'ō' | 'Ŏ' | 'ŏ' | 'Ő' | 'ő' | 'Œ' | 'œ' => 'o',
        'Ŕ' | 'ŕ' | 'Ŗ' | 'ŗ' | 'Ř' | 'ř' => 'r',
        'Ś' | 'ś' | 'Ŝ' | 'ŝ' | 'Ş' | 'ş' | 'Š' | 'š' | 'ſ' => 's',
        'Ţ' | 'ţ' | 'Ť' | 'ť' | 'Ŧ' | 'ŧ' => 't',
        'Ũ' | 'ũ' | 'Ū' | 'ū' | 'Ŭ' | 'ŭ' | 'Ů' | 'ů' | 'Ű' | 'ű' | 'Ų' | 'ų' => 'u',
        'Ŵ' | 'ŵ' => 'w',
        'Ŷ' | 'ŷ' | 'Ÿ' => 'y',
        'Ź' | 'ź' | 'Ż' | 'ż' | 'Ž' | 'ž' => 'z',
        // No-break space, the typographic spaces U+2000..=U+200A, narrow no-break space.
        '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' => ' ',
        // Hyphens and dashes U+2010..=U+2015 (‐ ‑ ‒ – — ―), minus sign.
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        // ‘ ’ ‛ and prime ′. The low quote ‚ stays as it is.
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' => '\'',
        // “ ” ‟ and double prime ″. The low quote „ stays as it is.
        '\u{201C}' | '\u{201D}' | '\u{201F}' | '\u{2033}' => '"',
        _ => lower(c),
    };
    Some(folded)
}

/// Lower case for the basic Latin, Greek and Cyrillic capitals (Hangul and CJK have no case; accented
/// Latin letters are folded above). One char to one char, unlike `char::to_lowercase` (which turns 'İ'
/// into two), so each folded char still comes from exactly one original char.
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
fn fold(s: &str) -> (String, Vec<(usize, usize)>) {
    let mut out = String::with_capacity(s.len());
    let mut origin = Vec::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if let Some(f) = fold_char(c) {
            out.push(f);
            let span = (i, i + c.len_utf8());
            origin.resize(out.len(), span);
        }
    }
    (out, origin)
}

/// Folds a string for comparisons elsewhere (e.g. sector filters).
pub fn fold_str(s: &str) -> String {
    fold(s).0
}

/// `term` without leading and trailing straight quotes.
fn unquote(term: &str) -> &str {
    term.trim_matches(|c| c == '"' || c == '\'')
}

/// The distinct terms of a folded query, at most [`MAX_QUERY_TERMS`]: split at whitespace, commas and
/// semicolons, without surrounding quotes.
fn terms(folded_query: &str) -> Vec<&str> {
    let mut terms: Vec<&str> = Vec::new();
    for term in folded_query.split(|c: char| c.is_whitespace() || c == ',' || c == ';').map(unquote) {
        if terms.len() == MAX_QUERY_TERMS {
            break;
        }
        if !term.is_empty() && !terms.contains(&term) {
            terms.push(term);
        }
    }
    terms
}

/// The offset in UTF-16 code units of byte `byte` of `s`.
fn utf16_offset(s: &str, byte: usize) -> u32 {
    let before = s.get(..byte.min(s.len())).unwrap_or(s);
    before.encode_utf16().count() as u32
}

/// Whether a match at byte `at` (a character boundary) of folded text starts a word: the text starts
/// there, or the character before is ASCII other than a letter or digit. Letters and digits of any script
/// are word characters, and after folding the punctuation that separates words is ASCII, so every
/// non-ASCII character counts as part of a word.
fn is_word_start(folded: &str, at: usize) -> bool {
    match folded.get(..at).and_then(|before| before.chars().next_back()) {
        Some(c) => c.is_ascii() && !c.is_ascii_alphanumeric(),
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
    /// start of a word and a match in a title count for more. Items with equal scores keep document order.
    pub fn search(&self, query: &str, limit: usize) -> Vec<SearchHit> {
        let end = query.char_indices().nth(MAX_QUERY_CHARS).map_or(query.len(), |(at, _)| at);
        let folded = fold(query.get(..end).unwrap_or(query)).0;
        let terms = terms(&folded);
        if terms.is_empty() || limit == 0 {
            return Vec::new();
        }
        // Score every item first; only the hits that will be returned get their match lists built, so
        // a one-letter query that matches everything stays cheap.
        let every_term = (1u32 << terms.len()) - 1;
        let mut ranges = Vec::new();
        let mut scored: Vec<(u32, usize)> = Vec::new();
        for (doc_index, doc) in self.docs.iter().enumerate() {
            let mut score = 0;
            let mut found = 0;
            for f in &doc.fields {
                // Only the points count here.
                ranges.clear();
                score += f.matches(&terms, &mut found, &mut ranges);
            }
            if found == every_term {
                scored.push((score, doc_index));
            }
        }
        scored.sort_by_key(|&(score, doc_index)| (Reverse(score), doc_index));
        scored
            .iter()
            .take(limit)
            .filter_map(|&(score, doc_index)| Some(self.docs.get(doc_index)?.hit(&terms, score)))
            .collect()
    }
}

impl FoldedField {
    /// Finds `terms` in this field: returns the points they score, sets bit `i` of `found` when term
    /// `i` occurs, and appends each match's byte range in the original text to `ranges`.
    fn matches(&self, terms: &[&str], found: &mut u32, ranges: &mut Vec<(usize, usize)>) -> u32 {
        let mut points = 0;
        for (t, term) in terms.iter().enumerate() {
            // Every place the term occurs, left to right, without overlaps; at most 32 per term.
            for (count, (at, _)) in self.folded.match_indices(term).take(32).enumerate() {
                *found |= 1 << t;
                let bonus = if is_word_start(&self.folded, at) { 2 } else { 1 };
                // Repeated hits in one field add less and less.
                let first = if count == 0 { 4 } else { 1 };
                points += self.weight * bonus * first;
                // Every folded byte has an origin; `get` only keeps a panic path out.
                let end = at + term.len();
                if let (Some(&(start, _)), Some(&(_, stop))) = (self.origin.get(at), self.origin.get(end - 1)) {
                    ranges.push((start, stop));
                }
            }
        }
        points
    }
}

impl Doc {
    /// The returned form of a matching item: its matched fields, best first (fields with equal points in
    /// field order), each with its matched ranges sorted and merged.
    fn hit(&self, terms: &[&str], score: u32) -> SearchHit {
        let mut ranges = Vec::new();
        let mut found = 0;
        let mut order: Vec<(u32, usize)> = Vec::new();
        for (fi, f) in self.fields.iter().enumerate() {
            let points = f.matches(terms, &mut found, &mut ranges);
            // Every match scores at least one point.
            if points > 0 {
                order.push((points, fi));
            }
        }
        order.sort_by_key(|&(points, fi)| (Reverse(points), fi));
        let mut matches = Vec::new();
        for &(_, fi) in &order {
            let Some(f) = self.fields.get(fi) else { continue };
            ranges.clear();
            f.matches(terms, &mut found, &mut ranges);
            ranges.sort();
            let mut merged: Vec<(usize, usize)> = Vec::new();
            for &(start, end) in &ranges {
                match merged.last_mut() {
                    Some(last) if start <= last.1 => last.1 = last.1.max(end),
                    _ => merged.push((start, end)),
                }
            }
            let ranges16 =
                merged.iter().map(|&(a, b)| [utf16_offset(&f.original, a), utf16_offset(&f.original, b)]).collect();
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
    fn typographic_characters() {
        let plain = "\u{A0}\u{2000}\u{200A}\u{202F}\u{2010}\u{2015}\u{2212}\u{2018}\u{2019}\u{201B}\u{2032}\u{201C}\u{201D}\u{201F}\u{2033}";
        assert_eq!(fold_str(plain), "    ---''''\"\"\"\"");
        let kept = "\u{A1}\u{BF}\u{200B}\u{2016}\u{201A}\u{201E}\u{2020}\u{2030}";
        assert_eq!(fold_str(kept), kept);
        assert_eq!(fold_str("×Þ÷þßÿ"), "×Þ÷þsy");
    }
    #[test]
    fn every_latin_letter_has_a_base_letter() {
        for c in '\u{C0}'..='\u{17F}' {
            if !"×Þ÷þ".contains(c) {
                assert!(fold_char(c).is_some_and(|f| f.is_ascii_lowercase()), "{c}");
            }
        }
    }
    #[test]
    fn unquoting() {
        let cases = [
            ("", ""),
            ("\"", ""),
            ("''", ""),
            ("\"a\"", "a"),
            ("'ab", "ab"),
            ("a'b'", "a'b"),
            ("x", "x"),
            ("\"'é'\"", "é"),
        ];
        for (t, expected) in cases {
            assert_eq!(unquote(t), expected, "{t}");
        }
    }
    #[test]
    fn terms_split_at_spaces_commas_and_semicolons() {
        assert_eq!(terms("a b,c;d\u{3000}e"), ["a", "b", "c", "d", "e"]);
        assert_eq!(terms("\"won\" 'won' won,, ;"), ["won"]);
        assert_eq!(terms("a b c d e f g h i j"), ["a", "b", "c", "d", "e", "f", "g", "h"]);
        assert!(terms(" \t\n'\"").is_empty());
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
    /// Ranking, scores and ranges on the Sejong brief, as recorded before search was rewritten with std's
    /// string searching and sorts (re-recorded after the brief's audit renamed the exchange-rate indicator
    /// and added quotes: the data changed, not the search).
    #[cfg(feature = "author")]
    #[test]
    fn sejong_results_are_unchanged() {
        let b = crate::query::LoadedBrief::embedded().expect("the embedded brief loads");
        let summary = |query: &str| -> Vec<(String, u32, usize)> {
            b.search(query, 20).into_iter().map(|h| (h.id, h.score, h.matches.len())).collect()
        };
        let won = summary("won");
        assert_eq!(won.len(), 8);
        let expected = [
            ("won-dollar-rate", 96, 3),
            ("exchange-rate-40000-range", 88, 3),
            ("wonsan-kalma-tourist-zone", 80, 3),
            ("rakwon-aquaculture-complex", 40, 3),
            ("regional-development-policy", 16, 2),
            ("won-dollar-rate-beyond-30000", 10, 1),
            ("won-dollar-rate-summer-2025", 10, 1),
            ("won-dollar-rate-pandemic", 8, 1),
        ];
        for (got, (id, score, fields)) in won.iter().zip(expected) {
            assert_eq!((got.0.as_str(), got.1, got.2), (id, score, fields));
        }
        let hits = b.search("won", 1);
        let m = &hits[0].matches;
        assert_eq!((m[1].field.as_str(), &m[1].byte_ranges), ("description", &vec![(61, 64), (119, 122), (143, 146)]));
        assert_eq!(m[2].field, "quote");

        // A typographic apostrophe in the query matches the brief's; the range is 7 UTF-16 units, 9 bytes.
        let hits = b.search("CHINA’S", 20);
        let ids: Vec<&str> = hits.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "china-victory-day-80th",
                "rel-nk-china",
                "china",
                "kim-jong-un",
                "rel-china-nk",
                "kim-visit-to-china",
                "li-qiang-visit-to-pyongyang"
            ]
        );
        assert_eq!(hits[0].score, 56);
        assert_eq!(hits[0].matches[0].ranges, [[0, 7]]);
        assert_eq!(hits[0].matches[0].byte_ranges, [(0, 9)]);
        assert_eq!(hits[0].matches[1].ranges, [[102, 109]]);
        assert_eq!(hits[0].matches[1].byte_ranges, [(102, 111)]);
    }
}
