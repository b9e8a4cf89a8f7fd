//! The widget's chrome: the brief's header, the tab list, one tab panel the views are swapped into,
//! and the skeleton of the citation dialog.

use super::i18n::{self, Msg};
use super::{esc, html, Ctx, LoadedBrief, RenderOptions, View};
use crate::model::date;
use crate::model::DateSpec;
use std::fmt::{self, Write};

/// Header, tabs, an empty panel and the citation dialog. The first tab is selected; the widget switches
/// tabs by setting `aria-selected` and filling the panel with [`super::render_view`].
pub fn render_shell(b: &LoadedBrief, o: &RenderOptions) -> String {
    shell(b, o, View::Overview, false)
}

/// The shell as the widget shows it once it has opened on `view`: that tab selected and its panel filled,
/// the markup the widget itself produces with [`render_shell`] and [`super::render_view`].
pub(crate) fn render_shell_showing(b: &LoadedBrief, o: &RenderOptions, view: View) -> String {
    shell(b, o, view, true)
}

fn shell(b: &LoadedBrief, o: &RenderOptions, shown: View, fill_panel: bool) -> String {
    let ctx = Ctx::new(b, o, false);
    html(|out| {
        write!(out, "<div class=\"bi-widget\" part=\"widget\"{}>", ctx.root_lang())?;
        header(out, &ctx)?;
        let panel = ctx.id("panel");
        write!(
            out,
            "<div class=\"bi-tabs\" part=\"tablist\" role=\"tablist\" aria-label=\"{}\">",
            ctx.msg(Msg::ViewsLabel)
        )?;
        for view in View::ALL {
            let v = view.as_str();
            let (selected, tabindex) = if view == shown { ("true", "0") } else { ("false", "-1") };
            write!(
                out,
                "<button type=\"button\" class=\"bi-tab\" part=\"tab\" role=\"tab\" id=\"{}\" data-view=\"{v}\" \
                 aria-controls=\"{panel}\" aria-selected=\"{selected}\" tabindex=\"{tabindex}\">{}</button>",
                ctx.id(&format!("tab-{v}")),
                esc(i18n::view_label(ctx.lang, view)),
            )?;
        }
        let dialog_title = ctx.id("dialog-title");
        let shown_tab = ctx.id(&format!("tab-{}", shown.as_str()));
        write!(
            out,
            "</div><div class=\"bi-panel\" part=\"panel\" role=\"tabpanel\" id=\"{panel}\" data-panel \
             aria-labelledby=\"{shown_tab}\" tabindex=\"0\""
        )?;
        if fill_panel {
            write!(out, " data-view=\"{}\">", shown.as_str())?;
            ctx.view(out, shown)?;
        } else {
            out.push('>');
        }
        write!(
            out,
            "</div>\
             <dialog class=\"bi-dialog\" part=\"dialog\" data-dialog aria-labelledby=\"{dialog_title}\">\
             <div class=\"bi-dialog-head\"><h2 class=\"bi-dialog-title\" id=\"{dialog_title}\">{}</h2>\
             <button type=\"button\" class=\"bi-close\" part=\"close\" data-action=\"close-dialog\">{}</button></div>\
             <div class=\"bi-dialog-body\" data-dialog-body></div></dialog></div>",
            ctx.msg(Msg::Source),
            ctx.msg(Msg::Close),
        )
    })
}

/// The header: series and number, title, authors and date.
pub(crate) fn header(out: &mut String, ctx: &Ctx<'_>) -> fmt::Result {
    let meta = &ctx.b.brief.meta;
    // The document's header heads the whole article; in the widget the views carry the headings.
    let title_tag = if ctx.document { "h2" } else { "p" };
    let authors: Vec<String> =
        meta.authors.iter().map(|a| format!("<span class=\"bi-author\">{}</span>", esc(&a.name))).collect();
    write!(
        out,
        "<header class=\"bi-header\" part=\"header\"><p class=\"bi-series\">{} {}</p>\
         <{title_tag} class=\"bi-title\" part=\"title\">{}</{title_tag}>\
         <p class=\"bi-byline\">{} {} · {}</p></header>",
        esc(&meta.series),
        esc(&meta.number),
        esc(&meta.title),
        ctx.msg(Msg::By),
        authors.join(", "),
        date_html(ctx, &meta.date),
    )
}

/// A `<time>` for a date spec, in words when it parses, else the spec as written.
pub(crate) fn date_html(ctx: &Ctx<'_>, spec: &DateSpec) -> String {
    match date::parse(spec) {
        // `datetime` only takes valid HTML date strings; a period or season is given by its start. A
        // date label has nothing to escape.
        Ok(d) => format!(
            "<time datetime=\"{}\">{}</time>",
            date::iso_date(d.start.first, d.start.precision),
            i18n::date_label(ctx.lang, &d)
        ),
        Err(_) => format!("<time datetime=\"\">{}</time>", esc(&spec.0)),
    }
}
