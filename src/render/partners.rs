//! Partners: a network of the actors in the brief's relations with the subject at its centre, a
//! legend that names each stance and its line pattern, the list of actors and relations, and the
//! chosen actor's panel.

use super::bounds::{Bounds, LabelBox};
use super::i18n::{self, stance_label, stance_pattern, stance_slug, Msg, STANCES};
use super::{
    actor_name, actor_names, actor_short_name, esc, escaped_join, non_blank, num, subject_actor, text_paragraph,
    truncate, Ctx, Provenance, View,
};
use crate::model::{Actor, Relation, Stance};
use crate::query::Item;
use std::f64::consts::{FRAC_PI_2, TAU};
use std::fmt::{self, Write};

/// Wider than the ring so labels beside the leftmost and rightmost nodes fit.
const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 440.0;
/// Above this many ring nodes, alternate nodes sit on an inner ring so labels do not collide.
const SINGLE_RING_MAX: usize = 12;
/// Above this many relations, edge labels would overlap; the legend and list carry the stance instead.
const EDGE_LABELS_MAX: usize = 10;
/// In a piece, a network of at most this many partners sits on a smaller ring, so the cropped figure is
/// compact; larger ones keep the full ring, where their labels have room.
const COMPACT_RING_MAX: usize = 6;
/// Font sizes of node and edge labels (the svg's `font-size`, and the edge labels' own).
const NODE_FONT: f64 = 13.0;
const EDGE_FONT: f64 = 11.0;
/// Where along its edge (0 at the end nearer the centre, 1 at the other) an edge label may sit, in order
/// of preference: past the middle, where edges leaving the centre are apart, else nearer either end.
const EDGE_LABEL_SPOTS: [f64; 5] = [0.6, 0.75, 0.45, 0.85, 0.35];
/// The node labels' size in a narrow widget (brief-insights.css, `@container brief-insights (max-width:
/// 34em)`), where the whole network shrinks and its labels are drawn larger to stay legible. The view's
/// viewBox makes room for labels of that size, so none is cut off at the figure's edge.
const NARROW_NODE_FONT: f64 = 24.0;

pub(crate) fn render(ctx: &Ctx<'_>, out: &mut String) -> fmt::Result {
    let b = &ctx.b.brief;
    if b.actors.is_empty() {
        return ctx.empty(out, Msg::NoActors);
    }
    let subject = subject_actor(ctx.b);
    let selected = if ctx.document { None } else { selected_actor(ctx, subject) };

    if b.relations.is_empty() {
        ctx.empty(out, Msg::NoRelations)?;
    } else {
        let all: Vec<&Relation> = b.relations.iter().collect();
        network(ctx, out, subject, selected, &all, false)?;
    }
    actor_list(ctx, out, selected)?;
    if let Some(actor) = selected {
        actor_panel(ctx, out, actor)?;
    }
    if !b.relations.is_empty() {
        relation_list(ctx, out)?;
    }
    Ok(())
}

/// `o.selected` if it names an actor; else the subject's first partner, the subject, or the first actor.
fn selected_actor<'a>(ctx: &Ctx<'a>, subject: Option<&'a Actor>) -> Option<&'a Actor> {
    if let Some(a) = ctx.o.selected.as_deref().and_then(|id| ctx.b.actor(id)) {
        return Some(a);
    }
    if let Some(subj) = subject {
        if let Some(p) = ctx.b.partners(&subj.id).first() {
            return Some(p.partner);
        }
        return Some(subj);
    }
    ctx.b.brief.actors.first()
}

/// Whether two actor references are the same actor. Every `&Actor` here points into `brief.actors`,
/// whose ids a loaded brief has unique, so the ids tell.
fn same(a: &Actor, b: &Actor) -> bool {
    a.id == b.id
}

struct Node<'a> {
    actor: &'a Actor,
    x: f64,
    y: f64,
    r: f64,
}

