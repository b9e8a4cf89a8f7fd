//! Search: the input, a live count, and results with the matched words marked.

use super::escape::push_escaped;
use super::i18n::{self, Msg};
use super::{push_int, Ctx, LoadedBrief, RenderOptions, View};
use crate::search::FieldMatch;
// Where `render::truncate` finds it.
pub(crate) use crate::text::forward_chars;
use crate::text::{floor_boundary, is_continuation};

/// Most results listed; a brief has a few hundred items at most, and more than this is not a useful list.
const MAX_RESULTS: usize = 50;
/// Characters of context shown around the first match of a long field.
const SNIPPET_BEFORE: usize = 60;
const SNIPPET_LENGTH: usize = 200;

/// Out of line: inlined into `render_view_in`, it was 12 B more gzipped.
#[inline(never)]
pub(crate) fn render_view(ctx: &Ctx<'_>) -> String {
    let mut s = String::new();
    ctx.open_view(&mut s, View::Search);
    let label = ctx.t(Msg::SearchLabel);
    s.push_str("<div class=\"bi-search\" part=\"search\" role=\"search\"><label class=\"bi-search-label\" for=\"");
    ctx.push_id(&mut s, "search-input");
    s.push_str("\">");
    push_escaped(&mut s, label);
    s.push_str("</label><input type=\"search\" class=\"bi-search-input\" part=\"search-input\" id=\"");
    ctx.push_id(&mut s, "search-input");
    s.push_str("\" data-action=\"search\" aria-label=\"");
    push_escaped(&mut s, label);
    s.push_str("\" aria-controls=\"");
    ctx.push_id(&mut s, "search-results");
    s.push_str("\" placeholder=\"");
    ctx.push_msg(&mut s, Msg::SearchPlaceholder);
    s.push_str("\" value=\"");
    push_escaped(&mut s, &ctx.o.query);
    s.push_str("\" autocomplete=\"off\" spellcheck=\"false\" maxlength=\"");
    push_int(&mut s, crate::search::MAX_QUERY_CHARS as i64);
    s.push_str("\"></div>");
    // The results are rendered first (they follow the status line) so the search runs once for both.
    let mut results = String::new();
    let count = push_results(&mut results, ctx, &ctx.o.query);
    s.push_str("<p class=\"bi-search-status\" part=\"status\" role=\"status\" aria-live=\"polite\" data-status>");
    match count {
        None => ctx.push_msg(&mut s, Msg::SearchPrompt),
        Some(0) => ctx.push_msg(&mut s, Msg::NoResults),
        Some(n) => i18n::push_count_results(&mut s, ctx.o.lang, n),
    }
    s.push_str("</p>");
    s.push_str("<div class=\"bi-results-box\" id=\"");
    ctx.push_id(&mut s, "search-results");
    s.push_str("\" data-results>");
    s.push_str(&results);
    s.push_str("</div></section>");
    s
}

/// The result list for `query` (empty for an empty query). The root carries `data-count` so the widget
/// can update the live count without parsing.
pub fn render_search_results(b: &LoadedBrief, query: &str, o: &RenderOptions) -> String {
    let mut s = String::new();
    push_results(&mut s, &Ctx { b, o, document: false }, query);
    s
}

