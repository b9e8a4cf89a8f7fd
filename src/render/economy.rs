//! Economy: each indicator's observations as the brief states them. A chart draws only what is stated
//! (a range as a band, "beyond 30,000" as an open-topped bar, "about" with ≈) at ordinal positions named
//! by the brief's own labels, and a table gives the same values in words. Plans, targets and forecasts
//! are drawn hollow with dashed outlines and named as such in the chart's title, its labels and the table.

use super::bounds::text_width;
use super::i18n::{self, format_number, Msg};
use super::{esc, non_blank, num, text_paragraph, truncate, wording_of, Ctx, View};
use crate::model::{date, DateBasis, DateSpec, Indicator, Observation, Qualifier, Status};
use crate::query::Item;
use std::fmt::{self, Write};

/// The chart's geometry is also written out in the templates below (viewBox, gridline ends, tick label
/// and unit positions), as literal text rather than formatted numbers.
const WIDTH: f64 = 600.0;
const HEIGHT: f64 = 300.0;
const LEFT: f64 = 70.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 30.0;
const BOTTOM: f64 = 52.0;
/// Where the y axis's tick labels end (they are anchored at their end).
const TICK_LABEL_END: f64 = 64.0;
/// How far above its bound an open-ended ("at least") bar reaches, as a share of the bound.
const OPEN_END: f64 = 0.2;

pub(crate) fn render(ctx: &Ctx<'_>, out: &mut String) -> fmt::Result {
    let indicators = &ctx.b.brief.indicators;
    if indicators.is_empty() {
        return ctx.empty(out, Msg::NoIndicators);
    }
    write!(out, "<p class=\"bi-note\">{}</p>", ctx.msg(Msg::ChartHonesty))?;
    for ind in indicators {
        indicator(ctx, out, ind)?;
    }
    Ok(())
}

/// The observation's value in words: "≥ 30,000", "8,000–8,999", "≈ 10,000", "≤ 5", "30,000".
/// Only digits, separators and signs: nothing to escape. A missing number shows as `?`.
pub(crate) fn value_text(o: &Observation) -> String {
    let number = |v: Option<f64>| format_number(v.unwrap_or(f64::NAN));
    match o.qualifier {
        Qualifier::Exact => number(o.low.or(o.high)),
        Qualifier::Approximate => format!("≈ {}", number(o.low.or(o.high))),
        Qualifier::Range => format!("{}–{}", number(o.low), number(o.high)),
        Qualifier::AtLeast => format!("≥ {}", number(o.low)),
        Qualifier::AtMost => format!("≤ {}", number(o.high)),
    }
}

/// What an observation is when it was not observed: a plan, a target, a forecast.
fn status_of(o: &Observation) -> Option<Status> {
    o.status.filter(|&s| s != Status::Actual)
}

/// " (target)" after a value that was not observed; nothing after an observed one. Nothing to escape
/// in the labels.
fn status_note(ctx: &Ctx<'_>, o: &Observation) -> String {
    status_of(o).map(|s| format!(" ({})", i18n::status_label(ctx.lang, s))).unwrap_or_default()
}

/// Whether the observation's label is its date in the words the table would add after it ("2022"
/// labelled and dated 2022), so the date is not said twice. A date the editor inferred is always named,
/// with its mark, whatever the label says.
fn label_says_date(ctx: &Ctx<'_>, o: &Observation, d: &DateSpec) -> bool {
    if o.date_basis == Some(DateBasis::Inferred) {
        return false;
    }
    match date::parse(d) {
        // ASCII case only: date labels are digits and English or Korean words, and Unicode case tables
        // would weigh on the readers' module.
        Ok(parsed) => i18n::date_label(ctx.lang, &parsed).eq_ignore_ascii_case(o.label.trim()),
        Err(_) => false,
    }
}

/// The dash pattern of the outline of a value that was not observed.
const PLANNED_DASH: &str = " stroke-dasharray=\"4 3\"";

