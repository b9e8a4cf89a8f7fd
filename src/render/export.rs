//! Figures as standalone SVG files, to save and reuse: a view's charts (the partner network, the map,
//! the timeline, the economy's charts) or a piece's figure, each with its citation and source line drawn
//! in, so the image says where it comes from wherever it ends up.
//!
//! The charts are the views' own SVG (rendered as in the static document, without controls), cut out of
//! their `<figure>` and stacked in one outer `<svg>` with a white background and black ink: the stances
//! and statuses are told apart by line patterns, not colours, so the file reads in black and white.
//! Cutting the rendered HTML at `<svg class="bi-chart` is sound for the reason the CLI's one-view
//! document gives: every brief string in it is escaped, so such a literal can only be markup.

use super::i18n::{self, stance_label, stance_pattern, Msg, STANCES};
use super::{esc, full_title, html, num, render_item, Ctx, LoadedBrief, RenderOptions, View};
use crate::model::Stance;
use std::fmt::Write;

/// The width of an exported image; each chart is scaled to it.
const WIDTH: f64 = 720.0;
const MARGIN: f64 = 16.0;
const LINE: f64 = 18.0;
/// Characters per caption line (a wide character, as in Korean, counts twice).
const LINE_CHARS: usize = 100;

/// What to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure<'a> {
    /// A view's charts: partners, projects (the map), timeline, economy (every indicator's chart).
    View(View),
    /// A piece's figure: an indicator's or observation's chart, an actor's or relation's network, a
    /// project's map, an event's stretch of timeline.
    Item(&'a str),
}

/// Why there is no image.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExportError {
    /// No item has this id.
    UnknownItem(String),
    /// The view or item has no chart (an overview, a judgment, a brief without relations…).
    NoFigure,
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExportError::UnknownItem(id) => {
                let shown: String = id.chars().take(60).collect();
                write!(f, "the brief has no item \"{shown}\"")
            }
            ExportError::NoFigure => f.write_str("there is no chart to export here"),
        }
    }
}

