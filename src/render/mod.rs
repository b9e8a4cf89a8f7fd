//! Rendering a loaded brief to escaped HTML and SVG strings: the widget's chrome and views (inserted by
//! the `<brief-insights>` element into its shadow root), citation dialogs, search results, and a static
//! document with every insight and quote inline for readers without JavaScript, print and search engines.
//!
//! Every piece of brief text goes through [`escape_html`] (in the views, through [`esc`] inside `write!`);
//! no output carries inline styles, event handler attributes or scripts (except the JSON-LD data block),
//! so it runs under a strict CSP and Trusted Types. The widget finds its controls by `data-action` and
//! styles them by `bi-*` classes and `part` names.
//!
//! The views write into a `String` through `std::fmt::Write`. Writing into a `String` never fails, so the
//! `fmt::Result`s the writers pass up are always `Ok`; [`html`] turns them into the finished string.

mod bounds;
mod citation;
mod document;
mod economy;
mod escape;
mod export;
mod first_screen;
mod i18n;
mod jsonld;
mod map;
mod overview;
mod partners;
mod piece;
mod projects;
mod recommendations;
mod search;
mod shell;
mod timeline;

pub use citation::render_citation;
pub use document::render_document;
pub use escape::{encode_text_fragment, escape_html, quote_link};
pub use export::{render_svg, ExportError, Figure};
pub use first_screen::{render_first_screen, Opening};
pub use jsonld::render_jsonld;
pub use piece::render_item;
pub use search::render_search_results;
pub use shell::render_shell;

use crate::model::{Actor, Brief, DateBasis, DateSpec, Evidence, Wording};
use crate::query::LoadedBrief;
use crate::query::{Item, ItemKind};
pub(crate) use escape::{esc, Escaped};
use i18n::Msg;
use std::fmt::{self, Write};

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

    /// Every view's name after a space, in the order of [`View::ALL`] (a test checks it): the list the
    /// binding's unknown-view error ends with.
    pub const NAMES_LISTED: &'static str = " overview partners projects timeline economy recommendations search";

    pub fn parse(s: &str) -> Option<View> {
        let s = s.trim();
        View::ALL.into_iter().find(|view| view.as_str().eq_ignore_ascii_case(s))
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

/// The language of the renderer's own words (labels, dates, counts). Brief text is shown as written.
/// Adding a language: see the module documentation of `i18n`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// The brief's own language (`meta.language`) when it is a UI language, else English: what a caller
    /// that names no language gets.
    #[default]
    Auto,
    En,
    Ko,
}

impl Lang {
    /// The UI languages, each with its own labels.
    pub const UI: [Lang; 2] = [Lang::En, Lang::Ko];

    /// "ko", "ko-KR", "KO_kr" → Korean; any other tag → English. Only the primary subtag counts.
    pub fn parse(s: &str) -> Lang {
        Lang::known(s).unwrap_or(Lang::En)
    }

    /// The UI language whose tag is the primary subtag of `s`, if there is one.
    fn known(s: &str) -> Option<Lang> {
        let primary = s.trim().split(['-', '_']).next().unwrap_or("");
        Lang::UI.into_iter().find(|lang| lang.as_str().eq_ignore_ascii_case(primary))
    }

    /// The UI language for a brief: its `meta.language` when that is one we have, else English.
    pub fn for_brief(brief: &Brief) -> Lang {
        Lang::parse(&brief.meta.language)
    }

    /// This language, or for [`Lang::Auto`] the brief's ([`Lang::for_brief`]).
    pub fn resolve(self, brief: &Brief) -> Lang {
        match self {
            Lang::Auto => Lang::for_brief(brief),
            lang => lang,
        }
    }

    /// The language's tag ("auto" for [`Lang::Auto`], which is never written into a page).
    pub fn as_str(self) -> &'static str {
        match self {
            Lang::Auto => "auto",
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }
}

