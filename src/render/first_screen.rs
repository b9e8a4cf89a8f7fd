//! The widget's first screen rendered ahead of time, as a declarative shadow root
//! (`<template shadowrootmode="open">`) for `brief-insights embed` and `site` to put inside
//! `<brief-insights>`.
//!
//! The browser attaches it while it parses the page, so the opening view (or the piece) is on screen,
//! styled, as soon as the page's HTML and the widget's stylesheet have arrived, before any script or Wasm.
//! When the widget starts it adopts this root, keeps the view on screen, and once its module is ready
//! renders the same markup again and makes it interactive.
//!
//! The markup mirrors what the widget's constructor and its first render build (www/brief-insights.js):
//! a `bi-root` container whose `bi-app` holds the shell with the view, or the piece. Until the stylesheet
//! has loaded, the app is `hidden` and the light-DOM fallback shows through the slot; the stylesheet
//! swaps them. Readers without scripting keep the fallback (the whole brief), by `@media (scripting: none)`.

use super::shell::render_shell_showing;
use super::{esc, piece::render_item, LoadedBrief, RenderOptions, View};

/// What the widget opens on: a view of the whole brief, or one item as a piece.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Opening<'a> {
    View(View),
    Item(&'a str),
}

/// The `<template shadowrootmode="open">` element for a `<brief-insights>` opening on `opening`, its
/// stylesheet loaded from `stylesheet_url` (written escaped, as given). `None` for an unknown item id.
/// The search view opens empty, as in the widget.
pub fn render_first_screen(
    b: &LoadedBrief,
    o: &RenderOptions,
    opening: Opening<'_>,
    stylesheet_url: &str,
) -> Option<String> {
    let (content, mode) = match opening {
        Opening::View(view) => (render_shell_showing(b, o, view), ""),
        Opening::Item(id) => (render_item(b, id, o)?, " data-mode=\"piece\""),
    };
    let ui_lang = o.lang.resolve(&b.brief).as_str();
    // The container of the brief's content carries the brief's language (the widget does the same), so
    // `:lang(ko)` rules apply to a Korean brief whatever the labels' language.
    let brief_lang = b.brief.meta.language.trim();
    let content_lang = if brief_lang.is_empty() {
        format!(" lang=\"{ui_lang}\"")
    } else {
        format!(" lang=\"{0}\" data-brief-lang=\"{0}\"", esc(brief_lang))
    };
    Some(format!(
        "<template shadowrootmode=\"open\"><link rel=\"stylesheet\" href=\"{}\">\
         <div class=\"bi-root\" part=\"root\" data-state=\"static\" dir=\"ltr\" lang=\"{ui_lang}\">\
         <div class=\"bi-fallback\" part=\"fallback\"><slot></slot></div>\
         <div class=\"bi-app\" part=\"app\"{content_lang}{mode} data-static hidden>{content}</div>\
         </div></template>",
        esc(stylesheet_url),
    ))
}
