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

use crate::load::LoadedBrief;
use crate::model::Evidence;
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
    pub const ALL: [View; 7] = [
        View::Overview,
        View::Partners,
        View::Projects,
        View::Timeline,
        View::Economy,
        View::Recommendations,
        View::Search,
    ];

    pub fn parse(s: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.as_str().eq_ignore_ascii_case(s.trim()))
    }

    pub fn as_str(self) -> &'static str {
        match self {
            View::Overview => "overview",
            View::Partners => "partners",
            View::Projects => "projects",
            View::Timeline => "timeline",
            View::Economy => "economy",
            View::Recommendations => "recommendations",
            View::Search => "search",
        }
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
        let primary = s.trim().split(['-', '_']).next().unwrap_or("");
        if primary.eq_ignore_ascii_case("ko") {
            Lang::Ko
        } else {
            Lang::En
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
    render_view_in(&ctx, view)
}

fn render_view_in(ctx: &Ctx<'_>, view: View) -> String {
    match view {
        View::Overview => overview::render(ctx),
        View::Partners => partners::render(ctx),
        View::Projects => projects::render(ctx),
        View::Timeline => timeline::render(ctx),
        View::Economy => economy::render(ctx),
        View::Recommendations => recommendations::render(ctx),
        View::Search => search::render_view(ctx),
    }
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

    /// An `id` attribute value: the instance prefix plus `local`, escaped.
    pub fn id(&self, local: &str) -> String {
        let mut s = escape_html(&self.o.id_prefix);
        push_escaped(&mut s, local);
        s
    }

    /// Heading tag for a view title (`level` 0) or a section inside a view (`level` 1, 2). Views are h2
    /// in the widget; in the document the brief's title is h2, so everything moves down one.
    pub fn h(&self, level: u8) -> String {
        format!("h{}", (2 + level + u8::from(self.document)).min(6))
    }

    /// `id="..."` for an item shown in full in its home view; other views mention it without an id so the
    /// static document, which holds every view at once, has each id once.
    pub fn anchor(&self, item: &Item<'_>, view: View) -> String {
        if View::home_of(item.kind()) == view {
            format!(" id=\"{}\"", self.id(&format!("item-{}", item.id())))
        } else {
            String::new()
        }
    }

    /// Opens a view's `<section>` with its heading.
    pub fn open_view(&self, view: View) -> String {
        let v = view.as_str();
        let h = self.h(0);
        format!(
            "<section class=\"bi-view bi-view-{v}\" data-view=\"{v}\" part=\"view\" aria-labelledby=\"{id}\"><{h} class=\"bi-view-title\" id=\"{id}\">{title}</{h}>",
            id = self.id(&format!("{}-title", v)),
            title = escape_html(i18n::view_label(self.o.lang, view)),
        )
    }

    /// The citation control of an item: a button opening the source dialog in the widget, the quotes
    /// themselves in a `<details>` in the static document. Empty for items without evidence.
    pub fn cite(&self, item: &Item<'_>) -> String {
        let evidence = item.evidence();
        if evidence.is_empty() {
            return String::new();
        }
        let label = paragraph_marks(evidence);
        if self.document {
            // Open: the document is read without scripts, printed and indexed, and the quotes are the point.
            let mut s = String::from(
                "<details class=\"bi-evidence\" part=\"evidence\" open><summary class=\"bi-evidence-label\">",
            );
            push_escaped(&mut s, self.t(Msg::Evidence));
            s.push(' ');
            push_escaped(&mut s, &label);
            s.push_str("</summary>");
            s.push_str(&citation::quotes(self, evidence));
            s.push_str("</details>");
            return s;
        }
        // The accessible name starts with the visible text (WCAG 2.5.3, label in name).
        let mut aria = format!("{}: {} ", label, self.t(Msg::ShowSourceFor));
        aria.push_str(&truncate(&full_title(item), 120));
        format!(
            "<button type=\"button\" class=\"bi-cite\" part=\"cite\" data-action=\"cite\" data-item=\"{}\" aria-haspopup=\"dialog\" aria-label=\"{}\">{}</button>",
            escape_html(item.id()),
            escape_html(&aria),
            escape_html(&label)
        )
    }

    /// A block shown when a view has nothing to show.
    pub fn empty(&self, m: Msg) -> String {
        format!("<p class=\"bi-empty\" part=\"empty\">{}</p>", escape_html(self.t(m)))
    }
}

