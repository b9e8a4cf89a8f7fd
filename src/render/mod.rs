//! Rendering a loaded brief to escaped HTML and SVG strings: the widget's chrome and views (inserted by
//! the `<brief-insights>` element into its shadow root), citation dialogs, search results, and a static
//! document with every insight and quote inline for readers without JavaScript, print and search engines.
//!
//! Every piece of brief text goes through [`escape_html`]; no output carries inline styles, event handler
//! attributes or scripts (except the JSON-LD data block), so it runs under a strict CSP and Trusted Types.
//! The widget finds its controls by `data-action` and styles them by `bi-*` classes and `part` names.

mod citation;
mod document;
mod economy;
mod escape;
mod i18n;
mod jsonld;
mod map;
mod overview;
mod partners;
mod projects;
mod recommendations;
mod search;
mod shell;
mod svg;
mod timeline;

pub use citation::render_citation;
pub use document::render_document;
pub use escape::{encode_text_fragment, escape_html, quote_link};
pub use jsonld::render_jsonld;
pub use search::render_search_results;
pub use shell::render_shell;

pub(crate) use crate::json::push_int;
use crate::model::Evidence;
use crate::query::LoadedBrief;
use crate::query::{Item, ItemKind};
use escape::push_escaped;
use i18n::{tr, Msg};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum View {
    Overview,
    Partners,
    Projects,
    Timeline,
    Economy,
    Recommendations,
    Search,
}

impl View {
    /// The view's position in [`View::ALL`], which is also the line of its name in the line tables.
    pub(crate) fn index(self) -> usize {
        self as usize
    }

    pub const ALL: [View; 7] = [
        View::Overview,
        View::Partners,
        View::Projects,
        View::Timeline,
        View::Economy,
        View::Recommendations,
        View::Search,
    ];

    /// Every view's name after a space, in the order of [`View::ALL`] (a test checks it): the list the
    /// binding's unknown-view error ends with, as one text rather than a loop over the names.
    pub const NAMES_LISTED: &'static str = " overview partners projects timeline economy recommendations search";

    pub fn parse(s: &str) -> Option<View> {
        // Over the array by reference: `into_iter()` was an array iterator instance of its own.
        let s = s.trim();
        View::ALL.iter().find(|view| view.as_str().eq_ignore_ascii_case(s)).copied()
    }

