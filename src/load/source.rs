//! A brief's own text (`meta.source`): how it is cut into numbered paragraphs, how quotes are compared
//! with it, and which of its sentences the brief cites. The written rule is `docs/paragraphs.md`; this
//! module is its only implementation, used by `validate`, `stats`, the `text` command and the tests.

use crate::load::diagnostics::{Diagnostic, DiagnosticKind};
use crate::model::item::{all_items, item_paths, Item};
use crate::model::Brief;
use unicode_normalization::UnicodeNormalization;

/// The text without the byte order mark (U+FEFF) that Windows editors put at the start of a UTF-8 file:
/// it is no character of the text (and not White_Space, so trimming keeps it).
pub fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// The blocks of a text: maximal runs of non-blank lines, each joined by one space after trimming its
/// lines. A byte order mark at the start is dropped and line endings are normalised to LF (CRLF and lone
/// CR both end a line); a line is blank if it holds only Unicode White_Space (so a line of U+00A0
/// no-break spaces is blank).
pub fn blocks(text: &str) -> Vec<String> {
    let text = without_bom(text).replace("\r\n", "\n").replace('\r', "\n");
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.split('\n') {
        let line = line.trim();
        if line.is_empty() {
            if !current.is_empty() {
                out.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current.join(" "));
    }
    out
}

/// The numbered paragraphs of a text: its [`blocks`] without the first `header_blocks` and the last
/// `footer_blocks`. Paragraph n is element n - 1. Too many header or footer blocks leave none.
pub fn paragraphs(text: &str, header_blocks: u32, footer_blocks: u32) -> Vec<String> {
    let all = blocks(text);
    let start = usize::try_from(header_blocks).unwrap_or(usize::MAX).min(all.len());
    let end = all.len().saturating_sub(usize::try_from(footer_blocks).unwrap_or(usize::MAX)).max(start);
    all.get(start..end).map(<[String]>::to_vec).unwrap_or_default()
}

/// The one normalisation applied to quotes and paragraphs before comparing them: Unicode NFC, and every
/// run of whitespace (Unicode White_Space) replaced by one space. Nothing else: dashes, quote marks,
/// case and punctuation are compared as they are.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_space = false;
    for c in s.nfc() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

/// Whether `quote` is text of `paragraph`, after both are [`normalize`]d.
pub fn quote_in(quote: &str, paragraph: &str) -> bool {
    normalize(paragraph).contains(&normalize(quote))
}

/// The header and footer block counts the brief declares (0 and 0 without `meta.source`).
fn block_counts(brief: &Brief) -> (u32, u32) {
    brief.meta.source.as_ref().map_or((0, 0), |s| (s.header_blocks, s.footer_blocks))
}

fn semantic(path: String, message: String) -> Diagnostic {
    Diagnostic { kind: DiagnosticKind::Semantic, path, line: 0, column: 0, message }
}

/// Every quote of the brief compared with its paragraph of `text`, and `meta.paragraphs` with the
/// number of paragraphs the rule gives. Problems have paths but no line and column (both 0), like the
/// validator's; [`locate`] adds them. Empty quotes are left to the validator.
pub fn check_quotes(brief: &Brief, text: &str) -> Vec<Diagnostic> {
    let (header, footer) = block_counts(brief);
    let paras: Vec<String> = paragraphs(text, header, footer).iter().map(|p| normalize(p)).collect();
    let mut out = Vec::new();
    if usize::try_from(brief.meta.paragraphs).ok() != Some(paras.len()) {
        out.push(semantic(
            "$.meta.paragraphs".into(),
            format!(
                "meta.paragraphs is {} but the source text has {} paragraph{} (after {} header and {} footer \
                 block{}; see docs/paragraphs.md)",
                brief.meta.paragraphs,
                paras.len(),
                if paras.len() == 1 { "" } else { "s" },
                header,
                footer,
                if footer == 1 { "" } else { "s" },
            ),
        ));
    }
    for (item, base) in all_items(brief).iter().zip(item_paths(brief)) {
        for (i, evidence) in item.evidence().iter().enumerate() {
            let quote = normalize(&evidence.quote);
            if quote.trim().is_empty() {
                continue;
            }
            let n = evidence.paragraph;
            let cited = usize::try_from(n).ok().and_then(|n| n.checked_sub(1)).and_then(|i| paras.get(i));
            if cited.is_some_and(|p| p.contains(&quote)) {
                continue;
            }
            let elsewhere: Vec<String> = paras
                .iter()
                .enumerate()
                .filter(|(_, p)| p.contains(&quote))
                .map(|(k, _)| (k + 1).to_string())
                .collect();
            let mut message = match cited {
                Some(p) => {
                    let closest = closest_passage(&quote, p);
                    let mut message = format!(
                        "the quote is not in paragraph {n} of the source text; the closest passage there is \"{closest}\""
                    );
                    if let Some(difference) = punctuation_difference(&quote, &closest) {
                        message.push_str(&format!("; {difference}"));
                    }
                    message
                }
                None => format!("the source text has no paragraph {n} (it has {})", paras.len()),
            };
            match elsewhere.as_slice() {
                [] => {}
                [one] => message.push_str(&format!("; the quote is in paragraph {one}")),
                many => message.push_str(&format!("; the quote is in paragraphs {}", many.join(", "))),
            }
            out.push(semantic(format!("{base}.evidence[{i}].quote"), message));
        }
    }
    out
}

/// Where `quote` first differs from `passage`, when the difference is punctuation, a symbol or space
/// (a retyped quote with `...` for `…`, `'` for `’`, `-` for `–`): "the text has "…" (U+2026) where the
/// quote has ".""; such a passage looks just like the quote, so the message has to say where they differ.
/// `None` when they first differ in a letter or digit (the passage shows that plainly) or not at all.
fn punctuation_difference(quote: &str, passage: &str) -> Option<String> {
    let (in_quote, in_text) = quote.chars().zip(passage.chars()).find(|(q, p)| q != p)?;
    if in_quote.is_alphanumeric() && in_text.is_alphanumeric() {
        return None;
    }
    let describe = |c: char| {
        if c.is_ascii() {
            format!("\"{c}\"")
        } else {
            format!("\"{c}\" (U+{:04X})", c as u32)
        }
    };
    Some(format!("the text has {} where the quote has {}", describe(in_text), describe(in_quote)))
}

/// Above this many steps (quote words × paragraph words) the closest passage is not searched for: the
/// start of the paragraph, as many words long as the quote, stands in for it.
const MAX_SEARCH_STEPS: usize = 4_000_000;

/// The passage of `paragraph` closest to `quote`: the run of whole words with the smallest edit distance
/// to the quote's words (approximate matching, a word being the unit; ties go to the earliest end, then
/// the earliest start). Both strings are expected to be [`normalize`]d.
pub fn closest_passage(quote: &str, paragraph: &str) -> String {
    let q: Vec<&str> = quote.split_whitespace().collect();
    let p: Vec<&str> = paragraph.split_whitespace().collect();
    let searchable = !q.is_empty() && q.len().saturating_mul(p.len()) <= MAX_SEARCH_STEPS;
    let (start, end) = match searchable.then(|| best_window(&q, &p)) {
        Some((start, end)) if start < end => (start, end),
        _ => (0, q.len().min(p.len())),
    };
    p.get(start..end).map(|words| words.join(" ")).unwrap_or_default()
}

/// Sellers' algorithm over words: the edit distance between `q` and every run of `p`, keeping for each
/// end the start of its best alignment. Returns the chosen run as a range of `p`.
fn best_window(q: &[&str], p: &[&str]) -> (usize, usize) {
    // After quote word i: cost[j] is the smallest edit distance between q[..i] and a run of p ending
    // at j, and start[j] where that run starts.
    let mut cost: Vec<usize> = vec![0; p.len() + 1];
    let mut start: Vec<usize> = (0..=p.len()).collect();
    for (i, qw) in q.iter().enumerate() {
        let mut next_cost = Vec::with_capacity(cost.len());
        let mut next_start = Vec::with_capacity(start.len());
        next_cost.push(i + 1);
        next_start.push(0);
        for (j, pw) in p.iter().enumerate() {
            // The cheapest of: match or substitute, skip a quote word, skip a paragraph word. On equal
            // cost the earlier start wins (the longer passage).
            let candidates = [
                (cost.get(j).map(|c| c + usize::from(qw != pw)), start.get(j)),
                (cost.get(j + 1).map(|c| c + 1), start.get(j + 1)),
                (next_cost.last().map(|c| c + 1), next_start.last()),
            ];
            let best = candidates
                .into_iter()
                .filter_map(|(c, s)| Some((c?, *s?)))
                .min_by_key(|&(c, s)| (c, s))
                .unwrap_or((usize::MAX, 0));
            next_cost.push(best.0);
            next_start.push(best.1);
        }
        cost = next_cost;
        start = next_start;
    }
    let end = (1..cost.len()).min_by_key(|&j| cost.get(j)).unwrap_or(0);
    (start.get(end).copied().unwrap_or(0).min(end), end)
}

/// Adds line and column to problems found by [`check_quotes`], from the brief's JSON text; problems
/// whose path is not found point at the nearest value that exists.
#[cfg(feature = "author")]
pub fn locate(brief_json: &str, problems: &mut [Diagnostic]) {
    let Ok(root) = crate::load::json::parse(brief_json) else { return };
    for d in problems {
        (d.line, d.column) = root.locate_text(&d.path);
    }
}

/// Which sentences of the text the brief cites.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Coverage {
    pub paragraphs: Vec<ParagraphCoverage>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ParagraphCoverage {
    /// 1-based.
    pub number: u32,
    /// Listed in `meta.source.uncited`: left uncited on purpose.
    pub uncited_on_purpose: bool,
    pub sentences: Vec<SentenceCoverage>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SentenceCoverage {
    /// The sentence, normalised.
    pub text: String,
    /// Ids of the items with a quote that overlaps the sentence, in document order, each once.
    pub cited_by: Vec<String>,
}

impl ParagraphCoverage {
    pub fn is_cited(&self) -> bool {
        self.sentences.iter().any(|s| !s.cited_by.is_empty())
    }
}

impl Coverage {
    pub fn sentences(&self) -> usize {
        self.paragraphs.iter().map(|p| p.sentences.len()).sum()
    }
    pub fn cited_sentences(&self) -> usize {
        self.paragraphs.iter().flat_map(|p| &p.sentences).filter(|s| !s.cited_by.is_empty()).count()
    }
    /// Paragraphs no quote is found in, other than those left uncited on purpose.
    pub fn not_cited(&self) -> Vec<u32> {
        self.paragraphs.iter().filter(|p| !p.is_cited() && !p.uncited_on_purpose).map(|p| p.number).collect()
    }
}

/// Per paragraph of `text`, its sentences and the items whose quotes (found in that paragraph, as it is
/// cited) overlap each. A quote that is not in its paragraph covers nothing.
pub fn coverage(brief: &Brief, text: &str) -> Coverage {
    let (header, footer) = block_counts(brief);
    let uncited: &[u32] = brief.meta.source.as_ref().map_or(&[], |s| &s.uncited);
    let items: Vec<Item<'_>> = all_items(brief);
    let citations: Vec<Citation<'_>> = items
        .iter()
        .flat_map(|item| {
            item.evidence().iter().map(|e| Citation { id: item.id(), paragraph: e.paragraph, quote: &e.quote })
        })
        .collect();
    coverage_of(text, header, footer, uncited, &citations)
}

/// One piece of evidence, as [`coverage_of`] needs it: which item cites which paragraph with which quote.
/// (The studio computes coverage from these while the brief is still incomplete, before it validates.)
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Citation<'a> {
    pub id: &'a str,
    pub paragraph: u32,
    pub quote: &'a str,
}

/// [`coverage`] from a list of citations instead of a whole brief: the paragraphs of `text` after
/// `header_blocks` and before `footer_blocks`, each sentence with the ids of the citations whose quote,
/// found in that paragraph, overlaps it. A quote that is not in its paragraph covers nothing.
pub fn coverage_of(
    text: &str,
    header_blocks: u32,
    footer_blocks: u32,
    uncited: &[u32],
    citations: &[Citation<'_>],
) -> Coverage {
    let mut out = Vec::new();
    for (index, paragraph) in paragraphs(text, header_blocks, footer_blocks).iter().enumerate() {
        let number = u32::try_from(index + 1).unwrap_or(u32::MAX);
        let paragraph = normalize(paragraph);
        // Byte ranges of the quotes found in this paragraph, with their item's id.
        let mut quotes: Vec<(usize, usize, &str)> = Vec::new();
        for citation in citations.iter().filter(|c| c.paragraph == number) {
            let quote = normalize(citation.quote);
            if quote.trim().is_empty() {
                continue;
            }
            if let Some(at) = paragraph.find(&quote) {
                quotes.push((at, at + quote.len(), citation.id));
            }
        }
        let sentences = sentence_ranges(&paragraph)
            .into_iter()
            .map(|(s, e)| {
                let mut cited_by: Vec<String> = Vec::new();
                for &(a, b, id) in &quotes {
                    if a < e && s < b && !cited_by.iter().any(|c| c == id) {
                        cited_by.push(id.to_string());
                    }
                }
                SentenceCoverage { text: paragraph.get(s..e).unwrap_or_default().to_string(), cited_by }
            })
            .collect();
        out.push(ParagraphCoverage { number, uncited_on_purpose: uncited.contains(&number), sentences });
    }
    Coverage { paragraphs: out }
}

/// A numbered paragraph as an editor sees it: its number, its text [`normalize`]d (the form quotes are
/// compared with, so any passage of it is a quote that validates), and its [`sentences`], in order, each
/// a slice of that text.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NumberedParagraph {
    /// 1-based, as evidence cites it.
    pub number: u32,
    pub text: String,
    pub sentences: Vec<String>,
}

/// The [`paragraphs`] of a text, numbered, normalised and cut into sentences: what the studio shows and
/// the author selects quotes from.
pub fn numbered_paragraphs(text: &str, header_blocks: u32, footer_blocks: u32) -> Vec<NumberedParagraph> {
    paragraphs(text, header_blocks, footer_blocks)
        .iter()
        .enumerate()
        .map(|(index, paragraph)| {
            let text = normalize(paragraph);
            let sentences = sentences(&text).into_iter().map(str::to_string).collect();
            NumberedParagraph { number: u32::try_from(index + 1).unwrap_or(u32::MAX), text, sentences }
        })
        .collect()
}

/// The sentences of a paragraph, plainly: one ends after `.`, `?` or `!` (and any closing quote marks or
/// brackets, then any note marker such as `¹` or `[1]`, right after it) where whitespace follows and the next word does not start with a lowercase
/// letter (so "the U.S. and" stays one sentence), and after `。`, `？` or `！`. Returns byte ranges,
/// without the whitespace between sentences.
pub fn sentences(paragraph: &str) -> Vec<&str> {
    sentence_ranges(paragraph).into_iter().filter_map(|(s, e)| paragraph.get(s..e)).collect()
}

fn sentence_ranges(paragraph: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = paragraph.char_indices().collect();
    let byte_at = |k: usize| chars.get(k).map_or(paragraph.len(), |&(b, _)| b);
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut k = 0usize;
    while k < chars.len() {
        let c = chars.get(k).map_or(' ', |&(_, c)| c);
        let mut end = None;
        if matches!(c, '。' | '？' | '！') {
            end = Some(k + 1);
        } else if matches!(c, '.' | '?' | '!') {
            let mut after = k + 1;
            while chars.get(after).is_some_and(|&(_, c)| matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '」' | '』'))
            {
                after += 1;
            }
            after = after_note_marker(&chars, after);
            let mut next = after;
            while chars.get(next).is_some_and(|&(_, c)| c.is_whitespace()) {
                next += 1;
            }
            let spaced = next > after || after == chars.len();
            let lowercase_follows = chars.get(next).is_some_and(|&(_, c)| c.is_lowercase());
            if spaced && !lowercase_follows {
                end = Some(after);
            }
        }
        if let Some(e) = end {
            push_trimmed(paragraph, byte_at(start), byte_at(e), &mut out);
            start = e;
            k = e;
        } else {
            k += 1;
        }
    }
    push_trimmed(paragraph, byte_at(start), paragraph.len(), &mut out);
    out
}