/// An item's title that stands on its own: an observation's title is only its "when" ("during the
/// pandemic"), so the indicator's name goes first.
pub(crate) fn full_title(item: &Item<'_>) -> String {
    match item {
        Item::Observation(ind, o) => format!("{}: {}", ind.name, o.label),
        other => other.title().to_string(),
    }
}

/// "¶ 4" or "¶ 4, 7": the paragraphs an item's evidence comes from, in order, each once.
pub(crate) fn paragraph_marks(evidence: &[Evidence]) -> String {
    let mut ps: Vec<u32> = evidence.iter().map(|e| e.paragraph).collect();
    crate::order::sort_by_u64(&mut ps, |&p| p as u64);
    ps.dedup();
    let list: Vec<String> = ps.iter().map(|p| p.to_string()).collect();
    format!("¶ {}", list.join(", "))
}

/// At most `max` characters of `s`, with an ellipsis when cut.
pub(crate) fn truncate(s: &str, max: usize) -> String {
    let s = s.trim();
    match s.char_indices().nth(max) {
        None => s.to_string(),
        Some(_) => {
            let cut: String = s.chars().take(max.saturating_sub(1)).collect();
            // Cut at a word boundary when there is one not too far back, so the visible label is a
            // prefix of whole words of the full name (which screen readers get).
            let at_word = match cut.rfind(char::is_whitespace) {
                Some(i) if i > cut.len() / 2 => &cut[..i],
                _ => cut.as_str(),
            };
            format!("{}…", at_word.trim_end())
        }
    }
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
    let mut best: Option<(&crate::model::Actor, usize)> = None;
    for a in &b.brief.actors {
        let n = b.brief.relations.iter().filter(|r| r.from == a.id || r.to == a.id).count();
        if n > 0 && best.is_none_or(|(_, m)| n > m) {
            best = Some((a, n));
        }
    }
    best.map(|(a, _)| a)
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

/// A short name for an actor id (its short name, else its name, else the id itself).
pub(crate) fn actor_short_name<'a>(b: &'a LoadedBrief, id: &'a str) -> &'a str {
    match b.actor(id) {
        Some(a) => non_blank(&a.short_name).unwrap_or(&a.name),
        None => id,
    }
}

pub(crate) fn actor_name<'a>(b: &'a LoadedBrief, id: &'a str) -> &'a str {
    b.actor(id).map(|a| a.name.as_str()).unwrap_or(id)
}

/// `<ul>` of strings, or nothing for an empty list.
pub(crate) fn text_list(class: &str, items: &[String]) -> String {
    if items.is_empty() {
        return String::new();
    }
    let mut s = format!("<ul class=\"{}\">", class);
    for i in items {
        s.push_str("<li>");
        push_escaped(&mut s, i);
        s.push_str("</li>");
    }
    s.push_str("</ul>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn views_and_languages_parse() {
        for v in View::ALL {
            assert_eq!(View::parse(v.as_str()), Some(v));
        }
        assert_eq!(View::parse("nope"), None);
        assert_eq!(Lang::parse("ko-KR"), Lang::Ko);
        assert_eq!(Lang::parse("ko"), Lang::Ko);
        assert_eq!(Lang::parse("kok"), Lang::En);
        assert_eq!(Lang::parse(""), Lang::En);
    }

    #[test]
    fn helpers() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("Actor number 12 with a long name", 16), "Actor number…");
        assert_eq!(truncate("가나다라마바사", 4), "가나다…");
        assert_eq!(truncate("abc", 4), "abc");
        assert_eq!(num(-0.01), "0");
        assert_eq!(num(12.34), "12.3");
        assert_eq!(num(f64::NAN), "0");
        let ev = |p| Evidence { paragraph: p, quote: "q".into() };
        assert_eq!(paragraph_marks(&[ev(7), ev(4), ev(7)]), "¶ 4, 7");
    }
}
