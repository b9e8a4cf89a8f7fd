//! Projects: a sector filter, a map of those with coordinates, and a card for each project with what
//! is claimed for it and the risks the brief sees.

use super::escape::push_escaped;
use super::i18n::{self, Msg};
use super::shell::date_html;
use super::{escape_html, map, non_blank, Ctx, View};
use crate::model::Project;
use crate::query::Item;

pub(crate) fn render(ctx: &Ctx<'_>) -> String {
    let mut s = ctx.open_view(View::Projects);
    if ctx.b.brief.projects.is_empty() {
        s.push_str(&ctx.empty(Msg::NoProjects));
        s.push_str("</section>");
        return s;
    }
    let sectors = ctx.b.sectors();
    // Only a sector the brief has filters; anything else (empty, stale, unknown) shows all.
    let active: Option<&str> =
        if ctx.document { None } else { ctx.o.sector.as_deref().filter(|want| sectors.contains(want)) };
    if !ctx.document && sectors.len() > 1 {
        s.push_str("<div class=\"bi-filter\" part=\"filter\" role=\"group\" aria-label=\"");
        push_escaped(&mut s, ctx.t(Msg::FilterBySector));
        s.push_str("\">");
        s.push_str(&filter_button("", ctx.t(Msg::AllSectors), active.is_none()));
        for sector in &sectors {
            s.push_str(&filter_button(sector, &i18n::sector_label(ctx.o.lang, sector), active == Some(*sector)));
        }
        s.push_str("</div>");
    }
    let shown = ctx.b.projects_by_sector(active);
    s.push_str(&map::render(ctx, &shown));
    if shown.is_empty() {
        s.push_str(&ctx.empty(Msg::NoProjectsInSector));
    } else {
        s.push_str("<ul class=\"bi-cards\">");
        for p in shown {
            s.push_str("<li>");
            s.push_str(&card(ctx, p));
            s.push_str("</li>");
        }
        s.push_str("</ul>");
    }
    s.push_str("</section>");
    s
}

fn filter_button(sector: &str, label: &str, pressed: bool) -> String {
    format!(
        "<button type=\"button\" class=\"bi-filter-button\" part=\"filter-button\" data-action=\"filter-sector\" data-sector=\"{}\" aria-pressed=\"{}\">{}</button>",
        escape_html(sector),
        pressed,
        escape_html(label)
    )
}

fn card(ctx: &Ctx<'_>, p: &Project) -> String {
    let item = Item::Project(p);
    let h = ctx.h(1);
    let mut s = format!(
        "<article class=\"bi-card bi-project\" part=\"card\"{}><{h} class=\"bi-card-title\">",
        ctx.anchor(&item, View::Projects)
    );
    push_escaped(&mut s, &p.name);
    s.push_str(&format!("</{h}><dl class=\"bi-facts\">"));
    let fact = |label: Msg, value: &str, s: &mut String| {
        s.push_str("<dt>");
        push_escaped(s, ctx.t(label));
        s.push_str("</dt><dd>");
        push_escaped(s, value);
        s.push_str("</dd>");
    };
    fact(Msg::Sector, &i18n::sector_label(ctx.o.lang, &p.sector), &mut s);
    if let Some(place) = &p.place {
        fact(Msg::Place, &place.name, &mut s);
    }
    if let Some(frame) = non_blank(&p.policy_frame) {
        fact(Msg::PolicyFrame, frame, &mut s);
    }
    let timing = non_blank(&p.timing);
    if timing.is_some() || p.date.is_some() {
        s.push_str("<dt>");
        push_escaped(&mut s, ctx.t(Msg::Timing));
        s.push_str("</dt><dd>");
        if let Some(t) = timing {
            push_escaped(&mut s, t);
        }
        // The date is shown unless the timing already says it in words ("Opened in November 2025").
        if let Some(d) = &p.date {
            let words = crate::date::parse(d).map(|pd| i18n::date_label(ctx.o.lang, &pd)).unwrap_or_default();
            let said = timing.is_some_and(|t| !words.is_empty() && t.contains(&words));
            if !said {
                if timing.is_some() {
                    s.push_str(" · ");
                }
                s.push_str(&date_html(ctx, d));
            }
        }
        s.push_str("</dd>");
    }
    s.push_str("</dl>");
    for (label, list, class) in
        [(Msg::ClaimedResults, &p.claimed_results, "bi-claims"), (Msg::RisksAssessment, &p.risks, "bi-risks")]
    {
        if list.is_empty() {
            continue;
        }
        s.push_str(&format!("<div class=\"{}\"><p class=\"bi-list-label\">", class));
        push_escaped(&mut s, ctx.t(label));
        s.push_str("</p>");
        s.push_str(&super::text_list("bi-list", list));
        s.push_str("</div>");
    }
    s.push_str(&ctx.cite(&item));
    s.push_str("</article>");
    s
}