/// Appends [`render_search_results`]; returns the number of hits, `None` for an empty query.
fn push_results(s: &mut String, ctx: &Ctx<'_>, query: &str) -> Option<usize> {
    let b = ctx.b;
    if query.trim().is_empty() {
        return None;
    }
    let hits = b.search(query, MAX_RESULTS);
    if hits.is_empty() {
        s.push_str("<p class=\"bi-empty\" part=\"empty\" data-count=\"0\">");
        ctx.push_msg(s, Msg::NoResults);
        s.push_str("</p>");
        return Some(0);
    }
    s.push_str("<ol class=\"bi-results\" part=\"results\" data-count=\"");
    push_int(s, hits.len() as i64);
    s.push_str("\">");
    for hit in &hits {
        let view = View::home_of(hit.kind);
        s.push_str("<li class=\"bi-result\" part=\"result\"><button type=\"button\" class=\"bi-result-link\" part=\"result-link\" data-action=\"goto\" data-item=\"");
        push_escaped(s, &hit.id);
        s.push_str("\" data-view=\"");
        s.push_str(view.as_str());
        s.push_str("\"><span class=\"bi-kind\">");
        push_escaped(s, i18n::item_kind_label(ctx.o.lang, hit.kind));
        s.push_str("</span> ");
        // An observation's title is only its "when"; the indicator says what was observed.
        if let Some(crate::query::Item::Observation(ind, _)) = b.item(&hit.id) {
            s.push_str("<span class=\"bi-result-context\">");
            push_escaped(s, &ind.name);
            s.push_str(":</span> ");
        }
        // The first title match and the best other one, in one pass.
        let mut title = None;
        let mut other = None;
        for m in &hit.matches {
            if m.field == "title" {
                title = title.or(Some(m));
            } else {
                other = other.or(Some(m));
            }
        }
        s.push_str("<span class=\"bi-result-title\">");
        match title {
            Some(m) if m.text == hit.title => push_highlight(s, &m.text, &m.byte_ranges, 0, m.text.len()),
            _ => push_escaped(s, &hit.title),
        }
        s.push_str("</span></button>");
        if let Some(m) = other {
            push_snippet(s, ctx, &hit.id, m);
        }
        s.push_str("</li>");
    }
    s.push_str("</ol>");
    Some(hits.len())
}

/// The best non-title match in context, with its source paragraph when it is a quote.
fn push_snippet(s: &mut String, ctx: &Ctx<'_>, id: &str, m: &FieldMatch) {
    let text = &m.text;
    let first = m.byte_ranges.first().map(|r| r.0).unwrap_or(0).min(text.len());
    let start = back_chars(text, first, SNIPPET_BEFORE);
    let end = forward_chars(text, start, SNIPPET_LENGTH);
    s.push_str("<p class=\"bi-snippet\">");
    if m.field == "quote" {
        let paragraph = ctx.b.evidence(id).and_then(|ev| ev.get(m.index as usize)).map(|e| e.paragraph);
        if let Some(p) = paragraph {
            s.push_str("<span class=\"bi-paragraph\">");
            s.push_str("¶ ");
            push_int(s, i64::from(p));
            s.push_str("</span> ");
        }
    }
    if start > 0 {
        s.push('…');
    }
    push_highlight(s, text, &m.byte_ranges, start, end);
    if end < text.len() {
        s.push('…');
    }
    s.push_str("</p>");
}

/// The byte offset `n` characters before `at` (at a char boundary; 0 at most). Steps over bytes and
/// counts boundaries: smaller code than decoding characters backwards.
fn back_chars(text: &str, at: usize, n: usize) -> usize {
    let mut at = floor_boundary(text, at);
    let mut left = n;
    while left > 0 && at > 0 {
        at -= 1;
        if !is_continuation(text, at) {
            left -= 1;
        }
    }
    at
}

/// Appends `text[start..end]` escaped, with each range wrapped in `<mark>`. Ranges that are out of order,
/// out of bounds or not on character boundaries are ignored rather than trusted.
fn push_highlight(s: &mut String, text: &str, ranges: &[(usize, usize)], start: usize, end: usize) {
    let start = floor_boundary(text, start);
    let end = floor_boundary(text, end.max(start));
    let mut pos = start;
    for &(a, b) in ranges {
        let (a, b) = (a.max(pos), b.min(end));
        // `pos` is a boundary, so both slices exist exactly when `a` and `b` are boundaries.
        let (Some(before), Some(marked)) = (text.get(pos..a), text.get(a..b)) else { continue };
        if marked.is_empty() {
            continue;
        }
        push_escaped(s, before);
        s.push_str("<mark class=\"bi-mark-text\" part=\"mark\">");
        push_escaped(s, marked);
        s.push_str("</mark>");
        pos = b;
    }
    push_escaped(s, text.get(pos..end).unwrap_or(""));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn highlight(text: &str, ranges: &[(usize, usize)], start: usize, end: usize) -> String {
        let mut s = String::new();
        push_highlight(&mut s, text, ranges, start, end);
        s
    }

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
        assert_eq!(back_chars(t, 9, 2), 3);
        assert_eq!(back_chars(t, 9, 10), 0);
        assert_eq!(forward_chars(t, 3, 2), 9);
        assert_eq!(forward_chars(t, 3, 100), t.len());
        assert_eq!(floor_boundary(t, 4), 3);
    }
}