#[derive(Debug, Default, Clone)]
pub struct RenderOptions {
    /// The labels' language; [`Lang::Auto`] (the default) follows the brief's `meta.language`.
    pub lang: Lang,
    /// Prefixed to every `id` attribute, so two widgets on one page never collide.
    pub id_prefix: String,
    /// Projects view: show only this sector (`None` or an unknown sector: all).
    pub sector: Option<String>,
    /// Partners view: the chosen actor (default: the subject's first partner).
    pub selected: Option<String>,
    /// Search view: the query typed so far.
    pub query: String,
    /// A piece ([`render_item`]): where its link to the whole brief goes (relative or http(s); default:
    /// the brief's `meta.sourceUrl`).
    pub href: Option<String>,
}

/// Content of the tab panel for one view.
pub fn render_view(b: &LoadedBrief, view: View, o: &RenderOptions) -> String {
    let ctx = Ctx::new(b, o, false);
    html(|out| ctx.view(out, view))
}

/// One view as the static document shows it (quotes inline, no controls).
pub(crate) fn render_document_view(b: &LoadedBrief, view: View, o: &RenderOptions) -> String {
    let ctx = Ctx::new(b, o, true);
    html(|out| ctx.view(out, view))
}

/// The text a writer produces. Writing into a `String` cannot fail, and every value the renderer formats
/// (text, [`Escaped`] text, numbers) formats without error, so the `Err` arm is unreachable.
pub(crate) fn html(write: impl FnOnce(&mut String) -> fmt::Result) -> String {
    let mut out = String::new();
    write(&mut out).expect("writing into a String does not fail");
    out
}

/// What every view needs: the brief, the options, and whether it is rendered for the interactive widget
/// or the static document (where quotes are shown inline and there are no controls).
pub(crate) struct Ctx<'a> {
    pub b: &'a LoadedBrief,
    pub o: &'a RenderOptions,
    pub document: bool,
    /// The labels' language: `o.lang` resolved against the brief.
    pub lang: Lang,
}

