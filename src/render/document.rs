//! The static document: every view's insights with their quotes inline, for readers without JavaScript,
//! for print and for search engines, followed by the brief's JSON-LD.

use super::i18n::Msg;
use super::{citation, html, render_jsonld, shell, Ctx, LoadedBrief, RenderOptions, View};
use std::fmt::Write;

/// An `<article>` holding the brief's header, every view but search (which needs JavaScript), and
/// JSON-LD. Every item and every quote is in it; ids are prefixed with `o.id_prefix` and unique.
pub fn render_document(b: &LoadedBrief, o: &RenderOptions) -> String {
    let ctx = Ctx::new(b, o, true);
    html(|out| {
        write!(out, "<article class=\"bi-document\" part=\"document\"{}>", ctx.root_lang())?;
        shell::header(out, &ctx)?;
        for view in View::ALL.into_iter().filter(|&v| v != View::Search) {
            ctx.view(out, view)?;
        }
        write!(
            out,
            "<footer class=\"bi-doc-footer\" part=\"footer\"><p class=\"bi-attribution\">{} {}</p></footer>{}</article>",
            ctx.msg(Msg::QuotesFrom),
            citation::attribution(&ctx),
            render_jsonld(b),
        )
    })
}
