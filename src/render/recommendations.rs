//! Recommendations, grouped by area in the brief's order, each with whom it addresses and its source.

use super::i18n::Msg;
use super::{actor_name, actor_names, esc, wording_of, Ctx, View};
use crate::model::{Recommendation, RecommendationArea};
use crate::query::Item;
use std::fmt::{self, Write};

pub(crate) fn render(ctx: &Ctx<'_>, out: &mut String) -> fmt::Result {
    let b = &ctx.b.brief;
    if b.recommendations.is_empty() {
        return ctx.empty(out, Msg::NoRecommendations);
    }
    for area in &b.recommendation_areas {
        let recs = ctx.b.recommendations_by_area(Some(&area.id));
        if recs.is_empty() {
            continue;
        }
        let item = Item::RecommendationArea(area);
        write!(out, "<section class=\"bi-rec-group\" part=\"group\"{}>", ctx.anchor(&item, View::Recommendations))?;
        ctx.subtitle(out, &area.label)?;
        addressee(ctx, out, area)?;
        list(ctx, out, &recs)?;
        out.push_str("</section>");
    }
    // Recommendations whose area is not listed cannot occur in a validated brief; show them anyway
    // rather than lose them.
    let orphans: Vec<&Recommendation> =
        b.recommendations.iter().filter(|r| !b.recommendation_areas.iter().any(|a| a.id == r.area)).collect();
    if !orphans.is_empty() {
        out.push_str("<section class=\"bi-rec-group\" part=\"group\">");
        ctx.subtitle(out, ctx.t(Msg::OtherRecommendations))?;
        list(ctx, out, &orphans)?;
        out.push_str("</section>");
    }
    Ok(())
}

/// Whom an area's recommendations address, when the brief says (the view and an area's piece).
pub(crate) fn addressee(ctx: &Ctx<'_>, out: &mut String, area: &RecommendationArea) -> fmt::Result {
    match area.addressee.as_deref() {
        Some(addressee) => write!(
            out,
            "<p class=\"bi-addressee\">{}: {}</p>",
            ctx.msg(Msg::AddressedTo),
            esc(actor_name(ctx.b, addressee))
        ),
        None => Ok(()),
    }
}

fn list(ctx: &Ctx<'_>, out: &mut String, recs: &[&Recommendation]) -> fmt::Result {
    out.push_str("<ol class=\"bi-recommendations\">");
    for r in recs {
        let item = Item::Recommendation(r);
        write!(
            out,
            "<li class=\"bi-recommendation\" part=\"card\"{}><p class=\"bi-text\"{}>{}</p>",
            ctx.anchor(&item, View::Recommendations),
            ctx.prov(wording_of(&item)),
            esc(&r.text)
        )?;
        if !r.actors.is_empty() {
            write!(out, "<p class=\"bi-actors\">{}</p>", actor_names(ctx.b, &r.actors))?;
        }
        ctx.cite(out, &item)?;
        out.push_str("</li>");
    }
    out.push_str("</ol>");
    Ok(())
}
