//! Search: the input, a live count, and results with the matched words marked.

use super::i18n::{self, Msg};
use super::{esc, html, Ctx, LoadedBrief, RenderOptions, View};
use crate::query::search::{FieldMatch, MAX_QUERY_CHARS};
use crate::query::Item;
use std::fmt::{self, Write};

/// Most results listed; a brief has a few hundred items at most, and more than this is not a useful list.
const MAX_RESULTS: usize = 50;
/// Characters of context shown around the first match of a long field.
const SNIPPET_BEFORE: usize = 60;
const SNIPPET_LENGTH: usize = 200;

/// The search view's content: the input, the status line and the results for `o.query`.
pub(crate) fn render(ctx: &Ctx<'_>, out: &mut String) -> fmt::Result {
    let input_id = ctx.id("search-input");
    let results_id = ctx.id("search-results");
    let label = ctx.msg(Msg::SearchLabel);
    write!(
        out,
        "<div class=\"bi-search\" part=\"search\" role=\"search\"><label class=\"bi-search-label\" for=\"{input_id}\">{label}</label>\
         <input type=\"search\" class=\"bi-search-input\" part=\"search-input\" id=\"{input_id}\" data-action=\"search\" \
         aria-label=\"{label}\" aria-controls=\"{results_id}\" placeholder=\"{}\" value=\"{}\" autocomplete=\"off\" \
         spellcheck=\"false\" maxlength=\"{MAX_QUERY_CHARS}\"></div>",
        ctx.msg(Msg::SearchPlaceholder),
        esc(&ctx.o.query),
    )?;
    // The results are rendered first (they follow the status line) so the search runs once for both.
    let mut results = String::new();
    let status = match results_list(&mut results, ctx, &ctx.o.query)? {
        None => ctx.msg(Msg::SearchPrompt).to_string(),
        Some(0) => ctx.msg(Msg::NoResults).to_string(),
        Some(n) => i18n::count_results(ctx.lang, n),
    };
    write!(
        out,
        "<p class=\"bi-search-status\" part=\"status\" role=\"status\" aria-live=\"polite\" data-status>{status}</p>\
         <div class=\"bi-results-box\" id=\"{results_id}\" data-results>{results}</div>"
    )
}

/// The result list for `query` (empty for an empty query). The root carries `data-count` so the widget
/// can update the live count without parsing.
pub fn render_search_results(b: &LoadedBrief, query: &str, o: &RenderOptions) -> String {
    let ctx = Ctx::new(b, o, false);
    html(|out| results_list(out, &ctx, query).map(|_| ()))
}

/// Writes [`render_search_results`]; gives the number of hits, `None` for an empty query.
fn results_list(out: &mut String, ctx: &Ctx<'_>, query: &str) -> Result<Option<usize>, fmt::Error> {
    let b = ctx.b;
    if query.trim().is_empty() {
        return Ok(None);
    }
    let hits = b.search(query, MAX_RESULTS);
    if hits.is_empty() {
        write!(out, "<p class=\"bi-empty\" part=\"empty\" data-count=\"0\">{}</p>", ctx.msg(Msg::NoResults))?;
        return Ok(Some(0));
    }
    write!(out, "<ol class=\"bi-results\" part=\"results\" data-count=\"{}\">", hits.len())?;
    for hit in &hits {
        write!(
            out,
            "<li class=\"bi-result\" part=\"result\"><button type=\"button\" class=\"bi-result-link\" part=\"result-link\" \
             data-action=\"goto\" data-item=\"{}\" data-view=\"{}\"><span class=\"bi-kind\">{}</span> ",
            esc(&hit.id),
            View::home_of(hit.kind).as_str(),
            esc(i18n::item_kind_label(ctx.lang, hit.kind)),
        )?;
        // An observation's title is only its "when"; the indicator says what was observed.
        if let Some(Item::Observation(ind, _)) = b.item(&hit.id) {
            write!(out, "<span class=\"bi-result-context\">{}:</span> ", esc(&ind.name))?;
        }
        // The first title match, and the first match of any other field for the snippet.
        let title = hit.matches.iter().find(|m| m.field == "title");
        let other = hit.matches.iter().find(|m| m.field != "title");
        let title_html = match title {
            Some(m) if m.text == hit.title => highlight(&m.text, &m.byte_ranges, 0, m.text.len()),
            _ => esc(&hit.title).to_string(),
        };
        write!(out, "<span class=\"bi-result-title\">{title_html}</span></button>")?;
        if let Some(m) = other {
            snippet(out, ctx, &hit.id, m)?;
        }
        out.push_str("</li>");
    }
    out.push_str("</ol>");
    Ok(Some(hits.len()))
}

