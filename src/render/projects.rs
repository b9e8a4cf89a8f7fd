//! Projects: a sector filter, a map of those with coordinates, and a card for each project with what
//! is claimed for it and the risks the brief sees.

use super::i18n::{self, Msg};
use super::{esc, map, non_blank, wording_of, Ctx, Provenance, View};
use crate::model::{date, Project};
use crate::query::Item;
use std::fmt::{self, Write};

pub(crate) fn render(ctx: &Ctx<'_>, out: &mut String) -> fmt::Result {
    if ctx.b.brief.projects.is_empty() {
        return ctx.empty(out, Msg::NoProjects);
    }
    let sectors = ctx.b.sectors();
    // Only a sector the brief has filters; anything else (empty, stale, unknown) shows all.
    let active: Option<&str> =
        if ctx.document { None } else { ctx.o.sector.as_deref().filter(|want| sectors.contains(want)) };
    if !ctx.document && sectors.len() > 1 {
        write!(
            out,
            "<div class=\"bi-filter\" part=\"filter\" role=\"group\" aria-label=\"{}\">",
            ctx.msg(Msg::FilterBySector)
        )?;
        filter_button(out, "", ctx.t(Msg::AllSectors), active.is_none())?;
        for &sector in &sectors {
            filter_button(out, sector, &ctx.sector_label(sector), active == Some(sector))?;
        }
        out.push_str("</div>");
    }
    let shown = ctx.b.projects_by_sector(active);
    map::render(ctx, out, &shown, false)?;
    if shown.is_empty() {
        return ctx.empty(out, Msg::NoProjectsInSector);
    }
    out.push_str("<ul class=\"bi-cards\">");
    for p in &shown {
        out.push_str("<li>");
        card(ctx, out, p)?;
        out.push_str("</li>");
    }
    out.push_str("</ul>");
    Ok(())
}

fn filter_button(out: &mut String, sector: &str, label: &str, pressed: bool) -> fmt::Result {
    write!(
        out,
        "<button type=\"button\" class=\"bi-filter-button\" part=\"filter-button\" data-action=\"filter-sector\" \
         data-sector=\"{}\" aria-pressed=\"{pressed}\">{}</button>",
        esc(sector),
        esc(label),
    )
}

fn card(ctx: &Ctx<'_>, out: &mut String, p: &Project) -> fmt::Result {
    let item = Item::Project(p);
    write!(out, "<article class=\"bi-card bi-project\" part=\"card\"{}>", ctx.anchor(&item, View::Projects))?;
    ctx.heading(out, 1, "bi-card-title", &p.name)?;
    out.push_str("<dl class=\"bi-facts\">");
    write!(
        out,
        "<dt>{}</dt><dd class=\"bi-sector\"{}>{}",
        ctx.msg(Msg::Sector),
        ctx.prov(Provenance::Classification),
        esc(&ctx.sector_label(&p.sector))
    )?;
    ctx.classified(out)?;
    out.push_str("</dd>");
    if let Some(place) = &p.place {
        fact(ctx, out, Msg::Place, &place.name)?;
    }
    if let Some(frame) = non_blank(&p.policy_frame) {
        fact(ctx, out, Msg::PolicyFrame, frame)?;
    }
    let timing = non_blank(&p.timing);
    if timing.is_some() || p.date.is_some() {
        write!(out, "<dt>{}</dt><dd>{}", ctx.msg(Msg::Timing), esc(timing.unwrap_or("")))?;
        // The date is shown unless the timing already says it in words ("Opened in November 2025").
        if let Some(d) = &p.date {
            let said = timing.is_some_and(|t| {
                date::parse(d).is_ok_and(|pd| {
                    let words = i18n::date_label(ctx.lang, &pd);
                    !words.is_empty() && t.contains(&words)
                })
            });
            if !said {
                if timing.is_some() {
                    out.push_str(" · ");
                }
                out.push_str(&ctx.date(d, p.date_basis));
            }
        }
        out.push_str("</dd>");
    }
    out.push_str("</dl>");
    let wording = wording_of(&item);
    entries(ctx, out, Msg::ClaimedResults, &p.claimed_results, "bi-claims", wording)?;
    entries(ctx, out, Msg::RisksAssessment, &p.risks, "bi-risks", wording)?;
    ctx.cite(out, &item)?;
    out.push_str("</article>");
    Ok(())
}

/// A labelled list of the card (claimed results, risks); nothing when it is empty.
fn entries(
    ctx: &Ctx<'_>,
    out: &mut String,
    label: Msg,
    list: &[String],
    class: &str,
    wording: Provenance,
) -> fmt::Result {
    if list.is_empty() {
        return Ok(());
    }
    write!(
        out,
        "<div class=\"{class}\"><p class=\"bi-list-label\">{}</p><ul class=\"bi-list\"{}>",
        ctx.msg(label),
        ctx.prov(wording)
    )?;
    for entry in list {
        write!(out, "<li>{}</li>", esc(entry))?;
    }
    out.push_str("</ul></div>");
    Ok(())
}

/// A term and its value in the card's facts.
fn fact(ctx: &Ctx<'_>, out: &mut String, label: Msg, value: &str) -> fmt::Result {
    write!(out, "<dt>{}</dt><dd>{}</dd>", ctx.msg(label), esc(value))
}
