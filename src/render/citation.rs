//! The source of an item: each evidence quote with its paragraph, attribution and, when the brief's
//! URL is known, a link that opens the original page scrolled to the quote (URL text fragment).

use super::escape::{quote_fragment, source_page};
use super::i18n::{self, item_kind_label, Msg};
use super::{esc, full_title, html, non_blank, wording_of, Ctx, Lang, LoadedBrief, RenderOptions};
use crate::model::Evidence;
use std::fmt::{self, Write};

/// Body of the citation dialog for item `id`; `None` if the brief has no such item.
pub fn render_citation(b: &LoadedBrief, id: &str, o: &RenderOptions) -> Option<String> {
    let ctx = Ctx::new(b, o, false);
    let item = b.item(id)?;
    Some(html(|out| {
        let wording = wording_of(&item);
        write!(
            out,
            "<div class=\"bi-citation\" part=\"citation\"{}><p class=\"bi-citation-item\"><span class=\"bi-kind\">{}</span> \
             <span class=\"bi-citation-title\"{}>{}</span> ",
            ctx.root_lang(),
            esc(item_kind_label(ctx.lang, item.kind())),
            ctx.prov(wording),
            esc(&full_title(&item)),
        )?;
        // The item's words are the editor's (unless quoted); what follows is the brief's.
        ctx.prov_label(out, wording)?;
        out.push_str("</p>");
        quotes(out, &ctx, item.evidence())?;
        out.push_str("</div>");
        Ok(())
    }))
}

/// Each quote as a `<figure>`: the `<blockquote>` and a caption with paragraph, attribution and link.
pub(crate) fn quotes(out: &mut String, ctx: &Ctx<'_>, evidence: &[Evidence]) -> fmt::Result {
    let source = ctx.b.brief.meta.source_url.as_deref().and_then(source_page);
    let page = source.as_deref();
    let brief_lang = ctx.b.brief.meta.language.trim();
    for ev in evidence {
        out.push_str(
            "<figure class=\"bi-quote\" part=\"quote\" data-provenance=\"quote\"><blockquote class=\"bi-quote-text\"",
        );
        if let Some(url) = page {
            write!(out, " cite=\"{}\"", esc(url))?;
        }
        // Labelled in another language than the brief's, the quote says which language it is in.
        if !brief_lang.is_empty() && Lang::known(brief_lang) != Some(ctx.lang) {
            write!(out, " lang=\"{}\"", esc(brief_lang))?;
        }
        write!(
            out,
            "><p>{}</p></blockquote><figcaption class=\"bi-quote-source\"><span class=\"bi-paragraph\">{}</span>",
            esc(&ev.quote),
            i18n::paragraph_label(ctx.lang, ev.paragraph),
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
