//! Economy: each indicator's observations as the brief states them. A chart draws only what is stated
//! (a range as a band, "beyond 30,000" as an open-topped bar, "about" with ≈) at ordinal positions named
//! by the brief's own labels, and a table gives the same values in words.

use super::escape::push_escaped;
use super::i18n::{self, format_number, Msg};
use super::shell::date_html;
use super::{escape_html, non_blank, num, push_text_paragraph, truncate, Ctx, View};
use crate::model::{Indicator, Observation, Qualifier};
use crate::query::Item;

const WIDTH: f64 = 600.0;
const HEIGHT: f64 = 300.0;
const LEFT: f64 = 70.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 30.0;
const BOTTOM: f64 = 52.0;
/// How far above its bound an open-ended ("at least") bar reaches, as a share of the bound.
const OPEN_END: f64 = 0.2;

pub(crate) fn render(ctx: &Ctx<'_>) -> String {
    let mut s = ctx.open_view(View::Economy);
    let indicators = &ctx.b.brief.indicators;
    if indicators.is_empty() {
        s.push_str(&ctx.empty(Msg::NoIndicators));
        s.push_str("</section>");
        return s;
    }
    s.push_str("<p class=\"bi-note\">");
    push_escaped(&mut s, ctx.t(Msg::ChartHonesty));
    s.push_str("</p>");
    for ind in indicators {
        s.push_str(&indicator(ctx, ind));
    }
    s.push_str("</section>");
    s
}

/// The observation's value in words: "≥ 30,000", "8,000–8,999", "≈ 10,000", "≤ 5", "30,000".
pub(crate) fn value_text(o: &Observation) -> String {
    let f = |v: Option<f64>| v.map(format_number).unwrap_or_else(|| "?".to_string());
    match o.qualifier {
        Qualifier::Exact => f(o.low.or(o.high)),
        Qualifier::Approximate => format!("≈ {}", f(o.low.or(o.high))),
        Qualifier::Range => format!("{}–{}", f(o.low), f(o.high)),
        Qualifier::AtLeast => format!("≥ {}", f(o.low)),
        Qualifier::AtMost => format!("≤ {}", f(o.high)),
    }
}

/// The numbers an observation gives, as (low, high), when it gives any.
fn bounds(o: &Observation) -> Option<(f64, f64)> {
    let finite = |v: Option<f64>| v.filter(|x| x.is_finite());
    let (low, high) = (finite(o.low), finite(o.high));
    match o.qualifier {
        Qualifier::Exact | Qualifier::Approximate => low.or(high).map(|v| (v, v)),
        Qualifier::Range => match (low, high) {
            (Some(l), Some(h)) => Some((l.min(h), l.max(h))),
            (Some(v), None) | (None, Some(v)) => Some((v, v)),
            (None, None) => None,
        },
        Qualifier::AtLeast => low.map(|v| (v, v)),
        Qualifier::AtMost => high.map(|v| (v, v)),
    }
}

fn indicator(ctx: &Ctx<'_>, ind: &Indicator) -> String {
    let item = Item::Indicator(ind);
    let h1 = ctx.h(1);
    let mut s = format!(
        "<article class=\"bi-indicator\" part=\"card\"{}><{h1} class=\"bi-card-title\">",
        ctx.anchor(&item, View::Economy)
    );
    push_escaped(&mut s, &ind.name);
    s.push_str(&format!("</{h1}>"));
    push_text_paragraph(&mut s, &ind.description);
    if let Some(u) = non_blank(&ind.unit) {
        s.push_str("<p class=\"bi-unit\">");
        push_escaped(&mut s, ctx.t(Msg::Unit));
        s.push_str(": ");
        push_escaped(&mut s, u);
        s.push_str("</p>");
    }
    // The indicator's own source comes before its chart: the observations' sources are in the table.
    s.push_str(&ctx.cite(&item));
    let numeric = ind.observations.iter().any(|o| bounds(o).is_some());
    if numeric {
        s.push_str(&chart(ctx, ind));
    } else {
        s.push_str("<p class=\"bi-note bi-no-numbers\">");
        push_escaped(&mut s, ctx.t(Msg::NoNumbers));
        s.push_str("</p>");
        if !ind.observations.is_empty() {
            s.push_str(&table(ctx, ind));
        }
    }
    s.push_str(&related(ctx, ind));
    s.push_str("</article>");
    s
}

