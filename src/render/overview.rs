//! Overview: what the brief is, who wrote it, its key judgments and the policy axes it argues along.

use super::i18n::{self, Msg};
use super::shell::date_html;
use super::{esc, non_blank, text_paragraph, Ctx, View};
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

    if let Some(summary) = non_blank(&meta.summary) {
        ctx.subtitle(out, ctx.t(Msg::Summary))?;
        write!(out, "<p class=\"bi-summary\" part=\"summary\">{}</p>", esc(summary))?;
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
                "<li class=\"bi-judgment\" part=\"card\"{}><p class=\"bi-text\">{}</p>",
                ctx.anchor(&item, View::Overview),
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
            text_paragraph(out, &a.summary)?;
            write!(out, "<p class=\"bi-count\">{}</p>", i18n::count_items(ctx.o.lang, count))?;
            ctx.cite(out, &item)?;
            out.push_str("</li>");
        }
        out.push_str("</ul>");
    }
    Ok(())
}
