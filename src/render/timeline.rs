//! Timeline: dated items on a year axis, drawn with the precision the brief gives (a point for a day
//! or month, a bar for a season, half, year or period), and the same items as an ordered list.

use super::escape::push_escaped;
use super::i18n::{self, Msg};
use super::shell::push_date_html;
use super::svg::{fill, fill_nums, Arg::*};
use super::{full_title, push_text_paragraph, truncate, Ctx, View};
use crate::date::Precision;
use crate::query::{Item, TimelineEntry};

/// Also written out in the templates below (viewBox width; year labels on y=26, gridlines from y=30), as
/// literal text rather than formatted numbers.
const WIDTH: f64 = 640.0;
const MARGIN: f64 = 16.0;
const FIRST_ROW: f64 = 46.0;
const ROW: f64 = 24.0;

pub(crate) fn render(ctx: &Ctx<'_>, s: &mut String) {
    let entries = ctx.b.timeline();
    if entries.is_empty() {
        ctx.push_empty(s, Msg::NoEvents);
        return;
    }
    chart(ctx, s, &entries);
    s.push_str("<ol class=\"bi-events\">");
    for e in &entries {
        fill(s, "<li class=\"bi-event bi-kind-{}\" part=\"card\"", &[Raw(e.item.kind().as_str())]);
        // The start tag's classes are filled in above; this adds the anchor and closes it.
        ctx.open_item(s, "", &e.item, View::Timeline);
        s.push_str("<p class=\"bi-event-date\">");
        if let Some(spec) = e.item.date() {
            push_date_html(s, ctx, spec);
        }
        fill(s, " <span class=\"bi-precision\">· {}: ", &[ctx.msg(Msg::Precision)]);
        i18n::push_date_precision_label(s, ctx.o.lang, &e.date);
        s.push_str("</span></p><p class=\"bi-event-title\">");
        if !matches!(e.item, Item::Event(_)) {
            fill(s, "<span class=\"bi-kind\">{}</span> ", &[Text(i18n::item_kind_label(ctx.o.lang, e.item.kind()))]);
        }
        push_escaped(s, &full_title(&e.item));
        s.push_str("</p>");
        if let Item::Event(ev) = e.item {
            push_text_paragraph(s, &ev.description);
        }
        ctx.push_cite(s, &e.item);
        s.push_str("</li>");
    }
    s.push_str("</ol>");
}

fn chart(ctx: &Ctx<'_>, s: &mut String, entries: &[TimelineEntry<'_>]) {
    let mut from = f64::INFINITY;
    let mut to = f64::NEG_INFINITY;
    for e in entries {
        let (a, b) = e.date.year_span();
        from = from.min(a);
        to = to.max(b);
    }
    let from = from.floor();
    let to = to.ceil().max(from + 1.0);
    let span = to - from;
    let x = |year: f64| MARGIN + (year - from) / span * (WIDTH - 2.0 * MARGIN);
    let height = FIRST_ROW + entries.len() as f64 * ROW;
    // The title's and description's ids are this plus "-title" and "-desc" (suffixes that need no
    // escaping): one id built, not two, as in the partner network.
    let chart_id = ctx.id("timeline-chart");
    fill(
        s,
        "<figure class=\"bi-figure bi-timeline-figure\" part=\"figure\"><svg class=\"bi-chart bi-timeline\" part=\"chart\" viewBox=\"0 0 640 {}\" role=\"img\" aria-labelledby=\"{}-title {}-desc\" font-size=\"12\"><title id=\"{}-title\">{}</title><desc id=\"{}-desc\">{}</desc><g class=\"bi-chart-axis\">",
        &[
            Num(height),
            Raw(&chart_id),
            Raw(&chart_id),
            Raw(&chart_id),
            ctx.msg(Msg::TimelineChart),
            Raw(&chart_id),
            ctx.msg(Msg::TimelineChartDesc),
        ],
    );
    let step = match span as i64 {
        0..=12 => 1,
        13..=24 => 2,
        25..=60 => 5,
        61..=200 => 10,
        _ => 50,
    };
    let mut year = from as i64;
    while year as f64 <= to {
        if year % step == 0 {
            let tx = x(year as f64);
            fill_nums(
                s,
                "<line class=\"bi-grid\" x1=\"{}\" y1=\"30\" x2=\"{}\" y2=\"{}\" stroke=\"currentColor\" stroke-opacity=\"0.2\"/>",
                &[tx, tx, height],
            );
            // The last tick is the end of the final year, not a year of its own: no label.
            if (year as f64) < to {
                fill_nums(
                    s,
                    "<text class=\"bi-tick-label\" x=\"{}\" y=\"26\" fill=\"currentColor\">{}</text>",
                    &[tx + 3.0, year as f64],
                );
            }
        }
        year += 1;
    }
    s.push_str("</g><g class=\"bi-marks\">");
    for (i, e) in entries.iter().enumerate() {
        let (a, b) = e.date.year_span();
        let y = FIRST_ROW + i as f64 * ROW;
        let point = !e.date.is_period && matches!(e.date.start.precision, Precision::Day | Precision::Month);
        let (x0, x1) = (x(a), x(b));
        if point {
            fill_nums(
                s,
                "<circle class=\"bi-mark bi-mark-point\" cx=\"{}\" cy=\"{}\" r=\"5\" fill=\"currentColor\"/>",
                &[(x0 + x1) / 2.0, y],
            );
        } else {
            fill_nums(
                s,
                "<rect class=\"bi-mark bi-mark-span\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"10\" rx=\"3\" fill=\"currentColor\" fill-opacity=\"0.35\" stroke=\"currentColor\"/>",
                &[x0, y - 5.0, (x1 - x0).max(2.0)],
            );
        }
        let mut label = crate::json::number_text((i + 1) as f64, 0);
        label.push_str(". ");
        label.push_str(&truncate(&full_title(&e.item), 44));
        // Right of the mark if the label fits there, else left of it, else over the mark itself, so it
        // stays inside the chart. Width is estimated from the character count (wide for CJK).
        let mut est = 0.0;
        for c in label.chars() {
            est += if (c as u32) >= 0x1100 { 12.0 } else { 6.6 };
        }
        let (lx, anchor) = if x1 + 8.0 + est <= WIDTH - 4.0 {
            (x1 + 8.0, "start")
        } else if x0 - 8.0 - est >= 4.0 {
            (x0 - 8.0, "end")
        } else {
            (MARGIN.max(x0 + 4.0).min(WIDTH - 4.0 - est).max(4.0), "start")
        };
        fill(
            s,
            "<text class=\"bi-mark-label\" x=\"{}\" y=\"{}\" text-anchor=\"{}\" fill=\"currentColor\">{}</text>",
            &[Num(lx), Num(y + 4.0), Raw(anchor), Text(&label)],
        );
    }
    s.push_str("</g></svg></figure>");
}
