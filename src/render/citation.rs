//! The source of an item: each evidence quote with its paragraph, attribution and, when the brief's
//! URL is known, a link that opens the original page scrolled to the quote (URL text fragment).

use super::escape::{push_escaped, push_quote_fragment, source_page};
use super::i18n::{self, item_kind_label, Msg};
use super::{non_blank, Ctx, LoadedBrief, RenderOptions};
use crate::model::Evidence;

/// Body of the citation dialog for item `id`; `None` if the brief has no such item.
pub fn render_citation(b: &LoadedBrief, id: &str, o: &RenderOptions) -> Option<String> {
    let ctx = Ctx { b, o, document: false };
    let item = b.item(id)?;
    let mut s = String::from(
        "<div class=\"bi-citation\" part=\"citation\"><p class=\"bi-citation-item\"><span class=\"bi-kind\">",
    );
    push_escaped(&mut s, item_kind_label(ctx.o.lang, item.kind()));
    s.push_str("</span> <span class=\"bi-citation-title\">");
    push_escaped(&mut s, &super::full_title(&item));
    s.push_str("</span></p>");
    push_quotes(&mut s, &ctx, item.evidence());
    s.push_str("</div>");
    Some(s)
}

/// Appends each quote as a `<figure>`: the `<blockquote>` and a caption with paragraph, attribution and link.
pub(crate) fn push_quotes(s: &mut String, ctx: &Ctx<'_>, evidence: &[Evidence]) {
    let meta = &ctx.b.brief.meta;
    // The page is checked once; each link is it plus the quote's fragment, escaped in parts (the
    // fragment needs no escaping), so no link is built as a string of its own.
    let page = meta.source_url.as_deref().and_then(source_page);
    for ev in evidence {
        s.push_str("<figure class=\"bi-quote\" part=\"quote\"><blockquote class=\"bi-quote-text\"");
        if let Some(url) = page {
            s.push_str(" cite=\"");
            push_escaped(s, url);
            s.push('"');
        }
        s.push_str("><p>");
        push_escaped(s, &ev.quote);
        s.push_str("</p></blockquote><figcaption class=\"bi-quote-source\"><span class=\"bi-paragraph\">");
        i18n::push_paragraph_label(s, ctx.o.lang, ev.paragraph);
        s.push_str("</span>");
        // The static document states the attribution once, at its end, rather than after every quote.
        if !ctx.document {
            s.push_str(" · ");
            push_attribution(s, ctx);
        }
        if let Some(url) = page {
            s.push_str(" <a class=\"bi-source-link\" part=\"source-link\" href=\"");
            push_escaped(s, url);
            push_quote_fragment(s, &ev.quote);
            s.push_str("\" rel=\"noopener noreferrer\" target=\"_blank\">");
            ctx.push_msg(s, Msg::OpenInSource);
            s.push_str("</a>");
        }
        s.push_str("</figcaption></figure>");
    }
}

/// Appends the title, series and number, publisher and rights line of the brief the quotes come from.
pub(crate) fn push_attribution(s: &mut String, ctx: &Ctx<'_>) {
    let meta = &ctx.b.brief.meta;
    s.push_str("<cite>");
    push_escaped(s, &meta.title);
    s.push_str("</cite>, ");
    push_escaped(s, &meta.series);
    s.push(' ');
    push_escaped(s, &meta.number);
    s.push_str(" (");
    push_escaped(s, &meta.publisher);
    s.push(')');
    if let Some(rights) = non_blank(&meta.rights) {
        s.push_str(" <span class=\"bi-rights\">");
        push_escaped(s, rights);
        s.push_str("</span>");
    }
}