impl<'a> Ctx<'a> {
    pub fn new(b: &'a LoadedBrief, o: &'a RenderOptions, document: bool) -> Ctx<'a> {
        Ctx { b, o, document, lang: o.lang.resolve(&b.brief) }
    }

    /// Message `m` in the output's language, as plain text.
    pub fn t(&self, m: Msg) -> &'static str {
        i18n::tr(self.lang, m)
    }

    /// Message `m` in the output's language, escaped for HTML (some messages hold an apostrophe).
    pub fn msg(&self, m: Msg) -> Escaped<'static> {
        esc(self.t(m))
    }

    /// An `id` attribute value: the instance prefix plus `local`, escaped. Escaping works character by
    /// character, so callers may append further escaped parts to it.
    pub fn id(&self, local: &str) -> String {
        format!("{}{}", esc(&self.o.id_prefix), esc(local))
    }

    /// The id of an item's anchor.
    pub fn item_id(&self, item_id: &str) -> String {
        self.id(&format!("item-{item_id}"))
    }

    /// The heading level for a view title (`level` 0) or a section inside a view (`level` 1, 2). Views
    /// are h2 in the widget; in the document the brief's title is h2, so everything moves down one.
    pub fn heading_level(&self, level: u8) -> u8 {
        (2 + level.min(4) + u8::from(self.document)).min(6)
    }

    /// A heading of [`Ctx::heading_level`]'s `level` and `class` holding `text`, escaped.
    pub fn heading(&self, out: &mut String, level: u8, class: &str, text: &str) -> fmt::Result {
        let h = self.heading_level(level);
        write!(out, "<h{h} class=\"{class}\">{}</h{h}>", esc(text))
    }

    /// A section's title inside a view: a level 1 `bi-subtitle` heading.
    pub fn subtitle(&self, out: &mut String, text: &str) -> fmt::Result {
        self.heading(out, 1, "bi-subtitle", text)
    }

    /// ` id="..."` for an item shown in full in its home view, else nothing: other views mention it
    /// without an id, so the static document, which holds every view at once, has each id once.
    pub fn anchor(&self, item: &Item<'_>, view: View) -> String {
        if View::home_of(item.kind()) == view {
            format!(" id=\"{}\"", self.item_id(item.id()))
        } else {
            String::new()
        }
    }

    /// A whole view: its `<section>` and title, then its content.
    fn view(&self, out: &mut String, view: View) -> fmt::Result {
        let v = view.as_str();
        let title_id = self.id(&format!("{v}-title"));
        let h = self.heading_level(0);
        write!(
            out,
            "<section class=\"bi-view bi-view-{v}\" data-view=\"{v}\" part=\"view\" aria-labelledby=\"{title_id}\">\
             <h{h} class=\"bi-view-title\" id=\"{title_id}\">{}</h{h}>",
            esc(i18n::view_label(self.lang, view)),
        )?;
        match view {
            View::Overview => overview::render(self, out)?,
            View::Partners => partners::render(self, out)?,
            View::Projects => projects::render(self, out)?,
            View::Timeline => timeline::render(self, out)?,
            View::Economy => economy::render(self, out)?,
            View::Recommendations => recommendations::render(self, out)?,
            View::Search => search::render(self, out)?,
        }
        out.push_str("</section>");
        Ok(())
    }

    /// The citation control of an item: a button opening the source dialog in the widget, the quotes
    /// themselves in a `<details>` in the static document. Nothing for items without evidence.
    pub fn cite(&self, out: &mut String, item: &Item<'_>) -> fmt::Result {
        let evidence = item.evidence();
        if evidence.is_empty() {
            return Ok(());
        }
        let marks = paragraph_marks(evidence);
        // Whose words the item's text is, said next to the passages it rests on.
        self.prov_label(out, wording_of(item))?;
        out.push(' ');
        if self.document {
            // Open: the document is read without scripts, printed and indexed, and the quotes are the point.
            write!(
                out,
                "<details class=\"bi-evidence\" part=\"evidence\" open><summary class=\"bi-evidence-label\">{} {marks}</summary>",
                self.msg(Msg::Evidence),
            )?;
            citation::quotes(out, self, evidence)?;
            out.push_str("</details>");
            return Ok(());
        }
        // The accessible name starts with the visible text (WCAG 2.5.3, label in name).
        write!(
            out,
            "<button type=\"button\" class=\"bi-cite\" part=\"cite\" data-action=\"cite\" data-item=\"{}\" \
             aria-haspopup=\"dialog\" aria-label=\"{marks}: {} {}\">{marks}</button>",
            esc(item.id()),
            self.msg(Msg::ShowSourceFor),
            esc(&truncate(&full_title(item), 120)),
        )
    }

    /// ` data-provenance="..."`, for an element whose text has that provenance.
    pub fn prov(&self, p: Provenance) -> String {
        format!(" data-provenance=\"{}\"", provenance_slug(p))
    }

    /// A visible label naming a provenance: "The brief's words", "Editor's summary", "Editor's
    /// classification".
    pub fn prov_label(&self, out: &mut String, p: Provenance) -> fmt::Result {
        let msg = match p {
            Provenance::Quote => Msg::ProvQuote,
            Provenance::Paraphrase => Msg::ProvParaphrase,
            Provenance::Classification => Msg::ProvClassification,
        };
        let slug = provenance_slug(p);
        write!(out, "<span class=\"bi-prov bi-prov-{slug}\" data-provenance=\"{slug}\">{}</span>", self.msg(msg))
    }

    /// The compact mark after a value the editor classified (a stance, a kind, a sector, a location): a
    /// symbol for the eye, explained in the overview's legend, and its words for screen readers and as a
    /// tooltip.
    pub fn classified(&self, out: &mut String) -> fmt::Result {
        let label = self.msg(Msg::ProvClassification);
        write!(
            out,
            " <span class=\"bi-prov bi-prov-classification\" data-provenance=\"classification\" title=\"{label}\">\
             <span class=\"bi-prov-symbol\" aria-hidden=\"true\">{CLASSIFIED_SYMBOL}</span>\
             <span class=\"bi-sr-only\">{label}</span></span>"
        )
    }

    /// A date in words (see [`shell::date_html`]) followed, when the editor inferred it, by a visible
    /// "inferred date" label.
    pub fn date(&self, spec: &DateSpec, basis: Option<DateBasis>) -> String {
        let date = shell::date_html(self, spec);
        if basis == Some(DateBasis::Inferred) {
            format!(
                "<span class=\"bi-date-inferred\" data-provenance=\"classification\">{date} \
                 <span class=\"bi-prov bi-prov-inferred\">({})</span></span>",
                self.msg(Msg::ProvInferred)
            )
        } else {
            date
        }
    }

    /// A project sector as readers see it: the brief's `sectors` label for it, else a name from the
    /// slug ([`i18n::sector_label`]).
    pub fn sector_label(&self, slug: &str) -> String {
        match self.b.brief.sectors.iter().find(|s| s.id == slug && !s.label.trim().is_empty()) {
            Some(sector) => sector.label.clone(),
            None => i18n::sector_label(self.lang, slug),
        }
    }

    /// The `lang` attribute of a rendered root, and the brief's own language as `data-brief-lang`: the
    /// root takes the brief's full tag when the labels are in the brief's language (so CSS such as
    /// `:lang(ko)` applies to all of it), else the labels' language.
    pub fn root_lang(&self) -> String {
        let brief_lang = self.b.brief.meta.language.trim();
        let lang = if Lang::known(brief_lang) == Some(self.lang) { brief_lang } else { self.lang.as_str() };
        let mut attrs = format!(" lang=\"{}\"", esc(lang));
        if !brief_lang.is_empty() {
            write!(attrs, " data-brief-lang=\"{}\"", esc(brief_lang)).expect("writing into a String does not fail");
        }
        attrs
    }

    /// A block shown when a view has nothing to show.
    pub fn empty(&self, out: &mut String, m: Msg) -> fmt::Result {
        write!(out, "<p class=\"bi-empty\" part=\"empty\">{}</p>", self.msg(m))
    }
}

