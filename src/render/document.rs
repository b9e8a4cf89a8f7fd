//! The static document: every view's insights with their quotes inline, for readers without JavaScript,
//! for print and for search engines, followed by the brief's JSON-LD.

use super::{render_jsonld, render_view_in, shell, Ctx, LoadedBrief, RenderOptions, View};

/// An `<article>` holding the brief's header, every view but search (which needs JavaScript), and
/// JSON-LD. Every item and every quote is in it; ids are prefixed with `o.id_prefix` and unique.
pub fn render_document(b: &LoadedBrief, o: &RenderOptions) -> String {
    let ctx = Ctx { b, o, document: true };
    let mut s = String::from("<article class=\"bi-document\" part=\"document\" lang=\"");
    s.push_str(ctx.o.lang.as_str());
    s.push_str("\">");
    shell::push_header(&mut s, &ctx);
    // Every view but search, which `render_view_in` leaves out.
    for &view in &View::ALL {
        render_view_in(&ctx, &mut s, view);
    }
    s.push_str("<footer class=\"bi-doc-footer\" part=\"footer\"><p class=\"bi-attribution\">");
    ctx.push_msg(&mut s, super::i18n::Msg::QuotesFrom);
    s.push(' ');
    super::citation::push_attribution(&mut s, &ctx);
    s.push_str("</p></footer>");
    s.push_str(&render_jsonld(b));
    s.push_str("</article>");
    s
}
