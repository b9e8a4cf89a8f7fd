//! A piece: one item of a brief as a compact card for an article column (`<brief-insights item="…">`,
//! `brief-insights embed --item`). Its statement and whose words it is, its figure where it has one (an
//! indicator's chart, an actor's or a relation's part of the partner network, a project's place on the
//! map, an event's place on a short stretch of the timeline), its quotes with paragraph and link to the
//! passage, and a line saying where the quotes come from, with a link to the whole brief.
//!
//! The figures are the views' own renderers (economy, partners, map, timeline), called on the one item;
//! the piece is rendered as the static document is (quotes inline, no controls), so the same HTML serves
//! the live element and the static fallback inside it.

use super::i18n::{self, item_kind_label, Msg};
use super::partners::{network, relation_summary, stance_text};
use super::{
    actor_names, citation, economy, esc, full_title, html, map, non_blank, recommendations, text_paragraph, timeline,
    wording_of, Ctx, LoadedBrief, RenderOptions,
};
use crate::model::Relation;
use crate::query::{Item, TimelineEntry};
use std::fmt::{self, Write};

/// How many dated items before and after an event its piece's timeline shows.
const TIMELINE_NEIGHBOURS: usize = 2;

/// The piece for item `id`; `None` when the brief has no item with that id.
pub fn render_item(b: &LoadedBrief, id: &str, o: &RenderOptions) -> Option<String> {
    let item = b.item(id)?;
    // The piece's ids are its own, so a page may hold it beside the static document of the same brief
    // (whose ids the same figures would otherwise repeat) and beside other pieces.
    let o = RenderOptions { id_prefix: format!("{}piece-{id}-", o.id_prefix), ..o.clone() };
    // As in the static document: quotes inline, figures without controls.
    let ctx = Ctx::new(b, &o, true);
    Some(html(|out| piece(&ctx, out, &item)))
}

fn piece(ctx: &Ctx<'_>, out: &mut String, item: &Item<'_>) -> fmt::Result {
    let kind = item.kind().as_str();
    let title = match item {
        Item::Relation(r) => relation_summary(ctx, r),
        _ => full_title(item),
    };
    write!(
        out,
        "<article class=\"bi-piece bi-piece-{kind}\" part=\"piece\" data-item=\"{}\" data-kind=\"{kind}\" \
         aria-label=\"{}: {}\"{}><p class=\"bi-piece-kind\"><span class=\"bi-kind\">{}</span> · \
         <span class=\"bi-piece-brief\">{} {}</span></p><p class=\"bi-piece-title\" part=\"piece-title\"{}>{}</p>",
        esc(item.id()),
        esc(item_kind_label(ctx.lang, item.kind())),
        esc(&super::truncate(&title, 120)),
        ctx.root_lang(),
        esc(item_kind_label(ctx.lang, item.kind())),
        esc(&ctx.b.brief.meta.series),
        esc(&ctx.b.brief.meta.number),
        ctx.prov(wording_of(item)),
        esc(&title),
    )?;
    body(ctx, out, item)?;
    figure(ctx, out, item)?;
    // Whose words the statement is, and the quotes it rests on (open, with paragraph and link).
    if item.evidence().is_empty() {
        ctx.prov_label(out, wording_of(item))?;
    } else {
        ctx.cite(out, item)?;
    }
    footer(ctx, out)?;
    out.push_str("</article>");
    Ok(())
}

/// What the item says besides its title: a description or summary, a relation's stance, an
/// observation's value, a recommendation's addressees.
fn body(ctx: &Ctx<'_>, out: &mut String, item: &Item<'_>) -> fmt::Result {
    match item {
        Item::Judgment(_) => Ok(()),
        Item::Axis(a) => text_paragraph(out, item, &a.summary),
        Item::Actor(a) => {
            write!(
                out,
                "<p class=\"bi-piece-facts\"><span class=\"bi-kind\">{}</span>",
                esc(i18n::actor_kind_label(ctx.lang, a.kind))
            )?;
            ctx.classified(out)?;
            out.push_str("</p>");
            text_paragraph(out, item, &a.description)
        }
        Item::Relation(r) => {
            write!(
                out,
                "<p class=\"bi-piece-facts\">{}: <span class=\"bi-stance\">{}</span>",
                ctx.msg(Msg::Stance),
                esc(stance_text(ctx, r))
            )?;
            ctx.classified(out)?;
            out.push_str("</p>");
            text_paragraph(out, item, &r.summary)
        }
        Item::Project(p) => {
            write!(out, "<p class=\"bi-piece-facts\">{}: {}", ctx.msg(Msg::Sector), esc(&ctx.sector_label(&p.sector)))?;
            ctx.classified(out)?;
            if let Some(place) = &p.place {
                write!(out, " · {}: {}", ctx.msg(Msg::Place), esc(&place.name))?;
            }
            if let Some(d) = &p.date {
                write!(out, " · {}", ctx.date(d, p.date_basis))?;
            }
            out.push_str("</p>");
            match non_blank(&p.policy_frame) {
                Some(frame) => write!(out, "<p class=\"bi-text\">{}: {}</p>", ctx.msg(Msg::PolicyFrame), esc(frame)),
                None => Ok(()),
            }
        }
        Item::Indicator(ind) => {
            text_paragraph(out, item, &ind.description)?;
            match non_blank(&ind.unit) {
                Some(u) => write!(out, "<p class=\"bi-unit\">{}: {}</p>", ctx.msg(Msg::Unit), esc(u)),
                None => Ok(()),
            }
        }
        Item::Observation(_, o) => {
            write!(out, "<p class=\"bi-piece-facts\">{}: {}", ctx.msg(Msg::Value), economy::value_text(o))?;
            if let Some(d) = &o.date {
                write!(out, " · {}", ctx.date(d, o.date_basis))?;
            }
            out.push_str("</p>");
            match non_blank(&o.note) {
                Some(note) => write!(out, "<p class=\"bi-text\">{}: {}</p>", ctx.msg(Msg::Note), esc(note)),
                None => Ok(()),
            }
        }
        Item::Event(e) => {
            if let Some(d) = &e.date {
                write!(out, "<p class=\"bi-piece-facts\">{}</p>", ctx.date(d, e.date_basis))?;
            }
            text_paragraph(out, item, &e.description)
        }
        Item::RecommendationArea(area) => {
            recommendations::addressee(ctx, out, area)?;
            let recs = ctx.b.recommendations_by_area(Some(&area.id));
            if !recs.is_empty() {
                out.push_str("<ol class=\"bi-recommendations\">");
                for r in recs {
                    write!(
                        out,
                        "<li class=\"bi-text\"{}>{}</li>",
                        ctx.prov(wording_of(&Item::Recommendation(r))),
                        esc(&r.text)
                    )?;
                }
                out.push_str("</ol>");
            }
            Ok(())
        }
        Item::Recommendation(r) => {
            if let Some(area) = ctx.b.brief.recommendation_areas.iter().find(|a| a.id == r.area) {
                write!(out, "<p class=\"bi-piece-facts\">{}</p>", esc(&area.label))?;
            }
            if r.actors.is_empty() {
                return Ok(());
            }
            write!(out, "<p class=\"bi-actors\">{}</p>", actor_names(ctx.b, &r.actors))
        }
    }
}