    pub fn as_str(self) -> &'static str {
        // A line table, in the order of `View::ALL`.
        const NAMES: &str = "overview\npartners\nprojects\ntimeline\neconomy\nrecommendations\nsearch";
        crate::text::line_of(NAMES, self.index())
    }

    /// The view where an item of this kind is shown in full (and carries its anchor id).
    pub fn home_of(kind: ItemKind) -> View {
        match kind {
            ItemKind::Judgment | ItemKind::Axis => View::Overview,
            ItemKind::Actor | ItemKind::Relation => View::Partners,
            ItemKind::Project => View::Projects,
            ItemKind::Indicator | ItemKind::Observation => View::Economy,
            ItemKind::Event => View::Timeline,
            ItemKind::RecommendationArea | ItemKind::Recommendation => View::Recommendations,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Ko,
}

impl Lang {
    /// "ko", "ko-KR", "KO_kr" → Korean; anything else → English.
    pub fn parse(s: &str) -> Lang {
        // The primary subtag (up to the first `-` or `_`) is "ko", matched on the bytes: no position search.
        match s.trim().as_bytes() {
            [k, o, rest @ ..]
                // `| 0x20` lowers an ASCII letter and maps no other byte to `k` or `o`: no call to
                // `eq_ignore_ascii_case` per byte.
                if k | 0x20 == b'k'
                    && o | 0x20 == b'o'
                    && matches!(rest.first(), None | Some(b'-' | b'_')) =>
            {
                Lang::Ko
            }
            _ => Lang::En,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }
}

#[derive(Debug, Default, Clone)]
pub struct RenderOptions {
    pub lang: Lang,
    /// Prefixed to every `id` attribute, so two widgets on one page never collide.
    pub id_prefix: String,
    /// Projects view: show only this sector (`None` or an unknown sector: all).
    pub sector: Option<String>,
    /// Partners view: the chosen actor (default: the subject's first partner).
    pub selected: Option<String>,
    /// Search view: the query typed so far.
    pub query: String,
}

/// Content of the tab panel for one view.
pub fn render_view(b: &LoadedBrief, view: View, o: &RenderOptions) -> String {
    let ctx = Ctx { b, o, document: false };
    if view == View::Search {
        return search::render_view(&ctx);
    }
    let mut s = String::new();
    render_view_in(&ctx, &mut s, view);
    s
}

/// Appends a view to `s`: the document writes each view into its own string, with no copy of each. The
/// search view is written on its own by [`render_view`]: here, as in the document (search needs
/// JavaScript), it is nothing.
fn render_view_in(ctx: &Ctx<'_>, s: &mut String, view: View) {
    if view == View::Search {
        return;
    }
    // Every view's `<section>` is opened and closed here, the view writing its content in between.
    ctx.open_view(s, view);
    match view {
        View::Overview => overview::render(ctx, s),
        View::Partners => partners::render(ctx, s),
        View::Projects => projects::render(ctx, s),
        View::Timeline => timeline::render(ctx, s),
        View::Economy => economy::render(ctx, s),
        View::Recommendations => recommendations::render(ctx, s),
        View::Search => {}
    }
    s.push_str("</section>");
}

/// What every view needs: the brief, the options, and whether it is rendered for the interactive widget
/// or the static document (where quotes are shown inline and there are no controls).
pub(crate) struct Ctx<'a> {
    pub b: &'a LoadedBrief,
    pub o: &'a RenderOptions,
    pub document: bool,
}

impl Ctx<'_> {
    pub fn t(&self, m: Msg) -> &'static str {
        tr(self.o.lang, m)
    }

    /// Message `m` in the output's language as a template value (filled in escaped).
    pub fn msg(&self, m: Msg) -> svg::Arg<'static> {
        svg::Arg::Label(self.o.lang, m)
    }

    /// An `id` attribute value: the instance prefix plus `local`, escaped.
    pub fn id(&self, local: &str) -> String {
        let mut s = String::new();
        self.push_id(&mut s, local);
        s
    }

    /// Appends the escaped instance prefix and `local` (escaping a concatenation is concatenating the
    /// escaped parts, so callers may push further escaped parts after it). Out of line: the renderer
    /// calls it from dozens of places.
    #[inline(never)]
    pub fn push_id(&self, s: &mut String, local: &str) {
        push_escaped(s, &self.o.id_prefix);
        push_escaped(s, local);
    }

    /// The digit of the heading tag for a view title (`level` 0) or a section inside a view (`level` 1, 2).
    /// Views are h2 in the widget; in the document the brief's title is h2, so everything moves down one.
    fn heading_digit(&self, level: u8) -> char {
        char::from(b'0' + (2 + level.min(4) + u8::from(self.document)).min(6))
    }

    /// Appends `<hN class="class">` for [`Ctx::heading_digit`]'s level.
    #[inline(never)]
    pub fn open_heading(&self, s: &mut String, level: u8, class: &str) {
        s.push_str("<h");
        s.push(self.heading_digit(level));
        s.push_str(" class=\"");
        s.push_str(class);
        s.push_str("\">");
    }

    /// Appends a section's heading: `text` in a level 1 `bi-subtitle` heading. Out of line: every section
    /// title of the views comes through here (most through [`Ctx::push_subtitle_msg`]).
    #[inline(never)]
    pub fn push_subtitle(&self, s: &mut String, text: &str) {
        self.push_heading(s, 1, "bi-subtitle", text);
    }

    /// [`Ctx::push_subtitle`] with message `m` as the text: the views' fixed section titles.
    #[inline(never)]
    pub fn push_subtitle_msg(&self, s: &mut String, m: Msg) {
        self.push_subtitle(s, self.t(m));
    }

    /// Appends a heading of [`Ctx::heading_digit`]'s `level` and `class` holding `text`, escaped.
    #[inline(never)]
    pub fn push_heading(&self, s: &mut String, level: u8, class: &str, text: &str) {
        self.open_heading(s, level, class);
        push_escaped(s, text);
        self.close_heading(s, level);
    }

    /// Appends the start tag of an item's card: `open` (the tag with its classes, not yet closed), the
    /// item's anchor when `view` is its home, and `>`. Out of line: every view opens its cards so.
    #[inline(never)]
    pub fn open_item(&self, s: &mut String, open: &str, item: &Item<'_>, view: View) {
        s.push_str(open);
        self.push_anchor(s, item, view);
        s.push('>');
    }

    /// Appends `</hN>` for [`Ctx::heading_digit`]'s level.
    #[inline(never)]
    pub fn close_heading(&self, s: &mut String, level: u8) {
        s.push_str("</h");
        s.push(self.heading_digit(level));
        s.push('>');
    }

    /// Appends ` id="..."` for an item shown in full in its home view; other views mention it without an id
    /// so the static document, which holds every view at once, has each id once.
    #[inline(never)]
    pub fn push_anchor(&self, s: &mut String, item: &Item<'_>, view: View) {
        if View::home_of(item.kind()) == view {
            s.push_str(" id=\"");
            self.push_id(s, "item-");
            push_escaped(s, item.id());
            s.push('"');
        }
    }

    /// Appends a view's `<section>` start tag and heading; the caller writes the content and closes it.
    pub fn open_view(&self, s: &mut String, view: View) {
        let v = view.as_str();
        s.push_str("<section class=\"bi-view bi-view-");
        s.push_str(v);
        s.push_str("\" data-view=\"");
        s.push_str(v);
        s.push_str("\" part=\"view\" aria-labelledby=\"");
        self.push_id(s, v);
        s.push_str("-title\"><h");
        s.push(self.heading_digit(0));
        s.push_str(" class=\"bi-view-title\" id=\"");
        self.push_id(s, v);
        s.push_str("-title\">");
        push_escaped(s, i18n::view_label(self.o.lang, view));
        self.close_heading(s, 0);
    }

    /// Appends the citation control of an item: a button opening the source dialog in the widget, the quotes
    /// themselves in a `<details>` in the static document. Nothing for items without evidence.
    #[inline(never)]
    pub fn push_cite(&self, s: &mut String, item: &Item<'_>) {
        let evidence = item.evidence();
        if evidence.is_empty() {
            return;
        }
        if self.document {
            // Open: the document is read without scripts, printed and indexed, and the quotes are the point.
            s.push_str("<details class=\"bi-evidence\" part=\"evidence\" open><summary class=\"bi-evidence-label\">");
            self.push_msg(s, Msg::Evidence);
            s.push(' ');
            push_paragraph_marks(s, evidence);
            s.push_str("</summary>");
            citation::push_quotes(s, self, evidence);
            s.push_str("</details>");
            return;
        }
        s.push_str("<button type=\"button\" class=\"bi-cite\" part=\"cite\" data-action=\"cite\" data-item=\"");
        push_escaped(s, item.id());
        // The accessible name starts with the visible text (WCAG 2.5.3, label in name).
        s.push_str("\" aria-haspopup=\"dialog\" aria-label=\"");
        push_paragraph_marks(s, evidence);
        s.push_str(": ");
        self.push_msg(s, Msg::ShowSourceFor);
        s.push(' ');
        push_escaped(s, &truncate(&full_title(item), 120));
        s.push_str("\">");
        push_paragraph_marks(s, evidence);
        s.push_str("</button>");
    }

    /// Appends message `m` in the output's language, escaped. Out of line: a call with the message's
    /// number is smaller than fetching the text at each place.
    #[inline(never)]
    pub fn push_msg(&self, s: &mut String, m: Msg) {
        push_escaped(s, self.t(m));
    }

    /// Appends a block shown when a view has nothing to show.
    #[inline(never)]
    pub fn push_empty(&self, s: &mut String, m: Msg) {
        s.push_str("<p class=\"bi-empty\" part=\"empty\">");
        self.push_msg(s, m);
        s.push_str("</p>");
    }
}

