//! Timeline: dated items on a year axis, drawn with the precision the brief gives (a point for a day
//! or month, a bar for a season, half, year or period; hollow and dashed for what is planned, targeted
//! or forecast), the same items as an ordered list, and the events the brief gives no date under
//! "Undated".

use super::bounds::text_width;
use super::i18n::{self, Msg};
use super::{esc, full_title, num, text_paragraph, truncate, wording_of, Ctx, View};
use crate::model::date::{self, Precision};
use crate::model::{DateBasis, Event, Status};
use crate::query::{Item, TimelineEntry};
use std::fmt::{self, Write};

/// The chart's width in the timeline view; year labels on y=26 and gridlines from y=30 are written out in
/// the templates below as literal text rather than formatted numbers.
const VIEW_WIDTH: f64 = 640.0;
/// A piece's short timeline (a handful of rows) is narrower, so it keeps a legible size in an article
/// column instead of scrolling sideways.
const PIECE_WIDTH: f64 = 440.0;
const MARGIN: f64 = 16.0;
const FIRST_ROW: f64 = 46.0;
const ROW: f64 = 24.0;

pub(crate) fn render(ctx: &Ctx<'_>, out: &mut String) -> fmt::Result {
    let entries = ctx.b.timeline();
    let undated: Vec<&Event> = ctx.b.brief.events.iter().filter(|e| e.date.is_none()).collect();
    if entries.is_empty() && undated.is_empty() {
        return ctx.empty(out, Msg::NoEvents);
    }
    if !entries.is_empty() {
        chart(ctx, out, &entries, None)?;
        out.push_str("<ol class=\"bi-events\">");
        for e in &entries {
            entry(ctx, out, &e.item, Some(&e.date))?;
        }
        out.push_str("</ol>");
    }
    if !undated.is_empty() {
        write!(out, "<section class=\"bi-undated\" part=\"group\">")?;
        ctx.subtitle(out, ctx.t(Msg::Undated))?;
        write!(
            out,
            "<p class=\"bi-note\">{}</p><ul class=\"bi-events bi-events-undated\">",
            ctx.msg(Msg::UndatedNote)
        )?;
        for ev in undated {
            entry(ctx, out, &Item::Event(ev), None)?;
        }
        out.push_str("</ul></section>");
    }
    Ok(())
}

/// What an item on the timeline is when it is not something that happened: a plan, a target, a forecast.
fn status_of(item: &Item<'_>) -> Option<Status> {
    let status = match item {
        Item::Event(e) => e.status,
        Item::Observation(_, o) => o.status,
        _ => None,
    };
    status.filter(|&s| s != Status::Actual)
}

/// Whether the editor inferred the item's date.
fn basis_of(item: &Item<'_>) -> Option<DateBasis> {
    match item {
        Item::Event(e) => e.date_basis,
        Item::Project(p) => p.date_basis,
        Item::Observation(_, o) => o.date_basis,
        _ => None,
    }
}

/// One item of the list: its date (with precision) or none, its status, title, description and source.
fn entry(ctx: &Ctx<'_>, out: &mut String, item: &Item<'_>, date: Option<&date::ParsedDate>) -> fmt::Result {
    let status = status_of(item);
    let status_class = status.map(|s| format!(" bi-status-{}", i18n::status_slug(s))).unwrap_or_default();
    write!(
        out,
        "<li class=\"bi-event bi-kind-{}{status_class}\" part=\"card\"{}><p class=\"bi-event-date\">",
        item.kind().as_str(),
        ctx.anchor(item, View::Timeline),
    )?;
    if let Some(spec) = item.date() {
        out.push_str(&ctx.date(spec, basis_of(item)));
    }
    if let Some(d) = date {
        write!(
            out,
            " <span class=\"bi-precision\">· {}: {}</span>",
            ctx.msg(Msg::Precision),
            i18n::date_precision_label(ctx.lang, d),
        )?;
    }
    if let Some(s) = status {
        write!(
            out,
            " <span class=\"bi-status bi-status-{}\">{}</span>",
            i18n::status_slug(s),
            esc(i18n::status_label(ctx.lang, s))
        )?;
    }
    write!(out, "</p><p class=\"bi-event-title\"{}>", ctx.prov(wording_of(item)))?;
    if !matches!(item, Item::Event(_)) {
        write!(out, "<span class=\"bi-kind\">{}</span> ", esc(i18n::item_kind_label(ctx.lang, item.kind())))?;
    }
    write!(out, "{}</p>", esc(&full_title(item)))?;
    if let Item::Event(ev) = item {
        text_paragraph(out, item, &ev.description)?;
    }
    ctx.cite(out, item)?;
    out.push_str("</li>");
    Ok(())
}

/// Years between labelled ticks on an axis `span` years long: at most 20 labels (each about 30 units
/// wide on a 640-unit axis), so they never overlap, whether the brief covers a year or the whole range
/// its dates allow (0000 to 9999).
fn tick_step(span: f64) -> i64 {
    match span as i64 {
        0..=12 => 1,
        13..=24 => 2,
        25..=60 => 5,
        61..=200 => 10,
        // A history, or the whole range of the format: the first round step giving 20 ticks or fewer.
        _ => {
            [50, 100, 200, 500, 1000, 2000, 5000].into_iter().find(|&step| span / step as f64 <= 20.0).unwrap_or(10_000)
        }
    }
}