/// Subject at the centre; every other actor that is party to one of `relations` on an ellipse around
/// it, the subject's partners first.
fn layout<'a>(ctx: &Ctx<'a>, subject: Option<&'a Actor>, relations: &[&'a Relation], compact: bool) -> Vec<Node<'a>> {
    let (cx, cy) = (WIDTH / 2.0, HEIGHT / 2.0);
    // The actors in order: the subject, its partners, then everyone else in a relation, each once.
    let mut actors: Vec<&'a Actor> = Vec::new();
    let mut add = |actor: Option<&'a Actor>| {
        if let Some(actor) = actor {
            if !actors.iter().any(|a| same(a, actor)) {
                actors.push(actor);
            }
        }
    };
    add(subject);
    if let Some(subj) = subject {
        for p in ctx.b.partners(&subj.id) {
            if relations.iter().any(|r| same_relation(r, p.relation)) {
                add(Some(p.partner));
            }
        }
    }
    for r in relations {
        add(ctx.b.actor(&r.from));
        add(ctx.b.actor(&r.to));
    }
    let ring_len = actors.len() - usize::from(subject.is_some());
    let crowded = ring_len > SINGLE_RING_MAX;
    let ring = if compact && ring_len <= COMPACT_RING_MAX { 0.6 } else { 1.0 };
    let (rx, ry) = ((WIDTH / 2.0 - 130.0) * ring, (HEIGHT / 2.0 - 45.0) * ring);
    actors
        .into_iter()
        .enumerate()
        .map(|(i, actor)| {
            if subject.is_some() && i == 0 {
                return Node { actor, x: cx, y: cy, r: 30.0 };
            }
            let i = i - usize::from(subject.is_some());
            // Start at the top and go clockwise; with many nodes, every other one on an inner ring.
            let angle = -FRAC_PI_2 + TAU * i as f64 / ring_len.max(1) as f64;
            let scale = if crowded && i % 2 == 1 { 0.66 } else { 1.0 };
            let r = if crowded { 13.0 } else { 20.0 };
            Node { actor, x: cx + rx * scale * angle.cos(), y: cy + ry * scale * angle.sin(), r }
        })
        .collect()
}

/// Presentation attributes for an edge of this stance: width and dash pattern carry the stance without
/// colour; the colour itself comes from the stylesheet via the class.
fn stroke_attrs(stance: Stance) -> &'static str {
    match stance {
        Stance::Cooperative => r#"stroke="currentColor" stroke-width="4" fill="none""#,
        Stance::Ambivalent => r#"stroke="currentColor" stroke-width="2.5" fill="none" stroke-dasharray="10 4 2 4""#,
        Stance::Conditional => r#"stroke="currentColor" stroke-width="2.5" fill="none" stroke-dasharray="7 5""#,
        Stance::Hostile => {
            r#"stroke="currentColor" stroke-width="3.5" fill="none" stroke-dasharray="2 5" stroke-linecap="round""#
        }
        Stance::Neutral => r#"stroke="currentColor" stroke-width="1.5" fill="none""#,
        Stance::Tense => r#"stroke="currentColor" stroke-width="3" fill="none" stroke-dasharray="14 4""#,
        Stance::Disputed => r#"stroke="currentColor" stroke-width="3" fill="none" stroke-dasharray="10 3 2 3 2 3""#,
    }
}

/// Whether two relation references are the same relation of the brief (relation ids are unique).
fn same_relation(a: &Relation, b: &Relation) -> bool {
    a.id == b.id
}