/// An item's title that stands on its own: an observation's title is only its "when" ("during the
/// pandemic"), so the indicator's name goes first.
pub(crate) fn full_title(item: &Item<'_>) -> String {
    match item {
        Item::Observation(ind, o) => {
            let mut s = String::from(ind.name.as_str());
            s.push_str(": ");
            s.push_str(&o.label);
            s
        }
        other => other.title().to_string(),
    }
}

/// Appends "¶ 4" or "¶ 4, 7": the paragraphs an item's evidence comes from, in order, each once
/// (nothing to escape). An item has a few quotes, so picking the next larger paragraph each round beats
/// collecting and sorting (which inlined here cost about 1.5 KB of code). In place, even where the
/// button writes the marks twice: a returned string cost a copy, an escaping pass and a free.
#[inline(never)]
pub(crate) fn push_paragraph_marks(s: &mut String, evidence: &[Evidence]) {
    s.push_str("¶ ");
    let mut last: Option<u32> = None;
    loop {
        // The smallest paragraph past `last`, by a plain loop: `map().filter().min()` was a fold instance.
        let mut next: Option<u32> = None;
        for e in evidence {
            let p = e.paragraph;
            if last.is_none_or(|l| p > l) && next.is_none_or(|n| p < n) {
                next = Some(p);
            }
        }
        let Some(p) = next else { return };
        if last.is_some() {
            s.push_str(", ");
        }
        push_int(s, i64::from(p));
        last = Some(p);
    }
}

