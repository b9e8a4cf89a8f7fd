//! Overview: what the brief is, who wrote it, its key judgments and the policy axes it argues along.

use super::i18n::{self, Msg};
use super::shell::date_html;
use super::{esc, non_blank, text_paragraph, wording_of, Ctx, Provenance, View, CLASSIFIED_SYMBOL};
use crate::query::Item;
use std::fmt::{self, Write};

pub(crate) fn render(ctx: &Ctx<'_>, out: &mut String) -> fmt::Result {
    let b = &ctx.b.brief;
    let meta = &b.meta;

    // The static document already has the title in its own header.
    if !ctx.document {
        write!(out, "<p class=\"bi-overview-title\" part=\"title\">{}</p>", esc(&meta.title))?;
    }
    write!(
        out,
        "<dl class=\"bi-meta\" part=\"meta\"><dt>{}</dt><dd>{} {}, {}{}</dd><dt>{}</dt>",
        ctx.msg(Msg::Published),
        esc(&meta.series),
        esc(&meta.number),
        match &meta.publisher {
            Some(publisher) => format!("{} · ", esc(publisher)),
            None => String::new(),
        },
        date_html(ctx, &meta.date),
        ctx.msg(Msg::Authors),
    )?;
    for a in &meta.authors {
        write!(out, "<dd class=\"bi-author\"><span class=\"bi-author-name\">{}</span>", esc(&a.name))?;
        // Role and affiliation, whichever are given, comma-separated in one span.
        let details: Vec<&str> = [non_blank(&a.role), non_blank(&a.affiliation)].into_iter().flatten().collect();
        if !details.is_empty() {
            write!(out, ", <span class=\"bi-author-role\">{}</span>", esc(&details.join(", ")))?;
        }
        out.push_str("</dd>");
    }
    out.push_str("</dl>");

    provenance_legend(ctx, out)?;

    // The summary is the editor's description of the brief, not the brief's abstract.
    if let Some(summary) = non_blank(&meta.summary) {
        ctx.subtitle(out, ctx.t(Msg::Summary))?;
        write!(out, "<p class=\"bi-summary\" part=\"summary\"{}>{} ", ctx.prov(Provenance::Paraphrase), esc(summary))?;
        ctx.prov_label(out, Provenance::Paraphrase)?;
        out.push_str("</p>");
    }

    ctx.subtitle(out, ctx.t(Msg::KeyJudgments))?;
    if b.key_judgments.is_empty() {
        ctx.empty(out, Msg::NoJudgments)?;
    } else {
        out.push_str("<ol class=\"bi-judgments\">");
        for j in &b.key_judgments {
            let item = Item::Judgment(j);
            write!(
                out,
                "<li class=\"bi-judgment\" part=\"card\"{}><p class=\"bi-text\"{}>{}</p>",
                ctx.anchor(&item, View::Overview),
                ctx.prov(wording_of(&item)),
                esc(&j.text)
            )?;
            ctx.cite(out, &item)?;
            out.push_str("</li>");
        }
        out.push_str("</ol>");
    }

    ctx.subtitle(out, ctx.t(Msg::PolicyAxes))?;
    if b.axes.is_empty() {
        ctx.empty(out, Msg::NoAxes)?;
    } else {
        out.push_str("<ul class=\"bi-axes\">");
        for a in &b.axes {
            let item = Item::Axis(a);
            // `items_by_axis` includes the axis itself.
            let count = ctx.b.items_by_axis(&a.id).iter().filter(|i| i.id() != a.id).count();
            write!(out, "<li class=\"bi-axis\" part=\"card\"{}>", ctx.anchor(&item, View::Overview))?;
            ctx.heading(out, 2, "bi-axis-label", &a.label)?;
            text_paragraph(out, &item, &a.summary)?;
            // Which items carry an axis is the editor's tagging.
            write!(
                out,
                "<p class=\"bi-count\"{}>{}",
                ctx.prov(Provenance::Classification),
                i18n::count_items(ctx.lang, count)
            )?;
            ctx.classified(out)?;
            out.push_str("</p>");
            ctx.cite(out, &item)?;
            out.push_str("</li>");
        }
        out.push_str("</ul>");
    }
    Ok(())
}

/// How to read the marks: what is the brief's, what is the editor's summary, what the editor classified,
/// and which dates the editor inferred.
fn provenance_legend(ctx: &Ctx<'_>, out: &mut String) -> fmt::Result {
    write!(
        out,
        "<aside class=\"bi-provenance-legend\" part=\"legend\"><p class=\"bi-legend-title\">{}</p><ul class=\"bi-provenance-list\">\
         <li data-provenance=\"quote\">{}</li><li data-provenance=\"paraphrase\">",
        ctx.msg(Msg::ProvenanceTitle),
        ctx.msg(Msg::ProvLegendQuote),
    )?;
    ctx.prov_label(out, Provenance::Paraphrase)?;
    write!(
        out,
        ": {}</li><li data-provenance=\"classification\"><span class=\"bi-prov bi-prov-classification\">\
         <span class=\"bi-prov-symbol\" aria-hidden=\"true\">{CLASSIFIED_SYMBOL}</span> {}</span>: {}</li>\
         <li data-provenance=\"classification\"><span class=\"bi-prov bi-prov-inferred\">({})</span>: {}</li></ul></aside>",
        ctx.msg(Msg::ProvLegendParaphrase),
        ctx.msg(Msg::ProvClassification),
        ctx.msg(Msg::ProvLegendClassification),
        ctx.msg(Msg::ProvInferred),
        ctx.msg(Msg::ProvLegendInferred),
    )
}