/// The standalone SVG file of a figure, with its title, its citation and the brief's source line.
pub fn render_svg(b: &LoadedBrief, figure: Figure<'_>, o: &RenderOptions) -> Result<String, ExportError> {
    let ctx = Ctx::new(b, o, true);
    let meta = &b.brief.meta;
    let (rendered, heading, quotes) = match figure {
        Figure::View(view) => {
            let rendered = match view {
                View::Partners | View::Projects | View::Timeline | View::Economy => {
                    super::render_document_view(b, view, o)
                }
                _ => return Err(ExportError::NoFigure),
            };
            let heading = format!("{} — {}", i18n::view_label(ctx.lang, view), meta.title);
            (rendered, heading, Vec::new())
        }
        Figure::Item(id) => {
            let item = b.item(id).ok_or_else(|| ExportError::UnknownItem(id.to_string()))?;
            let rendered = render_item(b, id, o).unwrap_or_default();
            let quotes: Vec<String> = item
                .evidence()
                .iter()
                .map(|e| format!("“{}” ({})", e.quote.trim(), i18n::paragraph_label(ctx.lang, e.paragraph)))
                .collect();
            (rendered, full_title(&item), quotes)
        }
    };
    let charts = charts_in(&rendered);
    if charts.is_empty() {
        return Err(ExportError::NoFigure);
    }

    // The caption lines under the charts, plain text (escaped when written).
    let mut caption: Vec<(String, &str)> = Vec::new();
    if let Some(legend) = stance_legend(&ctx, &rendered) {
        caption.extend(wrap(&legend, LINE_CHARS).into_iter().map(|l| (l, "legend")));
    }
    for q in &quotes {
        caption.extend(wrap(q, LINE_CHARS).into_iter().map(|l| (l, "citation")));
    }
    let source = format!("{}: {}", ctx.t(Msg::Source), source_line(&ctx));
    caption.extend(wrap(&source, LINE_CHARS).into_iter().map(|l| (l, "source")));
    if let Some(page) = meta.source_url.as_deref().and_then(super::escape::source_page) {
        caption.push((page.to_string(), "source"));
    }

    let heading_lines = wrap(&heading, LINE_CHARS - 20);
    let mut y = MARGIN;
    Ok(html(|out| {
        let mut body = String::new();
        for line in &heading_lines {
            y += LINE + 2.0;
            write!(
                body,
                "<text class=\"bi-export-title\" x=\"{MARGIN}\" y=\"{}\" font-size=\"16\" font-weight=\"bold\">{}</text>",
                num(y),
                esc(line)
            )?;
        }
        y += 8.0;
        for (svg, w, h) in &charts {
            // The economy's charts, one per indicator, each under its indicator's name: a chart's own
            // <title> is not drawn, and two charts in the same unit could not be told apart.
            if figure == Figure::View(View::Economy) {
                for line in indicator_name(b, &ctx, svg).map(|name| wrap(name, LINE_CHARS - 10)).unwrap_or_default() {
                    y += LINE;
                    write!(
                        body,
                        "<text class=\"bi-export-chart-title\" x=\"{MARGIN}\" y=\"{}\" font-size=\"14\" \
                         font-weight=\"bold\">{}</text>",
                        num(y),
                        esc(&line)
                    )?;
                }
                y += 6.0;
            }
            // Scaled to the image's width, but a small figure (a piece's cropped network) is not blown up.
            let width = w.min(WIDTH - 2.0 * MARGIN);
            let height = h * width / w;
            // The chart's own <svg> inside one that places and scales it: the chart keeps its viewBox (and a
            // cropped figure its width and height, which fill the placement's viewBox exactly).
            write!(
                body,
                "<svg x=\"{MARGIN}\" y=\"{}\" width=\"{}\" height=\"{}\" viewBox=\"0 0 {} {}\">{svg}</svg>",
                num(y),
                num(width),
                num(height),
                num(*w),
                num(*h),
            )?;
            y += height + 8.0;
        }
        for (line, class) in &caption {
            y += LINE;
            let style = if *class == "citation" { " font-style=\"italic\"" } else { "" };
            write!(
                body,
                "<text class=\"bi-export-{class}\" x=\"{MARGIN}\" y=\"{}\" font-size=\"13\"{style}>{}</text>",
                num(y),
                esc(line)
            )?;
        }
        let height = y + MARGIN;
        write!(
            out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" \
             height=\"{h}\" viewBox=\"0 0 {w} {h}\" color=\"#000000\" fill=\"#000000\" font-family=\"sans-serif\" \
             lang=\"{}\"><title>{}</title><rect width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>{body}</svg>\n",
            ctx.lang.as_str(),
            esc(&heading),
            w = num(WIDTH),
            h = num(height),
        )
    }))
}

/// The name of the indicator whose chart `svg` is: the one whose chart title id (`chart-ID-title`, as the
/// economy view writes it) the chart carries.
fn indicator_name<'b>(b: &'b LoadedBrief, ctx: &Ctx<'_>, svg: &str) -> Option<&'b str> {
    b.brief
        .indicators
        .iter()
        .find(|ind| svg.contains(&format!("<title id=\"{}\">", ctx.id(&format!("chart-{}-title", ind.id)))))
        .map(|ind| ind.name.as_str())
}

/// Every chart `<svg>` in rendered HTML with its viewBox width and height, in order.
fn charts_in(rendered: &str) -> Vec<(&str, f64, f64)> {
    const OPEN: &str = "<svg class=\"bi-chart";
    const CLOSE: &str = "</svg>";
    let mut charts = Vec::new();
    let mut rest = rendered;
    while let Some(start) = rest.find(OPEN) {
        let Some(tail) = rest.get(start..) else { break };
        // Charts hold no nested <svg>, so the first closing tag ends the chart.
        let Some(len) = tail.find(CLOSE).map(|end| end + CLOSE.len()) else { break };
        let svg = tail.get(..len).unwrap_or_default();
        if let Some((w, h)) = view_box_size(svg).filter(|&(w, h)| w > 0.0 && h > 0.0) {
            charts.push((svg, w, h));
        }
        rest = tail.get(len..).unwrap_or_default();
    }
    charts
}