/// At most `max` characters of `s`, with an ellipsis when cut.
pub(crate) fn truncate(s: &str, max: usize) -> String {
    let s = s.trim();
    if search::forward_chars(s, 0, max) == s.len() {
        return s.to_string();
    }
    // The first `max - 1` characters.
    let cut = s.get(..search::forward_chars(s, 0, max.saturating_sub(1))).unwrap_or(s);
    // Cut at a word boundary when there is one not too far back, so the visible label is a
    // prefix of whole words of the full name (which screen readers get).
    // One forward scan finds the last space and where the text before it ends: `rfind` and `trim_end`
    // with a character predicate each brought in a reverse searcher.
    let (mut last_space, mut end_before_space, mut end) = (0, 0, 0);
    for (i, c) in cut.char_indices() {
        if c.is_whitespace() {
            (last_space, end_before_space) = (i, end);
        } else {
            end = i + c.len_utf8();
        }
    }
    let keep = if last_space > cut.len() / 2 { end_before_space } else { end };
    let mut out = String::from(cut.get(..keep).unwrap_or(cut));
    out.push('…');
    out
}

/// The number of characters of `s` (as `s.chars().count()`): std's counter is 0.5 KB of unrolled code, far
/// more than this loop over the bytes that start a character.
pub(crate) fn char_count(s: &str) -> usize {
    let mut n = 0;
    for i in 0..s.len() {
        if s.is_char_boundary(i) {
            n += 1;
        }
    }
    n
}

/// A number for SVG coordinates: one decimal, no `-0`, never `NaN`.
pub(crate) fn num(v: f64) -> String {
    crate::json::number_text(v, 1)
}

/// The actor the brief is about: `meta.subject`, else the actor in the most relations (first in document
/// order on a tie), else none.
pub(crate) fn subject_actor(b: &LoadedBrief) -> Option<&crate::model::Actor> {
    if let Some(a) = b.brief.meta.subject.as_deref().and_then(|id| b.actor(id)) {
        return Some(a);
    }
    // The count to beat starts at 0, so an actor in no relation is never the subject.
    let (mut best, mut most) = (None, 0);
    for a in &b.brief.actors {
        // A plain loop: `filter(..).count()` was a fold instance of its own.
        let mut n = 0;
        for r in &b.brief.relations {
            if r.from == a.id || r.to == a.id {
                n += 1;
            }
        }
        if n > most {
            (best, most) = (Some(a), n);
        }
    }
    best
}

