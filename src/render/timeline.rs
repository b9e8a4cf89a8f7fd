//! Timeline: dated items on a year axis, drawn with the precision the brief gives (a point for a day
//! or month, a bar for a season, half, year or period), and the same items as an ordered list.

use super::i18n::{self, Msg};
use super::shell::date_html;
use super::{esc, full_title, num, text_paragraph, truncate, Ctx, View};
use crate::model::date::Precision;
use crate::query::{Item, TimelineEntry};
use std::fmt::{self, Write};

/// Also written out in the templates below (viewBox width; year labels on y=26, gridlines from y=30), as
/// literal text rather than formatted numbers.
const WIDTH: f64 = 640.0;
const MARGIN: f64 = 16.0;
const FIRST_ROW: f64 = 46.0;
const ROW: f64 = 24.0;

pub(crate) fn render(ctx: &Ctx<'_>, out: &mut String) -> fmt::Result {
    let entries = ctx.b.timeline();
    if entries.is_empty() {
        return ctx.empty(out, Msg::NoEvents);
    }
    chart(ctx, out, &entries)?;
    out.push_str("<ol class=\"bi-events\">");
    for e in &entries {
        write!(
            out,
            "<li class=\"bi-event bi-kind-{}\" part=\"card\"{}><p class=\"bi-event-date\">",
            e.item.kind().as_str(),
            ctx.anchor(&e.item, View::Timeline),
        )?;
        if let Some(spec) = e.item.date() {
            out.push_str(&date_html(ctx, spec));
        }
        write!(
            out,
            " <span class=\"bi-precision\">· {}: {}</span></p><p class=\"bi-event-title\">",
            ctx.msg(Msg::Precision),
            i18n::date_precision_label(ctx.o.lang, &e.date),
        )?;
        if !matches!(e.item, Item::Event(_)) {
            write!(out, "<span class=\"bi-kind\">{}</span> ", esc(i18n::item_kind_label(ctx.o.lang, e.item.kind())))?;
        }
        write!(out, "{}</p>", esc(&full_title(&e.item)))?;
        if let Item::Event(ev) = e.item {
            text_paragraph(out, &ev.description)?;
        }
        ctx.cite(out, &e.item)?;
        out.push_str("</li>");
    }
    out.push_str("</ol>");
    Ok(())
}

fn chart(ctx: &Ctx<'_>, out: &mut String, entries: &[TimelineEntry<'_>]) -> fmt::Result {
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
    let chart_id = ctx.id("timeline-chart");
    write!(
        out,
        "<figure class=\"bi-figure bi-timeline-figure\" part=\"figure\"><svg class=\"bi-chart bi-timeline\" part=\"chart\" \
         viewBox=\"0 0 640 {}\" role=\"img\" aria-labelledby=\"{chart_id}-title {chart_id}-desc\" font-size=\"12\">\
         <title id=\"{chart_id}-title\">{}</title><desc id=\"{chart_id}-desc\">{}</desc><g class=\"bi-chart-axis\">",
        num(height),
        ctx.msg(Msg::TimelineChart),
        ctx.msg(Msg::TimelineChartDesc),
    )?;
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
            let line_x = num(tx);
            write!(
                out,
                "<line class=\"bi-grid\" x1=\"{line_x}\" y1=\"30\" x2=\"{line_x}\" y2=\"{}\" stroke=\"currentColor\" \
                 stroke-opacity=\"0.2\"/>",
                num(height),
            )?;
            // The last tick is the end of the final year, not a year of its own: no label.
            if (year as f64) < to {
                write!(
                    out,
                    "<text class=\"bi-tick-label\" x=\"{}\" y=\"26\" fill=\"currentColor\">{year}</text>",
                    num(tx + 3.0)
                )?;
            }
        }
        year += 1;
    }
    out.push_str("</g><g class=\"bi-marks\">");
    for (i, e) in entries.iter().enumerate() {
        let (a, b) = e.date.year_span();
        let y = FIRST_ROW + i as f64 * ROW;
        let point = !e.date.is_period && matches!(e.date.start.precision, Precision::Day | Precision::Month);
        let (x0, x1) = (x(a), x(b));
        if point {
            write!(
                out,
                "<circle class=\"bi-mark bi-mark-point\" cx=\"{}\" cy=\"{}\" r=\"5\" fill=\"currentColor\"/>",
                num((x0 + x1) / 2.0),
                num(y)
            )?;
        } else {
            write!(
                out,
                "<rect class=\"bi-mark bi-mark-span\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"10\" rx=\"3\" \
                 fill=\"currentColor\" fill-opacity=\"0.35\" stroke=\"currentColor\"/>",
                num(x0),
                num(y - 5.0),
                num((x1 - x0).max(2.0)),
            )?;
        }
        let label = format!("{}. {}", i + 1, truncate(&full_title(&e.item), 44));
        // Right of the mark if the label fits there, else left of it, else over the mark itself, so it
        // stays inside the chart. Width is estimated from the character count (wide for CJK).
        let est: f64 = label.chars().map(|c| if (c as u32) >= 0x1100 { 12.0 } else { 6.6 }).sum();
        let (lx, anchor) = if x1 + 8.0 + est <= WIDTH - 4.0 {
            (x1 + 8.0, "start")
        } else if x0 - 8.0 - est >= 4.0 {
            (x0 - 8.0, "end")
        } else {
            (MARGIN.max(x0 + 4.0).min(WIDTH - 4.0 - est).max(4.0), "start")
        };
        write!(
            out,
            "<text class=\"bi-mark-label\" x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\" fill=\"currentColor\">{}</text>",
            num(lx),
            num(y + 4.0),
            esc(&label),
        )?;
    }
    out.push_str("</g></svg></figure>");
    Ok(())
}
