//! Recommendations, grouped by area in the brief's order, each with whom it addresses and its source.

use super::escape::push_escaped;
use super::i18n::Msg;
use super::{actor_name, push_list, Ctx, View};
use crate::model::Recommendation;
use crate::query::Item;

pub(crate) fn render(ctx: &Ctx<'_>, s: &mut String) {
    let b = &ctx.b.brief;
    if b.recommendations.is_empty() {
        ctx.push_empty(s, Msg::NoRecommendations);
        return;
    }
    for area in &b.recommendation_areas {
        let recs = ctx.b.recommendations_by_area(Some(&area.id));
        if recs.is_empty() {
            continue;
        }
        let item = Item::RecommendationArea(area);
        ctx.open_item(s, "<section class=\"bi-rec-group\" part=\"group\"", &item, View::Recommendations);
        ctx.push_subtitle(s, &area.label);
        if let Some(addressee) = area.addressee.as_deref() {
            s.push_str("<p class=\"bi-addressee\">");
            ctx.push_msg(s, Msg::AddressedTo);
            s.push_str(": ");
            push_escaped(s, actor_name(ctx.b, addressee));
            s.push_str("</p>");
        }
        list(ctx, s, &recs);
        s.push_str("</section>");
    }
    // Recommendations whose area is not listed cannot occur in a validated brief; show them anyway
    // rather than lose them.
    // A plain loop: `filter().collect()` instantiated an iterator of its own (0.2 KB).
    let mut orphans: Vec<&Recommendation> = Vec::new();
    for r in &b.recommendations {
        if !b.recommendation_areas.iter().any(|a| a.id == r.area) {
            orphans.push(r);
        }
    }
    if !orphans.is_empty() {
        s.push_str("<section class=\"bi-rec-group\" part=\"group\">");
        ctx.push_subtitle_msg(s, Msg::OtherRecommendations);
        list(ctx, s, &orphans);
        s.push_str("</section>");
    }
}

fn list(ctx: &Ctx<'_>, s: &mut String, recs: &[&Recommendation]) {
    s.push_str("<ol class=\"bi-recommendations\">");
    for r in recs {
        let item = Item::Recommendation(r);
        ctx.open_item(s, "<li class=\"bi-recommendation\" part=\"card\"", &item, View::Recommendations);
        s.push_str("<p class=\"bi-text\">");
        push_escaped(s, &r.text);
        s.push_str("</p>");
        if !r.actors.is_empty() {
            s.push_str("<p class=\"bi-actors\">");
            push_list(s, Some(ctx.b), &r.actors);
            s.push_str("</p>");
        }
        ctx.push_cite(s, &item);
        s.push_str("</li>");
    }
    s.push_str("</ol>");
}