/// An optional text of the brief, unless it is blank (treated as absent).
pub(crate) fn non_blank(text: &Option<String>) -> Option<&str> {
    text.as_deref().filter(|t| !t.trim().is_empty())
}

/// Appends an optional prose text (a description, a summary) as a `bi-text` paragraph; nothing if blank.
pub(crate) fn push_text_paragraph(s: &mut String, text: &Option<String>) {
    if let Some(t) = non_blank(text) {
        s.push_str("<p class=\"bi-text\">");
        push_escaped(s, t);
        s.push_str("</p>");
    }
}

/// An actor's short name, else its name.
pub(crate) fn actor_short_name(a: &crate::model::Actor) -> &str {
    non_blank(&a.short_name).unwrap_or(&a.name)
}

/// Appends `items` comma-separated, escaped; with `actors`, the items are actor ids, each written as its
/// actor's name. One list writer for actor names and plain texts (a relation's fields).
pub(crate) fn push_list(s: &mut String, actors: Option<&LoadedBrief>, items: &[String]) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        push_escaped(s, actors.map_or(item, |b| actor_name(b, item)));
    }
}

pub(crate) fn actor_name<'a>(b: &'a LoadedBrief, id: &'a str) -> &'a str {
    b.actor(id).map(|a| a.name.as_str()).unwrap_or(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn view_index_is_its_place_in_all() {
        for (i, view) in View::ALL.into_iter().enumerate() {
            assert_eq!(view.index(), i, "{view:?}");
        }
    }

    #[test]
    fn names_listed_are_every_view_in_order() {
        let mut listed = String::new();
        for view in View::ALL {
            listed.push(' ');
            listed.push_str(view.as_str());
        }
        assert_eq!(View::NAMES_LISTED, listed);
    }

    #[test]
    fn views_and_languages_parse() {
        for v in View::ALL {
            assert_eq!(View::parse(v.as_str()), Some(v));
        }
        assert_eq!(View::parse("nope"), None);
        assert_eq!(Lang::parse("ko-KR"), Lang::Ko);
        assert_eq!(Lang::parse("ko"), Lang::Ko);
        assert_eq!(Lang::parse("kok"), Lang::En);
        assert_eq!(Lang::parse(" KO_kr "), Lang::Ko);
        assert_eq!(Lang::parse("kO"), Lang::Ko);
        assert_eq!(Lang::parse("ro"), Lang::En);
        assert_eq!(Lang::parse("k"), Lang::En);
        assert_eq!(Lang::parse(""), Lang::En);
    }

    #[test]
    fn helpers() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("Actor number 12 with a long name", 16), "Actor number…");
        assert_eq!(truncate("가나다라마바사", 4), "가나다…");
        assert_eq!(truncate("abc", 4), "abc");
        // As the former `rfind` + `trim_end` version.
        let reference = |s: &str, max: usize| {
            let s = s.trim();
            if s.chars().count() <= max {
                return s.to_string();
            }
            let cut: String = s.chars().take(max - 1).collect();
            let at_word = match cut.rfind(char::is_whitespace) {
                Some(i) if i > cut.len() / 2 => &cut[..i],
                _ => &cut[..],
            };
            let mut r = String::from(at_word.trim_end());
            r.push('…');
            r
        };
        for text in [
            "a b c d e f g h",
            "ab  cd  ef gh ij",
            "  x\u{3000}y z long words here ",
            "가 나다 라마 바사아",
            "abcdefghij k",
        ] {
            for max in 1..14 {
                assert_eq!(truncate(text, max), reference(text, max), "{text:?} {max}");
            }
        }
        assert_eq!(num(-0.01), "0");
        assert_eq!(num(12.34), "12.3");
        assert_eq!(num(f64::NAN), "0");
        let ev = |p| Evidence { paragraph: p, quote: "q".into() };
        let mut marks = String::new();
        push_paragraph_marks(&mut marks, &[ev(7), ev(4), ev(7)]);
        assert_eq!(marks, "¶ 4, 7");
    }
}