/// The numbers an observation gives, as (low, high), when it gives any.
fn bounds(o: &Observation) -> Option<(f64, f64)> {
    let finite = |v: Option<f64>| v.filter(|x| x.is_finite());
    let (low, high) = (finite(o.low), finite(o.high));
    let v = match o.qualifier {
        Qualifier::AtLeast => low,
        Qualifier::AtMost => high,
        _ => low.or(high),
    }?;
    // A range with one end given is that one value.
    let w = if o.qualifier == Qualifier::Range { high.unwrap_or(v) } else { v };
    Some((v.min(w), v.max(w)))
}

fn indicator(ctx: &Ctx<'_>, out: &mut String, ind: &Indicator) -> fmt::Result {
    let item = Item::Indicator(ind);
    write!(out, "<article class=\"bi-indicator\" part=\"card\"{}>", ctx.anchor(&item, View::Economy))?;
    ctx.heading(out, 1, "bi-card-title", &ind.name)?;
    text_paragraph(out, &item, &ind.description)?;
    if let Some(u) = non_blank(&ind.unit) {
        write!(out, "<p class=\"bi-unit\">{}: {}</p>", ctx.msg(Msg::Unit), esc(u))?;
    }
    // The indicator's own source comes before its chart: the observations' sources are in the table.
    ctx.cite(out, &item)?;
    if ind.observations.iter().any(|o| bounds(o).is_some()) {
        chart(ctx, out, ind)?;
    } else {
        write!(out, "<p class=\"bi-note bi-no-numbers\">{}</p>", ctx.msg(Msg::NoNumbers))?;
        if !ind.observations.is_empty() {
            table(ctx, out, ind)?;
        }
    }
    related(ctx, out, ind)?;
    out.push_str("</article>");
    Ok(())
}

/// Items this indicator is said to move with, as jump buttons (widget) or links (document).
fn related(ctx: &Ctx<'_>, out: &mut String, ind: &Indicator) -> fmt::Result {
    let links: Vec<String> = ind
        .related
        .iter()
        .filter_map(|id| ctx.b.item(id))
        .map(|it| {
            if ctx.document {
                format!("<a class=\"bi-goto\" href=\"#{}\">{}</a>", ctx.item_id(it.id()), esc(it.title()))
            } else {
                format!(
                    "<button type=\"button\" class=\"bi-goto\" part=\"goto\" data-action=\"goto\" data-item=\"{}\" \
                     data-view=\"{}\">{}</button>",
                    esc(it.id()),
                    View::home_of(it.kind()).as_str(),
                    esc(&truncate(it.title(), 90)),
                )
            }
        })
        .collect();
    if links.is_empty() {
        return Ok(());
    }
    write!(out, "<p class=\"bi-related\">{}: {}</p>", ctx.msg(Msg::RelatedIndicators), links.join(", "))
}

/// A step of 1, 2 or 5 times a power of ten giving about five ticks up to `max`.
fn nice_step(max: f64) -> f64 {
    if !(max.is_finite() && max > 0.0) {
        return 1.0;
    }
    let raw = max / 5.0;
    // The largest power of ten not above `raw` (down to 1e-12).
    let mut power = 1.0;
    while power * 10.0 <= raw {
        power *= 10.0;
    }
    while power > raw && power > 1e-12 {
        power /= 10.0;
    }
    let m = raw / power;
    let nice = if m <= 1.0 {
        1.0
    } else if m <= 2.0 {
        2.0
    } else if m <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * power
}