/// The item's figure, drawn by its view's renderer: nothing for kinds without one.
fn figure(ctx: &Ctx<'_>, out: &mut String, item: &Item<'_>) -> fmt::Result {
    match item {
        Item::Indicator(ind) | Item::Observation(ind, _) => economy::chart(ctx, out, ind),
        Item::Actor(a) => {
            let relations: Vec<&Relation> =
                ctx.b.brief.relations.iter().filter(|r| r.from == a.id || r.to == a.id).collect();
            if relations.is_empty() {
                return Ok(());
            }
            network(ctx, out, Some(a), None, &relations, true)
        }
        Item::Relation(r) => network(ctx, out, ctx.b.actor(&r.from), None, &[r], true),
        Item::Project(p) => map::render(ctx, out, &[p], true),
        Item::Event(_) => {
            let entries = ctx.b.timeline();
            let Some(at) = entries.iter().position(|e| e.item.id() == item.id()) else { return Ok(()) };
            let from = at.saturating_sub(TIMELINE_NEIGHBOURS);
            let to = (at + TIMELINE_NEIGHBOURS + 1).min(entries.len());
            let nearby: &[TimelineEntry<'_>] = entries.get(from..to).unwrap_or_default();
            timeline::chart(ctx, out, nearby, Some(item.id()))
        }
        Item::Judgment(_) | Item::Axis(_) | Item::RecommendationArea(_) | Item::Recommendation(_) => Ok(()),
    }
}

/// Where the quotes come from, and the link to the whole brief: the `href` the page gives, else the
/// brief's own page (`meta.sourceUrl`), else none.
fn footer(ctx: &Ctx<'_>, out: &mut String) -> fmt::Result {
    write!(
        out,
        "<footer class=\"bi-piece-footer\"><p class=\"bi-attribution\">{} {}</p>",
        ctx.msg(Msg::QuotesFrom),
        citation::attribution(ctx),
    )?;
    let page = ctx
        .o
        .href
        .as_deref()
        .and_then(link_target)
        .map(std::borrow::Cow::Borrowed)
        .or_else(|| ctx.b.brief.meta.source_url.as_deref().and_then(super::escape::source_page));
    if let Some(url) = page {
        write!(
            out,
            "<p class=\"bi-piece-more\"><a href=\"{}\" part=\"piece-link\">{}</a></p>",
            esc(&url),
            ctx.msg(Msg::WholeBrief)
        )?;
    }
    out.push_str("</footer>");
    Ok(())
}

/// A link the page gives for the whole brief, if it is safe to follow: http(s), or relative (a path,
/// a query or a fragment). `javascript:`, `data:` and any other scheme are refused.
fn link_target(href: &str) -> Option<&str> {
    let href = href.trim();
    if href.is_empty() {
        return None;
    }
    let scheme_end = href.find(':');
    let path_start = href.find(['/', '?', '#']);
    let has_scheme = match (scheme_end, path_start) {
        (Some(colon), Some(slash)) => colon < slash,
        (Some(_), None) => true,
        (None, _) => false,
    };
    if !has_scheme {
        return Some(href);
    }
    let lower = href.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(href)
}

#[cfg(test)]
mod tests {
    use super::link_target;

    #[test]
    fn only_relative_and_http_links_are_followed() {
        assert_eq!(link_target("/briefs/x.html"), Some("/briefs/x.html"));
        assert_eq!(link_target("brief.html#overview"), Some("brief.html#overview"));
        assert_eq!(link_target("https://example.org/b"), Some("https://example.org/b"));
        assert_eq!(link_target("javascript:alert(1)"), None);
        assert_eq!(link_target(" JavaScript:alert(1)"), None);
        assert_eq!(link_target("data:text/html,x"), None);
        assert_eq!(link_target(""), None);
        assert_eq!(link_target("page?next=a:b"), Some("page?next=a:b"));
    }
}