/// The network of `relations` (all of the brief's in the partners view; one actor's, or one relation, in
/// a piece) with `subject` at its centre, and its legend. `compact` (a piece): the figure is cropped to
/// the nodes, edges and labels it draws, and drawn no larger than that, instead of the whole canvas.
pub(crate) fn network<'a>(
    ctx: &Ctx<'a>,
    out: &mut String,
    subject: Option<&'a Actor>,
    selected: Option<&Actor>,
    relations: &[&'a Relation],
    compact: bool,
) -> fmt::Result {
    let nodes = layout(ctx, subject, relations, compact);
    // The drawing is written first and the <svg> tag after, once its extent is known.
    let mut drawing = String::new();
    let mut extent = Bounds::new();
    // The whole view's figure: the canvas, grown where a label drawn at the narrow size runs past it.
    let mut canvas = Bounds::new();
    canvas.point(0.0, 0.0);
    canvas.point(WIDTH, HEIGHT);
    let pos = |id: &str| nodes.iter().find(|n| n.actor.id == id);
    let net_id = ctx.id("network");
    // role=img would make the focusable nodes inside it presentational; the interactive network is a group.
    let role = if ctx.document { "img" } else { "group" };
    let about = subject.map(|subj| format!(": {}", esc(&subj.name))).unwrap_or_default();
    let out_figure = out;
    let out = &mut drawing;
    out.push_str("<g class=\"bi-edges\">");

    // Edges first so nodes are drawn over their ends.
    let label_edges = relations.len() <= EDGE_LABELS_MAX;
    let mut edge_labels: Vec<LabelBox> = Vec::new();
    for (i, &r) in relations.iter().enumerate() {
        let (Some(a), Some(c)) = (pos(&r.from), pos(&r.to)) else { continue };
        // Several relations between one pair are bent apart so each stays visible: this one is the k-th
        // of `pair` relations between its two actors.
        let between = |o: &Relation| (o.from == r.from && o.to == r.to) || (o.from == r.to && o.to == r.from);
        let pair = relations.iter().filter(|o| between(o)).count() as f64;
        let k = relations.iter().take(i).filter(|o| between(o)).count() as f64;
        let bend = (k - (pair - 1.0) / 2.0) * 56.0;
        let (ux, uy) = unit(c.x - a.x, c.y - a.y);
        // Perpendicular, oriented by a canonical pair order so opposite relations bend opposite ways.
        let flip = if r.from < r.to { 1.0 } else { -1.0 };
        let (px, py) = (-uy * flip, ux * flip);
        let (qx, qy) = ((a.x + c.x) / 2.0 + px * bend * 2.0, (a.y + c.y) / 2.0 + py * bend * 2.0);
        // End the edge at each node's rim, heading for the control point, so arrows of a pair stay apart.
        let ((ax, ay), (cx2, cy2)) = (rim(a, qx, qy), rim(c, qx, qy));
        // The label sits past the middle, towards the node farther from the centre, where edges are apart.
        let centre_dist2 = |x: f64, y: f64| (x - WIDTH / 2.0).powi(2) + (y - HEIGHT / 2.0).powi(2);
        let (p0, p2) = if centre_dist2(ax, ay) <= centre_dist2(cx2, cy2) {
            ((ax, ay), (cx2, cy2))
        } else {
            ((cx2, cy2), (ax, ay))
        };
        let along = |t: f64| {
            (
                (1.0 - t) * (1.0 - t) * p0.0 + 2.0 * (1.0 - t) * t * qx + t * t * p2.0,
                (1.0 - t) * (1.0 - t) * p0.1 + 2.0 * (1.0 - t) * t * qy + t * t * p2.1,
            )
        };
        // The curve stays inside the triangle of its ends and control point; these samples bound it closely.
        for t in [0.0, 0.25, 0.5, 0.75, 1.0] {
            let bx = (1.0 - t) * (1.0 - t) * ax + 2.0 * (1.0 - t) * t * qx + t * t * cx2;
            let by = (1.0 - t) * (1.0 - t) * ay + 2.0 * (1.0 - t) * t * qy + t * t * cy2;
            extent.point(bx, by);
        }
        let stance = esc(stance_text(ctx, r));
        write!(
            out,
            "<g class=\"bi-edge bi-stance-{}\"><title>{} ({stance})</title>\
             <path class=\"bi-edge-line\" d=\"M{} {} Q{} {} {} {}\" {}/>",
            stance_slug(r.stance),
            esc(&relation_summary(ctx, r)),
            num(ax),
            num(ay),
            num(qx),
            num(qy),
            num(cx2),
            num(cy2),
            stroke_attrs(r.stance),
        )?;
        if label_edges {
            // Labels of bent edges extend outwards, away from their sibling edges.
            let (anchor, dir) = side(px * bend, 1.0);
            let text = stance_text(ctx, r);
            let at = |t: f64| {
                let (mx, my) = along(t);
                (mx + 4.0 * dir, my - 4.0)
            };
            // Past the middle where it can; elsewhere along its edge when that spot would print it over
            // another edge's label (two edges leaving the centre a little apart, both "restoring relations").
            let free = |t: f64| {
                let (x, y) = at(t);
                let candidate = LabelBox::new(x, y, anchor, text, EDGE_FONT);
                !edge_labels.iter().any(|placed: &LabelBox| placed.overlaps(&candidate))
            };
            let t = EDGE_LABEL_SPOTS.into_iter().find(|&t| free(t)).unwrap_or(EDGE_LABEL_SPOTS[0]);
            let (x, y) = at(t);
            edge_labels.push(LabelBox::new(x, y, anchor, text, EDGE_FONT));
            extent.label(x, y, anchor, text, EDGE_FONT);
            write!(
                out,
                "<text class=\"bi-edge-label\" x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\" font-size=\"11\" \
                 fill=\"currentColor\">{stance}</text>",
                num(x),
                num(y),
            )?;
        }
        out.push_str("</g>");
    }
    out.push_str("</g><g class=\"bi-nodes\">");
    for n in &nodes {
        let centre = subject.is_some_and(|subj| same(subj, n.actor));
        let pressed = selected.is_some_and(|sel| same(sel, n.actor));
        write!(
            out,
            "<g class=\"bi-node{}{}\"",
            if centre { " bi-node-subject" } else { "" },
            if pressed { " bi-selected" } else { "" }
        )?;
        let visible = truncate(actor_short_name(n.actor), if nodes.len() > SINGLE_RING_MAX { 10 } else { 16 });
        if !ctx.document {
            // The accessible name starts with the visible label (WCAG 2.5.3), then gives the full name.
            let visible_words = visible.trim_end_matches('…');
            // The name alone will do when it starts with the whole visible words; a label cut inside a
            // word ("Donaudampfschif…") is not words of the name, so it is spoken first.
            let cut_inside_a_word = n
                .actor
                .name
                .get(visible_words.len()..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_alphanumeric);
            let label = if n.actor.name.starts_with(visible_words) && !cut_inside_a_word {
                esc(&n.actor.name).to_string()
            } else {
                format!("{}: {}", esc(visible_words), esc(&n.actor.name))
            };
            write!(
                out,
                " role=\"button\" tabindex=\"0\" data-action=\"select\" data-item=\"{}\" aria-pressed=\"{pressed}\" \
                 aria-label=\"{label}\"",
                esc(&n.actor.id),
            )?;
        }
        // Labels sit outside the node, away from the centre, so edges (which run inwards) do not cross them.
        let (ux, uy) = if centre { (0.0, 1.0) } else { unit(n.x - WIDTH / 2.0, n.y - HEIGHT / 2.0) };
        let anchor = side(ux, 0.35).0;
        let gap = n.r + 5.0;
        // Below the node the label hangs from its top; above it, it stands on its baseline.
        let ly = n.y + uy * gap + 4.0 + 6.0 * side(uy, 0.35).1;
        extent.circle(n.x, n.y, n.r + 1.5);
        extent.label(n.x + ux * gap, ly, anchor, &visible, NODE_FONT);
        // Bold labels run wider than the estimate's average letter: measured as if 15% larger.
        canvas.label(n.x + ux * gap, ly, anchor, &visible, NARROW_NODE_FONT * 1.15);
        write!(
            out,
            "><title>{}</title><circle class=\"bi-node-dot\" cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"currentColor\" \
             fill-opacity=\"0.12\" stroke=\"currentColor\" stroke-width=\"{}\"/><text class=\"bi-node-label\" \
             x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\" fill=\"currentColor\">{}</text></g>",
            esc(&n.actor.name),
            num(n.x),
            num(n.y),
            num(n.r),
            if pressed { "3" } else { "1.5" },
            num(n.x + ux * gap),
            num(ly),
            esc(&visible),
        )?;
    }
    out.push_str("</g>");

    let out = out_figure;
    // The label halo (3px) and a little air around the crop.
    let view_box = match (compact, extent.view_box(6.0), canvas.view_box(0.0)) {
        (true, Some(cropped), _) => cropped.attributes(),
        (_, _, Some(whole)) => {
            format!("viewBox=\"{} {} {} {}\"", num(whole.x), num(whole.y), num(whole.width), num(whole.height))
        }
        _ => format!("viewBox=\"0 0 {} {}\"", num(WIDTH), num(HEIGHT)),
    };
    let compact_class = if compact { " bi-network-compact" } else { "" };
    // The figure takes the chart's title as its name: a figure is otherwise named by its figcaption,
    // here the legend, which says how lines are drawn, not what the chart shows.
    write!(
        out,
        "<figure class=\"bi-figure bi-network-figure\" part=\"figure\" data-export=\"partners\" aria-labelledby=\"{net_id}-title\"><svg class=\"bi-chart bi-network{compact_class}\" part=\"chart\" \
         {view_box} role=\"{role}\" aria-labelledby=\"{net_id}-title {net_id}-desc\" font-size=\"13\">\
         <title id=\"{net_id}-title\">{}{about}</title><desc id=\"{net_id}-desc\">{}</desc>{drawing}</svg>",
        ctx.msg(Msg::PartnerNetwork),
        ctx.msg(Msg::PartnerNetworkDesc),
    )?;
    legend(ctx, out, relations)?;
    out.push_str("</figure>");
    Ok(())
}