/// The width and height of an `<svg>`'s `viewBox="X Y W H"`.
fn view_box_size(svg: &str) -> Option<(f64, f64)> {
    let open_tag = svg.get(..svg.find('>')?)?;
    let (_, after) = open_tag.split_once("viewBox=\"")?;
    let (value, _) = after.split_once('"')?;
    match value.split_whitespace().collect::<Vec<&str>>().as_slice() {
        [_, _, w, h] => Some((decimal(w)?, decimal(h)?)),
        _ => None,
    }
}

/// A size as the renderer writes it ([`num`]: digits, at most one decimal). Read with integer parsing:
/// the float parser of the standard library would add some 20 KB to the readers' module for this one use.
fn decimal(text: &str) -> Option<f64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, "0"));
    let whole: u32 = whole.parse().ok()?;
    let tenths: u32 = fraction.get(..1)?.parse().ok()?;
    Some(f64::from(whole) + f64::from(tenths) / 10.0)
}

/// The stance legend of a network figure in words ("Cooperative: thick solid line; …"), from the
/// stances its edges are drawn with; `None` when the figure has no network.
fn stance_legend(ctx: &Ctx<'_>, rendered: &str) -> Option<String> {
    if !rendered.contains("bi-network") {
        return None;
    }
    let drawn: Vec<Stance> = STANCES
        .into_iter()
        .filter(|&s| rendered.contains(&format!("bi-edge bi-stance-{}", i18n::stance_slug(s))))
        .collect();
    if drawn.is_empty() {
        return None;
    }
    let parts: Vec<String> =
        drawn.iter().map(|&s| format!("{}: {}", stance_label(ctx.lang, s), stance_pattern(ctx.lang, s))).collect();
    Some(format!("{} {}", ctx.t(Msg::LegendTitle), parts.join("; ")))
}

/// The brief's title, series and number, publisher and rights, as plain text (what
/// `citation::attribution` writes as HTML).
fn source_line(ctx: &Ctx<'_>) -> String {
    let meta = &ctx.b.brief.meta;
    let mut line = format!("{}, {} {}", meta.title, meta.series, meta.number);
    if let Some(publisher) = &meta.publisher {
        line.push_str(&format!(" ({publisher})"));
    }
    if let Some(rights) = super::non_blank(&meta.rights) {
        line.push_str(&format!(" {rights}"));
    }
    line
}

/// `text` in lines of at most about `width` columns (a wide character counts two), broken at spaces
/// where there are any.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let columns = |s: &str| s.chars().map(|c| if (c as u32) >= 0x1100 { 2 } else { 1 }).sum::<usize>();
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && columns(&line) + 1 + columns(word) > width {
            lines.push(std::mem::take(&mut line));
        }
        // A word longer than a line (no spaces, as in a long URL) is cut into lines of its own.
        let mut word = word.to_string();
        while columns(&word) > width {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let mut head = String::new();
            for c in word.chars() {
                if columns(&head) + columns(c.encode_utf8(&mut [0; 4])) > width {
                    break;
                }
                head.push(c);
            }
            if head.is_empty() {
                break;
            }
            word = word.get(head.len()..).unwrap_or("").to_string();
            lines.push(head);
        }
        if !word.is_empty() {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(&word);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captions_wrap_at_spaces_and_cut_long_words() {
        assert_eq!(wrap("a bb ccc dddd", 6), ["a bb", "ccc", "dddd"]);
        assert_eq!(wrap("", 6), Vec::<String>::new());
        let long = "x".repeat(15);
        assert_eq!(wrap(&long, 6), ["xxxxxx", "xxxxxx", "xxx"]);
        assert!(wrap("가나다라마바사", 6).iter().all(|l| l.chars().count() <= 3));
    }

    #[test]
    fn view_boxes_are_read() {
        assert_eq!(view_box_size("<svg class=\"bi-chart\" viewBox=\"0 0 600 300\"><g/></svg>"), Some((600.0, 300.0)));
        assert_eq!(view_box_size("<svg class=\"bi-chart\" viewBox=\"0 0 640 166.5\">"), Some((640.0, 166.5)));
        assert_eq!(view_box_size("<svg class=\"bi-chart\" viewBox=\"0 0 -1 x\">"), None);
        assert_eq!(view_box_size("<svg class=\"bi-chart\"></svg>"), None);
    }
}
