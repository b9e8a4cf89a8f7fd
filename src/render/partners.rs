//! Partners: a network of the actors in the brief's relations with the subject at its centre, a
//! legend that names each stance and its line pattern, the list of actors and relations, and the
//! chosen actor's panel.

use super::escape::push_escaped;
use super::i18n::{self, stance_label, stance_pattern, stance_slug, Msg, STANCES};
use super::svg::{bool_text, fill, Arg::*};
use super::{actor_name, actor_short_name, push_list, push_text_paragraph, subject_actor, truncate, Ctx, Lang, View};
use crate::model::{Actor, Relation, Stance};
use crate::query::Item;
use std::ptr;

/// Wider than the ring so labels beside the leftmost and rightmost nodes fit.
const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 440.0;
/// Above this many ring nodes, alternate nodes sit on an inner ring so labels do not collide.
const SINGLE_RING_MAX: usize = 12;
/// Above this many relations, edge labels would overlap; the legend and list carry the stance instead.
const EDGE_LABELS_MAX: usize = 10;

pub(crate) fn render(ctx: &Ctx<'_>, s: &mut String) {
    let b = &ctx.b.brief;
    if b.actors.is_empty() {
        ctx.push_empty(s, Msg::NoActors);
        return;
    }
    let subject = subject_actor(ctx.b);
    let selected = if ctx.document { None } else { selected_actor(ctx, subject) };

    if b.relations.is_empty() {
        ctx.push_empty(s, Msg::NoRelations);
    } else {
        network(ctx, s, subject, selected);
    }
    actor_list(ctx, s, selected);
    if let Some(actor) = selected {
        actor_panel(ctx, s, actor);
    }
    if !b.relations.is_empty() {
        relation_list(ctx, s);
    }
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

struct Node<'a> {
    actor: &'a Actor,
    x: f64,
    y: f64,
    r: f64,
}

/// Subject at the centre; every other actor that is party to a relation on an ellipse around it, the
/// subject's partners first.
fn layout<'a>(ctx: &Ctx<'a>, subject: Option<&'a Actor>) -> Vec<Node<'a>> {
    let b = &ctx.b.brief;
    let (cx, cy) = (WIDTH / 2.0, HEIGHT / 2.0);
    let mut nodes: Vec<Node<'a>> = Vec::new();
    // The nodes are collected first, all at the centre, and placed on the ring after; one list, not a
    // list of actors and then one of nodes. Actors are compared by address: every `&Actor` here points
    // into `brief.actors`, whose ids a loaded brief has unique, and addresses compare in less code.
    add_node(&mut nodes, subject);
    if let Some(subj) = subject {
        // By reference, as in the actor panel: a by-value loop was a `vec::IntoIter` instance.
        for p in &ctx.b.partners(&subj.id) {
            add_node(&mut nodes, Some(p.partner));
        }
    }
    for r in &b.relations {
        add_node(&mut nodes, ctx.b.actor(&r.from));
        add_node(&mut nodes, ctx.b.actor(&r.to));
    }
    let ring = &mut nodes[usize::from(subject.is_some())..];
    let n = ring.len();
    let crowded = n > SINGLE_RING_MAX;
    let r = if crowded { 13.0 } else { 20.0 };
    for (i, node) in ring.iter_mut().enumerate() {
        // Start at the top and go clockwise.
        let angle = -std::f64::consts::FRAC_PI_2 + std::f64::consts::TAU * i as f64 / n.max(1) as f64;
        let scale = if crowded && i % 2 == 1 { 0.66 } else { 1.0 };
        let (rx, ry) = (WIDTH / 2.0 - 130.0, HEIGHT / 2.0 - 45.0);
        (node.x, node.y, node.r) = (cx + rx * scale * cos(angle), cy + ry * scale * sin(angle), r);
    }
    nodes
}

/// Adds `actor`, if any, at the centre of the network unless it is there already. Out of line: used four
/// times; taking the `Option` spares each caller its own test.
#[inline(never)]
fn add_node<'a>(nodes: &mut Vec<Node<'a>>, actor: Option<&'a Actor>) {
    let Some(actor) = actor else { return };
    if !nodes.iter().any(|n| ptr::eq(n.actor, actor)) {
        nodes.push(Node { actor, x: WIDTH / 2.0, y: HEIGHT / 2.0, r: 30.0 });
    }
}

