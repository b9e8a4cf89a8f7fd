//! Economy: each indicator's observations as the brief states them. A chart draws only what is stated
//! (a range as a band, "beyond 30,000" as an open-topped bar, "about" with ≈) at ordinal positions named
//! by the brief's own labels, and a table gives the same values in words.

use super::escape::push_escaped;
use super::i18n::{self, push_number, Msg};
use super::shell::push_date_html;
use super::svg::{fill, fill_nums, Arg::*};
use super::{non_blank, push_text_paragraph, truncate, Ctx, View};
use crate::model::{Indicator, Observation, Qualifier};
use crate::query::Item;

/// The chart's geometry is also written out in the templates below (viewBox, gridline ends, tick label
/// and unit positions), as literal text rather than formatted numbers.
const WIDTH: f64 = 600.0;
const HEIGHT: f64 = 300.0;
const LEFT: f64 = 70.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 30.0;
const BOTTOM: f64 = 52.0;
/// How far above its bound an open-ended ("at least") bar reaches, as a share of the bound.
const OPEN_END: f64 = 0.2;

pub(crate) fn render(ctx: &Ctx<'_>, s: &mut String) {
    let indicators = &ctx.b.brief.indicators;
    if indicators.is_empty() {
        ctx.push_empty(s, Msg::NoIndicators);
        return;
    }
    fill(s, "<p class=\"bi-note\">{}</p>", &[ctx.msg(Msg::ChartHonesty)]);
    for ind in indicators {
        indicator(ctx, s, ind);
    }
}

/// The observation's value in words: "≥ 30,000", "8,000–8,999", "≈ 10,000", "≤ 5", "30,000".
/// Only digits, separators and signs: nothing to escape.
fn push_value_text(s: &mut String, o: &Observation) {
    let q = o.qualifier;
    s.push_str(match q {
        Qualifier::Approximate => "≈ ",
        Qualifier::AtLeast => "≥ ",
        Qualifier::AtMost => "≤ ",
        _ => "",
    });
    let first = match q {
        Qualifier::Range | Qualifier::AtLeast => o.low,
        Qualifier::AtMost => o.high,
        _ => o.low.or(o.high),
    };
    // A missing number shows as `?`, as a non-finite one does.
    push_number(s, first.unwrap_or(f64::NAN));
    if q == Qualifier::Range {
        s.push('–');
        push_number(s, o.high.unwrap_or(f64::NAN));
    }
}

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

fn indicator(ctx: &Ctx<'_>, s: &mut String, ind: &Indicator) {
    let item = Item::Indicator(ind);
    ctx.open_item(s, "<article class=\"bi-indicator\" part=\"card\"", &item, View::Economy);
    ctx.push_heading(s, 1, "bi-card-title", &ind.name);
    push_text_paragraph(s, &ind.description);
    if let Some(u) = non_blank(&ind.unit) {
        fill(s, "<p class=\"bi-unit\">{}: {}</p>", &[ctx.msg(Msg::Unit), Text(u)]);
    }
    // The indicator's own source comes before its chart: the observations' sources are in the table.
    ctx.push_cite(s, &item);
    let numeric = ind.observations.iter().any(|o| bounds(o).is_some());
    if numeric {
        chart(ctx, s, ind);
    } else {
        fill(s, "<p class=\"bi-note bi-no-numbers\">{}</p>", &[ctx.msg(Msg::NoNumbers)]);
        if !ind.observations.is_empty() {
            table(ctx, s, ind);
        }
    }
    related(ctx, s, ind);
    s.push_str("</article>");
}

/// Items this indicator is said to move with, as jump buttons (widget) or names (document).
fn related(ctx: &Ctx<'_>, s: &mut String, ind: &Indicator) {
    let mut first = true;
    for it in ind.related.iter().filter_map(|id| ctx.b.item(id)) {
        if first {
            fill(s, "<p class=\"bi-related\">{}: ", &[ctx.msg(Msg::RelatedIndicators)]);
            first = false;
        } else {
            s.push_str(", ");
        }
        if ctx.document {
            // The anchor's id written in place, as `Ctx::push_anchor` writes it: no local id string.
            s.push_str("<a class=\"bi-goto\" href=\"#");
            ctx.push_id(s, "item-");
            fill(s, "{}\">{}</a>", &[Text(it.id()), Text(it.title())]);
        } else {
            fill(
                s,
                "<button type=\"button\" class=\"bi-goto\" part=\"goto\" data-action=\"goto\" data-item=\"{}\" data-view=\"{}\">{}</button>",
                &[Text(it.id()), Raw(View::home_of(it.kind()).as_str()), Text(&truncate(it.title(), 90))],
            );
        }
    }
    if !first {
        s.push_str("</p>");
    }
}