/// The symbol marking the editor's classifications (explained in the overview's legend).
pub(crate) const CLASSIFIED_SYMBOL: &str = "◇";

/// Whose words a piece of rendered text is: the brief's (a quote), the editor's paraphrase of the cited
/// text, or the editor's own classification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Provenance {
    Quote,
    Paraphrase,
    Classification,
}

/// Whose words an item's own text (its title, description, summary) is: the editor's paraphrase unless
/// the item declares `"wording": "quote"`.
pub(crate) fn wording_of(item: &Item<'_>) -> Provenance {
    let wording = match item {
        Item::Judgment(x) => x.wording,
        Item::Axis(x) => x.wording,
        Item::Actor(x) => x.wording,
        Item::Relation(x) => x.wording,
        Item::Project(x) => x.wording,
        Item::Indicator(x) => x.wording,
        Item::Observation(_, o) => o.wording,
        Item::Event(x) => x.wording,
        Item::RecommendationArea(_) => None,
        Item::Recommendation(x) => x.wording,
    };
    match wording {
        Some(Wording::Quote) => Provenance::Quote,
        Some(Wording::Paraphrase) | None => Provenance::Paraphrase,
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

/// "¶ 4" or "¶ 4, 7": the paragraphs an item's evidence comes from, in order, each once (nothing to
/// escape).
pub(crate) fn paragraph_marks(evidence: &[Evidence]) -> String {
    let mut paragraphs: Vec<u32> = evidence.iter().map(|e| e.paragraph).collect();
    paragraphs.sort_unstable();
    paragraphs.dedup();
    let listed: Vec<String> = paragraphs.iter().map(u32::to_string).collect();
    format!("¶ {}", listed.join(", "))
}

/// At most `max` characters of `s` (trimmed), with an ellipsis when cut. The cut falls at a word boundary
/// when there is one in the second half, so the visible label is a prefix of whole words of the full
/// name (which screen readers get).
pub(crate) fn truncate(s: &str, max: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= max {
        return s.to_string();
    }
    // The first `max - 1` characters, leaving room for the ellipsis.
    let cut_at = s.char_indices().nth(max.saturating_sub(1)).map_or(s.len(), |(i, _)| i);
    let cut = s.get(..cut_at).unwrap_or(s);
    let kept = match cut.rfind(char::is_whitespace) {
        Some(space) if space > cut.len() / 2 => cut.get(..space).unwrap_or(cut),
        _ => cut,
    };
    format!("{}…", kept.trim_end())
}

/// A number for SVG coordinates: one decimal, no `-0`, never `NaN`.
pub(crate) fn num(v: f64) -> String {
    crate::model::numbers::number_text(v, 1)
}

/// The actor the brief is about: `meta.subject`, else the actor in the most relations (first in document
/// order on a tie), else none. An actor in no relation is never the subject.
pub(crate) fn subject_actor(b: &LoadedBrief) -> Option<&Actor> {
    if let Some(a) = b.brief.meta.subject.as_deref().and_then(|id| b.actor(id)) {
        return Some(a);
    }
    let (mut best, mut most) = (None, 0);
    for a in &b.brief.actors {
        let n = b.brief.relations.iter().filter(|r| r.from == a.id || r.to == a.id).count();
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

/// An optional prose text of `item` (a description, a summary) as a `bi-text` paragraph marked with
/// whose words it is; nothing if blank.
pub(crate) fn text_paragraph(out: &mut String, item: &Item<'_>, text: &Option<String>) -> fmt::Result {
    match non_blank(text) {
        Some(t) => {
            write!(out, "<p class=\"bi-text\" data-provenance=\"{}\">{}</p>", provenance_slug(wording_of(item)), esc(t))
        }
        None => Ok(()),
    }
}

/// The provenance's name in `data-provenance` and class names.
pub(crate) fn provenance_slug(p: Provenance) -> &'static str {
    match p {
        Provenance::Quote => "quote",
        Provenance::Paraphrase => "paraphrase",
        Provenance::Classification => "classification",
    }
}

/// An actor's short name, else its name.
pub(crate) fn actor_short_name(a: &Actor) -> &str {
    non_blank(&a.short_name).unwrap_or(&a.name)
}

/// The actor's name for an actor id, or the id itself when no actor has it.
pub(crate) fn actor_name<'a>(b: &'a LoadedBrief, id: &'a str) -> &'a str {
    b.actor(id).map(|a| a.name.as_str()).unwrap_or(id)
}

/// Texts escaped and joined by `separator` (which is written as is).
pub(crate) fn escaped_join<'a>(texts: impl IntoIterator<Item = &'a str>, separator: &str) -> String {
    let escaped: Vec<String> = texts.into_iter().map(escape_html).collect();
    escaped.join(separator)
}

/// The names of the actors with these ids, comma-separated, escaped.
pub(crate) fn actor_names(b: &LoadedBrief, ids: &[String]) -> String {
    escaped_join(ids.iter().map(|id| actor_name(b, id)), ", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_listed_are_every_view_in_order() {
        let listed: String = View::ALL.iter().map(|v| format!(" {}", v.as_str())).collect();
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
        // As a version built on collected characters.
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
        assert_eq!(paragraph_marks(&[ev(7), ev(4), ev(7)]), "¶ 4, 7");
    }
}