/// The best non-title match in context, with its source paragraph when it is a quote.
fn snippet(out: &mut String, ctx: &Ctx<'_>, id: &str, m: &FieldMatch) -> fmt::Result {
    let text = &m.text;
    let first = m.byte_ranges.first().map_or(0, |r| r.0);
    let start = chars_before(text, first, SNIPPET_BEFORE);
    let end = chars_after(text, start, SNIPPET_LENGTH);
    out.push_str("<p class=\"bi-snippet\">");
    if m.field == "quote" {
        let paragraph = ctx.b.evidence(id).and_then(|ev| ev.get(m.index as usize)).map(|e| e.paragraph);
        if let Some(p) = paragraph {
            write!(out, "<span class=\"bi-paragraph\">¶ {p}</span> ")?;
        }
    }
    let before = if start > 0 { "…" } else { "" };
    let after = if end < text.len() { "…" } else { "" };
    write!(out, "{before}{}{after}</p>", highlight(text, &m.byte_ranges, start, end))
}

/// The char boundary at or before byte `at` (the end of `text` at most).
fn floor_boundary(text: &str, at: usize) -> usize {
    (0..=at.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0)
}

/// The byte offset `n` characters before byte `at` (at a char boundary; 0 at most).
fn chars_before(text: &str, at: usize, n: usize) -> usize {
    let at = floor_boundary(text, at);
    let head = text.get(..at).unwrap_or("");
    if n == 0 {
        return at;
    }
    head.char_indices().rev().take(n).last().map_or(at, |(i, _)| i)
}

/// The byte offset `n` characters after byte `from` (the end of `text` at most).
fn chars_after(text: &str, from: usize, n: usize) -> usize {
    let from = floor_boundary(text, from);
    let tail = text.get(from..).unwrap_or("");
    tail.char_indices().nth(n).map_or(text.len(), |(i, _)| from + i)
}

/// `text[start..end]` escaped, with each range wrapped in `<mark>`. Ranges that are out of order, out of
/// bounds or not on character boundaries are ignored rather than trusted.
fn highlight(text: &str, ranges: &[(usize, usize)], start: usize, end: usize) -> String {
    let start = floor_boundary(text, start);
    let end = floor_boundary(text, end.max(start));
    html(|out| {
        let mut pos = start;
        for &(a, b) in ranges {
            let (a, b) = (a.max(pos), b.min(end));
            // `pos` is a boundary, so both slices exist exactly when `a` and `b` are boundaries in order.
            let (Some(before), Some(marked)) = (text.get(pos..a), text.get(a..b)) else { continue };
            if marked.is_empty() {
                continue;
            }
            write!(out, "{}<mark class=\"bi-mark-text\" part=\"mark\">{}</mark>", esc(before), esc(marked))?;
            pos = b;
        }
        write!(out, "{}", esc(text.get(pos..end).unwrap_or("")))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn highlight_escapes_and_marks() {
        assert_eq!(
            highlight("a <b> c", &[(2, 5)], 0, 7),
            "a <mark class=\"bi-mark-text\" part=\"mark\">&lt;b&gt;</mark> c"
        );
        // Bad ranges are skipped, not trusted.
        assert_eq!(highlight("né", &[(2, 3), (5, 9), (1, 0)], 0, 3), "né");
        assert_eq!(highlight("abc", &[(1, 2)], 2, 3), "c");
    }

    #[test]
    fn snippet_windows_stay_on_char_boundaries() {
        let t = "가나다라마바사";
        assert_eq!(chars_before(t, 9, 2), 3);
        assert_eq!(chars_before(t, 9, 10), 0);
        assert_eq!(chars_before(t, 10, 1), 6);
        assert_eq!(chars_before(t, 9, 0), 9);
        assert_eq!(chars_after(t, 3, 2), 9);
        assert_eq!(chars_after(t, 3, 100), t.len());
        assert_eq!(chars_after(t, 4, 0), 3);
        assert_eq!(floor_boundary(t, 4), 3);
        assert_eq!(floor_boundary(t, 100), t.len());
    }
}
