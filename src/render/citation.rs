//! The source of an item: each evidence quote with its paragraph, attribution and, when the brief's
//! URL is known, a link that opens the original page scrolled to the quote (URL text fragment).

use super::escape::{quote_fragment, source_page};
use super::i18n::{self, item_kind_label, Msg};
use super::{esc, full_title, html, non_blank, Ctx, LoadedBrief, RenderOptions};
use crate::model::Evidence;
use std::fmt::{self, Write};

/// Body of the citation dialog for item `id`; `None` if the brief has no such item.
pub fn render_citation(b: &LoadedBrief, id: &str, o: &RenderOptions) -> Option<String> {
    let ctx = Ctx { b, o, document: false };
    let item = b.item(id)?;
    Some(html(|out| {
        write!(
            out,
            "<div class=\"bi-citation\" part=\"citation\"><p class=\"bi-citation-item\"><span class=\"bi-kind\">{}</span> \
             <span class=\"bi-citation-title\">{}</span></p>",
            esc(item_kind_label(o.lang, item.kind())),
            esc(&full_title(&item)),
        )?;
        quotes(out, &ctx, item.evidence())?;
        out.push_str("</div>");
        Ok(())
    }))
}

/// Each quote as a `<figure>`: the `<blockquote>` and a caption with paragraph, attribution and link.
pub(crate) fn quotes(out: &mut String, ctx: &Ctx<'_>, evidence: &[Evidence]) -> fmt::Result {
    let page = ctx.b.brief.meta.source_url.as_deref().and_then(source_page);
    for ev in evidence {
        out.push_str("<figure class=\"bi-quote\" part=\"quote\"><blockquote class=\"bi-quote-text\"");
        if let Some(url) = page {
            write!(out, " cite=\"{}\"", esc(url))?;
        }
        write!(
            out,
            "><p>{}</p></blockquote><figcaption class=\"bi-quote-source\"><span class=\"bi-paragraph\">{}</span>",
            esc(&ev.quote),
            i18n::paragraph_label(ctx.o.lang, ev.paragraph),
        )?;
        // The static document states the attribution once, at its end, rather than after every quote.
        if !ctx.document {
            write!(out, " · {}", attribution(ctx))?;
        }
        if let Some(url) = page {
            // The fragment holds only characters that need no escaping.
            write!(
                out,
                " <a class=\"bi-source-link\" part=\"source-link\" href=\"{}{}\" rel=\"noopener noreferrer\" target=\"_blank\">{}</a>",
                esc(url),
                quote_fragment(&ev.quote),
                ctx.msg(Msg::OpenInSource),
            )?;
        }
        out.push_str("</figcaption></figure>");
    }
    Ok(())
}

/// The title, series and number, publisher and rights line of the brief the quotes come from.
pub(crate) fn attribution(ctx: &Ctx<'_>) -> String {
    let meta = &ctx.b.brief.meta;
    html(|out| {
        write!(out, "<cite>{}</cite>, {} {}", esc(&meta.title), esc(&meta.series), esc(&meta.number),)?;
        if let Some(publisher) = &meta.publisher {
            write!(out, " ({})", esc(publisher))?;
        }
        match non_blank(&meta.rights) {
            Some(rights) => write!(out, " <span class=\"bi-rights\">{}</span>", esc(rights)),
            None => Ok(()),
        }
    })
}