/// Presentation attributes for an edge of this stance: width and dash pattern carry the stance without
/// colour; the colour itself comes from the stylesheet via the class. Whole strings, one line per stance
/// of a table read like the labels': a lookup is smaller code than assembling them, or than a `match`.
/// The templates put the space before them (a table line's leading space would be eaten by the `\`).
fn stroke_attrs(stance: Stance) -> &'static str {
    const ATTRS: &str = "\
         stroke=\"currentColor\" stroke-width=\"4\" fill=\"none\"\n\
         stroke=\"currentColor\" stroke-width=\"2.5\" fill=\"none\" stroke-dasharray=\"10 4 2 4\"\n\
         stroke=\"currentColor\" stroke-width=\"2.5\" fill=\"none\" stroke-dasharray=\"7 5\"\n\
         stroke=\"currentColor\" stroke-width=\"3.5\" fill=\"none\" stroke-dasharray=\"2 5\" stroke-linecap=\"round\"\n\
         stroke=\"currentColor\" stroke-width=\"1.5\" fill=\"none\"";
    i18n::label(Lang::En, ATTRS, i18n::stance_index(stance))
}

fn network(ctx: &Ctx<'_>, s: &mut String, subject: Option<&Actor>, selected: Option<&Actor>) {
    let b = &ctx.b.brief;
    let nodes = layout(ctx, subject);
    let pos = |id: &str| nodes.iter().find(|n| n.actor.id == id);
    // The title's and description's ids are this plus "-title" and "-desc" (suffixes that need no
    // escaping): one id built, not two.
    let net_id = ctx.id("network");
    // role=img would make the focusable nodes inside it presentational; the interactive network is a group.
    let role = if ctx.document { "img" } else { "group" };
    fill(
        s,
        "<figure class=\"bi-figure bi-network-figure\" part=\"figure\"><svg class=\"bi-chart bi-network\" part=\"chart\" viewBox=\"0 0 720 440\" role=\"{}\" aria-labelledby=\"{}-title {}-desc\" font-size=\"13\"><title id=\"{}-title\">{}",
        &[Raw(role), Raw(&net_id), Raw(&net_id), Raw(&net_id), ctx.msg(Msg::PartnerNetwork)],
    );
    if let Some(subj) = subject {
        fill(s, ": {}", &[Text(&subj.name)]);
    }
    fill(
        s,
        "</title><desc id=\"{}-desc\">{}</desc><g class=\"bi-edges\">",
        &[Raw(&net_id), ctx.msg(Msg::PartnerNetworkDesc)],
    );

    // Edges first so nodes are drawn over their ends.
    let label_edges = b.relations.len() <= EDGE_LABELS_MAX;
    for (i, r) in b.relations.iter().enumerate() {
        let (Some(a), Some(c)) = (pos(&r.from), pos(&r.to)) else { continue };
        // Several relations between one pair are bent apart so each stays visible: this one is the k-th
        // of `pair` relations between its two actors.
        let (mut k, mut pair) = (0.0, 0.0);
        for (j, o) in b.relations.iter().enumerate() {
            if (o.from == r.from && o.to == r.to) || (o.from == r.to && o.to == r.from) {
                pair += 1.0;
                if j < i {
                    k += 1.0;
                }
            }
        }
        let bend = (k - (pair - 1.0) / 2.0) * 56.0;
        let (ux, uy) = unit(c.x - a.x, c.y - a.y);
        // Perpendicular, oriented by a canonical pair order so opposite relations bend opposite ways.
        let flip = if r.from < r.to { 1.0 } else { -1.0 };
        let (px, py) = (-uy * flip, ux * flip);
        let (qx, qy) = ((a.x + c.x) / 2.0 + px * bend * 2.0, (a.y + c.y) / 2.0 + py * bend * 2.0);
        // End the edge at each node's rim, heading for the control point, so arrows of a pair stay apart.
        let ((ax, ay), (cx2, cy2)) = (rim(a, qx, qy), rim(c, qx, qy));
        // The label sits past the middle, towards the node farther from the centre, where edges are apart.
        // Squared distances: `hypot` is 0.4 KB of libm.
        let centre_dist2 = |x: f64, y: f64| (x - WIDTH / 2.0).powi(2) + (y - HEIGHT / 2.0).powi(2);
        let (p0, p2) = if centre_dist2(ax, ay) <= centre_dist2(cx2, cy2) {
            ((ax, ay), (cx2, cy2))
        } else {
            ((cx2, cy2), (ax, ay))
        };
        let t = 0.6;
        let mx = (1.0 - t) * (1.0 - t) * p0.0 + 2.0 * (1.0 - t) * t * qx + t * t * p2.0;
        let my = (1.0 - t) * (1.0 - t) * p0.1 + 2.0 * (1.0 - t) * t * qy + t * t * p2.1;
        let stance = stance_label(ctx.o.lang, r.stance);
        fill(s, "<g class=\"bi-edge bi-stance-{}\"><title>", &[Raw(stance_slug(r.stance))]);
        push_relation_summary(ctx, s, r);
        fill(
            s,
            " ({})</title><path class=\"bi-edge-line\" d=\"M{} {} Q{} {} {} {}\" {}/>",
            &[Text(stance), Num(ax), Num(ay), Num(qx), Num(qy), Num(cx2), Num(cy2), Raw(stroke_attrs(r.stance))],
        );
        if label_edges {
            // Labels of bent edges extend outwards, away from their sibling edges.
            let (anchor, dir) = side(px * bend, 1.0);
            fill(
                s,
                "<text class=\"bi-edge-label\" x=\"{}\" y=\"{}\" text-anchor=\"{}\" font-size=\"11\" fill=\"currentColor\">{}</text>",
                &[Num(mx + 4.0 * dir), Num(my - 4.0), Raw(anchor), Text(stance)],
            );
        }
        s.push_str("</g>");
    }
    s.push_str("</g><g class=\"bi-nodes\">");
    for n in &nodes {
        // The subject's node is the one at the centre; no flag kept per node.
        let centre = subject.is_some_and(|subj| ptr::eq(subj, n.actor));
        let pressed = selected.is_some_and(|sel| ptr::eq(sel, n.actor));
        fill(
            s,
            "<g class=\"bi-node{}{}\"",
            &[Raw(if centre { " bi-node-subject" } else { "" }), Raw(if pressed { " bi-selected" } else { "" })],
        );
        let visible = truncate(actor_short_name(n.actor), if nodes.len() > SINGLE_RING_MAX { 10 } else { 16 });
        if !ctx.document {
            fill(
                s,
                " role=\"button\" tabindex=\"0\" data-action=\"select\" data-item=\"{}\" aria-pressed=\"{}\" aria-label=\"",
                &[Text(&n.actor.id), Raw(bool_text(pressed))],
            );
            // The accessible name starts with the visible label (WCAG 2.5.3), then gives the full name.
            // Trailing ellipses off (as `trim_end_matches('…')`, which kept a std searcher in the module).
            let mut visible_words = visible.as_str();
            while let Some(rest) = visible_words.strip_suffix("…") {
                visible_words = rest;
            }
            if !n.actor.name.starts_with(visible_words) {
                fill(s, "{}: ", &[Text(visible_words)]);
            }
            fill(s, "{}\"", &[Text(&n.actor.name)]);
        }
        // Labels sit outside the node, away from the centre, so edges (which run inwards) do not cross them.
        let (ux, uy) = if centre { (0.0, 1.0) } else { unit(n.x - WIDTH / 2.0, n.y - HEIGHT / 2.0) };
        let anchor = side(ux, 0.35).0;
        let gap = n.r + 5.0;
        // Below the node the label hangs from its top; above it, it stands on its baseline.
        let ly = n.y + uy * gap + 4.0 + 6.0 * side(uy, 0.35).1;
        fill(
            s,
            "><title>{}</title><circle class=\"bi-node-dot\" cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"currentColor\" fill-opacity=\"0.12\" stroke=\"currentColor\" stroke-width=\"{}\"/><text class=\"bi-node-label\" x=\"{}\" y=\"{}\" text-anchor=\"{}\" fill=\"currentColor\">{}</text></g>",
            &[
                Text(&n.actor.name),
                Num(n.x),
                Num(n.y),
                Num(n.r),
                Raw(if pressed { "3" } else { "1.5" }),
                Num(n.x + ux * gap),
                Num(ly),
                Raw(anchor),
                Text(&visible),
            ],
        );
    }
    s.push_str("</g></svg>");
    legend(ctx, s);
    s.push_str("</figure>");
}