/// Which way a label leans for `v` (a direction or offset, `limit` the dead band): its `text-anchor`
/// and the sign of `v`, 0 inside the band.
fn side(v: f64, limit: f64) -> (&'static str, f64) {
    if v > limit {
        ("start", 1.0)
    } else if v < -limit {
        ("end", -1.0)
    } else {
        ("middle", 0.0)
    }
}

/// The point on `n`'s rim facing (`towards_x`, `towards_y`).
fn rim(n: &Node<'_>, towards_x: f64, towards_y: f64) -> (f64, f64) {
    let (ux, uy) = unit(towards_x - n.x, towards_y - n.y);
    (n.x + ux * n.r, n.y + uy * n.r)
}

/// (`dx`, `dy`) scaled to length 1, or divided by 1 when shorter (a node on the centre).
fn unit(dx: f64, dy: f64) -> (f64, f64) {
    let l = (dx * dx + dy * dy).sqrt().max(1.0);
    (dx / l, dy / l)
}

/// The relation's stance as readers see it: the brief's own word (`stanceLabel`) when given, else the
/// stance's name. Unescaped.
pub(crate) fn stance_text<'a>(ctx: &Ctx<'_>, r: &'a Relation) -> &'a str {
    non_blank(&r.stance_label).unwrap_or_else(|| stance_label(ctx.lang, r.stance))
}

