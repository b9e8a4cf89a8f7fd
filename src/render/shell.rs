//! The widget's chrome: the brief's header, the tab list, one tab panel the views are swapped into,
//! and the skeleton of the citation dialog.

use super::escape::push_escaped;
use super::i18n::{self, Msg};
use super::{Ctx, LoadedBrief, RenderOptions, View};

/// Header, tabs, an empty panel and the citation dialog. The first tab is selected; the widget switches
/// tabs by setting `aria-selected` and filling the panel with [`super::render_view`].
pub fn render_shell(b: &LoadedBrief, o: &RenderOptions) -> String {
    let ctx = Ctx { b, o, document: false };
    let mut s = String::new();
    s.push_str("<div class=\"bi-widget\" part=\"widget\" lang=\"");
    s.push_str(ctx.o.lang.as_str());
    s.push_str("\">");
    push_header(&mut s, &ctx);

    s.push_str("<div class=\"bi-tabs\" part=\"tablist\" role=\"tablist\" aria-label=\"");
    ctx.push_msg(&mut s, Msg::ViewsLabel);
    s.push_str("\">");
    for &view in &View::ALL {
        let v = view.as_str();
        let selected = view == View::Overview;
        s.push_str("<button type=\"button\" class=\"bi-tab\" part=\"tab\" role=\"tab\" id=\"");
        ctx.push_id(&mut s, "tab-");
        s.push_str(v);
        s.push_str("\" data-view=\"");
        s.push_str(v);
        s.push_str("\" aria-controls=\"");
        ctx.push_id(&mut s, "panel");
        s.push_str(if selected {
            "\" aria-selected=\"true\" tabindex=\"0\">"
        } else {
            "\" aria-selected=\"false\" tabindex=\"-1\">"
        });
        push_escaped(&mut s, i18n::view_label(ctx.o.lang, view));
        s.push_str("</button>");
    }
    s.push_str("</div><div class=\"bi-panel\" part=\"panel\" role=\"tabpanel\" id=\"");
    ctx.push_id(&mut s, "panel");
    s.push_str("\" data-panel aria-labelledby=\"");
    ctx.push_id(&mut s, "tab-overview");
    s.push_str("\" tabindex=\"0\"></div><dialog class=\"bi-dialog\" part=\"dialog\" data-dialog aria-labelledby=\"");
    ctx.push_id(&mut s, "dialog-title");
    s.push_str("\"><div class=\"bi-dialog-head\"><h2 class=\"bi-dialog-title\" id=\"");
    ctx.push_id(&mut s, "dialog-title");
    s.push_str("\">");
    ctx.push_msg(&mut s, Msg::Source);
    s.push_str("</h2><button type=\"button\" class=\"bi-close\" part=\"close\" data-action=\"close-dialog\">");
    ctx.push_msg(&mut s, Msg::Close);
    s.push_str("</button></div><div class=\"bi-dialog-body\" data-dialog-body></div></dialog></div>");
    s
}

/// Appends the header: title, series and number, authors and date.
pub(crate) fn push_header(s: &mut String, ctx: &Ctx<'_>) {
    let meta = &ctx.b.brief.meta;
    s.push_str("<header class=\"bi-header\" part=\"header\"><p class=\"bi-series\">");
    push_escaped(s, &meta.series);
    s.push(' ');
    push_escaped(s, &meta.number);
    s.push_str("</p>");
    let h = if ctx.document { "h2" } else { "p" };
    s.push('<');
    s.push_str(h);
    s.push_str(" class=\"bi-title\" part=\"title\">");
    push_escaped(s, &meta.title);
    s.push_str("</");
    s.push_str(h);
    s.push_str("><p class=\"bi-byline\">");
    ctx.push_msg(s, Msg::By);
    s.push(' ');
    for (i, a) in meta.authors.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str("<span class=\"bi-author\">");
        push_escaped(s, &a.name);
        s.push_str("</span>");
    }
    s.push_str(" · ");
    push_date_html(s, ctx, &meta.date);
    s.push_str("</p></header>");
}

/// Appends a `<time>` for a date spec, in words when it parses, else the spec as written.
#[inline(never)]
pub(crate) fn push_date_html(s: &mut String, ctx: &Ctx<'_>, spec: &crate::model::DateSpec) {
    s.push_str("<time datetime=\"");
    match crate::date::parse(spec) {
        Ok(d) => {
            // `datetime` only takes valid HTML date strings; a period or season is given by its start.
            s.push_str(&crate::date::iso_date(d.start.first, d.start.precision));
            s.push_str("\">");
            // A date label has nothing to escape.
            i18n::push_date_label(s, ctx.o.lang, &d);
        }
        Err(_) => {
            s.push_str("\">");
            push_escaped(s, &spec.0);
        }
    }
    s.push_str("</time>");
}