/// Which way a label leans for `v` (a direction or offset, `limit` the dead band): its `text-anchor`
/// and the sign of `v`, 0 inside the band. Out of line: three uses, one per label axis.
#[inline(never)]
fn side(v: f64, limit: f64) -> (&'static str, f64) {
    if v > limit {
        ("start", 1.0)
    } else if v < -limit {
        ("end", -1.0)
    } else {
        ("middle", 0.0)
    }
}

/// The point on `n`'s rim facing (`towards_x`, `towards_y`). Out of line: it is used twice per edge.
#[inline(never)]
fn rim(n: &Node<'_>, towards_x: f64, towards_y: f64) -> (f64, f64) {
    let (ux, uy) = unit(towards_x - n.x, towards_y - n.y);
    (n.x + ux * n.r, n.y + uy * n.r)
}

/// (`dx`, `dy`) scaled to length 1, or divided by 1 when shorter (a node on the centre). Out of line: the
/// edge's direction, both rims and the node labels' direction share it.
#[inline(never)]
fn unit(dx: f64, dy: f64) -> (f64, f64) {
    let l = (dx * dx + dy * dy).sqrt().max(1.0);
    (dx / l, dy / l)
}

/// "North Korea → Russia: Military–security partner", escaped.
fn push_relation_summary(ctx: &Ctx<'_>, s: &mut String, r: &Relation) {
    push_escaped(s, &i18n::relation_summary(actor_name(ctx.b, &r.from), actor_name(ctx.b, &r.to), &r.role));
}