/// An indicator's chart with its table of values, as a `<figure>`.
pub(crate) fn chart(ctx: &Ctx<'_>, out: &mut String, ind: &Indicator) -> fmt::Result {
    let obs = &ind.observations;
    let mut lo = 0.0f64;
    let mut hi = 0.0f64;
    for o in obs {
        if let Some((l, h)) = bounds(o) {
            lo = lo.min(l);
            let top = if o.qualifier == Qualifier::AtLeast { h + h.abs() * OPEN_END } else { h };
            hi = hi.max(top);
        }
    }
    if hi <= lo {
        hi = lo + 1.0;
    }
    let step = nice_step(hi - lo);
    let y_min = (lo / step).floor() * step;
    let y_max = (hi / step).ceil() * step;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let plot_w = WIDTH - LEFT - RIGHT;
    let y = |v: f64| TOP + (y_max - v) / (y_max - y_min) * plot_h;
    let slot = plot_w / obs.len().max(1) as f64;
    let xc = |i: usize| LEFT + slot * (i as f64 + 0.5);
    let unit = ind.unit.as_deref().unwrap_or("");

    // The y axis's ticks, and room on the left for the widest label: a value in won or dollars
    // ("500,000,000,000") is wider than the margin, and the viewBox grows leftwards to hold it.
    let mut ticks: Vec<(f64, String)> = Vec::new();
    let mut v = y_min;
    while v <= y_max + step * 1e-9 && ticks.len() < 20 {
        ticks.push((v, format_number(v)));
        v += step;
    }
    let widest = ticks.iter().map(|(_, label)| text_width(label, 12.0)).fold(0.0, f64::max);
    let overflow = (widest + 4.0 - TICK_LABEL_END).max(0.0).ceil();
    let view_box = format!("{} 0 {} {}", num(-overflow), num(WIDTH + overflow), num(HEIGHT));

    let title_id = ctx.id(&format!("chart-{}-title", ind.id));
    let values: Vec<String> =
        obs.iter().map(|o| format!("{} {}{}", esc(&o.label), value_text(o), status_note(ctx, o))).collect();
    let unit_note = if unit.is_empty() { String::new() } else { format!(" ({})", esc(unit)) };
    write!(
        out,
        "<figure class=\"bi-figure bi-indicator-figure\" part=\"figure\" data-export=\"{}\"><svg class=\"bi-chart bi-indicator-chart\" \
         part=\"chart\" viewBox=\"{view_box}\" role=\"img\" aria-labelledby=\"{title_id}\" font-size=\"12\">\
         <title id=\"{title_id}\">{}: {}{unit_note}</title>",
        esc(&ind.id),
        esc(&ind.name),
        values.join("; "),
    )?;
    // Y axis: gridlines, tick labels, unit.
    out.push_str("<g class=\"bi-chart-axis bi-chart-axis-y\">");
    for (v, label) in &ticks {
        let (v, ty) = (*v, y(*v));
        let (line_y, label_y) = (num(ty), num(ty + 4.0));
        // The zero line stronger.
        let opacity = if v == 0.0 { "0.6" } else { "0.15" };
        write!(
            out,
            "<line class=\"bi-grid\" x1=\"70\" y1=\"{line_y}\" x2=\"584\" y2=\"{line_y}\" stroke=\"currentColor\" \
             stroke-opacity=\"{opacity}\"/><text class=\"bi-tick-label\" x=\"64\" y=\"{label_y}\" text-anchor=\"end\" \
             fill=\"currentColor\">{label}</text>",
        )?;
    }
    if !unit.is_empty() {
        write!(
            out,
            "<text class=\"bi-chart-unit\" x=\"64\" y=\"16\" fill=\"currentColor\">{}</text>",
            esc(&truncate(unit, 60))
        )?;
    }
    out.push_str("</g><g class=\"bi-chart-axis bi-chart-axis-x\">");
    // Ordinal x: the brief's own words for when, wrapped onto two lines.
    let chars_per_line = ((slot / 6.5) as usize).clamp(6, 40);
    for (i, o) in obs.iter().enumerate() {
        let x = num(xc(i));
        write!(out, "<text class=\"bi-tick-label\" x=\"{x}\" y=\"266\" text-anchor=\"middle\" fill=\"currentColor\">")?;
        let [first, second] = wrap(&o.label, chars_per_line);
        for (line, dy) in [(first, "0"), (second, "1.2em")] {
            if !line.is_empty() {
                write!(out, "<tspan x=\"{x}\" dy=\"{dy}\">{}</tspan>", esc(&line))?;
            }
        }
        out.push_str("</text>");
    }
    out.push_str("</g><g class=\"bi-marks\">");
    let half = (slot * 0.18).clamp(6.0, 40.0);
    for (i, o) in obs.iter().enumerate() {
        let Some((l, h)) = bounds(o) else { continue };
        let cx = xc(i);
        let class = match o.qualifier {
            Qualifier::Exact => "exact",
            Qualifier::Approximate => "approximate",
            Qualifier::Range => "range",
            Qualifier::AtLeast => "at-least",
            Qualifier::AtMost => "at-most",
        };
        let status = status_of(o);
        let status_class = status.map(|s| format!(" bi-status-{}", i18n::status_slug(s))).unwrap_or_default();
        // Not observed: hollow, with a dashed outline.
        let (dash, fill_opacity) = if status.is_some() { (PLANNED_DASH, "0") } else { ("", "0.3") };
        write!(out, "<g class=\"bi-mark bi-mark-{class}{status_class}\">")?;
        let (low_y, high_y) = (y(l), y(h));
        let label_y = match o.qualifier {
            Qualifier::Exact => {
                if status.is_some() {
                    write!(
                        out,
                        "<circle cx=\"{}\" cy=\"{}\" r=\"5\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\"{dash}/>",
                        num(cx),
                        num(low_y)
                    )?;
                } else {
                    write!(out, "<circle cx=\"{}\" cy=\"{}\" r=\"5\" fill=\"currentColor\"/>", num(cx), num(low_y))?;
                }
                low_y - 10.0
            }
            Qualifier::Approximate => {
                // Hollow: a value the brief gives as "about".
                write!(
                    out,
                    "<circle cx=\"{}\" cy=\"{}\" r=\"6\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\"{dash}/>",
                    num(cx),
                    num(low_y)
                )?;
                low_y - 11.0
            }
            Qualifier::Range => {
                let (top, bottom) = (high_y, low_y);
                write!(
                    out,
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"currentColor\" fill-opacity=\"{fill_opacity}\" \
                     stroke=\"currentColor\"{dash}/>",
                    num(cx - half),
                    num(top),
                    num(half * 2.0),
                    num((bottom - top).max(2.0)),
                )?;
                top - 6.0
            }
            Qualifier::AtLeast | Qualifier::AtMost => {
                // One bound (`l` is `h`), the bar open upwards from it or downwards, the label above.
                let up = o.qualifier == Qualifier::AtLeast;
                let far = y(l + (if up { 1.0 } else { -1.0 }) * l.abs() * OPEN_END);
                let open_y = if up { far.max(TOP) } else { far.min(HEIGHT - BOTTOM) };
                open_bar(out, cx, half, low_y, open_y, status.is_some())?;
                (if up { open_y } else { low_y }) - 6.0
            }
        };
        write!(
            out,
            "<text class=\"bi-value-label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"currentColor\">{}{}</text></g>",
            num(cx),
            num(label_y.max(12.0)),
            value_text(o),
            status_note(ctx, o),
        )?;
    }
    out.push_str("</g></svg>");
    table(ctx, out, ind)?;
    out.push_str("</figure>");
    Ok(())
}