/// "North Korea → Russia: Military–security partner", unescaped.
pub(crate) fn relation_summary(ctx: &Ctx<'_>, r: &Relation) -> String {
    i18n::relation_summary(actor_name(ctx.b, &r.from), actor_name(ctx.b, &r.to), &r.role)
}

/// Only the stances of the drawn relations, each with a swatch of its line and its pattern in words.
/// Only drawn with the network, so never for a brief without relations.
fn legend(ctx: &Ctx<'_>, out: &mut String, relations: &[&Relation]) -> fmt::Result {
    write!(
        out,
        "<figcaption class=\"bi-legend\" part=\"legend\"><span class=\"bi-legend-title\">{}</span><ul class=\"bi-legend-list\">",
        ctx.msg(Msg::LegendTitle)
    )?;
    for st in STANCES {
        if !relations.iter().any(|r| r.stance == st) {
            continue;
        }
        write!(
            out,
            "<li class=\"bi-legend-item bi-stance-{}\"><svg class=\"bi-swatch\" viewBox=\"0 0 36 10\" aria-hidden=\"true\" \
             focusable=\"false\"><line x1=\"1\" y1=\"5\" x2=\"35\" y2=\"5\" {}/></svg> <span class=\"bi-stance\">{}</span> \
             <span class=\"bi-pattern\">({})</span></li>",
            stance_slug(st),
            stroke_attrs(st),
            esc(stance_label(ctx.lang, st)),
            esc(stance_pattern(ctx.lang, st)),
        )?;
    }
    out.push_str("</ul></figcaption>");
    Ok(())
}

/// In the widget: every actor as a toggle button. In the document: every actor with its description
/// and evidence.
fn actor_list(ctx: &Ctx<'_>, out: &mut String, selected: Option<&Actor>) -> fmt::Result {
    ctx.subtitle(out, ctx.t(Msg::Actors))?;
    out.push_str("<ul class=\"bi-actor-list\">");
    for a in &ctx.b.brief.actors {
        if ctx.document {
            write!(out, "<li class=\"bi-actor-entry\" part=\"card\"{}>", ctx.anchor(&Item::Actor(a), View::Partners))?;
            actor_details(ctx, out, a)?;
            out.push_str("</li>");
        } else {
            let pressed = selected.is_some_and(|x| same(x, a));
            write!(
                out,
                "<li><button type=\"button\" class=\"bi-actor\" part=\"actor\" data-action=\"select\" data-item=\"{}\" \
                 aria-pressed=\"{pressed}\">{}</button></li>",
                esc(&a.id),
                esc(&a.name),
            )?;
        }
    }
    out.push_str("</ul>");
    Ok(())
}

