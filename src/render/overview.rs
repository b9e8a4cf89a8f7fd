//! Overview: what the brief is, who wrote it, its key judgments and the policy axes it argues along.

use super::escape::push_escaped;
use super::i18n::{self, Msg};
use super::shell::push_date_html;
use super::svg::{fill, Arg::Text};
use super::{non_blank, push_text_paragraph, Ctx, View};
use crate::query::Item;

pub(crate) fn render(ctx: &Ctx<'_>, s: &mut String) {
    let b = &ctx.b.brief;
    let meta = &b.meta;

    // The static document already has the title in its own header.
    if !ctx.document {
        fill(s, "<p class=\"bi-overview-title\" part=\"title\">{}</p>", &[Text(&meta.title)]);
    }
    fill(
        s,
        "<dl class=\"bi-meta\" part=\"meta\"><dt>{}</dt><dd>{} {}, {} · ",
        &[ctx.msg(Msg::Published), Text(&meta.series), Text(&meta.number), Text(&meta.publisher)],
    );
    push_date_html(s, ctx, &meta.date);
    fill(s, "</dd><dt>{}</dt>", &[ctx.msg(Msg::Authors)]);
    for a in &meta.authors {
        fill(s, "<dd class=\"bi-author\"><span class=\"bi-author-name\">{}</span>", &[Text(&a.name)]);
        // Role and affiliation, whichever are given, comma-separated in one span. Two plain ifs: an array
        // of both walked by `flatten` was iterator code of its own.
        let role = non_blank(&a.role);
        let affiliation = non_blank(&a.affiliation);
        if role.is_some() || affiliation.is_some() {
            s.push_str(", <span class=\"bi-author-role\">");
            if let Some(role) = role {
                push_escaped(s, role);
                if affiliation.is_some() {
                    s.push_str(", ");
                }
            }
            if let Some(affiliation) = affiliation {
                push_escaped(s, affiliation);
            }
            s.push_str("</span>");
        }
        s.push_str("</dd>");
    }
    s.push_str("</dl>");

    if let Some(summary) = non_blank(&meta.summary) {
        ctx.push_subtitle_msg(s, Msg::Summary);
        fill(s, "<p class=\"bi-summary\" part=\"summary\">{}</p>", &[Text(summary)]);
    }

    ctx.push_subtitle_msg(s, Msg::KeyJudgments);
    if b.key_judgments.is_empty() {
        ctx.push_empty(s, Msg::NoJudgments);
    } else {
        s.push_str("<ol class=\"bi-judgments\">");
        for j in &b.key_judgments {
            let item = Item::Judgment(j);
            ctx.open_item(s, "<li class=\"bi-judgment\" part=\"card\"", &item, View::Overview);
            s.push_str("<p class=\"bi-text\">");
            push_escaped(s, &j.text);
            s.push_str("</p>");
            ctx.push_cite(s, &item);
            s.push_str("</li>");
        }
        s.push_str("</ol>");
    }

    ctx.push_subtitle_msg(s, Msg::PolicyAxes);
    if b.axes.is_empty() {
        ctx.push_empty(s, Msg::NoAxes);
    } else {
        s.push_str("<ul class=\"bi-axes\">");
        for a in &b.axes {
            let item = Item::Axis(a);
            // items_by_axis includes the axis itself. A plain loop: `filter().count()` was a fold instance.
            let mut count = 0;
            for i in &ctx.b.items_by_axis(&a.id) {
                if i.id() != a.id {
                    count += 1;
                }
            }
            ctx.open_item(s, "<li class=\"bi-axis\" part=\"card\"", &item, View::Overview);
            ctx.push_heading(s, 2, "bi-axis-label", &a.label);
            push_text_paragraph(s, &a.summary);
            s.push_str("<p class=\"bi-count\">");
            i18n::push_count_items(s, ctx.o.lang, count);
            s.push_str("</p>");
            ctx.push_cite(s, &item);
            s.push_str("</li>");
        }
        s.push_str("</ul>");
    }
}