/// Three sides of a bar, from its bound (`closed_y`) to `open_y` and open there, with an arrow pointing
/// on: the value is the bound or beyond ("at least" opens upwards, "at most" downwards). The arrow runs
/// from the bound to `open_y`, head at `open_y`. A value that was not observed (`planned`) is drawn
/// hollow with a dashed outline.
fn open_bar(out: &mut String, cx: f64, half: f64, closed_y: f64, open_y: f64, planned: bool) -> fmt::Result {
    let (dash, fill_opacity) = if planned { (PLANNED_DASH, "0") } else { ("", "0.15") };
    let (x0, x1) = (num(cx - half), num(cx + half));
    let dir = if open_y < closed_y { 1.0 } else { -1.0 };
    let arrow_end = num(open_y + dir * 2.0);
    let head = num(open_y + dir * 8.0);
    let (x, open, closed) = (num(cx), num(open_y), num(closed_y));
    write!(
        out,
        "<path class=\"bi-open-bar\" d=\"M{x0} {open}L{x0} {closed}L{x1} {closed}L{x1} {open}\" fill=\"currentColor\" \
         fill-opacity=\"{fill_opacity}\" stroke=\"currentColor\" stroke-width=\"2\"{dash}/><path class=\"bi-arrow\" \
         d=\"M{x} {}L{x} {arrow_end}M{} {head}L{x} {arrow_end}L{} {head}\" fill=\"none\" stroke=\"currentColor\" \
         stroke-width=\"2\"/>",
        num(closed_y - dir * 4.0),
        num(cx - 5.0),
        num(cx + 5.0),
    )
}