/// Name, kind, membership, description and evidence of an actor.
fn actor_details(ctx: &Ctx<'_>, out: &mut String, a: &Actor) -> fmt::Result {
    write!(
        out,
        "<p class=\"bi-actor-name\"><strong>{}</strong> <span class=\"bi-kind\"{}>{}</span>",
        esc(&a.name),
        ctx.prov(Provenance::Classification),
        esc(i18n::actor_kind_label(ctx.lang, a.kind)),
    )?;
    ctx.classified(out)?;
    if !a.member_of.is_empty() {
        write!(
            out,
            " <span class=\"bi-member-of\">{} {}</span>",
            ctx.msg(Msg::Member),
            actor_names(ctx.b, &a.member_of)
        )?;
    }
    out.push_str("</p>");
    text_paragraph(out, &Item::Actor(a), &a.description)?;
    ctx.cite(out, &Item::Actor(a))
}

/// The chosen actor: who it is, and each relation it is party to with role, stance, fields and source.
fn actor_panel(ctx: &Ctx<'_>, out: &mut String, a: &Actor) -> fmt::Result {
    let title_id = ctx.id("actor-panel-title");
    let h = ctx.heading_level(1);
    write!(
        out,
        "<div class=\"bi-actor-panel\" part=\"actor-panel\" id=\"{}\" aria-labelledby=\"{title_id}\" role=\"region\">\
         <h{h} class=\"bi-subtitle\" id=\"{title_id}\">{}: {}</h{h}>",
        ctx.id("actor-panel"),
        ctx.msg(Msg::SelectedActor),
        esc(&a.name),
    )?;
    actor_details(ctx, out, a)?;
    let partners = ctx.b.partners(&a.id);
    if partners.is_empty() {
        ctx.empty(out, Msg::NoActorRelations)?;
    } else {
        out.push_str("<ul class=\"bi-panel-relations\">");
        for p in &partners {
            relation_card(ctx, out, p.relation, false)?;
        }
        out.push_str("</ul>");
    }
    out.push_str("</div>");
    Ok(())
}

/// A relation as a list item: its summary as a heading, then role, stance (word and pattern), fields,
/// summary and citation. `anchored`: whether it carries its anchor id (in the relation list, not the panel).
fn relation_card(ctx: &Ctx<'_>, out: &mut String, r: &Relation, anchored: bool) -> fmt::Result {
    let item = Item::Relation(r);
    let anchor = if anchored { ctx.anchor(&item, View::Partners) } else { String::new() };
    let slug = stance_slug(r.stance);
    write!(out, "<li class=\"bi-relation bi-stance-{slug}\" part=\"card\"{anchor}>")?;
    ctx.heading(out, 2, "bi-relation-title", &relation_summary(ctx, r))?;
    let classification = ctx.prov(Provenance::Classification);
    write!(
        out,
        "<dl class=\"bi-facts\"><dt>{}</dt><dd class=\"bi-role\"{classification}>{}",
        ctx.msg(Msg::Role),
        esc(&r.role),
    )?;
    ctx.classified(out)?;
    write!(
        out,
        "</dd><dt>{}</dt><dd class=\"bi-stance bi-stance-{slug}\"{classification}>{}",
        ctx.msg(Msg::Stance),
        esc(stance_text(ctx, r)),
    )?;
    // With the brief's own word shown, the stance class it is drawn as (and listed by in the legend)
    // follows in brackets.
    if non_blank(&r.stance_label).is_some() {
        write!(out, " <span class=\"bi-stance-class\">({})</span>", esc(stance_label(ctx.lang, r.stance)))?;
    }
    ctx.classified(out)?;
    out.push_str("</dd>");
    if !r.fields.is_empty() {
        write!(
            out,
            "<dt>{}</dt><dd class=\"bi-fields\">{}</dd>",
            ctx.msg(Msg::Fields),
            escaped_join(r.fields.iter().map(String::as_str), ", ")
        )?;
    }
    out.push_str("</dl>");
    text_paragraph(out, &item, &r.summary)?;
    ctx.cite(out, &item)?;
    out.push_str("</li>");
    Ok(())
}

fn relation_list(ctx: &Ctx<'_>, out: &mut String) -> fmt::Result {
    ctx.subtitle(out, ctx.t(Msg::Relations))?;
    out.push_str("<ul class=\"bi-relations\">");
    for r in &ctx.b.brief.relations {
        relation_card(ctx, out, r, true)?;
    }
    out.push_str("</ul>");
    Ok(())
}