/// Only the stances the brief uses, each with a swatch of its line and its pattern in words.
/// Only drawn with the network, so never for a brief without relations.
fn legend(ctx: &Ctx<'_>, s: &mut String) {
    fill(
        s,
        "<figcaption class=\"bi-legend\" part=\"legend\"><span class=\"bi-legend-title\">{}</span><ul class=\"bi-legend-list\">",
        &[ctx.msg(Msg::LegendTitle)],
    );
    for &st in &STANCES {
        if !ctx.b.brief.relations.iter().any(|r| r.stance == st) {
            continue;
        }
        fill(
            s,
            "<li class=\"bi-legend-item bi-stance-{}\"><svg class=\"bi-swatch\" viewBox=\"0 0 36 10\" aria-hidden=\"true\" focusable=\"false\"><line x1=\"1\" y1=\"5\" x2=\"35\" y2=\"5\" {}/></svg> <span class=\"bi-stance\">{}</span> <span class=\"bi-pattern\">({})</span></li>",
            &[
                Raw(stance_slug(st)),
                Raw(stroke_attrs(st)),
                Text(stance_label(ctx.o.lang, st)),
                Text(stance_pattern(ctx.o.lang, st)),
            ],
        );
    }
    s.push_str("</ul></figcaption>");
}

/// In the widget: every actor as a toggle button. In the document: every actor with its description
/// and evidence.
fn actor_list(ctx: &Ctx<'_>, s: &mut String, selected: Option<&Actor>) {
    ctx.push_subtitle_msg(s, Msg::Actors);
    s.push_str("<ul class=\"bi-actor-list\">");
    for a in &ctx.b.brief.actors {
        if ctx.document {
            ctx.open_item(s, "<li class=\"bi-actor-entry\" part=\"card\"", &Item::Actor(a), View::Partners);
            actor_details(ctx, s, a);
            s.push_str("</li>");
        } else {
            let pressed = selected.is_some_and(|x| ptr::eq(x, a));
            fill(
                s,
                "<li><button type=\"button\" class=\"bi-actor\" part=\"actor\" data-action=\"select\" data-item=\"{}\" aria-pressed=\"{}\">{}</button></li>",
                &[Text(&a.id), Raw(bool_text(pressed)), Text(&a.name)],
            );
        }
    }
    s.push_str("</ul>");
}

/// Name, kind, membership, description and evidence of an actor.
fn actor_details(ctx: &Ctx<'_>, s: &mut String, a: &Actor) {
    fill(
        s,
        "<p class=\"bi-actor-name\"><strong>{}</strong> <span class=\"bi-kind\">{}</span>",
        &[Text(&a.name), Text(i18n::actor_kind_label(ctx.o.lang, a.kind))],
    );
    if !a.member_of.is_empty() {
        fill(s, " <span class=\"bi-member-of\">{} ", &[ctx.msg(Msg::Member)]);
        push_list(s, Some(ctx.b), &a.member_of);
        s.push_str("</span>");
    }
    s.push_str("</p>");
    push_text_paragraph(s, &a.description);
    ctx.push_cite(s, &Item::Actor(a));
}

