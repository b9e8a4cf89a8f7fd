//! Recommendations, grouped by area in the brief's order, each with whom it addresses and its source.

use super::escape::push_escaped;
use super::i18n::Msg;
use super::{actor_name, Ctx, View};
use crate::model::Recommendation;
use crate::query::Item;

pub(crate) fn render(ctx: &Ctx<'_>) -> String {
    let b = &ctx.b.brief;
    let mut s = ctx.open_view(View::Recommendations);
    if b.recommendations.is_empty() {
        s.push_str(&ctx.empty(Msg::NoRecommendations));
        s.push_str("</section>");
        return s;
    }
    let h1 = ctx.h(1);
    for area in &b.recommendation_areas {
        let recs = ctx.b.recommendations_by_area(Some(&area.id));
        if recs.is_empty() {
            continue;
        }
        let item = Item::RecommendationArea(area);
        s.push_str(&format!(
            "<section class=\"bi-rec-group\" part=\"group\"{}><{h1} class=\"bi-subtitle\">",
            ctx.anchor(&item, View::Recommendations)
        ));
        push_escaped(&mut s, &area.label);
        s.push_str(&format!("</{h1}>"));
        if let Some(addressee) = area.addressee.as_deref() {
            s.push_str("<p class=\"bi-addressee\">");
            push_escaped(&mut s, ctx.t(Msg::AddressedTo));
            s.push_str(": ");
            push_escaped(&mut s, actor_name(ctx.b, addressee));
            s.push_str("</p>");
        }
        s.push_str(&list(ctx, &recs));
        s.push_str("</section>");
    }
    // Recommendations whose area is not listed cannot occur in a validated brief; show them anyway
    // rather than lose them.
    let orphans: Vec<&Recommendation> =
        b.recommendations.iter().filter(|r| !b.recommendation_areas.iter().any(|a| a.id == r.area)).collect();
    if !orphans.is_empty() {
        s.push_str(&format!("<section class=\"bi-rec-group\" part=\"group\"><{h1} class=\"bi-subtitle\">"));
        push_escaped(&mut s, ctx.t(Msg::OtherRecommendations));
        s.push_str(&format!("</{h1}>"));
        s.push_str(&list(ctx, &orphans));
        s.push_str("</section>");
    }
    s.push_str("</section>");
    s
}

fn list(ctx: &Ctx<'_>, recs: &[&Recommendation]) -> String {
    let mut s = String::from("<ol class=\"bi-recommendations\">");
    for r in recs {
        let item = Item::Recommendation(r);
        s.push_str(&format!(
            "<li class=\"bi-recommendation\" part=\"card\"{}><p class=\"bi-text\">",
            ctx.anchor(&item, View::Recommendations)
        ));
        push_escaped(&mut s, &r.text);
        s.push_str("</p>");
        let others: Vec<&str> = r.actors.iter().map(|a| actor_name(ctx.b, a)).collect();
        if !others.is_empty() {
            s.push_str("<p class=\"bi-actors\">");
            push_escaped(&mut s, &others.join(", "));
            s.push_str("</p>");
        }
        s.push_str(&ctx.cite(&item));
        s.push_str("</li>");
    }
    s.push_str("</ol>");
    s
}