/// The chart of `entries`; the entry of item `current` (a piece's event) drawn stronger and named
/// as the one the piece is about.
pub(crate) fn chart(
    ctx: &Ctx<'_>,
    out: &mut String,
    entries: &[TimelineEntry<'_>],
    current: Option<&str>,
) -> fmt::Result {
    let mut from = f64::INFINITY;
    let mut to = f64::NEG_INFINITY;
    for e in entries {
        let (a, b) = e.date.year_span();
        from = from.min(a);
        to = to.max(b);
    }
    // The year of the last day drawn (year_span ends a day after it), named in the chart's title.
    let last_year = (to - 1.0 / 365.25).floor() as i64;
    let width = if current.is_some() { PIECE_WIDTH } else { VIEW_WIDTH };
    let from = from.floor();
    let first_year = from as i64;
    let to = to.ceil().max(from + 1.0);
    let span = to - from;
    let x = |year: f64| MARGIN + (year - from) / span * (width - 2.0 * MARGIN);
    let height = FIRST_ROW + entries.len() as f64 * ROW;
    let chart_id = ctx.id("timeline-chart");
    let mut desc = ctx.msg(Msg::TimelineChartDesc).to_string();
    if entries.iter().any(|e| status_of(&e.item).is_some()) {
        write!(desc, " {}", ctx.msg(Msg::StatusNote))?;
    }
    write!(
        out,
        "<figure class=\"bi-figure bi-timeline-figure\" part=\"figure\" data-export=\"timeline\"><svg class=\"bi-chart bi-timeline\" part=\"chart\" \
         viewBox=\"0 0 {} {}\" role=\"img\" aria-labelledby=\"{chart_id}-title {chart_id}-desc\" font-size=\"12\">\
         <title id=\"{chart_id}-title\">{}: {first_year}",
        num(width),
        num(height),
        ctx.msg(Msg::TimelineChart),
    )?;
    // The title names the years the chart covers, so a screen reader says what it shows, not only
    // "Timeline chart".
    if last_year > first_year {
        write!(out, "–{last_year}")?;
    }
    write!(out, "</title><desc id=\"{chart_id}-desc\">{desc}</desc><g class=\"bi-chart-axis\">")?;
    let step = tick_step(span);
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
            // A label reads rightwards from its gridline, unless that would run past the chart's right edge
            // (a chart ending a year after a labelled tick, e.g. 1950 to the end of 2040): then it ends there.
            if (year as f64) < to {
                let (label_x, anchor) = if tx + 3.0 + text_width(&year.to_string(), 12.0) <= width {
                    (tx + 3.0, "start")
                } else {
                    (tx - 3.0, "end")
                };
                write!(
                    out,
                    "<text class=\"bi-tick-label\" x=\"{}\" y=\"26\" text-anchor=\"{anchor}\" fill=\"currentColor\">{year}</text>",
                    num(label_x)
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
        // What did not (yet) happen is drawn hollow with a dashed outline, and says what it is.
        let status = status_of(&e.item);
        let is_current = current == Some(e.item.id());
        let (status_class, paint, status_note) = match status {
            Some(s) => (
                format!(" bi-status-{}", i18n::status_slug(s)),
                "fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\" stroke-dasharray=\"3 2\"",
                format!(" ({})", i18n::status_label(ctx.lang, s)),
            ),
            None => (String::new(), "", String::new()),
        };
        let current_class = if is_current { " bi-mark-current" } else { "" };
        if point {
            let paint = if status.is_some() { paint } else { "fill=\"currentColor\"" };
            write!(
                out,
                "<circle class=\"bi-mark bi-mark-point{status_class}{current_class}\" cx=\"{}\" cy=\"{}\" r=\"{}\" {paint}/>",
                num((x0 + x1) / 2.0),
                num(y),
                if is_current { "7" } else { "5" },
            )?;
        } else {
            let paint = if status.is_some() {
                paint
            } else {
                "fill=\"currentColor\" fill-opacity=\"0.35\" stroke=\"currentColor\""
            };
            write!(
                out,
                "<rect class=\"bi-mark bi-mark-span{status_class}{current_class}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"10\" rx=\"3\" \
                 {paint}/>",
                num(x0),
                num(y - 5.0),
                num((x1 - x0).max(2.0)),
            )?;
        }
        // Right of the mark if the label fits there, else left of it, so it stays inside the chart and
        // beside its mark. Width is estimated from the characters (wide for Hangul and CJK). A title that
        // fits on neither side (a mark mid-chart, Korean in a piece's narrower chart) is shortened until
        // it does; only a label already cut to a few characters is laid over the mark, inside the chart.
        let mut chars = 44;
        let (label, lx, anchor) = loop {
            let label = format!("{}. {}{status_note}", i + 1, truncate(&full_title(&e.item), chars));
            let est = text_width(&label, 12.0);
            if x1 + 8.0 + est <= width - 4.0 {
                break (label, x1 + 8.0, "start");
            }
            if x0 - 8.0 - est >= 4.0 {
                break (label, x0 - 8.0, "end");
            }
            if chars <= 8 {
                break (label, MARGIN.max(x0 + 4.0).min(width - 4.0 - est).max(4.0), "start");
            }
            chars -= 4;
        };
        write!(
            out,
            "<text class=\"bi-mark-label{current_class}\" x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\" fill=\"currentColor\"{}>{}</text>",
            num(lx),
            num(y + 4.0),
            if is_current { " font-weight=\"bold\"" } else { "" },
            esc(&label),
        )?;
    }
    out.push_str("</g></svg></figure>");
    Ok(())
}