/// Where a note marker starting at `at` ends: superscript digits (`¹`, `²³`) or digits in square brackets
/// (`[1]`, `[12]`), as briefs put them after a sentence's full stop; `at` itself if there is none. A
/// bracket holding anything else (`[sic]`) is text, not a marker.
fn after_note_marker(chars: &[(usize, char)], at: usize) -> usize {
    let is_superscript_digit =
        |c: char| matches!(c, '\u{00B9}' | '\u{00B2}' | '\u{00B3}' | '\u{2070}' | '\u{2074}'..='\u{2079}');
    let char_at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let mut end = at;
    while char_at(end).is_some_and(is_superscript_digit) {
        end += 1;
    }
    if end > at || char_at(at) != Some('[') {
        return end;
    }
    let mut close = at + 1;
    while char_at(close).is_some_and(|c| c.is_ascii_digit()) {
        close += 1;
    }
    if close > at + 1 && char_at(close) == Some(']') {
        close + 1
    } else {
        at
    }
}

/// Pushes `s..e` without its surrounding whitespace, if anything is left.
fn push_trimmed(text: &str, s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
    let Some(slice) = text.get(s..e) else { return };
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    if !trimmed.is_empty() {
        out.push((s + lead, s + lead + trimmed.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_and_paragraphs() {
        let text = "Title\r\n\r\nBy Someone\n\u{00A0}\u{00A0}\nOne\n  continues.\n \t\nTwo.\rNotes\n\nFooter";
        assert_eq!(blocks(text), ["Title", "By Someone", "One continues.", "Two. Notes", "Footer"]);
        assert_eq!(paragraphs(text, 2, 1), ["One continues.", "Two. Notes"]);
        assert!(paragraphs(text, 9, 0).is_empty());
        assert!(paragraphs(text, 3, 9).is_empty());
        assert!(paragraphs("", 0, 0).is_empty());
    }

    #[test]
    fn normalisation_is_nfc_and_whitespace_only() {
        assert_eq!(normalize("e\u{0301}  a\u{00A0}\n b"), "\u{00E9} a b");
        assert!(quote_in("caf\u{00E9} au", "the cafe\u{0301}\n au lait"));
        assert!(!quote_in("2021-2025", "2021\u{2013}2025"));
        assert!(!quote_in("\"a\"", "\u{201C}a\u{201D}"));
    }

    #[test]
    fn closest_passage_is_the_best_aligned_words() {
        let p = "North Korea restored ties with Laos. It also courted Vietnam in October.";
        assert_eq!(closest_passage("It also courted Cambodia in October.", p), "It also courted Vietnam in October.");
        assert_eq!(closest_passage("restord ties", p), "restored ties");
        assert_eq!(closest_passage("x", ""), "");
    }

    #[test]
    fn sentence_splitting() {
        let p =
            "The ROK\u{2013}U.S. alliance held. Did it? Yes! \u{201C}Quoted.\u{201D} Then the U.S. and China. 끝。다음";
        assert_eq!(
            sentences(p),
            [
                "The ROK\u{2013}U.S. alliance held.",
                "Did it?",
                "Yes!",
                "\u{201C}Quoted.\u{201D}",
                "Then the U.S. and China.",
                "끝。",
                "다음"
            ]
        );
        assert!(sentences("").is_empty());
        assert_eq!(sentences("No end"), ["No end"]);
    }
}