/// The chosen actor: who it is, and each relation it is party to with role, stance, fields and source.
fn actor_panel(ctx: &Ctx<'_>, s: &mut String, a: &Actor) {
    // The ids written where they go: no id string built for them.
    s.push_str("<div class=\"bi-actor-panel\" part=\"actor-panel\" id=\"");
    ctx.push_id(s, "actor-panel");
    s.push_str("\" aria-labelledby=\"");
    ctx.push_id(s, "actor-panel-title");
    s.push_str("\" role=\"region\"><h");
    s.push(ctx.heading_digit(1));
    s.push_str(" class=\"bi-subtitle\" id=\"");
    ctx.push_id(s, "actor-panel-title");
    fill(s, "\">{}: {}", &[ctx.msg(Msg::SelectedActor), Text(&a.name)]);
    ctx.close_heading(s, 1);
    actor_details(ctx, s, a);
    let partners = ctx.b.partners(&a.id);
    if partners.is_empty() {
        ctx.push_empty(s, Msg::NoActorRelations);
    } else {
        s.push_str("<ul class=\"bi-panel-relations\">");
        // By reference: a by-value loop over the Vec was a `vec::IntoIter` instance of its own.
        for p in &partners {
            relation_card(ctx, s, p.relation, false);
        }
        s.push_str("</ul>");
    }
    s.push_str("</div>");
}

/// A relation as a list item: its summary as a heading, then role, stance (word and pattern), fields,
/// summary and citation. `anchored`: whether it carries its anchor id (in the relation list, not the panel).
fn relation_card(ctx: &Ctx<'_>, s: &mut String, r: &Relation, anchored: bool) {
    fill(s, "<li class=\"bi-relation bi-stance-{}\" part=\"card\"", &[Raw(stance_slug(r.stance))]);
    if anchored {
        ctx.push_anchor(s, &Item::Relation(r), View::Partners);
    }
    s.push('>');
    ctx.open_heading(s, 2, "bi-relation-title");
    push_relation_summary(ctx, s, r);
    ctx.close_heading(s, 2);
    fill(
        s,
        "<dl class=\"bi-facts\"><dt>{}</dt><dd class=\"bi-role\">{}</dd><dt>{}</dt><dd class=\"bi-stance bi-stance-{}\">{}</dd>",
        &[
            ctx.msg(Msg::Role),
            Text(&r.role),
            ctx.msg(Msg::Stance),
            Raw(stance_slug(r.stance)),
            Text(stance_label(ctx.o.lang, r.stance)),
        ],
    );
    if !r.fields.is_empty() {
        fill(s, "<dt>{}</dt><dd class=\"bi-fields\">", &[ctx.msg(Msg::Fields)]);
        push_list(s, None, &r.fields);
        s.push_str("</dd>");
    }
    s.push_str("</dl>");
    push_text_paragraph(s, &r.summary);
    ctx.push_cite(s, &Item::Relation(r));
    s.push_str("</li>");
}

fn relation_list(ctx: &Ctx<'_>, s: &mut String) {
    ctx.push_subtitle_msg(s, Msg::Relations);
    s.push_str("<ul class=\"bi-relations\">");
    for r in &ctx.b.brief.relations {
        relation_card(ctx, s, r, true);
    }
    s.push_str("</ul>");
}

/// Sine for layout, from a Taylor polynomial after bringing the angle into [-π, π]: exact to about 1e-6,
/// plenty for SVG coordinates, and without libm's 5 KB argument reduction in the Wasm module. Only for
/// angles in [-π, 3π), which the layout's (within a turn from -π/2, plus π/2 for cosine) all are: a
/// general reduction is code the layout never needs.
fn sin(x: f64) -> f64 {
    use std::f64::consts::{PI, TAU};
    let mut x = if x > PI { x - TAU } else { x };
    // sin(π - x) = sin(x) folds the range to [-π/2, π/2], where the series converges fast.
    if x > PI / 2.0 {
        x = PI - x;
    } else if x < -PI / 2.0 {
        x = -PI - x;
    }
    let x2 = x * x;
    x * (1.0 - x2 / 6.0 * (1.0 - x2 / 20.0 * (1.0 - x2 / 42.0 * (1.0 - x2 / 72.0 * (1.0 - x2 / 110.0)))))
}

fn cos(x: f64) -> f64 {
    sin(x + std::f64::consts::FRAC_PI_2)
}

#[cfg(test)]
mod trig_tests {
    #[test]
    fn layout_trigonometry_is_accurate_enough() {
        let mut a = -std::f64::consts::PI;
        while a < 3.0 * std::f64::consts::PI {
            assert!((super::sin(a) - a.sin()).abs() < 1e-6, "sin {}", a);
            assert!((super::cos(a) - a.cos()).abs() < 1e-6, "cos {}", a);
            a += 0.01;
        }
    }
}