/// A step of 1, 2 or 5 times a power of ten giving about five ticks up to `max`.
fn nice_step(max: f64) -> f64 {
    if !(max.is_finite() && max > 0.0) {
        return 1.0;
    }
    let raw = max / 5.0;
    // The largest power of ten not above `raw`, by multiplication: libm's powf and log10 cost Wasm bytes.
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

fn chart(ctx: &Ctx<'_>, s: &mut String, ind: &Indicator) {
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

    // The title's id written where it goes, twice, escaped in parts after the instance prefix (see
    // `Ctx::push_id`): no id string built for it.
    s.push_str("<figure class=\"bi-figure bi-indicator-figure\" part=\"figure\"><svg class=\"bi-chart bi-indicator-chart\" part=\"chart\" viewBox=\"0 0 600 300\" role=\"img\" aria-labelledby=\"");
    ctx.push_id(s, "chart-");
    push_escaped(s, &ind.id);
    s.push_str("-title\" font-size=\"12\"><title id=\"");
    ctx.push_id(s, "chart-");
    fill(s, "{}-title\">{}: ", &[Text(&ind.id), Text(&ind.name)]);
    for (i, o) in obs.iter().enumerate() {
        if i > 0 {
            s.push_str("; ");
        }
        push_escaped(s, &o.label);
        s.push(' ');
        push_value_text(s, o);
    }
    if !unit.is_empty() {
        fill(s, " ({})", &[Text(unit)]);
    }
    // Y axis: gridlines, tick labels, unit.
    s.push_str("</title><g class=\"bi-chart-axis bi-chart-axis-y\">");
    let mut v = y_min;
    let mut guard = 0;
    while v <= y_max + step * 1e-9 && guard < 20 {
        let ty = y(v);
        // The zero line stronger: opacity 0.6, else 0.15, its digits after "0." as a number so that every
        // value of the template is one.
        fill_nums(
            s,
            "<line class=\"bi-grid\" x1=\"70\" y1=\"{}\" x2=\"584\" y2=\"{}\" stroke=\"currentColor\" stroke-opacity=\"0.{}\"/><text class=\"bi-tick-label\" x=\"64\" y=\"{}\" text-anchor=\"end\" fill=\"currentColor\">",
            &[ty, ty, if v == 0.0 { 6.0 } else { 15.0 }, ty + 4.0],
        );
        push_number(s, v);
        s.push_str("</text>");
        v += step;
        guard += 1;
    }
    if !unit.is_empty() {
        fill(
            s,
            "<text class=\"bi-chart-unit\" x=\"64\" y=\"16\" fill=\"currentColor\">{}</text>",
            &[Text(&truncate(unit, 60))],
        );
    }
    s.push_str("</g><g class=\"bi-chart-axis bi-chart-axis-x\">");
    // Ordinal x: the brief's own words for when, wrapped onto two lines.
    let chars_per_line = ((slot / 6.5) as usize).clamp(6, 40);
    for (i, o) in obs.iter().enumerate() {
        let x = xc(i);
        fill_nums(
            s,
            "<text class=\"bi-tick-label\" x=\"{}\" y=\"266\" text-anchor=\"middle\" fill=\"currentColor\">",
            &[x],
        );
        for (i, line) in wrap(&o.label, chars_per_line).iter().enumerate() {
            let dy = if i == 0 { "0" } else { "1.2em" };
            if !line.is_empty() {
                fill(s, "<tspan x=\"{}\" dy=\"{}\">{}</tspan>", &[Num(x), Raw(dy), Text(line)]);
            }
        }
        s.push_str("</text>");
    }
    s.push_str("</g><g class=\"bi-marks\">");
    let half = (slot * 0.18).clamp(6.0, 40.0);
    for (i, o) in obs.iter().enumerate() {
        let Some((l, h)) = bounds(o) else { continue };
        let cx = xc(i);
        let q = match o.qualifier {
            Qualifier::Exact => "exact",
            Qualifier::Approximate => "approximate",
            Qualifier::Range => "range",
            Qualifier::AtLeast => "at-least",
            Qualifier::AtMost => "at-most",
        };
        fill(s, "<g class=\"bi-mark bi-mark-{}\">", &[Raw(q)]);
        // Each is used by several marks: computed once, not inlined into each.
        let (low_y, high_y) = (y(l), y(h));
        let label_y = match o.qualifier {
            Qualifier::Exact => {
                fill_nums(s, "<circle cx=\"{}\" cy=\"{}\" r=\"5\" fill=\"currentColor\"/>", &[cx, low_y]);
                low_y - 10.0
            }
            Qualifier::Approximate => {
                // Hollow: a value the brief gives as "about".
                fill_nums(
                    s,
                    "<circle cx=\"{}\" cy=\"{}\" r=\"6\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\"/>",
                    &[cx, low_y],
                );
                low_y - 11.0
            }
            Qualifier::Range => {
                let (top, bottom) = (high_y, low_y);
                fill_nums(
                    s,
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"currentColor\" fill-opacity=\"0.3\" stroke=\"currentColor\"/>",
                    &[cx - half, top, half * 2.0, (bottom - top).max(2.0)],
                );
                top - 6.0
            }
            Qualifier::AtLeast | Qualifier::AtMost => {
                // One bound (`l` is `h`), the bar open upwards from it or downwards, the label above.
                let up = o.qualifier == Qualifier::AtLeast;
                let far = y(l + (if up { 1.0 } else { -1.0 }) * l.abs() * OPEN_END);
                let open_y = if up { far.max(TOP) } else { far.min(HEIGHT - BOTTOM) };
                open_bar(s, cx, half, low_y, open_y);
                (if up { open_y } else { low_y }) - 6.0
            }
        };
        fill_nums(
            s,
            "<text class=\"bi-value-label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"currentColor\">",
            &[cx, label_y.max(12.0)],
        );
        push_value_text(s, o);
        s.push_str("</text></g>");
    }
    s.push_str("</g></svg>");
    table(ctx, s, ind);
    s.push_str("</figure>");
}

/// Three sides of a bar, from its bound (`closed_y`) to `open_y` and open there, with an arrow pointing
/// on: the value is the bound or beyond ("at least" opens upwards, "at most" downwards). The arrow runs
/// from the bound to `open_y`, head at `open_y`.
fn open_bar(s: &mut String, cx: f64, half: f64, closed_y: f64, open_y: f64) {
    let (x0, x1) = (cx - half, cx + half);
    let dir = if open_y < closed_y { 1.0 } else { -1.0 };
    let arrow_end = open_y + dir * 2.0;
    let head = open_y + dir * 8.0;
    fill_nums(
        s,
        "<path class=\"bi-open-bar\" d=\"M{} {}L{} {}L{} {}L{} {}\" fill=\"currentColor\" fill-opacity=\"0.15\" stroke=\"currentColor\" stroke-width=\"2\"/><path class=\"bi-arrow\" d=\"M{} {}L{} {}M{} {}L{} {}L{} {}\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\"/>",
        &[x0, open_y, x0, closed_y, x1, closed_y, x1, open_y, cx, closed_y - dir * 4.0, cx, arrow_end, cx - 5.0, head, cx, arrow_end, cx + 5.0, head],
    );
}

/// `text` on two lines of at most `width` characters: on the first as many words as fit, on the second
/// all the rest, cut with an ellipsis if they do not fit. Either line may be empty.
fn wrap(text: &str, width: usize) -> [String; 2] {
    let (mut first, mut second) = (String::new(), String::new());
    for w in super::escape::Words(text) {
        let fits_first = first.is_empty() || super::char_count(&first) + 1 + super::char_count(w) <= width;
        let line = if second.is_empty() && fits_first { &mut first } else { &mut second };
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(w);
    }
    [truncate(&first, width), truncate(&second, width)]
}

/// The observations as a table: when, value as the brief words it, how to read it, note, source.
fn table(ctx: &Ctx<'_>, s: &mut String, ind: &Indicator) {
    if ctx.document {
        s.push_str("<div class=\"bi-data\" part=\"data\">");
    } else {
        // Open: the table is where each observation's source is, not only an alternative to the chart.
        fill(s, "<details class=\"bi-data\" part=\"data\" open><summary>{}</summary>", &[ctx.msg(Msg::DataTable)]);
    }
    // The header row as two templates around the value column's unit: smaller than a loop over the
    // column titles testing for the value column.
    fill(
        s,
        "<table class=\"bi-table\" part=\"table\"><caption>{}</caption><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}",
        &[Text(&ind.name), ctx.msg(Msg::When), ctx.msg(Msg::Value)],
    );
    if let Some(u) = non_blank(&ind.unit) {
        fill(s, " ({})", &[Text(u)]);
    }
    fill(
        s,
        "</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        &[ctx.msg(Msg::Qualifier), ctx.msg(Msg::Note), ctx.msg(Msg::Source)],
    );
    for o in &ind.observations {
        let item = Item::Observation(ind, o);
        ctx.open_item(s, "<tr", &item, View::Economy);
        fill(s, "<th scope=\"row\">{}", &[Text(&o.label)]);
        if let Some(d) = &o.date {
            s.push_str(" <span class=\"bi-date\">(");
            push_date_html(s, ctx, d);
            s.push_str(")</span>");
        }
        s.push_str("</th><td class=\"bi-value\">");
        if bounds(o).is_some() {
            push_value_text(s, o);
        }
        fill(
            s,
            "</td><td>{}</td><td>{}</td><td>",
            &[Text(i18n::qualifier_label(ctx.o.lang, o.qualifier)), Text(o.note.as_deref().unwrap_or(""))],
        );
        ctx.push_cite(s, &item);
        s.push_str("</td></tr>");
    }
    s.push_str("</tbody></table>");
    s.push_str(if ctx.document { "</div>" } else { "</details>" });
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