/// Items this indicator is said to move with, as jump buttons (widget) or names (document).
fn related(ctx: &Ctx<'_>, ind: &Indicator) -> String {
    let items: Vec<Item<'_>> = ind.related.iter().filter_map(|id| ctx.b.item(id)).collect();
    if items.is_empty() {
        return String::new();
    }
    let mut s = String::from("<p class=\"bi-related\">");
    push_escaped(&mut s, ctx.t(Msg::RelatedIndicators));
    s.push_str(": ");
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        if ctx.document {
            s.push_str(&format!("<a class=\"bi-goto\" href=\"#{}\">", ctx.id(&format!("item-{}", it.id()))));
            push_escaped(&mut s, it.title());
            s.push_str("</a>");
        } else {
            s.push_str(&format!(
                "<button type=\"button\" class=\"bi-goto\" part=\"goto\" data-action=\"goto\" data-item=\"{}\" data-view=\"{}\">",
                escape_html(it.id()),
                View::home_of(it.kind()).as_str()
            ));
            push_escaped(&mut s, &truncate(it.title(), 90));
            s.push_str("</button>");
        }
    }
    s.push_str("</p>");
    s
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

fn chart(ctx: &Ctx<'_>, ind: &Indicator) -> String {
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

    let title_id = ctx.id(&format!("chart-{}-title", ind.id));
    let mut s = String::from("<figure class=\"bi-figure bi-indicator-figure\" part=\"figure\">");
    s.push_str(&format!(
        "<svg class=\"bi-chart bi-indicator-chart\" part=\"chart\" viewBox=\"0 0 {} {}\" role=\"img\" aria-labelledby=\"{}\" font-size=\"12\"><title id=\"{}\">",
        num(WIDTH),
        num(HEIGHT),
        title_id,
        title_id
    ));
    push_escaped(&mut s, &ind.name);
    s.push_str(": ");
    let described: Vec<String> = obs.iter().map(|o| format!("{} {}", o.label, value_text(o))).collect();
    push_escaped(&mut s, &described.join("; "));
    if !unit.is_empty() {
        s.push_str(" (");
        push_escaped(&mut s, unit);
        s.push(')');
    }
    s.push_str("</title>");

    // Y axis: gridlines, tick labels, unit.
    s.push_str("<g class=\"bi-chart-axis bi-chart-axis-y\">");
    let mut v = y_min;
    let mut guard = 0;
    while v <= y_max + step * 1e-9 && guard < 20 {
        let ty = y(v);
        s.push_str(&format!(
            "<line class=\"bi-grid\" x1=\"{}\" y1=\"{ty}\" x2=\"{}\" y2=\"{ty}\" stroke=\"currentColor\" stroke-opacity=\"{}\"/>",
            num(LEFT),
            num(WIDTH - RIGHT),
            if v == 0.0 { "0.6" } else { "0.15" },
            ty = num(ty)
        ));
        s.push_str(&format!(
            "<text class=\"bi-tick-label\" x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"currentColor\">{}</text>",
            num(LEFT - 6.0),
            num(ty + 4.0),
            escape_html(&format_number(v))
        ));
        v += step;
        guard += 1;
    }
    if !unit.is_empty() {
        s.push_str(&format!(
            "<text class=\"bi-chart-unit\" x=\"{}\" y=\"{}\" fill=\"currentColor\">",
            num(LEFT - 6.0),
            num(TOP - 14.0)
        ));
        push_escaped(&mut s, &truncate(unit, 60));
        s.push_str("</text>");
    }
    s.push_str("</g><g class=\"bi-chart-axis bi-chart-axis-x\">");
    // Ordinal x: the brief's own words for when, wrapped onto two lines.
    let chars_per_line = ((slot / 6.5) as usize).clamp(6, 40);
    for (i, o) in obs.iter().enumerate() {
        let lines = wrap(&o.label, chars_per_line, 2);
        s.push_str(&format!(
            "<text class=\"bi-tick-label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"currentColor\">",
            num(xc(i)),
            num(HEIGHT - BOTTOM + 18.0)
        ));
        for (li, line) in lines.iter().enumerate() {
            s.push_str(&format!("<tspan x=\"{}\" dy=\"{}\">", num(xc(i)), if li == 0 { "0" } else { "1.2em" }));
            push_escaped(&mut s, line);
            s.push_str("</tspan>");
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
        s.push_str(&format!("<g class=\"bi-mark bi-mark-{}\">", q));
        let label_y = match o.qualifier {
            Qualifier::Exact => {
                s.push_str(&format!("<circle cx=\"{}\" cy=\"{}\" r=\"5\" fill=\"currentColor\"/>", num(cx), num(y(l))));
                y(l) - 10.0
            }
            Qualifier::Approximate => {
                // Hollow: a value the brief gives as "about".
                s.push_str(&format!(
                    "<circle cx=\"{}\" cy=\"{}\" r=\"6\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\"/>",
                    num(cx),
                    num(y(l))
                ));
                y(l) - 11.0
            }
            Qualifier::Range => {
                let (top, bottom) = (y(h), y(l));
                s.push_str(&format!(
                    "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"currentColor\" fill-opacity=\"0.3\" stroke=\"currentColor\"/>",
                    num(cx - half),
                    num(top),
                    num(half * 2.0),
                    num((bottom - top).max(2.0))
                ));
                top - 6.0
            }
            Qualifier::AtLeast => {
                let top = y(l + l.abs() * OPEN_END).max(TOP);
                open_bar(&mut s, cx, half, y(l), top);
                top - 6.0
            }
            Qualifier::AtMost => {
                let cap = y(h);
                open_bar(&mut s, cx, half, cap, y(h - h.abs() * OPEN_END).min(HEIGHT - BOTTOM));
                cap - 6.0
            }
        };
        s.push_str(&format!(
            "<text class=\"bi-value-label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\" fill=\"currentColor\">",
            num(cx),
            num(label_y.max(12.0))
        ));
        push_escaped(&mut s, &value_text(o));
        s.push_str("</text></g>");
    }
    s.push_str("</g></svg>");
    s.push_str(&table(ctx, ind));
    s.push_str("</figure>");
    s
}

/// An arrow from `from_y` to `to_y` at `x`, head at `to_y`.
/// Three sides of a bar, from its bound (`closed_y`) to `open_y` and open there, with an arrow pointing
/// on: the value is the bound or beyond ("at least" opens upwards, "at most" downwards).
fn open_bar(s: &mut String, cx: f64, half: f64, closed_y: f64, open_y: f64) {
    s.push_str(&format!(
        "<path class=\"bi-open-bar\" d=\"M{x0} {open}L{x0} {closed}L{x1} {closed}L{x1} {open}\" fill=\"currentColor\" fill-opacity=\"0.15\" stroke=\"currentColor\" stroke-width=\"2\"/>",
        x0 = num(cx - half),
        x1 = num(cx + half),
        open = num(open_y),
        closed = num(closed_y)
    ));
    s.push_str(&arrow(cx, closed_y, open_y));
}

fn arrow(x: f64, from_y: f64, to_y: f64) -> String {
    let dir = if to_y < from_y { 1.0 } else { -1.0 };
    format!(
        "<path class=\"bi-arrow\" d=\"M{x} {a}L{x} {b}M{l} {h}L{x} {b}L{r} {h}\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\"/>",
        x = num(x),
        a = num(from_y - dir * 4.0),
        b = num(to_y + dir * 2.0),
        l = num(x - 5.0),
        r = num(x + 5.0),
        h = num(to_y + dir * 8.0)
    )
}

/// Up to `max_lines` lines of at most `width` characters, the last cut with an ellipsis if needed.
fn wrap(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut rest_from = words.len();
    for (i, w) in words.iter().enumerate() {
        let candidate_len = current.chars().count() + usize::from(!current.is_empty()) + w.chars().count();
        if !current.is_empty() && candidate_len > width {
            lines.push(std::mem::take(&mut current));
            if lines.len() == max_lines {
                rest_from = i;
                break;
            }
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(w);
    }
    if lines.len() < max_lines && !current.is_empty() {
        lines.push(current);
    } else if rest_from < words.len() {
        if let Some(last) = lines.last_mut() {
            let joined = format!("{} {}", last, words[rest_from..].join(" "));
            *last = truncate(&joined, width);
        }
    }
    lines.into_iter().map(|l| truncate(&l, width)).collect()
}

/// The observations as a table: when, value as the brief words it, how to read it, note, source.
fn table(ctx: &Ctx<'_>, ind: &Indicator) -> String {
    let mut s = String::new();
    if ctx.document {
        s.push_str("<div class=\"bi-data\" part=\"data\">");
    } else {
        // Open: the table is where each observation's source is, not only an alternative to the chart.
        s.push_str("<details class=\"bi-data\" part=\"data\" open><summary>");
        push_escaped(&mut s, ctx.t(Msg::DataTable));
        s.push_str("</summary>");
    }
    s.push_str("<table class=\"bi-table\" part=\"table\"><caption>");
    push_escaped(&mut s, &ind.name);
    s.push_str("</caption><thead><tr>");
    let unit = non_blank(&ind.unit);
    for (m, with_unit) in
        [(Msg::When, false), (Msg::Value, true), (Msg::Qualifier, false), (Msg::Note, false), (Msg::Source, false)]
    {
        s.push_str("<th scope=\"col\">");
        push_escaped(&mut s, ctx.t(m));
        if let (true, Some(u)) = (with_unit, unit) {
            s.push_str(" (");
            push_escaped(&mut s, u);
            s.push(')');
        }
        s.push_str("</th>");
    }
    s.push_str("</tr></thead><tbody>");
    for o in &ind.observations {
        let item = Item::Observation(ind, o);
        s.push_str(&format!("<tr{}><th scope=\"row\">", ctx.anchor(&item, View::Economy)));
        push_escaped(&mut s, &o.label);
        if let Some(d) = &o.date {
            s.push_str(" <span class=\"bi-date\">(");
            s.push_str(&date_html(ctx, d));
            s.push_str(")</span>");
        }
        s.push_str("</th><td class=\"bi-value\">");
        if bounds(o).is_some() {
            push_escaped(&mut s, &value_text(o));
        }
        s.push_str("</td><td>");
        push_escaped(&mut s, i18n::qualifier_label(ctx.o.lang, o.qualifier));
        s.push_str("</td><td>");
        if let Some(n) = &o.note {
            push_escaped(&mut s, n);
        }
        s.push_str("</td><td>");
        s.push_str(&ctx.cite(&item));
        s.push_str("</td></tr>");
    }
    s.push_str("</tbody></table>");
    s.push_str(if ctx.document { "</div>" } else { "</details>" });
    s
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
        assert_eq!(wrap("during the pandemic", 12, 2), vec!["during the", "pandemic"]);
        let w = wrap("by the summer of 2025 after the border reopened", 10, 2);
        assert_eq!(w.len(), 2);
        assert!(w[1].ends_with('…'));
        assert!(wrap("", 10, 2).is_empty());
    }
}