/// `text` on two lines of at most `width` characters: on the first as many words as fit, on the second
/// all the rest, cut with an ellipsis if they do not fit. Either line may be empty.
fn wrap(text: &str, width: usize) -> [String; 2] {
    let (mut first, mut second) = (String::new(), String::new());
    for w in text.split_whitespace() {
        let fits_first = first.is_empty() || first.chars().count() + 1 + w.chars().count() <= width;
        let line = if second.is_empty() && fits_first { &mut first } else { &mut second };
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(w);
    }
    [truncate(&first, width), truncate(&second, width)]
}

/// The observations as a table: when, value as the brief words it, how to read it, note, source.
fn table(ctx: &Ctx<'_>, out: &mut String, ind: &Indicator) -> fmt::Result {
    if ctx.document {
        out.push_str("<div class=\"bi-data\" part=\"data\">");
    } else {
        // Open: the table is where each observation's source is, not only an alternative to the chart.
        write!(out, "<details class=\"bi-data\" part=\"data\" open><summary>{}</summary>", ctx.msg(Msg::DataTable))?;
    }
    let unit_note = non_blank(&ind.unit).map(|u| format!(" ({})", esc(u))).unwrap_or_default();
    write!(
        out,
        "<table class=\"bi-table\" part=\"table\"><caption>{}</caption><thead><tr><th scope=\"col\">{}</th>\
         <th scope=\"col\">{}{unit_note}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
         </tr></thead><tbody>",
        esc(&ind.name),
        ctx.msg(Msg::When),
        ctx.msg(Msg::Value),
        ctx.msg(Msg::Qualifier),
        ctx.msg(Msg::Note),
        ctx.msg(Msg::Source),
    )?;
    for o in &ind.observations {
        let item = Item::Observation(ind, o);
        let status = status_of(o);
        let status_class = status.map(|s| format!(" class=\"bi-status-{}\"", i18n::status_slug(s))).unwrap_or_default();
        write!(
            out,
            "<tr{}{status_class}><th scope=\"row\"{}>{}",
            ctx.anchor(&item, View::Economy),
            ctx.prov(wording_of(&item)),
            esc(&o.label)
        )?;
        if let Some(d) = o.date.as_ref().filter(|d| !label_says_date(ctx, o, d)) {
            write!(out, " <span class=\"bi-date\">({})</span>", ctx.date(d, o.date_basis))?;
        }
        let value = if bounds(o).is_some() { value_text(o) } else { String::new() };
        let status_label = match status {
            Some(s) => format!(
                " <span class=\"bi-status bi-status-{}\">({})</span>",
                i18n::status_slug(s),
                i18n::status_label(ctx.lang, s)
            ),
            None => String::new(),
        };
        write!(
            out,
            "</th><td class=\"bi-value\">{value}{status_label}</td><td>{}</td><td>{}</td><td>",
            esc(i18n::qualifier_label(ctx.lang, o.qualifier)),
            esc(o.note.as_deref().unwrap_or("")),
        )?;
        ctx.cite(out, &item)?;
        out.push_str("</td></tr>");
    }
    out.push_str("</tbody></table>");
    out.push_str(if ctx.document { "</div>" } else { "</details>" });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_round() {
        assert_eq!(nice_step(48000.0), 10000.0);
        assert_eq!(nice_step(9.0), 2.0);
        assert_eq!(nice_step(0.0), 1.0);
        assert_eq!(nice_step(f64::INFINITY), 1.0);
    }

    #[test]
    fn labels_wrap_to_two_lines() {
        assert_eq!(wrap("during the pandemic", 12), ["during the", "pandemic"]);
        assert_eq!(wrap("in 2025", 12), ["in 2025", ""]);
        let [first, second] = wrap("by the summer of 2025 after the border reopened", 10);
        assert_eq!(first, "by the");
        assert!(second.ends_with('…') && second.chars().count() <= 10);
        assert_eq!(wrap("", 10), ["", ""]);
    }
}
